import Foundation
import Testing

@Suite("chatscreen score: conversations (end to end)", .serialized)
struct ConversationCommandTests {
    static let classic = repositoryRoot + "/Tests/Fixtures/conversations/tp-classic.jsonl"

    @Test("Each verdict carries the conversation score, level and stage; composites name their evidence")
    func fields() throws {
        let summaryPath = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: summaryPath) }
        let result = try run(["score", Self.classic, "--conversation-summary", summaryPath])
        #expect(result.status == 0)
        let lines = result.json
        #expect(lines.count == 24)
        let m17 = try #require(lines.first { $0["id"] as? String == "m17" })
        #expect(m17["conversation_level"] as? String == "critical")
        #expect(m17["stage"] as? String == "extortion")
        let composites = m17["composites"] as? [[String: Any]] ?? []
        let threat = try #require(composites.first { $0["rule"] as? String == "SEXTORTION_THREAT_AND_DEMAND" })
        #expect(threat["evidence"] as? [Int] == [17])
        #expect(threat["evidence_ids"] as? [String] == ["m17"])
        #expect((m17["stage_change"] as? [String: Any])?["stage"] as? String == "extortion")
        // The level never drops afterwards within the window, though the victim's replies are benign.
        let after = lines.drop { $0["id"] as? String != "m17" }
        #expect(after.allSatisfy { $0["conversation_level"] as? String == "critical" })

        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8).split(separator: "\n")
        #expect(summary.count == 1)
        let record = try JSONSerialization.jsonObject(with: Data(summary[0].utf8)) as? [String: Any] ?? [:]
        #expect(record["conversation"] as? String == "tp-classic")
        #expect(record["peak_level"] as? String == "critical")
        #expect(record["peak_message_ids"] as? [String] == ["m17"])
        #expect(record["stage"] as? String == "extortion")
        #expect((record["key_messages"] as? [Int])?.contains(17) == true)
        #expect(record["evicted"] as? Bool == false)
    }

    @Test("--no-conversation scores messages alone; plain text is one conversation")
    func modes() throws {
        let alone = try run(["score", "--no-conversation", Self.classic])
        #expect(alone.json.allSatisfy { $0["conversation_level"] == nil && $0["stage"] == nil })
        let text = try run(["score", "--input", "text"], input: Data("I recorded our video call\npay £300 now\n".utf8))
        #expect(text.json.last?["conversation_level"] as? String == "critical")
    }

    @Test("Eviction is bounded, counted, reported, and summarised")
    func eviction() throws {
        var input = ""
        for n in 0..<500 { input += "{\"conversation\": \"c\(n)\", \"text\": \"hello \(n)\"}\n" }
        let summaryPath = FileManager.default.temporaryDirectory.appendingPathComponent("evict-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: summaryPath) }
        let result = try run(["score", "--max-conversations", "10", "--conversation-summary", summaryPath], input: Data(input.utf8))
        #expect(result.lines.count == 500)
        #expect(result.stderr.contains("490 idle or excess conversation(s) were evicted"))
        let records = try String(contentsOfFile: summaryPath, encoding: .utf8).split(separator: "\n")
        #expect(records.count == 500)
        #expect(records.filter { $0.contains("\"evicted\":true") }.count == 490)
    }
}
