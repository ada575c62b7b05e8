import Foundation
import Testing
@testable import IntervisionCore

/// The GAIA steps after a meeting, the schedule's stable ids and the times of meetings.
@Suite("GAIA steps, meeting times and the schedule's ids")
struct GAIAStepsTests {
    // MARK: Times

    @Test("times as people type them", arguments: [
        ("19:00-21:30", "19:00-21:30"), ("19.00 - 21.30", "19:00-21:30"), ("9:05–10:00", "09:05-10:00"),
        ("1900-2130", "19:00-21:30"), (" 08:00-08:01 ", "08:00-08:01"),
    ])
    func timeParses(input: String, expected: String) throws {
        #expect(try MeetingTime.parse(input).get().text == expected)
    }

    @Test("times refused, with the reason", arguments: [
        ("19:00", false), ("19:00-19:00", true), ("21:30-19:00", true), ("24:00-25:00", false), ("19:60-20:00", false),
        ("19:0-20:00", false), ("abc", false), ("19:00-21:30-22:00", false), ("", false), ("١٩:٠٠-٢١:٠٠", false),
    ])
    func timeRefused(input: String, endBeforeStart: Bool) {
        guard case .failure(let error) = MeetingTime.parse(input) else { Issue.record("accepted \(input)"); return }
        #expect(endBeforeStart == (error == .endNotAfterStart(input.trimmed)))
        #expect(!error.message.nl.isEmpty && error.message.nl != error.message.en)
    }

    @Test func aTimeKnowsItsHoursAndIcalendarForm() throws {
        let time = try MeetingTime.parse("19:00-21:30").get()
        #expect(time.hours == 2.5 && time.start.compact == "190000" && time.display == "19:00–21:30")
    }

    // MARK: Reporting attendance in GAIA

    @Test("a meeting's attendance is marked as entered in GAIA: not before the meeting, not in the future")
    func markReported() throws {
        var group = healthyGroup(heldDates: ["2026-03-10"])
        #expect(throws: EditError.noMeetingOn(d("2026-03-11"))) {
            try group.markAttendanceReported(meetingOn: d("2026-03-11"), on: d("2026-03-12"), today: d("2026-03-12"))
        }
        #expect(throws: EditError.dateInFuture(d("2026-03-13"), today: d("2026-03-12"))) {
            try group.markAttendanceReported(meetingOn: d("2026-03-10"), on: d("2026-03-13"), today: d("2026-03-12"))
        }
        #expect(throws: EditError.reportedBeforeMeeting(d("2026-03-09"), meeting: d("2026-03-10"))) {
            try group.markAttendanceReported(meetingOn: d("2026-03-10"), on: d("2026-03-09"), today: d("2026-03-12"))
        }
        #expect(group.meetings[0].reported == nil)
        // The same day counts: GAIA takes it once the meeting is over.
        try group.markAttendanceReported(meetingOn: d("2026-03-10"), on: d("2026-03-10"), today: d("2026-03-12"))
        #expect(group.meetings[0].reported == d("2026-03-10"))
    }

    @Test("editing a held meeting keeps the GAIA date, its time and place unless new ones are given")
    func editingKeepsReported() throws {
        var group = healthyGroup(heldDates: ["2026-03-10"])
        let time = try MeetingTime.parse("19:00-21:30").get()
        try group.recordMeeting(on: d("2026-03-10"), today: d("2026-03-12"), time: time, location: " Zaal 2 ",
                                replacing: "mt-2026-03-10")
        try group.markAttendanceReported(meetingOn: d("2026-03-10"), on: d("2026-03-11"), today: d("2026-03-12"))
        try group.recordMeeting(on: d("2026-03-10"), today: d("2026-03-12"), topic: "Nieuw", replacing: "mt-2026-03-10")
        #expect(group.meetings[0].reported == d("2026-03-11"))
        #expect(group.meetings[0].time == time && group.meetings[0].location == "Zaal 2")
        try group.recordMeeting(on: d("2026-03-10"), today: d("2026-03-12"), location: "", replacing: "mt-2026-03-10")
        #expect(group.meetings[0].location == "")
    }

    @Test("GAIA's import list: the present BIG-registered members, 11 digits with leading zeros, in member order")
    func gaiaList() throws {
        var group = healthyGroup(heldDates: ["2026-03-10"], absences: ["2026-03-10": [2]])
        group.members[0].big = BIGNumber("012345678")  // 9 digits: padded
        group.members[3].big = nil
        group.meetings[0].attendance.reverse()
        let meeting = try group.meeting(on: d("2026-03-10"))
        #expect(group.gaiaBIGNumbers(of: meeting).map(\.digits) == ["00012345678", "12345678903", "12345678905"])
        #expect(group.gaiaImportText(of: meeting) == "00012345678\n12345678903\n12345678905\n")
        var nobody = meeting
        nobody.attendance = nobody.attendance.map { Attendance(memberID: $0.memberID, present: false) }
        #expect(group.gaiaImportText(of: nobody) == "")
    }

    @Test("OSC 52: ESC ] 52 ; c ; base64 BEL, and tmux's passthrough with every ESC doubled")
    func osc52() throws {
        let text = "00012345678\n12345678903\n"
        let sequence = OSC52.copy(text)
        #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
        let payload = String(sequence.dropFirst(7).dropLast())
        #expect(String(decoding: try #require(Data(base64Encoded: payload)), as: UTF8.self) == text)
        #expect(OSC52.copy("Zoë") == "\u{1B}]52;c;Wm/Dqw==\u{07}")
        #expect(OSC52.copy("x", insideTmux: true) == "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;eA==\u{07}\u{1B}\\")
    }

    // MARK: The schedule's ids

    @Test("a planned meeting keeps its id when moved, one revision later; a new one gets a fresh id")
    func moveKeepsTheID() throws {
        var group = healthyGroup()
        let before = try #require(group.plans[0].planned.first { $0.date == d("2026-04-15") })
        group.identifyPlannedMeetings()
        let id = try #require(group.plans[0].planned.first { $0.date == d("2026-04-15") }?.id)
        #expect(before.id.rawValue.isEmpty && id == "20260415")  // a row from before ids: its calendar UID's date
        try group.movePlannedMeeting(from: d("2026-04-15"), to: d("2026-04-22"))
        let moved = try #require(group.plans[0].planned.first { $0.date == d("2026-04-22") })
        #expect(moved.id == id && moved.revision == 1 && moved.topic == "Casus")
        try group.planMeeting(on: d("2026-04-15"), topic: "Nieuw")
        #expect(group.plans[0].planned.first { $0.date == d("2026-04-15") }?.id == "pm-20260415")
        #expect(throws: EditError.plannedMeetingExists(d("2026-04-15"))) { try group.movePlannedMeeting(from: d("2026-04-22"), to: d("2026-04-15")) }
        #expect(throws: EditError.noPlannedMeetingOn(d("2026-05-05"))) { try group.movePlannedMeeting(from: d("2026-05-05"), to: d("2026-05-06")) }
        #expect(throws: EditError.noPlanFor(d("2027-05-06"))) { try group.movePlannedMeeting(from: d("2026-04-22"), to: d("2027-05-06")) }
        #expect(group.plans[0].planned.first { $0.date == d("2026-04-22") }?.revision == 1)
    }

    @Test("a move into next year's plan takes the meeting along")
    func moveAcrossYears() throws {
        var group = healthyGroup()
        group.identifyPlannedMeetings()
        _ = try group.planIndex(from: d("2027-01-01"), to: d("2027-12-31"))
        try group.movePlannedMeeting(from: d("2026-09-20"), to: d("2027-01-10"))
        #expect(group.plans[0].planned.count == 3)
        #expect(group.plans[1].planned.map(\.id) == ["20260920"])
    }

    @Test("the plan form's rows keep their id, time and place; only a change counts as a revision")
    func formRowsKeepTheirID() throws {
        var group = healthyGroup()
        group.identifyPlannedMeetings()
        try group.planMeeting(on: d("2026-02-01"), topic: "", time: try MeetingTime.parse("19:00-21:00").get(), location: "Zaal 1")
        let row = group.plans[0].planned[0]
        #expect(row.revision == 1)
        group.setPlannedMeeting(plan: 0, row: 0, date: row.date, topic: row.topic)
        #expect(group.plans[0].planned[0] == row)  // nothing changed, no new revision
        group.setPlannedMeeting(plan: 0, row: 0, date: d("2026-02-08"), topic: row.topic)
        #expect(group.plans[0].planned[0].id == row.id && group.plans[0].planned[0].revision == 2)
        #expect(group.plans[0].planned[0].time == row.time && group.plans[0].planned[0].location == "Zaal 1")
        group.setPlannedMeeting(plan: 0, row: 4, date: nil, topic: "Reserve")
        #expect(group.plans[0].planned[4].id == "pm-20260101")
    }

    @Test("ids for rows from older files: the date (a second row on it -2), undated rows by the year; duplicates renamed")
    func legacyIDs() {
        var group = healthyGroup(plannedDates: ["2026-02-01", "2026-02-01"])
        group.plans[0].planned.append(PlannedMeeting(topic: "Ooit"))
        group.plans[0].planned.append(PlannedMeeting(id: "x", date: d("2026-06-01")))
        group.plans[0].planned.append(PlannedMeeting(id: "x", date: d("2026-07-01")))
        group.identifyPlannedMeetings()
        #expect(group.plans[0].planned.map(\.id) == ["20260201", "20260201-2", "pm-20260101", "x", "20260701"])
        var again = group
        again.identifyPlannedMeetings()
        #expect(again == group)
    }
}
