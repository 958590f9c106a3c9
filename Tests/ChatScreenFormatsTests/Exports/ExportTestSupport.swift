import ChatScreenTestSupport
import Foundation
import Testing
@testable import ChatScreenFormats

#if canImport(Glibc)
import Glibc
#endif

/// The absolute path of a fixture under `Tests/Fixtures/exports/`.
func exportFixture(_ relative: String) -> String {
    repositoryRoot + "/Tests/Fixtures/exports/" + relative
}

/// Every record of a reader.
func drainExport(_ reader: inout some ChatExportReader) throws -> [InputRecord] {
    var records: [InputRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
}

/// Every record of the export at `path` (relative paths are fixtures).
func readExport(
    _ format: ExportFormat,
    _ path: String,
    conversation: String? = nil,
    options: ExportOptions = ExportOptions()
) throws -> [InputRecord] {
    let full = path.hasPrefix("/") ? path : exportFixture(path)
    var reader = try ChatExports.reader(format: format, path: full, conversation: conversation, options: options)
    var records: [InputRecord] = []
    try reader.forEach { records.append($0) }
    return records
}

/// A temporary folder for generated inputs, removed by the caller.
func exportTemporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-exports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

func writeExportFile(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

extension InputRecord {
    /// `message`, the skip reason (`system`, `media`, `deleted`), or `error`.
    var exportKind: String {
        switch self {
        case .message: "message"
        case .skipped(_, let reason): reason
        case .error: "error"
        }
    }

    /// The message of a `.message` or `.skipped` record.
    var exportCarried: InputMessage? {
        switch self {
        case .message(let message), .skipped(let message, _): message
        case .error: nil
        }
    }

    /// The message text as a string (`.message` only).
    var exportText: String? {
        message.map { String(decoding: $0.text, as: UTF8.self) }
    }
}

/// A message with every field the export readers fill.
func exportMessage(
    line: Int,
    _ text: String,
    id: String? = nil,
    conversation: String?,
    sender: String?,
    timestamp: String?
) -> InputMessage {
    var message = InputMessage(line: line, text: Array(text.utf8), id: id, conversation: conversation, sender: sender)
    message.timestamp = timestamp
    return message
}

/// Reads a file's bytes into a reader through a pipe (a non-seekable input), `chunk` bytes at a time.
func withExportPipe<T>(_ bytes: [UInt8], chunk: Int = 4096, _ body: (Int32) throws -> T) throws -> T {
    signal(SIGPIPE, SIG_IGN)   // a reader that stops early must not kill the test process
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let (readEnd, writeEnd) = (ends[0], ends[1])
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
        close(readEnd)
        done.wait()
    }
    return try body(readEnd)
}
