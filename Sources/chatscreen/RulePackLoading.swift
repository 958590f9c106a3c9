import ChatScreen
import ArgumentParser
import Foundation

/// Loads the rule pack a command asked for, printing diagnostics to stderr and exiting 2 if it
/// has errors.
enum RulePackLoading {
    static func source(_ options: RulePackOptions) throws -> RulePackSource {
        guard let directory = options.rules else { return .builtIn }
        do {
            return try RulePackSource.directory(directory)
        } catch {
            report(error)
            throw ExitCode(2)
        }
    }

    static func load(_ options: RulePackOptions) throws -> RuleSet {
        options.rules == nil ? .builtIn : try compile(source(options))
    }

    static func compile(_ source: RulePackSource) throws -> RuleSet {
        do {
            return try RuleSet.compile(source)
        } catch {
            report(error)
            throw ExitCode(2)
        }
    }

    static func report(_ error: RulePackError) {
        Terminal.standardError(error.diagnostics.map { $0.rendered() }.joined(separator: "\n\n") + "\n")
        Terminal.standardError("error: the rule pack has \(error.errorCount) error(s) and was not loaded\n")
    }
}

enum Terminal {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
