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

    // MARK: Conversations that span days

    /// Each message's (conversation level, stage), skipping skipped records.
    static func arcLevels(_ result: ProcessResult) -> [String] {
        result.json.filter { $0["skipped"] == nil }.map {
            "\($0["conversation_level"] as? String ?? "?") \($0["stage"] as? String ?? "?")"
        }
    }

    static func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("span-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("An arc exported from WhatsApp with 30 hours between messages reaches the levels it reaches without the gaps")
    func exportSpansDays() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let together = directory + "/Chat with Rex.txt", apart = directory + "/Chat with Rex, 30 h apart.txt"
        try whatsAppExport(spanningArc, gap: 60).write(toFile: together, atomically: true, encoding: .utf8)
        try whatsAppExport(spanningArc, gap: 30 * 3600).write(toFile: apart, atomically: true, encoding: .utf8)
        let expected = try run(["score", together]), summaryPath = directory + "/summary.jsonl"
        let actual = try run(["score", "--conversation-summary", summaryPath, apart])
        #expect(expected.status == 0 && actual.status == 0, "\(expected.stderr)\(actual.stderr)")
        let levels = Self.arcLevels(expected)
        #expect(levels.count == spanningArc.count)
        #expect(levels.last?.hasPrefix("critical") == true, "the arc must reach critical without gaps: \(levels)")
        #expect(Self.arcLevels(actual) == levels)
        #expect(actual.stderr.isEmpty, "\(actual.stderr)")
        let records = try summaryRecords(summaryPath)
        #expect(records.count == 1, "one conversation, one summary")
        #expect(records.first?["evicted"] as? Bool == false && records.first?["resumed_after_eviction"] as? Bool == false)
    }

    @Test("With a pack idle after 6 h, a whole file (export or text) is never evicted for idleness; the same arc as JSONL is")
    func wholeFilesAreNotIdleEvicted() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pack = try rulePack(in: directory, conversation: """
            conversation {
              window 100 messages
              window 7d
              max_conversations 100000
              idle 6h
            }
            """)
        let together = directory + "/together.txt", apart = directory + "/apart.txt", stream = directory + "/later.jsonl"
        try whatsAppExport(spanningArc, gap: 60).write(toFile: together, atomically: true, encoding: .utf8)
        try whatsAppExport(spanningArc, gap: 30 * 3600).write(toFile: apart, atomically: true, encoding: .utf8)
        // A stream read after the export, twenty days later: an idle walk would reach the export's conversation.
        try jsonlStream([("Kim", "see you tomorrow"), ("Lee", "ok")], conversation: "later", start: spanningStart + 20 * 86_400, gap: 60)
            .write(toFile: stream, atomically: true, encoding: .utf8)
        let expected = try run(["score", "--rules", pack, together])
        let summaryPath = directory + "/summary.jsonl"
        let actual = try run(["score", "--rules", pack, "--conversation-summary", summaryPath, apart, stream])
        #expect(actual.status == 0, "\(actual.stderr)")
        #expect(Self.arcLevels(actual).prefix(spanningArc.count) == Self.arcLevels(expected)[...])
        #expect(Self.arcLevels(expected).last?.hasPrefix("critical") == true)
        #expect(!actual.stderr.contains("evicted") && !actual.stderr.contains("split"), "\(actual.stderr)")
        let records = try summaryRecords(summaryPath)
        #expect(records.map { $0["conversation"] as? String } == ["apart", "later"])
        #expect(records.allSatisfy { $0["evicted"] as? Bool == false })

        // The control: the same messages as a JSONL stream are split at every pause.
        let jsonl = directory + "/apart.jsonl"
        try jsonlStream(spanningArc, conversation: "rex", gap: 30 * 3600).write(toFile: jsonl, atomically: true, encoding: .utf8)
        let split = try run(["score", "--rules", pack, jsonl])
        #expect(Self.arcLevels(split).last?.hasPrefix("critical") == false, "\(Self.arcLevels(split))")
        #expect(split.stderr.contains("7 idle or excess conversation(s) were evicted"), "\(split.stderr)")
        #expect(split.stderr.contains("1 conversation(s) were split by eviction"), "\(split.stderr)")
    }

    @Test("A JSONL stream with a pause longer than the idle time evicts; the resumed part is said on stderr and in its summary")
    func streamResumedAfterEviction() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/stream.jsonl", summaryPath = directory + "/summary.jsonl"
        // Four messages, then eight days of silence (the shipped idle time is 7 days), then four more;
        // a second conversation keeps talking meanwhile.
        let before = jsonlStream(Array(spanningArc.prefix(4)), conversation: "rex-sam", gap: 3600)
        let other = jsonlStream([("Ann", "lunch?"), ("Bo", "sure")], conversation: "ann-bo", start: spanningStart + 8 * 86_400,
                                gap: 60, firstID: 90)
        let after = jsonlStream(Array(spanningArc.suffix(4)), conversation: "rex-sam", start: spanningStart + 8 * 86_400 + 600,
                                gap: 3600, firstID: 5)
        try (before + other + after).write(toFile: input, atomically: true, encoding: .utf8)
        let result = try run(["score", "--conversation-summary", summaryPath, input])
        #expect(result.status == 0)
        #expect(result.stderr.contains("chatscreen: 1 idle or excess conversation(s) were evicted from memory\n"), "\(result.stderr)")
        #expect(result.stderr.contains(#"chatscreen: 1 conversation(s) were split by eviction"#), "\(result.stderr)")
        #expect(result.stderr.contains(#"the first was "rex-sam", resumed at line 7 of \#(input)"#), "\(result.stderr)")
        #expect(result.stderr.contains("resumed_after_eviction"), "\(result.stderr)")
        for message in spanningArc {
            #expect(!result.stderr.contains(message.text), "stderr must not carry message text")
        }
        let records = try summaryRecords(summaryPath)
        let parts = records.filter { $0["conversation"] as? String == "rex-sam" }
        #expect(parts.count == 2)
        #expect(parts.first?["evicted"] as? Bool == true && parts.first?["resumed_after_eviction"] as? Bool == false)
        #expect(parts.first?["earlier_evictions"] == nil)
        #expect(parts.last?["evicted"] as? Bool == false && parts.last?["resumed_after_eviction"] as? Bool == true)
        #expect(parts.last?["earlier_evictions"] as? Int == 1)
        #expect(parts.map { $0["messages"] as? Int } == [4, 4])
        let untouched = records.first { $0["conversation"] as? String == "ann-bo" }
        #expect(untouched?["resumed_after_eviction"] as? Bool == false)
    }
}
