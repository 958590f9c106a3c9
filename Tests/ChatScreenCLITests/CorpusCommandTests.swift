import Foundation
import Testing

/// `chatscreen corpus`, end to end through the built binary.
@Suite("chatscreen corpus (end to end)")
struct CorpusCommandTests {
    static let categories: Set<String> = [
        "payment_demand", "publish_threat", "friends_listing", "deadline", "recording_claim", "intimidation",
    ]

    @Test("JSONL: one record per message, with every field, parseable")
    func jsonl() throws {
        let result = try run(["corpus", "--messages", "3000", "--seed", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let records = result.json
        #expect(records.count == 3000)
        for (index, record) in records.enumerated() {
            #expect(Set(record.keys) == ["id", "conversation", "sender", "timestamp", "text", "label"], "\(record)")
            #expect(record["id"] as? Int == index + 1)
            #expect(record["conversation"] is String && record["sender"] is String)
            #expect((record["timestamp"] as? Int ?? 0) > 1_700_000_000)
            #expect(!((record["text"] as? String) ?? "").isEmpty)
            let label = record["label"] as? String ?? "?"
            #expect(label == "benign" || Self.categories.contains(label), "label \(label)")
        }
        #expect(records.contains { ($0["label"] as? String) != "benign" })
    }

    @Test("--format text: one line per message, the same texts as the JSONL", arguments: ["mixed", "non-latin", "obfuscated"])
    func text(profile: String) throws {
        let text = try run(["corpus", "--messages", "2500", "--seed", "9", "--format", "text", "--profile", profile])
        let jsonl = try run(["corpus", "--messages", "2500", "--seed", "9", "--profile", profile])
        #expect(text.status == 0 && jsonl.status == 0)
        #expect(text.stdout.filter { $0 == 0x0A }.count == 2500)
        #expect(!text.stdout.contains(0x0D))
        #expect(text.lines == jsonl.json.map { $0["text"] as? String ?? "" })
    }

    @Test("Same seed, same bytes; another seed, other bytes; --output writes the same bytes")
    func deterministic() throws {
        let a = try run(["corpus", "--messages", "5000", "--seed", "12345"])
        let b = try run(["corpus", "--messages", "5000", "--seed", "12345"])
        let c = try run(["corpus", "--messages", "5000", "--seed", "12346"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try run(["corpus", "--messages", "5000", "--seed", "12345", "--output", path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: path) == a.stdout)
        // A prefix of a longer corpus is the shorter corpus.
        let longer = try run(["corpus", "--messages", "6000", "--seed", "12345"])
        #expect(longer.stdout.starts(with: a.stdout))
    }

    @Test("Every profile: the positives profile is all extortion, the ascii profile all ASCII")
    func profiles() throws {
        let positives = try run(["corpus", "--messages", "500", "--seed", "1", "--profile", "positives"])
        #expect(positives.json.allSatisfy { Self.categories.contains($0["label"] as? String ?? "") })
        let ascii = try run(["corpus", "--messages", "5000", "--seed", "1", "--profile", "ascii"])
        #expect(ascii.status == 0 && ascii.stdout.allSatisfy { $0 < 0x80 })
        let zero = try run(["corpus", "--messages", "0", "--seed", "1"])
        #expect(zero.status == 0 && zero.stdout.isEmpty)
    }

    @Test("`chatscreen score` and `chatscreen eval` read the output as it is")
    func scoreAndEval() throws {
        let corpus = try run(["corpus", "--messages", "4000", "--seed", "2"])
        let scored = try run(["score"], input: corpus.stdout)
        #expect(scored.status == 0, "\(scored.stderr)")
        let verdicts = scored.json
        #expect(verdicts.count == 4000)
        #expect(verdicts.allSatisfy { $0["error"] == nil && $0["level"] != nil })
        #expect(verdicts.first?["conversation"] as? String == (corpus.json.first?["conversation"] as? String))

        let evaluated = try run(["eval", "--format", "json"], input: corpus.stdout)
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        let report = try JSONSerialization.jsonObject(with: evaluated.stdout) as? [String: Any] ?? [:]
        #expect(report["error_count"] as? Int == 0, "eval rejected some records: \(report["errors"] ?? "?")")
        #expect(report["messages"] as? Int == 4000)
        let positives = corpus.json.filter { ($0["label"] as? String) != "benign" }.count
        #expect(report["positives"] as? Int == positives && positives > 0)
    }

    @Test("Piped to head: stops quietly with status 0")
    func brokenPipe() throws {
        let result = try shell("'\(chatscreenBinary)' corpus --messages 2000000 --seed 1 | head -n 3; echo \"status=${PIPESTATUS[0]}\"")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 4, "\(result.output.prefix(500))")
        #expect(lines.last == "status=0")
    }

    @Test("Bad arguments exit 2 with a clear message", arguments: [
        (["corpus", "--messages", "-5", "--seed", "1"], "--messages must be 0 or more"),
        (["corpus", "--messages=-5", "--seed", "1"], "--messages must be 0 or more"),
        (["corpus", "--messages", "ten", "--seed", "1"], "--messages"),
        (["corpus", "--seed", "1"], "Missing expected argument '--messages <n>'"),
        (["corpus", "--messages", "10"], "Missing expected argument '--seed <s>'"),
        (["corpus", "--messages", "10", "--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615 (got '-1')"),
        (["corpus", "--messages", "10", "--seed=-1"], "--seed must be a whole number from 0 to 18446744073709551615 (got '-1')"),
        (["corpus", "--messages", "10", "--seed", "x1"], "--seed must be a whole number"),
        (["corpus", "--messages", "10", "--seed", "1", "--format", "csv"], "--format"),
        (["corpus", "--messages", "10", "--seed", "1", "--profile", "klingon"], "--profile"),
    ])
    func badArguments(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(arguments): status \(result.status), stderr \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
