// tui-bench: the terminal UI's benchmark (scripts/bench-tui runs it in a release build). Figures,
// not pass/fail; kept out of the shipped `intervisie` binary.
//
//   tui-bench keys GROUPS                      one key through update + view + diff, GROUPS demo groups
//   tui-bench first-frame DIR TODAY LANG       start the real app on DIR (in a terminal) and report the
//                                              time from start to the first frame drawn, then quit

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: tui-bench keys GROUPS | tui-bench first-frame DATA-DIR YYYY-MM-DD nl|en\n"
switch arguments.first {
case "keys" where arguments.count == 2:
    guard let groups = Int(arguments[1]), groups > 0 else { break }
    KeyBench.run(groups: groups)
    exit(0)
case "first-frame" where arguments.count == 4:
    exit(FirstFrameBench.run(folder: arguments[1], today: arguments[2], language: arguments[3]))
default:
    break
}
FileHandle.standardError.write(Data(usage.utf8))
exit(2)
