import Foundation
import IntervisionStore

#if LIBFUZZER
/// libFuzzer's entry (scripts/fuzz builds this file with -sanitize=fuzzer): called for every input
/// it makes, guided by coverage.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if FuzzTarget.seeds.isEmpty { FuzzTarget.seeds = FuzzCorpus.groups(in: FuzzCorpus.defaultFolder) }
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

/// libFuzzer's driver, given the command line and the function above.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The executable's entry as SwiftPM links it (it names `main` after the module): hands over to
/// libFuzzer's driver, which then runs like libFuzzer's own main.
@_cdecl("intervisie_fuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
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
