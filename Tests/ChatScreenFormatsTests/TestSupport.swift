import ChatScreenTestSupport
import Foundation
import Testing
@testable import ChatScreenFormats

#if canImport(Glibc)
import Glibc
#endif

/// Writes `bytes` to a fresh temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("chatscreen-formats-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    return url.path
}

/// Reads every record of `bytes` (through a temporary file) with a `MessageReader`.
func readRecords(
    _ bytes: [UInt8],
    format: InputFormat,
    fields: FieldNames = FieldNames(),
    bufferSize: Int = 1 << 20
) throws -> [InputRecord] {
    try readRecordsAndFormat(bytes, format: format, fields: fields, bufferSize: bufferSize).records
}

/// Like `readRecords`, also returning the resolved format and the byte count.
func readRecordsAndFormat(
    _ bytes: [UInt8],
    format: InputFormat,
    fields: FieldNames = FieldNames(),
    bufferSize: Int = 1 << 20
) throws -> (records: [InputRecord], format: InputFormat, bytesRead: Int) {
    let path = try temporaryFile(bytes)
    defer { unlink(path) }
    let fd = open(path, O_RDONLY)
    #expect(fd >= 0)
    defer { close(fd) }
    var reader = MessageReader(fileDescriptor: fd, format: format, fields: fields, bufferSize: bufferSize)
    var records: [InputRecord] = []
    try reader.forEach { records.append($0) }
    return (records, reader.resolvedFormat, reader.bytesRead)
}

func readRecords(_ text: String, format: InputFormat, fields: FieldNames = FieldNames(), bufferSize: Int = 1 << 20) throws -> [InputRecord] {
    try readRecords(Array(text.utf8), format: format, fields: fields, bufferSize: bufferSize)
}

/// Reads `bytes` through a pipe whose writer (another thread) writes `chunk` bytes at a time.
func readRecordsThroughPipe(
    _ bytes: [UInt8],
    format: InputFormat,
    fields: FieldNames = FieldNames(),
    chunk: Int = 1,
    bufferSize: Int = 1 << 20
) throws -> [InputRecord] {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let readEnd = ends[0]
    let writeEnd = ends[1]
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        var offset = 0
        while offset < bytes.count {
            let count = min(chunk, bytes.count - offset)
            let written = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress! + offset, count) }
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
    var reader = MessageReader(fileDescriptor: readEnd, format: format, fields: fields, bufferSize: bufferSize)
    var records: [InputRecord] = []
    try reader.forEach { records.append($0) }
    return records
}

/// Parses one JSONL line with the reader and returns its single record.
func jsonl(_ line: [UInt8], fields: FieldNames = FieldNames()) throws -> InputRecord? {
    let records = try readRecords(line, format: .jsonl, fields: fields)
    #expect(records.count == 1, "one JSONL line should give exactly one record")
    return records.first
}

func jsonl(_ line: String, fields: FieldNames = FieldNames()) throws -> InputRecord? {
    try jsonl(Array(line.utf8), fields: fields)
}

/// The message of a record, or nil for an error record.
extension InputRecord {
    var message: InputMessage? {
        if case .message(let message) = self { return message }
        return nil
    }

    var reason: String? {
        if case .error(_, let reason) = self { return reason }
        return nil
    }
}

/// The shared seeded generator, under the name these tests use.
typealias SeededGenerator = SplitMix64

/// The seed for randomized tests: `CHATSCREEN_TEST_SEED` if set, else a fixed default.
func testSeed(default value: UInt64) -> UInt64 {
    if let text = ProcessInfo.processInfo.environment["CHATSCREEN_TEST_SEED"], let seed = UInt64(text) {
        return seed
    }
    return value
}

let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
