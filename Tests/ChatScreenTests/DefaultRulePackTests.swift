import Foundation
import Testing
@testable import ChatScreen

/// The shipped pack in Rules/: it compiles cleanly, every example fires its rule, every
/// counterexample does not, and the scoring contract of the README holds.
@Suite("Default rule pack")
struct DefaultRulePackTests {
    static let rules: RuleSet = {
        do { return try RuleSet.load(directory: repositoryRoot + "/Rules") } catch {
            fatalError("the shipped rule pack does not compile:\n\(error)")
        }
    }()

    @Test("Compiles without warnings")
    func compiles() {
        let warnings = Self.rules.warnings
        #expect(warnings.isEmpty, "\(warnings.count) warnings, e.g. \(warnings.prefix(5).map(\.description))")
    }

    @Test("Every example fires its rule and no counterexample does")
    func examples() throws {
        let failures = try Self.rules.checkExamples()
        #expect(failures.map { "\($0.description) — \($0.sourceLine.trimmingCharacters(in: .whitespaces))" } == [])
        #expect(Self.rules.exampleCount >= 4 * Self.rules.rules.count)
    }

    @Test("Covers every category, with at least two examples and counterexamples per rule")
    func coverage() {
        #expect(Set(Self.rules.rules.map(\.category)) == Set(Category.allCases))
        for rule in Self.rules.compiled {
            #expect(rule.examples.filter(\.mustFire).count >= 2)
            #expect(rule.examples.filter { !$0.mustFire }.count >= 2)
        }
    }

    @Test("Scoring contract: ambiguous signals stay low; demand plus threat is at least high")
    func contract() throws {
        let scanner = try MessageScanner(rules: Self.rules)
        for benign in ["can you pay me back the £5 tomorrow", "I'll post the photos on Facebook",
                       "send me a pic of the menu", "you have 48 hours to return the item"] {
            #expect(scanner.scan(benign).level <= .low, "\(benign)")
        }
        let seed = scanner.scan("pay £500 or this is going over Facebook. I want £500.")
        #expect(seed.level >= .high)
        #expect(seed.categories.contains(.paymentDemand) && seed.categories.contains(.publishThreat))
    }

    @Test("Synthetic extortion messages each reach at least low, and together cover every category")
    func extortionFixtures() throws {
        let scanner = try MessageScanner(rules: Self.rules)
        let lines = try readFile(repositoryRoot + "/Tests/Fixtures/extortion-messages.txt")
            .split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count >= 60)
        var seen = Set<Category>()
        var missed: [String] = []
        for line in lines {
            let verdict = scanner.scan(line)
            if verdict.level < .low { missed.append(line) }
            seen.formUnion(verdict.categories)
        }
        #expect(missed == [])
        #expect(seen == Set(Category.allCases))
    }
}
