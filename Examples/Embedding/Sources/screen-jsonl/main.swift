import ChatScreen
import ChatScreenFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Scores a JSONL chat log (the path given, or standard input) with the built-in rule pack and
// writes one verdict line per message, as `chatscreen score` does: conversations tracked, hits
// with their evidence, flagged at `medium`.
let path = CommandLine.arguments.dropFirst().first
let input = path.map { open($0, O_RDONLY) } ?? STDIN_FILENO
guard input >= 0 else {
    print("screen-jsonl: cannot open \(path ?? "-"): \(String(cString: strerror(errno)))")
    exit(1)
}
let rules = RuleSet.builtIn                           // the default pack, compiled once
let scanner = try MessageScanner(rules: rules)        // one per thread
let tracker = ConversationTracker(rules: rules)       // follows each conversation's arc
var times = MessageTimes(field: "timestamp")
var output = VerdictOutput(format: VerdictFormat(minLevel: .medium, flaggedOnly: false, explain: false,
                                                 scoring: rules.scoring, includeFile: false))
var reader = MessageReader(fileDescriptor: input, format: .auto, fields: FieldNames())
while let record = try reader.next() {
    switch record {
    case .message(let message):
        let verdict = scanner.scan(message)
        let update = tracker.observe(verdict, of: message, timestamp: times.epochSeconds(of: message))
        try output.write(message: message, verdict: verdict, conversation: update)
    case .error(let line, let reason):
        try output.writeError(line: line, reason: reason)
    case .skipped(let message, let reason):
        try output.writeSkipped(message: message, reason: reason)
    }
}
try output.flush()
