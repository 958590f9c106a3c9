import Foundation
import Testing
@testable import ChatScreenFormats

/// Error reasons of the export readers never contain message text.
@Suite struct ExportPrivacyTests {
    static let secret = "SECRETpayload-send-me-money"

    static let inputs: [(ExportFormat, String)] = [
        (.telegram, #"{"name":"c","messages":[{"id":1,"text":"SECRET" "x":1}]}"#),
        (.telegram, #"{"name":"c","messages":[{"id":1,"text":"SECRET\q"}]}"#),
        (.telegram, #"{"name":"c","messages":[{"id":1,"text":{"SECRET":"SECRET"}}]}"#),
        (.telegram, #"{"name":"c","messages":[{"id":1,"text":[true, "SECRET"]}]}"#),
        (.telegram, #"{"name":"c","messages":[{"id":1,"text":"SECRET"},]}"#),
        (.telegram, "{\"name\":\"c\",\"messages\":[{\"id\":1,\"text\":\"SECRET\u{1}\"}]}"),
        (.discord, #"{"channel":{"name":"c"},"messages":[{"id":"1","content":["SECRET"]}]}"#),
        (.discord, #"{"channel":{"name":"c"},"messages":[{"id":"1","content":"SECRET"#),
        (.messenger, #"{"messages":[{"sender_name":"A","content":{"SECRET":1}}]}"#),
        (.messenger, #"{"messages":[{"sender_name":"A","content":"SECRET"}] SECRET"#),
        (.skype, #"{"conversations":[{"id":"c","MessageList":[{"id":"1","content":5,"messagetype":"RichText"}, SECRET]}]}"#),
        (.whatsapp, "SECRET before any header\n12/03/2024, 21:15 - A: SECRET\n"),
        (.whatsapp, "32/13/2024, 21:15 - A: SECRET\n"),
        (.irc, "SECRET\n20:02 SECRET\n"),
    ]

    @Test(arguments: 0..<inputs.count)
    func reasonsHoldNoMessageText(_ index: Int) throws {
        let (format, template) = Self.inputs[index]
        let text = template.split(separator: "SECRET", omittingEmptySubsequences: false).joined(separator: Self.secret)
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let records = try readExport(format, path, options: ExportOptions(whatsAppDateOrder: .dayFirst))
        let reasons = records.compactMap(\.reason)
        #expect(!reasons.isEmpty, "input \(index) is malformed")
        for reason in reasons {
            #expect(!PrivacyTests.leaks(reason), "leaked: \(reason)")
        }
    }
}

/// Shared helpers: times, names, the JSON pull tokenizer's strictness.
@Suite struct ExportSupportTests {
    @Test func times() {
        #expect(ExportTime.utc(epochSeconds: 0) == "1970-01-01T00:00:00Z")
        #expect(ExportTime.utc(epochSeconds: 1_710_277_080) == "2024-03-12T20:58:00Z")
        #expect(ExportTime.utc(epochSeconds: -1) == "1969-12-31T23:59:59Z")
        #expect(ExportTime.utc(epochText: "1710151200.000100") == "2024-03-11T10:00:00Z")
        #expect(ExportTime.utc(epochText: "1710277080123", milliseconds: true) == "2024-03-12T20:58:00Z")
        #expect(ExportTime.utc(epochText: "abc") == nil)
        #expect(ExportTime.normalize(iso: "2024-03-12T20:58:00.123+00:00") == "2024-03-12T20:58:00+00:00")
        #expect(ExportTime.normalize(iso: "2024-03-12T20:58:00.1Z") == "2024-03-12T20:58:00Z")
        #expect(ExportTime.normalize(iso: "2024-03-12T20:58-0530") == "2024-03-12T20:58:00-05:30")
        #expect(ExportTime.normalize(iso: "2024-03-12T20:58:00") == "2024-03-12T20:58:00")
        #expect(ExportTime.normalize(iso: "2024-02-30T20:58:00") == nil)
        #expect(ExportTime.normalize(iso: "yesterday") == nil)
        for seconds: Int64 in [0, 951_782_400, 1_710_277_080, 4_102_444_800, -86_400 * 365] {
            let text = ExportTime.utc(epochSeconds: seconds)!
            #expect(Timestamp.epochSeconds(text) == seconds)
        }
    }

    @Test func conversationNames() {
        #expect(ChatExports.conversationName(path: "chats/WhatsApp Chat with Sam.txt") == "WhatsApp Chat with Sam")
        #expect(ChatExports.conversationName(path: "logs/#chatscreen.log") == "#chatscreen")
        #expect(ChatExports.conversationName(path: "export/") == "export")
        #expect(ChatExports.conversationName(path: ".hidden") == ".hidden")
        #expect(ChatExports.conversationName(path: "irc.libera.#chan.weechatlog") == "irc.libera.#chan")
    }

    @Test func everyFormatOpensThroughTheFactory() throws {
        for format in ExportFormat.allCases {
            let path = switch format {
            case .whatsapp: "whatsapp/ios-12h.txt"
            case .telegram: "telegram/result.json"
            case .discord: "discord/general.json"
            case .messenger: "messenger/message_1.json"
            case .instagram: "instagram/message_1.json"
            case .skype: "skype/messages.json"
            case .slack: "slack"
            case .irc: "irc/#chatscreen.log"
            }
            var reader = try ChatExports.reader(format: format, path: exportFixture(path), conversation: "c")
            var count = 0
            while try reader.next() != nil { count += 1 }
            #expect(count > 0, "\(format)")
            #expect(try reader.next() == nil, "\(format) stays at the end")
        }
        #expect(throws: InputReadError.self) {
            try ChatExports.reader(format: .telegram, path: exportFixture("missing.json"), conversation: nil)
        }
    }

    @Test func pullParserStrictness() throws {
        let cases: [(String, String?)] = [
            (#"{"messages":[{"text":"\ud83d\ude00"}]}"#, nil),
            (#"{"messages":[{"text":"\ud83d x"}]}"#, nil),                          // lone surrogate: U+FFFD
            (#"{"messages":[{"text":-0.5e+3, "n": 01}]}"#, "invalid number: leading zeros are not allowed"),
            (#"{"messages":[{"text":"a"} {"text":"b"}]}"#, "expected ',' or ']' after an array element"),
            (#"{"messages":[{"text":"a",}]}"#, "expected a string key after ','"),
            (#"{"messages":[{"text":tru}]}"#, "invalid literal; expected true, false or null"),
            (#"{"messages":[{"text":"a"}]}}"#, "unexpected data after the JSON document"),
            (#"{"messages":[{"text":"# + String(repeating: "[", count: 300), "nesting is deeper than 256 levels"),
        ]
        for (input, problem) in cases {
            let direct = try temporaryFile(Array(input.utf8))
            defer { unlink(direct) }
            let records = try readExport(.telegram, direct)
            let reasons = records.compactMap(\.reason)
            if let problem {
                #expect(reasons.count == 1 && reasons[0].hasSuffix(problem), "\(input): \(reasons)")
            } else {
                #expect(reasons.isEmpty, "\(input): \(reasons)")
            }
        }
        let lone = try temporaryFile(Array(#"{"messages":[{"text":"\ud83d x"}]}"#.utf8))
        defer { unlink(lone) }
        let record = try readExport(.telegram, lone).first
        #expect(record?.exportText == "\u{FFFD} x")
        #expect(record?.message?.hadInvalidUTF8 == true)
    }
}
