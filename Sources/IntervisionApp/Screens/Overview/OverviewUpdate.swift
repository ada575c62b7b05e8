import IntervisionCore

extension App {
    static func overview(_ key: Key, _ action: Action?, _ screen: inout OverviewScreen, _ state: inout AppState) -> Outcome {
        let height = Layout.overviewListHeight(state.size)
        if screen.isEditingFilter {
            switch action {
            case .acceptFilter:
                screen.isEditingFilter = false
                if screen.filter.isEmpty { screen.matches = nil }
            case .cancelFilter:
                screen.isEditingFilter = false
                screen.filter = TextField()
                screen.matches = nil
                screen.cursor.clamp(count: state.catalog.rows.count, height: height)
            default:
                // Up/Down/PgUp/PgDn still move the selection while typing, so a match can be picked at once.
                if let move = move(for: action) {
                    screen.cursor.apply(move, count: screen.matches?.count ?? state.catalog.rows.count, height: height)
                    return Outcome()
                }
                let before = screen.filter.text
                guard screen.filter.handle(key), screen.filter.text != before else { return Outcome() }
                let query = screen.filter.text
                // A longer query only narrows the previous matches.
                let narrowing = query.hasPrefix(before) && !before.isEmpty
                screen.matches = query.isEmpty ? nil : state.catalog.filter(query, within: narrowing ? screen.matches : nil)
                screen.cursor.apply(.first, count: screen.matches?.count ?? state.catalog.rows.count, height: height)
            }
            return Outcome()
        }

        let count = screen.matches?.count ?? state.catalog.rows.count
        if let move = move(for: action) {
            screen.cursor.apply(move, count: count, height: height)
            return Outcome()
        }
        switch action {
        case .open:
            guard count > 0 else { return Outcome() }
            let rowIndex = screen.matches?[screen.cursor.selected] ?? screen.cursor.selected
            let groupIndex = state.catalog.rows[rowIndex].groupIndex
            let group = state.catalog.groups[groupIndex]
            // MARK: - Yearly plan and exports (issue 5): a contact person's group is its plan.
            if state.settings.role == .contactPerson { return openPlanForm(group.id, state) }
            return Outcome([], .push(.group(GroupScreen(groupID: group.id, groupIndex: groupIndex))))
        // MARK: - Yearly plan and exports (issue 5)
        case .openPlan:
            guard count > 0 else { return Outcome() }
            let rowIndex = screen.matches?[screen.cursor.selected] ?? screen.cursor.selected
            return openPlanForm(state.catalog.groups[state.catalog.rows[rowIndex].groupIndex].id, state)
        case .newGroup:
            return Outcome([], .push(.newGroup(NewGroupScreen())))
        case .filter:
            screen.isEditingFilter = true
            return Outcome()
        case .cancelFilter:
            if screen.matches != nil || !screen.filter.isEmpty {
                screen.filter = TextField()
                screen.matches = nil
                screen.cursor.clamp(count: state.catalog.rows.count, height: height)
            }
            return Outcome()
        default:
            return common(action, &state) ?? Outcome()
        }
    }

}
