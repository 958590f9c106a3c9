/// Reads a Skype export (`messages.json` from the Skype data export), streaming one message at
/// a time.
///
/// ```json
/// {"userId": "8:live:maya", "exportDate": "2024-03-13T10:00:00Z", "conversations": [
///   {"id": "8:live:sam", "displayName": "Sam Rivers", "MessageList": [
///     {"id": "1710277080000", "originalarrivaltime": "2024-03-12T20:58:00.123Z", "from": "8:live:sam",
///      "displayName": "Sam Rivers", "content": "Tom &amp; Jerry <b>now</b>", "messagetype": "RichText"}]}]}
/// ```
///
/// - Every conversation in order, each message in file order (Skype's own order; it is not
///   re-sorted).
/// - `content` is HTML-ish: tags are removed (`<br>` becomes a line break), and the entities
///   `&amp; &lt; &gt; &quot; &apos; &nbsp;`, `&#NNN;` and `&#xHH;` are decoded.
/// - ``InputMessage/conversation``: the conversation's `displayName`, else its `id`, else the
///   `conversation` parameter.
/// - ``InputMessage/sender``: `from` (the Skype id, always present and stable; a message's
///   `displayName` is often null). ``InputMessage/id``: `id`.
/// - ``InputMessage/timestamp``: `originalarrivaltime` to whole seconds (`…Z`).
/// - `messagetype` `RichText` and `Text` are messages (empty content with
///   `properties.deletetime` → skipped `deleted`); `RichText/…` (`UriObject`, `Media_Video`,
///   `Media_GenericFile`, …) → skipped `media`; anything else (`Event/Call`,
///   `ThreadActivity/AddMember`, `Notice`, `Poll`, …) → skipped `system`.
/// - ``InputMessage/line``: the message's 1-based position, counting across conversations.
///
/// Memory: the read buffer plus one message object.
public struct SkypeReader: ChatExportReader, JSONExportStepping {
    private let file: ExportFile
    private let json: JSONPullParser
    private let fallbackConversation: String?
    private var frames: [Frame] = []
    private var started = false
    var finished = false
    private var conversationName: String?
    private var conversationID: String?
    var index = 0

    private enum Kind { case root, conversations, conversation, messages }
    private struct Frame {
        var kind: Kind
        var first = true
    }

    /// Reads the export in `path`.
    public init(path: String, conversation: String? = nil, bufferSize: Int = 1 << 20) throws(InputReadError) {
        self.init(file: try ExportFile(path: path), conversation: conversation, bufferSize: bufferSize)
    }

    /// Reads from a descriptor the caller owns (not closed).
    public init(fileDescriptor: Int32, conversation: String? = nil, bufferSize: Int = 1 << 20) {
        self.init(file: ExportFile(borrowing: fileDescriptor), conversation: conversation, bufferSize: bufferSize)
    }

    init(file: ExportFile, conversation: String?, bufferSize: Int) {
        self.file = file
        self.json = JSONPullParser(fileDescriptor: file.fileDescriptor, bufferSize: bufferSize, prefix: file.prefix, prefixIsWholeInput: file.isInMemory)
        self.fallbackConversation = conversation
    }

    /// The number of bytes read so far.
    public var bytesRead: Int { json.bytesRead }


    public mutating func next() throws(InputReadError) -> InputRecord? { try nextRecord() }

    mutating func step() throws(JSONPullError) -> InputRecord? {
        if !started {
            started = true
            guard try json.peek() == UInt8(ascii: "{") else {
                throw .syntax(offset: json.offset, message: "expected '{': a Skype export is one JSON object")
            }
            try json.beginObject()
            frames.append(Frame(kind: .root))
        }
        while !frames.isEmpty {
            let top = frames.count - 1
            let depth = frames.count + 1
            switch frames[top].kind {
            case .root:
                guard let key = try json.nextKey(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                if key == "conversations", try json.peek() == UInt8(ascii: "[") {
                    try json.beginArray()
                    frames.append(Frame(kind: .conversations))
                } else {
                    try json.skipValue(depth: depth)
                }
            case .conversations:
                guard try json.nextElement(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                if try json.peek() == UInt8(ascii: "{") {
                    try json.beginObject()
                    conversationName = nil
                    conversationID = nil
                    frames.append(Frame(kind: .conversation))
                } else {
                    try json.skipValue(depth: depth)
                }
            case .conversation:
                guard let key = try json.nextKey(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                let opening = try json.peek()
                switch key {
                case "id":
                    conversationID = try json.readValue(depth: depth).scalarText
                case "displayName":
                    conversationName = try json.readValue(depth: depth).string.flatMap { name in
                        let clean = String(decoding: ExportText.stripDirectionMarks(Array(name.utf8)), as: UTF8.self)
                        return clean.isEmpty ? nil : clean
                    }
                case "MessageList" where opening == UInt8(ascii: "["):
                    try json.beginArray()
                    frames.append(Frame(kind: .messages))
                default:
                    try json.skipValue(depth: depth)
                }
            case .messages:
                guard try json.nextElement(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                let value = try json.readValue(depth: depth)
                index += 1
                return record(value)
            }
        }
        try json.finish()
        finished = true
        return nil
    }

    private func record(_ value: JSONPullValue) -> InputRecord {
        guard case .object = value else {
            return .error(line: index, reason: "message \(index) must be a JSON object, not \(value.kindName)")
        }
        var message = InputMessage(line: index, text: [], id: value["id"]?.scalarText,
                                   conversation: conversationName ?? conversationID ?? fallbackConversation)
        message.sender = value["from"]?.scalarText ?? value["displayName"]?.string
        if let time = value["originalarrivaltime"]?.string {
            message.timestamp = ExportTime.normalize(iso: time) ?? time
        }
        let type = value["messagetype"]?.string ?? "RichText"
        if type.hasPrefix("RichText/") { return .skipped(message, reason: "media") }
        guard type == "RichText" || type == "Text" else { return .skipped(message, reason: "system") }
        var text: [UInt8] = []
        switch value["content"] {
        case .string(let bytes, let repaired)?:
            text = Self.plainText(bytes)
            message.hadInvalidUTF8 = repaired
        case nil, .null?:
            break
        case let other?:
            return .error(line: index, reason: "message \(index): field \"content\" must be a string, not \(other.kindName)")
        }
        if text.isEmpty, value["properties"]?["deletetime"]?.isPresent ?? false {
            message.hadInvalidUTF8 = false
            return .skipped(message, reason: "deleted")
        }
        message.text = text
        return .message(message)
    }

    /// Skype's HTML-ish content as plain text: tags removed (`<br>`, `<br/>` → `\n`), basic
    /// entities decoded. A `<` not followed by a letter, `/` or `!`, or with no `>` after it,
    /// is kept.
    static func plainText(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count)
        var i = 0
        while i < html.count {
            let byte = html[i]
            if byte == UInt8(ascii: "<"), i + 1 < html.count, isTagStart(html[i + 1]),
               let close = html[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) {
                let name = html[(i + 1)..<close].prefix { $0 != 0x20 && $0 != UInt8(ascii: "/") && $0 != 0x09 }
                if name.count == 2, name.first.map({ $0 | 0x20 }) == UInt8(ascii: "b"), name.last.map({ $0 | 0x20 }) == UInt8(ascii: "r") {
                    out.append(0x0A)
                }
                i = close + 1
                continue
            }
            if byte == UInt8(ascii: "&") {
                let consumed = ExportText.decodeEntity(html, at: i, into: &out)
                if consumed > 0 {
                    i += consumed
                    continue
                }
            }
            out.append(byte)
            i += 1
        }
        return out
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }
}
