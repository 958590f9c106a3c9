import Foundation
import Testing
import ZIPFoundation

/// Runs the CLI with `input` written to its standard input through a pipe, `chunk` bytes per
/// write from another thread (so the CLI sees the partial reads of a real pipe).
func runPiped(_ arguments: [String], input: Data, chunk: Int = 4096) throws -> ProcessResult {
    signal(SIGPIPE, SIG_IGN)   // a CLI that refuses its input closes the pipe: write fails with EPIPE instead
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chatscreenBinary)
    process.arguments = arguments
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-piped-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outURL = directory.appendingPathComponent("out"), errURL = directory.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    let writer = stdin.fileHandleForWriting.fileDescriptor
    let bytes = [UInt8](input)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(writer, $0.baseAddress! + offset, min(chunk, bytes.count - offset)) }
        if written <= 0 { break }   // the CLI stopped reading (a usage error)
        offset += written
    }
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// Builds a ZIP archive at `path` from (entry path, content) pairs, deflated, in this order. The
/// archives are made at run time from synthetic text, so no binary fixture is committed.
func makeZip(_ path: String, _ entries: [(String, Data)]) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (name, data) in entries {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                             provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
}

/// `chatscreen score` on chat exports from standard input, WhatsApp zips, CSV recognised by name
/// or header, and the warning for several senders in one conversation. Every chat is synthetic
/// (`spanningArc` in Support.swift, or written here).
@Suite("chatscreen score: exports from anywhere (stdin, zip, CSV)")
struct StdinExportCommandTests {
    static func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anywhere-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    /// The verdict lines with the `conversation` field removed.
    static func withoutConversation(_ result: ProcessResult) -> [String] {
        result.json.map { record in
            var record = record
            record["conversation"] = nil
            return String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    /// A Telegram Desktop single-chat export of `messages`, one minute apart, pretty-printed
    /// over more than the 16 KiB the sniff reads (padding messages come first).
    static func telegramExport(_ messages: [(sender: String, text: String)], padding: Int) -> String {
        let all = (0..<padding).map { (sender: $0 % 2 == 0 ? "Sam" : "Rex", text: "ok \($0)") } + messages
        let body = all.enumerated().map { index, message in
            """
              {
               "id": \(index + 1),
               "type": "message",
               "date": "2026-03-14T09:00:00",
               "date_unixtime": "\(spanningStart + Int64(index) * 60)",
               "from": "\(message.sender)",
               "from_id": "user\(message.sender == "Rex" ? 1 : 2)",
               "text": "\(message.text)",
               "text_entities": []
              }
            """
        }.joined(separator: ",\n")
        return "{\n \"name\": \"Rex\",\n \"type\": \"personal_chat\",\n \"id\": 4242,\n \"messages\": [\n" + body + "\n ]\n}\n"
    }

    @Test("A WhatsApp export on standard input is scored as the file is, in the conversation \"-\"")
    func whatsAppOnStdin() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/WhatsApp Chat with Rex.txt"
        let text = whatsAppExport(spanningArc, gap: 60)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try run(["score", path])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(ChatExportCommandTests.rows(file).last?.contains("critical") == true, "the arc reaches critical")
        for (how, result) in [("pipe", try runPiped(["score"], input: Data(text.utf8), chunk: 50)),
                              ("redirect", try run(["score"], input: Data(text.utf8))),
                              ("--input whatsapp", try runPiped(["score", "--input", "whatsapp"], input: Data(text.utf8)))] {
            #expect(result.status == 0, "\(how): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(how): \(result.stderr)")
            #expect(Self.withoutConversation(result) == Self.withoutConversation(file), "\(how)")
            #expect(result.json.allSatisfy { $0["conversation"] as? String == "-" }, "\(how)")
            #expect(result.json.compactMap { $0["sender"] as? String } == spanningArc.map(\.sender), "\(how)")
        }
    }

    @Test("--input slack on standard input is a usage error that says to pass the folder")
    func slackOnStdin() throws {
        let result = try runPiped(["score", "--input", "slack"], input: Data("[]\n".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("Slack export is a folder") && result.stderr.contains("pass the folder's path"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("A Telegram export on standard input, longer than the sniff, gives the file's bytes")
    func telegramOnStdin() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/result.json"
        let text = Self.telegramExport(spanningArc, padding: 80)
        #expect(text.utf8.count > 16 * 1024)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try run(["score", path])
        #expect(file.status == 0, "\(file.stderr)")
        for chunk in [1, 333, 1 << 16] {
            let piped = try runPiped(["score"], input: Data(text.utf8), chunk: chunk)
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(piped.stdout == file.stdout, "\(chunk)-byte writes")
        }
        #expect(file.json.count == 80 + spanningArc.count)
        #expect(file.json.allSatisfy { $0["conversation"] as? String == "Rex" })
        #expect(file.json.suffix(spanningArc.count).compactMap { $0["sender"] as? String } == spanningArc.map(\.sender))
        #expect(file.json.last?["conversation_level"] as? String == "critical")
    }

    @Test("A WhatsApp .zip: the chat scored as its .txt is, then its media files as skipped records; also from stdin")
    func whatsAppZip() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = whatsAppExport(spanningArc, gap: 60)
        let txt = directory + "/WhatsApp Chat with Rex.txt", zip = directory + "/WhatsApp Chat with Rex.zip"
        try text.write(toFile: txt, atomically: true, encoding: .utf8)
        try makeZip(zip, [("WhatsApp Chat with Rex.txt", Data(text.utf8)), ("IMG-20260314-WA0001.jpg", Data([0xFF, 0xD8, 0xFF])),
                          ("PTT-20260314-WA0002.opus", Data("synthetic audio".utf8))])
        let expected = try run(["score", txt])
        for (how, result) in [("file", try run(["score", zip])), ("--input whatsapp", try run(["score", "--input", "whatsapp", zip])),
                              ("stdin", try runPiped(["score"], input: try Data(contentsOf: URL(fileURLWithPath: zip)), chunk: 100))] {
            #expect(result.status == 0, "\(how): \(result.stderr)")
            #expect(result.lines.prefix(spanningArc.count) == expected.lines[...], "\(how): the chat's verdicts")
            let media = result.json.dropFirst(spanningArc.count).map {
                "\($0["line"] ?? "") \($0["id"] ?? "") \($0["conversation"] ?? "") \($0["skipped"] ?? "")"
            }
            #expect(media == ["2 IMG-20260314-WA0001.jpg WhatsApp Chat with Rex media",
                              "3 PTT-20260314-WA0002.opus WhatsApp Chat with Rex media"], "\(how)")
        }
        // iOS names the chat _chat.txt: the conversation is the archive's name.
        let iOS = directory + "/WhatsApp Chat - Rex.zip"
        try makeZip(iOS, [("00000009-PHOTO-2026-03-14-09-00-00.jpg", Data([0xFF, 0xD8])), ("_chat.txt", Data(text.utf8))])
        let result = try run(["score", iOS])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.json.allSatisfy { $0["conversation"] as? String == "WhatsApp Chat - Rex" })
        #expect(result.json.compactMap { $0["sender"] as? String } == spanningArc.map(\.sender))
        #expect(result.json.last?["skipped"] as? String == "media" && result.json.last?["line"] as? Int == 1)
    }

    @Test("A zip without a chat text is a usage error naming the file and the fix, without its content")
    func zipWithoutChat() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let zip = directory + "/Holiday.zip"
        try makeZip(zip, [("IMG-1.jpg", Data([0xFF, 0xD8])), ("notes.txt", Data("pay 300 or I post the video\n".utf8))])
        for result in [try run(["score", zip]), try runPiped(["score"], input: try Data(contentsOf: URL(fileURLWithPath: zip)))] {
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("holds no WhatsApp chat text") && result.stderr.contains("_chat.txt"), "\(result.stderr)")
            #expect(!result.stderr.contains("pay 300"), "no message text on stderr")
        }
        #expect(try run(["score", zip]).stderr.contains(zip))
        #expect(try runPiped(["score"], input: try Data(contentsOf: URL(fileURLWithPath: zip))).stderr.contains("standard input"))
    }

    static let csv = """
        id,conversation,sender,text
        m1,c1,Rex,"hey, add me on snap"
        m2,c2,Ana,see you at 6
        m3,c1,Rex,"pay 300 dollars or I post your video to all your friends"

        """

    @Test("CSV is read by a .csv name, and by a header naming the text field on stdin or under another name")
    func csvByNameAndHeader() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Self.csv.write(toFile: directory + "/chat.csv", atomically: true, encoding: .utf8)
        try Self.csv.write(toFile: directory + "/chat.log", atomically: true, encoding: .utf8)
        let named = try run(["score", directory + "/chat.csv"])
        #expect(named.status == 0 && named.stderr.isEmpty, "\(named.stderr)")
        #expect(named.json.map { "\($0["line"] ?? "") \($0["id"] ?? "") \($0["conversation"] ?? "") \($0["sender"] ?? "")" }
            == ["2 m1 c1 Rex", "3 m2 c2 Ana", "4 m3 c1 Rex"])
        #expect(["high", "critical"].contains(named.json.last?["level"] as? String ?? ""), "the threat is scored")
        #expect(try run(["score", directory + "/chat.log"]).stdout == named.stdout)
        #expect(try runPiped(["score"], input: Data(Self.csv.utf8), chunk: 7).stdout == named.stdout)
        #expect(try run(["score", "--input", "csv", directory + "/chat.log"]).stdout == named.stdout)
        // A header naming another text column, on stdin.
        let body = Self.csv.replacingOccurrences(of: "sender,text", with: "sender,body")
        let renamed = try runPiped(["score", "--text-field", "body"], input: Data(body.utf8))
        #expect(renamed.stdout == named.stdout)
    }

    @Test("Plain text with commas stays plain text, one verdict per line")
    func commasStayText() throws {
        let text = "text,me,later\nok, see you at 6\ntext, then call me\nsure\n"
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try text.write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        for result in [try run(["score", directory + "/notes.txt"]), try runPiped(["score"], input: Data(text.utf8))] {
            #expect(result.status == 0)
            #expect(result.json.map { $0["line"] as? Int ?? 0 } == [1, 2, 3, 4])
            #expect(result.json.allSatisfy { $0["error"] == nil })
        }
    }

    @Test("Messages from several senders without a conversation field get one warning naming --conversation-field")
    func sharedConversationWarning() throws {
        let mixed = #"{"sender":"Rex","text":"pay 300 or I post it"}"# + "\n" + #"{"sender":"Ana","text":"see you at 6"}"# + "\n"
            + #"{"sender":"Rex","text":"last chance"}"# + "\n" + #"{"sender":"Bo","text":"hi"}"# + "\n"
        let warned = try run(["score"], input: Data(mixed.utf8))
        #expect(warned.status == 0)
        let lines = warned.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one warning: \(warned.stderr)")
        #expect(warned.stderr.contains("--conversation-field") && warned.stderr.contains("\"conversation\""))
        #expect(warned.stderr.contains("line 2"), "where the second sender first appears")
        for word in ["pay 300", "see you", "last chance", "Rex", "Ana"] {
            #expect(!warned.stderr.contains(word), "no message text or sender on stderr: \(word)")
        }
        #expect(warned.json.count == 4, "the warning changes no verdict")
        // The same stream as CSV, and with a renamed field.
        let csv = "sender,text\nRex,pay 300 or I post it\nAna,see you at 6\n"
        #expect(try run(["score"], input: Data(csv.utf8)).stderr.contains("--conversation-field"))
        #expect(try run(["score", "--conversation-field", "chat"], input: Data(mixed.utf8)).stderr.contains("\"chat\" field"))
        // No warning: one sender, a conversation field, or messages scored alone.
        let oneSender = #"{"sender":"Rex","text":"a"}"# + "\n" + #"{"sender":"Rex","text":"b"}"# + "\n" + #"{"text":"c"}"# + "\n"
        let withConversation = #"{"conversation":"c1","sender":"Rex","text":"a"}"# + "\n"
            + #"{"conversation":"c1","sender":"Ana","text":"b"}"# + "\n"
        for (name, input, arguments) in [("one sender", oneSender, ["score"]), ("conversations", withConversation, ["score"]),
                                         ("--no-conversation", mixed, ["score", "--no-conversation"])] {
            let quiet = try run(arguments, input: Data(input.utf8))
            #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(name): \(quiet.stderr)")
        }
    }

    @Test("A JSONL stream longer than the sniff gives the file's bytes, whatever the pipe's writes")
    func jsonlReplay() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var stream = ""
        for round in 0..<60 { stream += jsonlStream(spanningArc, conversation: "c\(round % 5)", gap: 60, firstID: round * 10) }
        #expect(stream.utf8.count > 3 * 16 * 1024)
        let path = directory + "/chat.jsonl"
        try stream.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try run(["score", path])
        #expect(file.status == 0 && file.json.count == 60 * spanningArc.count)
        for (chunk, jobs) in [(1, 1), (1000, 2), (1 << 16, 1)] {
            let piped = try runPiped(["score", "--jobs", "\(jobs)"], input: Data(stream.utf8), chunk: chunk)
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(piped.stdout == file.stdout, "\(chunk)-byte writes, --jobs \(jobs)")
            #expect(piped.stderr == file.stderr)
        }
    }
}
