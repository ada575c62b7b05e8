import Foundation

/// Which fields of the official yearly plan form are still empty (PLAN_COMPLETE), shared by the
/// rules engine, the form screen and the export.
public enum PlanCompleteness {
    /// The fields of the form that are empty, in the form's order. Optional fields (remarks, the
    /// dates and topics "as far as known") are never reported.
    public static func missingFields(group: Group, plan: YearPlan, supervisor: Supervisor?) -> [PlanField] {
        var missing: [PlanField] = []
        if group.name.isBlank { missing.append(.groupName) }
        if group.focusAreas.allSatisfy({ $0.isBlank }) { missing.append(.focusAreas) }
        let planSupervisor = group.planSupervisor(profile: supervisor)
        if planSupervisor.name.isBlank || planSupervisor.phone.isBlank { missing.append(.supervisor) }
        if let contact = group.contactPerson {
            if contact.name.isBlank || contact.phone.isBlank { missing.append(.contactPerson) }
        } else {
            missing.append(.contactPerson)
        }
        if group.methods.allSatisfy({ $0.isBlank }) { missing.append(.methods) }
        let participants = group.participants(of: plan)
        if participants.isEmpty || participants.contains(where: { $0.name.isBlank || $0.specialism.isBlank }) {
            missing.append(.participants)
        }
        if plan.totalMeetings == nil { missing.append(.totalMeetings) }
        if (plan.durationHours ?? 0) <= 0 { missing.append(.duration) }
        return missing
    }
}

extension Group {
    /// The supervisor named on this group's plan: the group's own entry, else the profile's.
    public func planSupervisor(profile: Supervisor?) -> (name: String, phone: String) {
        if !supervisorName.isBlank { return (supervisorName, supervisorPhone) }
        return (profile?.name ?? "", profile?.phone ?? "")
    }

    /// The participants listed on a year's plan: everyone who is a member at some point in the period.
    public func participants(of plan: YearPlan) -> [Member] {
        members.filter { member in
            (member.joined.map { $0 <= plan.to } ?? true) && (member.left.map { $0 > plan.from } ?? true)
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Empty or only white space. Checked per scalar: Foundation's trimming is slow, and the
    /// completeness check runs for every member of every group on every report.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
