import IntervisionCore

/// Drawing: the state in, a canvas of cells out. Nothing here changes state or touches a terminal.
extension App {
    public static func view(_ state: AppState) -> Canvas {
        var canvas = Canvas(size: state.size)
        if state.isTooSmall {
            TooSmallView.draw(&canvas, state: state)
            return canvas
        }
        state.top.draw(&canvas, state)
        if state.isBusy {
            // The data folder has not answered yet (it waits for another program's lock, at most a few seconds).
            let row = canvas.size.height - 1
            canvas.fill(row: row, column: 0, width: canvas.size.width, role: .statusBar)
            canvas.write(SaveTexts.busy.text(state.language), row: row, column: 1, maxWidth: canvas.size.width - 2, role: .statusBar)
        }
        return canvas
    }

    /// The breadcrumb for the header: one name per screen on the stack.
    static func trail(_ state: AppState) -> [String] {
        state.stack.map { $0.title(state) }
    }

    /// A group's form in the trail: its own title under the group's screen, "<group> › title" where
    /// the trail does not name the group (opened from the overview or the agenda).
    static func title(_ title: String, of groupID: GroupID, _ state: AppState) -> String {
        let underGroup = state.stack.contains { ($0 as? GroupScreen)?.groupID == groupID }
        guard !underGroup, let group = state.group(groupID) else { return title }
        return group.name + " › " + title
    }

    /// A dialog is drawn over the screen it was opened from.
    static func viewUnderneath(_ state: AppState) -> Canvas {
        var under = state
        under.stack.removeLast()
        under.message = nil
        return view(under)
    }
}
