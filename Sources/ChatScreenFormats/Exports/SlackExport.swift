#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a Slack export folder: `channels.json`, `users.json` and one folder per channel of
/// `YYYY-MM-DD.json` files.
///
/// ```text
/// export/
///   channels.json      [{"id": "C01", "name": "general", …}, …]
///   users.json         [{"id": "U01", "name": "sam.rivers", "real_name": "Sam Rivers", …}, …]
///   general/2024-03-11.json   [{"type": "message", "user": "U01", "text": "hi <@U02>", "ts": "1710151200.000100"}, …]
/// ```
///
/// - **Order.** One conversation per channel, channel after channel: those of `channels.json`,
///   then `groups.json`, `mpims.json` and `dms.json` in their order, then any other folder holding
///   day files (by name). Within a channel the day files go by date, and the messages of a day by
///   `ts` (file order for equal `ts`).
/// - ``InputMessage/conversation``: the channel `name` (a DM: its `id`, which is also its
///   folder's name). ``InputMessage/id``: `ts`. ``InputMessage/timestamp``: `ts` as UTC.
/// - ``InputMessage/sender``: the `user` id mapped through `users.json` to the user's `name`
///   (the workspace handle, unique), else `real_name`; a user missing from `users.json` stays an
///   id; bot messages use `username`, else `bot_id`.
/// - Text: Slack's markup is turned into what the reader saw: `<@U01>` → `@sam.rivers`,
///   `<#C01|general>` → `#general`, `<!here>` → `@here`, `<https://x|label>` → `label`,
///   `<https://x>` → `https://x`, and `&amp; &lt; &gt;` are decoded.
/// - `subtype`: none, `thread_broadcast`, `reply_broadcast`, `me_message`, `bot_message` and
///   `file_share` are messages (empty text with `files` → skipped `media`);
///   `message_deleted` and `tombstone` → skipped `deleted`; any other (`channel_join`,
///   `channel_leave`, `channel_topic`, `pinned_item`, …) → skipped `system`.
/// - ``InputMessage/line``: the message's 1-based position in the order yielded, across the
///   whole export.
/// - A day file that cannot be parsed yields the messages before the fault, then an error record
///   naming the channel folder, the file and the byte; reading goes on with the next file.
///
/// Memory: the user table (id → name), the channel list, and one day file's messages (to sort
/// them by `ts`); the day files are read through the JSON pull tokenizer.
public struct SlackReader: ChatExportReader {
    private let root: String
    private let bufferSize: Int
    private var prepared = false
    private var users: [String: String] = [:]
    private var channels: [Channel] = []
    private var channelPosition = 0
    private var dayFiles: [String] = []
    private var dayPosition = 0
    private var queue: [InputRecord] = []
    private var queuePosition = 0
    private var index = 0

    private struct Channel {
        var conversation: String
        var directory: String
    }

    /// Reads the export folder `path`. Throws when it is not a readable folder.
    public init(path: String, bufferSize: Int = 1 << 20) throws(InputReadError) {
        guard let directory = opendir(path) else { throw InputReadError(errno: errno) }
        closedir(directory)
        var root = path
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.bufferSize = bufferSize
    }

    public mutating func next() throws(InputReadError) -> InputRecord? {
        if !prepared {
            prepared = true
            try prepare()
        }
        while true {
            if queuePosition < queue.count {
                queuePosition += 1
                return queue[queuePosition - 1]
            }
            queue.removeAll(keepingCapacity: true)
            queuePosition = 0
            if dayPosition < dayFiles.count {
                let channel = channels[channelPosition - 1]
                try readDay(channel: channel, file: dayFiles[dayPosition])
                dayPosition += 1
                continue
            }
            guard channelPosition < channels.count else { return nil }
            let channel = channels[channelPosition]
            channelPosition += 1
            dayFiles = (Self.list(root + "/" + channel.directory) ?? []).filter(Self.isDayFileName)
            dayPosition = 0
        }
    }

    // MARK: Set-up

    private mutating func prepare() throws(InputReadError) {
        var table: [String: String] = [:]
        try readArray(named: "users.json") { user in
            guard let id = user["id"]?.scalarText else { return }
            for key in ["name", "real_name"] {
                if let name = user[key]?.string, !name.isEmpty {
                    table[id] = name
                    return
                }
            }
        }
        users = table
        var seen: Set<String> = []
        var found: [Channel] = []
        let root = self.root
        for list in ["channels.json", "groups.json", "mpims.json", "dms.json"] {
            try readArray(named: list) { channel in
                let name = channel["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
                let id = channel["id"]?.scalarText
                for candidate in [name, id].compactMap({ $0 }) where !candidate.contains("/") && candidate != "." && candidate != ".." {
                    if !seen.contains(candidate) && Self.isDirectory(root + "/" + candidate) {
                        seen.insert(candidate)
                        found.append(Channel(conversation: name ?? candidate, directory: candidate))
                        return
                    }
                }
            }
        }
        for entry in Self.list(root) ?? [] where !seen.contains(entry) && Self.isDirectory(root + "/" + entry) {
            if (Self.list(root + "/" + entry) ?? []).contains(where: Self.isDayFileName) {
                found.append(Channel(conversation: entry, directory: entry))
            }
        }
        channels = found
    }

    /// Streams the elements of the top-level array in `root/name` (absent: nothing); a fault is
    /// queued as an error record.
    private mutating func readArray(named name: String, _ body: (JSONPullValue) -> Void) throws(InputReadError) {
        if let fault = try Self.readArray(path: root + "/" + name, bufferSize: min(bufferSize, 1 << 16), body) {
            queue.append(.error(line: index + 1, reason: "\(name): \(fault)"))
        }
    }

    /// Streams the elements of the top-level array in the file `path`; returns the reason of a
    /// syntax error, nil otherwise (also when the file does not exist).
    private static func readArray(path: String, bufferSize: Int, _ body: (JSONPullValue) -> Void) throws(InputReadError) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let json = JSONPullParser(fileDescriptor: fd, bufferSize: bufferSize)
        do throws(JSONPullError) {
            try json.beginArray()
            var first = true
            while try json.nextElement(first: &first) {
                body(try json.readValue(depth: 2))
            }
            try json.finish()
            return nil
        } catch {
            switch error {
            case .read(let failure): throw failure
            case .syntax: return error.reason ?? "invalid JSON"
            }
        }
    }

    // MARK: Day files

    private struct Pending {
        var seconds: Int64
        var fraction: Int64
        var position: Int
        var record: InputRecord
    }

    private mutating func readDay(channel: Channel, file: String) throws(InputReadError) {
        let path = root + "/" + channel.directory + "/" + file
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputReadError(errno: errno) }
        defer { close(fd) }
        let json = JSONPullParser(fileDescriptor: fd, bufferSize: bufferSize)
        var pending: [Pending] = []
        var fault: String?
        do throws(JSONPullError) {
            guard try json.peek() == UInt8(ascii: "[") else {
                throw .syntax(offset: json.offset, message: "expected '[': a Slack day file is one JSON array")
            }
            try json.beginArray()
            var first = true
            while try json.nextElement(first: &first) {
                let value = try json.readValue(depth: 2)
                let (seconds, fraction) = Self.sortKey(value["ts"]?.scalarText)
                pending.append(Pending(seconds: seconds, fraction: fraction, position: pending.count,
                                       record: record(value, conversation: channel.conversation, position: pending.count + 1, file: file)))
            }
            try json.finish()
        } catch {
            switch error {
            case .read(let failure): throw failure
            case .syntax: fault = "\(channel.directory)/\(file): \(error.reason ?? "invalid JSON")"
            }
        }
        pending.sort { ($0.seconds, $0.fraction, $0.position) < ($1.seconds, $1.fraction, $1.position) }
        for item in pending {
            index += 1
            queue.append(Self.numbered(item.record, line: index))
        }
        if let fault { queue.append(.error(line: index + 1, reason: fault)) }
    }

    private static func numbered(_ record: InputRecord, line: Int) -> InputRecord {
        switch record {
        case .message(var message):
            message.line = line
            return .message(message)
        case .skipped(var message, let reason):
            message.line = line
            return .skipped(message, reason: reason)
        case .error(_, let reason):
            return .error(line: line, reason: reason)
        }
    }

    /// `"1710151200.000100"` → (1710151200, 100); missing or malformed sorts first.
    private static func sortKey(_ ts: String?) -> (Int64, Int64) {
        guard let ts else { return (Int64.min, 0) }
        let parts = ts.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let seconds = Int64(parts[0]) ?? Int64.min
        let fraction = parts.count > 1 ? Int64(parts[1].prefix(9)) ?? 0 : 0
        return (seconds, fraction)
    }

    static let messageSubtypes: Set<String> = ["thread_broadcast", "reply_broadcast", "me_message", "bot_message", "file_share"]

    private func record(_ value: JSONPullValue, conversation: String, position: Int, file: String) -> InputRecord {
        guard case .object = value else {
            return .error(line: 0, reason: "\(conversation)/\(file): message \(position) must be a JSON object, not \(value.kindName)")
        }
        let ts = value["ts"]?.scalarText
        var message = InputMessage(line: 0, text: [], id: ts, conversation: conversation)
        if let ts { message.timestamp = ExportTime.utc(epochText: ts) }
        if let user = value["user"]?.scalarText {
            message.sender = users[user] ?? user
        } else if let name = value["username"]?.string ?? value["bot_id"]?.scalarText {
            message.sender = name
        }
        let subtype = value["subtype"]?.string
        if let subtype, !Self.messageSubtypes.contains(subtype) {
            return .skipped(message, reason: subtype == "message_deleted" || subtype == "tombstone" ? "deleted" : "system")
        }
        var text: [UInt8] = []
        switch value["text"] {
        case .string(let bytes, let repaired)?:
            text = plainText(bytes)
            message.hadInvalidUTF8 = repaired
        case nil, .null?:
            break
        case let other?:
            return .error(line: 0, reason: "\(conversation)/\(file): message \(position): field \"text\" must be a string, not \(other.kindName)")
        }
        if text.isEmpty, value["files"]?.isPresent ?? false || value["attachments"]?.isPresent ?? false || subtype == "file_share" {
            message.hadInvalidUTF8 = false
            return .skipped(message, reason: "media")
        }
        message.text = text
        return .message(message)
    }

    /// Slack's message markup as the reader saw it (see the type's documentation).
    func plainText(_ source: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            let byte = source[i]
            if byte == UInt8(ascii: "<"), let close = source[(i + 1)...].firstIndex(of: UInt8(ascii: ">")),
               close > i + 1, !source[(i + 1)..<close].contains(0x0A) {
                let inner = Array(source[(i + 1)..<close])
                let bar = inner.firstIndex(of: UInt8(ascii: "|"))
                let target = bar.map { Array(inner[..<$0]) } ?? inner
                let label = bar.map { Array(inner[($0 + 1)...]) }
                switch target.first {
                case UInt8(ascii: "@"):
                    let id = String(decoding: target.dropFirst(), as: UTF8.self)
                    out.append(UInt8(ascii: "@"))
                    out.append(contentsOf: (users[id].map { Array($0.utf8) } ?? label ?? Array(id.utf8)))
                case UInt8(ascii: "#"):
                    out.append(UInt8(ascii: "#"))
                    out.append(contentsOf: label ?? Array(target.dropFirst()))
                case UInt8(ascii: "!"):
                    if let label {
                        out.append(contentsOf: label)
                    } else {
                        out.append(UInt8(ascii: "@"))
                        out.append(contentsOf: target.dropFirst().prefix { $0 != UInt8(ascii: "^") })
                    }
                default:
                    out.append(contentsOf: label ?? target)
                }
                i = close + 1
                continue
            }
            if byte == UInt8(ascii: "&") {
                let consumed = ExportText.decodeEntity(source, at: i, into: &out)
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

    // MARK: File system

    /// The entry names of a folder (without `.` and `..`), sorted; nil when it cannot be opened.
    static func list(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// `YYYY-MM-DD.json`.
    static func isDayFileName(_ name: String) -> Bool {
        let b = Array(name.utf8)
        guard b.count == 15, ExportText.hasSuffix(b, ".json") else { return false }
        for (k, byte) in b.prefix(10).enumerated() {
            if k == 4 || k == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard byte &- 0x30 < 10 else { return false }
            }
        }
        return true
    }
}
