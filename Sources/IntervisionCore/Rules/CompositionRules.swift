/// GROUP_SIZE, GROUP_FIXED, BIG_REGISTERED: who is in the group, judged per year (at today, or at
/// the year's end once it ended, or at its start while it is still to come).
enum CompositionRules {
    static let minimumSize = 4
    static let maximumSize = 8

    static func findings(_ j: Judgement) -> [Finding] {
        groupSize(j) + groupFixed(j) + bigRegistered(j)
    }

    static func groupSize(_ j: Judgement) -> [Finding] {
        let count = j.currentMembers.count
        let members = counted(count, "lid", "leden", "member", "members")
        if count < minimumSize {
            return [j.finding(.groupSize, .error,
                              nl: "De groep heeft \(members.nl); minimaal \(minimumSize) nodig",
                              en: "The group has \(members.en); at least \(minimumSize) needed")]
        }
        if count > maximumSize {
            return [j.finding(.groupSize, .error,
                              nl: "De groep heeft \(members.nl); maximaal \(maximumSize) toegestaan",
                              en: "The group has \(members.en); at most \(maximumSize) allowed")]
        }
        return []
    }

    /// A change of composition after the year's first meeting breaks "the same composition for a year".
    static func groupFixed(_ j: Judgement) -> [Finding] {
        let plan = j.plan
        guard let first = j.heldThisYear.first?.date else { return [] }
        var result: [Finding] = []
        for member in j.membersOfYear {
            if let joined = member.joined, joined > first, joined <= plan.to {
                let text = joinedMessage(member.name, joined)
                result.append(j.finding(.groupFixed, .warning, member: member, nl: text.nl, en: text.en))
            }
            if let left = member.left, left > first, left <= plan.to {
                let text = leftMessage(member.name, left)
                result.append(j.finding(.groupFixed, .warning, member: member, nl: text.nl, en: text.en))
            }
        }
        return result
    }

    /// nil `name`: a member still being entered (the member form before a name is typed).
    static func joinedMessage(_ name: String?, _ date: CivilDate) -> LocalizedText {
        guard let name else {
            return LocalizedText(nl: "dit lid komt op \(date.dutch) bij de groep, na de eerste bijeenkomst van de jaargang",
                                 en: "this member joins on \(date.iso), after the year's first meeting")
        }
        return LocalizedText(nl: "\(name) kwam op \(date.dutch) bij de groep, na de eerste bijeenkomst van de jaargang",
                             en: "\(name) joined on \(date.iso), after the year's first meeting")
    }

    static func leftMessage(_ name: String?, _ date: CivilDate) -> LocalizedText {
        guard let name else {
            return LocalizedText(nl: "dit lid verlaat de groep op \(date.dutch), na de eerste bijeenkomst van de jaargang",
                                 en: "this member leaves on \(date.iso), after the year's first meeting")
        }
        return LocalizedText(nl: "\(name) verliet de groep op \(date.dutch), na de eerste bijeenkomst van de jaargang",
                             en: "\(name) left on \(date.iso), after the year's first meeting")
    }

    /// A warning per member without a BIG number (listed, earns no hours), and one for the group when
    /// fewer than 4 members have one: everyone counts toward the size, but "bestaat uit BIG
    /// geregistreerde zorgprofessionals" then hardly holds.
    static func bigRegistered(_ j: Judgement) -> [Finding] {
        let members = j.currentMembers
        var result = members.filter { $0.big == nil }.map { member in
            j.finding(.bigRegistered, .warning, member: member,
                      nl: "\(member.name) heeft geen BIG-nummer en krijgt geen accreditatie-uren",
                      en: "\(member.name) has no BIG number and earns no accreditation hours")
        }
        let registered = members.reduce(0) { $0 + ($1.big == nil ? 0 : 1) }
        if registered < minimumSize && members.count >= minimumSize {
            let count = counted(registered, "lid heeft", "leden hebben", "member has", "members have")
            result.append(j.finding(.bigRegistered, .warning,
                nl: "Maar \(count.nl) een BIG-nummer; de regeling vraagt een groep van BIG-geregistreerde zorgprofessionals (minimaal \(minimumSize))",
                en: "Only \(count.en) a BIG number; the regulation asks for a group of BIG-registered professionals (at least \(minimumSize))"))
        }
        return result
    }
}

extension Group {
    /// GROUP_FIXED ("the same composition for at least a year") as it would apply to a member who
    /// joins or leaves on these dates: a warning for each date after the first meeting held in the
    /// year that contains it. The member form shows these while the dates are typed.
    public func compositionWarnings(name: String, joined: CivilDate?, left: CivilDate?, today: CivilDate) -> [LocalizedText] {
        func breaksFixedGroup(_ date: CivilDate) -> Bool {
            guard let plan = plan(containing: date) else { return false }
            let first = meetings.filter { plan.contains($0.date) && $0.date <= today }.map(\.date).min()
            return first.map { date > $0 } ?? false
        }
        let shown = name.trimmed.isEmpty ? nil : name.trimmed
        var warnings: [LocalizedText] = []
        if let joined, breaksFixedGroup(joined) { warnings.append(CompositionRules.joinedMessage(shown, joined)) }
        if let left, breaksFixedGroup(left) { warnings.append(CompositionRules.leftMessage(shown, left)) }
        return warnings
    }
}
