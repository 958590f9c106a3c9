import Foundation
import Testing
@testable import ChatScreen

/// Weight fitting (`chatscreen rules fit`): logistic regression, the weight mapping, the seeded
/// split, and the weights file.
@Suite("Weight fitting")
struct WeightFittingTests {
    /// INFO (payment_demand) is the informative rule, NOISE (deadline) the noise, AGAINST
    /// (grooming) fires mostly on benign messages.
    static let pack = rule("INFO", "  when \"pay\"", category: "payment_demand", weight: 1)
        + rule("NOISE", "  when \"tonight\"", category: "deadline", weight: 2)
        + rule("AGAINST", "  when \"mum\"", category: "grooming", weight: 1.5)

    /// A deterministic pseudo-random stream (SplitMix64) for synthetic data.
    struct Stream {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
        }
    }

    /// 4,000 messages: 30% positive; INFO fires on 70% of positives and 5% of negatives; NOISE
    /// fires on 40% of all messages whatever the label (independently drawn).
    static func noisyTable() -> RuleHitTable {
        var stream = Stream(state: 7)
        var table = RuleHitTable(ruleCount: 3)
        for _ in 0..<4000 {
            let positive = stream.next() < 0.3
            var rules: [Int32] = []
            if stream.next() < (positive ? 0.7 : 0.05) { rules.append(0) }
            if stream.next() < 0.4 { rules.append(1) }
            table.add(rules: rules, positive: positive)
        }
        return table
    }

    @Test("A rule that fires independently of the label gets (almost) no weight; an informative one a clear weight")
    func noiseRuleIsDrivenToZero() throws {
        let rules = try compile(Self.pack)
        let fitted = try WeightFitter().fit(Self.noisyTable(), rules: rules)
        let weights = fitted.weights
        let info = try #require(weights["INFO"]), noise = try #require(weights["NOISE"])
        #expect(info > 1.5, "INFO multiplies the odds by about 44; it should reach medium alone")
        #expect(noise < 0.1 * info, "NOISE: \(noise), INFO: \(info)")
        #expect(abs(fitted.rules[1].coefficient) < 0.25)
    }

    @Test("With the noise exactly independent of the label, its coefficient and weight are 0")
    func exactNoise() throws {
        // In each class NOISE fires on exactly half of the INFO and half of the non-INFO messages,
        // so P(label | INFO, NOISE) = P(label | INFO): the maximum-likelihood β_NOISE is 0, and the
        // L2 penalty only pulls towards 0.
        var table = RuleHitTable(ruleCount: 3)
        table.add(rules: [0, 1], positive: true, count: 40)
        table.add(rules: [0], positive: true, count: 40)
        table.add(rules: [1], positive: true, count: 10)
        table.add(rules: [], positive: true, count: 10)
        table.add(rules: [0, 1], positive: false, count: 10)
        table.add(rules: [0], positive: false, count: 10)
        table.add(rules: [1], positive: false, count: 40)
        table.add(rules: [], positive: false, count: 40)
        let fitted = try WeightFitter().fit(table, rules: compile(Self.pack))
        #expect(abs(fitted.rules[1].coefficient) < 1e-9)
        #expect(fitted.weights["NOISE"] == 0)
        #expect(fitted.rules[0].coefficient > 2)
    }

    @Test("Logistic regression matches the closed form for one binary feature")
    func closedForm() {
        // INFO: 80 positive, 5 negative; no hit: 20 positive, 95 negative. Without a penalty,
        // b = ln(20/95) = −1.5581 and β = ln(80/5) − ln(20/95) = ln 76 = 4.3307.
        var table = RuleHitTable(ruleCount: 1)
        table.add(rules: [0], positive: true, count: 80)
        table.add(rules: [0], positive: false, count: 5)
        table.add(rules: [], positive: true, count: 20)
        table.add(rules: [], positive: false, count: 95)
        let model = LogisticRegression(l2: 1e-9).fit(table)
        #expect(model.converged)
        #expect(abs(model.intercept - log(20.0 / 95)) < 1e-6)
        #expect(abs(model.coefficients[0] - log(76.0)) < 1e-6)
        // With the default penalty (l2 1, the numbers in LogisticRegression's doc comment) β shrinks
        // towards 0 and b moves to compensate (worked out with the same Newton iteration by hand):
        let shrunk = LogisticRegression().fit(table)
        #expect(abs(shrunk.intercept - -1.35679) < 1e-4 && abs(shrunk.coefficients[0] - 3.54778) < 1e-4)
        // fp-cost C multiplies the negatives: b = ln(20 / (95·C)).
        let costly = LogisticRegression(l2: 1e-9, negativeCost: 4).fit(table)
        #expect(abs(costly.intercept - log(20.0 / 380)) < 1e-6)
        #expect(abs(costly.coefficients[0] - log(76.0)) < 1e-6, "a common factor on negatives moves only b")
    }

    @Test("Weights follow w = min(cap, k · max(0, β)) with k = R_medium / −b; evidence against gets 0")
    func mapping() throws {
        let rules = try compile(Self.pack)
        var table = Self.noisyTable()
        table.add(rules: [2], positive: false, count: 60)   // AGAINST: benign only → β < 0
        table.add(rules: [2], positive: true, count: 2)
        let fitted = try WeightFitter().fit(table, rules: rules)
        let anchor = -3.0 * log(1 - 0.40)                   // raw that reaches medium: 1.5325
        #expect(abs(fitted.anchorRaw - anchor) < 1e-12)
        #expect(abs(fitted.factor - anchor / -fitted.model.intercept) < 1e-12)
        #expect(fitted.rules[2].coefficient < 0 && fitted.weights["AGAINST"] == 0)
        for rule in fitted.rules {
            let expected = min(3.0, fitted.factor * max(0, rule.coefficient))
            #expect(abs(rule.weight - expected) <= 0.0005, "\(rule.name)")
            #expect(rule.weight >= 0)
        }
        // At the anchor, INFO alone reaches medium exactly when the model gives INFO-only ≥ 50%.
        let infoOnly = fitted.model.probability(rules: [0])
        #expect((fitted.weights["INFO"]! >= anchor) == (infoOnly >= 0.5))
    }

    @Test("A higher fp-cost lowers the intercept and the weights: fewer messages flagged, precision not lower")
    func falsePositiveCost() throws {
        let rules = try compile(Self.pack)
        let table = Self.noisyTable()
        let cheap = try WeightFitter(negativeCost: 1).fit(table, rules: rules)
        let costly = try WeightFitter(negativeCost: 8).fit(table, rules: rules)
        #expect(costly.model.intercept < cheap.model.intercept)
        #expect(costly.factor < cheap.factor)
        let before = table.histogram(weights: cheap.weightVector, rules: rules).counts(atLeast: .medium)
        let after = table.histogram(weights: costly.weightVector, rules: rules).counts(atLeast: .medium)
        #expect(after.truePositives + after.falsePositives <= before.truePositives + before.falsePositives)
        #expect((after.precision ?? 1) >= (before.precision ?? 0))
    }

    @Test("Rules with fewer than minHits training hits keep their current weight")
    func minHits() throws {
        let rules = try compile(Self.pack)
        var table = Self.noisyTable()
        table.add(rules: [2], positive: true, count: 3)
        let fitted = try WeightFitter(minHits: 5).fit(table, rules: rules)
        #expect(fitted.rules[2].kept && fitted.weights["AGAINST"] == 1.5)
        #expect(!fitted.rules[0].kept)
        #expect(fitted.entries[2].comment?.contains("kept") == true)
    }

    @Test("Fitting is deterministic")
    func deterministic() throws {
        let rules = try compile(Self.pack)
        let first = try WeightFitter().fit(Self.noisyTable(), rules: rules)
        let second = try WeightFitter().fit(Self.noisyTable(), rules: rules)
        #expect(first.model == second.model && first.rules == second.rules)
    }

    @Test("Fitting refuses data it cannot scale: one class only, or a non-negative intercept")
    func refusals() throws {
        let rules = try compile(Self.pack)
        var onlyPositive = RuleHitTable(ruleCount: 3)
        onlyPositive.add(rules: [0], positive: true, count: 10)
        #expect(throws: WeightFittingError.missingClass(positives: 10, negatives: 0)) {
            try WeightFitter().fit(onlyPositive, rules: rules)
        }
        // Most positives fire nothing and outnumber the negatives: b = ln(80/20) > 0.
        var uncaught = RuleHitTable(ruleCount: 3)
        uncaught.add(rules: [], positive: true, count: 80)
        uncaught.add(rules: [], positive: false, count: 20)
        uncaught.add(rules: [0], positive: true, count: 10)
        uncaught.add(rules: [0], positive: false, count: 1)
        do {
            _ = try WeightFitter().fit(uncaught, rules: rules)
            Issue.record("expected interceptNotNegative")
        } catch {
            guard case .interceptNotNegative = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("--fp-cost"))
        }
        // The hint works: with fp-cost 10, b = ln(80 / 200) < 0.
        #expect(try WeightFitter(negativeCost: 10).fit(uncaught, rules: rules).model.intercept < 0)
    }

    @Test("Rescoring a table of hits gives the scanner's scores")
    func rescoringMatchesTheScanner() throws {
        let rules = try compile(EvaluationTests.pack)
        let scanner = try MessageScanner(rules: rules)
        var table = RuleHitTable(ruleCount: rules.rules.count)
        var direct = OutcomeHistogram()
        for text in ["pay me or I leak everything", "see you tonight", "pay tonight or I leak", "hello",
                     "pay and I delete the pics or I leak them", "pay me back tonight", "send pics"] {
            let verdict = scanner.scan(text)
            table.add(verdict, positive: true)
            direct.add(score: verdict.score, level: verdict.level, positive: true)
        }
        #expect(table.histogram(weights: rules.rules.map(\.weight), rules: rules) == direct)
    }

    @Test("The seeded split is deterministic, seed-dependent and close to the asked fraction")
    func seededSplit() {
        let split = SeededSplit(testFraction: 0.3, seed: 1)
        let keys = (0..<10_000).map { "conversation\u{0}c\($0)" }
        let chosen = keys.filter(split.isTest)
        #expect(abs(Double(chosen.count) / 10_000 - 0.3) < 0.02)
        #expect(keys.filter(split.isTest) == chosen)
        #expect(keys.filter(SeededSplit(testFraction: 0.3, seed: 2).isTest) != chosen)
    }

    // MARK: Weights file

    @Test("A weights file: comments, blank lines, tabs, CRLF and trailing comments")
    func parseWeights() throws {
        let text = "# fitted on chat.jsonl\n\nPAY_DEMAND_AMOUNT 2.41\r\nPUBLISH_GOING_OVER\t3   # strong\n  GROOM 0\n"
        let weights = try WeightsFile.parse(text: text, path: "w.weights")
        #expect(weights == ["PAY_DEMAND_AMOUNT": 2.41, "PUBLISH_GOING_OVER": 3, "GROOM": 0])
    }

    @Test("Every bad line is reported with its line number, what is wrong and how to fix it")
    func weightsErrors() throws {
        let text = """
            # header
            PAY 1.5
            PAY one
            OVER -1
            LEAK
            A B C
            9LIVES 1
            BIG 1e999
            NAN nan
            PAY 2
            """
        do {
            _ = try WeightsFile.parse(text: text, path: "fit.weights")
            Issue.record("expected a WeightsFileError")
        } catch {
            #expect(error.problems.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10])
            let messages = error.problems.map(\.message)
            #expect(messages[0].contains("`one`") && messages[0].contains("not a number"))
            #expect(messages[1].contains("negative") && messages[1].contains("0 or more"))
            #expect(messages[2].contains("`LEAK` has no weight"))
            #expect(messages[3].contains("found 3 fields"))
            #expect(messages[4].contains("`9LIVES` is not a rule name"))
            #expect(messages[5].contains("too large"))
            #expect(messages[6].contains("not a number"))
            #expect(messages[7].contains("listed again (first on line 2)"))
            #expect(error.description.hasPrefix("fit.weights:3: error: the weight of PAY is `one`"))
            #expect(error.description.split(separator: "\n").count == 8)
        }
    }

    @Test("render then parse gives back exactly the same weights")
    func roundTrip() throws {
        let entries = [
            WeightsFile.Entry(rule: "PAY_DEMAND_AMOUNT", weight: 2.412, comment: "β 3.1, hits 40 positive / 2 negative"),
            WeightsFile.Entry(rule: "GROOM", weight: 0),
            WeightsFile.Entry(rule: "OVER", weight: 3),
            WeightsFile.Entry(rule: "TINY", weight: 0.00001),
            WeightsFile.Entry(rule: "THIRD", weight: 1.0 / 3, comment: "a comment\nwith a line break"),
        ]
        let text = WeightsFile.render(entries, header: ["fitted", "", "held-out F1 0.84"])
        #expect(text.hasPrefix("# fitted\n#\n# held-out F1 0.84\nPAY_DEMAND_AMOUNT  2.412 "))
        // Names, weights and comments line up: every comment starts in the same column.
        let columns = text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("#") }
            .map { $0.distance(from: $0.startIndex, to: $0.firstIndex(of: "#")!) }
        #expect(columns.count == 2 && Set(columns).count == 1)
        #expect(text.contains("GROOM              0\n"))
        let parsed = try WeightsFile.parse(text: text, path: "w")
        #expect(parsed == Dictionary(uniqueKeysWithValues: entries.map { ($0.rule, $0.weight) }))
        // A fitted set round-trips too.
        let fitted = try WeightFitter().fit(Self.noisyTable(), rules: compile(Self.pack))
        #expect(try WeightsFile.parse(text: WeightsFile.render(fitted.entries), path: "w") == fitted.weights)
    }

    @Test("Loading a missing file says which file and what to pass instead")
    func missingFile() {
        do {
            _ = try WeightsFile.load(path: "/nonexistent/fitted.weights")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.first?.line == 0)
            #expect(error.description.hasPrefix("/nonexistent/fitted.weights: error: cannot read the weights file"))
            #expect(error.description.contains("rules fit --output"))
        }
    }

    @Test("A loaded weights file reweights the pack; rules not in the pack are named")
    func applyToPack() throws {
        let rules = try compile(Self.pack)
        let tuned = try rules.reweighted(WeightsFile.parse(text: "INFO 2.5\n", path: "w"))
        #expect(tuned.rules.map(\.weight) == [2.5, 2, 1.5])
        #expect(try MessageScanner(rules: tuned).scan("pay").score == 0.565)   // 1 − e^(−2.5/3)
        #expect(throws: RuleWeightsError.self) { try rules.reweighted(WeightsFile.parse(text: "MISSING 1\n", path: "w")) }
    }
}
