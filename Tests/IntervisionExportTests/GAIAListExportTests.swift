import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

/// The BIG list for GAIA as an export kind: the same bytes for the command line and the app's
/// export dialog, refused for a day without a held meeting.
@Suite("The GAIA list as an export")
struct GAIAListExportTests {
    @Test func theListIsCoresImportTextAndItsNameHasTheDate() throws {
        let group = Fixture.group
        let meeting = try #require(group.meetings.first { $0.presentCount > 0 })
        let request = ExportRequest(.gaiaList(date: meeting.date), group: group, today: Fixture.today)
        #expect(request.refusal == nil)
        let data = try ExportJob.render(request, now: Date())
        #expect(String(decoding: data, as: UTF8.self) == group.gaiaImportText(of: meeting))
        #expect(!data.isEmpty && data.last == 0x0A)
        #expect(request.fileName.hasPrefix("gaia-big-\(meeting.date.iso)-") && request.fileName.hasSuffix(".txt"))
    }

    @Test func aDayWithoutAHeldMeetingIsRefusedEvenWhenOneIsPlanned() throws {
        let group = Fixture.group
        let planned = try #require(group.plans[0].planned.compactMap(\.date).first { day in !group.meetings.contains { $0.date == day } })
        let request = ExportRequest(.gaiaList(date: planned), group: group, today: Fixture.today)
        #expect(request.refusal == .noHeldMeetingOn(planned))
        #expect(throws: ExportFailure.refused(.noHeldMeetingOn(planned))) { try ExportJob.render(request, now: Date()) }
    }
}
