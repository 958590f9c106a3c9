#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Readers of chat-platform exports ("Export chat" text, "Download your information" JSON, …)
/// that yield the same ``InputRecord``s as ``MessageReader``.
///
/// ```swift
/// var reader = try ChatExports.reader(format: .whatsapp, path: "WhatsApp Chat with Sam.txt",
///                                     conversation: "WhatsApp Chat with Sam")
/// while let record = try reader.next() {
///     switch record {
///     case .message(let message): screen(message)        // text, sender, conversation, timestamp, line
///     case .skipped(let message, let reason): count(reason) // "system", "media" or "deleted"; never scored
///     case .error(let line, let reason): report(line, reason) // reason holds no message text
///     }
/// }
/// ```
///
/// Every reader yields records in source order (Messenger/Instagram: oldest first, see
/// ``MessengerReader``), never drops a record silently, and never puts message text into an
/// error reason. ``InputMessage/line`` is the 1-based line where the message starts for the text
/// formats (WhatsApp, IRC) and the 1-based position of the message in the order the reader
/// yields it for the JSON formats (counting on across the chats of a multi-chat export).
public protocol ChatExportReader {
    /// Returns the next record, or nil at the end of the export.
    ///
    /// Throws ``InputReadError`` when reading the file fails; malformed input is reported as
    /// ``InputRecord/error(line:reason:)`` instead.
    mutating func next() throws(InputReadError) -> InputRecord?

    /// Whether each conversation this reader yields is whole in its input, so that a long gap in
    /// time is a pause inside the conversation rather than its end: true for every chat export
    /// and for plain text (one conversation per file), false for JSONL and CSV streams that
    /// interleave many conversations. The conversation tracker never evicts a whole
    /// conversation for idleness. For ``MessageReader`` with ``InputFormat/auto``, ask after
    /// ``next()`` has returned a record (the format is decided at the first non-blank line).
    ///
    /// ```swift
    /// while let record = try reader.next() {
    ///     let whole = reader.holdsWholeConversations   // `chatscreen score` then observes with `.wholeFile`
    /// }
    /// ```
    var holdsWholeConversations: Bool { get }

    /// Why no record of this input can be read, once the reader knows it; nil otherwise. Every
    /// later record would be an error record with the same reason, so a caller can stop at the
    /// first one instead of reporting each. ``MessageReader`` sets it when a CSV header lacks
    /// the text column; the reason names the column and the header's columns, never message text.
    ///
    /// ```swift
    /// while let record = try reader.next() {
    ///     if case .error = record, let reason = reader.unreadableReason { stop(reason) }   // exit 3 in the CLI
    /// }
    /// ```
    var unreadableReason: String? { get }
}

extension ChatExportReader {
    /// Chat exports hold whole conversations (``MessageReader`` says so only for plain text).
    public var holdsWholeConversations: Bool { true }

    /// Chat exports report each unreadable record on its own (nil).
    public var unreadableReason: String? { nil }

    /// Calls `body` for each record until the export ends.
    public mutating func forEach(_ body: (InputRecord) throws -> Void) throws {
        while let record = try next() {
            try body(record)
        }
    }
}

/// The chat exports ChatScreen reads (see ``ChatExports``).
///
/// The raw values are the names the CLI accepts: `whatsapp`, `telegram`, `discord`,
/// `messenger`, `instagram`, `skype`, `slack`, `irc`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// WhatsApp "Export chat" text (Android and iOS shapes): ``WhatsAppReader``.
    case whatsapp
    /// Telegram Desktop JSON (`result.json`, one chat or the full export): ``TelegramReader``.
    case telegram
    /// DiscordChatExporter JSON (one channel per file): ``DiscordReader``.
    case discord
    /// Facebook Messenger "Download your information" JSON (`message_1.json`): ``MessengerReader``.
    case messenger
    /// Instagram "Download your information" JSON; the same shape as Messenger: ``MessengerReader``.
    case instagram
    /// Skype export JSON (`messages.json`): ``SkypeReader``.
    case skype
    /// A Slack export folder (`channels.json`, `users.json`, one folder per channel): ``SlackReader``.
    case slack
    /// irssi and weechat channel logs: ``IRCReader``.
    case irc

    /// Whether the export is a folder rather than a file (only Slack).
    public var isDirectory: Bool { self == .slack }
}

/// Options for ``ChatExports/reader(format:path:conversation:options:)``.
public struct ExportOptions: Sendable, Equatable {
    /// How to read WhatsApp dates such as `03/04/2024`; ``WhatsAppDateOrder/auto`` decides from
    /// the file.
    public var whatsAppDateOrder: WhatsAppDateOrder
    /// The size of the read buffer in bytes. Memory use is this buffer plus the current message
    /// (plus, for Messenger/Instagram, the messages of the file; see ``MessengerReader``).
    public var bufferSize: Int

    public init(whatsAppDateOrder: WhatsAppDateOrder = .auto, bufferSize: Int = 1 << 20) {
        self.whatsAppDateOrder = whatsAppDateOrder
        self.bufferSize = bufferSize
    }
}

/// Opens chat exports.
///
/// ```swift
/// let format = ExportFormat(rawValue: "telegram")!
/// var reader = try ChatExports.reader(format: format, path: "result.json", conversation: nil)
/// ```
public enum ChatExports {
    /// Opens the export at `path` (a folder for Slack, a file otherwise).
    ///
    /// - Parameter conversation: the conversation name for formats that do not name their chat
    ///   (WhatsApp, IRC: the CLI passes the file name stem, see ``conversationName(path:)``); the
    ///   JSON formats use it only when the chat has neither a name nor an id.
    /// - Throws: ``InputReadError`` when the file or folder cannot be opened.
    public static func reader(format: ExportFormat, path: String, conversation: String?) throws -> any ChatExportReader {
        try reader(format: format, path: path, conversation: conversation, options: ExportOptions())
    }

    /// Opens the export at `path` with `options` (WhatsApp date order, buffer size).
    public static func reader(
        format: ExportFormat,
        path: String,
        conversation: String?,
        options: ExportOptions
    ) throws -> any ChatExportReader {
        if format == .slack { return try SlackReader(path: path, bufferSize: options.bufferSize) }
        return reader(format: format, file: try ExportFile(path: path), conversation: conversation, options: options)
    }

    /// Reads an export from a descriptor the caller owns (standard input), after the bytes
    /// already read from it.
    ///
    /// ```swift
    /// let sniffed = try ExportDetector.sniff(fileDescriptor: STDIN_FILENO)
    /// if case .export(let format) = sniffed.guess {
    ///     var reader = try ChatExports.reader(format: format, fileDescriptor: STDIN_FILENO,
    ///                                         replaying: sniffed.prefix, conversation: "-")
    /// }
    /// ```
    ///
    /// - Parameter prefix: bytes already read from `fileDescriptor`, read first; the descriptor
    ///   is then read from where it is (no byte is read twice or skipped).
    /// - Throws: ``InputReadError`` (`EISDIR`) for ``ExportFormat/slack``, which is a folder.
    public static func reader(
        format: ExportFormat,
        fileDescriptor: Int32,
        replaying prefix: [UInt8],
        conversation: String?,
        options: ExportOptions = ExportOptions()
    ) throws(InputReadError) -> any ChatExportReader {
        guard !format.isDirectory else {
            var error = InputReadError(errno: EISDIR)
            error.description = "a Slack export is a folder (channels.json, users.json and one folder per channel) and "
                + "cannot be read from a stream; pass the folder's path instead"
            throw error
        }
        return reader(format: format, file: ExportFile(borrowing: fileDescriptor, replaying: prefix),
                      conversation: conversation, options: options)
    }

    private static func reader(format: ExportFormat, file: ExportFile, conversation: String?,
                               options: ExportOptions) -> any ChatExportReader {
        let size = options.bufferSize
        switch format {
        case .whatsapp:
            return WhatsAppReader(file: file, conversation: conversation, dateOrder: options.whatsAppDateOrder, bufferSize: size)
        case .telegram:
            return TelegramReader(file: file, conversation: conversation, bufferSize: size)
        case .discord:
            return DiscordReader(file: file, conversation: conversation, bufferSize: size)
        case .messenger, .instagram:
            return MessengerReader(file: file, conversation: conversation, bufferSize: size)
        case .skype:
            return SkypeReader(file: file, conversation: conversation, bufferSize: size)
        case .irc:
            return IRCReader(file: file, conversation: conversation, bufferSize: size)
        case .slack:
            preconditionFailure("a Slack export is a folder; the callers open it by path")
        }
    }

    /// The last path component without its extension: `chats/WhatsApp Chat with Sam.txt` →
    /// `WhatsApp Chat with Sam`, `logs/#chatscreen.log` → `#chatscreen`. A trailing `/` is ignored.
    public static func conversationName(path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes.removeSubrange(...slash) }
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 { bytes.removeSubrange(dot...) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
