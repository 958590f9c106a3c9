import ChatScreenTestSupport
import Foundation
import Testing
@testable import ChatScreen

/// The library embeds the default pack (Sources/ChatScreen/BuiltInRulePack.swift) so that an
/// embedding app and an installed `chatscreen` work without the repository. This test keeps that
/// file equal to `Rules/`; run with CHATSCREEN_RECORD=1 to regenerate it after editing the rules.
@Suite("Built-in rule pack")
struct BuiltInRulePackTests {
    @Test("BuiltInRulePack.swift matches Rules/ byte for byte")
    func matchesRulesDirectory() throws {
        let onDisk = try rulePackFiles()
        let generated = BuiltInRulePackGenerator.source(for: onDisk)
        let path = repositoryRoot + "/Sources/ChatScreen/BuiltInRulePack.swift"
        if ProcessInfo.processInfo.environment["CHATSCREEN_RECORD"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == generated, "Rules/ changed: run `CHATSCREEN_RECORD=1 swift test --filter BuiltInRulePack` and rebuild")
        // The binary compiled into this test run embeds the same files (rebuild after recording).
        let stale = zip(BuiltInRulePack.files, onDisk).filter { $0.0.path != $0.1.path || $0.0.text != $0.1.text }.map(\.1.path)
        #expect(BuiltInRulePack.files.count == onDisk.count)
        #expect(stale.isEmpty, "embedded copies differ for \(stale.prefix(5))")
    }

    /// Every `.rules` file, `lexicons/**/*.txt`, `spellings/*.txt` and `common_words.txt` under Rules/, sorted, as paths
    /// relative to Rules/.
    private func rulePackFiles() throws -> [(path: String, text: String)] {
        let root = repositoryRoot + "/Rules"
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [(path: String, text: String)] = []
        while let relative = enumerator?.nextObject() as? String {
            let isWordList = (relative.hasPrefix("lexicons/") || relative.hasPrefix("spellings/")) && relative.hasSuffix(".txt")
                || relative == "common_words.txt"
            guard relative.hasSuffix(".rules") || isWordList else { continue }
            files.append((relative, try String(contentsOfFile: root + "/" + relative, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Writes BuiltInRulePack.swift: each file as a raw string literal.
enum BuiltInRulePackGenerator {
    static func source(for files: [(path: String, text: String)]) -> String {
        var out = """
            // GENERATED from Rules/ by Tests/ChatScreenTests/BuiltInRulePackTests.swift. Do not edit.
            // Regenerate: CHATSCREEN_RECORD=1 swift test --filter BuiltInRulePack

            /// The default rule pack's files, compiled into the library so that an embedding app and an
            /// installed `chatscreen` need no repository checkout (``RuleSet/builtIn``).
            enum BuiltInRulePack {
                static let files: [(path: String, text: String)] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"" + hashes) { hashes += "#" }
            out += "        (path: \"\(file.path)\", text: \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}

@Suite("RuleSet.builtIn")
struct BuiltInRuleSetTests {
    @Test("The built-in pack is Rules/ compiled: same rules, weights and content hash")
    func sameAsDirectory() throws {
        let fromDisk = try RuleSet.load(directory: repositoryRoot + "/Rules")
        let builtIn = RuleSet.builtIn
        #expect(builtIn.rules.map(\.name) == fromDisk.rules.map(\.name))
        #expect(builtIn.rules.map(\.weight) == fromDisk.rules.map(\.weight))
        #expect(builtIn.contentHash == fromDisk.contentHash)
        #expect(builtIn.contentHash.hasPrefix("fnv1a64:") && builtIn.contentHash.count == 24)
        #expect(RuleSet.builtIn === builtIn, "compiled once")
        let verdict = try MessageScanner(rules: builtIn).scan("pay £500 or this is going over Facebook")
        #expect(verdict.level >= .high)
    }

    @Test("The content hash changes with any byte of any file, and with replaced weights")
    func hashChanges() throws {
        let files: [(path: String, text: String)] = [
            (path: "p/a.rules", text: "rule A { category grooming weight 1 when @w }\n"),
            (path: "p/lexicons/w.txt", text: "hello\n"),
        ]
        let base = RulePackSource(files: files, root: "p").contentHash
        #expect(RulePackSource(files: files.map { ("q/" + $0.path.dropFirst(2), $0.text) }, root: "q").contentHash == base,
                "where the pack lies does not matter")
        #expect(RulePackSource(files: [files[0], (path: "p/lexicons/w.txt", text: "hellO\n")], root: "p").contentHash != base)
        #expect(RulePackSource(files: [files[0], (path: "p/lexicons/v.txt", text: "hello\n")], root: "p").contentHash != base)
        let rules = try RuleSet.compile(RulePackSource(files: files, root: "p"))
        #expect(try rules.reweighted(["A": 2]).contentHash.hasPrefix(base + "+weights:fnv1a64:"))
        #expect(try rules.reweighted(["A": 2]).contentHash != rules.reweighted(["A": 3]).contentHash)
    }
}
