/// Reads irssi and weechat channel logs, streaming line by line.
///
/// ```text
/// --- Log opened Mon Mar 11 20:00:00 2024          irssi
/// 20:01 -!- sam [~sam@example.net] has joined #chatscreen
/// 20:02 <@sam> hello there
/// 20:03  * sam waves
/// --- Day changed Tue Mar 12 2024
///
/// 2024-03-11 20:01:00<TAB>-->  <TAB>sam (~sam@example.net) has joined #chatscreen   weechat
/// 2024-03-11 20:02:00<TAB>@sam<TAB>hello there
/// 2024-03-11 20:03:00<TAB> *<TAB>sam waves
/// ```
///
/// - Each line is one record; the shape (irssi or weechat) is recognised per line.
/// - **Messages**: irssi `HH:MM <nick> text` (also `HH:MM:SS`, `[HH:MM]`, a mode prefix such as
///   `@` or `+` or a space inside the brackets), irssi actions `HH:MM  * nick text`, irssi
///   notices `HH:MM -nick(host)- text`; weechat `date time<TAB>nick<TAB>text` (mode prefixes
///   removed) and actions `date time<TAB> *<TAB>nick text`. The sender is the nick; an action's
///   text is what follows the nick.
/// - **Skipped `system`**: irssi `-!-` lines (join, part, quit, nick, mode, topic) and `---`
///   lines (`Log opened`, `Log closed`, `Day changed`); weechat lines whose prefix is `-->`,
///   `<--`, `--`, `=!=` or empty.
/// - ``InputMessage/timestamp``: weechat's date and time; irssi's time on the date of the last
///   `--- Log opened` / `--- Day changed` line (nil before the first). No zone is recorded:
///   `2024-03-11T20:02:00`.
/// - ``InputMessage/conversation``: the `conversation` parameter (the CLI passes the file name
///   stem, usually the channel). ``InputMessage/line``: the line number.
/// - Any other non-blank line is an error record.
///
/// Memory: the line buffer.
public struct IRCReader: ChatExportReader {
    private let file: ExportFile
    private let lines: LineReader
    private let conversation: String?
    private var date: (year: Int, month: Int, day: Int)?

    /// Reads the log in `path`.
    public init(path: String, conversation: String?, bufferSize: Int = 1 << 20) throws(InputReadError) {
        self.init(file: try ExportFile(path: path), conversation: conversation, bufferSize: bufferSize)
    }

    /// Reads from a descriptor the caller owns (not closed).
    public init(fileDescriptor: Int32, conversation: String?, bufferSize: Int = 1 << 20) {
        self.init(file: ExportFile(borrowing: fileDescriptor), conversation: conversation, bufferSize: bufferSize)
    }

    init(file: ExportFile, conversation: String?, bufferSize: Int) {
        self.file = file
        self.lines = LineReader(fileDescriptor: file.fileDescriptor, bufferSize: bufferSize, prefix: file.prefix, prefixIsWholeInput: file.isInMemory)
        self.conversation = conversation
    }

    /// The number of bytes read so far.
    public var bytesRead: Int { lines.bytesRead }

    public mutating func next() throws(InputReadError) -> InputRecord? {
        while let line = try lines.nextLine() {
            guard line.contains(where: { !ExportText.isSpace($0) }) else { continue }
            return record(Array(line), lineNumber: lines.lineNumber)
        }
        return nil
    }

    private mutating func record(_ b: [UInt8], lineNumber: Int) -> InputRecord {
        var message = InputMessage(line: lineNumber, text: [], conversation: conversation)
        if let weechat = Self.weechatTime(b) {
            message.timestamp = weechat.timestamp
            let rest = b[weechat.end...]
            guard let tab = rest.firstIndex(of: 0x09) else {
                return .error(line: lineNumber, reason: "weechat log line without a tab between the prefix and the text")
            }
            let prefix = ExportText.trimSpaces(Array(rest[..<tab]))
            let text = Array(b[(tab + 1)...])
            if prefix.isEmpty || prefix == Array("-->".utf8) || prefix == Array("<--".utf8)
                || prefix == Array("--".utf8) || prefix == Array("=!=".utf8) {
                return .skipped(message, reason: "system")
            }
            if prefix == [UInt8(ascii: "*")] {
                return Self.action(text[...], into: message, lineNumber: lineNumber)
            }
            message.sender = Self.nick(prefix[...])
            message.text = text
            return .message(message)
        }
        if ExportText.hasPrefix(b, "--- ") {
            noteDate(b)
            message.timestamp = nil
            return .skipped(message, reason: "system")
        }
        guard let time = Self.irssiTime(b) else {
            return .error(line: lineNumber, reason: "not an irssi or weechat log line")
        }
        if let date {
            message.timestamp = ExportTime.format(year: date.year, month: date.month, day: date.day,
                                                  hour: time.hour, minute: time.minute, second: time.second)
        }
        var i = time.end
        while i < b.count, b[i] == 0x20 { i += 1 }
        let rest = b[i...]
        if ExportText.hasPrefix(rest, "-!-") { return .skipped(message, reason: "system") }
        if rest.first == UInt8(ascii: "<"), let close = rest.firstIndex(of: UInt8(ascii: ">")) {
            message.sender = Self.nick(b[(i + 1)..<close])
            message.text = close + 1 < b.count && b[close + 1] == 0x20 ? Array(b[(close + 2)...]) : Array(b[(close + 1)...])
            return .message(message)
        }
        if ExportText.hasPrefix(rest, "* ") {
            return Self.action(b[(i + 2)...], into: message, lineNumber: lineNumber)
        }
        if rest.first == UInt8(ascii: "-"), let end = Self.find(b, "- ", from: i + 1), end > i + 1 {
            var nick = b[(i + 1)..<end]
            if let cut = nick.firstIndex(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ":") }) { nick = nick[..<cut] }
            message.sender = Self.nick(nick)
            message.text = Array(b[(end + 2)...])
            return .message(message)
        }
        return .error(line: lineNumber, reason: "not an irssi or weechat log line")
    }

    private static func action(_ text: ArraySlice<UInt8>, into message: InputMessage, lineNumber: Int) -> InputRecord {
        var message = message
        let body = text.drop { $0 == 0x20 }
        let space = body.firstIndex(of: 0x20) ?? body.endIndex
        message.sender = nick(body[..<space])
        message.text = space < body.endIndex ? Array(body[(space + 1)...]) : []
        return .message(message)
    }

    /// A nick without surrounding spaces and one leading mode character (`@`, `+`, `%`, `&`, `~`, `!`).
    private static func nick(_ raw: ArraySlice<UInt8>) -> String {
        var n = ExportText.trimSpaces(Array(raw))[...]
        if let first = n.first, [UInt8(ascii: "@"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "&"),
                                 UInt8(ascii: "~"), UInt8(ascii: "!")].contains(first), n.count > 1 {
            n = n.dropFirst()
        }
        return String(decoding: n, as: UTF8.self)
    }

    private static func find(_ b: [UInt8], _ needle: String, from start: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = start
        while i + n.count <= b.count {
            if b[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// `--- Log opened Mon Mar 11 20:00:00 2024` / `--- Day changed Tue Mar 12 2024`: the date.
    private mutating func noteDate(_ b: [UInt8]) {
        let words = b.split(separator: 0x20)
        guard words.count >= 5 else { return }
        var month: Int?
        var day: Int?
        for (k, word) in words.enumerated() {
            if month == nil, let m = ExportTime.month(abbreviation: word), k + 1 < words.count, let d = Int(String(decoding: words[k + 1], as: UTF8.self)) {
                month = m
                day = d
            }
        }
        guard let month, let day, let last = words.last, last.count == 4,
              let year = Int(String(decoding: last, as: UTF8.self)),
              ExportTime.isValid(year: year, month: month, day: day) else { return }
        date = (year, month, day)
    }

    /// `HH:MM`, `HH:MM:SS` or `[HH:MM(:SS)]` followed by a space at the start of the line.
    static func irssiTime(_ b: [UInt8]) -> (hour: Int, minute: Int, second: Int, end: Int)? {
        var i = 0
        let bracketed = b.first == UInt8(ascii: "[")
        if bracketed { i = 1 }
        func two() -> Int? {
            guard i + 2 <= b.count, b[i] &- 0x30 < 10, b[i + 1] &- 0x30 < 10 else { return nil }
            defer { i += 2 }
            return Int(b[i] - 0x30) * 10 + Int(b[i + 1] - 0x30)
        }
        guard let hour = two(), i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        guard let minute = two(), hour < 24, minute < 60 else { return nil }
        var second = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            guard let s = two(), s < 60 else { return nil }
            second = s
        }
        if bracketed {
            guard i < b.count, b[i] == UInt8(ascii: "]") else { return nil }
            i += 1
        }
        guard i < b.count, b[i] == 0x20 else { return nil }
        return (hour, minute, second, i + 1)
    }

    /// `YYYY-MM-DD HH:MM:SS<TAB>` at the start of the line: the timestamp and where the prefix starts.
    static func weechatTime(_ b: [UInt8]) -> (timestamp: String, end: Int)? {
        guard b.count > 20, b[19] == 0x09, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == 0x20,
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":") else { return nil }
        func value(_ range: Range<Int>) -> Int? {
            var v = 0
            for k in range {
                guard b[k] &- 0x30 < 10 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let year = value(0..<4), let month = value(5..<7), let day = value(8..<10),
              let hour = value(11..<13), let minute = value(14..<16), let second = value(17..<19),
              ExportTime.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 61 else { return nil }
        return (ExportTime.format(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59)), 20)
    }
}
