import Foundation
import IntervisionCore

/// The plan's planned meetings as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
/// Apple Calendar import.
///
/// A meeting with a known time is an event at that time in Europe/Amsterdam (the file carries the
/// zone's VTIMEZONE, with the EU's summer-time rules); one without is an all-day placeholder that
/// does not block the day (TRANSP:TRANSPARENT). The UID comes from the planned meeting's own id, so
/// a meeting moved to another date updates its event, with a higher SEQUENCE, instead of adding a
/// second one; importing the file again after any change does the same.
public enum CalendarExport {
    /// - Parameter now: the DTSTAMP (when the file was made); a parameter so output is reproducible.
    public static func ics(group: Group, plan: YearPlan, now: Date = Date()) -> String {
        let dated = plan.planned.enumerated().compactMap { entry in entry.element.date.map { (row: entry.offset, date: $0) } }
            .sorted { ($0.date, $0.row) < ($1.date, $1.row) }
        let name = calendarName(group.name)
        var calendar = ICalendarWriter()
        calendar.property("BEGIN", raw: "VCALENDAR")
        calendar.property("VERSION", raw: "2.0")
        calendar.property("PRODID", raw: "-//intervisie//Jaarplan intervisiegroep//NL")
        calendar.property("CALSCALE", raw: "GREGORIAN")
        calendar.property("METHOD", raw: "PUBLISH")
        calendar.property("X-WR-CALNAME", text: name)
        calendar.property("X-WR-TIMEZONE", raw: AmsterdamTime.zoneID)
        if dated.contains(where: { plan.planned[$0.row].time != nil }) { AmsterdamTime.writeZone(to: &calendar) }

        let stamp = timestamp(now)
        var seen: [CivilDate: Int] = [:]
        for (row, date) in dated {
            let meeting = plan.planned[row]
            // A row without an id (a plan held only in memory) is known by its date, as before ids existed.
            seen[date, default: 0] += 1
            calendar.property("BEGIN", raw: "VEVENT")
            calendar.property("UID", raw: uid(groupID: group.id, meeting: meeting, occurrence: seen[date]!))
            calendar.property("DTSTAMP", raw: stamp)
            calendar.property("SEQUENCE", raw: String(meeting.revision))
            if let time = meeting.time {
                calendar.property("DTSTART;TZID=\(AmsterdamTime.zoneID)", raw: "\(date.compact)T\(time.start.compact)")
                calendar.property("DTEND;TZID=\(AmsterdamTime.zoneID)", raw: "\(date.compact)T\(time.end.compact)")
            } else {
                calendar.property("DTSTART;VALUE=DATE", raw: date.compact)
                calendar.property("DTEND;VALUE=DATE", raw: date.adding(days: 1).compact)
            }
            calendar.property("SUMMARY", text: summary(group: group.name, topic: meeting.topic))
            if !meeting.location.isBlank { calendar.property("LOCATION", text: TextCleaning.line(meeting.location)) }
            calendar.property("DESCRIPTION", text: description(group: group.name, plan: plan, time: meeting.time))
            // An all-day placeholder leaves the day free; a meeting at a known time takes it.
            calendar.property("TRANSP", raw: meeting.time == nil ? "TRANSPARENT" : "OPAQUE")
            calendar.property("END", raw: "VEVENT")
        }
        calendar.property("END", raw: "VCALENDAR")
        return calendar.text
    }

    /// "Intervisie Chirurgen Utrecht"; a group already named "Intervisiegroep …" keeps its name,
    /// rather than becoming "Intervisie Intervisiegroep …".
    static func calendarName(_ group: String) -> String {
        let group = TextCleaning.line(group).trimmingCharacters(in: .whitespaces)
        return group.lowercased().contains("intervisie") ? group : "Intervisie \(group)"
    }

    /// "Intervisie Chirurgen Utrecht: topic", or just the calendar's name while the topic is not known.
    static func summary(group: String, topic: String) -> String {
        let topic = TextCleaning.line(topic).trimmingCharacters(in: .whitespaces)
        let name = calendarName(group)
        return topic.isEmpty ? name : "\(name): \(topic)"
    }

    static func description(group: String, plan: YearPlan, time: MeetingTime?) -> String {
        let group = TextCleaning.line(group).trimmingCharacters(in: .whitespaces)
        let text = "Intervisiebijeenkomst van \(group) (jaargang \(plan.from.dutch) tot \(plan.to.dutch))."
        return time == nil ? text + " Tijd nog niet bekend." : text
    }

    /// `intervisie-<group id>-<planned meeting id>@intervisie`: only ASCII letters, digits and `-._`,
    /// so no escaping or folding ever touches it (other characters are percent-encoded). A planned
    /// meeting from a file written before ids existed has its date as id, so its UID is the one
    /// calendars already know.
    static func uid(groupID: GroupID, meeting: PlannedMeeting, occurrence: Int = 1) -> String {
        let id = meeting.id.rawValue.isEmpty
            ? (meeting.date?.compact ?? "") + (occurrence > 1 ? "-\(occurrence)" : "")
            : meeting.id.rawValue
        return "intervisie-\(percentEncoded(groupID.rawValue))-\(percentEncoded(id))@intervisie"
    }

    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// DTSTAMP is a UTC DATE-TIME: yyyymmddThhmmssZ.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = seconds - day.dayNumber * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.compact)T\(two(secondOfDay / 3600))\(two(secondOfDay % 3600 / 60))\(two(secondOfDay % 60))Z"
    }
}

/// The Netherlands' time zone as iCalendar describes it: CET (+01:00) in winter, CEST (+02:00) in
/// summer, from the last Sunday of March 02:00 to the last Sunday of October 03:00 (the EU's rule
/// since 1996). Written into the file, so a calendar needs no zone database of its own.
enum AmsterdamTime {
    static let zoneID = "Europe/Amsterdam"

    static func writeZone(to calendar: inout ICalendarWriter) {
        calendar.property("BEGIN", raw: "VTIMEZONE")
        calendar.property("TZID", raw: zoneID)
        calendar.property("X-LIC-LOCATION", raw: zoneID)
        calendar.property("BEGIN", raw: "DAYLIGHT")
        calendar.property("TZOFFSETFROM", raw: "+0100")
        calendar.property("TZOFFSETTO", raw: "+0200")
        calendar.property("TZNAME", raw: "CEST")
        calendar.property("DTSTART", raw: "19700329T020000")
        calendar.property("RRULE", raw: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        calendar.property("END", raw: "DAYLIGHT")
        calendar.property("BEGIN", raw: "STANDARD")
        calendar.property("TZOFFSETFROM", raw: "+0200")
        calendar.property("TZOFFSETTO", raw: "+0100")
        calendar.property("TZNAME", raw: "CET")
        calendar.property("DTSTART", raw: "19701025T030000")
        calendar.property("RRULE", raw: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        calendar.property("END", raw: "STANDARD")
        calendar.property("END", raw: "VTIMEZONE")
    }
}
