import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation
import Testing
@testable import chatscreen

/// The README's lists that name things in the code: entity kinds, input fields, exit statuses.
/// Each test reads the README as written and compares it with the code, so a new entity kind, a
/// renamed field or a new exit status fails here until the README says so.
@Suite("README agrees with the code")
struct ReadmeAgreementTests {
    static let readme = (try? String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)) ?? ""
    static let rulesReadme = (try? String(contentsOfFile: repositoryRoot + "/Rules/README.md", encoding: .utf8)) ?? ""

    /// The README line that starts with `prefix`.
    static func line(startingWith prefix: String, in text: String = readme) throws -> String {
        try #require(text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init), "no line starts with \(prefix)")
    }

    /// The `code spans` of `text`, in order.
    static func codeSpans(_ text: some StringProtocol) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test("The verdict's entities row lists exactly the reported entity kinds")
    func reportedEntityKinds() throws {
        let row = try Self.line(startingWith: "| `entities` |")
        let listed = Set(Self.codeSpans(row)).subtracting(["entities", "value", "span", "valid"])
        let reported = Set(EntityKind.allCases.filter(\.isReported).map(\.description))
        #expect(listed == reported,
                "README lists \(listed.subtracting(reported).sorted()) that are not reported, and misses \(reported.subtracting(listed).sorted())")
    }

    @Test("The rule-writing summary and Rules/README.md list every entity kind a rule can name")
    func ruleEntityKinds() throws {
        let all = Set(EntityKind.allCases.map(\.description))
        // README: "… and entities (`entity(money)`, `duration`, …). Conditions combine them …"
        let paragraph = Self.readme.components(separatedBy: "\n\n").first { $0.hasPrefix("Terms are words and phrases") } ?? ""
        let start = try #require(paragraph.range(of: "entities ("))
        let end = try #require(paragraph.range(of: "). Conditions", range: start.upperBound..<paragraph.endIndex))
        let summary = Set(Self.codeSpans(paragraph[start.upperBound..<end.lowerBound]).map {
            $0.hasPrefix("entity(") ? String($0.dropFirst("entity(".count).dropLast()) : $0
        })
        #expect(summary == all, "README misses \(all.subtracting(summary).sorted()), names \(summary.subtracting(all).sorted())")
        // Rules/README.md: one table row per kind or group of kinds, `entity(kind)` each.
        let reference = Set(Self.rulesReadme.split(separator: "\n").filter { $0.hasPrefix("| `entity(") }
            .flatMap { Self.codeSpans($0.split(separator: "|").first ?? "") }
            .map { String($0.dropFirst("entity(".count).dropLast()) })
        #expect(reference == all, "Rules/README.md misses \(all.subtracting(reference).sorted())")
    }

    @Test("The input fields the README names are FieldNames' and the CLI's defaults, with their options")
    func inputFields() throws {
        let defaults = FieldNames()
        let expected = [defaults.text, defaults.id, defaults.conversation, defaults.sender, defaults.timestamp]
        let messageOptions = try MessageFieldOptions.parse([]), conversationOptions = try ConversationFieldOptions.parse([])
        #expect([messageOptions.textField, messageOptions.idField, messageOptions.conversationField,
                 conversationOptions.senderField, conversationOptions.timestampField] == expected)

        // "| `--text-field`, `--id-field`, … | field or column names (defaults `text`, `id`, …). …"
        let row = try Self.line(startingWith: "| `--text-field`")
        let cells = row.split(separator: "|")
        let options = Self.codeSpans(cells[0])
        let named = Self.codeSpans(try #require(cells[1].components(separatedBy: "(defaults ").last?.components(separatedBy: ")").first))
        #expect(named == expected)
        #expect(options == ["--text-field", "--id-field", "--conversation-field", "--sender-field", "--timestamp-field"])
        let help = ScoreCommand.helpMessage(columns: 1000)
        for option in options { #expect(help.contains(option), "score --help lacks \(option)") }

        // "chatscreen score chat.jsonl   # JSONL in (fields: text, id, conversation, sender, timestamp)"
        let example = try Self.line(startingWith: "chatscreen score chat.jsonl ")
        let fields = try #require(example.components(separatedBy: "(fields: ").last?.components(separatedBy: ")").first)
        #expect(fields.components(separatedBy: ", ") == expected)
    }

    /// `0  success, …` → ["0": "success, …"], from the README's "Exit status" table or the
    /// root command's help.
    static func statuses(_ rows: [(String, String)]) -> [String: String] {
        Dictionary(rows.map { ($0.0.trimmingCharacters(in: .whitespaces), $0.1.trimmingCharacters(in: .whitespaces)) },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("README's exit status table is the root command's help, and every command's help gives its statuses")
    func exitStatuses() throws {
        let section = try #require(Self.readme.components(separatedBy: "### Exit status\n").dropFirst().first)
        let rows = section.split(separator: "\n").prefix { !$0.hasPrefix("`eval`") }.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| status") }
            .map { row -> (String, String) in
                let cells = row.replacingOccurrences(of: "\\|", with: "¦").split(separator: "|").map {
                    $0.replacingOccurrences(of: "¦", with: "|")
                }
                return (cells[0], cells.count > 1 ? cells[1] : "")
            }
        let readme = Self.statuses(rows)
        let discussion = ChatScreenCommand.configuration.discussion
        let helpRows = discussion.components(separatedBy: "Exit status").last?.split(separator: "\n").dropFirst()
            .compactMap { line -> (String, String)? in
                guard let match = line.firstMatch(of: /^\s+(\d+(?:, \d+)*)\s{2,}(.+)$/) else { return nil }
                return (String(match.1), String(match.2))
            } ?? []
        let help = Self.statuses(helpRows)
        #expect(Set(readme.keys) == ["0", "1", "2", "3", "4", "130, 143"])
        #expect(readme == help, "README: \(readme)\nhelp: \(help)")

        let commands: [(String, String, [Int])] = [
            ("score", ScoreCommand.configuration.discussion, [0, 1, 2, 3]),
            ("explain", ExplainCommand.configuration.discussion, [0, 1, 2, 3]),
            ("eval", EvalCommand.configuration.discussion, [0, 1, 2, 3]),
            ("rules fit", FitRules.configuration.discussion, [0, 1, 2, 3, 4]),
            ("rules check", CheckRules.configuration.discussion, [0, 1, 2, 4]),
            ("corpus", CorpusCommand.configuration.discussion, [0, 1, 2]),
        ]
        for (name, text, codes) in commands {
            let paragraph = try #require(text.components(separatedBy: "Exit status:").dropFirst().first, "\(name) --help has no exit status")
            let flat = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for code in codes {
                #expect(flat.hasPrefix("\(code) ") || flat.contains(" \(code) ") || flat.contains("; \(code) "),
                        "\(name) --help does not give status \(code): \(flat)")
            }
            #expect(!flat.contains("1 when there are warnings"), "\(name): --strict warnings exit 4")
        }
    }
}
