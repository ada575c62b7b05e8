/// The plan's meeting schedule: planned meetings keep their id when they move, and count their
/// changes, so a calendar that imported them updates the event (same UID, higher SEQUENCE) instead
/// of showing it twice.
extension Group {
    /// Adds a planned meeting, or changes the one already planned on that date: a topic, time or
    /// location given replaces the old one (a location of "" removes it).
    public mutating func planMeeting(on date: CivilDate, topic: String, time: MeetingTime? = nil,
                                     location: String? = nil) throws(EditError) {
        try TextKind.topic.check(topic.trimmed, field: FieldLabel.topic)
        if let location { try TextKind.name.check(location.trimmed, field: FieldLabel.location) }
        let index = try planIndex(containing: date)
        if let row = plans[index].planned.firstIndex(where: { $0.date == date }) {
            var meeting = plans[index].planned[row]
            if !topic.trimmed.isEmpty { meeting.topic = topic.trimmed }
            if let time { meeting.time = time }
            if let location { meeting.location = location.trimmed }
            plans[index].planned[row] = meeting.revised(from: plans[index].planned[row])
            return
        }
        plans[index].planned.append(PlannedMeeting(id: freshPlannedMeetingID(for: date), date: date, topic: topic.trimmed,
                                                   time: time, location: location?.trimmed ?? ""))
        plans[index].planned.sort { ($0.date ?? .distantFuture) < ($1.date ?? .distantFuture) }
    }

    /// Moves the meeting planned on `date` to `newDate`, into the plan whose year contains it: the
    /// same meeting (its id, topic, time and place), one revision later.
    public mutating func movePlannedMeeting(from date: CivilDate, to newDate: CivilDate) throws(EditError) {
        guard let source = plans.firstIndex(where: { $0.planned.contains { $0.date == date } }),
              let row = plans[source].planned.firstIndex(where: { $0.date == date }) else { throw .noPlannedMeetingOn(date) }
        guard newDate != date else { return }
        let target = try planIndex(containing: newDate)
        if plans[target].planned.contains(where: { $0.date == newDate }) { throw .plannedMeetingExists(newDate) }
        let old = plans[source].planned.remove(at: row)
        var moved = old
        moved.date = newDate
        plans[target].planned.append(moved.revised(from: old))
        plans[target].planned.sort { ($0.date ?? .distantFuture) < ($1.date ?? .distantFuture) }
    }

    /// `pm-<date>` (`pm-<first day of the year>` for a row without a date yet), numbered when taken.
    func freshPlannedMeetingID(for date: CivilDate?, in plan: YearPlan? = nil) -> PlannedMeetingID {
        let day = date ?? plan?.from ?? .distantPast
        return .fresh("pm-\(day.compact)", taken: plannedMeetingIDs)
    }

    var plannedMeetingIDs: Set<PlannedMeetingID> { Set(plans.lazy.flatMap(\.planned).map(\.id)) }

    /// Gives every planned meeting without an id (from a file written before ids existed) the id its
    /// calendar event always had: its date, `20270115`, and `20270115-2` for a second row on that
    /// date; an undated row `pm-<first day of the year>`. The same file always gives the same ids,
    /// so exports before and after the first save agree. An id that a hand-edited file gives twice
    /// is kept by its first row; the others get new ones the same way.
    public mutating func identifyPlannedMeetings() {
        var taken = Set<PlannedMeetingID>()
        var needsID: [(plan: Int, row: Int)] = []
        for p in plans.indices {
            for r in plans[p].planned.indices {
                let id = plans[p].planned[r].id
                if id.rawValue.isEmpty || !taken.insert(id).inserted { needsID.append((p, r)) }
            }
        }
        for (p, r) in needsID {
            let base = plans[p].planned[r].date.map(\.compact) ?? "pm-\(plans[p].from.compact)"
            let id = PlannedMeetingID.fresh(base, taken: taken)
            plans[p].planned[r].id = id
            taken.insert(id)
        }
    }
}

extension PlannedMeeting {
    /// This meeting after an edit of `old`: one revision later when anything a calendar shows changed,
    /// up to the bound a file may hold (`ValueLimits.revisions`), so a saved group always reads back.
    func revised(from old: PlannedMeeting) -> PlannedMeeting {
        var meeting = self
        let changed = date != old.date || time != old.time || location != old.location || topic != old.topic
        meeting.revision = min(old.revision + (changed ? 1 : 0), ValueLimits.revisions.upperBound)
        return meeting
    }
}
