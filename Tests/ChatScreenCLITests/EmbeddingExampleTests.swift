import Foundation
import Testing

/// `Examples/Embedding` is an app that depends on ChatScreen by path and scores with
/// `RuleSet.builtIn`; it must write exactly what `chatscreen score` writes, so an embedder can
/// reproduce the CLI. Building it compiles the library again in its own scratch directory
/// (`.build-embedding`, about a minute the first time).
@Suite("Embedding example", .serialized)
struct EmbeddingExampleTests {
    static let package = repositoryRoot + "/Examples/Embedding"

    /// Builds the example package and returns its binary.
    static func build() throws -> String {
        let scratch = repositoryRoot + "/.build-embedding"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", package, "--scratch-path", scratch]
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-build-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        try #require(process.terminationStatus == 0, "swift build of Examples/Embedding failed:\n\(output.suffix(4000))")
        return scratch + "/debug/screen-jsonl"
    }

    static func runExample(_ binary: String, input: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("in.jsonl"), outURL = directory.appendingPathComponent("out")
        try input.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.arguments = [inputURL.path]
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try Data(contentsOf: outURL)
    }

    /// Synthetic records that exercise every kind of output line: a conversation that escalates,
    /// an unparseable line, invalid UTF-8 in a JSON string, and a record without text.
    static let syntheticLog = Data(("""
        {"id":"a1","conversation":"c1","sender":"Rex","timestamp":1704067200,"text":"add me on snapchat, i recorded our video call"}
        {"id":"a2","conversation":"c1","sender":"Rex","timestamp":1704070800,"text":"pay $400 by tonight or i post it to your friends"}
        not json at all
        {"id":"b1","conversation":"c2","sender":"Ana","text":"see you at the party"}
        {"id":"b2","conversation":"c2","sender":"Ana"}

        """.utf8)) + Data([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0x70, 0x61, 0x79, 0x20, 0xFF, 0x22, 0x7D, 0x0A])

    @Test("An app embedding ChatScreen by path writes byte for byte what `chatscreen score` writes")
    func sameBytesAsTheCLI() throws {
        let binary = try Self.build()
        for input in [try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Examples/sample-chat.jsonl")), Self.syntheticLog] {
            let embedded = try Self.runExample(binary, input: input)
            let cli = try run(["score", "--input", "jsonl", "-"], input: input)
            #expect(cli.status == 0)
            #expect(!embedded.isEmpty)
            #expect(embedded == cli.stdout, "the example and the CLI differ:\n\(String(decoding: embedded, as: UTF8.self))")
        }
    }

    @Test("The README shows the example's code verbatim")
    func readmeShowsTheExample() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let main = try String(contentsOfFile: Self.package + "/Sources/screen-jsonl/main.swift", encoding: .utf8)
        #expect(readme.contains("```swift\n" + main + "```"))
    }
}
