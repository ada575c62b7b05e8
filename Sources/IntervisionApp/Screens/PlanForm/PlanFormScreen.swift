import IntervisionCore

/// A place on the plan form that takes input: a field, or a cell of one of its two tables.
public enum FormTarget: Hashable, Sendable {
    // Basisgegevens
    case groupName, focusAreas, supervisorName, supervisorPhone, contact, contactPhone, remarks, methods
    // Deelnemers: row (in the order of `PlanFormContent.participants`, then new rows), column
    case participant(Int, ParticipantColumn)
    // Planning bijeenkomsten
    case periodFrom, periodTo, totalMeetings, duration
    /// Row (in the plan's order, then new rows), column.
    case meeting(Int, MeetingColumn)

    /// Chosen from a list rather than typed.
    public var isChoice: Bool { self == .focusAreas || self == .methods || self == .contact }

    /// The kind of text typed here (its length and characters checked as typed and when applied);
    /// nil where the text is a date, a number or a BIG number, or chosen from a list.
    var textKind: TextKind? {
        switch self {
        case .groupName, .supervisorName, .supervisorPhone, .contactPhone, .participant(_, .name), .participant(_, .specialism),
             .meeting(_, .location): return .name
        case .remarks: return .longText
        case .meeting(_, .topic): return .topic
        default: return nil
        }
    }

    /// The table row this target is in, if any.
    public var row: Int? {
        switch self {
        case .participant(let row, _), .meeting(let row, _): return row
        default: return nil
        }
    }

    /// The same target in another row of its table.
    func moved(toRow row: Int) -> FormTarget {
        switch self {
        case .participant(_, let column): return .participant(row, column)
        case .meeting(_, let column): return .meeting(row, column)
        default: return self
        }
    }
}

public enum ParticipantColumn: Int, CaseIterable, Sendable { case name, specialism, big }
/// The official form's two columns, then the time and place a meeting is planned at (not on the
/// form: the calendar, the sign-in sheet and the meeting form take them).
public enum MeetingColumn: Int, CaseIterable, Sendable { case date, topic, time, location }

/// A list to choose from over the form: focus areas or methods (several, plus own entries), or the
/// contact person (one of the participants).
public struct ChoiceList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case focusAreas, methods, contact }

    public var kind: Kind
    /// What each row shows.
    public var options: [String]
    /// What choosing a row stores: the text itself, or a member id for the contact person.
    public var values: [String]
    public var chosen: Set<Int>
    /// Rows: the options, then (several allowed) a line to type an own entry.
    public var cursor = ListCursor()
    public var own = TextField()

    public var allowsSeveral: Bool { kind != .contact }
    public var rowCount: Int { options.count + (allowsSeveral ? 1 : 0) }
    public var isOnOwnEntry: Bool { allowsSeveral && cursor.selected == options.count }
}

/// The yearly plan form ("Jaarplan intervisiegroep medisch specialisten") of one group, one year.
///
/// Every field is edited in place: the focused field's text is in `editor`; leaving the field
/// applies it through the Core edits (which validate) to the form's `draft` of the group. Text that
/// is refused stays in `drafts` with its reason in `errors`, shown by the field, so nothing typed is
/// lost. Like every form, Ctrl-S saves (one step `u` takes back) and Esc asks before dropping edits.
public struct PlanFormScreen: Sendable, Equatable {
    public var groupID: GroupID
    /// Where the group is in `GroupCatalog.groups` (checked against the id before use).
    public var groupIndex: Int
    /// The plan's first day names the plan; a plan not made yet is `planFrom`–`proposedTo` until
    /// the first edit makes it.
    public var planFrom: CivilDate
    public var proposedTo: CivilDate
    public var focus: FormTarget = .groupName
    /// The focused field's text; arriving selects it, so typing replaces it (as in every form).
    public var editor = TextField()
    public var drafts: [FormTarget: String] = [:]
    public var errors: [FormTarget: LocalizedText] = [:]
    /// Rows added (Tab on the last row) that hold nothing yet: not a member or planned meeting until
    /// something is typed in them.
    public var newParticipantRows = 0
    public var newMeetingRows = 0
    /// The first line of the form in view.
    public var scroll = 0
    public var choice: ChoiceList?
    /// The row that Ctrl-R was pressed on once; a second Ctrl-R there removes it.
    public var removalArmed: FormTarget?
    /// The group with the edits made in the form, not saved yet (nil: nothing changed since the
    /// last save). The form shows it; Ctrl-S asks the store to save it.
    public var draft: Group?
    /// The group as it was saved when the edits began: a reload from disk applies the edits again
    /// onto the disk's version (the domain's three-way merge).
    public var base: Group?
    /// Ctrl-X with unsaved edits: the export dialog opens once the store has saved them.
    public var exportsAfterSave = false

    /// Edits or refused input that Esc would drop.
    public var isDirty: Bool { draft != nil || drafts.values.contains { !$0.isBlank } }

    public init(groupID: GroupID, groupIndex: Int, planFrom: CivilDate, proposedTo: CivilDate) {
        self.groupID = groupID
        self.groupIndex = groupIndex
        self.planFrom = planFrom
        self.proposedTo = proposedTo
    }
}

extension PlanFormScreen: Screen {
    var keyScope: KeyScope { choice != nil ? .planChoice : .planForm }

    /// "Jaarplan" under the group's own screen; "<group> › Jaarplan" from the overview or the agenda.
    func title(_ state: AppState) -> String {
        App.title(PlanFormTexts.name.text(state.language), of: groupID, state)
    }

    mutating func clamp(_ state: AppState) {
        settle(state)
        if var list = choice {
            list.cursor.clamp(count: list.rowCount, height: Layout.choiceListHeight(state.size))
            choice = list
        }
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        PlanFormView.draw(&canvas, screen: self, state: state)
    }
}
