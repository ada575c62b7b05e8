import Testing
@testable import IntervisionStore
import IntervisionCore

@Suite("Group ids as file names")
struct GroupFileNameTests {
    @Test("safe ids are accepted", arguments: ["g1", "gabcd12", "A-b_c.d", "0", String(repeating: "x", count: 100)])
    func valid(_ id: String) {
        #expect(GroupFileName.isValid(GroupID(id)))
    }

    @Test("anything that could escape the folder or hide is refused", arguments: [
        "", ".", "..", ".hidden", "a/b", "../x", "a\\b", "a b", "a\0b", "ümlaut", "tab\t", "x:y", "*",
        String(repeating: "x", count: 101), "new\nline", "日本",
    ])
    func invalid(_ id: String) {
        #expect(!GroupFileName.isValid(GroupID(id)))
    }

    @Test("directory entries: only visible *.json files are groups")
    func entries() {
        #expect(GroupFileName.groupID(fromFileName: "g1.json") == "g1")
        #expect(GroupFileName.groupID(fromFileName: ".g1.json.k3j2.tmp") == nil)
        #expect(GroupFileName.groupID(fromFileName: ".hidden.json") == nil)
        #expect(GroupFileName.groupID(fromFileName: "g1.json.bak") == nil)
        #expect(GroupFileName.groupID(fromFileName: ".json") == nil)
    }
}
