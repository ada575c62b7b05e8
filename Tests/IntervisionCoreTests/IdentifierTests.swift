import Testing
import IntervisionCore

@Suite("Typed ids")
struct IdentifierTests {
    @Test("a fresh id takes the base, then numbers it from 2 on while taken")
    func freshNumbersTakenBases() {
        #expect(MeetingID.fresh("mt-20270112", taken: []) == "mt-20270112")
        #expect(MeetingID.fresh("mt-20270112", taken: ["mt-20270112"]) == "mt-20270112-2")
        #expect(MeetingID.fresh("mt-20270112", taken: ["mt-20270112", "mt-20270112-2"]) == "mt-20270112-3")
    }

    @Test("member ids count on past the members there are and never reuse one")
    func numberedMemberIDs() {
        #expect(MemberID.fresh(numbered: "m", from: 3, taken: ["m1", "m2"]) == "m3")
        #expect(MemberID.fresh(numbered: "m", from: 2, taken: ["m1", "m2", "m3"]) == "m4")
    }

    @Test("a group id from a name is a safe slug, numbered when taken")
    func groupIDFromName() {
        #expect(Group.makeID(from: "Geïntensiveerde zorg Leiden", taken: []) == "geintensiveerde-zorg-leiden")
        #expect(Group.makeID(from: "Balint West", taken: ["balint-west"]) == "balint-west-2")
        #expect(Group.makeID(from: "!!!", taken: []) == "groep")
        // The Dutch ligature ĳ (one character, as some keyboards and PDFs give it) keeps its "ij".
        #expect(Group.makeID(from: "Ĳsselland ĳzer", taken: []) == "ijsselland-ijzer")
        #expect(Group.makeID(from: "IJsselland", taken: []) == "ijsselland")
        #expect(Group.makeID(from: "Straße Ærø", taken: []) == "strasse-aero")
    }
}
