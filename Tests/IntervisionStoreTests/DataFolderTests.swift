import Foundation
import Testing
@testable import IntervisionStore

@Suite("Where the data folder is")
struct DataFolderTests {
    private let home = "/home/marieke"

    private func resolve(_ explicit: String?, _ environment: [String: String]) -> String {
        DataFolder.resolve(explicit: explicit, environment: environment, home: home).path
    }

    @Test("--data-dir wins over everything")
    func explicitFirst() {
        #expect(resolve("/srv/data", ["INTERVISIE_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) == "/srv/data")
    }

    @Test("then $INTERVISIE_DATA")
    func environmentSecond() {
        #expect(resolve(nil, ["INTERVISIE_DATA": "/env", "XDG_DATA_HOME": "/xdg"]) == "/env")
    }

    @Test("then $XDG_DATA_HOME/intervisie")
    func xdgThird() {
        #expect(resolve(nil, ["XDG_DATA_HOME": "/xdg"]) == "/xdg/intervisie")
    }

    @Test("then ~/.local/share/intervisie")
    func homeLast() {
        #expect(resolve(nil, [:]) == "/home/marieke/.local/share/intervisie")
    }

    @Test("empty values count as not set; a relative XDG_DATA_HOME is ignored, as the XDG spec says")
    func emptyAndRelative() {
        #expect(resolve("", ["INTERVISIE_DATA": "", "XDG_DATA_HOME": ""]) == "/home/marieke/.local/share/intervisie")
        #expect(resolve(nil, ["XDG_DATA_HOME": "relative/path"]) == "/home/marieke/.local/share/intervisie")
    }

    @Test("a leading ~ is the home folder; a relative --data-dir is relative to the working folder")
    func tildeAndRelative() {
        #expect(resolve("~/intervisie", [:]) == "/home/marieke/intervisie")
        #expect(resolve(nil, ["INTERVISIE_DATA": "~"]) == "/home/marieke")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(resolve("mydata", [:]) == URL(fileURLWithPath: cwd).appendingPathComponent("mydata").standardizedFileURL.path)
    }

    @Test("resolving creates nothing")
    func pure() {
        let folder = TemporaryFolder()
        let target = folder.path + "/not-created"
        _ = DataFolder.resolve(explicit: target, environment: [:], home: home)
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
