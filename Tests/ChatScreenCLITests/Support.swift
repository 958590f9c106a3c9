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
