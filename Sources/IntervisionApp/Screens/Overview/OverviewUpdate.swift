import IntervisionCore

/// The overview's keys: the list, typing a filter (the arrows still move while typing), and what
/// the selected group opens: its screen, or for a contact person its plan.
extension OverviewScreen {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        let height = Layout.overviewListHeight(state.size)
        if isEditingFilter {
            switch action {
            case .acceptFilter:
                isEditingFilter = false
                if filter.isEmpty { matches = nil }
            case .cancelFilter:
                isEditingFilter = false
                filter = TextField()
                matches = nil
                cursor.clamp(count: state.catalog.rows.count, height: height)
            default:
                // Up/Down/PgUp/PgDn still move the selection while typing, so a match can be picked at once.
                if let move = App.move(for: action) {
                    cursor.apply(move, count: matches?.count ?? state.catalog.rows.count, height: height)
                    return Outcome()
                }
                let before = filter.text
                guard filter.handle(key), filter.text != before else { return Outcome() }
                let query = filter.text
                // A longer query only narrows the previous matches.
                let narrowing = query.hasPrefix(before) && !before.isEmpty
                matches = query.isEmpty ? nil : state.catalog.filter(query, within: narrowing ? matches : nil)
                cursor.apply(.first, count: matches?.count ?? state.catalog.rows.count, height: height)
            }
            return Outcome()
        }

        let count = matches?.count ?? state.catalog.rows.count
        if let move = App.move(for: action) {
            cursor.apply(move, count: count, height: height)
            return Outcome()
        }
        switch action {
        case .open:
            guard count > 0 else { return Outcome() }
            let rowIndex = matches?[cursor.selected] ?? cursor.selected
            let groupIndex = state.catalog.rows[rowIndex].groupIndex
            let group = state.catalog.groups[groupIndex]
            // A contact person's group is its plan.
            if state.settings.role == .contactPerson { return PlanFormScreen.open(group.id, state) }
            return Outcome([], .push(GroupScreen(groupID: group.id, groupIndex: groupIndex)))
        case .openPlan:
            guard count > 0 else { return Outcome() }
            let rowIndex = matches?[cursor.selected] ?? cursor.selected
            return PlanFormScreen.open(state.catalog.groups[state.catalog.rows[rowIndex].groupIndex].id, state)
        case .newGroup:
            return Outcome([], .push(NewGroupScreen()))
        case .openAgenda:
            return Outcome([], .push(AgendaScreen(state)))
        case .openImport:
            return Outcome([], .push(ImportScreen()))
        case .sync:
            return SyncUpdate.start(&state)
        case .filter:
            isEditingFilter = true
            return Outcome()
        case .cancelFilter:
            if matches != nil || !filter.isEmpty {
                filter = TextField()
                matches = nil
                cursor.clamp(count: state.catalog.rows.count, height: height)
            }
            return Outcome()
        default:
            return App.common(action, &state) ?? Outcome()
        }
    }
}
