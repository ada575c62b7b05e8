import IntervisionCore

/// Adding or changing a member. The BIG number and dates are checked as they are typed; the
/// composition rule is shown as it would apply.
public struct MemberForm: TextFieldForm, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case name, specialism, big, phone, joined, periodStart, left, contact
    }

    public var groupID: GroupID
    /// The member being changed; nil for a new one.
    public var editing: MemberID?
    /// The typed fields (all but the contact person, a yes/no).
    public var fields: [Field: TextField]
    public var contact: Bool
    public var focus: Field = .name
    /// The "left on" field shows for a member who has left (to correct or clear it); `x` sets it.
    public var showsLeft: Bool
    public var errors: [Field: LocalizedText] = [:]
    public var isDirty = false
    /// The member whose save was asked of the store (its answer finishes the form).
    var asked: MemberID?
    /// The member's standing with what the form holds now (hours in the period as the start is typed).
    public var preview: MemberStanding?

    public init(groupID: GroupID, editing: MemberID?, fields: [Field: TextField], contact: Bool, showsLeft: Bool) {
        self.groupID = groupID
        self.editing = editing
        self.fields = fields
        self.contact = contact
        self.showsLeft = showsLeft
    }

    /// The fields in the order they are shown.
    public var visibleFields: [Field] { Field.allCases.filter { $0 != .left || showsLeft } }

    public func text(_ field: Field) -> String { fields[field]?.text ?? "" }

    /// Under a field: why its text will not do, as typed or as refused by the last Ctrl-S.
    func refusal(_ field: Field) -> FieldRefusal? {
        let text = self.text(field)
        let typed: LocalizedText?
        switch field {
        case .big: typed = FieldCheck.big(text)
        case .phone: typed = FieldCheck.phone(text)
        case .joined, .periodStart, .left: typed = FieldCheck.date(text)
        case .name, .specialism: typed = FieldCheck.text(text, .name)
        case .contact: typed = nil
        }
        return FieldRefusal.pick(saved: errors[field], typed: typed)
    }

    var keyScope: KeyScope { .form }

    func title(_ state: AppState) -> String { (editing == nil ? MemberFormTexts.nameNew : MemberFormTexts.name).text(state.language) }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        MemberFormView.draw(&canvas, form: self, state: state)
    }
}
