/// The CSV header row: which columns hold the configured fields.
///
/// ```swift
/// // header: id,conversation,text
/// let header = CSVHeader(record: csv, fields: FieldNames())   // text is column 2, id column 0
/// header.decode(csv, line: 2)   // .message(InputMessage(line: 2, text: …, id: …, conversation: …))
/// ```
///
/// Names are compared after trimming surrounding spaces and tabs; the first matching column
/// wins. When the text column is missing, every record is an error record whose reason lists
/// the header's columns (see ``MessageReader/unreadableReason``); a cell that does not look like
/// a column name (it may be a message, when the file has no header row) is listed by its
/// position and length only. Every data record must have exactly as many fields as the header (a record with more
/// fields usually means an unquoted comma cut the message text in two). Empty id,
/// conversation, sender, label and extra cells become `nil`; an empty text cell is an empty message.
/// The label column is looked up only when ``FieldNames/label`` is set.
struct CSVHeader {
    private let columnCount: Int
    private let textColumn: Int?
    private let idColumn: Int?
    private let conversationColumn: Int?
    private let senderColumn: Int?
    private let labelColumn: Int?
    private let timestampColumn: Int?
    /// The column of each extra field (nil when the header lacks it).
    private let extraColumns: [Int?]
    /// Why every record fails when the header has no text column.
    let missingTextReason: String?

    /// At most this many header names are listed in an error, each cut to `maxListedNameBytes`.
    static let maxListedNames = 20
    static let maxListedNameBytes = 40

    /// Reads the header from the current record of `record`.
    init(record: CSVRecordReader, fields: FieldNames) {
        var names: [String] = []
        for index in 0..<record.fieldCount {
            names.append(String(decoding: Self.trimmed(record.field(index)), as: UTF8.self))
        }
        columnCount = names.count
        textColumn = names.firstIndex(of: fields.text)
        idColumn = names.firstIndex(of: fields.id)
        conversationColumn = names.firstIndex(of: fields.conversation)
        senderColumn = names.firstIndex(of: fields.sender)
        labelColumn = fields.label.flatMap { names.firstIndex(of: $0) }
        timestampColumn = names.firstIndex(of: fields.timestamp)
        extraColumns = fields.extra.map { names.firstIndex(of: $0) }
        if textColumn == nil {
            var hidden = false
            var listed = names.prefix(Self.maxListedNames).enumerated().map { index, name in
                guard Self.looksLikeColumnName(name) else {
                    hidden = true
                    return "(column \(index + 1): \(name.utf8.count) bytes, not shown)"
                }
                return "\"\(Self.shortened(name))\""
            }.joined(separator: ", ")
            if names.count > Self.maxListedNames { listed += ", …" }
            missingTextReason = "CSV header has no column \"\(fields.text)\" (its columns are \(listed)); "
                + "choose the text column with --text-field"
                + (hidden ? ", or add a header row if the first row holds messages" : "")
        } else {
            missingTextReason = nil
        }
    }

    /// Turns the current record of `record` into a message, or an error record.
    func decode(_ record: CSVRecordReader, line: Int) -> InputRecord {
        if let missingTextReason {
            return .error(line: line, reason: missingTextReason)
        }
        guard record.fieldCount == columnCount, let textColumn else {
            let hint = record.fieldCount > columnCount
                ? "; quote fields that contain commas"
                : "; check for a missing field or a line break outside quotes"
            return .error(
                line: line,
                reason: "CSV record has \(record.fieldCount) field\(record.fieldCount == 1 ? "" : "s") "
                    + "but the header has \(columnCount)\(hint)"
            )
        }
        var message = InputMessage(
            line: line,
            text: Array(record.field(textColumn)),
            id: Self.optional(record, idColumn),
            conversation: Self.optional(record, conversationColumn),
            sender: Self.optional(record, senderColumn),
            label: Self.optional(record, labelColumn)
        )
        message.timestamp = Self.optional(record, timestampColumn)
        if !extraColumns.isEmpty { message.extra = extraColumns.map { Self.optional(record, $0) } }
        return .message(message)
    }

    private static func optional(_ record: CSVRecordReader, _ column: Int?) -> String? {
        guard let column else { return nil }
        let cell = record.field(column)
        return cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// Whether a header cell may be quoted in an error: letters, digits, `_`, `-`, `.` and at
    /// most two spaces (`msg_id`, `Message Body`, `Nachricht`). A CSV without a header row has
    /// a message as its "header", and an error must never quote message text, so a cell that
    /// reads like a sentence is named by its column and length instead.
    static func looksLikeColumnName(_ name: String) -> Bool {
        var spaces = 0
        for character in name {
            if character == " " {
                spaces += 1
            } else if !(character.isLetter || character.isNumber || character == "_" || character == "-" || character == ".") {
                return false
            }
        }
        return !name.isEmpty && spaces <= 2
    }

    /// `name` cut to at most `maxListedNameBytes` UTF-8 bytes on a character boundary.
    private static func shortened(_ name: String) -> String {
        guard name.utf8.count > maxListedNameBytes else { return name }
        var result = ""
        for character in name {
            if result.utf8.count + character.utf8.count > maxListedNameBytes - 3 { break }
            result.append(character)
        }
        return result + "…"
    }
}
