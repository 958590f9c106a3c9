extension ExportDetector {
    /// Whether an input whose first non-blank line starts `p` is CSV with a header row.
    ///
    /// ```swift
    /// looksLikeCSV("id,sender,text\n1,sam,\"hi, you\"\n", textField: "text")   // true
    /// looksLikeCSV("text me, then call\nok\n", textField: "text")             // false
    /// ```
    ///
    /// Conservative, because a chat line may well hold commas: the first line must be a header of
    /// at least two columns, each name (spaces around it trimmed, quotes removed) either equal to
    /// `textField` or made only of ASCII letters, digits, `_`, `-` and `.` (at most 64 bytes), one
    /// of them exactly `textField`; and the next non-blank record must have as many fields. A
    /// header with nothing after it in `p` is not enough (as text it is one message; as CSV it
    /// would be none). A record that `p` cuts inside a quoted field counts when it has no more
    /// fields than the header; one cut elsewhere must have exactly as many.
    ///
    /// - Complexity: O(the first two records).
    static func looksLikeCSV(_ p: UnsafeBufferPointer<UInt8>, textField: String) -> Bool {
        let header = CSVSketch(p, from: 0, collectNames: true)
        guard let afterHeader = header.next, isCSVHeader(header, textField: textField),
              let start = CSVSketch.nextNonBlank(p, from: afterHeader) else { return false }
        let record = CSVSketch(p, from: start, collectNames: false)
        if record.next == nil && record.cutInQuotes { return record.fieldCount <= header.fieldCount }
        return record.fieldCount == header.fieldCount
    }

    /// The header half of ``looksLikeCSV(_:textField:)``: at least two names, one exactly
    /// `textField`, the others column-like, and no quoted field left open.
    static func isCSVHeader(_ header: CSVSketch, textField: String) -> Bool {
        guard header.fieldCount >= 2, !header.cutInQuotes else { return false }
        let text = Array(textField.utf8)
        var namesText = false
        for name in header.names {
            if name == text {
                namesText = true
            } else if !isColumnName(name) {
                return false
            }
        }
        return namesText
    }

    /// `[A-Za-z0-9_.-]{1,64}`.
    private static func isColumnName(_ name: [UInt8]) -> Bool {
        guard !name.isEmpty, name.count <= 64 else { return false }
        return name.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
    }
}

/// One CSV record at the start of a prefix that may be cut anywhere: how many fields it has, its
/// field values when asked (for a header: quotes removed, trimmed of spaces and tabs as
/// ``CSVHeader`` trims names, each cut to 65 bytes) and where the next record starts. The grammar is ``CSVRecordReader``'s.
struct CSVSketch {
    /// Fields seen, the one in progress at a cut included.
    private(set) var fieldCount = 0
    private(set) var names: [[UInt8]] = []
    /// The index after the record's line break, or nil when `p` ends first.
    private(set) var next: Int?
    /// `p` ended inside a quoted field.
    private(set) var cutInQuotes = false

    init(_ p: UnsafeBufferPointer<UInt8>, from start: Int, collectNames: Bool) {
        var i = start
        var field: [UInt8] = []
        var inQuotes = false
        func endField() {
            fieldCount += 1
            if collectNames {
                var value = field[...]
                while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
                while let last = value.last, last == 0x20 || last == 0x09 || last == 0x0D { value = value.dropLast() }
                names.append(Array(value))
            }
            field.removeAll(keepingCapacity: true)
        }
        var atFieldStart = true
        while i < p.count {
            let byte = p[i]
            i += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if i < p.count, p[i] == UInt8(ascii: "\"") {
                        i += 1
                        if collectNames && field.count < 65 { field.append(byte) }
                    } else {
                        inQuotes = false
                    }
                } else if collectNames && field.count < 65 {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x0A:
                endField()
                next = i
                return
            case UInt8(ascii: ","):
                endField()
                atFieldStart = true
                continue
            case UInt8(ascii: "\"") where atFieldStart:
                inQuotes = true
            default:
                if collectNames && field.count < 65 { field.append(byte) }
            }
            atFieldStart = false
        }
        cutInQuotes = inQuotes
        endField()
    }

    /// The index of the first byte of the next non-blank line at or after `i`, or nil.
    static func nextNonBlank(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var lineStart = i
        var k = i
        while k < p.count {
            switch p[k] {
            case 0x0A:
                lineStart = k + 1
            case 0x20, 0x09, 0x0D:
                break
            default:
                return lineStart
            }
            k += 1
        }
        return nil
    }
}
