import IntervisionCore

/// The lists chosen from on the plan form: focus areas and methods (several, suggestions plus own
/// entries typed on the last line), and the contact person (one of the participants).
extension App {
    static func openChoice(_ screen: inout PlanFormScreen, _ state: inout AppState, typed: Character?) {
        guard let content = PlanFormContent(screen: screen, state: state) else { return }
        let group = content.group
        var list: ChoiceList
        switch screen.focus {
        case .focusAreas, .methods:
            let isFocus = screen.focus == .focusAreas
            let current = (isFocus ? group.focusAreas : group.methods).filter { !$0.isBlank }
            let options = PlanSuggestions.options(suggested: isFocus ? PlanSuggestions.focusAreas : PlanSuggestions.methods, chosen: current)
            let wanted = Set(current.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            list = ChoiceList(kind: isFocus ? .focusAreas : .methods, options: options, values: options,
                              chosen: Set(options.indices.filter { wanted.contains(options[$0].lowercased()) }))
        case .contact:
            let candidates = content.participants.filter { $0.left == nil }
            list = ChoiceList(kind: .contact, options: candidates.map(\.name), values: candidates.map(\.id.rawValue),
                              chosen: Set(candidates.indices.filter { candidates[$0].id == group.contactMemberID }))
            if candidates.isEmpty {
                state.message = StatusMessage(Texts.text(.planNoParticipantsYet, state.language), isError: true)
                return
            }
        default:
            return
        }
        let height = Layout.choiceListHeight(state.size)
        list.cursor.apply(.to(list.chosen.min() ?? 0), count: list.rowCount, height: height)
        if let typed, list.allowsSeveral {
            list.cursor.apply(.last, count: list.rowCount, height: height)
            list.own.insert(typed)
        }
        screen.choice = list
    }

    static func choiceKey(_ key: Key, _ action: Action?, _ screen: inout PlanFormScreen, _ state: inout AppState) -> [Effect] {
        guard var list = screen.choice else { return [] }
        let height = Layout.choiceListHeight(state.size)
        defer { if screen.choice != nil { screen.choice = list } }
        if let move = move(for: action) {
            list.cursor.apply(move, count: list.rowCount, height: height)
            return []
        }
        switch action {
        case .back:
            screen.choice = nil
            return []
        case .toggleChoice where !list.isOnOwnEntry:
            if list.allowsSeveral {
                let row = list.cursor.selected
                if list.chosen.contains(row) { list.chosen.remove(row) } else { list.chosen.insert(row) }
                return []
            }
            return applyChoice(list, &screen, &state)
        case .acceptChoice:
            if list.isOnOwnEntry, !list.own.text.isBlank {
                let entry = list.own.text.trimmingCharacters(in: .whitespaces)
                if let existing = list.options.firstIndex(where: { $0.lowercased() == entry.lowercased() }) {
                    list.chosen.insert(existing)
                } else {
                    list.options.append(entry)
                    list.values.append(entry)
                    list.chosen.insert(list.options.count - 1)
                }
                list.own = TextField()
                list.cursor.apply(.last, count: list.rowCount, height: height)
                return []
            }
            if !list.allowsSeveral { list.chosen = [list.cursor.selected] }
            return applyChoice(list, &screen, &state)
        case .help:
            return []
        default:
            if list.isOnOwnEntry {
                list.own.handle(key)
            } else if list.allowsSeveral, case .character(let character) = key, character != " " {
                // Typing starts an own entry.
                list.cursor.apply(.last, count: list.rowCount, height: height)
                list.own.insert(character)
            }
            return []
        }
    }

    /// Stores what was chosen and closes the list.
    private static func applyChoice(_ list: ChoiceList, _ screen: inout PlanFormScreen, _ state: inout AppState) -> [Effect] {
        screen.choice = nil
        guard let content = PlanFormContent(screen: screen, state: state) else { return [] }
        var group = content.group
        let chosen = list.options.indices.filter { list.chosen.contains($0) }.map { list.values[$0] }
        switch list.kind {
        case .focusAreas: group.focusAreas = chosen
        case .methods: group.methods = chosen
        case .contact:
            do throws(EditError) {
                try group.setContact(chosen.first.map { MemberID($0) })
            } catch {
                state.message = StatusMessage(error.message.text(state.language), isError: true)
                return []
            }
        }
        guard group != content.group else { return [] }
        return save(group, &state)
    }
}
