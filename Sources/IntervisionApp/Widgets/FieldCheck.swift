import IntervisionCore

/// Input checked as it is typed, in every form, with Core's own checks (the ones the edits make
/// when saved): the refusal stands under the field while the text will not do, as the plan form
/// shows it. An empty text is left to the save (a field may be optional).
enum FieldCheck {
    static func date(_ text: String) -> LocalizedText? { refusal(text, CivilDate.parse, \.message) }
    static func hours(_ text: String) -> LocalizedText? { refusal(text, NumberInput.hours, \.message) }
    static func totalHours(_ text: String) -> LocalizedText? { refusal(text, NumberInput.totalHours, \.message) }
    static func count(_ text: String) -> LocalizedText? { refusal(text, NumberInput.count, \.message) }
    /// A phone number: a text of one line first (as the edits check it), then the number.
    static func phone(_ text: String) -> LocalizedText? { self.text(text, .name) ?? refusal(text, PhoneNumber.parse, \.message) }
    static func big(_ text: String) -> LocalizedText? { refusal(text, BIGNumber.parse, \.message) }
    /// A text of `kind`: not too long, no control character (Core's `TextKind`, which the edits
    /// apply when saved; spaces around it are not counted, as the edits drop them).
    static func text(_ text: String, _ kind: TextKind) -> LocalizedText? { kind.inputProblem(text.trimmingSpaces())?.message }

    /// Why `parse` refuses a text that is not empty; nil when it reads.
    private static func refusal<Value, Failure>(_ text: String, _ parse: (String) -> Result<Value, Failure>,
                                                _ message: (Failure) -> LocalizedText) -> LocalizedText? {
        guard !text.isBlank, case .failure(let error) = parse(text) else { return nil }
        return message(error)
    }
}

/// What stands under a field: why its text will not do, as typed (a warning) or as refused by the
/// last Ctrl-S (an error, which stays until the field is changed).
struct FieldRefusal: Equatable {
    var text: LocalizedText
    var isFinal: Bool

    var role: StyleRole { isFinal ? .error : .warning }

    /// The last Ctrl-S's refusal, else the check as typed.
    static func pick(saved: LocalizedText?, typed: LocalizedText?) -> FieldRefusal? {
        if let saved { return FieldRefusal(text: saved, isFinal: true) }
        return typed.map { FieldRefusal(text: $0, isFinal: false) }
    }
}

/// A date as typed in a form: the meeting's and the evaluation's lists follow it.
enum TypedDate {
    /// The date typed, or `fallback` (today) while it does not read.
    static func date(_ text: String, or fallback: CivilDate) -> CivilDate {
        (try? CivilDate.parse(text).get()) ?? fallback
    }

    /// The group's members on the typed date (today while it does not read), then those of
    /// `extra` not among them (an edited record's own people).
    static func members(of group: Group, onTyped text: String, today: CivilDate, plus extra: [MemberID]) -> [Member] {
        var members = group.members(on: date(text, or: today))
        for id in extra where !members.contains(where: { $0.id == id }) {
            if let member = group.member(id) { members.append(member) }
        }
        return members
    }

    /// Beside a date field: the date in words, or the formats while it does not read.
    static func note(_ text: String, _ language: Language) -> String {
        (try? CivilDate.parse(text).get()).map { Format.longDate($0, language) } ?? AppTexts.dateFormats.text(language)
    }
}
