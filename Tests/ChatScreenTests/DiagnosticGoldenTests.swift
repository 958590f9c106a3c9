import Foundation
import Testing
@testable import ChatScreen

/// One golden case per diagnostic code: `Diagnostics/CODE.rules` (with lexicons in
/// `Diagnostics/CODE.lexicons/`, or `CODE.paths` listing paths to load) and the expected rendering
/// in `Diagnostics/CODE.out`. Re-record every `.out` with CHATSCREEN_RECORD=1, then review the diff.
@Suite("Diagnostic golden files")
struct DiagnosticGoldenTests {
    static let directory = repositoryRoot + "/Tests/ChatScreenTests/Diagnostics"
    static let record = ProcessInfo.processInfo.environment["CHATSCREEN_RECORD"] == "1"

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".rules") || $0.hasSuffix(".paths") }
            .map { String($0.prefix { $0 != "." }) }.sorted()
    }

    /// Everything `chatscreen rules check` would print for the case, paths relative to Diagnostics/.
    static func render(_ code: String) throws -> String {
        var diagnostics: [Diagnostic]
        do {
            let source: RulePackSource
            let pathsFile = directory + "/\(code).paths"
            if FileManager.default.fileExists(atPath: pathsFile) {
                let paths = try String(contentsOfFile: pathsFile, encoding: .utf8).split(separator: "\n")
                    .filter { !$0.hasPrefix("#") }.map(String.init)
                source = try RulePackSource.paths(paths)
            } else {
                var files = [(path: "\(code).rules", text: try String(contentsOfFile: directory + "/\(code).rules", encoding: .utf8))]
                // `CODE.lexicons/` holds lexicons (a subdirectory is a language: `CODE.lexicons/en/x.txt`
                // loads as `lexicons/en/x.txt`); `CODE.spellings/` holds chat-spellings files.
                for (folder, prefix) in [("lexicons", "lexicons"), ("spellings", "spellings")] {
                    let root = directory + "/\(code).\(folder)"
                    for name in ((try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []).sorted() where name.hasSuffix(".txt") {
                        files.append((path: "\(prefix)/\(name)", text: try String(contentsOfFile: root + "/" + name, encoding: .utf8)))
                    }
                }
                source = RulePackSource(files: files)
            }
            // A case may lower the automaton size limit with a first line "# max_automaton_states: N".
            var limit = RuleSet.defaultMaxAutomatonStates
            if let first = source.ruleFiles.first, let line = String(decoding: first.bytes, as: UTF8.self).split(separator: "\n").first,
               line.hasPrefix("# max_automaton_states: "), let value = Int(line.dropFirst("# max_automaton_states: ".count)) {
                limit = value
            }
            let rules = try RuleSet.compile(source, maxAutomatonStates: limit)
            diagnostics = rules.warnings + (try rules.checkExamples())
        } catch let error as RulePackError {
            diagnostics = error.diagnostics
        }
        return diagnostics.map { $0.rendered() }.joined(separator: "\n\n") + "\n"
    }

    @Test("Each case renders exactly its golden output", arguments: cases)
    func golden(code: String) throws {
        let output = try Self.render(code)
        let expectedPath = Self.directory + "/\(code).out"
        if Self.record { try output.write(toFile: expectedPath, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(output == expected, "re-record with CHATSCREEN_RECORD=1 if the change is intended")
        #expect(output.contains("[\(code)]"), "the case for \(code) must produce \(code)")
    }

    @Test("Every catalogued code has a golden case (except E199, which needs ICU to be missing)")
    func coverage() {
        let codes = DiagnosticCatalog.entries.map(\.code).filter { $0 != "E199" }
        #expect(codes.filter { !Self.cases.contains($0) } == [])
        #expect(Self.cases.filter { DiagnosticCatalog.entry($0) == nil } == [], "golden cases for codes missing from the catalogue")
    }

    @Test("Every code the sources emit is catalogued")
    func sourcesUseCatalogCodes() throws {
        var used = Set<String>()
        for directory in ["ChatScreenRules", "ChatScreen"] {
            let root = repositoryRoot + "/Sources/" + directory
            for file in try FileManager.default.subpathsOfDirectory(atPath: root) where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                let pattern = try NSRegularExpression(pattern: #"\.(error|warning), "([EW]\d{3})""#)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    used.insert(String(text[Range(match.range(at: 2), in: text)!]))
                }
            }
        }
        #expect(used.subtracting(DiagnosticCatalog.entries.map(\.code)).sorted() == [])
    }

    @Test("Rules/DIAGNOSTICS.md is generated from the catalogue and the golden cases")
    func catalogueDocument() throws {
        var doc = """
            # Diagnostic codes

            Generated from `DiagnosticCatalog` and the golden cases in `Tests/ChatScreenTests/Diagnostics/`
            (regenerate with `CHATSCREEN_RECORD=1 swift test --filter DiagnosticGolden`). Codes are stable:
            `E0xx` syntax errors, `E1xx` errors of meaning, `W0xx` warnings. Errors stop a pack from
            loading; warnings do not, but `chatscreen rules check --strict` exits 4 on them.
            Most cases start with the standard 8-line `scoring` block, omitted below; the line numbers
            in the output count it.

            """
        for entry in DiagnosticCatalog.entries {
            doc += "\n## \(entry.code): \(entry.title)\n\n\(entry.explanation)\n"
            guard Self.cases.contains(entry.code) else { continue }
            let input = Self.directory + "/\(entry.code).rules"
            if FileManager.default.fileExists(atPath: input) {
                let text = try String(contentsOfFile: input, encoding: .utf8)
                // Show the rule text without the boilerplate scoring block.
                let shown = text.components(separatedBy: "}\n").count > 1 && text.hasPrefix("scoring {\n  scale 3.0\n  cap default 3.0")
                    && entry.code != "E109" && entry.code != "E110"
                    ? String(text[text.range(of: "}\n")!.upperBound...]) : text
                doc += "\n```\n\(shown.trimmingCharacters(in: .newlines))\n```\n"
            }
            doc += "\n```\n\(try Self.render(entry.code).trimmingCharacters(in: .newlines))\n```\n"
        }
        let path = repositoryRoot + "/Rules/DIAGNOSTICS.md"
        if Self.record { try doc.write(toFile: path, atomically: true, encoding: .utf8) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == doc, "regenerate with CHATSCREEN_RECORD=1")
    }
}
