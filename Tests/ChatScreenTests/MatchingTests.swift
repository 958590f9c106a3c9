import Testing
@testable import ChatScreen

@Suite("Matching semantics")
struct MatchingTests {
    @Test("Phrases match whole words in sequence, in any case and width, with original spans")
    func phrases() throws {
        let rules = try compile(rule("OVER", "  when \"going over facebook\"", category: "publish_threat"))
        let scanner = try MessageScanner(rules: rules)
        let text = "This is GOING over Ｆａｃｅｂｏｏｋ!"
        let verdict = scanner.scan(text)
        #expect(verdict.ruleNames == ["OVER"])
        #expect(evidence(verdict.hits[0], in: text) == ["GOING over Ｆａｃｅｂｏｏｋ"])
        #expect(scanner.scan("going over facebooks").hits.isEmpty, "whole words only")
        #expect(scanner.scan("going to facebook").hits.isEmpty)
    }

    @Test("Lexicon entries may be phrases; entities match as single terms")
    func lexiconsAndEntities() throws {
        let rules = try compile(rule("RAIL", "  when @rails near(entity(money), 3)"), lexicons: ["rails": ["cash app", "paypal", "# comment", ""]])
        let scanner = try MessageScanner(rules: rules)
        let text = "send £200 on cash app"
        #expect(evidence(try #require(scanner.scan(text).hits.first), in: text) == ["£200", "cash app"])
        #expect(scanner.scan("send 200 on cash app").hits.isEmpty, "a bare number is not money")
        #expect(scanner.scan("paypal me, thanks for the lovely dinner and the wine, it cost £20").hits.isEmpty, "too far apart")
    }

    /// (condition, message, fires).
    static let conditions: [(String, String, Bool)] = [
        ("\"a\" & \"b\"", "b then a", true),
        ("\"a\" & \"b\"", "only a", false),
        ("\"a\" | \"b\"", "only b", true),
        ("\"a\" & not \"b\"", "a alone", true),
        ("\"a\" & not \"b\"", "a and b", false),
        ("not \"b\"", "nothing here", true),                // holds with no term present: always evaluated
        ("not \"b\"", "b", false),
        ("\"a\" near(\"b\", 0)", "a b", true),
        ("\"a\" near(\"b\", 0)", "b a", true),
        ("\"a\" near(\"b\", 0)", "a x b", false),
        ("\"a\" near(\"b\", 1)", "a x b", true),
        ("\"a\" near(\"b\", 1)", "a, x. b", true),          // punctuation is not counted
        ("\"a\" then(\"b\", 1)", "a x b", true),
        ("\"a\" then(\"b\", 1)", "b x a", false),
        ("\"a\" then(\"b\", 0)", "a x b", false),
        ("\"a\" near(\"a\", 3)", "a", false),                 // an occurrence is not near itself
        ("\"a\" near(\"a\", 3)", "a x a", true),
        ("(\"a\" then(\"b\", 0)) near(\"c\", 1)", "a b x c", true),
        ("(\"a\" then(\"b\", 0)) near(\"c\", 1)", "a b x y c", false),
        ("any(\"x\", \"a b\") then(\"c\", 0)", "a b c", true),
        ("\"pay\"", "p4y", true),                             // leetspeak reading
        ("\"send\"", "$end", true),
        ("\"kill\"", "ki11", true),
    ]

    @Test("Condition operators", arguments: conditions)
    func operators(condition: String, message: String, fires: Bool) throws {
        let rules = try compile(rule("R", "  when \(condition)"))
        let scanner = try MessageScanner(rules: rules)
        #expect(!scanner.scan(message).hits.isEmpty == fires, "\(condition) on \"\(message)\"")
    }

    @Test("unless suppresses a rule anywhere in the message")
    func unless() throws {
        let rules = try compile(rule("R", "  when \"pay\" near(entity(money), 3)\n  unless \"back\""))
        let scanner = try MessageScanner(rules: rules)
        #expect(scanner.scan("pay £500").ruleNames == ["R"])
        #expect(scanner.scan("pay me £5 back").hits.isEmpty)
    }

    @Test("Leetspeak hits carry the leet flag")
    func leetFlag() throws {
        let scanner = try MessageScanner(rules: try compile(rule("R", "  when \"pay\"")))
        #expect(scanner.scan("p4y").flags.contains(TextFlags.leet))
        #expect(!scanner.scan("pay").flags.contains(TextFlags.leet))
        #expect(scanner.scan("p4y").hits[0].usedFold)
    }

    @Test("A long message with many occurrences stays bounded by the limits")
    func bounded() throws {
        let scanner = try MessageScanner(rules: try compile(rule("R", "  when \"a\" near(\"b\", 50)")))
        let message = String(repeating: "a b ", count: 20_000)
        let verdict = scanner.scan(message)
        #expect(verdict.ruleNames == ["R"])
        #expect(verdict.hits[0].spans.count <= scanner.limits.spansPerHit)
    }
}

@Suite("Scoring")
struct ScoringTests {
    @Test("score = 1 - exp(-raw/scale), per-category caps, thresholds")
    func arithmetic() {
        let policy = ScoringPolicy.standard
        #expect(policy.score(raw: 0) == 0)
        #expect(policy.score(raw: 5) == 0.811)
        #expect(policy.score(raw: 3) == 0.632)
        #expect(policy.level(for: 0.099) == .none)
        #expect(policy.level(for: 0.1) == .low)
        #expect(policy.level(for: 0.4) == .medium)
        #expect(policy.level(for: 0.811) == .high)
        #expect(policy.level(for: 0.95) == .critical)
    }

    @Test("Levels from rules: one category alone is capped; two categories reach high")
    func levels() throws {
        let rules = try compile(
            rule("D1", "  when \"pay\"", category: "payment_demand", weight: 2.5)
            + rule("D2", "  when \"now\"", category: "payment_demand", weight: 2.5)
            + rule("T1", "  when \"facebook\"", category: "publish_threat", weight: 2.5)
            + rule("W1", "  when \"tonight\"", category: "deadline", weight: 0.5))
        let scanner = try MessageScanner(rules: rules)
        #expect(scanner.scan("tonight").level == .low)                  // 0.5 → 0.154
        let capped = scanner.scan("pay now")                           // 5.0 capped at 3.0 → 0.632
        #expect(capped.raw == 3.0)
        #expect(capped.level == .medium)
        let two = scanner.scan("pay facebook")                         // 2.5 + 2.5 → 0.811
        #expect((two.score, two.level) == (0.811, .high))
        #expect(two.categories == [.paymentDemand, .publishThreat])
        #expect(scanner.scan("hello").level == .none)
    }

    @Test("Hits of one category on exactly the same words count once (the highest weight)")
    func sameEvidenceOnce() throws {
        let rules = try compile(rule("A", "  when \"tick tock\"", category: "deadline", weight: 1.2)
            + rule("B", "  when \"tick tock\"", category: "deadline", weight: 1.0)
            + rule("C", "  when \"tick\"", category: "deadline", weight: 0.5))
        let verdict = try MessageScanner(rules: rules).scan("tick tock")
        #expect(verdict.hits.count == 3)
        #expect(verdict.raw == 1.7, "A and B share their span: 1.2 once, plus C's different span 0.5")
    }

    @Test("A rule counts its weight once however many times it matches")
    func once() throws {
        let scanner = try MessageScanner(rules: try compile(rule("R", "  when \"pay\"", weight: 1)))
        #expect(scanner.scan("pay pay pay pay").raw == 1)
    }
}
