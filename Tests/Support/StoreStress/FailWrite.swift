import Foundation
import IntervisionCore
import IntervisionStore

/// One save that the operating system refuses, to show the error is typed and the old file stays.
/// Prints the error's case name and message: "noSpace: ..." or "permissionDenied: ...".
enum FailWrite {
    static func run(_ arguments: [String]) {
        guard arguments.count == 3 else { Stress.fail("usage: store-stress fail-write DIR ID file-size-limit|as-nobody") }
        let store = Store(folder: URL(fileURLWithPath: arguments[0]))
        let id = GroupID(arguments[1])
        let load = store.loadAll()
        guard var group = load.groups.first(where: { $0.id == id }) else { Stress.fail("no group \(id): \(load.problems)") }

        switch arguments[2] {
        case "file-size-limit":
            // Writes past 1 KiB fail with EFBIG, as a full disk fails with ENOSPC.
            signal(SIGXFSZ, SIG_IGN)
            var limit = rlimit(rlim_cur: 1024, rlim_max: 1024)
            guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 else { Stress.fail("setrlimit failed") }
        case "as-nobody":
            // Root ignores file permissions; the test's folder is read-only for everybody else.
            if geteuid() == 0 {
                guard setgid(65534) == 0, setuid(65534) == 0 else { Stress.fail("cannot drop privileges") }
            }
        default:
            Stress.fail("unknown mode \(arguments[2])")
        }

        group.remarks = String(repeating: "a longer remark that makes the file grow. ", count: 100)
        do {
            try store.save(group)
            print("saved")
        } catch {
            print("\(caseName(error)): \(error.message.en)")
        }
    }

    static func caseName(_ error: StoreError) -> String {
        switch error {
        case .noSpace: return "noSpace"
        case .permissionDenied: return "permissionDenied"
        case .ioFailure: return "ioFailure"
        default: return "other"
        }
    }
}
