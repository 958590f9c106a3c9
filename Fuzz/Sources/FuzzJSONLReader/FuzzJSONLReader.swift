// Fuzzes the line readers: MessageReader in jsonl, csv, text and auto formats over any bytes.
//
// The input is written to a file and read with a 1 MiB buffer and with a small one (4 to 35
// bytes, picked from the input's length), so refills split lines, escapes and UTF-8 sequences.
// Checks:
//
// - reading never crashes or throws (the file is readable) and always ends;
// - records come with strictly increasing line numbers, from 1 to at most the input's line count;
// - the records do not depend on the buffer size;
// - text records are one line each: no newline in the text;
// - `auto` reads like `jsonl` or `text`, as its first non-blank byte says.

import ChatScreenFormats
import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

let scratch = ScratchDirectory()
let fields = FieldNames(label: "label")

func readAll(_ path: String, format: InputFormat, bufferSize: Int) -> (records: [InputRecord], resolved: InputFormat) {
    let fd = openForReading(path)
    defer { close(fd) }
    var reader = MessageReader(fileDescriptor: fd, format: format, fields: fields, bufferSize: bufferSize)
    var records: [InputRecord] = []
    do {
        while let record = try reader.next() { records.append(record) }
    } catch {
        fatalError("MessageReader threw \(error) on a regular file")
    }
    return (records, reader.resolvedFormat)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let path = scratch.write("input", input)
    let lineCount = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let smallBuffer = 4 + size % 32

    var byFormat: [InputFormat: [InputRecord]] = [:]
    for format in [InputFormat.jsonl, .csv, .text, .auto] {
        let (records, resolved) = readAll(path, format: format, bufferSize: 1 << 20)
        var previous = 0
        for record in records {
            require(record.line > previous, "\(format): line \(record.line) after line \(previous) in \(records); input \(hex(input))")
            require(record.line <= lineCount, "\(format): line \(record.line) past the input's \(lineCount) lines; input \(hex(input))")
            previous = record.line
            if format == .text, case .message(let message) = record {
                require(!message.text.contains(0x0A), "text record with a newline: \(record); input \(hex(input))")
            }
            if case .skipped = record { fatalError("\(format): a line reader yielded a skipped record \(record); input \(hex(input))") }
        }
        let (small, _) = readAll(path, format: format, bufferSize: smallBuffer)
        require(small == records, "\(format): buffer \(smallBuffer) read \(small) but 1 MiB read \(records); input \(hex(input))")
        if format == .auto {
            require(resolved == .auto ? records.isEmpty : (resolved == .jsonl || resolved == .text),
                    "auto resolved to \(resolved) with \(records.count) records; input \(hex(input))")
            if resolved != .auto, let same = byFormat[resolved] {
                require(same == records, "auto (as \(resolved)) read \(records) but \(resolved) read \(same); input \(hex(input))")
            }
        }
        byFormat[format] = records
    }
    return 0
}
