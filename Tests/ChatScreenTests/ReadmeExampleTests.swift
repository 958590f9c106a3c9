import Foundation
import Testing
import ChatScreen

// The README's "Embedding the library" example, verbatim. A test below checks that the README
// still contains exactly this code, so the documentation cannot drift from what compiles.

/// Scores messages with the built-in rule pack; one scanner per thread.
func screen(_ messages: [String]) throws -> [Verdict] {
    let rules = RuleSet.builtIn                          // Rules/, compiled into the library
    let scanner = try MessageScanner(rules: rules)       // owns scratch buffers: one per thread
    return messages.map { message in
        let verdict = scanner.scan(message)
        for hit in verdict.hits {
            let bytes = Array(message.utf8)
            let evidence = hit.spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            print(hit.rule, hit.category.rawValue, hit.weight, evidence)
        }
        return verdict
    }
}

@Suite("README")
struct ReadmeExampleTests {
    @Test("The embedding example runs on the built-in pack")
    func embeddingExample() throws {
        let verdicts = try screen(["pay £500 or this is going over Facebook. I want £500.", "see you at 6"])
        #expect(verdicts[0].level >= .high)
        #expect(verdicts[1].level == .none)
    }

    @Test("The README shows exactly the example compiled here")
    func readmeMatches() throws {
        let readme = try readFile(repositoryRoot + "/README.md")
        let source = try readFile(repositoryRoot + "/Tests/ChatScreenTests/ReadmeExampleTests.swift")
        let start = try #require(source.range(of: "/// Scores messages with the built-in rule pack"))
        let end = try #require(source.range(of: "\n}\n", range: start.upperBound..<source.endIndex))
        let example = String(source[start.lowerBound..<end.upperBound])
        #expect(readme.contains("```swift\nimport ChatScreen\n\n" + example + "```"))
    }
}
