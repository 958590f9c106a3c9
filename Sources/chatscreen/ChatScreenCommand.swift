import ArgumentParser
import ChatScreen
import Foundation

/// `chatscreen`: screen chat messages for sextortion and other extortion.
@main
struct ChatScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chatscreen",
        abstract: "Screen chat messages for sextortion and other extortion.",
        discussion: """
            Pipe a chat log through `chatscreen score` to get one JSON verdict per message.
            The default rule pack is built into the binary; `--rules DIR` loads another.

            Exit status (every command; each command's help lists the ones it can return):
              0         success, also when the reader of the output goes away (`| head`)
              1         reading or writing failed, or a file could not be opened or created
              2         usage, rule-pack or weights-file errors (the diagnostics on stderr)
              3         nothing could be read from an input: every record was an error record
              4         a check did not pass: `rules check --strict` found warnings, `rules fit` refused its weights
              130, 143  interrupted by SIGINT or SIGTERM (`score`, after writing what it computed)
            """,
        version: ChatScreenCommand.version,
        subcommands: [ScoreCommand.self, ExplainCommand.self, EvalCommand.self, RulesCommand.self, CorpusCommand.self],
        defaultSubcommand: nil
    )
}

extension ChatScreenCommand {
    /// Runs the command. Usage errors exit with status 2 (the documented contract) rather than
    /// ArgumentParser's default 64; everything else keeps ArgumentParser's behaviour.
    static func main() {
        StandardOutput.exitQuietlyWhenReaderGoesAway()
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) { printVersion() }
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.standardError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

extension ChatScreenCommand {
    /// The release, as `--help` shows it.
    static let version = "0.1.0"

    /// `chatscreen --version`: `chatscreen 0.1.0 (rules: built-in fnv1a64:…)`, the release and the
    /// content hash of the rule pack built into it (``RuleSet/contentHash``, which compiles the
    /// pack), so a report can name the rules that judged. Exits 0.
    static func printVersion() -> Never {
        print("chatscreen \(version) (rules: built-in \(RuleSet.builtIn.contentHash))")
        Foundation.exit(0)
    }
}

/// Options shared by every command that loads rules.
struct RulePackOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A rule pack directory (default: the pack built into this binary).", valueName: "dir"))
    var rules: String?
}

/// The JSONL/CSV field names every command that reads messages accepts.
struct MessageFieldOptions: ParsableArguments {
    @Option(help: "JSONL/CSV field holding the message text.")
    var textField = "text"
    @Option(help: "JSONL/CSV field holding the message id.")
    var idField = "id"
    @Option(help: "JSONL/CSV field holding the conversation id.")
    var conversationField = "conversation"
}

/// The fields the conversation tracker reads besides the conversation id: `score`, and `eval`
/// with `--by conversation`.
struct ConversationFieldOptions: ParsableArguments {
    @Option(help: "JSONL/CSV field holding the sender.")
    var senderField = "sender"
    @Option(help: "JSONL/CSV field holding the message time (ISO 8601 or epoch seconds); used by time windows.")
    var timestampField = "timestamp"
}
