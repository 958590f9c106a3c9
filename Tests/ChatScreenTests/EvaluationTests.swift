import Foundation
import Testing
@testable import ChatScreen

/// The evaluation arithmetic (`chatscreen eval`), checked against numbers worked out by hand on
/// `Tests/Fixtures/eval/labelled.jsonl` with the tiny pack below.
@Suite("Evaluation metrics")
struct EvaluationTests {
    /// Four one-word rules and one that never fires. With scale 3 (score = 1 − e^(−raw/3), three decimals):
    ///
    ///     SOON           raw 0.5 → 0.154 low       PAY+SOON       raw 2.5 → 0.565 medium
    ///     PAY            raw 2.0 → 0.487 medium    PAY+LEAK       raw 4.5 → 0.777 high
    ///     LEAK           raw 2.5 → 0.565 medium    PAY+LEAK+SOON  raw 5.0 → 0.811 high
    ///     PIC            raw 3.0 → 0.632 medium    PAY+LEAK+PIC   raw 7.5 → 0.918 critical
    static let pack = """
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

    /// Runs the fixture through an evaluator the way `chatscreen eval` does (unparseable lines,
    /// missing and unknown labels become error records).
    static func evaluate(_ unit: Evaluator.Unit, keepsText: Bool = false, rules: RuleSet? = nil) throws -> EvaluationReport {
        let rules = try rules ?? compile(pack)
        let scanner = try MessageScanner(rules: rules)
        var evaluator = Evaluator(rules: rules, unit: unit, minLevel: .medium, keepsText: keepsText)
        let fixture = try String(contentsOfFile: repositoryRoot + "/Tests/Fixtures/eval/labelled.jsonl", encoding: .utf8)
        for (index, line) in fixture.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else {
                evaluator.addError(line: index + 1, reason: "invalid JSON")
                continue
            }
            guard let value = object["label"] as? String, let label = EvaluationLabel(value) else {
                evaluator.addError(line: index + 1, reason: "no known label")
                continue
            }
            evaluator.add(scanner.scan(text), label: label, line: index + 1, id: object["id"] as? String,
                          conversation: object["conversation"] as? String) { text }
        }
        return evaluator.report()
    }

    @Test("The pack scores the fixture as worked out by hand")
    func scoresOfTheFixture() throws {
        let scanner = try MessageScanner(rules: compile(Self.pack))
        let expected: [(String, Double, Level)] = [
            ("see you tonight", 0.154, .low), ("pay now", 0.487, .medium), ("I will leak it", 0.565, .medium),
            ("send pics", 0.632, .medium), ("pay me or I leak everything", 0.777, .high),
            ("pay tonight or I leak", 0.811, .high), ("pay and I delete the pics or I leak them", 0.918, .critical),
            ("pay me back tonight", 0.565, .medium), ("everyone will see", 0, .none),
        ]
        for (text, score, level) in expected {
            let verdict = scanner.scan(text)
            #expect(verdict.score == score && verdict.level == level, "\(text)")
        }
    }

    // The fixture, line by line (label → rules that fire → score, level):
    //
    //   1 m1  c1  extortion       PAY LEAK       0.777 high       12 m12 c7  publish_threat  –        0     none
    //   2 m2  c1  benign          SOON           0.154 low        13 m13 c7  benign          PAY SOON 0.565 medium
    //   3 m3  c2  payment_demand  PAY            0.487 medium     14 m14 c8  deadline        PAY SOON 0.565 medium
    //   4 m4  c2  benign          PAY            0.487 medium     15 m15 c8  benign          –        0     none
    //   5 m5  c3  publish_threat  LEAK           0.565 medium     16 m16 c9  "spam": unknown label → error record
    //   6 m6  c3  benign          –              0     none       17 m17 c9  benign          LEAK     0.565 medium
    //   7 m7  c4  payment_demand  SOON           0.154 low        18 m18 c9  extortion       PAY LEAK SOON 0.811 high
    //   8 m8  c5  image_request   PIC            0.632 medium     19 m19 c9  no label → error record
    //   9 m9  c5  benign          PIC            0.632 medium     20 m20 c10 benign          SOON     0.154 low
    //  10 m10 c6  extortion       PAY LEAK PIC   0.918 critical   21 m21 c11 grooming        –        0     none
    //  11 m11 c6  benign          –              0     none       22 unterminated JSON string → error record
    //
    // 19 messages: positives m1 m3 m5 m7 m8 m10 m12 m14 m18 m21 (10), negatives m2 m4 m6 m9 m11 m13 m15 m17 m20 (9).
    // Positives by level: none 2 (m12 m21), low 1 (m7), medium 4 (m3 m5 m8 m14), high 2 (m1 m18), critical 1 (m10).
    // Negatives by level: none 3 (m6 m11 m15), low 2 (m2 m20), medium 4 (m4 m9 m13 m17), high 0, critical 0.

    @Test("Precision, recall and F1 at each level, and the confusion matrix at medium")
    func levelMetrics() throws {
        let report = try Self.evaluate(.message)
        #expect(report.messages == 19 && report.positives == 10 && report.negatives == 9)
        #expect(report.errorCount == 3)
        #expect(report.errors.map(\.line) == [16, 19, 22])
        let levels = Dictionary(uniqueKeysWithValues: report.levels.map { ($0.level, $0.counts) })
        // low: TP = 1 + 4 + 2 + 1 = 8, FN = 2; FP = 2 + 4 = 6, TN = 3.
        // P = 8/14 = 0.5714, R = 8/10 = 0.8, F1 = 2·8/(2·8 + 6 + 2) = 16/24 = 0.6667.
        #expect(levels[.low] == ConfusionCounts(truePositives: 8, falsePositives: 6, falseNegatives: 2, trueNegatives: 3))
        #expect(isClose(levels[.low]?.precision, 8.0 / 14) && isClose(levels[.low]?.recall, 0.8) && isClose(levels[.low]?.f1, 16.0 / 24))
        // medium: TP = 4 + 2 + 1 = 7, FN = 3; FP = 4, TN = 5.
        // P = 7/11 = 0.6364, R = 0.7, F1 = 14/(14 + 4 + 3) = 14/21 = 0.6667.
        #expect(levels[.medium] == ConfusionCounts(truePositives: 7, falsePositives: 4, falseNegatives: 3, trueNegatives: 5))
        #expect(isClose(levels[.medium]?.precision, 7.0 / 11) && isClose(levels[.medium]?.recall, 0.7)
            && isClose(levels[.medium]?.f1, 14.0 / 21))
        // high: TP = 2 + 1 = 3, FN = 7; FP = 0, TN = 9. P = 1, R = 0.3, F1 = 6/(6 + 0 + 7) = 0.4615.
        #expect(levels[.high] == ConfusionCounts(truePositives: 3, falsePositives: 0, falseNegatives: 7, trueNegatives: 9))
        #expect(isClose(levels[.high]?.precision, 1) && isClose(levels[.high]?.recall, 0.3) && isClose(levels[.high]?.f1, 6.0 / 13))
        // critical: TP = 1, FN = 9; FP = 0, TN = 9. P = 1, R = 0.1, F1 = 2/(2 + 9) = 0.1818.
        #expect(levels[.critical] == ConfusionCounts(truePositives: 1, falsePositives: 0, falseNegatives: 9, trueNegatives: 9))
        #expect(isClose(levels[.critical]?.f1, 2.0 / 11))
        #expect(report.confusion == levels[.medium])
    }

    @Test("Per-category recall: the category among the verdict's categories and level ≥ medium")
    func categoryRecall() throws {
        let report = try Self.evaluate(.message)
        let rows = Dictionary(uniqueKeysWithValues: report.categories.map { ($0.category, $0) })
        // payment_demand: m3 (PAY, medium: recalled), m7 (SOON only, low: not) → 1/2.
        #expect(rows[.paymentDemand]?.labelled == 2 && rows[.paymentDemand]?.recalled == 1)
        // publish_threat: m5 (LEAK, medium: recalled), m12 (nothing fires) → 1/2.
        #expect(rows[.publishThreat]?.labelled == 2 && rows[.publishThreat]?.recalled == 1)
        // deadline: m14 fires PAY + SOON, so its categories are payment_demand and deadline, at medium → 1/1.
        #expect(rows[.deadline]?.labelled == 1 && rows[.deadline]?.recalled == 1 && rows[.deadline]?.recall == 1)
        // image_request: m8 (PIC, medium) → 1/1. grooming: m21 (nothing) → 0/1.
        #expect(rows[.imageRequest]?.recalled == 1 && rows[.grooming]?.labelled == 1 && rows[.grooming]?.recall == 0)
        // `extortion` labels (m1, m10, m18) belong to no category; unlabelled categories have no recall.
        #expect(report.categories.map(\.labelled).reduce(0, +) == 7)
        #expect(rows[.intimidation]?.recall == nil)
    }

    @Test("Per-rule hits on positives and negatives, S/O, sorted by S/O then hits")
    func ruleStatistics() throws {
        let report = try Self.evaluate(.message)
        // LEAK: m1 m5 m10 m18 (+), m17 (−)         → 4/1, S/O 4/5 = 0.8
        // PAY:  m1 m3 m10 m14 m18 (+), m4 m13 (−)  → 5/2, S/O 5/7 = 0.7143
        // PIC:  m8 m10 (+), m9 (−)                 → 2/1, S/O 2/3 = 0.6667
        // SOON: m7 m14 m18 (+), m2 m13 m20 (−)     → 3/3, S/O 0.5
        // NEVER never fires: S/O undefined, last.
        #expect(report.rules.map(\.name) == ["LEAK", "PAY", "PIC", "SOON", "NEVER"])
        #expect(report.rules.map(\.hitsPositive) == [4, 5, 2, 3, 0])
        #expect(report.rules.map(\.hitsNegative) == [1, 2, 1, 3, 0])
        #expect(isClose(report.rules[1].positiveShare, 5.0 / 7) && report.rules[4].positiveShare == nil)
    }

    @Test("Worst false positives and negatives, with lines, ids and rules but no text by default")
    func worstLists() throws {
        let report = try Self.evaluate(.message)
        // Negatives at medium or above, highest score first (ties in input order):
        // m9 0.632, m13 0.565, m17 0.565, m4 0.487.
        #expect(report.falsePositives.map(\.id) == ["m9", "m13", "m17", "m4"])
        #expect(report.falsePositives.map(\.line) == [9, 13, 17, 4])
        #expect(report.falsePositives[1].rules == ["PAY", "SOON"])
        // Positives below medium, lowest score first: m12 0, m21 0, m7 0.154.
        #expect(report.falseNegatives.map(\.id) == ["m12", "m21", "m7"])
        #expect(report.falsePositives.allSatisfy { $0.text == nil } && report.falseNegatives.allSatisfy { $0.text == nil })
        let withText = try Self.evaluate(.message, keepsText: true)
        #expect(withText.falsePositives.first?.text == "the pics from the trip")
    }

    @Test("The score sweep predicts positive at score ≥ threshold")
    func sweep() throws {
        let sweep = try Self.evaluate(.message).sweep()
        #expect(sweep.count == 21 && sweep.first?.threshold == 0 && sweep.last?.threshold == 1)
        // 0.00: everything is predicted positive: TP 10, FP 9.
        #expect(sweep[0].counts == ConfusionCounts(truePositives: 10, falsePositives: 9))
        // 0.15: score ≥ 0.150 includes the 0.154s, the same as low: TP 8, FP 6, FN 2, TN 3.
        #expect(sweep[3].counts == ConfusionCounts(truePositives: 8, falsePositives: 6, falseNegatives: 2, trueNegatives: 3))
        // 0.50: positives m1 .777 m5 .565 m8 .632 m10 .918 m14 .565 m18 .811 (6; m3 .487 is out);
        //       negatives m9 .632 m13 .565 m17 .565 (3). P = 6/9, R = 6/10.
        #expect(sweep[10].counts == ConfusionCounts(truePositives: 6, falsePositives: 3, falseNegatives: 4, trueNegatives: 6))
        // 0.95 and 1.00: nothing predicted positive, so precision is undefined and recall 0.
        #expect(sweep[20].counts.precision == nil && sweep[20].counts.recall == 0)
    }

    @Test("By conversation: positive if any message is; without composites the peak is the highest message score")
    func conversations() throws {
        let report = try Self.evaluate(.conversation)
        // c1 + 0.777 high · c2 + 0.487 medium · c3 + 0.565 medium · c4 + 0.154 low · c5 + 0.632 medium
        // c6 + 0.918 critical · c7 + 0.565 medium (from benign m13; m12 fires nothing) · c8 + 0.565 medium
        // c9 + 0.811 high (m16, m19 are errors) · c10 − 0.154 low · c11 + 0 none.
        #expect(report.items == 11 && report.positives == 10 && report.negatives == 1 && report.messages == 19)
        // medium: TP = c1 c2 c3 c5 c6 c7 c8 c9 = 8, FN = c4 c11 = 2, FP 0, TN = c10 = 1.
        #expect(report.confusion == ConfusionCounts(truePositives: 8, falsePositives: 0, falseNegatives: 2, trueNegatives: 1))
        // low: c10 (0.154) becomes a false positive and c4 a true positive: TP 9, FP 1, FN 1, TN 0.
        #expect(report.levels[0].counts == ConfusionCounts(truePositives: 9, falsePositives: 1, falseNegatives: 1, trueNegatives: 0))
        // publish_threat: c3 recalled (m5 LEAK medium); c7 not: its medium message m13 has payment_demand and deadline only.
        #expect(report.categories.first { $0.category == .publishThreat }.map { ($0.labelled, $0.recalled) } ?? (0, 0) == (2, 1))
        // PAY fired in c1 c2 c6 c7 c8 c9, all positive conversations: 6/0.
        // SOON fired in c1 c4 c7 c8 c9 (+) and c10 (−): 5/1.
        let rules = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.name, $0) })
        #expect(rules["PAY"].map { ($0.hitsPositive, $0.hitsNegative) } ?? (0, 0) == (6, 0))
        #expect(rules["SOON"].map { ($0.hitsPositive, $0.hitsNegative) } ?? (0, 0) == (5, 1))
        // Worst false negatives: c11 (0, line 21), then c4 (0.154, line 7), with message counts.
        #expect(report.falseNegatives.map(\.conversation) == ["c11", "c4"])
        #expect(report.falseNegatives.map(\.line) == [21, 7] && report.falseNegatives.map(\.messages) == [1, 1])
        #expect(report.falsePositives.isEmpty)
    }

    /// The tiny pack plus a composite: PAY (0.487 medium) and LEAK (0.565 medium) from one
    /// sender within 5 messages raise the conversation to critical; the window is 3 hours.
    static let compositePack = pack + """

        composite PAY_AND_LEAK {
          when   payment_demand & publish_threat
          within 5 messages
          from   same sender
          level  critical
        }
        conversation {
          window 10 messages
          window 3h
        }
        """

    /// Feeds made-up messages `(conversation, sender, seconds, label, text)` to a conversation evaluator.
    static func conversationReport(_ messages: [(String, String, Int64?, EvaluationLabel, String)],
                                   facets: [String] = [], values: [[String?]] = []) throws -> EvaluationReport {
        let rules = try compile(compositePack)
        let scanner = try MessageScanner(rules: rules)
        var evaluator = Evaluator(rules: rules, unit: .conversation, facets: facets)
        for (index, (conversation, sender, time, label, text)) in messages.enumerated() {
            evaluator.add(scanner.scan(text), label: label, line: index + 1, id: "m\(index + 1)", conversation: conversation,
                          sender: sender, timestamp: time, facets: index < values.count ? values[index] : [])
        }
        return evaluator.report()
    }

    @Test("By conversation: judged by the peak conversation level, so a composite over medium messages counts")
    func conversationLevelWithComposite() throws {
        // c1: m1 PAY (medium) and m3 LEAK (medium) from "x": the composite makes c1 critical at m3.
        // Judged by its best message c1 would be medium (0.565); the tracker makes it critical.
        // c2: the same words from two senders: no composite, medium.
        // c3: the same from one sender, but 4 hours apart: the evidence left the 3-hour window, medium.
        let report = try Self.conversationReport([
            ("c1", "x", 0, .positive(.paymentDemand), "pay"), ("c1", "y", 60, .negative, "why"),
            ("c1", "x", 120, .positive(.publishThreat), "or i leak it"), ("c1", "y", 180, .negative, "no"),
            ("c2", "x", 0, .negative, "did you pay"), ("c2", "y", 60, .negative, "the leak is fixed"),
            ("c3", "x", 0, .positive(nil), "pay"), ("c3", "x", 4 * 3600, .positive(nil), "i leak it"),
        ])
        #expect(report.items == 3 && report.positives == 2 && report.negatives == 1 && report.messages == 8)
        let levels = Dictionary(uniqueKeysWithValues: report.levels.map { ($0.level, $0.counts) })
        // critical: only c1. medium: all three (c2 is a false positive, as its best message is).
        #expect(levels[.critical] == ConfusionCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1, trueNegatives: 1))
        #expect(levels[.high] == levels[.critical])
        #expect(levels[.medium] == ConfusionCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 0))
        // The worst false positive is c2 at its peak (medium, m6's 0.565), not raised by the composite.
        #expect(report.falsePositives.map(\.conversation) == ["c2"] && report.falsePositives.first?.level == .medium)
        #expect(report.falsePositives.first?.id == "m6" && report.falsePositives.first?.messages == 2)
        // Per-category recall: c1 reached medium and has both categories among its verdicts.
        let recalled = Dictionary(uniqueKeysWithValues: report.categories.map { ($0.category, ($0.labelled, $0.recalled)) })
        #expect(recalled[.paymentDemand]! == (1, 1) && recalled[.publishThreat]! == (1, 1))
    }

    @Test("By conversation: the worst-list entry names the message at which the peak was first reached")
    func conversationPeakMessage() throws {
        let report = try Self.conversationReport([
            ("c1", "x", nil, .negative, "pay"), ("c1", "x", nil, .negative, "ok"),
            ("c1", "x", nil, .negative, "i leak it"), ("c1", "x", nil, .negative, "pay"),
        ])
        // Critical from m3 on (m4 repeats the peak, which does not move the entry).
        #expect(report.falsePositives.map(\.id) == ["m3"] && report.falsePositives.first?.level == .critical)
        #expect(report.falsePositives.first?.line == 3)
    }

    @Test("Facets per message: items, positives, negatives, recall and false-positive rate per value")
    func facetsPerMessage() throws {
        let rules = try compile(Self.pack)
        let scanner = try MessageScanner(rules: rules)
        var evaluator = Evaluator(rules: rules, facets: ["lang", "style"])
        // (label, text, lang, style) → level
        let messages: [(EvaluationLabel, String, String?, String?)] = [
            (.positive(nil), "pay me or I leak everything", "en", "chat"),   // high
            (.positive(nil), "pay now", "en", "email"),                      // medium
            (.positive(nil), "see you tonight", "en", nil),                  // low
            (.negative, "did you pay", "en", "chat"),                        // medium
            (.negative, "hello", "en", "chat"),                              // none
            (.positive(nil), "zahl jetzt", "de", "chat"),                    // none
            (.negative, "pics", nil, "chat"),                                // medium
        ]
        for (index, (label, text, lang, style)) in messages.enumerated() {
            evaluator.add(scanner.scan(text), label: label, line: index + 1, facets: [lang, style])
        }
        let report = evaluator.report()
        #expect(report.facets.map(\.name) == ["lang", "style"])
        let lang = report.facets[0].values
        // en has 5 items, then "-" and "de" with 1 each, ordered by value ("-" before "d").
        #expect(lang.map(\.value) == ["en", "-", "de"])
        #expect(lang.map(\.items) == [5, 1, 1] && lang.map(\.positives) == [3, 0, 1] && lang.map(\.negatives) == [2, 1, 0])
        let en = lang[0]
        #expect(en.recalled(atLeast: .low) == 3 && en.recalled(atLeast: .medium) == 2 && en.recalled(atLeast: .high) == 1)
        #expect(en.recall(atLeast: .medium) == 2.0 / 3 && en.recall(atLeast: .critical) == 0)
        #expect(en.falsePositiveRate(atLeast: .medium) == 0.5 && en.falsePositiveRate(atLeast: .high) == 0)
        #expect(lang[1].recall(atLeast: .low) == nil, "no positives: recall is undefined, not 0")
        #expect(lang[1].falsePositiveRate(atLeast: .medium) == 1)
        #expect(lang[2].recall(atLeast: .low) == 0 && lang[2].falsePositiveRate(atLeast: .low) == nil)
        let style = report.facets[1].values
        #expect(style.map(\.value) == ["chat", "-", "email"] && style.map(\.items) == [5, 1, 1])
        #expect(style[0].flaggedNegatives(atLeast: .medium) == 2 && style[0].negatives == 3)
        // Every item is counted once per facet.
        #expect(report.facets.allSatisfy { $0.values.map(\.items).reduce(0, +) == report.items })
    }

    @Test("Facets per conversation: the value the messages share, `(mixed)` when they differ, `-` when absent")
    func facetsPerConversation() throws {
        let report = try Self.conversationReport([
            ("c1", "x", nil, .positive(nil), "pay"), ("c1", "x", nil, .positive(nil), "i leak it"),
            ("c2", "x", nil, .negative, "hello"), ("c2", "y", nil, .negative, "hi"),
            ("c3", "x", nil, .negative, "pay"),
        ], facets: ["lang"], values: [["en"], ["en"], ["en"], ["de"], []])
        let lang = report.facets[0].values
        #expect(lang.map(\.value) == ["(mixed)", "-", "en"])
        #expect(lang.map(\.items) == [1, 1, 1])
        // c1 (en) is critical through the composite; c3 (no value) is medium.
        #expect(lang[2].recalled(atLeast: .critical) == 1 && lang[1].flaggedNegatives(atLeast: .medium) == 1)
    }

    @Test("A facet with very many values keeps the first ones and counts the rest under (other)")
    func facetValueCap() throws {
        let rules = try compile(Self.pack)
        var evaluator = Evaluator(rules: rules, facets: ["id"])
        for n in 0..<(FacetCounts.maximumValues + 5) {
            evaluator.add(.clean, label: .negative, line: n + 1, facets: ["v\(n)"])
        }
        let values = evaluator.report().facets[0].values
        #expect(values.count == FacetCounts.maximumValues + 1)
        #expect(values.first?.value == "(other)" && values.first?.items == 5)
    }

    @Test("A message without a conversation id is an error record in conversation mode, not dropped")
    func conversationWithoutID() throws {
        let rules = try compile(Self.pack)
        var evaluator = Evaluator(rules: rules, unit: .conversation)
        evaluator.add(.clean, label: .negative, line: 1)
        let report = evaluator.report()
        #expect(report.items == 0 && report.errorCount == 1 && report.errors.first?.line == 1)
    }

    @Test("Labels: benign is negative; extortion and category names are positive; others are unknown")
    func labels() {
        #expect(EvaluationLabel("benign") == .negative)
        #expect(EvaluationLabel("extortion") == .positive(nil))
        #expect(EvaluationLabel("publish_threat") == .positive(.publishThreat))
        #expect(EvaluationLabel("BENIGN") == .negative)
        for category in Category.allCases { #expect(EvaluationLabel(category.rawValue)?.category == category) }
        #expect(EvaluationLabel("spam") == nil && EvaluationLabel("") == nil && EvaluationLabel(" benign") == nil)
    }

    @Test("Undefined metrics are nil, not 0")
    func undefinedMetrics() {
        let empty = ConfusionCounts()
        #expect(empty.precision == nil && empty.recall == nil && empty.f1 == nil)
        let allMissed = ConfusionCounts(falseNegatives: 3, trueNegatives: 2)
        #expect(allMissed.precision == nil && allMissed.recall == 0 && allMissed.f1 == 0)
    }

    @Test("Rules with equal S/O are ordered by hits, then pack order")
    func ruleOrderTies() throws {
        let rules = try compile(rule("A", "  when \"a\"") + rule("B", "  when \"b\"") + rule("C", "  when \"c\""))
        let scanner = try MessageScanner(rules: rules)
        var evaluator = Evaluator(rules: rules)
        // A: 1/1 (S/O 0.5, 2 hits); B: 2/2 (S/O 0.5, 4 hits); C: 1/1 (S/O 0.5, 2 hits, after A in the pack).
        for (text, positive) in [("a b c", true), ("a b c", false), ("b", true), ("b", false)] {
            evaluator.add(scanner.scan(text), label: positive ? .positive(nil) : .negative, line: 1)
        }
        #expect(evaluator.report().rules.map(\.name) == ["B", "A", "C"])
    }

    func isClose(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }
}
