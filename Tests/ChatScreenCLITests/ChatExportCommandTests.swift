import Foundation
import Testing

@Suite("chatscreen score: chat exports (end to end)")
struct ChatExportCommandTests {
    static let exports = repositoryRoot + "/Tests/Fixtures/exports"

    /// The messages of a scored export as comparable rows, skipping system lines.
    static func rows(_ result: ProcessResult) -> [String] {
        result.json.filter { $0["skipped"] == nil }.map { verdict in
            let composites = (verdict["composites"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            return [verdict["sender"] as? String ?? "", verdict["level"] as? String ?? "",
                    verdict["conversation_level"] as? String ?? "", verdict["stage"] as? String ?? "",
                    composites.joined(separator: "+")].joined(separator: " | ")
        }
    }

    @Test("The same conversation exported from WhatsApp, Telegram and Discord gets the same verdicts")
    func sameConversation() throws {
        let whatsapp = try run(["score", Self.exports + "/same-conversation/whatsapp-android.txt"])
        let telegram = try run(["score", Self.exports + "/same-conversation/telegram-result.json"])
        let discord = try run(["score", Self.exports + "/same-conversation/discord.json"])
        #expect(whatsapp.status == 0 && telegram.status == 0 && discord.status == 0)
        let expected = Self.rows(telegram)
        #expect(expected.count >= 10)
        #expect(expected.contains { $0.contains("critical | extortion") }, "the conversation reaches critical")
        #expect(Self.rows(whatsapp) == expected)
        #expect(Self.rows(discord) == expected)
        #expect(whatsapp.json.first?["skipped"] as? String == "system", "the end-to-end notice is reported, not scored")
    }

    /// (fixture path relative to Tests/Fixtures/exports, the format auto must pick).
    static let fixtures: [(String, String)] = [
        ("whatsapp/android-24h-dayfirst.txt", "whatsapp"), ("telegram/result.json", "telegram"),
        ("discord/general.json", "discord"), ("messenger/message_1.json", "messenger"),
        ("skype/messages.json", "skype"), ("slack", "slack"), ("irc/#chatscreen.log", "irc"), ("irc/irc.libera.#chatscreen.weechatlog", "irc"), ("whatsapp/ios-12h.txt", "whatsapp"),
    ]

    @Test("--input auto reads every export fixture without errors, with senders and conversations", arguments: fixtures)
    func autoDetection(fixture: String, format: String) throws {
        let path = Self.exports + "/" + fixture
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record("missing fixture \(fixture)")
            return
        }
        let auto = try run(["score", path])
        let explicit = try run(["score", "--input", format, path])
        #expect(auto.status == 0, "\(fixture): \(auto.stderr)")
        #expect(auto.stdout == explicit.stdout, "auto picks \(format) for \(fixture)")
        let messages = auto.json.filter { $0["skipped"] == nil }
        #expect(!messages.isEmpty)
        #expect(messages.allSatisfy { $0["error"] == nil && $0["sender"] != nil && $0["conversation"] != nil }, "\(fixture)")
    }

    @Test("An export that auto cannot tell apart is a clear usage error")
    func undetermined() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ambiguous-\(UUID()).json").path
        // Keys of both a Discord and a Messenger export.
        try "{\n  \"guild\": {},\n  \"participants\": [],\n  \"messages\": []\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["score", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot tell which chat export"))
        #expect(result.stderr.contains("--input"))
    }
}
