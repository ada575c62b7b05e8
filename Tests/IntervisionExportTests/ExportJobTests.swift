import Foundation
import IntervisionCore
@testable import IntervisionExport
import IntervisionStore
import Testing

/// The one export job: every kind, the command line's and the app's, refused by Core's rule alone.
@Suite("Export job: every kind through one path")
struct ExportJobTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func request(_ kind: ExportKind, draft: Bool = false) -> ExportRequest {
        ExportRequest(kind, group: Fixture.group, plan: kind.needsPlan ? Fixture.plan : nil,
                      evaluation: { if case .evaluation = kind { return Fixture.group.evaluations[0] } else { return nil } }(),
                      supervisor: Fixture.supervisor, draft: draft, today: Fixture.today)
    }

    @Test func eachKindRendersWhatItsRendererMakes() throws {
        let group = Fixture.group, plan = Fixture.plan, supervisor = Fixture.supervisor
        #expect(try ExportJob.render(Self.request(.plan(.md)), now: Self.now)
            == PlanExport.render(.md, group: group, plan: plan, supervisor: supervisor, draft: false))
        #expect(try ExportJob.render(Self.request(.attendance(.csv)), now: Self.now)
            == AttendanceExport.render(.csv, group: group, plan: plan, supervisor: supervisor))
        #expect(try ExportJob.render(Self.request(.calendar), now: Self.now)
            == Data(CalendarExport.ics(group: group, plan: plan, now: Self.now).utf8))
        #expect(try ExportJob.render(Self.request(.evaluation(.html)), now: Self.now)
            == EvaluationExport.render(.html, group: group, evaluation: group.evaluations[0], supervisor: supervisor, today: Fixture.today))
        #expect(try ExportJob.render(Self.request(.groupFile(encrypted: false)), now: Self.now) == GroupCodec.encode(group))
    }

    @Test func theEncryptedGroupFileOpensWithItsPassphraseOnly() throws {
        var request = Self.request(.groupFile(encrypted: true))
        request.group.id = "g-utr-1"  // the fixture's id is no file name, which the store's reader refuses
        #expect(request.fileName.hasSuffix(".json.age"))
        #expect(throws: ExportFailure.passphraseNeeded) { try ExportJob.render(request, now: Self.now) }
        let data = try ExportJob.render(request, passphrase: "correct horse battery staple", now: Self.now)
        #expect(HandoverFile.isEncrypted(data))
        let opened = try HandoverFile.group(from: data, passphrase: "correct horse battery staple", source: "test")
        // The same group as the plain file holds (the store's reader gives planned meetings their ids).
        var plain = request
        plain.kind = .groupFile(encrypted: false)
        #expect(opened == (try HandoverFile.group(from: ExportJob.render(plain, now: Self.now), passphrase: nil, source: "test")))
        #expect(throws: HandoverError.self) { try HandoverFile.group(from: data, passphrase: "wrong", source: "test") }
    }

    @Test func coresRefusalIsTheJobsRefusal() throws {
        var incomplete = Fixture.group
        incomplete.methods = []
        let final = ExportRequest(.plan(.docx), group: incomplete, plan: Fixture.plan, supervisor: Fixture.supervisor, today: Fixture.today)
        #expect(final.refusal == .incompletePlan(missing: [.methods]))
        #expect(throws: ExportFailure.refused(.incompletePlan(missing: [.methods]))) { try ExportJob.render(final, now: Self.now) }
        var draft = final
        draft.draft = true
        #expect(draft.refusal == nil)
        #expect(try ExportJob.render(draft, now: Self.now).count > 0)

        let noPlan = ExportRequest(.calendar, group: Fixture.group, today: Fixture.today)
        #expect(throws: ExportFailure.refused(.noPlan)) { try ExportJob.render(noPlan, now: Self.now) }
        let noEvaluation = ExportRequest(.evaluation(.md), group: Fixture.group, today: Fixture.today)
        #expect(throws: ExportFailure.refused(.noEvaluation)) { try ExportJob.render(noEvaluation, now: Self.now) }
    }

    @Test func writingIsRenderingThenTheCarefulWrite() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = Self.request(.evaluation(.md))
        let url = folder.appendingPathComponent(request.fileName)
        try ExportJob.write(request, to: url, force: false, now: Self.now)
        #expect(try Data(contentsOf: url) == ExportJob.render(request, now: Self.now))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: ExportFailure.file(.exists(path: url.path))) { try ExportJob.write(request, to: url, force: false, now: Self.now) }
        // A refused export writes nothing.
        let nothing = folder.appendingPathComponent("agenda.ics")
        #expect(throws: ExportFailure.refused(.noPlan)) {
            try ExportJob.write(ExportRequest(.calendar, group: Fixture.group, today: Fixture.today), to: nothing, force: false, now: Self.now)
        }
        #expect(!FileManager.default.fileExists(atPath: nothing.path))
    }
}
