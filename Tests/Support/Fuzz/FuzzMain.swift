import Foundation
import IntervisionStore

#if LIBFUZZER
/// libFuzzer's entry (scripts/fuzz builds this file with -sanitize=fuzzer): it brings its own main,
/// which calls this for every input it makes, guided by coverage.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if FuzzTarget.seeds.isEmpty { FuzzTarget.seeds = FuzzCorpus.groups(in: FuzzCorpus.defaultFolder) }
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#else
/// Without libFuzzer (a plain build, as the test suite runs it): a coverage-free random driver that
/// mutates the seed corpus, for a number of seconds or of inputs.
///
///     intervisie-fuzz [--seconds S] [--inputs N] [--seed X] [--corpus DIR] [--crashes DIR]
@main
enum RandomFuzzDriver {
    static func main() {
        var options = RandomDriver.Options()
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            let value = arguments.popFirst() ?? ""
            switch argument {
            case "--seconds": options.seconds = Double(value) ?? options.seconds
            case "--inputs": options.inputs = Int(value)
            case "--seed": options.seed = UInt64(value) ?? options.seed
            case "--corpus": options.corpus = value
            case "--crashes": options.crashes = value
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
        exit(RandomDriver.run(options))
    }
}
#endif
