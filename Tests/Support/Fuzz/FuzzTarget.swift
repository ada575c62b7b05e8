import Foundation
import IntervisionCore
import IntervisionExport
@testable import IntervisionStore

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
            decode(body)
        } else if !seeds.isEmpty {
            var bytes = ByteSource(body)
            let group = GroupMutation.apply(&bytes, to: seeds[Int(mode >> 1) % seeds.count])
            exercise(group)
        }
    }

    /// The bytes as a file: neither decoder may crash; what one accepts the other accepts alike.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
        JSONDifferential.check(bytes)
        let loose = try? GroupDecoding.decode(bytes, strings: StringTable(capacity: 64))
        let strict = try? GroupCodec.decode(Data(bytes))
        if let strict {
            guard let loose, loose.value == strict else { preconditionFailure("the loader and the import read the file differently") }
            exercise(strict)
        }
    }

    /// A group that passed the file checks, through everything that reads a group.
    static func exercise(_ group: Group) {
        guard group.firstDefect == nil else { return }
        let encoded = GroupCodec.encode(group)
        let decoded: Group
        do {
            decoded = try GroupCodec.decode(encoded)
        } catch {
            preconditionFailure("a valid group did not read back: \(error)")
        }
        guard decoded == group else { preconditionFailure("a valid group changed on the round trip") }
        let supervisor = Supervisor(name: "Fuzz \u{1B}[2J", phone: "06-12345678", registration: .lvsc, lvscHours: 60)
        for day in [today, group.plans.first?.from, group.meetings.last?.date].compactMap({ $0 }) {
            let report = RulesEngine.report(for: group, supervisor: supervisor, today: day)
            for finding in report.findings { _ = finding.message.nl.count + finding.message.en.count }
        }
        for plan in group.plans.prefix(2) {
            let kinds: [ExportKind] = PlanFormat.allCases.map { .plan($0) } + AttendanceFormat.allCases.map { .attendance($0) } + [.calendar]
            for kind in kinds {
                for draft in [true, false] { _ = try? ExportJob.render(kind, group: group, plan: plan, supervisor: supervisor, draft: draft, now: Date(timeIntervalSince1970: 0)) }
            }
        }
        for evaluation in group.evaluations.prefix(2) {
            for format in EvaluationFormat.allCases { _ = EvaluationExport.render(format, group: group, evaluation: evaluation, supervisor: supervisor) }
        }
        if let other = seeds.first {
            for (local, incoming) in [(other, group), (group, other), (group, group)] {
                let outcome = GroupMerge.merge(local: local, incoming: incoming)
                for text in outcome.changes + outcome.conflicts { _ = text.nl.count }
                _ = GroupCodec.encode(outcome.merged)
            }
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
