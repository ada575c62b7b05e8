/// After each meeting the supervisor enters its attendance in GAIA (PE-online), which takes it only
/// after the meeting and reminds 1, 15 and 30 days after it. GAIA's "Importeren" field takes the
/// BIG numbers of those present, pasted one per line.
extension Group {
    /// Marks the attendance of the meeting held on `date` as entered in GAIA on `reportedOn`.
    /// Refused: no meeting on that date, a day after today, or a day before the meeting.
    @discardableResult
    public mutating func markAttendanceReported(meetingOn date: CivilDate, on reportedOn: CivilDate,
                                                today: CivilDate) throws(EditError) -> Meeting {
        guard let index = meetings.firstIndex(where: { $0.date == date }) else { throw .noMeetingOn(date) }
        guard reportedOn <= today else { throw .dateInFuture(reportedOn, today: today) }
        guard reportedOn >= date else { throw .reportedBeforeMeeting(reportedOn, meeting: date) }
        meetings[index].reported = reportedOn
        return meetings[index]
    }

    /// Takes back the mark: the meeting held on `date` is again waiting to be entered in GAIA
    /// (marked by mistake, or GAIA did not take it). Refused: no meeting on that date.
    @discardableResult
    public mutating func unmarkAttendanceReported(meetingOn date: CivilDate) throws(EditError) -> Meeting {
        guard let index = meetings.firstIndex(where: { $0.date == date }) else { throw .noMeetingOn(date) }
        meetings[index].reported = nil
        return meetings[index]
    }

    /// The BIG numbers (11 digits, leading zeros kept) of the BIG-registered members present at
    /// `meeting`, in the group's member order: what GAIA's import takes. Members without a BIG
    /// number earn no hours and are not in it.
    public func gaiaBIGNumbers(of meeting: Meeting) -> [BIGNumber] {
        let present = Set(meeting.attendance.lazy.filter(\.present).map(\.memberID))
        return members.filter { present.contains($0.id) }.compactMap(\.big)
    }

    /// The members present at `meeting` who are not in that list: without a BIG number, so GAIA
    /// credits them nothing (in the group's member order).
    public func presentWithoutBIG(at meeting: Meeting) -> [Member] {
        let present = Set(meeting.attendance.lazy.filter(\.present).map(\.memberID))
        return members.filter { present.contains($0.id) && $0.big == nil }
    }

    /// The same list as text to paste: one number a line, each line ending in a line feed.
    public func gaiaImportText(of meeting: Meeting) -> String {
        gaiaBIGNumbers(of: meeting).map { $0.digits + "\n" }.joined()
    }

    /// The held meeting on `date`.
    public func meeting(on date: CivilDate) throws(EditError) -> Meeting {
        guard let meeting = meetings.first(where: { $0.date == date }) else { throw .noMeetingOn(date) }
        return meeting
    }
}
