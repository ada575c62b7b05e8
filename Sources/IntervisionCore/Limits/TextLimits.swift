/// How long a text may be, and which characters it may hold. The same limits hold where text is
/// typed (the edits, the forms as the user types), where a file is loaded and where one is
/// imported, so a text that was accepted once is accepted everywhere.
public enum TextKind: Sendable, CaseIterable {
    /// One line: names of groups, members and the supervisor, a specialism, a method, a focus
    /// area, a meeting's location, a phone or registration number, an id. At most 200 characters.
    case name
    /// One line: a meeting's topic, a reason of absence. At most 500 characters.
    case topic
    /// Several lines: remarks, an evaluation's answer. At most 10,000 characters.
    case longText
    /// One line: a file or folder as typed (the export dialog's folder). At most 4,096 characters,
    /// the most bytes a path may have on Linux (PATH_MAX), so every folder that worked reads back.
    case path

    /// The most characters (grapheme clusters, as the user counts them) the text may hold.
    @inlinable
    public var limit: Int {
        switch self {
        case .name: return 200
        case .topic: return 500
        case .longText: return 10_000
        case .path: return 4_096
        }
    }

    /// Whether line breaks and tabs are part of the text (elsewhere they are control characters).
    public var isMultiline: Bool { self == .longText }
}

/// Why a text is refused.
public enum TextProblem: Error, Equatable, Sendable {
    /// Longer than `TextKind.limit`; `length` is how long it is, in characters.
    case tooLong(limit: Int, length: Int)
    /// A control character (ESC, BEL, a line break in a one-line field, ...), shown as its picture.
    case controlCharacter(String)

    public var message: LocalizedText {
        switch self {
        case .tooLong(let limit, let length):
            return LocalizedText(nl: "te lang: \(length) tekens, hoogstens \(limit)", en: "too long: \(length) characters, at most \(limit)")
        case .controlCharacter(let picture):
            return LocalizedText(nl: "bevat een stuurteken (\(picture)); typ gewone tekst",
                                 en: "contains a control character (\(picture)); type plain text")
        }
    }
}

extension TextKind {
    /// The length problem of `text`, if any: what a file or an import is held to. Control
    /// characters in a loaded text are kept (and shown as pictures), so that nothing a file holds
    /// is lost; only their length is bounded.
    @inlinable
    public func lengthProblem(_ text: String) -> TextProblem? {
        // Every character is at least one byte: the byte count settles almost every text at once.
        if text.utf8.count <= limit { return nil }
        return countedLengthProblem(text)
    }

    /// The slow path of `lengthProblem`: count the characters.
    @usableFromInline
    func countedLengthProblem(_ text: String) -> TextProblem? {
        let length = text.count
        return length > limit ? .tooLong(limit: limit, length: length) : nil
    }

    /// The problem of `text` as typed (an edit, a form field as the user types): its length, and
    /// any control character (line breaks and tabs allowed in a multi-line text).
    public func inputProblem(_ text: String) -> TextProblem? {
        if let problem = lengthProblem(text) { return problem }
        for scalar in text.unicodeScalars where ControlPictures.isControl(scalar) {
            if isMultiline, scalar == "\n" || scalar == "\r" || scalar == "\t" { continue }
            return .controlCharacter(ControlPictures.picture(for: scalar))
        }
        return nil
    }

    /// `text` as typed, refused with an `EditError` naming `field` when it breaks the rules.
    public func check(_ text: String, field: LocalizedText) throws(EditError) {
        if let problem = inputProblem(text) { throw .textRefused(field: field, problem) }
    }
}

/// The names of the typed fields, for the refusals of `TextKind.check`.
public enum FieldLabel {
    public static let name = LocalizedText(nl: "naam", en: "name")
    public static let specialism = LocalizedText(nl: "specialisme", en: "specialism")
    public static let phone = LocalizedText(nl: "telefoon", en: "phone")
    public static let topic = LocalizedText(nl: "onderwerp", en: "topic")
    public static let method = LocalizedText(nl: "methode", en: "method")
    public static let reason = LocalizedText(nl: "reden", en: "reason")
    public static let location = LocalizedText(nl: "plaats", en: "location")
    public static let focusArea = LocalizedText(nl: "aandachtsgebied", en: "focus area")
    public static let remarks = LocalizedText(nl: "opmerkingen", en: "remarks")
    public static let answer = LocalizedText(nl: "antwoord", en: "answer")
    public static let registrationNumber = LocalizedText(nl: "registratienummer", en: "registration number")
}
