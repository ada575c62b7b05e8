/// A realistic, reproducible data set: for a first look at the app, for tests and for benchmarks.
///
/// Each group has 5–8 members (some without a BIG number, now and then one who left), a yearly plan
/// and 5–7 meetings a year for the last three years, absences and evaluations. A few groups carry
/// the problems supervisors meet in practice: a long gap, a member at risk, a plan not yet submitted.
/// Years that ended more than three weeks ago are closed, as a supervisor would.
public enum DemoData {
    public struct DataSet: Sendable {
        public var supervisor: Supervisor
        public var groups: [Group]
    }

    public static func generate(groups count: Int, seed: UInt64 = 1, today: CivilDate) -> DataSet {
        var random = SeededRandom(seed: seed)
        let supervisor = Supervisor(name: "Marieke van den Berg", phone: "06-12345678",
                                    registration: .coachesVoorMedici, registrationNumber: "CvM-2019-0042")
        var groups: [Group] = []
        groups.reserveCapacity(count)
        for index in 0..<count {
            groups.append(makeGroup(index: index, today: today, random: &random))
        }
        return DataSet(supervisor: supervisor, groups: groups)
    }

    // MARK: - One group

    private static func makeGroup(index: Int, today: CivilDate, random: inout SeededRandom) -> Group {
        let specialism = specialisms[random.next(below: specialisms.count)]
        let city = cities[random.next(below: cities.count)]
        let name = index < groupNames.count ? groupNames[index] : "\(specialism.group) \(city) \(index + 1)"
        var group = Group(id: GroupID(String(format6(index + 1, random: &random))), name: name,
                          focusAreas: pick(focusAreaChoices, count: 1 + random.next(below: 2), random: &random),
                          methods: pick(methodChoices, count: 2 + random.next(below: 2), random: &random),
                          remarks: random.next(below: 3) == 0 ? "Bijeenkomsten op locatie, om en om." : "")

        // The current year starts on the first of a month 0–11 months before today.
        let startOffset = random.next(below: 12)
        let currentFrom = CivilDate(year: today.year, month: today.month, day: 1)!.adding(months: -startOffset)
        let firstFrom = currentFrom.adding(years: -2)

        // Members: 5–8 at the start; now and then one leaves (and is replaced) in an earlier year.
        let size = 5 + random.next(below: 4)
        for m in 0..<size {
            group.members.append(makeMember(groupIndex: index, number: m, specialism: specialism.name, today: today, random: &random))
        }
        if random.next(below: 4) == 0 {
            let leaver = random.next(below: size)
            let leftOn = firstFrom.adding(years: 1)
            group.members[leaver].left = leftOn
            var newcomer = makeMember(groupIndex: index, number: size, specialism: specialism.name, today: today, random: &random)
            newcomer.joined = leftOn
            group.members.append(newcomer)
        }
        group.contactMemberID = group.members.first { $0.left == nil && !$0.phone.isEmpty }?.id
            ?? group.members.first { $0.left == nil }?.id

        // A group with problems, about one in five.
        let trouble = random.next(below: 5) == 0 ? random.next(below: 3) : -1
        for year in 0..<3 {
            let from = firstFrom.adding(years: year)
            let to = from.adding(years: 1).adding(days: -1)
            let isCurrent = year == 2
            addYear(to: &group, from: from, to: to, today: today, isCurrent: isCurrent,
                    trouble: isCurrent ? trouble : -1, random: &random)
        }
        return group
    }

    private static func addYear(to group: inout Group, from: CivilDate, to: CivilDate, today: CivilDate,
                                isCurrent: Bool, trouble: Int, random: inout SeededRandom) {
        let count = 5 + random.next(below: 3)
        let duration = [2.0, 2.0, 2.5, 3.0][random.next(below: 4)]
        // Meetings spread evenly over the year, a few days either way.
        let span = from.days(until: to)
        var dates: [CivilDate] = []
        for k in 0..<count {
            let base = from.adding(days: 14 + k * (span - 28) / max(count - 1, 1))
            var date = base.adding(days: random.next(below: 9) - 4)
            if trouble == 0 && k == 2 { date = date.adding(days: 45) }  // a long gap
            dates.append(min(max(date, from), to))
        }
        dates = Array(Swift.Set(dates)).sorted()
        let topics = pick(topicChoices, count: dates.count, random: &random)
        let exported: CivilDate? = (isCurrent && trouble == 1) ? nil : dates.first.map { $0.adding(days: -(7 + random.next(below: 30))) }
        // The supervisor closes a year a few weeks after it ended (a year that ended just now is still open).
        let closing = to.adding(days: 21)
        // Evenings from 19:00: the programme's net duration plus a half-hour break.
        let time = MeetingTime(start: ClockTime(minutes: 19 * 60)!, end: ClockTime(minutes: 19 * 60 + 30 + Int(duration * 60))!)
        group.plans.append(YearPlan(from: from, to: to, totalMeetings: dates.count, durationHours: duration,
                                    planned: zip(dates, topics).map {
                                        PlannedMeeting(id: PlannedMeetingID("pm-\($0.compact)"), date: $0, topic: $1, time: time)
                                    },
                                    exported: exported, submitted: exported, closed: closing <= today ? closing : nil))

        let atRisk = trouble == 2 ? group.members.first { $0.left == nil }?.id : nil
        for (k, date) in dates.enumerated() where date <= today {
            let expected = group.members(on: date)
            var attendance: [Attendance] = []
            for member in expected {
                let absent = member.id == atRisk ? k % 2 == 0 : random.next(below: 9) == 0
                let reason = absent ? absenceReasons[random.next(below: absenceReasons.count)] : ""
                attendance.append(Attendance(memberID: member.id, present: !absent, reason: reason,
                                             excused: absent && random.next(below: 3) > 0))
            }
            // Attendance goes in to GAIA a few days after the meeting.
            let reported = date.adding(days: 3)
            group.meetings.append(Meeting(id: MeetingID("\(group.id)-\(date.compact)"), date: date, topic: topics[k],
                                          method: group.methods[k % group.methods.count],
                                          durationHours: duration, attendance: attendance, time: time,
                                          reported: reported <= today ? reported : nil))
        }
        // The evaluation at the last meeting of every year that has ended.
        if let last = dates.last, last <= today, !(isCurrent && last > today) {
            let present = group.meetings.last { $0.date == last }?.attendance.filter(\.present).map(\.memberID) ?? []
            group.evaluations.append(Evaluation(id: EvaluationID("\(group.id)-ev-\(last.compact)"), date: last, year: from,
                                                participants: present, answers: evaluationAnswers))
        }
    }

    private static func makeMember(groupIndex: Int, number: Int, specialism: String, today: CivilDate,
                                   random: inout SeededRandom) -> Member {
        let first = firstNames[random.next(below: firstNames.count)]
        let last = lastNames[random.next(below: lastNames.count)]
        // About one in eight has no BIG number (listed, earns no hours).
        let big: BIGNumber? = random.next(below: 8) == 0 ? nil
            : BIGNumber(String(random.next(below: 900_000_000) + 100_000_000) + String(random.next(below: 90) + 10))
        let phone = random.next(below: 3) == 0 ? "" : "06-\(random.next(below: 90_000_000) + 10_000_000)"
        // Re-registration periods are staggered: each member's 5 years started somewhere in the last 5.
        let periodStart = CivilDate(year: today.year - 4 + random.next(below: 5), month: 1 + random.next(below: 12), day: 1)
        return Member(id: MemberID("m\(number + 1)"), name: "\(first) \(last)",
                      specialism: big == nil ? "Verpleegkundig specialist" : specialism, big: big, phone: phone,
                      registrationPeriodStart: periodStart)
    }

    private static func format6(_ n: Int, random: inout SeededRandom) -> String {
        let letters = Array("abcdefghjkmnpqrstuvwxyz")
        var id = "g"
        for _ in 0..<4 { id.append(letters[random.next(below: letters.count)]) }
        return id + String(n)
    }

    private static func pick(_ choices: [String], count: Int, random: inout SeededRandom) -> [String] {
        var pool = choices
        var result: [String] = []
        for _ in 0..<count {
            if pool.isEmpty { pool = choices }
            result.append(pool.remove(at: random.next(below: pool.count)))
        }
        return result
    }

    // MARK: - Word lists

    private static let groupNames = [
        "Chirurgen Utrecht", "Internisten Noord", "Anesthesiologie Rijnmond", "Kinderartsen Twente",
        "Geïntensiveerde zorg Leiden", "Longartsen Brabant", "Psychiaters Amsterdam-Oost", "Radiologen Zuid",
    ]
    private static let specialisms: [(name: String, group: String)] = [
        ("Chirurgie", "Chirurgen"), ("Interne geneeskunde", "Internisten"), ("Anesthesiologie", "Anesthesiologen"),
        ("Kindergeneeskunde", "Kinderartsen"), ("Longziekten", "Longartsen"), ("Psychiatrie", "Psychiaters"),
        ("Radiologie", "Radiologen"), ("Cardiologie", "Cardiologen"), ("Neurologie", "Neurologen"),
    ]
    private static let cities = ["Utrecht", "Zwolle", "Groningen", "Maastricht", "Den Haag", "Nijmegen", "Delft", "Almere"]
    private static let firstNames = [
        "Anna", "Bram", "Çelik", "Daan", "Eva", "Fatima", "Geert", "Hanna", "Iris", "Joost", "Karin", "Lotte",
        "Mohamed", "Noor", "Otto", "Petra", "Quirine", "Ruben", "Sanne", "Thijs", "Ümit", "Vera", "Wouter", "Zoë",
    ]
    private static let lastNames = [
        "de Vries", "Jansen", "Müller", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "Çelik", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    ]
    private static let focusAreaChoices = [
        "Communicatie met patiënten", "Samenwerking in het team", "Professionaliteit", "Leiderschap",
        "Omgaan met fouten", "Werk-privébalans",
    ]
    private static let methodChoices = ["Incidentmethode", "Balintmethode", "Vijfstappenmethode", "Roddelmethode"]
    private static let topicChoices = [
        "Slecht-nieuwsgesprek", "Conflict in de maatschap", "Complicatie na operatie", "Grenzen stellen",
        "Feedback geven aan aios", "Vermoeidheid en herstel", "Een klacht van een patiënt", "Keuzes aan het levenseinde",
        "Samenwerken met de huisarts", "Onzekerheid in de diagnose", "Rol als leidinggevende", "Tijdsdruk op de poli",
    ]
    private static let absenceReasons = ["Dienst", "Ziek", "Vakantie", "Congres", ""]
    private static let evaluationAnswers: [EvaluationQuestion: String] = [
        .wentWell: "Veilige sfeer; iedereen bracht een casus in.",
        .toImprove: "Vaker de Balintmethode; strakker op tijd eindigen.",
        .methodsAndThemes: "Incidentmethode werkte goed bij conflicten.",
        .inPractice: "Eerder feedback vragen aan collega's.",
        .agreements: "Volgend jaar zes bijeenkomsten, data vooraf vastgelegd.",
    ]
}

/// SplitMix64: small, fast and the same on every platform, so a seed always gives the same data.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func nextUInt64() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        return Int(nextUInt64() % UInt64(bound))
    }
}
