/// GROUP_SIZE, GROUP_FIXED, BIG_REGISTERED: who is in the group.
enum CompositionRules {
    static let minimumSize = 4
    static let maximumSize = 8

    static func findings(_ j: Judgement) -> [Finding] {
        groupSize(j) + groupFixed(j) + bigRegistered(j)
    }

    static func groupSize(_ j: Judgement) -> [Finding] {
        let count = j.currentMembers.count
        if count < minimumSize {
            return [j.finding(.groupSize, .error,
                              nl: "De groep heeft \(count) leden; minimaal \(minimumSize) nodig",
                              en: "The group has \(count) members; at least \(minimumSize) needed")]
        }
        if count > maximumSize {
            return [j.finding(.groupSize, .error,
                              nl: "De groep heeft \(count) leden; maximaal \(maximumSize) toegestaan",
                              en: "The group has \(count) members; at most \(maximumSize) allowed")]
        }
        return []
    }

    /// A change of composition after the year's first meeting breaks "the same composition for a year".
    static func groupFixed(_ j: Judgement) -> [Finding] {
        guard let plan = j.plan, let first = j.heldThisYear.first?.date else { return [] }
        var result: [Finding] = []
        for member in j.membersOfYear {
            if let joined = member.joined, joined > first, joined <= plan.to {
                result.append(j.finding(.groupFixed, .warning, member: member,
                    nl: "\(member.name) kwam op \(joined.dutch) bij de groep, na de eerste bijeenkomst van het jaar",
                    en: "\(member.name) joined on \(joined.iso), after the year's first meeting"))
            }
            if let left = member.left, left > first, left <= plan.to {
                result.append(j.finding(.groupFixed, .warning, member: member,
                    nl: "\(member.name) verliet de groep op \(left.dutch), na de eerste bijeenkomst van het jaar",
                    en: "\(member.name) left on \(left.iso), after the year's first meeting"))
            }
        }
        return result
    }

    static func bigRegistered(_ j: Judgement) -> [Finding] {
        j.currentMembers.filter { $0.big == nil }.map { member in
            j.finding(.bigRegistered, .warning, member: member,
                      nl: "\(member.name) heeft geen BIG-nummer en krijgt geen accreditatie-uren",
                      en: "\(member.name) has no BIG number and earns no accreditation hours")
        }
    }
}
