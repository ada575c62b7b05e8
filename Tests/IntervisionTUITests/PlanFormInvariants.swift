import Foundation
import IntervisionCore
@testable import IntervisionApp
import Testing

/// What must hold for the plan form after any event (the random-event test checks it).
enum PlanFormInvariants {
    /// How often a plan form was checked (so the random-event test can tell the form was reached).
    final class Count: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func increment() { lock.withLock { count += 1 } }
    }
    static let checks = Count()

    static func check(_ form: PlanFormScreen, _ state: AppState, step: Int) {
        checks.increment()
        guard let content = PlanFormContent(screen: form, state: state) else {
            Issue.record("plan form of a vanished group at step \(step)")
            return
        }
        if !content.targets.contains(form.focus) { Issue.record("focus \(form.focus) not on the form at step \(step)") }
        if form.newParticipantRows < 0 || form.newMeetingRows < 0 { Issue.record("negative new rows at step \(step)") }
        if content.participantRows < 1 || content.meetingRows < 1 { Issue.record("a table without rows at step \(step)") }
        // Rows consistent: the participants are the group's members of the year, each drawn once.
        if content.participants != content.group.participants(of: content.plan) { Issue.record("participants differ from the members at step \(step)") }
        let participantLines = content.lines.filter { if case .participantRow = $0 { return true } else { return false } }.count
        let meetingLines = content.lines.filter { if case .meetingRow = $0 { return true } else { return false } }.count
        if participantLines != content.participantRows || meetingLines != content.meetingRows {
            Issue.record("table rows drawn \(participantLines)/\(meetingLines), expected \(content.participantRows)/\(content.meetingRows) at step \(step)")
        }
        for key in Set(form.drafts.keys).union(form.errors.keys) where !content.targets.contains(key) {
            Issue.record("a draft or error for \(key), which is not on the form, at step \(step)")
        }
        // The cursor inside the text, the focused line in view.
        if form.editor.cursor < 0 || form.editor.cursor > form.editor.characters.count { Issue.record("editor cursor outside its text at step \(step)") }
        let height = Layout.planFormBodyHeight(state.size)
        if let line = content.lineIndex(of: form.focus), !(form.scroll...(form.scroll + height - 1)).contains(line) {
            Issue.record("focused line \(line) out of view (scroll \(form.scroll), height \(height)) at step \(step)")
        }
        if form.scroll < 0 || form.scroll > max(0, content.lines.count - height) { Issue.record("form scrolled past its end at step \(step)") }
        if let list = form.choice, !list.cursor.isValid(count: list.rowCount, height: Layout.choiceListHeight(state.size)) {
            Issue.record("choice list cursor invalid at step \(step)")
        }
    }
}
