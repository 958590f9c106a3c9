import Foundation
import Testing
@testable import ChatScreenFormats

#if canImport(Glibc)
import Glibc
#endif

/// Sniffing standard input (`ExportDetector.sniff`) and replaying the sniffed bytes to the reader.
/// Every input here is synthetic, written for these tests.
@Suite struct StreamSniffTests {
    // MARK: Synthetic inputs

    /// An Android WhatsApp export, day-first, with a media line and a continuation line.
    static let whatsApp = """
        14/03/2026, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
        14/03/2026, 09:01 - Rex: hey, add me on snap
        14/03/2026, 09:02 - Sam: who is this
        14/03/2026, 09:03 - Rex: <Media omitted>
        14/03/2026, 09:04 - Rex: pay 300 or I send the video to everyone
        you have one day
        14/03/2026, 09:05 - Sam: please no

        """

    /// A pretty-printed Telegram single-chat export with `count` messages (longer than the sniff
    /// limit when `count` is large), alternating two senders.
    static func telegram(count: Int) -> String {
        var messages: [String] = []
        for index in 1...count {
            let sender = index % 2 == 0 ? "Sam" : "Rex"
            messages.append("""
                  {
                   "id": \(index),
                   "type": "message",
                   "date": "2026-03-14T09:\(String(format: "%02d", index % 60)):00",
                   "date_unixtime": "\(1_773_478_800 + index * 60)",
                   "from": "\(sender)",
                   "from_id": "user\(sender.count)\(index % 2)",
                   "text": "message \(index) from \(sender)"
                  }
                """)
        }
        return "{\n \"name\": \"Rex and Sam\",\n \"type\": \"personal_chat\",\n \"id\": 77,\n \"messages\": [\n"
            + messages.joined(separator: ",\n") + "\n ]\n}\n"
    }

    /// JSONL of `count` messages in three conversations (about 90 bytes a line).
    static func jsonl(count: Int) -> String {
        (0..<count).map { #"{"id":"m\#($0)","conversation":"c\#($0 % 3)","sender":"s\#($0 % 2)","text":"line \#($0) of the stream"}"# + "\n" }.joined()
    }

    static let csv = "id,sender,text\n1,rex,\"hey, add me\"\n2,sam,\"who is this\nreally\"\n3,rex,pay 300 or else\n"

    // MARK: Helpers

    /// Runs `body` on the read end of a pipe that another thread fills with `bytes`, `chunk`
    /// bytes per write, then closes.
    static func throughPipe<T>(_ bytes: [UInt8], chunk: Int, _ body: (Int32) throws -> T) throws -> T {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress! + offset, min(chunk, bytes.count - offset)) }
                if written <= 0 { break }
                offset += written
            }
            close(writeEnd)
            done.signal()
        }
        defer {
            done.wait()
            close(readEnd)
        }
        return try body(readEnd)
    }

    /// Every record of `fd` read as `guess` says, after replaying `prefix`.
    static func records(_ fd: Int32, _ sniffed: SniffedInput, fields: FieldNames = FieldNames()) throws -> [InputRecord] {
        switch sniffed.guess {
        case .export(let format):
            var reader = try ChatExports.reader(format: format, fileDescriptor: fd, replaying: sniffed.prefix, conversation: "-")
            return try drainExport(&reader)
        case .jsonl, .text, .csv:
            let format: InputFormat = sniffed.guess == .csv ? .csv : sniffed.guess == .jsonl ? .jsonl : .text
            var reader = MessageReader(fileDescriptor: fd, format: format, fields: fields, replaying: sniffed.prefix)
            var records: [InputRecord] = []
            try reader.forEach { records.append($0) }
            return records
        default:
            Issue.record("no reader for \(sniffed.guess)")
            return []
        }
    }

    /// The records of the same bytes read from a file by path (auto-detected as a file is).
    static func fileRecords(_ bytes: [UInt8], name: String) throws -> (guess: InputFormatGuess, records: [InputRecord]) {
        let directory = try exportTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let guess = try ExportDetector.detect(path: path)
        switch guess {
        case .export(let format):
            var reader = try ChatExports.reader(format: format, path: path, conversation: "-")
            return (guess, try drainExport(&reader))
        case .jsonl, .text, .csv:
            let format: InputFormat = guess == .csv ? .csv : guess == .jsonl ? .jsonl : .text
            return (guess, try readRecords(bytes, format: format))
        default:
            return (guess, [])
        }
    }

    // MARK: Tests

    /// (name, input, guess); the tests take the name as their argument, so a failure does not
    /// print the whole input.
    static let streams: [(String, String, InputFormatGuess)] = [
        ("whatsapp", whatsApp, .export(.whatsapp)),
        ("telegram, longer than the sniff limit", telegram(count: 120), .export(.telegram)),
        ("jsonl, longer than the sniff limit", jsonl(count: 600), .jsonl),
        ("csv", csv, .csv),
        ("text", "hello there\nhow are you\n", .text),
        ("empty", "", .text),
    ]

    /// Where two record lists first differ, for a failure message that does not print both.
    static func firstDifference(_ a: [InputRecord], _ b: [InputRecord]) -> String? {
        guard a != b else { return nil }
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return "\(a.count) vs \(b.count) records, first different at index \(index)"
    }

    @Test("A stream is recognised and read, byte for byte, as the same file is",
          arguments: streams.map(\.0), [1, 7, 4096, 1 << 20])
    func streamEqualsFile(_ name: String, chunk: Int) throws {
        let (_, text, expected) = Self.streams.first { $0.0 == name }!
        let bytes = Array(text.utf8)
        let file = try Self.fileRecords(bytes, name: "input")
        #expect(file.guess == expected, "\(name): the file")
        try Self.throughPipe(bytes, chunk: chunk) { fd in
            let sniffed = try ExportDetector.sniff(fileDescriptor: fd)
            #expect(sniffed.guess == expected, "\(name), \(chunk)-byte writes")
            #expect(bytes.starts(with: sniffed.prefix), "\(name): the prefix is the stream's first bytes")
            let difference = Self.firstDifference(try Self.records(fd, sniffed), file.records)
            #expect(difference == nil, "\(name), \(chunk)-byte writes")
            if expected != .text { #expect(!file.records.isEmpty, "\(name)") }
        }
    }

    @Test("Exports read from a stream keep their senders and conversations")
    func exportFields() throws {
        let whatsApp = try Self.throughPipe(Array(Self.whatsApp.utf8), chunk: 64) { fd in
            try Self.records(fd, try ExportDetector.sniff(fileDescriptor: fd))
        }
        #expect(whatsApp.compactMap(\.message).map { $0.sender ?? "?" } == ["Rex", "Sam", "Rex", "Sam"])
        #expect(whatsApp.compactMap(\.message).allSatisfy { $0.conversation == "-" })
        #expect(whatsApp.compactMap(\.message)[2].text == Array("pay 300 or I send the video to everyone\nyou have one day".utf8))
        let telegram = try Self.throughPipe(Array(Self.telegram(count: 120).utf8), chunk: 1000) { fd in
            try Self.records(fd, try ExportDetector.sniff(fileDescriptor: fd))
        }
        #expect(telegram.count == 120)
        #expect(telegram.compactMap(\.message).allSatisfy { $0.conversation == "Rex and Sam" })
        #expect(telegram.compactMap(\.message).last?.sender == "Sam")
        #expect(telegram.compactMap(\.message).last?.text == Array("message 120 from Sam".utf8))
    }

    /// Writes `first`, waits until the sniff has returned (up to 10 s), then writes `rest`.
    static func sniffStopsEarly(first: String, rest: String, textField: String = "text") throws -> (SniffedInput, waited: Bool) {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let sniffed = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let timedOut = Flag()
        Thread.detachNewThread {
            _ = Array(first.utf8).withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) }
            timedOut.value = sniffed.wait(timeout: .now() + 10) == .timedOut
            _ = Array(rest.utf8).withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) }
            close(writeEnd)
            done.signal()
        }
        let result = try ExportDetector.sniff(fileDescriptor: readEnd, textField: textField)
        sniffed.signal()
        done.wait()
        close(readEnd)
        return (result, timedOut.value)
    }

    final class Flag: @unchecked Sendable {
        var value = false
    }

    @Test("A live stream is decided at its first line (the first record for CSV), without waiting for more")
    func decidesEarly() throws {
        let cases: [(first: String, rest: String, guess: InputFormatGuess)] = [
            (#"{"text":"hi","sender":"a"}"# + "\n", #"{"text":"yo"}"# + "\n", .jsonl),
            (#"{"body":"hi"}"# + "\n" + #"{"#, #""body":"yo"}"# + "\n", .jsonl),
            ("just some text\n", "more text\n", .text),
            ("14/03/2026, 09:01 - Rex: hey\n", "14/03/2026, 09:02 - Sam: hi\n", .export(.whatsapp)),
            ("id,text\n1,hi\n", "2,yo\n", .csv),
        ]
        for (first, rest, guess) in cases {
            let (sniffed, waited) = try Self.sniffStopsEarly(first: first, rest: rest)
            #expect(!waited, "\(first.debugDescription): the sniff waited for more input")
            #expect(sniffed.guess == guess, "\(first.debugDescription)")
            #expect(sniffed.prefix == Array(first.utf8) && !sniffed.reachedEnd)
        }
    }

    @Test("When more bytes could change the answer, the sniff waits for them")
    func settledness() {
        for bom in [[0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            #expect(!bom.withUnsafeBufferPointer { ExportDetector.isSettled($0, textField: "text") }, "a byte order mark, cut")
        }
        let table: [(String, Bool)] = [
            ("", false), ("   \n\n", false), ("P", false), ("PK", false), ("PK\u{3}", false), ("PK\u{3}\u{4}", true),
            ("\u{FEFF}hello\n", true),
            ("{\n", false), (#"{"text":"hi"}"#, false), (#"{"text":"hi"}"# + "\n", true),
            (#"{"name":"x"}"# + "\n", false), (#"{"name":"x"}"# + "\n  \n", false), (#"{"name":"x"}"# + "\n{", true),
            ("{\n \"name\": \"x\",\n", false),
            ("[\n", false), ("[{\"ts\":\"1\"", false), ("[link] hi\n", true), ("[1, 2]\n", true),
            ("[14/03/2026, 09:01:00] Rex: hey\n", true),
            ("hello", false), ("hello\n", true), ("text, then call\n", true),
            ("id,text\n", false), ("id,text\n\n", false), ("id,text\n1,\"hi\n", false), ("id,text\n1,\"hi\nthere\"\n", true),
        ]
        for (text, settled) in table {
            let actual = Array(text.utf8).withUnsafeBufferPointer { ExportDetector.isSettled($0, textField: "text") }
            #expect(actual == settled, "\(text.debugDescription)")
        }
    }

    @Test("A reader's buffer smaller than the replayed prefix still reads every byte once")
    func tinyBuffers() throws {
        let bytes = Array(Self.jsonl(count: 400).utf8)
        let expected = try readRecords(bytes, format: .jsonl)
        for split in [0, 1, 100, 16 * 1024, bytes.count] {
            let records = try Self.throughPipe(Array(bytes[split...]), chunk: 333) { fd -> [InputRecord] in
                var reader = MessageReader(fileDescriptor: fd, format: .jsonl, fields: FieldNames(), bufferSize: 4,
                                           replaying: Array(bytes[..<split]))
                var records: [InputRecord] = []
                try reader.forEach { records.append($0) }
                return records
            }
            #expect(Self.firstDifference(records, expected) == nil, "prefix of \(split) bytes")
        }
        // A whole JSON export in the prefix, the stream already at its end.
        let telegram = Array(Self.telegram(count: 40).utf8)
        let count = try Self.throughPipe([], chunk: 1) { fd in
            var whole = try ChatExports.reader(format: .telegram, fileDescriptor: fd, replaying: telegram, conversation: nil,
                                               options: ExportOptions(bufferSize: 16))
            return try drainExport(&whole).count
        }
        #expect(count == 40)
    }

    @Test("A Slack export cannot come from a stream, and says so")
    func slackIsAFolder() {
        #expect {
            _ = try ChatExports.reader(format: .slack, fileDescriptor: 0, replaying: [], conversation: nil)
        } throws: { error in
            "\(error)".contains("Slack export is a folder") && "\(error)".contains("pass the folder's path")
        }
    }

    @Test("WhatsApp on a regular file after a sniff finds its date order in the replayed prefix")
    func whatsAppRewindKeepsPrefix() throws {
        // Month-first evidence only in the first line, which the sniff reads; the rest (past the
        // sniff limit, read from the file) is ambiguous and would be read day-first.
        var text = "3/14/26, 9:01 AM - Rex: hey\n"
        for minute in 2..<1200 { text += "3/4/26, 9:\(String(format: "%02d", minute % 60)) AM - Sam: line \(minute)\n" }
        #expect(text.utf8.count > ExportDetector.prefixLength)
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let sniffed = try ExportDetector.sniff(fileDescriptor: fd)
        #expect(sniffed.guess == .export(.whatsapp))
        var reader = try ChatExports.reader(format: .whatsapp, fileDescriptor: fd, replaying: sniffed.prefix, conversation: "-")
        let records = try drainExport(&reader)
        #expect(records.count == 1199)
        let days = Set(records.compactMap(\.message).dropFirst().compactMap { $0.timestamp?.prefix(10) })
        #expect(days == ["2026-03-04"], "month-first: 4 March, not 3 April")
    }
}

/// CSV recognised by its header; plain text with commas stays text.
@Suite struct CSVDetectionTests {
    static func guess(_ text: String, textField: String = "text") -> InputFormatGuess {
        Array(text.utf8).withUnsafeBufferPointer { ExportDetector.detect(prefix: $0, isDirectory: false, textField: textField) }
    }

    static let csv: [(String, String)] = [
        ("id,sender,text\n1,sam,hi\n", "text"),
        ("\u{FEFF}id,sender,text\n1,sam,hi\n", "text"),
        ("\"id\",\"text\"\r\n1,\"a, b\"\r\n", "text"),
        ("text,conversation\n\"two\nlines\",c1\n", "text"),
        (" id , text \n\n1,hi\n", "text"),
        ("body,message_id\nhi,1\n", "body"),
        ("msg body,id\nhi,1\n", "msg body"),   // the text field may be any name; only the others must look like columns
        ("id,text\n1,\"a very long quoted message the prefix cuts", "text"),
    ]

    @Test(arguments: csv)
    func recognised(_ text: String, textField: String) {
        #expect(Self.guess(text, textField: textField) == .csv, "\(text.debugDescription)")
    }

    static let text: [String] = [
        "text, then call me\nok\n",                  // a name with spaces is not a column
        "text,me,later\nok see you\n",               // the next line has another field count
        "text me, later\nsure, why\n",
        "id,text\n",                                 // a header with no record: one message as text
        "id,text",
        "id,sender\n1,2\n",                          // no text column
        "text\nhello\n",                             // one column
        "Text,id\nhi,1\n",                           // names are compared exactly
        "pay 500 now, text me\nthen,what\n",
        "text,\"unclosed\nhi,there\n",
        "id,text\n1,hi,extra\n",
        "text,id\nok\n",
    ]

    @Test(arguments: text)
    func plainTextStaysText(_ text: String) {
        #expect(Self.guess(text) == .text, "\(text.debugDescription)")
    }

    @Test("A .csv or .zip name decides, whatever the content; a ZIP signature decides under any name")
    func byName() throws {
        let directory = try exportTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, content, expected) in [("a.csv", "hello there\n", InputFormatGuess.csv), ("B.CSV", "{\"text\":\"hi\"}\n", .csv),
                                          ("c.zip", "not a zip\n", .zip), ("d.bin", "PK\u{3}\u{4}rest", .zip),
                                          ("e.txt", "PK\u{5}\u{6}", .zip), ("f.txt", "PK is a name\n", .text),
                                          ("csv", "hello\n", .text)] {
            try writeExportFile(directory + "/" + name, content)
            #expect(try ExportDetector.detect(path: directory + "/" + name) == expected, "\(name)")
        }
    }

    @Test("A one-line JSON object with the text field is JSONL, whatever its other keys")
    func jsonlByTextField() {
        #expect(Self.guess(#"{"channel":"general","text":"hi"}"#) == .jsonl)
        #expect(Self.guess(#"{"guild":"g","body":"hi"}"#, textField: "body") == .jsonl)
        #expect(Self.guess(#"{"channel":"general","body":"hi"}"#) == .export(.discord), "without the text field, keys decide")
        #expect(Self.guess("{\n \"text\": \"hi\",\n \"guild\": {}\n}\n") == .export(.discord), "a document spans lines")
    }
}
