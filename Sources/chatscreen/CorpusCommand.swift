import ArgumentParser
import ChatScreenCorpus
import ChatScreenFormats
import Foundation

/// `chatscreen corpus --messages N --seed S`: a seeded synthetic chat corpus for benchmarks and
/// for measuring a rule pack.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Generate a seeded synthetic chat corpus: labelled JSONL or one message per line.",
        discussion: """
            Example:
              chatscreen corpus --messages 20000 --seed 1 | chatscreen eval
              chatscreen corpus --messages 1000000 --seed 7 --format text --output chat.txt

            The same seed and profile give the same bytes on every run and machine.
            JSONL records: {"id":1,"conversation":"c1","sender":"maya_92",
            "timestamp":1704067203,"text":"…","label":"benign"}; the label is
            `benign` or the category of the message's main tactic, so
            `chatscreen eval` and `chatscreen score` read the output as it is.
            With --format text, one message per line (messages never contain a
            line break).

            Profiles:
            - mixed: realistic chat; about 10% non-ASCII, 1% extortion (default)
            - ascii: only ASCII, about 1% extortion
            - non-latin: mostly Cyrillic, CJK, Thai, Arabic, Greek and Hindi
            - obfuscated: about 40% extortion; most messages obfuscated
            - positives: only extortion

            Exit status: 0 on success (also when the reader of the output goes
            away, as with `| head`); 1 when writing fails or --output cannot be
            created; 2 on usage errors.
            """
    )

    // `.unconditional` so `--messages -5` reaches `validate()` (a clear message) instead of
    // being read as an unknown flag `-5`.
    @Option(parsing: .unconditional, help: ArgumentHelp("How many messages to generate (0 or more).", valueName: "n"))
    var messages: Int

    @Option(parsing: .unconditional, help: ArgumentHelp("The seed, a whole number from 0 to 18446744073709551615.", valueName: "s"))
    var seed: String

    @Option(help: "Output JSONL records or the message texts, one per line: jsonl or text.")
    var format: CorpusFormat = .jsonl

    @Option(help: "What the corpus holds: mixed, ascii, non-latin, obfuscated or positives.")
    var profile: CorpusProfile = .mixed

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// The parsed `--seed`.
    var seedValue: UInt64 { UInt64(seed) ?? 0 }

    func validate() throws {
        guard messages >= 0 else { throw ValidationError("--messages must be 0 or more (got \(messages))") }
        guard UInt64(seed) != nil else {
            throw ValidationError("--seed must be a whole number from 0 to 18446744073709551615 (got '\(seed)')")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe surfaces as EPIPE from write, handled below
        var fd = STDOUT_FILENO
        if let output, output != "-" {
            fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                Terminal.standardError("error: cannot create \(output): \(String(cString: strerror(errno))); "
                    + "check that its directory exists and is writable\n")
                throw ExitStatus.ioFailure
            }
        }
        defer { if fd != STDOUT_FILENO { close(fd) } }
        do {
            try Self.write(messages: messages, seed: seedValue, profile: profile, format: format, to: fd)
        } catch .brokenPipe {
            throw ExitCode.success  // the reader went away (`| head`): stop quietly
        } catch {
            Terminal.standardError("error: writing the corpus failed: \(error); the output is incomplete\n")
            throw ExitStatus.ioFailure
        }
    }

    /// Generates `messages` messages and writes them to `fd` through a 1 MiB buffer.
    static func write(messages: Int, seed: UInt64, profile: CorpusProfile, format: CorpusFormat, to fd: Int32) throws(WriteError) {
        let flushAt = 1 << 20
        var generator = CorpusGenerator(seed: seed, profile: profile)
        var json = JSONWriter(capacity: flushAt + 16 * 1024)
        for _ in 0..<messages {
            let message = generator.next()!
            switch format {
            case .jsonl:
                json.beginObject()
                json.key("id"); json.int(message.id)
                json.key("conversation"); json.string(message.conversation)
                json.key("sender"); json.string(message.sender)
                json.key("timestamp"); json.int(Int(message.timestamp))
                json.key("text"); json.string(message.text)
                json.key("label"); json.string(message.label)
                json.endObject()
                json.newline()
            case .text:
                json.bytes.append(contentsOf: message.text.utf8)
                json.bytes.append(0x0A)
            }
            if json.bytes.count >= flushAt {
                try writeAll(fd: fd, json.bytes)
                json.reset()
            }
        }
        try writeAll(fd: fd, json.bytes)
    }
}

/// What `chatscreen corpus` writes.
enum CorpusFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, text
}

extension CorpusProfile: ExpressibleByArgument {}
