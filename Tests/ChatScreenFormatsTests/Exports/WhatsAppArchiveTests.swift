import ChatScreenZip
import Foundation
import Testing
import ZIPFoundation
@testable import ChatScreenFormats

/// Builds a ZIP archive at `path` from (entry path, content) pairs, deflated, in this order.
/// The archives are made at run time from synthetic text, so no binary fixture is committed.
func makeZip(_ path: String, _ entries: [(String, [UInt8])]) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (name, bytes) in entries {
        let data = Data(bytes)
        if name.hasSuffix("/") {
            try archive.addEntry(with: name, type: .directory, uncompressedSize: Int64(0), provider: { _, _ in Data() })
            continue
        }
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                             provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
}

/// WhatsApp `.zip` exports (`ChatScreenZip.WhatsAppArchiveReader`). Every chat here is synthetic.
@Suite struct WhatsAppArchiveTests {
    static let android = """
        14/03/2026, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
        14/03/2026, 09:01 - Rex: hey, add me on snap
        14/03/2026, 09:02 - Rex: IMG-20260314-WA0001.jpg (file attached)
        14/03/2026, 09:03 - Sam: who is this
        14/03/2026, 09:04 - Rex: pay 300 or I send the video to everyone

        """
    static let iOS = """
        [14/03/2026, 09:00:00] Rex: \u{200E}Messages and calls are end-to-end encrypted.
        [14/03/2026, 09:01:00] Rex: hey
        [14/03/2026, 09:02:00] Rex: \u{200E}<attached: 00000003-PHOTO-2026-03-14-09-02-00.jpg>
        [14/03/2026, 09:03:00] Sam: who is this

        """
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("synthetic image bytes".utf8)

    static func temporary(_ name: String) throws -> (directory: String, path: String) {
        let directory = try exportTemporaryDirectory()
        return (directory, directory + "/" + name)
    }

    @Test("An Android zip: the chat's records as from the .txt alone, then its media files, skipped")
    func android() throws {
        let (directory, path) = try Self.temporary("WhatsApp Chat with Rex.zip")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try makeZip(path, [("WhatsApp Chat with Rex.txt", Array(Self.android.utf8)),
                           ("IMG-20260314-WA0001.jpg", Self.jpeg), ("PTT-20260314-WA0002.opus", [1, 2, 3])])
        var reader = try WhatsAppArchiveReader(path: path, conversation: "ignored for a named chat text")
        #expect(reader.chatTextPath == "WhatsApp Chat with Rex.txt")
        let records = try drainExport(&reader)
        var text = WhatsAppReader(bytes: Array(Self.android.utf8), conversation: "WhatsApp Chat with Rex")
        let expectedChat = try drainExport(&text)
        #expect(Array(records.prefix(expectedChat.count)) == expectedChat)
        #expect(expectedChat.compactMap(\.message).map { $0.sender ?? "?" } == ["Rex", "Sam", "Rex"])
        let media = records.dropFirst(expectedChat.count)
        #expect(media.map { record -> String in
            guard case .skipped(let message, let reason) = record else { return "not skipped" }
            return "\(message.line) \(message.id ?? "?") \(message.conversation ?? "?") \(reason) \(message.text.count)"
        } == ["2 IMG-20260314-WA0001.jpg WhatsApp Chat with Rex media 0", "3 PTT-20260314-WA0002.opus WhatsApp Chat with Rex media 0"])
    }

    @Test("An iOS zip names its chat _chat.txt: the conversation is the archive's name; folders are not reported")
    func iOS() throws {
        let (directory, path) = try Self.temporary("WhatsApp Chat - Rex.zip")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try makeZip(path, [("00000003-PHOTO-2026-03-14-09-02-00.jpg", Self.jpeg), ("media/", []), ("_chat.txt", Array(Self.iOS.utf8))])
        var reader = try WhatsAppArchiveReader(path: path, conversation: ChatExports.conversationName(path: path))
        let records = try drainExport(&reader)
        #expect(records.compactMap(\.message).map { "\($0.conversation ?? "?") \($0.sender ?? "?")" }
            == ["WhatsApp Chat - Rex Rex", "WhatsApp Chat - Rex Sam"])
        let skipped = records.compactMap { record -> String? in
            guard case .skipped(let message, let reason) = record else { return nil }
            return "\(message.line) \(reason) \(message.id ?? "-")"
        }
        #expect(skipped == ["1 system -", "3 media -", "1 media 00000003-PHOTO-2026-03-14-09-02-00.jpg"])
    }

    @Test("The chat text is found by its content when no name says so; a shared .txt document is media")
    func chatTextByContent() throws {
        let (directory, path) = try Self.temporary("export.zip")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try makeZip(path, [("notes.txt", Array("shopping list, eggs\n".utf8)), ("chat export.txt", Array(Self.android.utf8))])
        var reader = try WhatsAppArchiveReader(path: path, conversation: "export")
        #expect(reader.chatTextPath == "chat export.txt")
        let records = try drainExport(&reader)
        #expect(records.compactMap(\.message).count == 3)
        #expect(records.last == .skipped(InputMessage(line: 1, text: [], id: "notes.txt", conversation: "chat export"), reason: "media"))
    }

    @Test("From memory (standard input), the same records as from the file")
    func fromBytes() throws {
        let (directory, path) = try Self.temporary("WhatsApp Chat with Rex.zip")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try makeZip(path, [("WhatsApp Chat with Rex.txt", Array(Self.android.utf8)), ("IMG-20260314-WA0001.jpg", Self.jpeg)])
        var file = try WhatsAppArchiveReader(path: path, conversation: "-")
        var memory = try WhatsAppArchiveReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))),
                                               name: "standard input", conversation: "-")
        #expect(try drainExport(&memory) == drainExport(&file))
    }

    /// (entries, the words the error must contain)
    static let failureCases: [([(String, [UInt8])]?, [String])] = [
        ([("IMG-1.jpg", jpeg), ("notes.txt", Array("just notes\n".utf8))], ["holds no WhatsApp chat text", "among its 2 file(s)", "_chat.txt"]),
        ([], ["holds no WhatsApp chat text", "among its 0 file(s)"]),
        ([("a.txt", Array(android.utf8)), ("b.txt", Array(android.utf8))], ["holds 2 WhatsApp chat texts", "unzip it"]),
        (nil, ["is not a readable ZIP archive", "pass the zip"]),
    ]

    @Test("An archive without one chat text, or not an archive, is a clear error naming the file", arguments: failureCases.indices)
    func failures(_ index: Int) throws {
        let (entries, words) = Self.failureCases[index]
        let (directory, path) = try Self.temporary("Holiday.zip")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if let entries { try makeZip(path, entries) } else { try writeExportFile(path, "this is not a zip\n") }
        #expect {
            _ = try WhatsAppArchiveReader(path: path, conversation: "Holiday")
        } throws: { error in
            let text = "\(error)"
            return text.contains(path) && words.allSatisfy { text.contains($0) } && !text.contains("just notes")
        }
    }
}
