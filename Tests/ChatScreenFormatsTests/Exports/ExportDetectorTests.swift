import Foundation
import Testing
@testable import ChatScreenFormats

/// Auto-detection of exports from a prefix.
@Suite struct ExportDetectorTests {
    static func guess(_ text: String, isDirectory: Bool = false) -> InputFormatGuess {
        Array(text.utf8).withUnsafeBufferPointer { ExportDetector.detect(prefix: $0, isDirectory: isDirectory) }
    }

    static let fixtures: [(String, InputFormatGuess)] = [
        ("whatsapp/android-24h-dayfirst.txt", .export(.whatsapp)),
        ("whatsapp/android-12h-monthfirst.txt", .export(.whatsapp)),
        ("whatsapp/ios-24h.txt", .export(.whatsapp)),
        ("whatsapp/ios-12h.txt", .export(.whatsapp)),
        ("whatsapp/ambiguous-dates.txt", .export(.whatsapp)),
        ("telegram/result.json", .export(.telegram)),
        ("telegram/full-export.json", .export(.telegram)),
        ("discord/general.json", .export(.discord)),
        ("messenger/message_1.json", .export(.messenger)),
        ("instagram/message_1.json", .export(.messenger)),   // the same shape and reader
        ("skype/messages.json", .export(.skype)),
        ("slack", .export(.slack)),
        ("irc/#chatscreen.log", .export(.irc)),
        ("irc/irc.libera.#chatscreen.weechatlog", .export(.irc)),
        ("same-conversation/whatsapp-android.txt", .export(.whatsapp)),
        ("same-conversation/telegram-result.json", .export(.telegram)),
        ("same-conversation/discord.json", .export(.discord)),
    ]

    @Test(arguments: fixtures)
    func everyFixture(_ path: String, _ expected: InputFormatGuess) throws {
        #expect(try ExportDetector.detect(path: exportFixture(path)) == expected)
        guard !path.hasPrefix("slack") else { return }
        // The first 200 bytes are enough, wherever they cut.
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: exportFixture(path))))
        for length in [200, 512, bytes.count] {
            let guess = bytes.withUnsafeBufferPointer {
                ExportDetector.detect(prefix: UnsafeBufferPointer(rebasing: $0[..<min(length, $0.count)]), isDirectory: false)
            }
            #expect(guess == expected, "\(path), first \(length) bytes")
        }
    }

    @Test func jsonLinesStayJSONLines() {
        #expect(Self.guess(#"{"text":"hi","id":1}"# + "\n" + #"{"text":"yo"}"#) == .jsonl)
        #expect(Self.guess("\n\n  " + #"{"text":"hi"}"#) == .jsonl)
        // One-line objects on consecutive lines are JSONL whatever their keys.
        #expect(Self.guess(#"{"name":"a","text":"hi"}"# + "\n" + #"{"name":"b","text":"yo"}"#) == .jsonl)
        #expect(Self.guess(#"{"messages":"x","text":"hi"}"# + "\r\n" + #"{"text":"yo"}"#) == .jsonl)
        // A first line cut by the prefix, with ordinary keys.
        #expect(Self.guess(#"{"text":"a very long line that the prefix cuts"#) == .jsonl)
    }

    @Test func cannotTell() {
        // A pretty-printed document of an unknown shape.
        #expect(Self.guess("{\n  \"version\": 2,\n  \"items\": []\n}\n")
            == .undetermined(candidates: [.telegram, .discord, .messenger, .skype],
                             reason: "a JSON document, not JSON Lines, but not one of the known chat export shapes"))
        // A document key first, but nothing that names the export.
        #expect(Self.guess(#"{"messages": []}"#)
            == .undetermined(candidates: [.telegram, .discord, .messenger, .skype],
                             reason: "a JSON document, not JSON Lines, but not one of the known chat export shapes"))
        // Keys of two exports.
        #expect(Self.guess(#"{"participants": [], "guild": {}, "messages": []}"#)
            == .undetermined(candidates: [.discord, .messenger], reason: "a JSON document with keys of several chat exports"))
        // WhatsApp and IRC lines in one file.
        #expect(Self.guess("12/03/2024, 21:15 - A: hi\n20:02 <sam> hello\n")
            == .undetermined(candidates: [.whatsapp, .irc], reason: "lines of both WhatsApp and IRC log shapes"))
        // Export-like lines after an ordinary first line.
        #expect(Self.guess("notes from the chat\n12/03/2024, 21:15 - A: hi\n")
            == .undetermined(candidates: [.whatsapp], reason: "later lines look like WhatsApp message headers, but the first does not"))
        // One day file of a Slack export.
        #expect(Self.guess(#"[{"type":"message","user":"U1","text":"hi","ts":"1.2"}]"#)
            == .undetermined(candidates: [.slack], reason: "one day file of a Slack export; pass the export folder"))
    }

    @Test func textAndFolders() throws {
        #expect(Self.guess("hello\nworld\n") == .text)
        #expect(Self.guess("") == .text)
        #expect(Self.guess("[1, 2, 3]") == .text)
        #expect(Self.guess("anything", isDirectory: true) == .export(.slack))
        #expect(Self.guess("\u{FEFF}12/03/2024, 21:15 - A: hi") == .export(.whatsapp))
        let empty = try exportTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try ExportDetector.detect(path: empty)
            == .undetermined(candidates: [.slack], reason: "a folder without channels.json or users.json"))
        #expect(throws: InputReadError.self) { try ExportDetector.detect(path: empty + "/missing") }
    }

    @Test func sketchSurvivesAnyCut() throws {
        // Every prefix of every JSON fixture gives some answer without crashing, and never JSONL
        // for a pretty-printed document once its second line is in.
        for path in ["telegram/result.json", "discord/general.json", "messenger/message_1.json", "skype/messages.json"] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: exportFixture(path))))
            for length in stride(from: 0, through: min(bytes.count, 1500), by: 7) {
                _ = bytes.withUnsafeBufferPointer {
                    ExportDetector.detect(prefix: UnsafeBufferPointer(rebasing: $0[..<length]), isDirectory: false)
                }
            }
        }
    }
}
