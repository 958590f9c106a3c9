import Foundation
import Testing
@testable import ChatScreen

/// Rules/README.md is the language reference. Every code block in it that is rule-language source
/// (it starts with `rule`, `composite`, `scoring`, `conversation` or `stage`) is compiled here, with the shipped lexicons, and its
/// examples and counterexamples are run: the reference cannot show code that does not work.
@Suite("Rule language reference")
struct RuleReferenceTests {
    static let blocks: [String] = {
        guard let readme = try? String(contentsOfFile: repositoryRoot + "/Rules/README.md", encoding: .utf8) else { return [] }
        var blocks: [String] = []
        var current: [Substring]? = nil
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let body = current { blocks.append(body.joined(separator: "\n")); current = nil } else { current = [] }
            } else {
                current?.append(line)
            }
        }
        return blocks.filter { block in
            ["rule ", "scoring {", "composite ", "conversation {", "stage "].contains { block.hasPrefix($0) }
        }
    }()

    @Test("The reference has rule examples to check")
    func hasBlocks() {
        #expect(Self.blocks.count >= 4)
    }

    @Test("Every rule-language block in Rules/README.md compiles cleanly and passes its examples", arguments: blocks.indices)
    func block(index: Int) throws {
        let block = Self.blocks[index]
        let path = "README-block-\(index + 1).rules"
        var files: [(path: String, text: String)] = [(path: path, text: block)]
        let lexicons = repositoryRoot + "/Rules/lexicons"
        // The shipped lexicons, language directories included (lexicons/en/material.txt).
        for name in try FileManager.default.subpathsOfDirectory(atPath: lexicons) where name.hasSuffix(".txt") {
            files.append((path: "lexicons/\(name)", text: try String(contentsOfFile: lexicons + "/" + name, encoding: .utf8)))
        }
        if !block.hasPrefix("scoring {") {
            files.append((path: "scoring.rules", text: try String(contentsOfFile: repositoryRoot + "/Rules/scoring.rules", encoding: .utf8)))
        }
        let rules: RuleSet
        do {
            rules = try RuleSet.compile(RulePackSource(files: files))
        } catch {
            Issue.record("block \(index + 1) does not compile:\n\(error)\n---\n\(block)")
            return
        }
        let own = (rules.warnings + (try rules.checkExamples())).filter { $0.path == path }
        #expect(own.map { $0.rendered() } == [], "block \(index + 1):\n\(block)")
    }
}
