import IntervisionCore

/// A passphrase being typed: kept, never drawn. Not even its length shows (no dots), only that
/// something was typed; the keys are those of typing blind: characters, Backspace, Ctrl-U.
public struct PassphraseField: Sendable, Equatable {
    private var field = TextField()

    public init() {}

    public var text: String { field.text }
    public var isEmpty: Bool { field.isEmpty }

    /// Applies a typing key; returns false for any other key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        // The cursor stays at the end: a hidden text cannot be edited in the middle, so of the
        // text-editing keys (the key table's) only deleting backward and to the start apply.
        if case .character = key {} else {
            switch KeyTable.action(for: key, in: .textEditing) {
            case .deleteBackward, .deleteToStart: break
            default: return false
            }
        }
        field.handle(.end)
        return field.handle(key)
    }

    /// Forgets what was typed.
    public mutating func clear() { field = TextField() }

    /// Sets the text (a proposed passphrase, which is shown apart, once).
    public mutating func set(_ text: String) { field = TextField(text) }

    /// Draws the empty input with a word that something was typed; returns the cursor column.
    @discardableResult
    public func draw(on canvas: inout Canvas, row: Int, column: Int, width: Int, focused: Bool, language: Language) -> Int {
        canvas.fill(row: row, column: column, width: width, role: focused ? .input : .dialog)
        if !isEmpty {
            canvas.write(PassphraseTexts.typedHidden.text(language), row: row, column: column + 1, maxWidth: max(0, width - 2), role: .muted)
        }
        return column
    }
}
