@_exported import ChatScreenTestSupport
import Foundation


/// The built `chatscreen` binary, beside the test bundle in the products directory.
let chatscreenBinary: String = {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for candidate in [products, products.deletingLastPathComponent()] {
        let path = candidate.appendingPathComponent("chatscreen").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return repositoryRoot + "/.build/debug/chatscreen"
}()

struct ProcessResult {
    var status: Int32
    var stdout: Data
    var stderr: String
    var lines: [String] { String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    var json: [[String: Any]] {
        lines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? ["unparseable": $0] }
    }
}

/// Runs the CLI with `arguments`, feeding `input` on stdin (from a temporary file, so large
/// inputs cannot deadlock the pipe).
func run(_ arguments: [String], input: Data? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chatscreenBinary)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputURL = directory.appendingPathComponent("in"), outURL = directory.appendingPathComponent("out"),
        errURL = directory.appendingPathComponent("err")
    try (input ?? Data()).write(to: inputURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// Runs a shell pipeline (for `| head` behaviour); returns its output and status.
func shell(_ command: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

// MARK: - Conversations that span days (synthetic inputs)

/// A sextortion arc in eight messages, written for these tests: the extorter "Rex" moves the chat,
/// asks for a picture, claims a recording, lists friends, demands money and sets a deadline.
let spanningArc: [(sender: String, text: String)] = [
    ("Rex", "hey you seem really sweet, add me on snapchat so we can talk there"),
    ("Sam", "haha ok"),
    ("Rex", "send me a pic of you, nobody else will see it"),
    ("Sam", "idk"),
    ("Rex", "I screen recorded our whole video call and you were naked"),
    ("Rex", "I have a list of all your followers and your family"),
    ("Rex", "pay me 400 dollars in gift cards or I post the video everywhere"),
    ("Rex", "you have 24 hours"),
]

/// 2026-03-14T09:00:00Z: day 14, so a WhatsApp export's date order is never ambiguous.
let spanningStart: Int64 = 1_773_478_800

/// A WhatsApp (iOS) export of `messages`, message k at `start + k × gap` seconds (UTC).
func whatsAppExport(_ messages: [(sender: String, text: String)], start: Int64 = spanningStart, gap: Int64) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "dd/MM/yyyy, HH:mm:ss"
    return messages.enumerated().map { index, message in
        let date = Date(timeIntervalSince1970: TimeInterval(start + Int64(index) * gap))
        return "[\(formatter.string(from: date))] \(message.sender): \(message.text)\n"
    }.joined()
}

/// The same messages as JSONL, in conversation `conversation`, with ids `m1`, `m2`, … and epoch timestamps.
func jsonlStream(_ messages: [(sender: String, text: String)], conversation: String, start: Int64 = spanningStart,
                 gap: Int64, firstID: Int = 1) -> String {
    messages.enumerated().map { index, message in
        #"{"id":"m\#(firstID + index)","conversation":"\#(conversation)","sender":"\#(message.sender)","timestamp":"\#(start + Int64(index) * gap)","text":"\#(message.text)"}"#
            + "\n"
    }.joined()
}

/// Copies the shipped pack (Rules/) into `directory` with its `conversation { … }` block replaced
/// by `block`; returns the pack's directory, for `--rules`.
func rulePack(in directory: String, conversation block: String) throws -> String {
    let pack = directory + "/rules-\(UUID().uuidString)"
    try FileManager.default.copyItem(atPath: repositoryRoot + "/Rules", toPath: pack)
    let path = pack + "/conversation.rules"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    guard let start = text.range(of: "\nconversation {"),
          let end = text.range(of: "\n}", range: start.upperBound..<text.endIndex) else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    try (text[..<start.lowerBound] + "\n" + block + text[end.upperBound...]).write(toFile: path, atomically: true, encoding: .utf8)
    return pack
}

/// The `--conversation-summary` records of a run, parsed.
func summaryRecords(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
}
