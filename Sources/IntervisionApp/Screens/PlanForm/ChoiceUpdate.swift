import IntervisionCore

/// The lists chosen from on the plan form: focus areas and methods (several, suggestions plus own
/// entries typed on the last line), and the contact person (one of the participants).
extension PlanFormScreen {
    mutating func openChoice(_ state: inout AppState, typed: Character?) {
        guard let content = PlanFormContent(screen: self, state: state) else { return }
        let group = content.group
        var list: ChoiceList
        switch focus {
        case .focusAreas, .methods:
            let isFocus = focus == .focusAreas
            let current = (isFocus ? group.focusAreas : group.methods).filter { !$0.isBlank }
            let options = PlanSuggestions.options(suggested: isFocus ? PlanSuggestions.focusAreas : PlanSuggestions.methods, chosen: current)
            let wanted = Set(current.map { $0.trimmingSpaces().lowercased() })
            list = ChoiceList(kind: isFocus ? .focusAreas : .methods, options: options, values: options,
                              chosen: Set(options.indices.filter { wanted.contains(options[$0].lowercased()) }))
        case .contact:
            let candidates = content.participants.filter { $0.left == nil }
            list = ChoiceList(kind: .contact, options: candidates.map(\.name), values: candidates.map(\.id.rawValue),
                              chosen: Set(candidates.indices.filter { candidates[$0].id == group.contactMemberID }))
            if candidates.isEmpty {
                state.message = StatusMessage(PlanFormTexts.noParticipantsYet.text(state.language), isError: true)
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
        choice = list
    }

    mutating func choiceKey(_ key: Key, _ action: Action?, _ state: inout AppState) -> [Effect] {
        guard var list = choice else { return [] }
        let height = Layout.choiceListHeight(state.size)
        defer { if choice != nil { choice = list } }
        if let move = App.move(for: action) {
            list.cursor.apply(move, count: list.rowCount, height: height)
            return []
        }
        switch action {
        case .back:
            choice = nil
            return []
        case .toggleChoice where !list.isOnOwnEntry:
            if list.allowsSeveral {
                let row = list.cursor.selected
                if list.chosen.contains(row) { list.chosen.remove(row) } else { list.chosen.insert(row) }
                return []
            }
            return applyChoice(list, &state)
        case .acceptChoice:
            if list.isOnOwnEntry, !list.own.text.isBlank {
                // An own entry that will not do stays on its line, with why in the status bar.
                if let problem = FieldCheck.text(list.own.text, .name) {
                    state.message = StatusMessage(problem.text(state.language), isError: true)
                    return []
                }
                let entry = list.own.text.trimmingSpaces()
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
            return applyChoice(list, &state)
        default:
            if list.isOnOwnEntry {
                list.own.handle(key)
            } else if case .character(let character) = key, character != " " {
                if list.allowsSeveral {
                    // Typing starts an own entry.
                    list.cursor.apply(.last, count: list.rowCount, height: height)
                    list.own.insert(character)
                } else {
                    // One of the participants: the letter finds the name.
                    list.cursor.jump(to: character, labels: list.options, height: height)
                }
            }
            return []
        }
    }

    /// Stores what was chosen and closes the list.
    private mutating func applyChoice(_ list: ChoiceList, _ state: inout AppState) -> [Effect] {
        choice = nil
        guard let content = PlanFormContent(screen: self, state: state) else { return [] }
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
        edit(group, state)
        return []
    }
}
