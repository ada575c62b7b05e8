import Foundation
import IntervisionCore
import IntervisionStore

/// Why an export job wrote nothing.
public enum ExportFailure: Error, Equatable, Sendable {
    /// Core's refusal (`ExportRequest.refusal`): no plan, no evaluation, an incomplete final plan.
    case refused(ExportRefusal)
    /// An encrypted group file without a passphrase.
    case passphraseNeeded
    /// The encryption failed (`HandoverFile`).
    case encryptionFailed(LocalizedText)
    /// The file was not written (it exists, or the system refused).
    case file(ExportFileError)

    public var message: LocalizedText {
        switch self {
        case .refused(let refusal): return refusal.message
        case .passphraseNeeded:
            return LocalizedText(nl: "een versleuteld groepsbestand heeft een wachtzin nodig", en: "an encrypted group file needs a passphrase")
        case .encryptionFailed(let message): return message
        case .file(let error): return error.message
        }
    }
}

/// Every export, as the command line and the app both make it: the same refusal (Core's), the same
/// bytes, the same careful writing. The one path for the plan, the attendance list, the calendar,
/// the evaluation, the GAIA list and the group file (plain or encrypted).
public enum ExportJob {
    /// The file's bytes. A final plan is refused while fields are missing; as a draft it is marked
    /// CONCEPT. `now` is the calendar's DTSTAMP; `passphrase` encrypts a group file (age).
    public static func render(_ request: ExportRequest, passphrase: String? = nil, now: Date) throws(ExportFailure) -> Data {
        if let refusal = request.refusal { throw .refused(refusal) }
        let group = request.group
        switch request.kind {
        case .plan(let format):
            return PlanExport.render(format, group: group, plan: request.plan!, supervisor: request.supervisor, draft: request.draft)
        case .attendance(let format):
            return AttendanceExport.render(format, group: group, plan: request.plan!, supervisor: request.supervisor)
        case .meetingAttendance(let format, let date):
            guard let data = AttendanceExport.render(format, group: group, plan: request.plan!, supervisor: request.supervisor,
                                                     date: date) else { throw .refused(.noMeetingOn(date)) }
            return data
        case .calendar:
            return Data(CalendarExport.ics(group: group, plan: request.plan!, now: now).utf8)
        case .evaluation(let format):
            return EvaluationExport.render(format, group: group, evaluation: request.evaluation!, supervisor: request.supervisor,
                                           today: request.today)
        case .gaiaList(let date):
            guard let meeting = group.meetings.first(where: { $0.date == date }) else { throw .refused(.noHeldMeetingOn(date)) }
            return Data(group.gaiaImportText(of: meeting).utf8)
        case .groupFile(let encrypted):
            if encrypted && passphrase == nil { throw .passphraseNeeded }
            do throws(HandoverError) {
                return try HandoverFile.contents(of: group, passphrase: encrypted ? passphrase : nil)
            } catch {
                throw .encryptionFailed(error.message)
            }
        }
    }

    /// Renders and writes the file at `url`: 0600, never over an existing file unless `force`
    /// (`ExportFile.write`).
    public static func write(_ request: ExportRequest, to url: URL, force: Bool, passphrase: String? = nil,
                             now: Date = Date()) throws(ExportFailure) {
        let data = try render(request, passphrase: passphrase, now: now)
        do throws(ExportFileError) {
            try ExportFile.write(data, to: url, force: force)
        } catch {
            throw .file(error)
        }
    }
}
