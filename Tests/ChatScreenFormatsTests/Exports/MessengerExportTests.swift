import Foundation
import Testing
@testable import ChatScreenFormats

/// Facebook Messenger and Instagram "Download your information" JSON: order and mojibake.
@Suite struct MessengerExportTests {
    @Test func messengerOldestFirstWithMojibakeRepaired() throws {
        let records = try readExport(.messenger, "messenger/message_1.json", conversation: "message_1")
        #expect(records.map(\.exportKind) == ["message", "message", "message", "media", "deleted", "deleted", "system",
                                        "message", "media", "message"])
        #expect(records.map(\.line) == Array(1...10))
        // Oldest first: timestamps increase.
        let times = records.compactMap { $0.exportCarried?.timestamp }
        #expect(times == times.sorted())
        #expect(times.first == "2024-03-10T17:00:00Z")
        // The title, senders and texts are repaired: é, Ç, emoji, Arabic, À.
        #expect(records.allSatisfy { $0.exportCarried?.conversation == "Zoé Martin" })
        #expect(records[0] == .message(exportMessage(line: 1, "Salut Zoé ! Ça va ?", conversation: "Zoé Martin",
                                                     sender: "Karim Benali", timestamp: "2024-03-10T17:00:00Z")))
        #expect(records[1].exportText == "Oui très bien 😀")
        #expect(records[1].exportCarried?.sender == "Zoé Martin")
        #expect(records[2].exportText == "مرحبا يا صديقتي")
        #expect(records[7].exportText == "On se voit demain ?\nÀ 18h")
        // Genuine Latin-1 escapes ("caf\u00e9") are not valid UTF-8 as bytes and stay as they are.
        #expect(records[9].exportText == "J'adore ce café")
        #expect(records.allSatisfy { $0.exportCarried?.id == nil })
    }

    @Test func instagram() throws {
        let records = try readExport(.instagram, "instagram/message_1.json")
        #expect(records.map(\.exportKind) == ["message", "media", "system", "message", "media"])
        #expect(records.map { $0.exportCarried?.sender } == ["ines.rocha", "theo_k", "ines.rocha", "theo_k", "ines.rocha"])
        #expect(records[0].exportText == "oi! você viu isso? 😍")
        #expect(records[3].exportText == "haha that reel 😂")
        #expect(records.allSatisfy { $0.exportCarried?.conversation == "theo_k" })
    }

    @Test func oldestFirstFilesAreNotReversed() throws {
        let json = #"""
        {"participants":[{"name":"A"}],"messages":[
          {"sender_name":"A","timestamp_ms":1000,"content":"first"},
          {"sender_name":"A","timestamp_ms":2000,"content":"second"}],
         "thread_path":"inbox/a_1"}
        """#
        let path = try temporaryFile(Array(json.utf8))
        defer { unlink(path) }
        let records = try readExport(.messenger, path)
        #expect(records.map(\.exportText) == ["first", "second"])
        #expect(records.map { $0.exportCarried?.conversation } == ["inbox/a_1", "inbox/a_1"])
        #expect(records.map { $0.exportCarried?.timestamp } == ["1970-01-01T00:00:01Z", "1970-01-01T00:00:02Z"])
    }

    @Test func aSyntaxErrorKeepsTheMessagesBeforeIt() throws {
        let json = #"{"messages":[{"sender_name":"A","timestamp_ms":3000,"content":"c"},{"sender_name":"A","timestamp_ms":2000,"content":"b"},{"sender_name":"A","timestamp_ms":1000,"content":"#
        let path = try temporaryFile(Array(json.utf8))
        defer { unlink(path) }
        let records = try readExport(.messenger, path, conversation: "stem")
        #expect(records.map(\.exportKind) == ["message", "message", "error"])
        #expect(records.map(\.exportText) == ["b", "c", nil])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records[0].exportCarried?.conversation == "stem")
    }

    @Test func mojibakeRepairRules() {
        func repair(_ s: String) -> String? {
            ExportText.repairMojibake(Array(s.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(repair("Zo\u{00C3}\u{00A9}") == "Zoé")
        #expect(repair("\u{00F0}\u{009F}\u{0098}\u{0080}") == "😀")
        #expect(repair("\u{00D9}\u{0085}\u{00D8}\u{00B1}\u{00D8}\u{00AD}\u{00D8}\u{00A8}\u{00D8}\u{00A7}") == "مرحبا")
        #expect(repair("plain ascii") == nil)          // nothing to repair
        #expect(repair("café") == nil)                 // genuine Latin-1: E9 alone is not UTF-8
        #expect(repair("Zoé 😀") == nil)               // a code point above U+00FF: real Unicode
        #expect(repair("\u{00C3}") == nil)             // a truncated sequence
    }
}
