#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What ``ExportDetector`` made of an input.
public enum InputFormatGuess: Sendable, Equatable {
    /// JSON Lines, one object per line: read it with ``MessageReader`` and ``InputFormat/jsonl``.
    case jsonl
    /// Plain text, one message per line: ``MessageReader`` with ``InputFormat/text``.
    case text
    /// CSV whose header row names the text column: ``MessageReader`` with ``InputFormat/csv``.
    case csv
    /// A ZIP archive: a WhatsApp export as the phone shares it (the chat text and its media),
    /// read by `ChatScreenZip`'s `WhatsAppArchiveReader`.
    case zip
    /// A chat export: read it with ``ChatExports/reader(format:path:conversation:)``.
    case export(ExportFormat)
    /// The input fits several formats, or looks like an export of an unknown shape: ask the user
    /// to name the format. `candidates` are the formats it could be (possibly none); `reason`
    /// says what was seen, without quoting the input.
    case undetermined(candidates: [ExportFormat], reason: String)
}

/// Recognises chat exports from the first bytes of a file (or from being a folder).
///
/// ```swift
/// let guess = try ExportDetector.detect(path: "result.json")   // .export(.telegram)
/// ```
///
/// Rules, in order:
/// - A folder is a Slack export (``detect(path:textField:)`` also checks for `channels.json` or
///   `users.json`; without either it cannot tell). A file named `*.csv` is
///   ``InputFormatGuess/csv`` and one named `*.zip` is ``InputFormatGuess/zip``, whatever they hold.
/// - The input starts with a ZIP signature (`PK\u{3}\u{4}`, or `PK\u{5}\u{6}` for an empty
///   archive) → ``InputFormatGuess/zip``.
/// - The first non-blank byte is `{` (the existing `auto` rule for JSONL), then:
///   - one complete object on the first line and another object on the next line → ``InputFormatGuess/jsonl``;
///   - an object on one line (or cut by the prefix before its first line ends) with the text
///     field (`textField`, `text` by default) among its top-level keys → ``InputFormatGuess/jsonl``
///     (no export has a top-level text field);
///   - keys that only one export uses → that export: Telegram (`chats`, `personal_information`,
///     `name` with `type`; messages with `date_unixtime`, `from_id`, `text_entities`, or `date`
///     with `from`), Discord (`guild`, `channel`, `exportedAt`; messages with `author` or
///     `timestampEdited`), Messenger (`participants`, `thread_path`, `is_still_participant`;
///     messages with `sender_name` or `timestamp_ms`), Skype (`userId`, `exportDate`,
///     `conversations`; messages with `originalarrivaltime` or `messagetype`). Instagram files
///     have Messenger's shape and are reported as ``ExportFormat/messenger`` (the same reader);
///   - keys of several exports → ``InputFormatGuess/undetermined(candidates:reason:)``;
///   - no export keys, but a document shape (the first key is `name`, `messages`, `guild`,
///     `conversations` or `participants`, or the object spans several lines) → undetermined,
///     with every JSON export as a candidate;
///   - otherwise → ``InputFormatGuess/jsonl``.
/// - The first non-blank byte is `[`: a Slack day file (objects with `ts`) → undetermined (pass
///   the export folder); anything else → ``InputFormatGuess/text``, as `auto` always did.
/// - Otherwise the first non-blank line decides: a CSV header naming the text field, followed
///   by a record with as many fields → ``InputFormatGuess/csv`` (see ``looksLikeCSV(_:textField:)``
///   for how plain text with commas stays text); a WhatsApp header → WhatsApp; an irssi or
///   weechat line → IRC; lines of both kinds, or such lines after a first line of neither →
///   undetermined; else ``InputFormatGuess/text``.
///
/// The prefix may end anywhere (inside a string, a UTF-8 sequence or a line). Standard input is
/// sniffed with ``sniff(fileDescriptor:textField:)``, which reads only as far as these rules need.
public enum ExportDetector {
    /// How many bytes ``detect(path:textField:)`` and ``sniff(fileDescriptor:textField:)`` read
    /// at most; 16 KiB is enough for every rule above.
    public static let prefixLength = 16 * 1024

    /// Guesses the format of an input from its first bytes (or from being a folder).
    ///
    /// - Parameter textField: the JSONL key or CSV column of the message text (`--text-field`).
    public static func detect(prefix: UnsafeBufferPointer<UInt8>, isDirectory: Bool,
                              textField: String = "text") -> InputFormatGuess {
        if isDirectory { return .export(.slack) }
        if isZipSignature(prefix) { return .zip }
        var i = 0
        if prefix.count >= 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF { i = 3 }
        while i < prefix.count {
            let byte = prefix[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                i += 1
            } else {
                break
            }
        }
        guard i < prefix.count else { return .text }
        let body = UnsafeBufferPointer(rebasing: prefix[i...])
        switch prefix[i] {
        case UInt8(ascii: "{"): return detectObject(body, textField: textField)
        case UInt8(ascii: "["):
            // An iOS WhatsApp header or a bracketed irssi time also starts with "[".
            let text = detectText(body, textField: textField)
            if case .export = text { return text }
            return detectArray(body)
        default: return detectText(body, textField: textField)
        }
    }

    /// Reads the first ``prefixLength`` bytes of `path` (or checks the folder) and guesses;
    /// a `.csv` or `.zip` name decides before the content.
    ///
    /// ```swift
    /// try ExportDetector.detect(path: "WhatsApp Chat with Sam.zip")   // .zip
    /// try ExportDetector.detect(path: "export.csv")                   // .csv
    /// ```
    public static func detect(path: String, textField: String = "text") throws(InputReadError) -> InputFormatGuess {
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputReadError(errno: errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            let names = SlackReader.list(path) ?? []
            guard names.contains("channels.json") || names.contains("users.json") else {
                return .undetermined(candidates: [.slack], reason: "a folder without channels.json or users.json")
            }
            return .export(.slack)
        }
        switch pathExtension(path) {
        case "csv": return .csv
        case "zip": return .zip
        default: break
        }
        let file = try ExportFile(path: path)
        var buffer = [UInt8](repeating: 0, count: prefixLength)
        var count = 0
        while count < prefixLength {
            let n = try buffer.withUnsafeMutableBufferPointer { p throws(InputReadError) in
                try readRetrying(file.fileDescriptor, p.baseAddress! + count, prefixLength - count)
            }
            if n == 0 { break }
            count += n
        }
        return buffer.withUnsafeBufferPointer { p in
            detect(prefix: UnsafeBufferPointer(rebasing: p[..<count]), isDirectory: false, textField: textField)
        }
    }

    /// The extension of the last path component, in ASCII lower case (`Chat.ZIP` → `zip`), or "".
    static func pathExtension(_ path: String) -> String {
        let name = path.utf8.split(separator: UInt8(ascii: "/")).last ?? []
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        let lowered = name[name.index(after: dot)...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return String(decoding: lowered, as: UTF8.self)
    }

    /// Whether `p` starts with a ZIP local file header or an empty archive's end record.
    static func isZipSignature(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard p.count >= 4, p[0] == 0x50, p[1] == 0x4B else { return false }
        return (p[2] == 0x03 && p[3] == 0x04) || (p[2] == 0x05 && p[3] == 0x06)
    }

    // MARK: JSON

    static let documentFirstKeys: Set<String> = ["name", "messages", "guild", "conversations", "participants"]
    static let jsonExports: [ExportFormat] = [.telegram, .discord, .messenger, .skype]

    private static func detectObject(_ p: UnsafeBufferPointer<UInt8>, textField: String) -> InputFormatGuess {
        let sketch = JSONSketch(p)
        if sketch.closedOnFirstLine && sketch.nextLineStartsWithObject { return .jsonl }
        if !sketch.spansLines && sketch.topKeys.contains(textField) { return .jsonl }
        let top = Set(sketch.topKeys)
        let message = sketch.messageKeys
        var evidence: [ExportFormat] = []
        if !top.isDisjoint(with: ["chats", "personal_information", "left_chats"])
            || (top.contains("name") && top.contains("type"))
            || !message.isDisjoint(with: ["date_unixtime", "from_id", "text_entities"])
            || (message.contains("date") && message.contains("from")) {
            evidence.append(.telegram)
        }
        if !top.isDisjoint(with: ["guild", "channel", "exportedAt", "dateRange", "messageCount"])
            || !message.isDisjoint(with: ["author", "timestampEdited", "isPinned"]) {
            evidence.append(.discord)
        }
        if !top.isDisjoint(with: ["participants", "thread_path", "is_still_participant", "magic_words", "joinable_mode"])
            || !message.isDisjoint(with: ["sender_name", "timestamp_ms"]) {
            evidence.append(.messenger)
        }
        if !top.isDisjoint(with: ["userId", "exportDate", "conversations"])
            || !message.isDisjoint(with: ["originalarrivaltime", "messagetype", "conversationid"]) {
            evidence.append(.skype)
        }
        if evidence.count == 1 { return .export(evidence[0]) }
        if evidence.count > 1 {
            return .undetermined(candidates: evidence, reason: "a JSON document with keys of several chat exports")
        }
        let firstKeyIsDocument = sketch.topKeys.first.map { documentFirstKeys.contains($0) } ?? false
        if firstKeyIsDocument || sketch.spansLines {
            return .undetermined(candidates: jsonExports, reason: "a JSON document, not JSON Lines, but not one of the known chat export shapes")
        }
        return .jsonl
    }

    private static func detectArray(_ p: UnsafeBufferPointer<UInt8>) -> InputFormatGuess {
        let sketch = JSONSketch(p)
        if sketch.arrayElementKeys.contains("ts") && !sketch.arrayElementKeys.isDisjoint(with: ["user", "type", "subtype"]) {
            return .undetermined(candidates: [.slack], reason: "one day file of a Slack export; pass the export folder")
        }
        return .text
    }

    // MARK: Text

    private static func detectText(_ p: UnsafeBufferPointer<UInt8>, textField: String) -> InputFormatGuess {
        if looksLikeCSV(p, textField: textField) { return .csv }
        var whatsapp = 0
        var irc = 0
        var firstKind: ExportFormat?
        var sawFirst = false
        var start = 0
        var examined = 0
        while start < p.count && examined < 20 {
            var end = start
            while end < p.count && p[end] != 0x0A { end += 1 }
            var line = UnsafeBufferPointer(rebasing: p[start..<end])
            if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line[..<(line.count - 1)]) }
            start = end + 1
            guard line.contains(where: { !ExportText.isSpace($0) }) else { continue }
            examined += 1
            var kind: ExportFormat?
            if WhatsAppReader.parseHeader(line) != nil {
                whatsapp += 1
                kind = .whatsapp
            } else if isIRCLine(Array(line)) {
                irc += 1
                kind = .irc
            }
            if !sawFirst {
                sawFirst = true
                firstKind = kind
            }
        }
        if whatsapp > 0 && irc > 0 {
            return .undetermined(candidates: [.whatsapp, .irc], reason: "lines of both WhatsApp and IRC log shapes")
        }
        if let firstKind { return .export(firstKind) }
        if whatsapp > 0 {
            return .undetermined(candidates: [.whatsapp], reason: "later lines look like WhatsApp message headers, but the first does not")
        }
        if irc > 0 {
            return .undetermined(candidates: [.irc], reason: "later lines look like IRC log lines, but the first does not")
        }
        return .text
    }

    private static func isIRCLine(_ b: [UInt8]) -> Bool {
        if IRCReader.weechatTime(b) != nil { return true }
        for opener in ["--- Log opened ", "--- Log closed ", "--- Day changed "] where ExportText.hasPrefix(b, opener) { return true }
        guard let time = IRCReader.irssiTime(b) else { return false }
        let rest = b[time.end...].drop { $0 == 0x20 }
        guard let first = rest.first else { return false }
        if first == UInt8(ascii: "<") { return rest.contains(UInt8(ascii: ">")) }
        return ExportText.hasPrefix(rest, "-!- ") || ExportText.hasPrefix(rest, "* ")
    }
}

/// A tolerant look at the start of a JSON document that may be cut anywhere: the top-level
/// keys, the keys of the first objects in `messages` / `MessageList` arrays, and the line shape.
struct JSONSketch {
    private(set) var topKeys: [String] = []
    /// Keys of objects that are elements of an array stored under `messages` or `MessageList`.
    private(set) var messageKeys: Set<String> = []
    /// Keys of objects that are elements of a top-level array.
    private(set) var arrayElementKeys: Set<String> = []
    /// The top-level value ended before the first newline.
    private(set) var closedOnFirstLine = false
    /// The first non-blank byte after the top-level value's line is `{`.
    private(set) var nextLineStartsWithObject = false
    /// A newline occurs inside the top-level value.
    private(set) var spansLines = false

    private struct Container {
        var isObject: Bool
        var key: String?          // the key this container is stored under in its parent
        var isMessage: Bool       // an element of a messages array
        var isTopArrayElement: Bool
        var expectingKey = true
        var currentKey: String?
    }

    init(_ p: UnsafeBufferPointer<UInt8>) {
        var stack: [Container] = []
        var i = 0
        let n = p.count
        var sawNewline = false
        scan: while i < n {
            let byte = p[i]
            switch byte {
            case 0x0A:
                sawNewline = true
                if !stack.isEmpty { spansLines = true }
                i += 1
            case 0x20, 0x09, 0x0D, UInt8(ascii: ":"):
                if byte == UInt8(ascii: ":"), !stack.isEmpty { stack[stack.count - 1].expectingKey = false }
                i += 1
            case UInt8(ascii: ","):
                if let top = stack.last, top.isObject { stack[stack.count - 1].expectingKey = true }
                i += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let parent = stack.last
                let parentIsMessages = parent.map { !$0.isObject && ($0.key == "messages" || $0.key == "MessageList") } ?? false
                stack.append(Container(isObject: byte == UInt8(ascii: "{"),
                                       key: parent?.isObject == true ? parent?.currentKey : nil,
                                       isMessage: byte == UInt8(ascii: "{") && parentIsMessages,
                                       isTopArrayElement: byte == UInt8(ascii: "{") && stack.count == 1 && parent?.isObject == false))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                i += 1
                if stack.isEmpty {
                    closedOnFirstLine = !sawNewline
                    // What follows the value's line?
                    var k = i
                    while k < n, p[k] != 0x0A { k += 1 }
                    while k < n, p[k] == 0x0A || p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D { k += 1 }
                    nextLineStartsWithObject = k < n && p[k] == UInt8(ascii: "{")
                    break scan
                }
            case UInt8(ascii: "\""):
                var k = i + 1
                var bytes: [UInt8] = []
                while k < n, p[k] != UInt8(ascii: "\"") {
                    if p[k] == UInt8(ascii: "\\") { k += 1 } else if bytes.count < 64 { bytes.append(p[k]) }
                    k += 1
                }
                guard k < n else { break scan }   // cut inside a string
                i = k + 1
                guard var top = stack.last else { break scan }
                if top.isObject && top.expectingKey {
                    let key = String(decoding: bytes, as: UTF8.self)
                    top.currentKey = key
                    if stack.count == 1 { topKeys.append(key) }
                    if top.isMessage { messageKeys.insert(key) }
                    if top.isTopArrayElement { arrayElementKeys.insert(key) }
                    stack[stack.count - 1] = top
                }
            default:
                i += 1   // numbers, literals, and anything odd
            }
        }
    }
}
