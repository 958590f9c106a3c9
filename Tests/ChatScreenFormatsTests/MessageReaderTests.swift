import Foundation
import Testing
@testable import ChatScreenFormats

#if canImport(Glibc)
import Glibc
#endif

/// Line splitting, format detection and streaming behaviour of `MessageReader`.
@Suite struct MessageReaderTests {
    static func message(_ line: Int, _ text: String, id: String? = nil) -> InputRecord {
        .message(InputMessage(line: line, text: Array(text.utf8), id: id))
    }

    @Test func textLinesWithBlankLinesSkipped() throws {
        let input = "first\n\n   \n\t\r\nsecond line \n \tindented\nlast without newline"
        #expect(try readRecords(input, format: .text) == [
            Self.message(1, "first"),
            Self.message(5, "second line "),
            Self.message(6, " \tindented"),
            Self.message(7, "last without newline"),
        ])
    }

    @Test func emptyAndBlankInputs() throws {
        for input in ["", "\n", "\n\n\n", " \t \r\n\r\n", "\u{FEFF}", "\u{FEFF}\n  \n"] {
            for format in InputFormat.allCases {
                let result = try readRecordsAndFormat(Array(input.utf8), format: format)
                #expect(result.records.isEmpty, "input \(input.debugDescription), format \(format)")
                #expect(result.bytesRead == input.utf8.count)
            }
        }
        #expect(try readRecordsAndFormat([], format: .auto).format == .auto)
    }

    @Test func crlfStripsOneCarriageReturn() throws {
        #expect(try readRecords("a\r\nb\r\r\nc\rd\r\n", format: .text) == [
            Self.message(1, "a"),
            Self.message(2, "b\r"),
            Self.message(3, "c\rd"),
        ])
        #expect(try readRecords("{\"text\":\"x\"}\r\n{\"text\":\"y\"}\r\n", format: .jsonl) == [
            Self.message(1, "x"), Self.message(2, "y"),
        ])
        // A final line of just "\r" is blank.
        #expect(try readRecords("a\r\n\r", format: .text) == [Self.message(1, "a")])
    }

    @Test func byteOrderMarkSkippedOnlyAtStart() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try readRecords(bom + Array("{\"text\":\"x\"}\n".utf8), format: .jsonl) == [Self.message(1, "x")])
        #expect(try readRecords(bom + Array("hello\n".utf8), format: .text) == [Self.message(1, "hello")])
        let auto = try readRecordsAndFormat(bom + Array("{\"text\":\"x\"}".utf8), format: .auto)
        #expect(auto.format == .jsonl)
        #expect(auto.records == [Self.message(1, "x")])
        // Only one BOM, only at the very start.
        #expect(try readRecords(bom + bom + Array("a".utf8), format: .text) == [.message(InputMessage(line: 1, text: bom + Array("a".utf8)))])
        #expect(try readRecords(Array("a\n".utf8) + bom + Array("b".utf8), format: .text) == [
            Self.message(1, "a"), .message(InputMessage(line: 2, text: bom + Array("b".utf8))),
        ])
        // A BOM with a tiny buffer, and a lone partial BOM.
        #expect(try readRecords(bom + Array("hi".utf8), format: .text, bufferSize: 4) == [Self.message(1, "hi")])
        #expect(try readRecords([0xEF, 0xBB], format: .text) == [.message(InputMessage(line: 1, text: [0xEF, 0xBB]))])
    }

    @Test func autoDetection() throws {
        let jsonl = try readRecordsAndFormat(Array("\n  \n {\"text\":\"a\"}\nnot json\n".utf8), format: .auto)
        #expect(jsonl.format == .jsonl)
        #expect(jsonl.records.count == 2)
        #expect(jsonl.records.first == Self.message(3, "a"))
        #expect(jsonl.records.last?.reason == "invalid JSON at column 1: expected '{': each line must be one JSON object")
        let text = try readRecordsAndFormat(Array("\nhello {\n{\"text\":\"a\"}\n".utf8), format: .auto)
        #expect(text.format == .text)
        #expect(text.records == [Self.message(2, "hello {"), Self.message(3, "{\"text\":\"a\"}")])
        // An explicit format is reported as is.
        #expect(try readRecordsAndFormat(Array("{}".utf8), format: .text).format == .text)
    }

    @Test func textIsKeptAsRawBytes() throws {
        let line: [UInt8] = [0x61, 0xFF, 0xC3, 0x00, 0x62, 0x09]   // invalid UTF-8, NUL, tab
        #expect(try readRecords(line + [0x0A], format: .text) == [.message(InputMessage(line: 1, text: line))])
    }

    /// A line longer than the buffer must come out whole, for every small buffer size.
    @Test(arguments: [1, 2, 3, 4, 5, 7, 8, 13, 64])
    func linesLongerThanTheBuffer(bufferSize: Int) throws {
        let long = String(repeating: "0123456789", count: 50)
        let input = "short\r\n\(long)\r\n\n{\"text\":\"\(long)\"}\r\nx\n\(long)"
        #expect(try readRecords(input, format: .text, bufferSize: bufferSize) == [
            Self.message(1, "short"),
            Self.message(2, long),
            Self.message(4, "{\"text\":\"\(long)\"}"),
            Self.message(5, "x"),
            Self.message(6, long),
        ])
        #expect(try readRecords("{\"text\":\"\(long)\"}\r\n\n{\"text\":\"y\"}", format: .jsonl, bufferSize: bufferSize) == [
            Self.message(1, long), Self.message(3, "y"),
        ])
    }

    @Test func hugeLineThenNormalLines() throws {
        // 3 MB on one line with a 64 KB buffer: grows, then shrinks back and carries on.
        let huge = [UInt8](repeating: UInt8(ascii: "z"), count: 3 << 20)
        var input = Array("{\"text\":\"".utf8) + huge + Array("\"}\n".utf8)
        for index in 0..<1000 { input += Array("{\"text\":\"m\(index)\"}\n".utf8) }
        let result = try readRecordsAndFormat(input, format: .auto, bufferSize: 1 << 16)
        #expect(result.records.count == 1001)
        #expect(result.records.first?.message?.text == huge)
        #expect(result.records.last == Self.message(1001, "m999"))
        #expect(result.bytesRead == input.count)
    }

    /// A pipe fed one byte at a time must give exactly what a file gives, in every format.
    @Test(arguments: InputFormat.allCases)
    func pipeOneByteAtATimeMatchesFile(format: InputFormat) throws {
        let lines = [
            "text,id,conversation\r",
            #""{""a"":1}",1,c\#r"#,
            "\r",
            "\"multi\r",
            #"line, with ""quotes""",2,c"#,
            #"{"text":"j\u00e9","id":3}"#,
            "plain line",
            #"{"text":"broken"#,
            #"unterminated,"x"#,
        ]
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\n").utf8)
        let fromFile = try readRecords(input, format: format, bufferSize: 16)
        #expect(!fromFile.isEmpty)
        #expect(try readRecordsThroughPipe(input, format: format, chunk: 1) == fromFile)
        #expect(try readRecordsThroughPipe(input, format: format, chunk: 7, bufferSize: 5) == fromFile)
        #expect(try readRecords(input, format: format, bufferSize: 1 << 20) == fromFile)
    }

    @Test func forEachStopsWhenTheBodyThrowsAndNextResumes() throws {
        struct Stop: Error {}
        let path = try temporaryFile(Array("a\nb\nc\n".utf8))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var reader = MessageReader(fileDescriptor: fd, format: .text, fields: FieldNames(), bufferSize: 4)
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            try reader.forEach { record in
                seen.append(record.line)
                if record.line == 2 { throw Stop() }
            }
        }
        #expect(seen == [1, 2])
        #expect(try reader.next() == Self.message(3, "c"))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    @Test func readErrorsThrowWithErrno() throws {
        let directory = open(FileManager.default.temporaryDirectory.path, O_RDONLY | O_DIRECTORY)
        #expect(directory >= 0)
        defer { close(directory) }
        var reader = MessageReader(fileDescriptor: directory, format: .auto, fields: FieldNames())
        let error = #expect(throws: InputReadError.self) { try reader.forEach { _ in } }
        #expect(error?.errno == EISDIR)
        #expect(error?.description.hasPrefix("cannot read input: ") == true)

        var closed = MessageReader(fileDescriptor: -1, format: .text, fields: FieldNames())
        #expect(throws: InputReadError.self) { try closed.forEach { _ in } }
    }
}
