import Foundation
import Testing
@testable import chatscreen

/// The binary embeds the default pack (Sources/chatscreen/EmbeddedRulePack.swift) so that an
/// installed `chatscreen` works without the repository. This test keeps that file equal to
/// `Rules/`; run with CHATSCREEN_RECORD=1 to regenerate it after editing the rules.
@Suite("Embedded rule pack")
struct EmbeddedRulePackTests {
    @Test("EmbeddedRulePack.swift matches Rules/ byte for byte")
    func matchesRulesDirectory() throws {
        let onDisk = try rulePackFiles()
        let generated = EmbeddedRulePackGenerator.source(for: onDisk)
        let path = repositoryRoot + "/Sources/chatscreen/EmbeddedRulePack.swift"
        if ProcessInfo.processInfo.environment["CHATSCREEN_RECORD"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == generated, "Rules/ changed: run `CHATSCREEN_RECORD=1 swift test --filter EmbeddedRulePack` and rebuild")
        // The binary compiled into this test run embeds the same files (rebuild after recording).
        let stale = zip(EmbeddedRulePack.files, onDisk).filter { $0.0.path != $0.1.path || $0.0.text != $0.1.text }.map(\.1.path)
        #expect(EmbeddedRulePack.files.count == onDisk.count)
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

/// Writes EmbeddedRulePack.swift: each file as a raw string literal.
enum EmbeddedRulePackGenerator {
    static func source(for files: [(path: String, text: String)]) -> String {
        var out = """
            // GENERATED from Rules/ by Tests/ChatScreenCLITests/EmbeddedRulePackTests.swift. Do not edit.
            // Regenerate: CHATSCREEN_RECORD=1 swift test --filter EmbeddedRulePack

            /// The default rule pack, built into the binary so that an installed `chatscreen`
            /// needs no repository checkout. `--rules DIR` loads another pack instead.
            enum EmbeddedRulePack {
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
