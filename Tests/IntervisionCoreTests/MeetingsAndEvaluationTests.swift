import Testing
@testable import IntervisionCore

@Suite("Meetings and evaluation: what the screens need from Core")
struct MeetingsAndEvaluationTests {
    @Test func anEvaluationIsEditedInPlaceAndDeleted() throws {
        var group = healthyGroup()
        let first = try group.recordEvaluation(on: d("2026-11-01"), answers: [.wentWell: "Veilig"])
        let edited = try group.recordEvaluation(on: d("2026-11-02"), participants: ["m1", "m2"], answers: [.agreements: "Zes keer"],
                                                replacing: first.id)
        #expect(edited.id == first.id)
        #expect(group.evaluations.count == 1)
        #expect(group.evaluations[0].date == d("2026-11-02"))
        #expect(group.evaluations[0].answers == [.agreements: "Zes keer"])
        #expect(throws: EditError.unknownEvaluation("nope")) { try group.recordEvaluation(on: d("2026-11-02"), answers: [:], replacing: "nope") }
        #expect(throws: EditError.outsidePlan(d("2027-03-01"), from: d("2026-01-01"), to: d("2026-12-31"))) {
            try group.recordEvaluation(on: d("2027-03-01"), answers: [:])
        }
        try group.deleteEvaluation(id: first.id)
        #expect(group.evaluations.isEmpty)
        #expect(throws: EditError.unknownEvaluation(first.id)) { try group.deleteEvaluation(id: first.id) }
    }

    @Test func compositionWarningsFollowTheYearsFirstMeeting() {
        let group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        let today = d("2026-05-01")
        // On or before the first meeting: the composition is still being formed.
        #expect(group.compositionWarnings(name: "Nieuw", joined: d("2026-02-01"), left: nil, today: today).isEmpty)
        #expect(group.compositionWarnings(name: "Nieuw", joined: d("2026-01-15"), left: nil, today: today).isEmpty)
        let joining = group.compositionWarnings(name: "Nieuw", joined: d("2026-03-01"), left: nil, today: today)
        #expect(joining.map(\.en) == ["Nieuw joined on 2026-03-01, after the year's first meeting"])
        let leaving = group.compositionWarnings(name: "Lid 1", joined: nil, left: d("2026-05-01"), today: today)
        #expect(leaving.map(\.nl) == ["Lid 1 verliet de groep op 01-05-2026, na de eerste bijeenkomst van de jaargang"])
        // A year without a held meeting yet, or a date in no year: nothing to warn about.
        #expect(healthyGroup().compositionWarnings(name: "X", joined: d("2026-06-01"), left: nil, today: today).isEmpty)
        #expect(group.compositionWarnings(name: "X", joined: d("2027-06-01"), left: nil, today: today).isEmpty)
        // The engine says the same words once the change is made.
        var changed = group
        changed.members[0].left = d("2026-05-01")
        let finding = report(changed, today: "2026-05-01").findings(.groupFixed).first
        #expect(finding?.message == leaving.first)
    }

    @Test func reportChangesNameTheDueDateTheMembersAndNewErrors() throws {
        // Four meetings planned; member 1 missed the first. Missing the third too puts 75 % out of reach.
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"], absences: ["2026-02-01": [1]])
        let before = report(group, today: "2026-07-01")
        try group.recordMeeting(on: d("2026-07-01"), today: d("2026-07-01"), absent: ["m1": ("Ziek", true), "m2": ("", false)])
        let after = report(group, today: "2026-07-01")
        let changes = ReportChanges(before: before, after: after)
        #expect(changes.nextDueBefore == d("2026-07-15"))
        #expect(changes.nextDueAfter == d("2026-10-01"))
        #expect(changes.dueChanged)
        // Every member has one more meeting, but only the two absent ones read differently.
        #expect(changes.members.map(\.name) == ["Lid 1", "Lid 2"])
        let m1 = try #require(changes.members.first { $0.name == "Lid 1" })
        #expect(m1.before?.mayStillMiss == 0)
        #expect(m1.after.mayStillMiss == -1)
        #expect(changes.newErrors.map(\.rule) == [.attendance75])
        #expect(changes.newErrors.first?.memberID == "m1")
        #expect(changes.resolvedErrors.isEmpty)
        // Deleting it again resolves that error.
        let undone = ReportChanges(before: after, after: before)
        #expect(undone.resolvedErrors.map(\.rule) == [.attendance75])
        #expect(undone.newErrors.isEmpty)
    }

    @Test func aLateMeetingShowsTheGapItMade() throws {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        let before = report(group, today: "2026-06-01")
        try group.recordMeeting(on: d("2026-06-01"), today: d("2026-06-01"))
        let changes = ReportChanges(before: before, after: report(group, today: "2026-06-01"))
        #expect(changes.newErrors.contains { $0.rule == .meetingInterval && $0.message.en.hasPrefix("More than 3 months") })
        // "No meeting since" became that gap: not resolved, changed.
        #expect(changes.resolvedErrors.isEmpty)
    }
}

@Suite("Intervision methods as data")
struct MethodLibraryTests {
    static let incident = IntervisionMethod(
        name: "Incidentmethode", title: LocalizedText(nl: "Incidentmethode", en: "Incident method"), aliases: ["incident"],
        steps: [.init(title: LocalizedText(nl: "Kiezen", en: "Choose"), description: LocalizedText(nl: "…", en: "…"))])
    static let fiveStep = IntervisionMethod(name: "Vijfstappenmethode", aliases: ["5-stappenmethode"], steps: [])

    @Test func namesMatchLoosely() {
        #expect(Self.incident.isNamed("incident method"))
        #expect(Self.incident.isNamed(" INCIDENTMETHODE "))
        #expect(Self.fiveStep.isNamed("5 stappen methode"))
        #expect(Self.fiveStep.isNamed("vijf-stappenmethode"))
        #expect(!Self.fiveStep.isNamed(""))
        #expect(!Self.incident.isNamed("Balint"))
    }

    @Test func theUsersFileReplacesByNameAndAdds() {
        let mine = IntervisionMethod(name: "incidentmethode", steps: [])
        let extra = IntervisionMethod(name: "Reflectiemethode", steps: [])
        let library = MethodLibrary.merged(shipped: [Self.incident, Self.fiveStep], user: [mine, extra])
        #expect(library.methods.map(\.name) == ["incidentmethode", "Vijfstappenmethode", "Reflectiemethode"])
        #expect(library.method(named: "Incidentmethode")?.steps.isEmpty == true)
        #expect(library.method(named: "5-stappenmethode")?.name == "Vijfstappenmethode")
        #expect(library.method(named: "Onbekend") == nil)
    }

    @Test func choicesPutTheGroupsOwnMethodsFirst() {
        let library = MethodLibrary([Self.incident, Self.fiveStep])
        let group = Group(id: "g", name: "G", methods: ["5-stappenmethode", "Eigen werkvorm"])
        #expect(library.choices(for: group) == ["5-stappenmethode", "Eigen werkvorm", "Incidentmethode"])
    }
}
