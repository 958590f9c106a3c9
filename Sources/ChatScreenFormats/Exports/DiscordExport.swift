/// Reads a DiscordChatExporter JSON export (one channel per file), streaming one message at a time.
///
/// ```json
/// {"guild": {"id": "0", "name": "Direct Messages"},
///  "channel": {"id": "1187", "type": "DirectTextChat", "name": "Sam"},
///  "messages": [
///    {"id": "1211", "type": "Default", "timestamp": "2024-03-12T20:58:00.123+00:00",
///     "content": "hey", "author": {"id": "93", "name": "sam", "nickname": "Sam"}, "attachments": []}
///  ],
///  "messageCount": 1}
/// ```
///
/// - ``InputMessage/conversation``: the channel's `name`, else its `id` (from `channel`, which the
///   exporter writes before `messages`), else the `conversation` parameter.
/// - ``InputMessage/sender``: `author.name` (the account name, stable and unique), else
///   `author.nickname`, else `author.id`.
/// - ``InputMessage/id``: the message `id`. ``InputMessage/timestamp``: `timestamp` to whole
///   seconds, keeping the offset the exporter wrote (`2024-03-12T20:58:00+00:00`).
/// - `type` `Default` and `Reply` (and the slash-command types `ChatInputCommand`,
///   `ContextMenuCommand`, `ApplicationCommand`) are messages; any other type
///   (`GuildMemberJoin`, `RecipientAdd`, `Call`, `ChannelPinnedMessage`, …) → skipped `system`.
/// - Empty `content` with attachments, stickers or embeds → skipped `media`.
/// - ``InputMessage/line``: the message's 1-based position in `messages`.
///
/// Memory: the read buffer plus one message object.
public struct DiscordReader: ChatExportReader, JSONExportStepping {
    private let file: ExportFile
    private let json: JSONPullParser
    private let fallbackConversation: String?
    private var frames: [Frame] = []
    private var started = false
    var finished = false
    private var channelName: String?
    private var channelID: String?
    var index = 0

    private enum Kind { case root, messages }
    private struct Frame {
        var kind: Kind
        var first = true
    }

    static let messageTypes: Set<String> = ["Default", "Reply", "ChatInputCommand", "ContextMenuCommand", "ApplicationCommand"]

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
                throw .syntax(offset: json.offset, message: "expected '{': a Discord export is one JSON object")
            }
            try json.beginObject()
            frames.append(Frame(kind: .root))
        }
        while !frames.isEmpty {
            let top = frames.count - 1
            switch frames[top].kind {
            case .root:
                guard let key = try json.nextKey(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                let opening = try json.peek()
                if key == "channel" {
                    let channel = try json.readValue(depth: 2)
                    channelName = channel["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
                    channelID = channel["id"]?.scalarText
                } else if key == "messages", opening == UInt8(ascii: "[") {
                    try json.beginArray()
                    frames.append(Frame(kind: .messages))
                } else {
                    try json.skipValue(depth: 2)
                }
            case .messages:
                guard try json.nextElement(first: &frames[top].first) else {
                    frames.removeLast()
                    continue
                }
                let value = try json.readValue(depth: 3)
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
                                   conversation: channelName ?? channelID ?? fallbackConversation)
        if let author = value["author"] {
            for key in ["name", "nickname", "id"] {
                if let name = author[key]?.scalarText, !name.isEmpty {
                    message.sender = name
                    break
                }
            }
        }
        if let time = value["timestamp"]?.string {
            message.timestamp = ExportTime.normalize(iso: time) ?? time
        }
        let type = value["type"]?.string ?? "Default"
        guard Self.messageTypes.contains(type) else { return .skipped(message, reason: "system") }
        var text: [UInt8] = []
        switch value["content"] {
        case .string(let bytes, let repaired)?:
            text = bytes
            message.hadInvalidUTF8 = repaired
        case nil, .null?:
            break
        case let other?:
            return .error(line: index, reason: "message \(index): field \"content\" must be a string, not \(other.kindName)")
        }
        if text.isEmpty, ["attachments", "stickers", "embeds"].contains(where: { value[$0]?.isPresent ?? false }) {
            message.hadInvalidUTF8 = false
            return .skipped(message, reason: "media")
        }
        message.text = text
        return .message(message)
    }
}
