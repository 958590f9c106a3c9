import Foundation
import Testing
@testable import ChatScreenFormats

/// irssi and weechat logs.
@Suite struct IRCExportTests {
    @Test func irssi() throws {
        let records = try readExport(.irc, "irc/#chatscreen.log", conversation: "#chatscreen")
        #expect(records.map(\.exportKind) == ["system", "system", "message", "message", "message", "system", "message",
                                        "system", "message", "system", "system"])
        #expect(records.map(\.line) == Array(1...11))
        #expect(records[2] == .message(exportMessage(line: 3, "hello there 👋", conversation: "#chatscreen", sender: "sam",
                                                     timestamp: "2024-03-11T20:02:00")))
        #expect(records[3] == .message(exportMessage(line: 4, "waves at everyone", conversation: "#chatscreen", sender: "sam",
                                                     timestamp: "2024-03-11T20:03:00")))
        #expect(records[4].exportText == "שלום sam")
        #expect(records[4].exportCarried?.sender == "rina")
        #expect(records[6].exportCarried?.sender == "NickServ")
        #expect(records[8].exportCarried?.sender == "rina")
        #expect(records[8].exportCarried?.timestamp == "2024-03-12T09:00:00")   // after "Day changed"
    }

    @Test func weechat() throws {
        let records = try readExport(.irc, "irc/irc.libera.#chatscreen.weechatlog", conversation: "#chatscreen")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "message", "system", "system"])
        #expect(records[1] == .message(exportMessage(line: 2, "hello there 👋", conversation: "#chatscreen", sender: "sam",
                                                     timestamp: "2024-03-11T20:02:00")))
        #expect(records[2].exportText == "waves at everyone")
        #expect(records[2].exportCarried?.sender == "sam")
        #expect(records[3].exportText == "مرحبا sam")
    }

    @Test func irssiWithoutADateAndJunk() throws {
        let text = "[20:02:05] <sam> no date yet\nrandom SECRET words\n"
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let records = try readExport(.irc, path)
        #expect(records.map(\.exportKind) == ["message", "error"])
        #expect(records[0].exportCarried?.timestamp == nil)
        #expect(records[0].exportText == "no date yet")
        #expect(records[1] == .error(line: 2, reason: "not an irssi or weechat log line"))
    }
}
