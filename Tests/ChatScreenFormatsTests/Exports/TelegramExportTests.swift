import Foundation
import Testing
@testable import ChatScreenFormats

/// Telegram Desktop JSON: single-chat and full exports.
@Suite struct TelegramExportTests {
    @Test func singleChat() throws {
        let records = try readExport(.telegram, "telegram/result.json", conversation: "ignored")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "message", "media", "media", "message", "system"])
        #expect(records.map(\.line) == Array(1...8))
        #expect(records.map { $0.exportCarried?.id } == ["101", "102", "103", "104", "105", "106", "107", "108"])
        #expect(records.allSatisfy { $0.exportCarried?.conversation == "Yael Cohen" })
        #expect(records[1] == .message(exportMessage(line: 2, "שלום! מה שלומך? 😊", id: "102", conversation: "Yael Cohen",
                                                     sender: "Yael Cohen", timestamp: "2024-03-12T19:01:30Z")))
        // Text arrays: strings and entity objects, concatenated.
        #expect(records[2].exportText == "check this out: https://example.com/tickets and hurry")
        #expect(records[3].exportText == "line one\nline two\nline three")
        // A photo with a caption is a message.
        #expect(records[6].exportText == "the view from my window")
        // Service messages are attributed to the actor.
        #expect(records[0].exportCarried?.sender == "Yael Cohen")
        #expect(records[7].exportCarried?.sender == "Omar Said")
        #expect(records[0].exportCarried?.timestamp == "2024-03-12T19:00:00Z")
    }

    @Test func fullExport() throws {
        let records = try readExport(.telegram, "telegram/full-export.json", conversation: "fallback")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "message", "message"])
        #expect(records.map(\.line) == [1, 2, 3, 4, 5])
        #expect(records.map { $0.exportCarried?.conversation } == ["Book Club", "Book Club", "Book Club", "6000000001", "Old Group"])
        #expect(records[1] == .message(exportMessage(line: 2, "Next book: Dune 📚", id: "2", conversation: "Book Club",
                                                     sender: "Lina Haddad", timestamp: "2023-11-02T18:01:00")))
        // `from: null` (a deleted account) falls back to from_id.
        #expect(records[4].exportCarried?.sender == "user7000000001")
        #expect(records[4].exportCarried?.timestamp == "2022-01-01T12:00:00")
    }

    @Test func conversationFallsBackToTheParameter() throws {
        let path = try temporaryFile(Array(#"{"messages":[{"id":1,"type":"message","date":"2024-01-01T00:00:00","from":"A","text":"hi"}]}"#.utf8))
        defer { unlink(path) }
        let records = try readExport(.telegram, path, conversation: "chat-stem")
        #expect(records == [.message(exportMessage(line: 1, "hi", id: "1", conversation: "chat-stem", sender: "A",
                                                   timestamp: "2024-01-01T00:00:00"))])
    }

    @Test func malformedMessagesAndDocuments() throws {
        let cases: [(String, [String])] = [
            (#"{"name":"c","messages":[{"id":1,"text":5},{"id":2,"text":"ok"}]}"#, ["error", "message"]),
            (#"{"name":"c","messages":[7,{"id":2,"text":"ok"}]}"#, ["error", "message"]),
            (#"{"name":"c","messages":[{"id":1,"text":"a"},{"id":2,"text":"b"#, ["message", "error"]),
            (#"{"name":"c","messages":[{"id":1,"text":"a"}]} trailing"#, ["message", "error"]),
            (#"[1,2]"#, ["error"]),
            ("", ["error"]),
        ]
        for (input, kinds) in cases {
            let path = try temporaryFile(Array(input.utf8))
            defer { unlink(path) }
            let records = try readExport(.telegram, path)
            #expect(records.map(\.exportKind) == kinds, "input \(input)")
        }
        let path = try temporaryFile(Array(#"{"name":"c","messages":[{"id":1,"text":"a"},{"id":2,"text":"b"#.utf8))
        defer { unlink(path) }
        let records = try readExport(.telegram, path)
        #expect(records.last == .error(line: 2, reason: "invalid JSON at byte 60: unterminated string (no closing '\"' before the end of the input)"))
    }
}
