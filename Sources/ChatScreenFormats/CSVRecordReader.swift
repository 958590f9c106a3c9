/// Splits RFC 4180 CSV into records, one at a time, pulling lines from a ``LineReader``.
///
/// ```swift
/// // a,"b, ""quoted""
/// // across lines",c
/// var csv = CSVRecordReader()
/// if case .record(let line)? = try csv.nextRecord(from: lines) {
///     // line == 1, csv.fieldCount == 3, csv.field(1) == Array("b, \"quoted\"\nacross lines".utf8)
/// }
/// ```
///
/// - Fields are separated by `,` and records by line breaks. A field that starts with `"` is
///   quoted: it may contain `,`, line breaks (kept as they were, `\n` or `\r\n`) and `""` for
///   one `"`. A `"` inside an unquoted field is kept literally (a common, harmless deviation).
/// - Text after a closing quote other than `,` or the end of the line makes the record
///   malformed; the rest of that line is skipped. A quoted field still open at the end of the
///   input makes the record malformed.
/// - Blank lines (only spaces, tabs and `\r`) between records are skipped.
///
/// - Complexity: O(record length) per record. Memory: the current record's fields, kept in one
///   reused byte buffer.
struct CSVRecordReader {
    /// The outcome of reading one record.
    enum Outcome: Equatable {
        /// A well-formed record starting at `line`; read its fields with ``field(_:)``.
        case record(line: Int)
        /// A malformed record starting at `line`; `reason` quotes no field content.
        case malformed(line: Int, reason: String)
    }

    /// The fields of the current record, concatenated.
    private var bytes: [UInt8] = []
    /// The end offset in `bytes` of each field of the current record.
    private var ends: [Int] = []

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// The number of fields in the current record.
    var fieldCount: Int { ends.count }

    /// The bytes of field `index` (0-based) of the current record.
    func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0 && index < ends.count else { return [] }
        let lower = index == 0 ? 0 : ends[index - 1]
        return bytes[lower..<ends[index]]
    }

    /// Reads the next record, or returns nil at the end of the input.
    ///
    /// - Complexity: O(record length).
    mutating func nextRecord(from lines: LineReader) throws(InputReadError) -> Outcome? {
        // Give back memory a huge earlier record needed.
        if bytes.capacity > 1 << 22 { bytes = [] } else { bytes.removeAll(keepingCapacity: true) }
        if ends.capacity > 1 << 16 { ends = [] } else { ends.removeAll(keepingCapacity: true) }
        var state = State.fieldStart
        var startLine = 0
        while let line = try lines.nextLine() {
            if startLine == 0 {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                startLine = lines.lineNumber
            }
            var run = 0   // start of the bytes not yet copied into `bytes`, in quoted/unquoted states
            var i = 0
            let count = line.count
            while i < count {
                let byte = line[i]
                switch state {
                case .fieldStart:
                    if byte == UInt8(ascii: "\"") {
                        state = .quoted
                        run = i + 1
                    } else if byte == UInt8(ascii: ",") {
                        ends.append(bytes.count)
                    } else {
                        state = .unquoted
                        run = i
                    }
                case .unquoted:
                    if byte == UInt8(ascii: ",") {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<i]))
                        ends.append(bytes.count)
                        state = .fieldStart
                    } else {
                        // Fast path: skip to the next separator.
                        while i + 1 < count && line[i + 1] != UInt8(ascii: ",") { i += 1 }
                    }
                case .quoted:
                    if byte == UInt8(ascii: "\"") {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<i]))
                        state = .quoteInQuoted
                    } else {
                        // Fast path: skip to the next quote.
                        while i + 1 < count && line[i + 1] != UInt8(ascii: "\"") { i += 1 }
                    }
                case .quoteInQuoted:
                    if byte == UInt8(ascii: "\"") {
                        state = .quoted
                        run = i          // keep this quote: it starts the next run
                    } else if byte == UInt8(ascii: ",") {
                        ends.append(bytes.count)
                        state = .fieldStart
                    } else {
                        return .malformed(
                            line: startLine,
                            reason: "CSV field \(ends.count + 1) has text after its closing quote; "
                                + "write a quote inside a quoted field as \"\" and quote the whole field"
                        )
                    }
                }
                i += 1
            }
            // End of the physical line.
            switch state {
            case .quoted:
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<count]))
                if lines.strippedCR { bytes.append(0x0D) }
                bytes.append(0x0A)
                continue   // the quoted field goes on in the next line
            case .unquoted:
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<count]))
            case .fieldStart, .quoteInQuoted:
                break
            }
            ends.append(bytes.count)
            return .record(line: startLine)
        }
        if startLine != 0 {
            return .malformed(
                line: startLine,
                reason: "CSV record has a quoted field with no closing quote before the end of the input"
            )
        }
        return nil
    }
}
