#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How to read the ambiguous dates of a WhatsApp export (`03/04/2024`).
///
/// The raw values are CLI-friendly: `auto`, `day-first`, `month-first`.
public enum WhatsAppDateOrder: String, Sendable, CaseIterable {
    /// Decide from the file: the first header whose first date field is above 12 means
    /// day-first, whose second field is above 12 means month-first; a file where every date is
    /// ambiguous (days 1–12 only) is read day-first.
    case auto
    /// `12/03/2024` is 12 March (most of the world).
    case dayFirst = "day-first"
    /// `03/12/2024` is 12 March (the United States).
    case monthFirst = "month-first"
}

/// Reads a WhatsApp "Export chat" text file (Android or iOS), streaming line by line.
///
/// ```text
/// 12/03/2024, 21:15 - Sam Rivers: hey            Android, 24-hour, day-first
/// 3/12/24, 9:15 PM - Sam Rivers: hey             Android, 12-hour (U+202F before PM), month-first
/// [12/03/2024, 21:15:03] Sam Rivers: hey         iOS
/// [3/12/24, 9:15:03 PM] Sam Rivers: hey
/// ```
///
/// - **Headers.** A line starts a message when it begins (after invisible direction marks) with
///   a date `d/m/y`, `m/d/y` or `y-m-d` (separators `/`, `.` or `-`; 2- or 4-digit years, read
///   as 20YY), an optional comma, a time `H:MM` or `H:MM:SS` (`:` or `.`), optionally `am`/`pm`
///   in any case, with or without dots, after a space, U+00A0 or U+202F, then ` - ` (Android)
///   or `[…] ` (iOS). Any other line continues the message before it (joined with `\n`); its
///   ``InputMessage/line`` is the header's line.
/// - **Dates.** See ``WhatsAppDateOrder``. With `auto` and a regular file, the reader first scans
///   the headers for the first decisive date and then rewinds (bounded memory; an ambiguous file
///   is read twice; a text in memory is scanned the same way). On a pipe it holds the finished records (at most ``holdLimit``) until a
///   decisive date arrives, then reads day-first.
/// - **Sender and text.** The rest of the header line is `Sender: text` (split at the first
///   `": "`). Direction marks (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are removed from
///   the sender; the text bytes are kept exactly as written.
/// - ``InputMessage/timestamp``: the export's local time without a zone
///   (`2024-03-12T21:15:00`, seconds `00` when the export has none): WhatsApp does not record
///   the zone, and ``Timestamp/epochSeconds(_:)`` reads such times as UTC.
/// - ``InputMessage/conversation``: the `conversation` parameter (the CLI passes the file name
///   stem). ``InputMessage/id``: none.
/// - **Skipped** (English export strings): a header line with no `Sender:` (Android system
///   lines such as "Messages and calls are end-to-end encrypted…", "X created group", "X added
///   Y", "X left"), an iOS text that starts with U+200E (iOS marks its system lines so), and
///   text starting "Messages and calls are end-to-end encrypted" → `system`; `<Media omitted>`,
///   `image omitted` (also video, audio, sticker, GIF, document, Contact card), `<… omitted>`,
///   `<attached: …>` and `… (file attached)` → `media`; "This message was deleted", "You deleted
///   this message" (with or without a final period) → `deleted`.
/// - A non-blank line before the first header is an error record (not a WhatsApp export, or
///   a cut file); a header whose date is impossible in the chosen order is an error record.
///
/// Memory: the line buffer plus the current message (plus held records on a pipe, see above).
public struct WhatsAppReader: ChatExportReader {
    /// The most records held back on a non-seekable input while the date order is unknown.
    public static let holdLimit = 10_000

    private let file: ExportFile
    private var lines: LineReader
    private let bufferSize: Int
    private let conversation: String?
    /// The date order in use: the one asked for, or what ``WhatsAppDateOrder/auto`` resolved to
    /// (still `auto` until it is decided).
    public private(set) var dateOrder: WhatsAppDateOrder
    private var prepared = false
    private var current: Pending?
    private var held: [Pending] = []
    private var output: [InputRecord] = []
    private var outputPosition = 0
    private var atEnd = false

    /// Reads the export in `path`.
    public init(path: String, conversation: String?, dateOrder: WhatsAppDateOrder = .auto,
                bufferSize: Int = 1 << 20) throws(InputReadError) {
        self.init(file: try ExportFile(path: path), conversation: conversation, dateOrder: dateOrder, bufferSize: bufferSize)
    }

    /// Reads from a descriptor the caller owns (not closed).
    public init(fileDescriptor: Int32, conversation: String?, dateOrder: WhatsAppDateOrder = .auto,
                bufferSize: Int = 1 << 20) {
        self.init(file: ExportFile(borrowing: fileDescriptor), conversation: conversation, dateOrder: dateOrder, bufferSize: bufferSize)
    }

    /// Reads a chat text held in memory whole (the `_chat.txt` of a zip archive).
    ///
    /// ```swift
    /// var reader = WhatsAppReader(bytes: Array(chatText.utf8), conversation: "WhatsApp Chat with Sam")
    /// ```
    ///
    /// With `auto`, the date order is decided from the whole text before the first record.
    public init(bytes: [UInt8], conversation: String?, dateOrder: WhatsAppDateOrder = .auto,
                bufferSize: Int = 1 << 20) {
        self.init(file: ExportFile(bytes: bytes), conversation: conversation, dateOrder: dateOrder, bufferSize: bufferSize)
    }

    init(file: ExportFile, conversation: String?, dateOrder: WhatsAppDateOrder, bufferSize: Int) {
        self.file = file
        self.lines = LineReader(fileDescriptor: file.fileDescriptor, bufferSize: bufferSize, prefix: file.prefix, prefixIsWholeInput: file.isInMemory)
        self.bufferSize = bufferSize
        self.conversation = conversation
        self.dateOrder = dateOrder
    }

    /// The number of bytes read so far (after a date-order scan, counted again from the rewind).
    public var bytesRead: Int { lines.bytesRead }

    public mutating func next() throws(InputReadError) -> InputRecord? {
        if !prepared {
            prepared = true
            try prepare()
        }
        while true {
            if outputPosition < output.count {
                outputPosition += 1
                return output[outputPosition - 1]
            }
            output.removeAll(keepingCapacity: output.count < 64)
            outputPosition = 0
            if atEnd { return nil }
            guard let line = try lines.nextLine() else {
                atEnd = true
                if let current { complete(current) }
                current = nil
                if dateOrder == .auto { dateOrder = .dayFirst }
                flushHeld()
                continue
            }
            if let header = Self.parseHeader(line) {
                if let current { complete(current) }
                current = Self.pending(line, header: header, lineNumber: lines.lineNumber)
                if dateOrder == .auto, let evidence = header.evidence {
                    dateOrder = evidence
                    flushHeld()
                }
            } else if current != nil {
                current!.text.append(0x0A)
                current!.text.append(contentsOf: line)
            } else if line.contains(where: { !ExportText.isSpace($0) }) {
                output.append(.error(line: lines.lineNumber,
                                     reason: "not a WhatsApp message header, and no message starts before it; is this a WhatsApp \"Export chat\" file?"))
            }
        }
    }

    /// With `auto` on a seekable file or a text in memory: finds the date order from the headers
    /// (the replayed prefix first, see ``ExportFile/prefix``), then rewinds.
    private mutating func prepare() throws(InputReadError) {
        guard dateOrder == .auto else { return }
        let fd = file.fileDescriptor
        var start: off_t = 0
        if !file.isInMemory {
            var status = stat()
            guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
            start = lseek(fd, 0, SEEK_CUR)
            guard start >= 0 else { return }
        }
        let scan = LineReader(fileDescriptor: fd, bufferSize: bufferSize, prefix: file.prefix, prefixIsWholeInput: file.isInMemory)
        var decided: WhatsAppDateOrder?
        while decided == nil, let line = try scan.nextLine() {
            decided = Self.parseHeader(line)?.evidence
        }
        dateOrder = decided ?? .dayFirst
        if !file.isInMemory {
            guard lseek(fd, start, SEEK_SET) == start else { throw InputReadError(errno: errno) }
        }
        lines = LineReader(fileDescriptor: fd, bufferSize: bufferSize, prefix: file.prefix, prefixIsWholeInput: file.isInMemory)
    }

    private mutating func complete(_ pending: Pending) {
        if dateOrder == .auto {
            held.append(pending)
            if held.count >= Self.holdLimit {
                dateOrder = .dayFirst
                flushHeld()
            }
        } else {
            output.append(record(pending))
        }
    }

    private mutating func flushHeld() {
        guard dateOrder != .auto else { return }
        for pending in held { output.append(record(pending)) }
        held = []
    }

    // MARK: Records

    struct Pending {
        var line: Int
        var header: Header
        var sender: String?
        var senderIsSystemPhrase: Bool
        var text: [UInt8]
    }

    private static func pending(_ line: UnsafeBufferPointer<UInt8>, header: Header, lineNumber: Int) -> Pending {
        let rest = line[header.textStart...]
        var colon: Int?
        var k = rest.startIndex
        while k + 1 < rest.endIndex {
            if line[k] == UInt8(ascii: ":") && line[k + 1] == 0x20 {
                colon = k
                break
            }
            k += 1
        }
        if colon == nil, let last = rest.last, last == UInt8(ascii: ":") { colon = rest.endIndex - 1 }
        guard let colon else {
            return Pending(line: lineNumber, header: header, sender: nil, senderIsSystemPhrase: false, text: Array(rest))
        }
        let senderBytes = ExportText.stripDirectionMarks(line[rest.startIndex..<colon])
        let textStart = min(colon + 2, rest.endIndex)
        let systemPhrases = [" changed the subject", " changed the group description", " created group", " changed this group's"]
        return Pending(
            line: lineNumber,
            header: header,
            sender: senderBytes.isEmpty ? nil : String(decoding: senderBytes, as: UTF8.self),
            senderIsSystemPhrase: systemPhrases.contains { ExportText.contains(senderBytes, $0) },
            text: Array(line[textStart..<rest.endIndex])
        )
    }

    private func record(_ pending: Pending) -> InputRecord {
        guard let timestamp = pending.header.timestamp(order: dateOrder) else {
            let order = dateOrder == .monthFirst ? "month-first" : "day-first"
            return .error(line: pending.line, reason: "the date in the message header is not a valid \(order) date")
        }
        var message = InputMessage(line: pending.line, text: [], conversation: conversation, sender: pending.sender)
        message.timestamp = timestamp
        if let reason = Self.classify(pending) { return .skipped(message, reason: reason) }
        message.text = pending.text
        return .message(message)
    }

    static let mediaWords: Set<String> = ["image", "video", "audio", "sticker", "GIF", "document", "Contact card", "photo", "voice message"]

    /// `system`, `media`, `deleted`, or nil for a message to screen.
    static func classify(_ pending: Pending) -> String? {
        var t = pending.text[...]
        var startsWithLRM = false
        var first = true
        while let byte = t.first {
            if byte == 0x20 || byte == 0x09 {
                t = t.dropFirst()
                continue
            }
            let mark = ExportText.directionMarkLength(t, at: t.startIndex)
            guard mark > 0 else { break }
            if first && t.dropFirst().starts(with: [0x80, 0x8E]) { startsWithLRM = true }
            first = false
            t = t.dropFirst(mark)
        }
        while let byte = t.last, byte == 0x20 || byte == 0x09 || byte == 0x0D { t = t.dropLast() }
        if !t.contains(0x0A) {
            if t.elementsEqual("<Media omitted>".utf8) { return "media" }
            if ExportText.hasPrefix(t, "<attached: ") && t.last == UInt8(ascii: ">") { return "media" }
            if t.first == UInt8(ascii: "<") && ExportText.hasSuffix(t, " omitted>") { return "media" }
            if ExportText.hasSuffix(t, " (file attached)") { return "media" }
            if ExportText.hasSuffix(t, " omitted") {
                let word = String(decoding: t.dropLast(" omitted".utf8.count), as: UTF8.self)
                if mediaWords.contains(word) || startsWithLRM { return "media" }
            }
            var sentence = t
            if sentence.last == UInt8(ascii: ".") { sentence = sentence.dropLast() }
            if sentence.elementsEqual("This message was deleted".utf8)
                || sentence.elementsEqual("You deleted this message".utf8)
                || ExportText.hasPrefix(sentence, "This message was deleted by ") {
                return "deleted"
            }
        }
        if pending.sender == nil || pending.senderIsSystemPhrase { return "system" }
        if startsWithLRM { return "system" }
        if ExportText.hasPrefix(t, "Messages and calls are end-to-end encrypted") { return "system" }
        return nil
    }

    // MARK: Header

    /// The fields of a message header; the date fields are as written (order unknown).
    struct Header {
        var first: Int
        var second: Int
        var third: Int
        var firstDigits: Int
        var thirdDigits: Int
        var hour: Int
        var minute: Int
        var seconds: Int
        /// 0: 24-hour; 1: am; 2: pm.
        var meridiem: Int
        /// Where `Sender: text` starts in the line.
        var textStart: Int

        /// The date order this header proves, if any.
        var evidence: WhatsAppDateOrder? {
            guard firstDigits < 4 else { return nil }
            if first > 12 && second <= 12 { return .dayFirst }
            if second > 12 && first <= 12 { return .monthFirst }
            return nil
        }

        /// `YYYY-MM-DDTHH:MM:SS` (no zone), or nil when the date is impossible in `order`.
        func timestamp(order: WhatsAppDateOrder) -> String? {
            var year: Int, month: Int, day: Int
            if firstDigits == 4 {
                (year, month, day) = (first, second, third)
            } else {
                switch thirdDigits {
                case 2: year = 2000 + third
                case 4: year = third
                default: return nil
                }
                (day, month) = order == .monthFirst ? (second, first) : (first, second)
            }
            guard ExportTime.isValid(year: year, month: month, day: day) else { return nil }
            var h = hour
            switch meridiem {
            case 1: h = hour == 12 ? 0 : hour
            case 2: h = hour == 12 ? 12 : hour + 12
            default: break
            }
            return ExportTime.format(year: year, month: month, day: day, hour: h, minute: minute, second: seconds)
        }
    }

    /// Parses the header at the start of `p`, or nil when the line does not start with one.
    static func parseHeader(_ p: UnsafeBufferPointer<UInt8>) -> Header? {
        let n = p.count
        var i = 0
        while i < n {
            if p[i] == 0x20 {
                i += 1
                continue
            }
            let mark = ExportText.directionMarkLength(p, at: i)
            if mark == 0 { break }
            i += mark
        }
        guard i < n else { return nil }
        let bracketed = p[i] == UInt8(ascii: "[")
        if bracketed { i += 1 }
        func number(_ maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while i < n, digits < maxDigits, p[i] &- 0x30 < 10 {
                value = value * 10 + Int(p[i] - 0x30)
                digits += 1
                i += 1
            }
            return digits > 0 ? (value, digits) : nil
        }
        /// Skips spaces, U+00A0 and U+202F; returns how many it skipped.
        func spaces() -> Int {
            var count = 0
            while i < n {
                if p[i] == 0x20 {
                    i += 1
                } else if p[i] == 0xC2, i + 1 < n, p[i + 1] == 0xA0 {
                    i += 2
                } else if p[i] == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xAF {
                    i += 3
                } else {
                    break
                }
                count += 1
            }
            return count
        }
        guard let a = number(4), i < n else { return nil }
        let separator = p[i]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-") else { return nil }
        i += 1
        guard let b = number(2), i < n, p[i] == separator else { return nil }
        i += 1
        guard let c = number(4) else { return nil }
        if a.digits == 4 {
            guard c.digits <= 2 else { return nil }
        } else {
            guard a.digits <= 2, c.digits == 2 || c.digits == 4 else { return nil }
        }
        if i < n, p[i] == UInt8(ascii: "."), separator == UInt8(ascii: ".") { i += 1 }
        if i < n, p[i] == UInt8(ascii: ",") { i += 1 }
        guard spaces() > 0 else { return nil }
        guard let hour = number(2), i < n, p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: ".") else { return nil }
        let timeSeparator = p[i]
        i += 1
        guard let minute = number(2), minute.digits == 2 else { return nil }
        var seconds = 0
        if i + 2 < n, p[i] == timeSeparator, p[i + 1] &- 0x30 < 10, p[i + 2] &- 0x30 < 10 {
            i += 1
            guard let s = number(2), s.digits == 2 else { return nil }
            seconds = s.value
        }
        // am / pm
        var meridiem = 0
        let beforeMeridiem = i
        _ = spaces()
        if i < n, p[i] | 0x20 == UInt8(ascii: "a") || p[i] | 0x20 == UInt8(ascii: "p") {
            let isPM = p[i] | 0x20 == UInt8(ascii: "p")
            var k = i + 1
            if k < n, p[k] == UInt8(ascii: ".") { k += 1 }
            if k < n, p[k] == 0x20 { k += 1 }
            if k < n, p[k] | 0x20 == UInt8(ascii: "m") {
                k += 1
                if k < n, p[k] == UInt8(ascii: ".") { k += 1 }
                meridiem = isPM ? 2 : 1
                i = k
            }
        }
        if meridiem == 0 { i = beforeMeridiem }
        if bracketed {
            guard i < n, p[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            _ = spaces()
        } else {
            _ = spaces()
            if i < n, p[i] == UInt8(ascii: "-") {
                i += 1
            } else if i + 2 < n, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x93 {   // en dash
                i += 3
            } else {
                return nil
            }
            guard i == n || p[i] == 0x20 else { return nil }
            if i < n { i += 1 }
        }
        if meridiem == 0 {
            guard hour.value < 24 else { return nil }
        } else {
            guard (1...12).contains(hour.value) else { return nil }
        }
        guard minute.value < 60, seconds < 60, a.value >= 1, b.value >= 1 else { return nil }
        if a.digits < 4 { guard a.value <= 31, b.value <= 31, a.value <= 12 || b.value <= 12 else { return nil } }
        return Header(first: a.value, second: b.value, third: c.value, firstDigits: a.digits, thirdDigits: c.digits,
                      hour: hour.value, minute: minute.value, seconds: seconds, meridiem: meridiem, textStart: i)
    }
}
