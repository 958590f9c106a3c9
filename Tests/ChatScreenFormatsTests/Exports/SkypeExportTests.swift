import Foundation
import Testing
@testable import ChatScreenFormats

/// Skype JSON.
@Suite struct SkypeExportTests {
    @Test func conversations() throws {
        let records = try readExport(.skype, "skype/messages.json")
        #expect(records.map(\.exportKind) == ["message", "message", "media", "system", "deleted", "message", "system", "message"])
        #expect(records.map(\.line) == Array(1...8))
        #expect(records.map { $0.exportCarried?.conversation } == Array(repeating: "Leo Park", count: 6)
            + Array(repeating: "19:a1b2c3d4e5@thread.skype", count: 2))
        #expect(records[0] == .message(exportMessage(line: 1, "hey & welcome back!", id: "1710270000000", conversation: "Leo Park",
                                                     sender: "8:live:leo.park", timestamp: "2024-03-12T19:00:00Z")))
        #expect(records[1].exportText == "see this link <3")
        #expect(records[1].exportCarried?.sender == "8:live:maya.rivera")
        #expect(records[5].exportText == "line one\nline two 😀\nשלום לכולם")
        #expect(records[7].exportText == "plain text message")
    }

    @Test func markupToPlainText() {
        func plain(_ s: String) -> String { String(decoding: SkypeReader.plainText(Array(s.utf8)), as: UTF8.self) }
        #expect(plain("a &amp;&lt;&gt;&quot;&apos;&#39;&#x1F600; b") == "a &<>\"''😀 b")
        #expect(plain("<ss type=\"smile\">(smile)</ss> hi<br/>there") == "(smile) hi\nthere")
        #expect(plain("i <3 you & me") == "i <3 you & me")
        #expect(plain("x &bogus; y &#0; z") == "x &bogus; y \u{FFFD} z")
        #expect(plain("<e_m ts=\"1\" a=\"x\" t=\"61\"/>edited") == "edited")
    }
}
