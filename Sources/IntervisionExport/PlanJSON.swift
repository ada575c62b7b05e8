import Foundation
import IntervisionCore

/// The plan as JSON, for other tools. The shape is documented in docs/exports.md and stable:
/// every key is always present (null when not filled in), keys are sorted, dates are ISO 8601
/// (YYYY-MM-DD), BIG numbers are 11-digit strings. `schemaVersion` goes up on any incompatible change.
enum PlanJSON {
    static let schemaVersion = 1

    struct Document: Encodable {
        var schema = "intervisie.yearplan"
        var schemaVersion = PlanJSON.schemaVersion
        var form: String
        var draft: Bool
        var status: String
        var group: GroupPart
        var supervisor: Person
        var contactPerson: Person?
        var participants: [Participant]
        var period: Period
        var totalMeetings: Int?
        var durationHours: Double?
        var meetings: [Meeting]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(schema, forKey: .schema)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try container.encode(form, forKey: .form)
            try container.encode(draft, forKey: .draft)
            try container.encode(status, forKey: .status)
            try container.encode(group, forKey: .group)
            try container.encode(supervisor, forKey: .supervisor)
            try container.encode(contactPerson, forKey: .contactPerson)  // null when none, never left out
            try container.encode(participants, forKey: .participants)
            try container.encode(period, forKey: .period)
            try container.encode(totalMeetings, forKey: .totalMeetings)
            try container.encode(durationHours, forKey: .durationHours)
            try container.encode(meetings, forKey: .meetings)
        }

        enum Key: String, CodingKey {
            case schema, schemaVersion, form, draft, status, group, supervisor, contactPerson, participants
            case period, totalMeetings, durationHours, meetings
        }
    }

    struct GroupPart: Encodable {
        var id: String
        var name: String
        var focusAreas: [String]
        var remarks: String
        var methods: [String]
    }

    struct Person: Encodable {
        var name: String
        var phone: String
    }

    struct Participant: Encodable {
        var name: String
        var specialism: String
        var big: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(name, forKey: .name)
            try container.encode(specialism, forKey: .specialism)
            try container.encode(big, forKey: .big)
        }

        enum Key: String, CodingKey { case name, specialism, big }
    }

    struct Period: Encodable {
        var from: String
        var to: String
    }

    struct Meeting: Encodable {
        var date: String?
        var topic: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(date, forKey: .date)
            try container.encode(topic, forKey: .topic)
        }

        enum Key: String, CodingKey { case date, topic }
    }

    static func render(_ plan: PlanContent, draft: Bool) -> Data {
        let document = Document(
            form: "\(OfficialPlanForm.title), \(OfficialPlanForm.version)",
            draft: draft,
            status: draft ? ExportDocument.draftMark : "DEFINITIEF",
            group: GroupPart(id: plan.groupID.rawValue, name: plan.groupName, focusAreas: plan.focusAreas,
                             remarks: plan.remarks, methods: plan.methods),
            supervisor: Person(name: plan.supervisor.name, phone: plan.supervisor.phone),
            contactPerson: plan.contactPerson.map { Person(name: $0.name, phone: $0.phone) },
            participants: plan.participants.map { Participant(name: $0.name, specialism: $0.specialism, big: $0.big) },
            period: Period(from: plan.from.iso, to: plan.to.iso),
            totalMeetings: plan.totalMeetings,
            durationHours: plan.durationHours,
            meetings: plan.meetings.map { Meeting(date: $0.date?.iso, topic: $0.topic) })
        let encoder = JSONEncoder()
        // JSONEncoder escapes control characters (\u001b), so none is ever written raw.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail; a failure here is a programming error.
        var data = try! encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
