import Foundation
import IntervisionCore
@testable import IntervisionStore

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() {
        var template = Array((NSTemporaryDirectory() + "/intervisie-store-test-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "mkdtemp failed")
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// A data folder inside this one that does not exist yet (the store creates it).
    var dataFolder: URL { url.appendingPathComponent("data", isDirectory: true) }

    deinit {
        // Tests may have taken permissions away; give them back so the folder can go.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: path).forEach { chmod(path + "/" + $0, 0o700) }
        try? FileManager.default.removeItem(at: url)
    }
}

enum Fixtures {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    static func date(_ text: String) -> CivilDate {
        guard case .success(let date) = CivilDate.parse(text) else { fatalError("bad date \(text)") }
        return date
    }

    /// A group with every field of every type set, next to the minimal form of each.
    static func fullGroup(id: GroupID = "g-full_1.x") -> Group {
        Group(
            id: id, name: "Chirurgen \"Utrecht\" \\ Müller",
            focusAreas: ["Communicatie met patiënten", "日本語のテキスト", ""],
            methods: ["Incidentmethode", "Balintmethode"],
            remarks: "Regel één\nRegel twee\ttab \u{1B}[31mrood\u{1B}[0m",
            contactMemberID: "m1", supervisorName: "Ayşe Çelik", supervisorPhone: "+31 6 1234 5678",
            members: [
                Member(id: "m1", name: "Zoë Müller", specialism: "Chirurgie", big: BIGNumber("012345678"),
                       phone: "06-11111111", joined: date("2024-01-01"), left: date("2026-06-30"),
                       registrationPeriodStart: date("2022-03-15")),
                Member(id: "m2", name: "Bram"),
                Member(id: "", name: ""),
                // Named by the attendance below: every entry must name a member.
                Member(id: "m3", name: "Cas"), Member(id: "m4", name: "Dirk"), Member(id: "m5", name: "Eva"), Member(id: "m6", name: "Fien"),
            ],
            plans: [
                YearPlan(from: date("2025-02-01"), to: date("2026-01-31"), totalMeetings: 6, durationHours: 2.5,
                         planned: [PlannedMeeting(id: "pm-20250214", date: date("2025-02-14"), topic: "Grenzen stellen",
                                                  time: try! MeetingTime.parse("19:00-21:30").get(), location: "Praktijk \"De Linde\"",
                                                  revision: 3),
                                   PlannedMeeting(id: "pm-2", date: nil, topic: "Nog te bepalen"),
                                   PlannedMeeting(id: "20250901", date: date("2025-09-01"), topic: ""),
                                   PlannedMeeting(id: "pm-4")],
                         exported: date("2025-01-20"), exportedFingerprint: "0123456789abcdef", submitted: date("2025-01-21"),
                         closed: date("2026-02-10")),
                YearPlan(from: date("2026-02-01"), to: date("2027-01-31")),
                YearPlan(from: date("2024-02-29"), to: date("2024-12-31"), totalMeetings: 0, durationHours: 0.1),
            ],
            meetings: [
                Meeting(id: "g-20250214", date: date("2025-02-14"), topic: "Grenzen stellen", method: "Balintmethode",
                        durationHours: 2.25,
                        attendance: [Attendance(memberID: "m1", present: true),
                                     Attendance(memberID: "m2", present: false, reason: "Ziek", excused: true),
                                     Attendance(memberID: "m3", present: false),
                                     Attendance(memberID: "m4", present: false, reason: "Dienst", excused: false),
                                     Attendance(memberID: "m5", present: true, reason: "kwam later", excused: false),
                                     Attendance(memberID: "m6", present: true, reason: "", excused: true)],
                        time: try! MeetingTime.parse("08:05-09:59").get(), location: "Zaal 3, Utrecht", reported: date("2025-02-20")),
                Meeting(id: "g-bare", date: date("2025-04-01")),
            ],
            evaluations: [
                Evaluation(id: "ev1", date: date("2026-01-20"), year: date("2025-02-01"), participants: ["m1", "m2"],
                           answers: [.wentWell: "Veilige sfeer", .toImprove: "Op tijd \"eindigen\"",
                                     .methodsAndThemes: "Balint", .inPractice: "Eerder feedback vragen",
                                     .agreements: "Zes bijeenkomsten", .notes: "😀 \u{0}\u{7F}"]),
                Evaluation(id: "ev2", date: date("2025-01-20")),
            ])
    }

    /// The smallest group there is.
    static func minimalGroup(id: GroupID = "g-min") -> Group {
        Group(id: id, name: "")
    }

    /// Strings that have broken JSON writers: quotes, backslashes, every control character, DEL,
    /// non-ASCII letters, CJK, emoji (with modifiers and joiners), combining marks, the Unicode
    /// line separators, and what looks like an escape but is not.
    static let trickyStrings: [String] = [
        "", " ", "\"", "\\", "\\\"", "\"\\\"", "/", "\\/", "\\u0041", "\\n",
        "Müller", "Çelik", "Geïntensiveerde zorg", "日本", "한국어", "Ελληνικά", "עברית", "العربية",
        "😀", "👩🏽‍⚕️", "🇳🇱", "e\u{301}", "\u{FEFF}bom", "\u{2028}\u{2029}", "\u{10FFFF}", "\u{FFFD}",
        "\u{1B}[2J\u{1B}[31mred", "bell\u{7}", "nul\u{0}inside", "del\u{7F}", "tab\tnew\nline\rcr",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }),
        String(repeating: "long text ", count: 20),  // 200 characters: the longest name
    ]

    /// The demo data set the product benchmarks with.
    static func demoGroups(_ count: Int, seed: UInt64 = 1) -> [Group] {
        DemoData.generate(groups: count, seed: seed, today: today).groups
    }
}

extension Data {
    /// The bytes as UTF-8 text, for assertions on the file's form.
    var text: String { String(decoding: self, as: UTF8.self) }
}

/// Writes `text` to `path` as another program would (in place, no atomic rename).
func overwrite(_ path: String, with text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// The permission bits of a file or folder.
func mode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o777
}

/// The names in a folder (hidden ones included), sorted; empty when it does not exist.
func names(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
}
