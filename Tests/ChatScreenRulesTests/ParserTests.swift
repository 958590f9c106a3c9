import Testing
@testable import ChatScreenRules

private func parse(_ text: String) -> RuleParser.Result {
    RuleParser.parse(SourceFile(path: "t.rules", text: text))
}

private func diagnostics(_ text: String) -> [String] {
    let result = parse(text)
    return (result.diagnostics + RuleValidator.validate([result.file])).map(\.description)
}

@Suite("Rule parser")
struct ParserTests {
    @Test("A full rule parses into its fields")
    func fullRule() throws {
        let result = parse("""
            # a comment
            rule PAY_NOW {
              category payment_demand
              weight 2.5
              description "Pay with an amount"
              terms {
                $verb = any("pay", "send me", @payment_verbs)
                $amount = entity(money)
              }
              when $verb near($amount, 4) & not "refund"
              unless "paid back" | "pay back"
              example "pay £500"
              example "send me $1k"
              counterexample "pay me back"
              counterexample "paid"
            }
            """)
        #expect(result.diagnostics.isEmpty)
        let rule = try #require(result.file.rules.first)
        #expect(rule.name == "PAY_NOW")
        #expect(rule.category?.value == "payment_demand")
        #expect(rule.weight?.value == 2.5)
        #expect(rule.terms.map(\.name) == ["verb", "amount"])
        #expect(rule.terms[0].atoms.count == 3)
        #expect(rule.examples.map(\.value) == ["pay £500", "send me $1k"])
        #expect(rule.unless.count == 1)
        guard case .and(.near(.variable("verb", _), .variable("amount", _), distance: 4, _), .not) = rule.when else {
            Issue.record("unexpected condition tree \(String(describing: rule.when))")
            return
        }
    }

    @Test("Precedence: near binds tighter than not, not than &, & than |")
    func precedence() throws {
        let result = parse("""
            rule X { category grooming weight 1 when "a" | "b" & not "c" near("d", 1) }
            """)
        #expect(result.diagnostics.isEmpty)
        guard case .or(.atoms, .and(.atoms, .not(.near, _))) = try #require(result.file.rules.first?.when) else {
            Issue.record("wrong precedence")
            return
        }
    }

    @Test("String escapes")
    func escapes() throws {
        let result = parse(#"rule X { category grooming weight 1 when "a\"b\\c\u{1F4B0}" }"#)
        #expect(result.diagnostics.isEmpty)
        guard case .atoms(let atoms, _) = try #require(result.file.rules.first?.when), case .phrase(let text, _) = atoms[0] else {
            Issue.record("expected a phrase"); return
        }
        #expect(text == "a\"b\\c💰")
    }

    /// (source, the diagnostics it must produce, in order). One line per case, as swift-argument-parser does.
    static let errorCases: [(String, [String])] = [
        ("rule X { category grooming weight 1 when \"a }",
         ["t.rules:1:42: error[E002]: unterminated string", "t.rules:1:6: error[E014]: rule `X` is not closed"]),
        ("rule X { category grooming weight 1 when \"a\" ~ }",
         ["t.rules:1:46: error[E001]: unexpected character `~`"]),
        ("rule X { category grooming weight 1.2.3 when \"a\" }",
         ["t.rules:1:35: error[E004]: invalid number `1.2.3`"]),
        ("rule X {\n  colour red\n  category grooming\n  weight 1\n  when \"a\"\n}",
         ["t.rules:2:3: error[E011]: unknown rule field `colour`"]),
        ("rule X {\n  category grooming\n  weight 1\n}",
         ["t.rules:1:6: error[E012]: rule `X` has no `when` condition"]),
        ("rule X {\n  category fraud\n  weight 1\n  when \"a\"\n}",
         ["t.rules:2:12: error[E101]: unknown category `fraud`"]),
        ("rule X {\n  category grooming\n  weight 1\n  when $missing\n}",
         ["t.rules:4:8: error[E102]: undefined term `$missing`"]),
        ("rule X {\n  weight 1\n  when \"a\"\n}",
         ["t.rules:1:6: error[E106]: rule `X` has no `category`"]),
        ("rule X {\n  category grooming\n  when \"a\"\n}",
         ["t.rules:1:6: error[E107]: rule `X` has no `weight`"]),
        ("rule X {\n  category grooming\n  weight 1\n  weight 2\n  when \"a\"\n}",
         ["t.rules:4:3: error[E013]: `weight` is given twice in rule `X`"]),
        ("rule X { category grooming weight 1 when \"a\" }\nrule X { category grooming weight 1 when \"b\" }",
         ["t.rules:2:6: error[E100]: duplicate rule `X`"]),
        ("rule X {\n  category grooming\n  weight 1\n  terms {\n    $a = \"x\"\n    $a = \"y\"\n  }\n  when $a\n}",
         ["t.rules:6:5: error[E105]: term `$a` is defined twice in rule `X`"]),
        ("rule X {\n  category grooming\n  weight 1\n  when \"a\" near(\"b\")\n}",
         ["t.rules:4:20: error[E010]: expected `,` before the distance in `near(…, N)`, found `)`"]),
        ("scoring {\n  level extreme 0.9\n}",
         ["t.rules:2:9: error[E109]: unknown level `extreme`"]),
        ("scoring {\n  level low 0.5\n  level medium 0.4\n}",
         ["t.rules:3:16: error[E109]: threshold for `medium` must be above the one for `low`"]),
        ("banana",
         ["t.rules:1:1: error[E010]: expected `rule`, `composite`, `terms`, `scoring`, `conversation` or `stage`, found `banana`"]),
        ("conversation {\n  idle 7w\n  max_conversations 10\n}",
         ["t.rules:2:9: error[E010]: unknown unit `w`"]),
        ("conversation {\n  idle 100 messages\n  max_conversations 10\n}",
         ["t.rules:2:8: error[E010]: `idle` is a time such as `6h`, not a message count"]),
    ]

    @Test("conversation { }: windows and idle time in messages, seconds, minutes, hours and days")
    func conversationUnits() throws {
        let result = parse("conversation {\n  window 100 messages\n  window 7d\n  max_conversations 500\n  idle 36 hours\n}\n"
            + "composite X {\n  when a & b\n  within 2 days\n  level high\n}")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let settings = try #require(result.file.conversation.first)
        #expect(settings.windowMessages?.value == 100)
        #expect(settings.windowSeconds?.value == 7 * 86_400)
        #expect(settings.maxConversations?.value == 500)
        #expect(settings.idleSeconds?.value == 36 * 3600)
        let composite = try #require(result.file.composites.first)
        #expect(composite.withinSeconds?.value == 2 * 86_400)
    }

    @Test("Error messages: code, position and text", arguments: errorCases)
    func errors(source: String, expected: [String]) {
        let errors = diagnostics(source).filter { $0.contains(": error[") }
        #expect(errors == expected)
    }

    @Test("The parser recovers and reports every error in one pass")
    func recovery() {
        let errors = diagnostics("""
            rule A {
              category grooming
              weight 1
              colour blue
              when "a"
            }
            rule B {
              category nonsense
              weight 1
              when $undefined
            }
            rule C {
              category grooming
              weight 1
              when "c" near(
            }
            """).filter { $0.contains("error[") }
        #expect(errors.map { String($0.split(separator: " ")[1]) } == ["error[E011]:", "error[E010]:", "error[E101]:", "error[E102]:"])
    }

    @Test("Warnings: weight out of range, too few examples, unused term, non-UPPER_SNAKE name")
    func warnings() {
        let warnings = diagnostics("""
            rule lower_name {
              category grooming
              weight 25
              terms { $unused = "x" }
              when "a"
              example "a"
            }
            """).filter { $0.contains("warning[") }
        #expect(warnings == [
            "t.rules:1:6: warning[W004]: rule name `lower_name` is not UPPER_SNAKE",
            "t.rules:3:10: warning[W001]: weight 25.0 is outside the documented range 0.1…10",
            "t.rules:1:6: warning[W002]: rule `lower_name` has 1 example(s); at least 2 are expected",
            "t.rules:1:6: warning[W002]: rule `lower_name` has 0 counterexample(s); at least 2 are expected",
            "t.rules:4:11: warning[W003]: term `$unused` is never used",
        ])
    }

    @Test("Rendering shows the source line, a caret under the span, notes and a hint")
    func rendering() throws {
        let result = parse("rule X { category grooming weight 1 when \"a\" }\nrule X { category grooming weight 1 when \"b\" }")
        let duplicate = try #require(RuleValidator.validate([result.file]).first { $0.code == "E100" })
        #expect(duplicate.rendered() == """
            t.rules:2:6: error[E100]: duplicate rule `X`
              |
            2 | rule X { category grooming weight 1 when "b" }
              |      ^ defined again here
              = note: t.rules:1:6: first defined here
              = hint: rename one of the rules; rule names are unique across the pack
            """)
    }
}
