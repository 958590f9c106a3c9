import ArgumentParser
import ChatScreen
import Foundation

/// `chatscreen rules check|list`.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, list and fit rule packs.",
        subcommands: [CheckRules.self, ListRules.self, FitRules.self]
    )
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `chatscreen rules check [PATH…]`.
struct CheckRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse, validate and compile rules, and run every example and counterexample.",
        discussion: """
            Exit status: 0 when clean (also when the reader of the output goes away, as with
            `| head`); 1 when writing the report fails; 2 on errors in the rules (or paths that
            cannot be read); 4 when --strict is set and there are warnings or failing examples.
            Example:
              chatscreen rules check Rules/
              chatscreen rules check --strict Rules/    # in CI
            """
    )

    @Argument(help: ArgumentHelp("Rule pack directories or .rules files (default: the built-in pack).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Exit with status 4 when there are warnings (including failing examples).")
    var strict = false

    @Option(help: "Diagnostics as text or JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let source: RulePackSource
        if paths.isEmpty {
            source = .builtIn
        } else {
            do { source = try RulePackSource.paths(paths) } catch {
                emit(error.diagnostics, summary: nil)
                throw ExitCode(2)
            }
        }
        let rules: RuleSet
        do {
            rules = try RuleSet.compile(source)
        } catch {
            emit(error.diagnostics, summary: nil)
            throw ExitCode(2)
        }
        let failures = try rules.checkExamples()
        let diagnostics = rules.warnings + failures
        let s = rules.statistics
        let milliseconds = Double(s.compileTime.components.attoseconds) / 1e15 + Double(s.compileTime.components.seconds) * 1000
        let summary = """
            \(s.ruleCount) rules, \(s.lexiconCount) lexicons (\(s.lexiconEntryCount) entries), \(s.patternCount) patterns, \
            \(s.vocabularySize) words; automaton \(s.automatonStates) states, \(s.automatonTransitions) transitions; \
            compiled in \(String(format: "%.1f", milliseconds)) ms; \(rules.exampleCount) examples, \(failures.count) failed; \
            \(diagnostics.count) warning(s)
            """
        emit(diagnostics, summary: summary)
        if strict && !diagnostics.isEmpty {
            Terminal.standardError("error: --strict: \(diagnostics.count) warning(s) (\(failures.count) failing example(s))\n")
            throw ExitStatus.checkFailed
        }
    }

    private func emit(_ diagnostics: [Diagnostic], summary: String?) {
        switch format {
        case .text:
            for diagnostic in diagnostics { print(diagnostic.rendered() + "\n") }
            if let summary { print(summary) }
        case .json:
            let objects: [[String: Any]] = diagnostics.map { d in
                var object: [String: Any] = [
                    "severity": d.severity.rawValue, "code": d.code, "message": d.message, "path": d.path,
                    "line": d.line, "column": d.column, "length": d.length,
                ]
                if let hint = d.hint { object["hint"] = hint }
                if let label = d.label { object["label"] = label }
                if !d.notes.isEmpty {
                    object["notes"] = d.notes.map { ["path": $0.path, "line": $0.line, "column": $0.column, "message": $0.message] }
                }
                return object
            }
            var root: [String: Any] = ["diagnostics": objects]
            if let summary { root["summary"] = summary }
            if let data = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}

/// `chatscreen rules list`.
struct ListRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every rule with its category, weight and description.")

    @OptionGroup var pack: RulePackOptions

    @Option(help: "Text table or JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let rules = try RulePackLoading.load(pack)
        switch format {
        case .text:
            let width = rules.rules.map(\.name.count).max() ?? 0
            for rule in rules.rules {
                print("\(rule.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                    + "\(rule.category.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0))  "
                    + "\(String(format: "%4.1f", rule.weight))  \(rule.description)")
            }
        case .json:
            let objects: [[String: Any]] = rules.rules.map {
                ["rule": $0.name, "category": $0.category.rawValue, "weight": $0.weight, "description": $0.description,
                 "path": $0.path, "line": $0.line]
            }
            if let data = try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
