/// Reads a Facebook Messenger or Instagram "Download your information" JSON thread file
/// (`message_1.json`, …) and yields its messages oldest first.
///
/// ```json
/// {"participants": [{"name": "Sam Rivers"}, {"name": "Maya L\u00c3\u00b3pez"}],
///  "messages": [
///    {"sender_name": "Sam Rivers", "timestamp_ms": 1710277200000, "content": "caf\u00c3\u00a9?"},
///    {"sender_name": "Maya L\u00c3\u00b3pez", "timestamp_ms": 1710277080000, "photos": [{"uri": "…"}]}
///  ],
///  "title": "Sam Rivers", "is_still_participant": true, "thread_path": "inbox/samrivers_1042"}
/// ```
///
/// - **Order.** These files list messages newest first; the reader yields them oldest first. It
///   reverses unless the file is plainly oldest first already (first `timestamp_ms` < last).
/// - **Memory.** To reverse, the reader holds every message of the file before yielding the
///   first: the decoded text, sender and time of each, which is bounded by the file size plus
///   about 200 bytes per message. Facebook splits a thread into files of at most 10,000 messages
///   (`message_1.json`, `message_2.json`, …), so one file is a few megabytes; read the files of a
///   thread from the highest number (oldest) to `message_1.json` (newest).
/// - **Mojibake.** These exports write each UTF-8 byte of a string as its own `\u00XX` escape
///   (`"\u00c3\u00a9"` for é). When every code point of a decoded string is at most U+00FF and
///   those code points as bytes are valid UTF-8, the bytes are re-read as UTF-8. Applied to
///   `content`, `sender_name` and `title`; genuine Latin-1 (`"caf\u00e9"`) is left alone.
/// - ``InputMessage/conversation``: `title`, else `thread_path`, else the `conversation`
///   parameter (the title comes after the messages, which is fine since the file is read whole).
/// - ``InputMessage/sender``: `sender_name`. ``InputMessage/timestamp``: `timestamp_ms` as UTC.
///   ``InputMessage/id``: none (these exports have no message ids).
/// - ``InputMessage/line``: the 1-based position in the yielded (oldest-first) order; in a
///   newest-first file it is element `count − line` (0-based) of `messages`.
/// - `"is_unsent": true`, or content "You unsent a message." / "… unsent a message." → skipped
///   `deleted`; `type` `Subscribe`, `Unsubscribe` or `Call`, Instagram's "Liked a message" and
///   "Reacted … to your message" → skipped `system`; no content with photos, videos, audio
///   files, GIFs, files, a sticker or a share, or "… sent an attachment." → skipped `media`. A
///   message with neither content nor a known attachment is reported as `media` too (an
///   attachment kind this reader does not know). The phrases are the English export strings.
/// - A syntax error yields the messages read so far (oldest first), then one error record.
public struct MessengerReader: ChatExportReader {
    private let file: ExportFile
    private let json: JSONPullParser
    private let fallbackConversation: String?
    private var loaded = false
    private var records: [InputRecord] = []
    private var position = 0

    /// Reads the thread file in `path`.
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

    public mutating func next() throws(InputReadError) -> InputRecord? {
        if !loaded {
            loaded = true
            try load()
        }
        guard position < records.count else {
            if !records.isEmpty { records = [] }   // give the memory back
            return nil
        }
        position += 1
        return records[position - 1]
    }

    private struct Pending {
        var record: InputRecord
        var milliseconds: Int64?
    }

    private mutating func load() throws(InputReadError) {
        var pending: [Pending] = []
        var title: String?
        var threadPath: String?
        var trailingError: String?
        do throws(JSONPullError) {
            guard try json.peek() == UInt8(ascii: "{") else {
                throw .syntax(offset: json.offset, message: "expected '{': a Messenger or Instagram export is one JSON object")
            }
            try json.beginObject()
            var first = true
            while let key = try json.nextKey(first: &first) {
                let opening = try json.peek()
                switch key {
                case "title":
                    title = try json.readValue(depth: 2).bytes.map(Self.repairedName)
                case "thread_path":
                    threadPath = try json.readValue(depth: 2).string
                case "messages" where opening == UInt8(ascii: "["):
                    try json.beginArray()
                    var firstElement = true
                    while try json.nextElement(first: &firstElement) {
                        pending.append(Self.pending(try json.readValue(depth: 3), position: pending.count + 1))
                    }
                default:
                    try json.skipValue(depth: 2)
                }
            }
            try json.finish()
        } catch {
            switch error {
            case .read(let failure): throw failure
            case .syntax: trailingError = error.reason
            }
        }
        let conversation = title.flatMap { $0.isEmpty ? nil : $0 } ?? threadPath ?? fallbackConversation
        let oldestFirst = pending.count > 1 && {
            guard let first = pending.first?.milliseconds, let last = pending.last?.milliseconds else { return false }
            return first < last
        }()
        if !oldestFirst { pending.reverse() }
        records.reserveCapacity(pending.count + 1)
        for (offset, item) in pending.enumerated() {
            records.append(Self.finish(item.record, line: offset + 1, conversation: conversation))
        }
        pending = []
        if let trailingError {
            records.append(.error(line: records.count + 1, reason: trailingError))
        }
    }

    private static func finish(_ record: InputRecord, line: Int, conversation: String?) -> InputRecord {
        switch record {
        case .message(var message):
            message.line = line
            message.conversation = conversation
            return .message(message)
        case .skipped(var message, let reason):
            message.line = line
            message.conversation = conversation
            return .skipped(message, reason: reason)
        case .error(_, let reason):
            return .error(line: line, reason: reason)
        }
    }

    static func repairedName(_ bytes: [UInt8]) -> String {
        String(decoding: ExportText.stripDirectionMarks(ExportText.repairingMojibake(bytes)), as: UTF8.self)
    }

    /// Converts one message object; `position` is its 1-based place in the file (for errors).
    private static func pending(_ value: JSONPullValue, position: Int) -> Pending {
        guard case .object = value else {
            return Pending(record: .error(line: 0, reason: "message \(position) of the file must be a JSON object, not \(value.kindName)"),
                           milliseconds: nil)
        }
        var message = InputMessage(line: 0, text: [])
        message.sender = value["sender_name"]?.bytes.map(repairedName)
        var milliseconds: Int64?
        if let stamp = value["timestamp_ms"]?.scalarText {
            milliseconds = Int64(stamp)
            message.timestamp = ExportTime.utc(epochText: stamp, milliseconds: true)
        }
        func skipped(_ reason: String) -> Pending {
            Pending(record: .skipped(message, reason: reason), milliseconds: milliseconds)
        }
        if value["is_unsent"]?.isTrue ?? false { return skipped("deleted") }
        if let type = value["type"]?.string, ["Subscribe", "Unsubscribe", "Call"].contains(type) {
            return skipped("system")
        }
        var text: [UInt8] = []
        switch value["content"] {
        case .string(let bytes, let repaired)?:
            text = ExportText.repairingMojibake(bytes)
            message.hadInvalidUTF8 = repaired
        case nil, .null?:
            break
        case let other?:
            return Pending(record: .error(line: 0, reason: "message \(position) of the file: field \"content\" must be a string, not \(other.kindName)"),
                           milliseconds: milliseconds)
        }
        if text.isEmpty {
            message.hadInvalidUTF8 = false
            return skipped("media")
        }
        if text == Array("You unsent a message.".utf8) || ExportText.hasSuffix(text, " unsent a message.") {
            return skipped("deleted")
        }
        if text == Array("Liked a message".utf8)
            || (ExportText.hasPrefix(text, "Reacted ") && ExportText.hasSuffix(text, " to your message")) {
            return skipped("system")
        }
        if ExportText.hasSuffix(text, " sent an attachment.") { return skipped("media") }
        message.text = text
        return Pending(record: .message(message), milliseconds: milliseconds)
    }
}
