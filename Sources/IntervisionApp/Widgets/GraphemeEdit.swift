/// Editing a run of grapheme clusters at a cursor: the part the one-line `TextField` and the
/// multi-line `TextArea` share, so a fix to how an "ë" or an emoji is typed or removed is made once.
enum GraphemeEdit {
    /// A combining mark typed on its own joins the character before it (Swift does so when the
    /// string is rebuilt); the cursor stays after the joined cluster.
    static func insert(_ character: Character, into characters: inout [Character], cursor: inout Int) {
        let head = Array(String(characters[..<cursor]) + String(character))
        characters = head + characters[cursor...]
        cursor = head.count
    }

    static func deleteBackward(_ characters: inout [Character], cursor: inout Int) {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    static func deleteForward(_ characters: inout [Character], cursor: Int) {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-W: the spaces before the cursor and the word before them (a line break stops it).
    static func deleteWordBackward(_ characters: inout [Character], cursor: inout Int) {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " ", characters[start - 1] != "\n" { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }
}
