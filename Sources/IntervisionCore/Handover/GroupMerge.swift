/// Taking in a group file from another machine (the hand-over between contact person and supervisor).
///
/// The file is the source of the *plan part*: the basics (name, focus areas, methods, remarks,
/// supervisor on the plan, contact person), the participants and the yearly plans. The *records*
/// on this machine — held meetings with their attendance, and evaluations — are never replaced:
/// records in the file that are not here are added; a record on the same date that differs is a
/// conflict, kept as it is here and reported. Nothing that records refer to is removed: a member
/// with attendance here stays, a plan whose held meetings would fall outside it stays.
public enum GroupMerge {
    public struct Outcome: Sendable {
        /// The group as it would be after the import.
        public var merged: Group
        /// What the file changes here, one line each, in the order of the form.
        public var changes: [LocalizedText]
        /// Differences kept as they are here, one line each.
        public var conflicts: [LocalizedText]
    }

    public static func merge(local: Group, incoming: Group) -> Outcome {
        var merger = Merger(local: local, incoming: incoming)
        merger.run()
        return Outcome(merged: merger.merged, changes: merger.changes, conflicts: merger.conflicts)
    }
}

/// One merge, step by step; `changes` and `conflicts` are written as it goes.
private struct Merger {
    let local: Group
    let incoming: Group
    var merged: Group
    var changes: [LocalizedText] = []
    var conflicts: [LocalizedText] = []
    /// Incoming member id → member id here.
    var idMap: [MemberID: MemberID] = [:]

    init(local: Group, incoming: Group) {
        self.local = local
        self.incoming = incoming
        merged = local
    }

    mutating func run() {
        basics()
        members()
        contact()
        plans()
        meetings()
        evaluations()
    }

    // MARK: Basics

    mutating func basics() {
        func text(_ value: String) -> String { value.isEmpty ? "—" : "'\(value)'" }
        func list(_ values: [String]) -> String { values.isEmpty ? "—" : values.joined(separator: ", ") }
        if incoming.name != local.name {
            note(nl: "Naam: \(text(local.name)) → \(text(incoming.name))", en: "Name: \(text(local.name)) → \(text(incoming.name))")
            merged.name = incoming.name
        }
        if incoming.focusAreas != local.focusAreas {
            note(nl: "Aandachtsgebieden: \(list(local.focusAreas)) → \(list(incoming.focusAreas))",
                 en: "Focus areas: \(list(local.focusAreas)) → \(list(incoming.focusAreas))")
            merged.focusAreas = incoming.focusAreas
        }
        if incoming.methods != local.methods {
            note(nl: "Methoden: \(list(local.methods)) → \(list(incoming.methods))",
                 en: "Methods: \(list(local.methods)) → \(list(incoming.methods))")
            merged.methods = incoming.methods
        }
        if incoming.remarks != local.remarks {
            note(nl: "Opmerkingen: \(text(local.remarks)) → \(text(incoming.remarks))",
                 en: "Remarks: \(text(local.remarks)) → \(text(incoming.remarks))")
            merged.remarks = incoming.remarks
        }
        if incoming.supervisorName != local.supervisorName || incoming.supervisorPhone != local.supervisorPhone {
            func pair(_ g: Group) -> (nl: String, en: String) {
                g.supervisorName.isBlank ? ("uit het profiel", "from the profile") : ("\(g.supervisorName), \(g.supervisorPhone)", "\(g.supervisorName), \(g.supervisorPhone)")
            }
            let (before, after) = (pair(local), pair(incoming))
            note(nl: "Begeleider op het jaarplan: \(before.nl) → \(after.nl)", en: "Supervisor on the plan: \(before.en) → \(after.en)")
            merged.supervisorName = incoming.supervisorName
            merged.supervisorPhone = incoming.supervisorPhone
        }
    }

    // MARK: Members

    mutating func members() {
        var matchedLocal = Set<MemberID>()
        for person in incoming.members {
            if let here = match(person, excluding: matchedLocal) {
                matchedLocal.insert(here.id)
                idMap[person.id] = here.id
                update(here, from: person)
            } else {
                add(person)
            }
        }
        for member in local.members where !matchedLocal.contains(member.id) {
            if merged.hasRecords(member.id) || local.hasRecords(member.id) {
                conflict(nl: "Lid \(member.name) staat niet in het bestand, maar heeft bijeenkomsten hier: blijft",
                         en: "Member \(member.name) is not in the file but has meeting records here: kept")
            } else {
                merged.members.removeAll { $0.id == member.id }
                if merged.contactMemberID == member.id { merged.contactMemberID = nil }
                note(nl: "Lid verwijderd: \(member.name) (niet in het bestand, geen bijeenkomsten)",
                     en: "Member removed: \(member.name) (not in the file, no meeting records)")
            }
        }
    }

    /// The same person here: same id with the same name or BIG number, else the same BIG number,
    /// else the same name. Ids alone are not trusted: two machines number their members on their own.
    func match(_ person: Member, excluding taken: Set<MemberID>) -> Member? {
        let candidates = local.members.filter { !taken.contains($0.id) }
        func sameName(_ a: Member, _ b: Member) -> Bool { a.name.trimmed.lowercased() == b.name.trimmed.lowercased() }
        if let byID = candidates.first(where: { $0.id == person.id && (sameName($0, person) || ($0.big != nil && $0.big == person.big)) }) {
            return byID
        }
        if let big = person.big, let byBIG = candidates.first(where: { $0.big == big }) { return byBIG }
        return candidates.first { sameName($0, person) }
    }

    mutating func update(_ here: Member, from person: Member) {
        var updated = here
        updated.name = person.name
        updated.specialism = person.specialism
        updated.big = person.big
        updated.phone = person.phone
        updated.joined = person.joined ?? here.joined
        // A departure recorded on either side stands (the earlier one).
        updated.left = [here.left, person.left].compactMap { $0 }.min()
        updated.registrationPeriodStart = person.registrationPeriodStart ?? here.registrationPeriodStart
        if let big = updated.big, big != here.big, let owner = merged.members.first(where: { $0.id != here.id && $0.big == big }) {
            conflict(nl: "BIG-nummer \(big.digits) van \(person.name) hoort hier al bij \(owner.name): het nummer hier blijft",
                     en: "BIG number \(big.digits) of \(person.name) already belongs to \(owner.name) here: the number here is kept")
            updated.big = here.big
        }
        guard updated != here, let index = merged.members.firstIndex(where: { $0.id == here.id }) else { return }
        merged.members[index] = updated
        var parts: [(nl: String, en: String)] = []
        if updated.name != here.name { parts.append(("naam '\(here.name)' → '\(updated.name)'", "name '\(here.name)' → '\(updated.name)'")) }
        if updated.specialism != here.specialism {
            parts.append(("specialisme '\(here.specialism)' → '\(updated.specialism)'", "specialism '\(here.specialism)' → '\(updated.specialism)'"))
        }
        if updated.big != here.big {
            parts.append(("BIG \(here.big?.digits ?? "—") → \(updated.big?.digits ?? "—")", "BIG \(here.big?.digits ?? "—") → \(updated.big?.digits ?? "—")"))
        }
        if updated.phone != here.phone { parts.append(("telefoon \(here.phone) → \(updated.phone)", "phone \(here.phone) → \(updated.phone)")) }
        // The dates themselves, so the listing shows what will be set (a departure above all).
        func date(_ value: CivilDate?) -> (nl: String, en: String) { (value?.dutch ?? "—", value?.iso ?? "—") }
        if updated.joined != here.joined {
            parts.append(("lid vanaf \(date(here.joined).nl) → \(date(updated.joined).nl)", "member from \(date(here.joined).en) → \(date(updated.joined).en)"))
        }
        if updated.left != here.left {
            parts.append(("vertrokken per \(date(updated.left).nl)", "left on \(date(updated.left).en)"))
        }
        if updated.registrationPeriodStart != here.registrationPeriodStart {
            parts.append(("herregistratieperiode vanaf \(date(here.registrationPeriodStart).nl) → \(date(updated.registrationPeriodStart).nl)",
                          "re-registration period from \(date(here.registrationPeriodStart).en) → \(date(updated.registrationPeriodStart).en)"))
        }
        note(nl: "Lid gewijzigd: \(updated.name): " + parts.map(\.nl).joined(separator: ", "),
             en: "Member changed: \(updated.name): " + parts.map(\.en).joined(separator: ", "))
    }

    mutating func add(_ person: Member) {
        var added = person
        if merged.members.contains(where: { $0.id == person.id }) { added.id = merged.nextMemberID }
        if let big = added.big, let owner = merged.members.first(where: { $0.big == big }) {
            conflict(nl: "BIG-nummer \(big.digits) van \(person.name) hoort hier al bij \(owner.name): zonder BIG-nummer toegevoegd",
                     en: "BIG number \(big.digits) of \(person.name) already belongs to \(owner.name) here: added without it")
            added.big = nil
        }
        idMap[person.id] = added.id
        merged.members.append(added)
        let big = added.big.map { ", BIG \($0.digits)" } ?? ""
        let left: (nl: String, en: String) = added.left.map { (", vertrokken per \($0.dutch)", ", left on \($0.iso)") } ?? ("", "")
        note(nl: "Lid toegevoegd: \(added.name) (\(added.specialism)\(big)\(left.nl))",
             en: "Member added: \(added.name) (\(added.specialism)\(big)\(left.en))")
    }

    mutating func contact() {
        let wanted = incoming.contactMemberID.flatMap { idMap[$0] }
        guard wanted != local.contactMemberID else { return }
        if let wanted, merged.member(wanted)?.left != nil { return }
        merged.contactMemberID = wanted
        let name = wanted.flatMap { merged.member($0)?.name } ?? "—"
        let before = local.contactPerson?.name ?? "—"
        note(nl: "Contactpersoon: \(before) → \(name)", en: "Contact person: \(before) → \(name)")
    }

    // MARK: Plans

    mutating func plans() {
        for plan in incoming.plans {
            let label = LocalizedText(nl: "Jaarplan \(plan.from.dutch) – \(plan.to.dutch)", en: "Plan \(plan.from.iso) – \(plan.to.iso)")
            let overlapping = merged.plans.indices.filter { merged.plans[$0].from <= plan.to && plan.from <= merged.plans[$0].to }
            if overlapping.isEmpty {
                merged.plans.append(plan)
                merged.plans.sort { $0.from < $1.from }
                note(nl: "\(label.nl): nieuw, gepland: \(plan.planned.count)",
                     en: "\(label.en): new, planned: \(plan.planned.count)")
                continue
            }
            guard overlapping.count == 1 else {
                conflict(nl: "\(label.nl) overlapt meerdere jaarplannen hier: niet overgenomen",
                         en: "\(label.en) overlaps several plans here: not taken over")
                continue
            }
            let index = overlapping[0]
            let here = merged.plans[index]
            var candidate = plan
            // The latest export with what it contained; the first submission; closed once closed anywhere.
            let latestExport = [here, plan].filter { $0.exported != nil }.max { $0.exported! < $1.exported! }
            candidate.exported = latestExport?.exported
            candidate.exportedFingerprint = latestExport?.exportedFingerprint
            candidate.submitted = [here.submitted, plan.submitted].compactMap { $0 }.min()
            candidate.closed = [here.closed, plan.closed].compactMap { $0 }.min()
            guard candidate != here else { continue }
            let orphaned = merged.meetings.filter { here.contains($0.date) && !candidate.contains($0.date) }
            if let first = orphaned.first {
                conflict(nl: "\(label.nl): de bijeenkomst van \(first.date.dutch) zou buiten de jaargang vallen: het jaarplan hier blijft",
                         en: "\(label.en): the meeting of \(first.date.iso) would fall outside the year: the plan here is kept")
                continue
            }
            merged.plans[index] = candidate
            merged.plans.sort { $0.from < $1.from }
            notePlanChanges(label, from: here, to: candidate)
        }
    }

    mutating func notePlanChanges(_ label: LocalizedText, from old: YearPlan, to new: YearPlan) {
        var parts: [(nl: String, en: String)] = []
        if old.from != new.from || old.to != new.to {
            parts.append(("jaargang \(old.from.dutch) – \(old.to.dutch) → \(new.from.dutch) – \(new.to.dutch)",
                          "year \(old.from.iso) – \(old.to.iso) → \(new.from.iso) – \(new.to.iso)"))
        }
        if old.totalMeetings != new.totalMeetings {
            let (a, b) = (old.totalMeetings.map(String.init) ?? "—", new.totalMeetings.map(String.init) ?? "—")
            parts.append(("aantal bijeenkomsten \(a) → \(b)", "number of meetings \(a) → \(b)"))
        }
        if old.durationHours != new.durationHours {
            let a = old.durationHours.map { formatHours($0) } ?? "—", b = new.durationHours.map { formatHours($0) } ?? "—"
            let c = old.durationHours.map { formatHours($0, decimalSeparator: ".") } ?? "—", e = new.durationHours.map { formatHours($0, decimalSeparator: ".") } ?? "—"
            parts.append(("duur \(a) → \(b) uur", "duration \(c) → \(e) hours"))
        }
        if old.planned != new.planned {
            func row(_ m: PlannedMeeting, _ nl: Bool) -> String {
                let date = m.date.map { nl ? $0.dutch : $0.iso } ?? "—"
                return m.topic.isEmpty ? date : "\(date) '\(m.topic)'"
            }
            let added = new.planned.filter { !old.planned.contains($0) }
            let removed = old.planned.filter { !new.planned.contains($0) }
            if !added.isEmpty {
                parts.append(("gepland erbij: " + added.map { row($0, true) }.joined(separator: ", "),
                              "planned added: " + added.map { row($0, false) }.joined(separator: ", ")))
            }
            if !removed.isEmpty {
                parts.append(("gepland eraf: " + removed.map { row($0, true) }.joined(separator: ", "),
                              "planned removed: " + removed.map { row($0, false) }.joined(separator: ", ")))
            }
            if added.isEmpty && removed.isEmpty { parts.append(("volgorde van de bijeenkomsten", "order of the meetings")) }
        }
        if old.exported != new.exported, let date = new.exported {
            parts.append(("geëxporteerd op \(date.dutch)", "exported on \(date.iso)"))
        }
        if old.submitted != new.submitted, let date = new.submitted {
            parts.append(("ingediend in GAIA op \(date.dutch)", "submitted in GAIA on \(date.iso)"))
        }
        if old.closed != new.closed, let date = new.closed {
            parts.append(("afgesloten op \(date.dutch)", "closed on \(date.iso)"))
        }
        note(nl: "\(label.nl): " + parts.map(\.nl).joined(separator: "; "), en: "\(label.en): " + parts.map(\.en).joined(separator: "; "))
    }

    // MARK: Records: added when new, never replaced

    mutating func meetings() {
        for meeting in incoming.meetings {
            var mapped = meeting
            mapped.attendance = meeting.attendance.map { entry in
                var entry = entry
                entry.memberID = idMap[entry.memberID] ?? entry.memberID
                return entry
            }
            if let here = merged.meetings.first(where: { $0.date == meeting.date }) {
                var comparable = mapped
                comparable.id = here.id
                if comparable != here {
                    conflict(nl: "Bijeenkomst van \(meeting.date.dutch) verschilt van het bestand (\(differences(here, comparable).nl)): de vastlegging hier blijft",
                             en: "Meeting of \(meeting.date.iso) differs from the file (\(differences(here, comparable).en)): the record here is kept")
                }
                continue
            }
            if merged.meetings.contains(where: { $0.id == mapped.id }) { mapped.id = merged.freshMeetingID(for: mapped.date) }
            merged.meetings.append(mapped)
            merged.meetings.sort { $0.date < $1.date }
            note(nl: "Bijeenkomst toegevoegd: \(meeting.date.dutch) (\(mapped.presentCount) van \(mapped.attendance.count) aanwezig)",
                 en: "Meeting added: \(meeting.date.iso) (\(mapped.presentCount) of \(mapped.attendance.count) present)")
        }
    }

    func differences(_ a: Meeting, _ b: Meeting) -> (nl: String, en: String) {
        var parts: [(String, String)] = []
        if a.attendance != b.attendance { parts.append(("aanwezigheid", "attendance")) }
        if a.topic != b.topic { parts.append(("onderwerp", "topic")) }
        if a.method != b.method { parts.append(("methode", "method")) }
        if a.durationHours != b.durationHours { parts.append(("duur", "duration")) }
        return (parts.map(\.0).joined(separator: ", "), parts.map(\.1).joined(separator: ", "))
    }

    mutating func evaluations() {
        for evaluation in incoming.evaluations {
            var mapped = evaluation
            mapped.participants = evaluation.participants.map { idMap[$0] ?? $0 }
            if let here = merged.evaluations.first(where: { $0.date == evaluation.date }) {
                var comparable = mapped
                comparable.id = here.id
                if comparable != here {
                    conflict(nl: "Evaluatie van \(evaluation.date.dutch) verschilt van het bestand: de vastlegging hier blijft",
                             en: "Evaluation of \(evaluation.date.iso) differs from the file: the record here is kept")
                }
                continue
            }
            if merged.evaluations.contains(where: { $0.id == mapped.id }) { mapped.id = merged.freshEvaluationID(for: mapped.date) }
            merged.evaluations.append(mapped)
            merged.evaluations.sort { $0.date < $1.date }
            note(nl: "Evaluatie toegevoegd: \(evaluation.date.dutch)", en: "Evaluation added: \(evaluation.date.iso)")
        }
    }

    // MARK: Notes

    mutating func note(nl: String, en: String) { changes.append(LocalizedText(nl: nl, en: en)) }
    mutating func conflict(nl: String, en: String) { conflicts.append(LocalizedText(nl: nl, en: en)) }
}
