import Foundation
import IntervisionCore
import IntervisionExport
@_spi(Fuzzing) import IntervisionStore

/// What one fuzz input goes through. The first byte chooses the way in; the rest is the input:
///
/// - even: the bytes as a group file, through the loader's decoder (with a string table) and the
///   strict one; every document our reader accepts must be accepted by JSONSerialization too,
///   with the same values (`JSONDifferential`).
/// - odd: the bytes as edits of a valid group from the corpus (`GroupMutation`), which yield a group
///   that passes the file checks but holds odd values: it goes through the rules engine, every
///   export, the import merge both ways, and an encode/decode round trip.
///
/// A failed expectation is a crash (`preconditionFailure`), which is what libFuzzer and the random
/// driver report.
enum FuzzTarget {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// Valid groups to start mutations from (set once by the driver from the seed corpus).
    nonisolated(unsafe) static var seeds: [Group] = []

    static func run(_ input: UnsafeBufferPointer<UInt8>) {
        guard let mode = input.first else { return }
        let body = UnsafeBufferPointer(rebasing: input.dropFirst())
        if mode & 1 == 0 {
            decode(body, choice: mode >> 1)
        } else if !seeds.isEmpty {
            var bytes = ByteSource(body)
            let group = GroupMutation.apply(&bytes, to: seeds[Int(mode >> 1) % seeds.count])
            exercise(group, choice: bytes.byte())
        }
    }

    /// The bytes as a file: neither decoder may crash; what one accepts the other accepts alike.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, choice: UInt8 = 0) {
        JSONDifferential.check(bytes)
        let loose = FuzzingEntry.decodeAsLoader(bytes)
        let strict = try? GroupCodec.decode(Data(bytes))
        if let strict {
            guard let loose, loose == strict else { preconditionFailure("the loader and the import read the file differently") }
            exercise(strict, choice: choice)
        }
    }

    /// Every document kind of a year, and the hand-over file, and whether as a draft: one per input,
    /// chosen by the input. (One meeting's list, or the blank sign-in sheet of a planned one, is
    /// `meetingExports`; the evaluation, `exercise`; an encrypted file only costs the key derivation.)
    private static let exports: [(ExportKind, draft: Bool)] =
        PlanFormat.allCases.flatMap { [(ExportKind.plan($0), true), (.plan($0), false)] }
        + AttendanceFormat.allCases.map { (.attendance($0), false) } + [(.calendar, false), (.groupFile(encrypted: false), false)]

    /// A group that passed the file checks, through everything that reads a group: the rules and
    /// the agenda's actions, one export of a year, one meeting's list or sign-in sheet with its
    /// GAIA list, and one evaluation document (which ones the input chooses, so that the fuzzer's
    /// mutations reach them all while each input stays cheap), and the merge.
    static func exercise(_ group: Group, choice: UInt8) {
        guard group.firstDefect == nil else { return }
        // As the loader gives it: planned meetings without an id get theirs.
        var group = group
        group.identifyPlannedMeetings()
        let encoded = GroupCodec.encode(group)
        let decoded: Group
        do {
            decoded = try GroupCodec.decode(encoded)
        } catch {
            preconditionFailure("a valid group did not read back: \(error)")
        }
        guard decoded == group else { preconditionFailure("a valid group changed on the round trip") }
        let supervisor = Supervisor(name: "Fuzz \u{1B}[2J", phone: "06-12345678", registration: .lvsc, lvscHours: 60)
        let pick = Int(choice)
        let days = [today, group.plans.first?.from, group.meetings.last?.date.adding(days: 95)].compactMap { $0 }
        let day = days[pick % days.count]
        let report = RulesEngine.report(for: group, supervisor: supervisor, today: day)
        for finding in report.findings { _ = finding.message.nl.count + finding.message.en.count }
        agenda(group, report: report)
        if !group.plans.isEmpty {
            let plan = group.plans[pick % group.plans.count]
            let (kind, draft) = exports[pick % exports.count]
            let request = ExportRequest(kind, group: group, plan: plan, supervisor: supervisor, draft: draft, today: day)
            _ = try? ExportJob.render(request, now: Date(timeIntervalSince1970: 0))
            meetingExports(group, plan: plan, supervisor: supervisor, pick: pick)
        }
        if !group.evaluations.isEmpty {
            let format = EvaluationFormat.allCases[pick % EvaluationFormat.allCases.count]
            _ = EvaluationExport.render(format, group: group, evaluation: group.evaluations[pick % group.evaluations.count],
                                        supervisor: supervisor, today: day)
        }
        if let other = seeds.first {
            let (local, incoming) = [(other, group), (group, other), (group, group)][pick % 3]
            let outcome = GroupMerge.merge(local: local, incoming: incoming)
            for text in outcome.changes + outcome.conflicts { _ = text.nl.count }
            _ = GroupCodec.encode(outcome.merged)
        }
    }
}

extension FuzzTarget {
    /// The agenda's actions from the report, held to what the agenda promises: every error finding
    /// is resolved by exactly one action, an action carries only its own report's findings, and the
    /// actions come most urgent first.
    static func agenda(_ group: Group, report: GroupReport) {
        let actions = Agenda.actions(for: group, report: report)
        let resolved = actions.flatMap(\.findings)
        for finding in report.findings where finding.severity == .error {
            guard resolved.filter({ $0 == finding }).count == 1 else {
                preconditionFailure("\(finding.rule.rawValue) is not resolved by exactly one action")
            }
        }
        guard resolved.allSatisfy(report.findings.contains) else { preconditionFailure("an action carries a finding of no report") }
        guard actions == actions.sorted(by: AgendaAction.urgencyOrder) else { preconditionFailure("the actions are out of order") }
        for (_, bucket) in Agenda.buckets(actions, today: report.today) {
            for action in bucket { _ = ControlPictures.visible(action.text.nl).count + action.text.en.count }
        }
        let agendas = Agenda.groups([group], reports: [report])
        _ = Agenda.actions(of: agendas, until: report.today)
        _ = Agenda.summary(agendas).overdue
    }

    /// One meeting's list in every format (held: who came; planned, not held: the blank sign-in
    /// sheet) and the GAIA list of a held one; the input picks the meeting.
    static func meetingExports(_ group: Group, plan: YearPlan, supervisor: Supervisor, pick: Int) {
        let dates = group.meetings.map(\.date) + plan.planned.compactMap(\.date)
        guard !dates.isEmpty else { return }
        let date = dates[pick % dates.count]
        let format = AttendanceFormat.allCases[pick % AttendanceFormat.allCases.count]
        let request = ExportRequest(.meetingAttendance(format, date: date), group: group, plan: plan, supervisor: supervisor,
                                    today: FuzzTarget.today)
        _ = try? ExportJob.render(request, now: Date(timeIntervalSince1970: 0))
        if let meeting = try? group.meeting(on: date) {
            let text = group.gaiaImportText(of: meeting)
            guard text.utf8.allSatisfy({ $0 == 0x0A || (0x30...0x39).contains($0) }) else { preconditionFailure("the GAIA list holds more than digits") }
        }
    }
}

/// Bytes handed out a few at a time; zeros once they run out.
struct ByteSource {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isEmpty: Bool { index >= bytes.count }

    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func int(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return (Int(byte()) << 8 | Int(byte())) % bound
    }
}
