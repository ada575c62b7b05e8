import IntervisionCore

/// Selection and scroll position of a list whose visible height the layout decides.
///
/// Invariants (checked by the random-event test): with `count > 0`, `0 <= selected < count` and
/// `scroll <= selected < scroll + height`; `0 <= scroll <= max(0, count - height)`. With
/// `count == 0` both are 0.
public struct ListCursor: Sendable, Equatable {
    public private(set) var selected = 0
    public private(set) var scroll = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    public enum Move: Sendable {
        case up, down, pageUp, pageDown, first, last
        case to(Int)
    }

    public mutating func apply(_ move: Move, count: Int, height: Int) {
        let page = max(1, height - 1)
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page; scroll -= page
        case .pageDown: selected += page; scroll += page
        case .first: selected = 0
        case .last: selected = count - 1
        case .to(let index): selected = index
        }
        clamp(count: count, height: height)
    }

    /// Brings both back inside the list and the viewport (after a resize, filter or reload).
    public mutating func clamp(count: Int, height: Int) {
        guard count > 0 else { selected = 0; scroll = 0; return }
        let visible = max(1, height)
        selected = min(max(selected, 0), count - 1)
        scroll = min(max(scroll, 0), max(0, count - visible))
        if selected < scroll { scroll = selected }
        if selected >= scroll + visible { scroll = selected - visible + 1 }
    }

    /// Type-ahead: selects the next row after the selected one (round past the end) whose label
    /// starts with `letter`, case and diacritics ignored ("u" finds "Ümit"); false when none does.
    @discardableResult
    public mutating func jump(to letter: Character, labels: [String], height: Int) -> Bool {
        guard let row = ListCursor.row(startingWith: letter, in: labels, after: selected) else { return false }
        apply(.to(row), count: labels.count, height: height)
        return true
    }

    /// The row `jump` selects, if any.
    public static func row(startingWith letter: Character, in labels: [String], after selected: Int) -> Int? {
        let wanted = String(letter).foldedForSearch
        guard !labels.isEmpty, !wanted.trimmingSpaces().isEmpty else { return nil }
        for step in 1...labels.count {
            let row = (selected + step) % labels.count
            if labels[row].trimmingSpaces().foldedForSearch.hasPrefix(wanted) { return row }
        }
        return nil
    }

    public func isValid(count: Int, height: Int) -> Bool {
        guard count > 0 else { return selected == 0 && scroll == 0 }
        let visible = max(1, height)
        return (0..<count).contains(selected) && scroll >= 0 && scroll <= max(0, count - visible)
            && selected >= scroll && selected < scroll + visible
    }
}
