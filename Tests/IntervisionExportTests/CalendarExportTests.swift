import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

@Suite("Meeting calendar (iCalendar)")
struct CalendarExportTests {
    let group = Fixture.group, plan = Fixture.plan
    /// 2024-08-01 10:00:00 UTC.
    let now = Date(timeIntervalSince1970: 1_722_506_400)

    @Test("python icalendar parses it: one all-day event per dated meeting, with summary and stable UID")
    func parsedByICalendar() throws {
        try #require(Python.isImportable("icalendar"), "the icalendar package is missing; run scripts/test-deps")
        let ics = CalendarExport.ics(group: group, plan: plan, now: now)
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("calendar.ics")
        try Data(ics.utf8).write(to: file)
        let object = try Python.json("""
        import sys, json, datetime, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = []
        for e in cal.walk('VEVENT'):
            start, end = e.decoded('dtstart'), e.decoded('dtend')
            events.append({'uid': str(e['uid']), 'summary': str(e['summary']),
                           'start': start.isoformat(), 'end': end.isoformat(),
                           'allDay': not isinstance(start, datetime.datetime),
                           'stamp': e.decoded('dtstamp').isoformat()})
        print(json.dumps({'version': str(cal['version']), 'prodid': str(cal['prodid']),
                          'calscale': str(cal['calscale']), 'events': events}))
        """, arguments: [file.path])
        #expect(object["version"] as? String == "2.0")
        #expect(object["calscale"] as? String == "GREGORIAN")
        #expect((object["prodid"] as? String)?.contains("intervisie") == true)
        let events = try #require(object["events"] as? [[String: Any]])
        // Six dated rows; the undated reserve meeting has no place in a calendar.
        #expect(events.count == 6)
        #expect(events.map { $0["start"] as? String } == ["2024-09-17", "2024-11-12", "2025-01-21", "2025-03-18", "2025-05-20", "2025-07-08"])
        #expect(events.first?["end"] as? String == "2024-09-18")
        #expect(events.allSatisfy { $0["allDay"] as? Bool == true })
        #expect(events.first?["stamp"] as? String == "2024-08-01T10:00:00+00:00")
        #expect(events.map { $0["summary"] as? String } == [
            "Intervisie Geïntensiveerde zorg & <Leiden>: Slecht-nieuwsgesprek",
            "Intervisie Geïntensiveerde zorg & <Leiden>: Grenzen stellen; \"nee\" zeggen, zonder schuldgevoel",
            "Intervisie Geïntensiveerde zorg & <Leiden>: Conflict in de maatschap en daarna",
            "Intervisie Geïntensiveerde zorg & <Leiden>: " + ExpectedPlan.meetings[4][1],
            "Intervisie Geïntensiveerde zorg & <Leiden>: <script>alert('x')</script> & meer",
            "Intervisie Geïntensiveerde zorg & <Leiden>",
        ])
        let uids = events.compactMap { $0["uid"] as? String }
        #expect(Set(uids).count == 6)
        #expect(uids.first == "intervisie-g-utr%201-20240917@intervisie")
    }

    @Test("UIDs come from group and date only, so a changed plan updates the same events")
    func stableUIDs() {
        var changed = plan
        changed.planned[1].topic = "Ander onderwerp"
        changed.planned.reverse()
        let uids = { (ics: String) in ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        let before = uids(CalendarExport.ics(group: group, plan: plan, now: now))
        let after = uids(CalendarExport.ics(group: group, plan: changed, now: now.addingTimeInterval(86_400)))
        #expect(before == after)
        var other = group
        other.id = "another"
        #expect(Set(uids(CalendarExport.ics(group: other, plan: plan, now: now))).isDisjoint(with: before))
    }

    @Test("every line ends in CRLF and is at most 75 octets; folding keeps UTF-8 intact")
    func foldingAndLineEnds() throws {
        let ics = CalendarExport.ics(group: group, plan: plan, now: now)
        let bytes = Array(ics.utf8)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        // No bare CR or LF.
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D) }
            if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A) }
        }
        // Split the raw bytes (not the String) so a character cut in two by folding would show as
        // a physical line that is not valid UTF-8 on its own.
        var physical: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                physical.append([])
                index += 2
            } else {
                physical[physical.count - 1].append(bytes[index])
                index += 1
            }
        }
        #expect(physical.removeLast().isEmpty)
        for line in physical {
            #expect(line.count <= 75, "too long: \(String(decoding: line, as: UTF8.self))")
            #expect(String(validating: line, as: UTF8.self) != nil)
        }
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.contains { $0.hasPrefix(" ") }, "the long topic should have been folded")
        // Unfolding gives back the escaped text.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Intervisie Geïntensiveerde zorg & <Leiden>: Grenzen stellen\\; \"nee\" zeggen\\, zonder schuldgevoel\r\n"))
        #expect(unfolded.contains("Conflict in de maatschap en daarna"))
    }

    @Test("folding never splits a multi-byte character, at any position")
    func foldingMultibyte() {
        for prefix in 0..<6 {
            let line = "SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: "é€🩺", count: 40)
            let folded = ICalendarWriter.fold(line)
            let physical = folded.components(separatedBy: "\r\n").dropLast()
            #expect(physical.allSatisfy { $0.utf8.count <= 75 })
            #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        }
    }

    @Test("TEXT escaping: backslash, semicolon, comma, newline; control characters made visible")
    func textEscaping() {
        #expect(ICalendarWriter.escapeText("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendarWriter.escapeText("x\u{1B}y") == "x\u{241B}y")
        #expect(ICalendarWriter.escapeText("r\r\nn") == "r\\nn")
    }

    @Test("DTSTAMP is UTC")
    func timestamp() {
        #expect(CalendarExport.timestamp(now) == "20240801T100000Z")
        #expect(CalendarExport.timestamp(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    }
}

@Suite("Meeting calendar: times in Europe/Amsterdam, moved meetings, places")
struct CalendarTimesTests {
    let now = Date(timeIntervalSince1970: 1_722_506_400)

    /// A group named like many are ("Intervisiegroep …"), with meetings around both summer-time changes.
    var group: Group {
        var group = Group(id: "g1", name: "Intervisiegroep Chirurgen, Utrecht")
        let time = try! MeetingTime.parse("19:00-21:30").get()
        group.plans = [YearPlan(from: Fixture.date("2025-01-01"), to: Fixture.date("2025-12-31"), planned: [
            PlannedMeeting(id: "pm-a", date: Fixture.date("2025-03-29"), topic: "Winter", time: time, location: "Zaal 2; 1e etage, Utrecht"),
            PlannedMeeting(id: "pm-b", date: Fixture.date("2025-03-30"), topic: "Zomer", time: time),
            PlannedMeeting(id: "pm-c", date: Fixture.date("2025-10-25"), topic: "Nog zomer", time: time),
            PlannedMeeting(id: "pm-d", date: Fixture.date("2025-10-26"), topic: "Weer winter", time: time),
            PlannedMeeting(id: "pm-e", date: Fixture.date("2025-12-01"), topic: "Tijd onbekend"),
        ])]
        return group
    }

    func parse(_ ics: String) throws -> [String: Any] {
        try #require(Python.isImportable("icalendar"), "the icalendar package is missing; run scripts/test-deps")
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("calendar.ics")
        try Data(ics.utf8).write(to: file)
        return try Python.json("""
        import sys, json, datetime, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        zones = cal.walk('VTIMEZONE')
        tz = zones[0].to_tz() if zones else None
        events = []
        for e in cal.walk('VEVENT'):
            start, end = e.decoded('dtstart'), e.decoded('dtend')
            timed = isinstance(start, datetime.datetime)
            own = start.replace(tzinfo=tz) if timed and tz else None
            events.append({'uid': str(e['uid']), 'summary': str(e['summary']), 'start': start.isoformat(), 'end': end.isoformat(),
                           'timed': timed, 'tzid': str(e['dtstart'].params.get('TZID', '')),
                           'offset': str(start.utcoffset()) if timed else '',
                           'ownZoneOffset': str(own.utcoffset()) if own else '',
                           'transp': str(e.get('transp', '')), 'sequence': int(e.get('sequence', -1)),
                           'location': str(e.get('location', ''))})
        # icalendar keeps an X- property raw: unescape it as the TEXT it is (RFC 5545 3.3.11).
        name = str(cal.get('x-wr-calname', '')).replace('\\\\,', ',').replace('\\\\;', ';')
        print(json.dumps({'name': name, 'zones': [str(z['tzid']) for z in zones], 'events': events}))
        """, arguments: [file.path])
    }

    @Test("icalendar reads timed events in Europe/Amsterdam, by our own VTIMEZONE as by its zone database")
    func timedEvents() throws {
        let object = try parse(CalendarExport.ics(group: group, plan: group.plans[0], now: now))
        #expect(object["zones"] as? [String] == ["Europe/Amsterdam"])
        #expect(object["name"] as? String == "Intervisiegroep Chirurgen, Utrecht")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.map { $0["start"] as? String } == [
            "2025-03-29T19:00:00+01:00", "2025-03-30T19:00:00+02:00", "2025-10-25T19:00:00+02:00", "2025-10-26T19:00:00+01:00", "2025-12-01",
        ])
        #expect(events.first?["end"] as? String == "2025-03-29T21:30:00+01:00")
        #expect(events.prefix(4).allSatisfy { $0["tzid"] as? String == "Europe/Amsterdam" && $0["transp"] as? String == "OPAQUE" })
        // The file's VTIMEZONE gives the same offsets: its DST rules are the EU's.
        #expect(events.prefix(4).map { $0["ownZoneOffset"] as? String } == ["1:00:00", "2:00:00", "2:00:00", "1:00:00"])
        #expect(events.map { $0["summary"] as? String }.first == "Intervisiegroep Chirurgen, Utrecht: Winter")
        #expect(events.first?["location"] as? String == "Zaal 2; 1e etage, Utrecht")
        #expect(events.dropFirst().allSatisfy { $0["location"] as? String == "" })
    }

    @Test("no time known: an all-day placeholder that leaves the day free")
    func untimedIsTransparent() throws {
        let object = try parse(CalendarExport.ics(group: group, plan: group.plans[0], now: now))
        let last = try #require((object["events"] as? [[String: Any]])?.last)
        #expect(last["timed"] as? Bool == false && last["transp"] as? String == "TRANSPARENT")
        #expect(last["end"] as? String == "2025-12-02")
        var untimed = group
        untimed.plans[0].planned = [untimed.plans[0].planned[4]]
        let ics = CalendarExport.ics(group: untimed, plan: untimed.plans[0], now: now)
        #expect(!ics.contains("VTIMEZONE"))  // no zone is written that no event uses
    }

    @Test("a planned meeting moved to another date keeps its UID; its SEQUENCE goes up")
    func movedMeeting() throws {
        var moved = group
        moved.identifyPlannedMeetings()
        let before = try parse(CalendarExport.ics(group: moved, plan: moved.plans[0], now: now))
        try moved.movePlannedMeeting(from: Fixture.date("2025-03-29"), to: Fixture.date("2025-04-05"))
        let after = try parse(CalendarExport.ics(group: moved, plan: moved.plans[0], now: now))
        let old = try #require((before["events"] as? [[String: Any]])?.first)
        let new = try #require((after["events"] as? [[String: Any]])?.first { $0["uid"] as? String == old["uid"] as? String })
        #expect(old["uid"] as? String == "intervisie-g1-pm-a@intervisie")
        #expect(new["start"] as? String == "2025-04-05T19:00:00+02:00")
        #expect(old["sequence"] as? Int == 0 && new["sequence"] as? Int == 1)
        #expect((after["events"] as? [[String: Any]])?.count == 5)
    }

    @Test("RFC 5545 text rules hold with times and places: CRLF, 75 octets, escaped commas and semicolons")
    func rfcShape() {
        let ics = CalendarExport.ics(group: group, plan: group.plans[0], now: now)
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("LOCATION:Zaal 2\\; 1e etage\\, Utrecht\r\n"))
        #expect(unfolded.contains("X-WR-CALNAME:Intervisiegroep Chirurgen\\, Utrecht\r\n"))
        #expect(unfolded.contains("DTSTART;TZID=Europe/Amsterdam:20250329T190000\r\n"))
        #expect(unfolded.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"))
        #expect(!unfolded.contains("Intervisie Intervisiegroep"))
    }
}
