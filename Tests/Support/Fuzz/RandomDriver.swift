import Foundation

/// The seed corpus: small files made from the demo data set (Tests/Fuzz/corpus), each one input
/// as libFuzzer reads it (a mode byte, then the body).
enum FuzzCorpus {
    /// `Tests/Fuzz/corpus` of the package this file is in.
    static var defaultFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus").path
    }

    static func inputs(in folder: String) -> [[UInt8]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map(Array.init) }
    }

    /// The valid groups among the corpus files (mutations start from these).
    static func groups(in folder: String) -> [IntervisionCore.Group] {
        inputs(in: folder).compactMap { input in
            guard input.count > 1 else { return nil }
            return try? GroupCodec.decode(Data(input.dropFirst()))
        }
    }
}

import IntervisionCore
import IntervisionStore

/// Mutates corpus inputs at random (flip, insert, delete, splice, replace with interesting bytes
/// and numbers) and runs each through `FuzzTarget`; without coverage feedback, so it finds less than
/// libFuzzer per input, but it builds with the plain toolchain and runs in the test suite. An input
/// that crashes is written to `--crashes` first (the file is there even when the process dies).
enum RandomDriver {
    struct Options {
        var seconds = 10.0
        var inputs: Int?
        var seed: UInt64 = 1
        var corpus = FuzzCorpus.defaultFolder
        var crashes = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-fuzz-crashes").path
    }

    static func run(_ options: Options) -> Int32 {
        let corpus = FuzzCorpus.inputs(in: options.corpus)
        guard !corpus.isEmpty else {
            FileHandle.standardError.write(Data("no corpus in \(options.corpus)\n".utf8))
            return 2
        }
        // Mutations start from the seed corpus's groups whatever the inputs are, as under libFuzzer,
        // so that a kept crash of either kind replays the same way.
        FuzzTarget.seeds = FuzzCorpus.groups(in: FuzzCorpus.defaultFolder)
        try? FileManager.default.createDirectory(atPath: options.crashes, withIntermediateDirectories: true)
        let pendingPath = options.crashes + "/current-input"
        let pending = open(pendingPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard pending >= 0 else {
            FileHandle.standardError.write(Data("cannot write \(pendingPath)\n".utf8))
            return 2
        }
        var random = SplitMix(seed: options.seed)
        let start = Date()
        var count = 0
        // Every corpus input once as it is, then mutations.
        for input in corpus { runOne(input, pending: pending); count += 1 }
        while Date().timeIntervalSince(start) < options.seconds && count < (options.inputs ?? .max) {
            var input = corpus[Int(random.next() % UInt64(corpus.count))]
            let rounds = 1 + Int(random.next() % 8)
            for _ in 0..<rounds { mutate(&input, &random, corpus: corpus) }
            runOne(input, pending: pending)
            count += 1
        }
        close(pending)
        try? FileManager.default.removeItem(atPath: pendingPath)
        let elapsed = Date().timeIntervalSince(start)
        print(String(format: "fuzz: %d inputs in %.1f s (%.0f/s), no crash", count, elapsed, Double(count) / elapsed))
        return 0
    }

    private static func runOne(_ input: [UInt8], pending: Int32) {
        // In the file while it runs: if it crashes, the input that did it is there. Written into
        // the page cache only (a crash of the process does not lose it): an fsync per input would
        // make the driver wait on the disk instead of fuzzing.
        ftruncate(pending, 0)
        _ = input.withUnsafeBytes { pwrite(pending, $0.baseAddress, $0.count, 0) }
        input.withUnsafeBufferPointer { FuzzTarget.run($0) }
    }

    private static let interesting: [[UInt8]] = [
        "0", "-1", "1e18", "2.5000000000000000000", "99999999999999999999", "1e400", "24.0000000000000001", "-0",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\u001b[2J\"", "null", "true", "[]", "{}", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"2026-02-29\"", "\"m1\"", "\"\"", "{\"member\": \"zz\", \"present\": false}",
    ].map { Array($0.utf8) }

    private static func mutate(_ input: inout [UInt8], _ random: inout SplitMix, corpus: [[UInt8]]) {
        let position = input.isEmpty ? 0 : Int(random.next() % UInt64(input.count))
        switch random.next() % 7 {
        case 0 where !input.isEmpty: input[position] ^= UInt8(1 << (random.next() % 8))
        case 1: input.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 2 where !input.isEmpty: input.remove(at: position)
        case 3:
            // Replace a value-ish stretch (up to the next , } ]) with an interesting one.
            let end = input[position...].firstIndex { $0 == 0x2C || $0 == 0x7D || $0 == 0x5D } ?? input.count
            input.replaceSubrange(position..<end, with: interesting[Int(random.next() % UInt64(interesting.count))])
        case 4:
            let other = corpus[Int(random.next() % UInt64(corpus.count))]
            guard !other.isEmpty else { return }
            let from = Int(random.next() % UInt64(other.count))
            let length = min(other.count - from, Int(random.next() % 64))
            input.insert(contentsOf: other[from..<(from + length)], at: position)
        case 5 where !input.isEmpty: input[0] = UInt8(truncatingIfNeeded: random.next())
        default:
            let length = min(input.count - position, Int(random.next() % 16))
            input.removeSubrange(position..<(position + length))
        }
    }
}

/// A small, fast, seeded generator: the same seed gives the same run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
