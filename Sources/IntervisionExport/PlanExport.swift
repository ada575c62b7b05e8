import Foundation
import IntervisionCore

/// The yearly plan ("Jaarplan intervisiegroep medisch specialisten") as a document, always in Dutch.
///
/// `draft` marks every page CONCEPT. Whether an incomplete plan may be exported at all is the
/// caller's decision (only as a draft); these functions only render.
public enum PlanExport {
    /// - Parameter supervisor: the supervisor's profile; used when the group names no supervisor of its own.
    public static func docx(group: Group, plan: YearPlan, supervisor: Supervisor?, draft: Bool) -> Data {
        DocxRenderer.render(document(group, plan, supervisor, draft))
    }

    public static func html(group: Group, plan: YearPlan, supervisor: Supervisor?, draft: Bool) -> String {
        HTMLRenderer.render(document(group, plan, supervisor, draft))
    }

    public static func markdown(group: Group, plan: YearPlan, supervisor: Supervisor?, draft: Bool) -> String {
        MarkdownRenderer.render(document(group, plan, supervisor, draft))
    }

    public static func json(group: Group, plan: YearPlan, supervisor: Supervisor?, draft: Bool) -> Data {
        PlanJSON.render(PlanContent(group: group, plan: plan, supervisor: supervisor), draft: draft)
    }

    /// The bytes of the file in `format` (text formats in UTF-8).
    public static func render(_ format: PlanFormat, group: Group, plan: YearPlan, supervisor: Supervisor?,
                              draft: Bool) -> Data {
        switch format {
        case .docx: return docx(group: group, plan: plan, supervisor: supervisor, draft: draft)
        case .html: return Data(html(group: group, plan: plan, supervisor: supervisor, draft: draft).utf8)
        case .md: return Data(markdown(group: group, plan: plan, supervisor: supervisor, draft: draft).utf8)
        case .json: return json(group: group, plan: plan, supervisor: supervisor, draft: draft)
        }
    }

    private static func document(_ group: Group, _ plan: YearPlan, _ supervisor: Supervisor?, _ draft: Bool) -> ExportDocument {
        PlanDocument.make(PlanContent(group: group, plan: plan, supervisor: supervisor), draft: draft)
    }
}
