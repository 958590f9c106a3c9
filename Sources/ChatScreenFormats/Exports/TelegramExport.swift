/// Reads a Telegram Desktop JSON export (`result.json`), streaming one message at a time.
///
/// ```json
/// {"name": "Sam Rivers", "type": "personal_chat", "id": 4811223344, "messages": [
///   {"id": 1, "type": "message", "date": "2024-03-12T20:58:00", "date_unixtime": "1710277080",
///    "from": "Sam Rivers", "from_id": "user4811223344",
///    "text": ["see ", {"type": "link", "text": "https://example.com"}], "text_entities": […]},
///   {"id": 2, "type": "service", "actor": "Sam Rivers", "action": "pin_message", "text": ""}
/// ]}
/// ```
///
/// - Accepts a single-chat export (`name`, `type`, `id`, `messages` at the top) and the full
///   export (`{"chats": {"list": [chat, …]}, "left_chats": {"list": […]}, …}`: every chat in
///   order).
/// - `text` is a string or an array of strings and entity objects (`{"type": "bold", "text": …}`);
///   the pieces are concatenated.
/// - ``InputMessage/conversation``: the chat's `name`, else its `id`, else the `conversation`
///   parameter. (Telegram writes `name` before `messages`; a chat whose name comes after its
///   messages falls back the same way.)
/// - ``InputMessage/sender``: `from` (else `from_id`; service messages: `actor`, else `actor_id`).
/// - ``InputMessage/id``: the message `id`.
/// - ``InputMessage/timestamp``: `date_unixtime` as UTC (`2024-03-12T20:58:00Z`); without it,
///   `date`, which is the exporting computer's local time with no zone (`2024-03-12T20:58:00`).
/// - `"type": "service"` → skipped `system`; empty text with a photo, file, sticker, poll,
///   location or contact → skipped `media`; a message with a caption is a message.
/// - ``InputMessage/line``: the message's 1-based position, counting across chats.
///
/// Memory: the read buffer plus one message object. A syntax error ends the reader with an
/// error record (a JSON document cannot be resynchronised).
public struct TelegramReader: ChatExportReader, JSONExportStepping {
    private let file: ExportFile
    private let json: JSONPullParser
    private let fallbackConversation: String?
    private var frames: [Frame] = []
    private var started = false
    var finished = false
    private var chat = ChatInfo()
    var index = 0

    private enum Kind { case root, chats, chatList, chat, messages }
    private struct Frame {
        var kind: Kind
        var first = true
    }
    private struct ChatInfo {
        var name: String?
        var id: String?
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
                throw .syntax(offset: json.offset, message: "expected '{': a Telegram export is one JSON object")
            }
            try json.beginObject()
            frames.append(Frame(kind: .root))
        }
        while !frames.isEmpty {
            let top = frames.count - 1
            switch frames[top].kind {
            case .root, .chat:
                guard let key = try json.nextKey(first: &frames[top].first) else {
                    frames.removeLast()
                    chat = ChatInfo()
                    continue
                }
                let opening = try json.peek()
                let isRoot = frames[top].kind == .root
                switch key {
                case "name":
                    let value = try json.readValue(depth: frames.count + 1)
                    chat.name = value.string.map { String(decoding: ExportText.stripDirectionMarks(Array($0.utf8)), as: UTF8.self) }
                case "id":
                    chat.id = try json.readValue(depth: frames.count + 1).scalarText
                case "messages" where opening == UInt8(ascii: "["):
                    try json.beginArray()
                    frames.append(Frame(kind: .messages))
                case "chats" where isRoot && opening == UInt8(ascii: "{"),
                     "left_chats" where isRoot && opening == UInt8(ascii: "{"):
                    try json.beginObject()
                    frames.append(Frame(kind: .chats))
                default:
                    try json.skipValue(depth: frames.count + 1)
                }
            case .chats:
                guard let key = try json.nextKey(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                if key == "list", try json.peek() == UInt8(ascii: "[") {
                    try json.beginArray()
                    frames.append(Frame(kind: .chatList))
                } else {
                    try json.skipValue(depth: frames.count + 1)
                }
            case .chatList:
                guard try json.nextElement(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                if try json.peek() == UInt8(ascii: "{") {
                    try json.beginObject()
                    chat = ChatInfo()
                    frames.append(Frame(kind: .chat))
                } else {
                    try json.skipValue(depth: frames.count + 1)
                }
            case .messages:
                guard try json.nextElement(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                let value = try json.readValue(depth: frames.count + 1)
                index += 1
                return record(value)
            }
        }
        try json.finish()
        finished = true
        return nil
    }

    /// Keys whose presence on a message without text means it carries media.
    static let mediaKeys = ["photo", "file", "media_type", "sticker_emoji", "poll", "location_information",
                            "contact_information", "place_name", "game_title", "invoice_information", "mime_type"]

    private func record(_ value: JSONPullValue) -> InputRecord {
        guard case .object = value else {
            return .error(line: index, reason: "message \(index) must be a JSON object, not \(value.kindName)")
        }
        let type = value["type"]?.string ?? "message"
        let isService = type == "service"
        var message = InputMessage(line: index, text: [], id: value["id"]?.scalarText,
                                   conversation: chat.name ?? chat.id ?? fallbackConversation)
        let senderKeys = isService ? ["actor", "actor_id", "from", "from_id"] : ["from", "from_id"]
        for key in senderKeys {
            if let name = value[key]?.string {
                message.sender = String(decoding: ExportText.stripDirectionMarks(Array(name.utf8)), as: UTF8.self)
                break
            }
        }
        if let unix = value["date_unixtime"]?.scalarText, let time = ExportTime.utc(epochText: unix) {
            message.timestamp = time
        } else if let date = value["date"]?.string {
            message.timestamp = ExportTime.normalize(iso: date) ?? date
        }
        if isService { return .skipped(message, reason: "system") }

        var text: [UInt8] = []
        var repaired = false
        switch value["text"] {
        case nil, .null?:
            break
        case .string(let bytes, let wasRepaired)?:
            text = bytes
            repaired = wasRepaired
        case .array(let pieces)?:
            for piece in pieces {
                switch piece {
                case .string(let bytes, let wasRepaired):
                    text.append(contentsOf: bytes)
                    repaired = repaired || wasRepaired
                case .object:
                    if case .string(let bytes, let wasRepaired)? = piece["text"] {
                        text.append(contentsOf: bytes)
                        repaired = repaired || wasRepaired
                    }
                default:
                    return .error(line: index, reason: "message \(index): field \"text\" holds \(piece.kindName); expected strings and entity objects")
                }
            }
        case let other?:
            return .error(line: index, reason: "message \(index): field \"text\" must be a string or an array, not \(other.kindName)")
        }
        if text.isEmpty, Self.mediaKeys.contains(where: { value[$0]?.isPresent ?? false }) {
            return .skipped(message, reason: "media")
        }
        message.text = text
        message.hadInvalidUTF8 = repaired
        return .message(message)
    }
}
