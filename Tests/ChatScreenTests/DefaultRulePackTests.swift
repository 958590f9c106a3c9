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
        // Per rule as written: the language copies of a frame share its examples.
        #expect(Self.rules.exampleCount >= 4 * Set(Self.rules.rules.map(\.family)).count)
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

    static let languages = ["es", "pt", "fr", "de", "it", "zh"]

    static func fixtureLines(_ name: String) throws -> [String] {
        try readFile(repositoryRoot + "/Tests/Fixtures/\(name)").split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test("Every language pack: its extortion messages reach at least low and cover its categories; its benign chat stays below medium",
          arguments: languages)
    func languagePack(language: String) throws {
        let scanner = try MessageScanner(rules: Self.rules)
        let extortion = try Self.fixtureLines("extortion-messages-\(language).txt")
        let benign = try Self.fixtureLines("benign-chat-\(language).txt")
        #expect(extortion.count >= (language == "zh" ? 10 : 30))
        #expect(benign.count >= (language == "zh" ? 30 : 100))
        var seen = Set<Category>()
        var missed: [String] = []
        for line in extortion {
            let verdict = scanner.scan(line)
            if verdict.level < .low { missed.append(line) }
            seen.formUnion(verdict.categories)
        }
        #expect(missed == [], "\(language)")
        if language != "zh" { #expect(seen == Set(Category.allCases), "\(language) covers \(seen.count) categories") }
        let loud = benign.filter { scanner.scan($0).level >= .medium }
        #expect(loud == [], "\(language)")
        // Every language pack has rules named with its prefix, in every category it claims.
        let prefix = language.uppercased() + "_"
        #expect(Self.rules.rules.contains { $0.name.hasPrefix(prefix) })
    }

    /// The canonical case of TACTICS.md, written in each language, reaches high.
    static let canonical: [(String, String)] = [
        ("es", "Paga 500 € o esto va a Facebook. Quiero 500 €."),
        ("pt", "paga R$ 500 ou isso vai parar no Facebook. Quero R$ 500."),
        ("fr", "paie 500 € ou ça part sur Facebook. Je veux 500 €."),
        ("de", "Zahl 500 € oder das geht über Facebook raus. Ich will 500 €."),
        ("it", "paga 500 euro o questo finisce su Facebook. Voglio 500 euro."),
        ("zh", "给我转500元，不然我就把视频发到你朋友圈"),
    ]

    @Test("The canonical case reaches high in every language", arguments: canonical)
    func canonicalCase(language: String, message: String) throws {
        let verdict = try MessageScanner(rules: Self.rules).scan(message)
        #expect(verdict.level >= .high, "\(language): \(verdict.level) \(verdict.hits.map(\.rule))")
    }
}
