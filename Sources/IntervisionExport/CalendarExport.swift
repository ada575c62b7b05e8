import Foundation
import IntervisionCore

/// The plan's planned meetings as an iCalendar file (RFC 5545) that calendar programs import.
///
/// Each dated meeting becomes an all-day VEVENT (the plan knows dates, not times). The UID is made
/// from the group id and the date, so importing the file again after the plan changed updates the
/// events instead of adding duplicates.
public enum CalendarExport {
    /// - Parameter now: the DTSTAMP (when the file was made); a parameter so output is reproducible.
    public static func ics(group: Group, plan: YearPlan, now: Date = Date()) -> String {
        var calendar = ICalendarWriter()
        calendar.property("BEGIN", raw: "VCALENDAR")
        calendar.property("VERSION", raw: "2.0")
        calendar.property("PRODID", raw: "-//intervisie//Jaarplan intervisiegroep//NL")
        calendar.property("CALSCALE", raw: "GREGORIAN")
        calendar.property("METHOD", raw: "PUBLISH")
        calendar.property("X-WR-CALNAME", text: "Intervisie \(group.name)")

        let stamp = timestamp(now)
        var seen: [CivilDate: Int] = [:]
        let dated = plan.planned.compactMap { meeting in meeting.date.map { (date: $0, topic: meeting.topic) } }
        for meeting in dated.sorted(by: { $0.date < $1.date }) {
            // Two rows on one date (a plan being edited) still get distinct, stable UIDs.
            seen[meeting.date, default: 0] += 1
            let occurrence = seen[meeting.date]!
            calendar.property("BEGIN", raw: "VEVENT")
            calendar.property("UID", raw: uid(groupID: group.id, date: meeting.date, occurrence: occurrence))
            calendar.property("DTSTAMP", raw: stamp)
            calendar.property("DTSTART;VALUE=DATE", raw: meeting.date.compact)
            calendar.property("DTEND;VALUE=DATE", raw: meeting.date.adding(days: 1).compact)
            calendar.property("SUMMARY", text: summary(group: group.name, topic: meeting.topic))
            calendar.property("DESCRIPTION", text: "Intervisiebijeenkomst van \(group.name) (jaargang \(plan.from.dutch) tot \(plan.to.dutch)).")
            calendar.property("TRANSP", raw: "OPAQUE")
            calendar.property("END", raw: "VEVENT")
        }
        calendar.property("END", raw: "VCALENDAR")
        return calendar.text
    }

    /// "Group: topic", or just the group's name while the topic is not known.
    static func summary(group: String, topic: String) -> String {
        let group = TextCleaning.line(group).trimmingCharacters(in: .whitespaces)
        let topic = TextCleaning.line(topic).trimmingCharacters(in: .whitespaces)
        return topic.isEmpty ? "Intervisie \(group)" : "Intervisie \(group): \(topic)"
    }

    /// `intervisie-<group id>-<yyyymmdd>[-n]@intervisie`: only ASCII letters, digits and `-._`, so no
    /// escaping or folding ever touches it (other characters of the id are percent-encoded).
    static func uid(groupID: GroupID, date: CivilDate, occurrence: Int = 1) -> String {
        var id = ""
        for byte in groupID.rawValue.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." || scalar == "_" {
                id.unicodeScalars.append(scalar)
            } else {
                id += String(format: "%%%02X", byte)
            }
        }
        let suffix = occurrence > 1 ? "-\(occurrence)" : ""
        return "intervisie-\(id)-\(date.compact)\(suffix)@intervisie"
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
