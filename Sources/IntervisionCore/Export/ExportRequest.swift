/// One export as the command line and the app's export dialog both ask for it: what, of which
/// group, for which plan year or evaluation. Whether it may be made, what the file is called and
/// whether it records the export date are decided here, once, so the screens (which write nothing)
/// decide them as the command line does; `ExportJob` (IntervisionExport) renders and writes it.
public struct ExportRequest: Sendable, Equatable {
    public var kind: ExportKind
    public var group: Group
    /// The plan year of a plan, attendance list or calendar.
    public var plan: YearPlan?
    /// The evaluation of an evaluation export.
    public var evaluation: Evaluation?
    /// The profile: the supervisor's name and phone where the group names none.
    public var supervisor: Supervisor?
    /// A plan marked CONCEPT, which may be incomplete and records nothing.
    public var draft: Bool
    /// The day it is made: the evaluation's figures count the meetings held up to it.
    public var today: CivilDate

    public init(_ kind: ExportKind, group: Group, plan: YearPlan? = nil, evaluation: Evaluation? = nil, supervisor: Supervisor? = nil,
                draft: Bool = false, today: CivilDate) {
        self.kind = kind
        self.group = group
        self.plan = plan
        self.evaluation = evaluation
        self.supervisor = supervisor
        self.draft = draft
        self.today = today
    }

    /// Why it cannot be made, nil when it can: a kind of one plan year without a plan, an evaluation
    /// export without an evaluation, one meeting's list of a day without a meeting held or planned,
    /// the GAIA list of a day without a meeting held,
    /// a final plan whose form has fields still empty (`PlanCompleteness`, the same check as PLAN_COMPLETE).
    public var refusal: ExportRefusal? {
        if kind.needsPlan && plan == nil { return .noPlan }
        if case .evaluation = kind, evaluation == nil { return .noEvaluation }
        if case .meetingAttendance(_, let date) = kind, !group.meetings.contains(where: { $0.date == date }),
           !group.plans.contains(where: { $0.planned.contains { $0.date == date } }) {
            return .noMeetingOn(date)
        }
        if case .gaiaList(let date) = kind, !group.meetings.contains(where: { $0.date == date }) {
            return .noHeldMeetingOn(date)
        }
        if case .plan = kind, !draft, let plan {
            let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: supervisor)
            if !missing.isEmpty { return .incompletePlan(missing: missing) }
        }
        return nil
    }

    /// A safe default name: `jaarplan-Chirurgen-Utrecht.docx`, `jaarevaluatie-2026-11-22-Chirurgen-Utrecht.md`,
    /// `groep-Chirurgen-Utrecht.json.age`.
    public var fileName: String {
        if case .evaluation(let format) = kind, let evaluation {
            return ExportFileName.safe(for: group.name, kind: "\(kind.fileKind)-\(evaluation.date.iso)", ext: format.fileExtension)
        }
        return kind.fileName(groupName: group.name)
    }

    /// A final plan export records today as the plan's export date (`Group.recordPlanExport`).
    public var recordsExport: Bool { kind.recordsExport(draft: draft) }
}
