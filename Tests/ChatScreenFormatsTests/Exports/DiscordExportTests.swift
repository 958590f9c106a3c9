import Foundation
import Testing
@testable import ChatScreenFormats

/// DiscordChatExporter JSON.
@Suite struct DiscordExportTests {
    @Test func channel() throws {
        let records = try readExport(.discord, "discord/general.json")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "media", "message", "message", "system", "media"])
        #expect(records.map(\.line) == Array(1...8))
        #expect(records.allSatisfy { $0.exportCarried?.conversation == "general" })
        #expect(records.map { $0.exportCarried?.sender } == ["kai_m", "luna.v", "luna.v", "kai_m", "kai_m", "luna.v", "luna.v", "kai_m"])
        #expect(records[1] == .message(exportMessage(line: 2, "welcome kai! 🎨", id: "500000000000000002", conversation: "general",
                                                     sender: "luna.v", timestamp: "2024-03-12T18:01:00+00:00")))
        #expect(records[2].exportText == "rules:\n1. be kind\n2. no spam")
        #expect(records[3].exportCarried?.timestamp == "2024-03-12T13:03:00-05:00")   // the exporter's offset is kept
        #expect(records[4].exportText == "مرحبا بالجميع")                      // a Reply is a message
        #expect(records[5].exportText == "check the pinned post")            // text with an attachment is a message
        #expect(records[0].exportCarried?.text == [])
    }

    @Test func senderFallsBackToNicknameThenID() throws {
        let json = #"""
        {"channel":{"id":"9"},"messages":[
          {"id":"1","type":"Default","timestamp":"2024-01-01T00:00:00Z","content":"a","author":{"id":"7","name":"","nickname":"Nick"}},
          {"id":"2","timestamp":"2024-01-01T00:00:00Z","content":"b","author":{"id":"7"}}
        ]}
        """#
        let path = try temporaryFile(Array(json.utf8))
        defer { unlink(path) }
        let records = try readExport(.discord, path, conversation: "unused")
        #expect(records.map { $0.exportCarried?.sender } == ["Nick", "7"])
        #expect(records.map { $0.exportCarried?.conversation } == ["9", "9"])   // channel id without a name
        #expect(records.map { $0.exportCarried?.timestamp } == ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"])
    }
}
