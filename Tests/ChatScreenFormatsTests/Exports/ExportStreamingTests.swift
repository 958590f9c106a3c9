import ChatScreenTestSupport
import Foundation
import Testing
@testable import ChatScreenFormats

/// Large generated exports read with tiny and large buffers give the same records, and the JSON
/// readers do not read ahead of the message they return.
@Suite struct ExportStreamingTests {
    static let texts = [
        "pay £500 or this is going over Facebook",
        "مرحبا، كيف حالك؟",
        "שלום לכולם",
        "emoji 😀🎉👍🏽 and a family 👨‍👩‍👧",
        "quote \" backslash \\ tab \t slash /",
        "line one\nline two\nline three",
        "plain words only",
    ]

    /// A ~5 MB WhatsApp export and the (sender, text) of each message in it.
    static func whatsApp(targetBytes: Int, seed: UInt64) -> (text: String, messages: [(String, String)], records: Int) {
        var rng = SplitMix64(seed: seed)
        var out = "12/03/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
        var messages: [(String, String)] = []
        var records = 1
        var day = 1
        while out.utf8.count < targetBytes {
            day = day % 28 + 1
            let hour = Int(rng.next() % 24)
            let minute = Int(rng.next() % 60)
            let date = String(format: "%02d/03/2024, %02d:%02d - ", day, hour, minute)
            let sender = ["Sam Rivers", "Maya López", "‪+44 7700 900123‬"][Int(rng.next() % 3)]
            let cleanSender = sender.replacingOccurrences(of: "\u{202A}", with: "").replacingOccurrences(of: "\u{202C}", with: "")
            switch rng.next() % 10 {
            case 0:
                out += date + "\(cleanSender) left\n"
            case 1:
                out += date + "\(sender): <Media omitted>\n"
            default:
                var text = texts[Int(rng.next() % UInt64(texts.count))].replacingOccurrences(of: "\t", with: " ")
                if rng.next() % 50 == 0 { text = String(repeating: "long ", count: 3000) }   // longer than a small buffer
                out += date + "\(sender): \(text)\n"
                messages.append((cleanSender, text))
            }
            records += 1
        }
        return (out, messages, records)
    }

    static func jsonString(_ s: String, escapeNonASCII: Bool) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "/": out += "\\/"
            default:
                if scalar.value < 0x20 || (escapeNonASCII && scalar.value > 0x7E) {
                    for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A ~5 MB Telegram export (half the strings \u-escaped) and the texts of its messages.
    static func telegram(targetBytes: Int, seed: UInt64) -> (json: String, texts: [String], records: Int) {
        var rng = SplitMix64(seed: seed)
        var out = "{\n \"name\": \"Big Chat\",\n \"type\": \"private_group\",\n \"id\": 42,\n \"messages\": [\n"
        var texts: [String] = []
        var count = 0
        while out.utf8.count < targetBytes {
            count += 1
            let escape = rng.next() % 2 == 0
            let text = Self.texts[Int(rng.next() % UInt64(Self.texts.count))]
            if count > 1 { out += ",\n" }
            out += "  {\n   \"id\": \(count),\n   \"type\": \"message\",\n   \"date\": \"2024-03-12T20:58:00\",\n"
            out += "   \"date_unixtime\": \"\(1_710_277_080 + count)\",\n   \"from\": \"Sam\",\n   \"from_id\": \"user1\",\n"
            if rng.next() % 3 == 0 {
                let split = text.index(text.startIndex, offsetBy: text.count / 2)
                out += "   \"text\": [\n    \(jsonString(String(text[..<split]), escapeNonASCII: escape)),\n"
                out += "    {\"type\": \"bold\", \"text\": \(jsonString(String(text[split...]), escapeNonASCII: escape))}\n   ],\n"
            } else {
                out += "   \"text\": \(jsonString(text, escapeNonASCII: escape)),\n"
            }
            out += "   \"text_entities\": [{\"type\": \"plain\", \"text\": \(jsonString(text, escapeNonASCII: !escape))}],\n"
            out += "   \"reactions\": [{\"type\": \"emoji\", \"count\": 1, \"emoji\": \"\\ud83d\\udc4d\", \"recent\": [{\"from\": \"A\", \"date\": \"x\"}]}]\n  }"
            texts.append(text)
        }
        out += "\n ]\n}\n"
        return (out, texts, count)
    }

    @Test func whatsAppFiveMegabytes() throws {
        let generated = Self.whatsApp(targetBytes: 5 << 20, seed: testSeed(default: 11))
        let path = try temporaryFile(Array(generated.text.utf8))
        defer { unlink(path) }
        let small = try readExport(.whatsapp, path, conversation: "big", options: ExportOptions(bufferSize: 16))
        let large = try readExport(.whatsapp, path, conversation: "big", options: ExportOptions(bufferSize: 1 << 22))
        #expect(small.count == generated.records)
        #expect(small == large)
        let messages = small.compactMap { record -> (String, String)? in
            guard let message = record.message else { return nil }
            return (message.sender ?? "", String(decoding: message.text, as: UTF8.self))
        }
        #expect(messages.count == generated.messages.count)
        #expect(messages.elementsEqual(generated.messages, by: { $0 == $1 }))
    }

    @Test func telegramFiveMegabytes() throws {
        let generated = Self.telegram(targetBytes: 5 << 20, seed: testSeed(default: 12))
        let path = try temporaryFile(Array(generated.json.utf8))
        defer { unlink(path) }
        let small = try readExport(.telegram, path, options: ExportOptions(bufferSize: 16))
        let large = try readExport(.telegram, path, options: ExportOptions(bufferSize: 1 << 23))
        #expect(small.count == generated.records)
        #expect(small == large)
        #expect(small.compactMap(\.exportText) == generated.texts)
        #expect(small.last?.exportCarried?.timestamp == ExportTime.utc(epochSeconds: Int64(1_710_277_080 + generated.records)))
    }

    @Test func jsonReadersDoNotReadAhead() throws {
        let generated = Self.telegram(targetBytes: 2 << 20, seed: 5)
        let path = try temporaryFile(Array(generated.json.utf8))
        defer { unlink(path) }
        var reader = try TelegramReader(path: path, bufferSize: 1 << 16)
        var seen = 0
        while let record = try reader.next() {
            seen += 1
            if seen == 10 {
                #expect(record.exportKind == "message")
                #expect(reader.bytesRead <= 1 << 16, "the first messages come from the first buffer")
            }
        }
        #expect(reader.bytesRead == generated.json.utf8.count)
    }

    @Test(arguments: [ExportFormat.telegram, .discord, .messenger, .skype])
    func everyBufferSizeGivesTheSameRecords(_ format: ExportFormat) throws {
        let path = ["telegram": "telegram/result.json", "discord": "discord/general.json",
                    "messenger": "messenger/message_1.json", "skype": "skype/messages.json"][format.rawValue]!
        let reference = try readExport(format, path)
        for size in [1, 16, 17, 19, 23, 31, 64, 100] {
            #expect(try readExport(format, path, options: ExportOptions(bufferSize: size)) == reference, "buffer \(size)")
        }
    }

    @Test func pipesDeliveringOneByteAtATime() throws {
        for (format, path) in [(ExportFormat.telegram, "telegram/full-export.json"), (.discord, "discord/general.json"),
                               (.whatsapp, "whatsapp/ios-24h.txt"), (.irc, "irc/#chatscreen.log")] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: exportFixture(path))))
            let reference = try readExport(format, path, conversation: "c")
            let piped = try withExportPipe(bytes, chunk: 1) { fd -> [InputRecord] in
                switch format {
                case .telegram:
                    var reader = TelegramReader(fileDescriptor: fd, conversation: "c", bufferSize: 16)
                    return try drainExport(&reader)
                case .discord:
                    var reader = DiscordReader(fileDescriptor: fd, conversation: "c", bufferSize: 16)
                    return try drainExport(&reader)
                case .whatsapp:
                    var reader = WhatsAppReader(fileDescriptor: fd, conversation: "c", bufferSize: 16)
                    return try drainExport(&reader)
                default:
                    var reader = IRCReader(fileDescriptor: fd, conversation: "c", bufferSize: 16)
                    return try drainExport(&reader)
                }
            }
            #expect(piped == reference, "\(path)")
        }
    }
}
