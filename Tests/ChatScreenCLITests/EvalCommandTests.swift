import Foundation
import Testing
import ChatScreen
@testable import chatscreen

/// `chatscreen eval` and `chatscreen rules fit`, end to end through the built binary.
@Suite("chatscreen eval and rules fit (end to end)", .serialized)
struct EvalCommandTests {
    /// The tiny pack of `ChatScreenTests/EvaluationTests.swift` (see the hand-worked numbers
    /// there): PAY 2.0, LEAK 2.5, SOON 0.5, PIC 3.0, NEVER 1.0, one word each.
    static let evalPack = """
        scoring {
          scale 3.0
          cap default 3.0
          level low 0.10
          level medium 0.40
          level high 0.70
          level critical 0.90
        }
        rule PAY {
          category payment_demand
          weight 2.0
          when "pay"
        }
        rule LEAK {
          category publish_threat
          weight 2.5
          when "leak"
        }
        rule SOON {
          category deadline
          weight 0.5
          when "tonight"
        }
        rule PIC {
          category image_request
          weight 3.0
          when "pics"
        }
        rule NEVER {
          category intimidation
          weight 1.0
          when "zyzzyva"
        }
        """

    static let fixture = repositoryRoot + "/Tests/Fixtures/eval/labelled.jsonl"

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Writes a one-file rule pack into a new directory.
    static func writePack(_ text: String, in directory: URL) throws -> String {
        let pack = directory.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try text.write(to: pack.appendingPathComponent("test.rules"), atomically: true, encoding: .utf8)
        return pack.path
    }

    static func object(_ result: ProcessResult) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    static func counts(_ row: Any?) -> [Int] {
        guard let row = row as? [String: Any] else { return [] }
        return ["tp", "fp", "fn", "tn"].map { row[$0] as? Int ?? -1 }
    }

    @Test("eval --format json gives the hand-computed metrics, rules, worst lists and error records")
    func evalJSON() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let result = try run(["eval", "--rules", pack, "--format", "json", Self.fixture])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result)
        #expect(report["messages"] as? Int == 19 && report["positives"] as? Int == 10 && report["negatives"] as? Int == 9)
        #expect(report["error_count"] as? Int == 3)
        // Level by level (ChatScreenTests/EvaluationTests.swift works these out message by message):
        //   low      TP 8 FP 6 FN 2 TN 3   P 8/14 = 0.5714  R 0.8  F1 16/24 = 0.6667
        //   medium   TP 7 FP 4 FN 3 TN 5   P 7/11 = 0.6364  R 0.7  F1 14/21 = 0.6667
        //   high     TP 3 FP 0 FN 7 TN 9   P 1              R 0.3  F1 6/13  = 0.4615
        //   critical TP 1 FP 0 FN 9 TN 9   P 1              R 0.1  F1 2/11  = 0.1818
        let levels = report["levels"] as? [[String: Any]] ?? []
        #expect(levels.map { $0["level"] as? String } == ["low", "medium", "high", "critical"])
        #expect(levels.map { Self.counts($0) } == [[8, 6, 2, 3], [7, 4, 3, 5], [3, 0, 7, 9], [1, 0, 9, 9]])
        #expect(levels.map { $0["precision"] as? Double } == [0.5714, 0.6364, 1, 1])
        #expect(levels.map { $0["recall"] as? Double } == [0.8, 0.7, 0.3, 0.1])
        #expect(levels.map { $0["f1"] as? Double } == [0.6667, 0.6667, 0.4615, 0.1818])
        let confusion = report["confusion"] as? [String: Any]
        #expect(confusion?["level"] as? String == "medium" && Self.counts(confusion) == [7, 4, 3, 5])
        // Per category at medium: payment_demand 1/2 (m3 yes, m7 low), publish_threat 1/2 (m5 yes,
        // m12 nothing), deadline 1/1 (m14: PAY + SOON), image_request 1/1, grooming 0/1.
        let categories = Dictionary(uniqueKeysWithValues: (report["categories"] as? [[String: Any]] ?? []).map {
            ($0["category"] as? String ?? "", [$0["labelled"] as? Int ?? -1, $0["recalled"] as? Int ?? -1])
        })
        #expect(categories["payment_demand"] == [2, 1] && categories["publish_threat"] == [2, 1])
        #expect(categories["deadline"] == [1, 1] && categories["image_request"] == [1, 1] && categories["grooming"] == [1, 0])
        #expect(categories.count == 9, "every category is listed")
        // Rules: LEAK 4/1 (S/O 0.8), PAY 5/2 (5/7 = 0.7143), PIC 2/1 (0.6667), SOON 3/3 (0.5); NEVER
        // 0/0 is only counted (listed with --all-rules, see allRules()).
        let rules = report["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["rule"] as? String } == ["LEAK", "PAY", "PIC", "SOON"])
        #expect(rules.map { [$0["hits_positive"] as? Int ?? -1, $0["hits_negative"] as? Int ?? -1] }
            == [[4, 1], [5, 2], [2, 1], [3, 3]])
        #expect(rules.map { $0["so"] as? Double } == [0.8, 0.7143, 0.6667, 0.5])
        #expect(report["rules_without_hits"] as? Int == 1)
        // Worst lists: ids and lines, no text.
        let falsePositives = report["false_positives"] as? [[String: Any]] ?? []
        #expect(falsePositives.map { $0["id"] as? String } == ["m9", "m13", "m17", "m4"])
        #expect(falsePositives.map { $0["line"] as? Int } == [9, 13, 17, 4])
        #expect(falsePositives.first?["rules"] as? [String] == ["PIC"])
        let falseNegatives = report["false_negatives"] as? [[String: Any]] ?? []
        #expect(falseNegatives.map { $0["id"] as? String } == ["m12", "m21", "m7"])
        #expect((falsePositives + falseNegatives).allSatisfy { $0["text"] == nil })
        // Error records: the unknown label, the missing label, the broken JSON line.
        let errors = report["errors"] as? [[String: Any]] ?? []
        #expect(errors.map { $0["line"] as? Int } == [16, 19, 22])
        #expect((errors[0]["error"] as? String)?.contains("unknown label") == true)
        #expect(result.stderr.contains("3 record(s) could not be evaluated"))
        #expect(report["sweep"] == nil, "the sweep is only added with --threshold-sweep")
    }

    @Test("eval lists only the rules that hit, in JSON and text; --all-rules lists every rule")
    func allRules() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let every = try Self.object(try run(["eval", "--rules", pack, "--format", "json", "--all-rules", Self.fixture]))
        let rules = every["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["rule"] as? String } == ["LEAK", "PAY", "PIC", "SOON", "NEVER"])
        #expect(rules.last.map { [$0["hits_positive"] as? Int, $0["hits_negative"] as? Int] } == [0, 0])
        #expect(rules.last?["so"] is NSNull)
        #expect(every["rules_without_hits"] as? Int == 1, "counted either way")

        let text = String(decoding: try run(["eval", "--rules", pack, "--format", "text", Self.fixture]).stdout, as: UTF8.self)
        #expect(text.contains("  1 rule with no hit (not listed; --all-rules lists every rule)"))
        #expect(!text.contains("NEVER"))
        let all = String(decoding: try run(["eval", "--rules", pack, "--format", "text", "--all-rules", Self.fixture]).stdout,
                         as: UTF8.self)
        #expect(all.contains("NEVER") && !all.contains("with no hit"))
    }

    @Test("Message text appears only with --show-text, and never on stderr")
    func privacy() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let texts = ["the pics from the trip", "pay me back tonight", "everyone will see", "don't tell your parents",
                     "whatever", "no label here", "broken"]
        for format in ["json", "text"] {
            let plain = try run(["eval", "--rules", pack, "--format", format, Self.fixture])
            let output = String(decoding: plain.stdout, as: UTF8.self)
            #expect(plain.status == 0)
            for text in texts {
                #expect(!output.contains(text), "\(format) output shows message text")
                #expect(!plain.stderr.contains(text))
            }
        }
        let shown = try run(["eval", "--rules", pack, "--format", "json", "--show-text", Self.fixture])
        let report = try Self.object(shown)
        #expect((report["false_positives"] as? [[String: Any]])?.first?["text"] as? String == "the pics from the trip")
        #expect(!shown.stderr.contains("whatever"), "an unknown label's record stays without text")
    }

    @Test("--by conversation: positive if any message is; without composites the peak is the highest message score")
    func byConversation() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let result = try run(["eval", "--rules", pack, "--format", "json", "--by", "conversation", Self.fixture])
        #expect(result.status == 0)
        let report = try Self.object(result)
        // 11 conversations, 10 positive; at medium TP 8 (c1 c2 c3 c5 c6 c7 c8 c9), FN 2 (c4 c11), FP 0, TN 1 (c10).
        #expect(report["by"] as? String == "conversation" && report["items"] as? Int == 11 && report["messages"] as? Int == 19)
        #expect(Self.counts(report["confusion"]) == [8, 0, 2, 1])
        let falseNegatives = report["false_negatives"] as? [[String: Any]] ?? []
        #expect(falseNegatives.map { $0["conversation"] as? String } == ["c11", "c4"])
        #expect(falseNegatives.map { $0["messages"] as? Int } == [1, 1])
    }

    /// Made-up labelled messages with `lang` and `style` fields (for the eval pack: PAY, LEAK and
    /// PIC are medium alone, PAY + LEAK high, SOON low).
    static let facetData = Data("""
        {"id":"f1","label":"extortion","lang":"en","style":"chat","text":"pay me or I leak everything"}
        {"id":"f2","label":"extortion","lang":"en","style":"email","text":"pay now"}
        {"id":"f3","label":"extortion","lang":"de","style":"chat","text":"zahl jetzt"}
        {"id":"f4","label":"benign","lang":"en","style":"chat","text":"did you pay"}
        {"id":"f5","label":"benign","lang":"en","text":"see you tonight"}
        {"id":"f6","label":"benign","lang":7,"style":"chat","text":"hello"}

        """.utf8)

    @Test("--facet: per value of a field, items, recall at each level over positives and FP rate over negatives")
    func facets() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let result = try run(["eval", "--rules", pack, "--format", "json", "--facet", "lang", "--facet", "style",
                              "--facet", "lang", "-"], input: Self.facetData)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result)
        let facets = try #require(report["facets"] as? [String: Any])
        #expect(facets.keys.sorted() == ["lang", "style"], "a facet named twice is reported once")
        let lang = facets["lang"] as? [[String: Any]] ?? []
        // en: f1 (high) f2 (medium) positive, f4 (medium) f5 (low) negative; then "7" (a number, f6) and "de" (f3).
        #expect(lang.map { $0["value"] as? String } == ["en", "7", "de"])
        #expect(lang.map { $0["items"] as? Int } == [4, 1, 1])
        let en = lang.first ?? [:]
        #expect(en["positives"] as? Int == 2 && en["negatives"] as? Int == 2)
        #expect((en["recalled"] as? [String: Int]) == ["low": 2, "medium": 2, "high": 1, "critical": 0])
        #expect((en["recall"] as? [String: Double]) == ["low": 1, "medium": 1, "high": 0.5, "critical": 0])
        #expect((en["flagged_negatives"] as? [String: Int]) == ["low": 2, "medium": 1, "high": 0, "critical": 0])
        #expect((en["fp_rate"] as? [String: Double]) == ["low": 1, "medium": 0.5, "high": 0, "critical": 0])
        #expect((lang.last?["recall"] as? [String: Double])?["low"] == 0, "de's one positive reached no level")
        #expect(((lang[1]["recall"] as? [String: Any])?["low"]) is NSNull, "7 has no positives: recall is null")
        let style = facets["style"] as? [[String: Any]] ?? []
        #expect(style.map { $0["value"] as? String } == ["chat", "-", "email"], "a missing field groups as -")

        let text = try run(["eval", "--rules", pack, "--format", "text", "--facet", "lang", "-"], input: Self.facetData)
        let output = String(decoding: text.stdout, as: UTF8.self)
        #expect(output.contains("By lang: recall R over the positives and false-positive rate FP over the negatives"))
        let rows = output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("lang items pos neg R low R med R high R crit FP low FP med FP high FP crit"))
        #expect(rows.contains("en 4 2 2 1.000 1.000 0.500 0.000 1.000 0.500 0.000 0.000"))
        #expect(rows.contains("de 1 1 0 0.000 0.000 0.000 0.000 — — — —"))
        // Without --facet, the JSON has no facets key (the output is otherwise unchanged).
        let plain = try Self.object(try run(["eval", "--rules", pack, "--format", "json", Self.fixture]))
        #expect(plain["facets"] == nil)
    }

    @Test("--facet refuses the text field (it would print message text) and empty names")
    func facetRefusals() throws {
        let text = try run(["eval", "--facet", "text", "-"], input: Self.facetData)
        #expect(text.status == 2 && text.stderr.contains("--facet text names the text field"))
        let custom = try run(["eval", "--text-field", "body", "--facet", "body", "-"], input: Self.facetData)
        #expect(custom.status == 2 && custom.stderr.contains("--facet body names the text field"))
        let empty = try run(["eval", "--facet", "lang", "--facet", "", "-"], input: Self.facetData)
        #expect(empty.status == 2 && empty.stderr.contains("--facet needs a field name, such as --facet lang; --facet number 2 is empty"))
    }

    @Test("The text rules table lists only the rules that fired, and counts the others")
    func rulesTableSkipsSilentRules() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let result = try run(["eval", "--rules", pack, "--format", "text", Self.fixture])
        let output = String(decoding: result.stdout, as: UTF8.self)
        #expect(output.contains("  LEAK ") && output.contains("  SOON "))
        #expect(!output.contains("NEVER"), "a rule with no hit is not listed")
        #expect(output.contains("  1 rule with no hit (not listed; --all-rules lists every rule)"))
        // The shipped pack on two messages: one line per rule that fired, not one per rule of the pack.
        let shipped = try run(["eval", "--format", "text", "-"], input: Data("""
            {"label":"benign","text":"lunch at noon?"}
            {"label":"extortion","text":"send me $400 on cash app now"}

            """.utf8))
        let lines = String(decoding: shipped.stdout, as: UTF8.self).split(separator: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Rules (hits") })
        let end = try #require(lines.firstIndex { $0.contains("with no hit (not listed") })
        // The rules that fired, as `score` reports them for the same two messages.
        let scored = try run(["score", "--no-conversation", "-"], input: Data("lunch at noon?\nsend me $400 on cash app now\n".utf8))
        var fired = Set<String>()
        for line in String(decoding: scored.stdout, as: UTF8.self).split(separator: "\n") {
            let verdict = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            for hit in verdict["hits"] as? [[String: Any]] ?? [] { if let rule = hit["rule"] as? String { fired.insert(rule) } }
        }
        #expect(fired.count >= 2)
        #expect(end - start - 2 == fired.count, "one row per rule that fired (\(fired.sorted())): \(lines[start...end])")
    }

    /// Made-up chat, each message medium alone with the shipped pack: a recording claim
    /// (recording_claim 1.5) and, two messages later from the same sender, a demand over a payment
    /// rail (payment_demand 1.9), which together hold SEXTORTION_RECORDING_AND_DEMAND (critical);
    /// a recording claim and a threat to send the clip on (LEVERAGE_BUILDUP, high). The other
    /// conversations hold the same words without the composite: from two senders, or nine days apart (beyond the seven-day evidence window).
    static let compositeChat = Data("""
        {"id":"a1","conversation":"crit","from":"sam","at":"2026-01-05T20:00:00Z","label":"benign","text":"good game today, you were fast"}
        {"id":"a2","conversation":"crit","from":"kit","at":"2026-01-05T20:01:00Z","label":"recording_claim","text":"i recorded our whole video call"}
        {"id":"a3","conversation":"crit","from":"sam","at":"2026-01-05T20:02:00Z","label":"benign","text":"what do you mean"}
        {"id":"a4","conversation":"crit","from":"kit","at":"2026-01-05T20:03:00Z","label":"payment_demand","text":"send me $400 on cash app now"}
        {"id":"b1","conversation":"high","from":"kit","label":"recording_claim","text":"i recorded our whole video call"}
        {"id":"b2","conversation":"high","from":"kit","label":"publish_threat","text":"i will send the clip to all your followers"}
        {"id":"c1","conversation":"two-senders","from":"kit","at":"2026-01-05T20:01:00Z","label":"benign","text":"i recorded our whole video call"}
        {"id":"c2","conversation":"two-senders","from":"sam","at":"2026-01-05T20:03:00Z","label":"benign","text":"send me $400 on cash app now"}
        {"id":"d1","conversation":"nine-days-apart","from":"kit","at":"2026-01-05T20:01:00Z","label":"extortion","text":"i recorded our whole video call"}
        {"id":"d2","conversation":"nine-days-apart","from":"kit","at":"2026-01-14T21:01:00Z","label":"extortion","text":"send me $400 on cash app now"}

        """.utf8)

    @Test("--by conversation judges a conversation by its peak conversation level, composites included")
    func conversationLevel() throws {
        let result = try run(["eval", "--format", "json", "--by", "conversation", "--sender-field", "from",
                              "--timestamp-field", "at", "--facet", "conversation", "-"], input: Self.compositeChat)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result)
        #expect(report["items"] as? Int == 4 && report["messages"] as? Int == 10)
        // Each conversation's level is the highest level at which its facet row (one conversation) is recalled or flagged.
        var levels: [String: String] = [:]
        for row in (report["facets"] as? [String: Any])?["conversation"] as? [[String: Any]] ?? [] {
            let counts = (row["recalled"] as? [String: Int] ?? [:]).merging(row["flagged_negatives"] as? [String: Int] ?? [:], uniquingKeysWith: +)
            levels[row["value"] as? String ?? ""] = ["critical", "high", "medium", "low"].first { counts[$0, default: 0] > 0 } ?? "none"
        }
        // Judged by their best message, all four would be medium.
        #expect(levels == ["crit": "critical", "high": "high", "two-senders": "medium", "nine-days-apart": "medium"])
        let levelRows = report["levels"] as? [[String: Any]] ?? []
        #expect(levelRows.map { Self.counts($0) } == [[3, 1, 0, 0], [3, 1, 0, 0], [2, 0, 1, 1], [1, 0, 2, 1]])
        let falseNegatives = report["false_negatives"] as? [[String: Any]] ?? []
        #expect(falseNegatives.isEmpty)

        // Without the sender field every message has the same (absent) sender, so two-senders
        // is one sender's recording claim and demand: critical.
        let noSenders = try run(["eval", "--format", "json", "--by", "conversation", "--timestamp-field", "at",
                                 "--min-level", "critical", "-"], input: Self.compositeChat)
        let falsePositives = try Self.object(noSenders)["false_positives"] as? [[String: Any]] ?? []
        #expect(falsePositives.map { $0["conversation"] as? String } == ["two-senders"])
        #expect(falsePositives.first?["id"] as? String == "c2" && falsePositives.first?["level"] as? String == "critical")
        // Without the timestamp field the day between d1 and d2 is unknown: critical too.
        let noTimes = try run(["eval", "--format", "json", "--by", "conversation", "--sender-field", "from", "-"],
                              input: Self.compositeChat)
        #expect(Self.counts((try Self.object(noTimes)["levels"] as? [[String: Any]])?.last) == [2, 0, 1, 1])
        // Per message, nothing is above medium.
        let perMessage = try run(["eval", "--format", "json", "-"], input: Self.compositeChat)
        #expect(Self.counts((try Self.object(perMessage)["levels"] as? [[String: Any]])?[2]) == [0, 0, 6, 4])
    }

    @Test("--by conversation warns once about timestamps it cannot read")
    func conversationTimestampWarning() throws {
        let data = Data("""
            {"conversation":"c","label":"benign","timestamp":"yesterday","text":"hi"}
            {"conversation":"c","label":"benign","timestamp":"2026-01-05T20:00:00Z","text":"hello"}

            """.utf8)
        let result = try run(["eval", "--format", "json", "--by", "conversation", "-"], input: data)
        #expect(result.status == 0)
        #expect(result.stderr == "chatscreen: 1 timestamp(s) in field \"timestamp\" were not ISO 8601 or epoch seconds and were ignored\n")
        #expect(try run(["eval", "--format", "json", "-"], input: data).stderr.isEmpty, "per message, times are not read")
    }

    @Test("--threshold-sweep: precision and recall at score ≥ 0.00, 0.05, …, 1.00")
    func thresholdSweep() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let result = try run(["eval", "--rules", pack, "--format", "json", "--threshold-sweep", Self.fixture])
        let sweep = try Self.object(result)["sweep"] as? [[String: Any]] ?? []
        #expect(sweep.count == 21)
        #expect(sweep.map { $0["threshold"] as? Double } == (0...20).map { Double($0) * 5 / 100 })
        // 0.00: all predicted positive. 0.50: TP 6 (m1 m5 m8 m10 m14 m18), FP 3 (m9 m13 m17). 1.00: none.
        #expect(Self.counts(sweep[0]) == [10, 9, 0, 0])
        #expect(Self.counts(sweep[10]) == [6, 3, 4, 6] && sweep[10]["precision"] as? Double == 0.6667)
        #expect(Self.counts(sweep[20]) == [0, 0, 10, 9] && sweep[20]["precision"] is NSNull)
        let text = try run(["eval", "--rules", pack, "--format", "text", "--threshold-sweep", Self.fixture])
        #expect(String(decoding: text.stdout, as: UTF8.self).contains("Score threshold sweep"))
    }

    @Test("--weights applies a weights file; a bad one exits 2 naming the line")
    func weightsFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.evalPack, in: directory)
        let good = directory.appendingPathComponent("good.weights").path
        // PIC 0: m9 (the worst false positive) and m8 drop to none; SOON 2: m2 and m20 reach medium.
        try "# tuned by hand\nPIC 0\nSOON 2  # stronger\n".write(toFile: good, atomically: true, encoding: .utf8)
        let result = try run(["eval", "--rules", pack, "--weights", good, "--format", "json", Self.fixture])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result)
        let falsePositives = (report["false_positives"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!falsePositives.contains("m9") && falsePositives.contains("m2"))
        #expect((report["rules"] as? [[String: Any]])?.first { $0["rule"] as? String == "PIC" }?["weight"] as? Double == 0)

        let bad = directory.appendingPathComponent("bad.weights").path
        try "PIC 0\nSOON lots\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try run(["eval", "--rules", pack, "--weights", bad, Self.fixture])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("bad.weights:2: error: the weight of SOON is `lots`, which is not a number"))
        #expect(failed.stdout.isEmpty)

        let unknown = directory.appendingPathComponent("unknown.weights").path
        try "MISSING_RULE 1\n".write(toFile: unknown, atomically: true, encoding: .utf8)
        let mismatched = try run(["eval", "--rules", pack, "--weights", unknown, Self.fixture])
        #expect(mismatched.status == 2 && mismatched.stderr.contains("MISSING_RULE"))
    }

    @Test("Plain text input has no labels: exit 2 with a hint")
    func plainText() throws {
        let result = try run(["eval"], input: Data("pay £500 or this is going over Facebook\n".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("plain text") && !result.stderr.contains("Facebook"))
        #expect(try run(["eval", "--input", "text"], input: Data()).status == 2)
    }

    // MARK: rules fit

    /// INFO (payment_demand, hand weight 1: reaches only low alone) is informative; NOISE
    /// (deadline, hand weight 2: reaches medium alone) fires on half of every class.
    static let fitPack = """
        scoring {
          scale 3.0
          cap default 3.0
          level low 0.10
          level medium 0.40
          level high 0.70
          level critical 0.90
        }
        rule INFO {
          category payment_demand
          weight 1.0
          when "pay"
        }
        rule NOISE {
          category deadline
          weight 2.0
          when "tonight"
        }
        """

    /// 50 conversations of 20 messages. In each, positives: 4 INFO+NOISE, 4 INFO, 1 NOISE, 1
    /// nothing; negatives: 1 INFO+NOISE, 1 INFO, 4 NOISE, 4 nothing. NOISE fires on exactly half of
    /// each (label, INFO) group, so it says nothing about the label; the split keeps conversations
    /// whole, so this holds on the training side too.
    static func fitData() -> Data {
        let block: [(Bool, String)] = Array(repeating: (true, "pay me tonight"), count: 4)
            + Array(repeating: (true, "pay me"), count: 4) + [(true, "see you tonight"), (true, "hello")]
            + [(false, "pay me tonight"), (false, "pay me")] + Array(repeating: (false, "see you tonight"), count: 4)
            + Array(repeating: (false, "hello"), count: 4)
        var lines = ""
        var n = 0
        for conversation in 0..<50 {
            for (positive, text) in block {
                n += 1
                lines += #"{"id":"m\#(n)","conversation":"c\#(conversation)","label":"\#(positive ? "extortion" : "benign")","text":"\#(text)"}"# + "\n"
            }
        }
        return Data(lines.utf8)
    }

    @Test("rules fit drives a noise rule's weight to zero, reports held-out metrics, and eval applies the file")
    func fit() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.fitPack, in: directory)
        let data = directory.appendingPathComponent("labelled.jsonl")
        try Self.fitData().write(to: data)
        let output = directory.appendingPathComponent("fitted.weights").path
        let result = try run(["rules", "fit", "--rules", pack, "--output", output, "--format", "json", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        var weights: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "#")[0].split(separator: " ")
            weights[String(fields[0])] = Double(fields[1])
        }
        let info = try #require(weights["INFO"]), noise = try #require(weights["NOISE"])
        #expect(info >= 1.6, "INFO alone should now reach medium")
        #expect(noise < 0.1 * info, "NOISE \(noise) vs INFO \(info)")
        // The header records the data, split, seed and held-out metrics.
        #expect(text.contains("# data: \(data.path): 1000 labelled messages (500 positive, 500 negative)"))
        #expect(text.contains("test fraction 0.3, seed 1, by conversation id"))
        #expect(text.contains("# held-out metrics (test split only, level >= medium):"))
        #expect(text.contains("#   fitted:  precision") && text.contains("#   current: precision"))

        let report = try Self.object(result)
        let train = report["train"] as? [String: Any], test = report["test"] as? [String: Any]
        let trainCount = train?["messages"] as? Int ?? 0, testCount = test?["messages"] as? Int ?? 0
        #expect(trainCount + testCount == 1000 && testCount > 0 && trainCount > testCount)
        #expect(testCount % 20 == 0, "whole conversations are held out")
        let heldOut = report["held_out"] as? [String: Any]
        let fitted = (heldOut?["fitted"] as? [String: Any])?["confusion"] as? [String: Any]
        let current = (heldOut?["current"] as? [String: Any])?["confusion"] as? [String: Any]
        // On held-out data the fitted weights flag INFO messages (P = R = 0.8 by construction)
        // instead of NOISE ones (P = R = 0.5 by construction).
        #expect(fitted?["f1"] as? Double == 0.8 && current?["f1"] as? Double == 0.5)
        let tested = Self.counts(fitted)
        #expect(tested.reduce(0, +) == testCount)

        // The same run again writes the same file; eval applies it.
        let again = directory.appendingPathComponent("again.weights").path
        #expect(try run(["rules", "fit", "--rules", pack, "--output", again, data.path]).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == text)
        let evaluated = try run(["eval", "--rules", pack, "--weights", output, "--format", "json", data.path])
        #expect(evaluated.status == 0)
        #expect(Self.counts(try Self.object(evaluated)["confusion"]) == [400, 100, 100, 400])
    }

    /// (fitted TP FP FN TN, current TP FP FN TN, --force) → writes, and the decision's sentence.
    static let decisions: [([Int], [Int], Bool, Bool, String)] = [
        ([8, 2, 2, 8], [5, 5, 5, 5], false, true, "F1 at medium on the held-out split: fitted 0.8000 ≥ current 0.5000, so the fitted weights are not worse"),
        ([5, 5, 5, 5], [5, 5, 5, 5], false, true, "fitted 0.5000 ≥ current 0.5000"),
        ([5, 5, 5, 5], [8, 2, 2, 8], false, false, "fitted 0.5000 < current 0.8000, so the fitted weights are worse"),
        ([5, 5, 5, 5], [8, 2, 2, 8], true, true, "fitted 0.5000 < current 0.8000, so the fitted weights are worse; written anyway (--force)"),
        // Nothing flagged by the fit: F1 is 0 (not undefined) when there are positives.
        ([0, 0, 10, 10], [8, 2, 2, 8], false, false, "fitted 0.0000 < current 0.8000"),
        // No positive held out: F1 cannot rank them; unproven weights are refused.
        ([0, 3, 0, 17], [0, 1, 0, 19], false, false, "is undefined: the held-out split has no positive message"),
        ([0, 3, 0, 17], [0, 1, 0, 19], true, true, "unproven; written anyway (--force)"),
    ]

    @Test("rules fit writes only weights that are not worse by held-out F1 at --min-level, unless --force", arguments: decisions)
    func fitDecision(_ fitted: [Int], _ current: [Int], _ force: Bool, _ writes: Bool, _ sentence: String) {
        func counts(_ c: [Int]) -> ConfusionCounts {
            ConfusionCounts(truePositives: c[0], falsePositives: c[1], falseNegatives: c[2], trueNegatives: c[3])
        }
        let decision = FitDecision(level: .medium, testPositives: fitted[0] + fitted[2], fitted: counts(fitted),
                                   current: counts(current), force: force)
        #expect(decision.writes == writes)
        #expect(decision.sentence.contains(sentence), "\(decision.sentence)")
    }

    @Test("rules fit never writes into a rule pack, and explains bad options")
    func fitRefusals() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pack = try Self.writePack(Self.fitPack, in: directory)
        let data = directory.appendingPathComponent("labelled.jsonl")
        try Self.fitData().write(to: data)
        let before = try FileManager.default.contentsOfDirectory(atPath: pack)
        let inside = try run(["rules", "fit", "--rules", pack, "--output", pack + "/fitted.weights", data.path])
        #expect(inside.status == 2 && inside.stderr.contains("inside the rule pack"))
        let shipped = try run(["rules", "fit", "--output", repositoryRoot + "/Rules/en/fitted.weights", data.path])
        #expect(shipped.status == 2 && shipped.stderr.contains("inside the rule pack"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: pack) == before)
        #expect(!FileManager.default.fileExists(atPath: repositoryRoot + "/Rules/en/fitted.weights"))
        let output = directory.appendingPathComponent("w.weights").path
        for (option, value, message) in [("--fp-cost", "0", "--fp-cost must be a positive number"),
                                         ("--l2", "0", "--l2 must be a positive number"),
                                         ("--test-fraction", "1", "--test-fraction must be between 0 and 1")] {
            let result = try run(["rules", "fit", "--rules", pack, "--output", output, option, value, data.path])
            #expect(result.status == 2 && result.stderr.contains(message), "\(option) \(value): \(result.stderr)")
        }
    }
}
