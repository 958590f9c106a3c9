/// Streams the records of one input (a file, a pipe, stdin) in input order.
///
/// ```swift
/// var reader = MessageReader(fileDescriptor: STDIN_FILENO, format: .auto, fields: FieldNames())
/// try reader.forEach { record in
///     switch record {
///     case .message(let message): screen(message)
///     case .error(let line, let reason): report(line, reason)   // and carry on
///     }
/// }
/// ```
///
/// - Lines end with `\n`; one `\r` before it is removed. A final line without `\n` counts.
///   A UTF-8 byte order mark at the start of the input is skipped. Blank lines (only
///   spaces, tabs and `\r`) produce nothing.
/// - ``InputFormat/text``: each non-blank line is one message.
/// - ``InputFormat/jsonl``: each non-blank line is one JSON object (see ``FieldNames``);
///   malformed lines become ``InputRecord/error(line:reason:)``.
/// - ``InputFormat/csv``: RFC 4180 with a header row (the first non-blank record, which
///   produces no record itself); records may span lines and report the line they start on.
/// - ``InputFormat/auto``: resolved at the first non-blank line: `{` means JSONL, anything
///   else text.
///
/// Memory stays bounded by the read buffer plus the current record, whatever the input size.
/// A record longer than the buffer is still read whole (the buffer grows for it, then shrinks).
///
/// The reader owns its buffer through a reference: a copy shares the position in the input,
/// so use one reader per descriptor. The reader does not close the descriptor.
public struct MessageReader {
    private let lines: LineReader
    private var format: InputFormat
    private let fields: FieldNames
    private var json: JSONLineParser
    private var csv = CSVRecordReader()
    private var csvHeader: CSVHeader?

    /// Creates a reader of `fileDescriptor`; nothing is read before ``forEach(_:)`` or ``next()``.
    ///
    /// - Parameters:
    ///   - format: the input format, or ``InputFormat/auto`` to decide from the first line.
    ///   - fields: the JSONL keys / CSV columns to read.
    ///   - bufferSize: the size of the read buffer in bytes (at least 4 is used).
    ///   - prefix: bytes already read from the descriptor, read again first (what
    ///     ``ExportDetector/sniff(fileDescriptor:textField:)`` looked at); the descriptor is then
    ///     read from where it is.
    public init(fileDescriptor: Int32, format: InputFormat, fields: FieldNames, bufferSize: Int = 1 << 20,
                replaying prefix: [UInt8] = []) {
        self.lines = LineReader(fileDescriptor: fileDescriptor, bufferSize: bufferSize, prefix: prefix)
        self.format = format
        self.fields = fields
        self.json = JSONLineParser(fields: fields)
    }

    /// The format in use: the one asked for, or what ``InputFormat/auto`` resolved to once the
    /// first non-blank line was read (still ``InputFormat/auto`` before that, or when the input
    /// had no non-blank line).
    public var resolvedFormat: InputFormat { format }

    /// Whether the input holds whole conversations: plain text does (one conversation per
    /// input), JSONL and CSV streams do not. See ``ChatExportReader/holdsWholeConversations``.
    public var holdsWholeConversations: Bool { format == .text }

    /// Why no record of this input can be read, or nil: set once a CSV header without the text
    /// column has been read (every record after it is then an error record with this reason,
    /// which names the column and the header's columns, never message text).
    ///
    /// ```swift
    /// if case .error = record, let reason = reader.unreadableReason { stop(reason) }
    /// ```
    public var unreadableReason: String? { csvHeader?.missingTextReason }

    /// The number of bytes read from the descriptor so far, for a progress bar.
    public var bytesRead: Int { lines.bytesRead }

    /// Calls `body` for each record, in input order, until the input ends.
    ///
    /// Throws ``InputReadError`` when `read(2)` fails, and whatever `body` throws; malformed
    /// records do not throw, they are passed to `body` as ``InputRecord/error(line:reason:)``.
    ///
    /// - Complexity: O(input size).
    public mutating func forEach(_ body: (InputRecord) throws -> Void) throws {
        while let record = try next() {
            try body(record)
        }
    }

    /// Returns the next record, or nil at the end of the input.
    ///
    /// ```swift
    /// while let record = try reader.next() { … }
    /// ```
    ///
    /// - Complexity: O(record length), amortised.
    public mutating func next() throws(InputReadError) -> InputRecord? {
        if format == .csv { return try nextCSV() }
        while let line = try lines.nextLine() {
            guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else {
                continue   // blank
            }
            if format == .auto {
                format = line[first] == UInt8(ascii: "{") ? .jsonl : .text
            }
            if format == .jsonl {
                return json.parse(line, lineNumber: lines.lineNumber)
            }
            return .message(InputMessage(line: lines.lineNumber, text: Array(line)))
        }
        return nil
    }

    private mutating func nextCSV() throws(InputReadError) -> InputRecord? {
        while let outcome = try csv.nextRecord(from: lines) {
            switch outcome {
            case .malformed(let line, let reason):
                return .error(line: line, reason: reason)
            case .record(let line):
                guard let csvHeader else {
                    csvHeader = CSVHeader(record: csv, fields: fields)
                    continue
                }
                return csvHeader.decode(csv, line: line)
            }
        }
        return nil
    }
}
