import Foundation
import Testing
@testable import ChatScreen

/// Paraphrase and near-miss matrices, one file per language in `Tests/Fixtures/paraphrase/`.
///
/// A matrix is a list of templates under an expectation:
///
/// ```
/// [publish_threat >= medium]
/// {self_will} {publish_verbs} {your} {material} {on|to} {places}
/// [benign <= low]
/// {self_will} {publish_verbs} the {material} on {places} {tomorrow|tonight}
/// ```
///
/// `{slot}` draws an entry of `Rules/lexicons/<lang>/<slot>.txt`, the same file the frames read;
/// `{a|b}` draws one of the words. Each template is expanded `samplesPerTemplate` times from a
/// seed, so a new lexicon entry that breaks a frame (a phrase that segments oddly, a verb that no
/// longer reaches its material) is found without writing a test for it. Every positive section
/// must reach its level with its category in at least 95% of the expansions, and every near-miss
/// section must stay at or below its level in at least 98%. A failure prints the seed and the
/// messages that missed.
@Suite("Paraphrase matrices")
struct ParaphraseMatrixTests {
    static let samplesPerTemplate = 60
    static let directory = repositoryRoot + "/Tests/Fixtures/paraphrase"

    /// The languages with a matrix: every file in the fixtures directory.
    static let languages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test("Every language of the pack has a matrix")
    func everyLanguageHasAMatrix() throws {
        let lexiconRoot = repositoryRoot + "/Rules/lexicons"
        let languageDirectories = try FileManager.default.contentsOfDirectory(atPath: lexiconRoot).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: lexiconRoot + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        #expect(Set(languageDirectories).isSubset(of: Set(Self.languages)),
                "languages without a paraphrase matrix: \(Set(languageDirectories).subtracting(Self.languages).sorted())")
    }

    @Test("Frames reach their level on every paraphrase; near-misses stay low", arguments: languages)
    func matrix(language: String) throws {
        let matrix = try ParaphraseMatrix(language: language, text: String(contentsOfFile: Self.directory + "/\(language).txt", encoding: .utf8))
        let scanner = try MessageScanner(rules: DefaultRulePackTests.rules)
        let seed: UInt64 = 0xC4A7_5C4E_E000 &+ UInt64(language.utf8.reduce(0) { $0 &* 31 &+ UInt32($1) })
        var rng = SplitMix64(seed: seed)
        for section in matrix.sections {
            var passed = 0, total = 0
            var misses: [String] = []
            for template in section.templates {
                for _ in 0..<Self.samplesPerTemplate {
                    let message = try matrix.expand(template, using: &rng)
                    let verdict = scanner.scan(message)
                    let ok = section.accepts(verdict)
                    total += 1
                    if ok { passed += 1 } else if misses.count < 12 {
                        misses.append("\(message) → \(verdict.level.rawValue) \(verdict.categories.map(\.rawValue))")
                    }
                }
            }
            let share = Double(passed) / Double(max(total, 1))
            #expect(share >= section.requiredShare,
                    "\(language) [\(section.header)]: \(passed)/\(total) (seed \(seed)); misses: \(misses.joined(separator: " | "))")
        }
    }
}

/// One language's matrix file, parsed.
struct ParaphraseMatrix {
    struct Section {
        var header: String
        /// A category that must be among the verdict's categories, or nil for a near-miss section.
        var category: Category?
        var atLeast: Level?
        var atMost: Level?
        var templates: [String] = []

        var requiredShare: Double { category == nil ? 0.98 : 0.95 }

        func accepts(_ verdict: Verdict) -> Bool {
            if let atMost { return verdict.level <= atMost }
            guard let category, let atLeast else { return false }
            return verdict.level >= atLeast && verdict.categories.contains(category)
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let language: String
    var sections: [Section] = []
    private var slots: [String: [String]] = [:]

    init(language: String, text: String) throws {
        self.language = language
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                sections.append(try Self.section(line, line: number + 1, language: language))
            } else {
                guard !sections.isEmpty else { throw Failure(description: "\(language).txt:\(number + 1): a template before any [section]") }
                sections[sections.count - 1].templates.append(line)
                for slot in Self.slots(in: line) where slots[slot] == nil {
                    slots[slot] = try Self.entries(language: language, slot: slot, line: number + 1)
                }
            }
        }
    }

    /// `[publish_threat >= medium]` or `[benign <= low]`.
    private static func section(_ line: String, line number: Int, language: String) throws -> Section {
        let words = line.dropFirst().dropLast().split(separator: " ").map(String.init)
        guard line.hasSuffix("]"), words.count == 3, let level = Level(rawValue: words[2]) else {
            throw Failure(description: "\(language).txt:\(number): expected `[category >= level]` or `[benign <= level]`, found \(line)")
        }
        switch (words[0], words[1]) {
        case ("benign", "<="):
            return Section(header: line, category: nil, atLeast: nil, atMost: level)
        case (let name, ">="):
            guard let category = Category(rawValue: name) else {
                throw Failure(description: "\(language).txt:\(number): unknown category `\(name)`")
            }
            return Section(header: line, category: category, atLeast: level, atMost: nil)
        default:
            throw Failure(description: "\(language).txt:\(number): use `>=` with a category and `<=` with benign")
        }
    }

    /// The `{slot}` names of a template (not the `{a|b}` alternatives).
    private static func slots(in template: String) -> [String] {
        placeholders(in: template).filter { !$0.contains("|") }
    }

    private static func placeholders(in template: String) -> [String] {
        var result: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    private static func entries(language: String, slot: String, line: Int) throws -> [String] {
        let path = repositoryRoot + "/Rules/lexicons/\(language)/\(slot).txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(description: "\(language).txt:\(line): no lexicon file \(path) for `{\(slot)}`")
        }
        let entries = text.split(separator: "\n").map { line in
            (line.firstIndex(of: "#").map { line[..<$0] } ?? line[...]).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        guard !entries.isEmpty else { throw Failure(description: "\(path) has no entries") }
        return entries
    }

    /// One expansion of a template: each `{slot}` and `{a|b}` replaced by a random choice.
    func expand(_ template: String, using rng: inout SplitMix64) throws -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let body = String(rest[rest.index(after: open)..<close])
            let choices = body.contains("|") ? body.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : slots[body] ?? []
            guard !choices.isEmpty else { throw Failure(description: "no choices for {\(body)}") }
            out += choices[Int(rng.next() % UInt64(choices.count))]
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out.split(separator: " ").joined(separator: " ")
    }
}
