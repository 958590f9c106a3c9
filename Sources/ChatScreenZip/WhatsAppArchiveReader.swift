import ChatScreenFormats
import Foundation
import ZIPFoundation

/// Why a ZIP archive cannot be read as a WhatsApp export: what is wrong, in which file, and how
/// to fix it; never message text.
///
/// ```swift
/// do { _ = try WhatsAppArchiveReader(path: "photos.zip", conversation: "photos") }
/// catch { print(error) }   // photos.zip holds no WhatsApp chat text (…) among its 3 files; …
/// ```
public struct WhatsAppArchiveError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Reads a WhatsApp export as the phone shares it: a `.zip` holding the chat text (`_chat.txt`
/// from iOS, `WhatsApp Chat with Sam.txt` from Android) and the media files sent in the chat.
///
/// ```swift
/// var reader = try WhatsAppArchiveReader(path: "WhatsApp Chat with Sam.zip",
///                                        conversation: "WhatsApp Chat with Sam")
/// while let record = try reader.next() {
///     // the chat's records, as WhatsAppReader yields them, then
///     // .skipped(InputMessage(line: 2, id: "IMG-20240312-WA0003.jpg", …), reason: "media")
/// }
/// ```
///
/// - **The chat text** is the one `.txt` file named `_chat.txt` or with `WhatsApp` in its name
///   (any language's "WhatsApp Chat with …"); when there is no such name, or several, the one
///   whose first bytes ``ExportDetector`` reads as a WhatsApp export. Its records are
///   ``WhatsAppReader``'s (system lines, `<attached: …>` and `<Media omitted>` skipped as
///   usual); ``InputMessage/line`` is the line in the chat text.
/// - **Every other file** in the archive (photos, voice notes, documents) is reported after the
///   chat's records as `.skipped(…, reason: "media")`, never scored: ``InputMessage/line`` is
///   its 1-based position among the archive's entries and ``InputMessage/id`` its path in the
///   archive. Folders are not reported.
/// - ``InputMessage/conversation``: the chat text's name without `.txt` (Android:
///   `WhatsApp Chat with Sam`, as when the `.txt` is read alone), or `conversation` for an iOS
///   `_chat.txt` (the CLI passes the archive's name without `.zip`).
///
/// Memory: the chat text is decompressed into memory whole (at most ``maxChatTextBytes``), as
/// ZIPFoundation extracts by pushing chunks; media files are never read. An archive given as
/// bytes (``init(bytes:name:conversation:options:)``, standard input) is held whole too.
public struct WhatsAppArchiveReader: ChatExportReader {
    /// The largest chat text read (1 GiB); a larger one is an error rather than a memory hazard.
    public static let maxChatTextBytes = 1 << 30

    private var chat: WhatsAppReader
    private let media: [(position: Int, path: String)]
    private var mediaIndex = 0
    private var chatDone = false
    private let conversation: String?

    /// The path of the chat text inside the archive (`_chat.txt`).
    public let chatTextPath: String

    /// Opens the archive at `path`.
    ///
    /// - Parameter conversation: the conversation name for an iOS `_chat.txt` (the CLI passes
    ///   the archive's name without `.zip`; see ``ChatExports/conversationName(path:)``).
    /// - Throws: ``WhatsAppArchiveError`` when the file is not a readable ZIP archive, or holds
    ///   no WhatsApp chat text, or several.
    public init(path: String, conversation: String?, options: ExportOptions = ExportOptions()) throws(WhatsAppArchiveError) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.unreadable(path, error)
        }
        try self.init(archive: archive, name: path, conversation: conversation, options: options)
    }

    /// Reads an archive held in memory (read whole from standard input); `name` names it in
    /// errors (`standard input`).
    public init(bytes: [UInt8], name: String, conversation: String?,
                options: ExportOptions = ExportOptions()) throws(WhatsAppArchiveError) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Self.unreadable(name, error)
        }
        try self.init(archive: archive, name: name, conversation: conversation, options: options)
    }

    private init(archive: Archive, name: String, conversation: String?, options: ExportOptions) throws(WhatsAppArchiveError) {
        var files: [(position: Int, entry: Entry)] = []
        for (index, entry) in archive.enumerated() where entry.type != .directory {
            files.append((index + 1, entry))
        }
        let chosen = try Self.chatText(in: archive, files: files.map(\.entry), name: name)
        guard chosen.uncompressedSize <= UInt64(Self.maxChatTextBytes) else {
            throw WhatsAppArchiveError(description: "\(name): the chat text \(chosen.path.debugDescription) is "
                + "\(chosen.uncompressedSize) bytes, more than the \(Self.maxChatTextBytes) this reader holds in memory; "
                + "unzip it and pass the .txt file, which is streamed")
        }
        var text: [UInt8] = []
        text.reserveCapacity(Int(chosen.uncompressedSize))
        do {
            _ = try archive.extract(chosen, consumer: { text.append(contentsOf: $0) })
        } catch {
            throw WhatsAppArchiveError(description: "\(name): the chat text \(chosen.path.debugDescription) cannot be "
                + "decompressed (\(error)); the archive is damaged: share the chat again with \"Export chat\"")
        }
        var stem = Substring(chosen.path.split(separator: "/").last ?? "")
        if stem.hasSuffix(".txt") { stem = stem.dropLast(4) }
        self.conversation = stem == "_chat" || stem.isEmpty ? conversation : String(stem)
        self.chat = WhatsAppReader(bytes: text, conversation: self.conversation,
                                   dateOrder: options.whatsAppDateOrder, bufferSize: options.bufferSize)
        self.media = files.filter { $0.entry != chosen }.map { ($0.position, $0.entry.path) }
        self.chatTextPath = chosen.path
    }

    public mutating func next() throws(InputReadError) -> InputRecord? {
        if !chatDone {
            if let record = try chat.next() { return record }
            chatDone = true
        }
        guard mediaIndex < media.count else { return nil }
        let file = media[mediaIndex]
        mediaIndex += 1
        return .skipped(InputMessage(line: file.position, text: [], id: file.path, conversation: conversation),
                        reason: "media")
    }

    // MARK: Finding the chat text

    private struct EnoughBytes: Error {}

    /// The chat text among `files` (see the type's documentation).
    private static func chatText(in archive: Archive, files: [Entry], name: String) throws(WhatsAppArchiveError) -> Entry {
        let texts = files.filter { $0.type == .file && $0.path.lowercased().hasSuffix(".txt") && !$0.path.hasPrefix("__MACOSX/") }
        let named = texts.filter { entry in
            let last = entry.path.split(separator: "/").last.map(String.init) ?? entry.path
            return last == "_chat.txt" || last.lowercased().contains("whatsapp")
        }
        if named.count == 1 { return named[0] }
        let pool = named.isEmpty ? texts : named
        let chats = pool.filter { looksLikeWhatsApp(archive, $0) }
        if chats.count == 1 { return chats[0] }
        if chats.count > 1 {
            throw WhatsAppArchiveError(description: "\(name) holds \(chats.count) WhatsApp chat texts, so it is not one "
                + "chat's export; unzip it and pass each chat's .txt file")
        }
        throw WhatsAppArchiveError(description: "\(name) holds no WhatsApp chat text (a _chat.txt or \"WhatsApp Chat with "
            + "….txt\" whose lines start with WhatsApp message headers) among its \(files.count) file(s); pass the zip "
            + "that \"Export chat\" shares, or the chat's .txt file")
    }

    /// Whether the first ``ExportDetector/prefixLength`` bytes of `entry` read as a WhatsApp export.
    private static func looksLikeWhatsApp(_ archive: Archive, _ entry: Entry) -> Bool {
        var prefix: [UInt8] = []
        do {
            _ = try archive.extract(entry, bufferSize: ExportDetector.prefixLength, skipCRC32: true, consumer: { chunk in
                prefix.append(contentsOf: chunk.prefix(ExportDetector.prefixLength - prefix.count))
                if prefix.count >= ExportDetector.prefixLength { throw EnoughBytes() }
            })
        } catch is EnoughBytes {
        } catch {
            return false
        }
        let guess = prefix.withUnsafeBufferPointer { ExportDetector.detect(prefix: $0, isDirectory: false) }
        return guess == .export(.whatsapp)
    }

    private static func unreadable(_ name: String, _ error: any Error) -> WhatsAppArchiveError {
        WhatsAppArchiveError(description: "\(name) is not a readable ZIP archive (\(error)); pass the zip that "
            + "WhatsApp's \"Export chat\" shares, unchanged, or the chat's .txt file")
    }
}
