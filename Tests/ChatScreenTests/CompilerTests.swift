import Testing
@testable import ChatScreen

@Suite("Rule compiler")
struct CompilerTests {
    private func errors(_ rules: String, lexicons: [String: [String]] = [:]) -> [String] {
        do {
            _ = try compile(rules, lexicons: lexicons)
            return []
        } catch let error as RulePackError {
            return error.diagnostics.filter { $0.severity == .error }.map { $0.description }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    /// (rules, lexicons, expected errors). Line numbers count the scoring block (8 lines) first.
    static let cases: [(String, [String: [String]], [String])] = [
        (rule("R", "  when @nowhere"), ["rails": ["paypal"]],
         ["test.rules:12:8: error[E103]: unknown lexicon `@nowhere`"]),
        (rule("R", "  when entity(phone)"), [:],
         ["test.rules:12:8: error[E104]: unknown entity `phone`"]),
        (rule("R", "  when \"!!!\""), [:],
         ["test.rules:12:8: error[E108]: term \"!!!\" has no words"]),
        (rule("R", "  when @bad"), ["bad": ["ok", "???"]],
         ["lexicons/bad.txt:2:1: error[E108]: lexicon entry has no words"]),
    ]

    @Test("Compile errors name the file, line, column and code", arguments: cases)
    func compileErrors(rules: String, lexicons: [String: [String]], expected: [String]) {
        #expect(errors(rules, lexicons: lexicons) == expected)
    }

    @Test("A pack with errors is never half-loaded: every error is reported and nothing is returned")
    func allOrNothing() {
        let found = errors(rule("GOOD", "  when \"pay\"") + rule("BAD", "  when @missing") + rule("WORSE", "  when entity(x)"))
        #expect(found.count == 2)
    }

    @Test("Unused lexicons and duplicate entries are warnings")
    func lexiconWarnings() throws {
        let rules = try compile(rule("R", "  when @used"), lexicons: ["used": ["pay", "PAY"], "spare": ["x"]])
        let codes = rules.warnings.map { $0.code }
        #expect(codes.contains("W008"))
        #expect(codes.contains("W009"))
    }

    @Test("Examples that do not fire and counterexamples that do are reported")
    func examples() throws {
        let rules = try compile(rule("R", """
              when "pay"
              example "pay me"
              example "send me"
              counterexample "hello"
              counterexample "pay up"
            """))
        let failures = try rules.checkExamples()
        #expect(failures.map { $0.code } == ["W010", "W011"])
        #expect(failures.map { $0.line } == [14, 16])
    }

    @Test("Statistics describe the compiled automaton")
    func statistics() throws {
        let rules = try compile(rule("R", "  when \"going over facebook\" | @x"), lexicons: ["x": ["a", "b c"]])
        #expect(rules.statistics.ruleCount == 1)
        #expect(rules.statistics.patternCount == 3)
        #expect(rules.statistics.lexiconEntryCount == 2)
        #expect(rules.statistics.vocabularySize == 6)
        #expect(rules.statistics.automatonStates == 7)   // root + going/over/facebook + a + b/c
    }

    @Test("A compiled rule set is shared by scanners on many threads with identical results")
    func concurrency() async throws {
        let rules = try compile(rule("R", "  when \"pay\" near(entity(money), 3)"))
        let messages = (0..<2000).map { $0 % 3 == 0 ? "pay £\($0) now" : "hello \($0)" }
        let expected = try messages.map { try MessageScanner(rules: rules).scan($0) }
        let results = try await withThrowingTaskGroup(of: [Verdict].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let scanner = try MessageScanner(rules: rules)
                    return messages.map { scanner.scan($0) }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == expected) }
    }

    @Test("A pack's lexicon files are found by path: …/lexicons/NAME.txt", arguments: [
        ("Rules/lexicons/pay_verbs.txt", "pay_verbs"),
        ("lexicons/x.txt", "x"),
        ("/abs//lexicons//double.txt", "double"),
        ("<built-in>/lexicons/platforms_es.txt", "platforms_es"),
        ("Rules/lexicons/de/material.txt", "material"),
        ("Rules/lexicons/de/nested/deeper.txt", nil),
        ("Rules/pay.txt", nil),
        ("Rules/lexicons/pay.rules", nil),
        ("Rules/lexicons/", nil),
        ("lexicons.txt", nil),
    ] as [(String, String?)])
    func lexiconNames(path: String, name: String?) {
        #expect(RulePackSource.lexiconName(path) == name)
    }
}
