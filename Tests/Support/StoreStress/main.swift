// store-stress: the helper process of the store's tests and its benchmark.
//
//   store-stress stress DIR GROUPS SAVES      save GROUPS groups round-robin, SAVES times, printing
//                                             "saved <id> <generation>" after each (killed by the test)
//   store-stress fail-write DIR ID MODE       try to save group ID once with MODE = file-size-limit
//                                             (RLIMIT_FSIZE) or as-nobody (no permission); print the error
//   store-stress write-demo DIR GROUPS        write the demo data set (DemoData, seed 1, today 2026-11-22)
//   store-stress load DIR [REPEAT]            load every group REPEAT times, print the timings
//   store-stress decode DIR                   decode the files from memory, single-threaded, in MB/s
//
// A separate executable because a test cannot SIGKILL itself, cannot drop root privileges and
// come back, and should not lower its own file size limit while other tests write files.

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data("usage: store-stress stress|fail-write|write-demo|load|decode ...\n".utf8))
    exit(2)
}
let rest = Array(arguments.dropFirst())
switch command {
case "stress": Stress.run(rest)
case "fail-write": FailWrite.run(rest)
case "write-demo": Bench.writeDemo(rest)
case "load": Bench.load(rest)
case "decode": Bench.decode(rest)
default:
    FileHandle.standardError.write(Data("store-stress: unknown command \(command)\n".utf8))
    exit(2)
}
