import Testing
@testable import IntervisionCore

/// Exporting is not applying: the plan's export, a change after it, and its submission in GAIA.
@Suite("The application in GAIA")
struct PlanApplicationTests {
    func notSubmitted(heldDates: [String] = []) -> Group {
        var group = healthyGroup(heldDates: heldDates)
        group.plans[0].exported = nil
        group.plans[0].submitted = nil
        return group
    }

    @Test func anExportIsRecordedWithWhatItContainedAndAChangeShowsUntilTheNextExport() {
        var group = notSubmitted()
        group.recordPlanExport(from: d("2026-01-01"), on: d("2025-12-01"), supervisor: profile)
        #expect(group.planStatus(of: group.plans[0], supervisor: profile) == .exported(d("2025-12-01")))
        #expect(group.application(of: group.plans[0], supervisor: profile).summary.nl
                == "geëxporteerd op 01-12-2025, nog niet als ingediend in GAIA gemarkeerd")

        group.plans[0].planned[1].topic = "Ander onderwerp"
        #expect(group.planStatus(of: group.plans[0], supervisor: profile) == .changedSinceExport(d("2025-12-01")))
        #expect(group.application(of: group.plans[0], supervisor: profile).exportState.nl == "gewijzigd na export op 01-12-2025")
        // The contact person's phone and the supervisor's profile are on the form too.
        var phone = group
        phone.recordPlanExport(from: d("2026-01-01"), on: d("2025-12-02"), supervisor: profile)
        phone.members[0].phone = "06-99999999"
        #expect(phone.application(of: phone.plans[0], supervisor: profile).changedSinceExport)
        var otherProfile = profile
        otherProfile.phone = "06-87654321"
        #expect(phone.application(of: phone.plans[0], supervisor: otherProfile).changedSinceExport)

        // Exported again: current, with the new date (the latest export counts now).
        group.recordPlanExport(from: d("2026-01-01"), on: d("2025-12-05"), supervisor: profile)
        #expect(group.planStatus(of: group.plans[0], supervisor: profile) == .exported(d("2025-12-05")))
        // Submitted wins.
        group.plans[0].submitted = d("2025-12-06")
        #expect(group.planStatus(of: group.plans[0], supervisor: profile) == .submitted(d("2025-12-06")))
    }

    @Test func anExportFromBeforeFingerprintsCountsAsUnchanged() {
        var group = notSubmitted()
        group.plans[0].exported = d("2025-12-01")
        group.plans[0].planned[0].topic = "Anders"
        #expect(group.planStatus(of: group.plans[0], supervisor: profile) == .exported(d("2025-12-01")))
    }

    @Test func theFingerprintIsTheSameOnEveryRunAndMachine() {
        // Recorded in files: a change of the digest would mark every exported plan as changed.
        let content = PlanContent(group: healthyGroup(), plan: healthyGroup().plans[0], supervisor: profile)
        #expect(content.fingerprint == "cbd5d220548420e8")
        #expect(content.fingerprint.count == 16)
    }

    @Test func markingSubmittedTakesThePlanStillToApplyFor() throws {
        var group = notSubmitted()
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31")))
        let first = try group.markSubmitted(on: d("2025-12-10"), today: d("2025-12-10"))
        #expect(first.from == d("2026-01-01") && group.plans[0].submitted == d("2025-12-10"))
        let next = try group.markSubmitted(on: d("2026-11-30"), today: d("2026-12-01"))
        #expect(next.from == d("2027-01-01"))
        #expect(throws: EditError.nothingToSubmit) { try group.markSubmitted(on: d("2026-12-01"), today: d("2026-12-01")) }
        #expect(throws: EditError.dateInFuture(d("2026-12-02"), today: d("2026-12-01"))) {
            try group.markSubmitted(from: d("2027-01-01"), on: d("2026-12-02"), today: d("2026-12-01"))
        }
        try group.markSubmitted(from: d("2027-06-01"), on: d("2026-11-20"), today: d("2026-12-01"))  // any day names the plan
        #expect(group.plans[1].submitted == d("2026-11-20"))
    }

    @Test func theMeetingFormIsWarnedBeforeAMeetingMakesPlanBeforeFirstAnError() {
        let group = notSubmitted()
        let warning = group.planBeforeFirstWarning(meetingOn: d("2026-02-01"), supervisor: profile)
        #expect(warning?.nl == "Het jaarplan is nog niet geëxporteerd, nog niet als ingediend in GAIA gemarkeerd: deze bijeenkomst vastleggen maakt PLAN_BEFORE_FIRST een fout. Al ingediend? Markeer het eerst als ingediend.")
        // Submitted on the day itself or before: nothing to warn about.
        var submitted = group
        submitted.plans[0].submitted = d("2026-02-01")
        #expect(submitted.planBeforeFirstWarning(meetingOn: d("2026-02-01"), supervisor: profile) == nil)
        // Submitted only later than this meeting.
        #expect(submitted.planBeforeFirstWarning(meetingOn: d("2026-01-20"), supervisor: profile)?.en
                == "The plan was only submitted in GAIA on 2026-02-01: a meeting on 2026-01-20 makes PLAN_BEFORE_FIRST an error")
        // Already an error (an earlier meeting): this one does not make it one.
        let held = notSubmitted(heldDates: ["2026-02-01"])
        #expect(held.planBeforeFirstWarning(meetingOn: d("2026-04-15"), supervisor: profile) == nil)
        // Editing that very meeting: it would (still) be the first.
        #expect(held.planBeforeFirstWarning(meetingOn: d("2026-02-03"), replacing: "mt-2026-02-01", supervisor: profile) != nil)
        // A date in no plan: the record is refused anyway.
        #expect(group.planBeforeFirstWarning(meetingOn: d("2027-02-01"), supervisor: profile) == nil)
    }

    @Test func theHandOverKeepsTheLatestExportWithItsFingerprintAndTheClosing() {
        var local = healthyGroup()
        local.plans[0].exported = nil
        local.recordPlanExport(from: d("2026-01-01"), on: d("2025-12-01"), supervisor: profile)
        var incoming = local
        incoming.plans[0].planned[0].topic = "Nieuw"
        incoming.recordPlanExport(from: d("2026-01-01"), on: d("2025-12-08"), supervisor: profile)
        incoming.plans[0].closed = d("2027-01-10")
        let merged = GroupMerge.merge(local: local, incoming: incoming).merged
        #expect(merged.plans[0].exported == d("2025-12-08"))
        #expect(merged.plans[0].exportedFingerprint == incoming.plans[0].exportedFingerprint)
        #expect(merged.plans[0].closed == d("2027-01-10"))
        #expect(merged.planStatus(of: merged.plans[0], supervisor: profile) == .submitted(d("2025-12-15")))
        #expect(!merged.application(of: merged.plans[0], supervisor: profile).changedSinceExport)
    }
}
