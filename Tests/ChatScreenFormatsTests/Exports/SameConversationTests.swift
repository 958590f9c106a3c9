import Foundation
import Testing
@testable import ChatScreenFormats

/// The same conversation exported from WhatsApp, Telegram and Discord reads the same.
@Suite struct SameConversationTests {
    static func read() throws -> [ExportFormat: [InputRecord]] {
        [
            .whatsapp: try readExport(.whatsapp, "same-conversation/whatsapp-android.txt", conversation: "WhatsApp Chat with Jordan"),
            .telegram: try readExport(.telegram, "same-conversation/telegram-result.json"),
            .discord: try readExport(.discord, "same-conversation/discord.json"),
        ]
    }

    @Test func identicalMessagesSendersAndTimes() throws {
        let all = try Self.read()
        let messages = all.mapValues { $0.compactMap(\.message) }
        let reference = messages[.telegram]!
        #expect(reference.count == 13)
        for (format, list) in messages {
            #expect(list.map(\.text) == reference.map(\.text), "\(format)")
            #expect(list.map(\.sender) == reference.map(\.sender), "\(format)")
            #expect(list.map { $0.timestamp.flatMap(Timestamp.epochSeconds) } == reference.map { $0.timestamp.flatMap(Timestamp.epochSeconds) },
                    "\(format)")
            #expect(Set(list.map(\.sender)) == ["Jordan", "Maya"])
        }
        #expect(reference.map { String(decoding: $0.text, as: UTF8.self) }.contains("pay £500 or this is going over Facebook. I want £500."))
        // WhatsApp adds only its end-to-end notice, as a skipped system record.
        #expect(all[.whatsapp]!.map(\.exportKind) == ["system"] + Array(repeating: "message", count: 13))
        #expect(all[.telegram]!.allSatisfy { $0.exportKind == "message" })
        #expect(all[.discord]!.allSatisfy { $0.exportKind == "message" })
    }
}
