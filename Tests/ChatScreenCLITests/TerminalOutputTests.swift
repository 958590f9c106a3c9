@testable import ChatScreen
import ChatScreenFormats
import Foundation
import Testing
@testable import chatscreen

/// Output for people: `score --format text`, `--stats`, `explain --arc`, `--color` and
/// `NO_COLOR`, and the rule pack's content hash in `--version` and the conversation summaries.
///
/// The golden files are in `Tests/Fixtures/terminal/` beside their synthetic inputs (`chat.jsonl`,
/// `whatsapp.txt`, written for these tests). Re-record them with CHATSCREEN_RECORD=1 (which also
/// rewrites the README's copies), then review the diff. The width is fixed with `COLUMNS`, the
/// clock of `--stats` with `CHATSCREEN_FIXED_ELAPSED_SECONDS`, and the pack's content hash is
/// written as `fnv1a64:<hash>` so that editing a rule file does not touch these files (a test
/// below checks the real hash).
@Suite("Output for people")
struct TerminalOutputTests {
    static let directory = repositoryRoot + "/Tests/Fixtures/terminal"
    static let record = ProcessInfo.processInfo.environment["CHATSCREEN_RECORD"] == "1"

    /// A golden case: the arguments (run in the fixtures directory), the width, and which
    /// stream is compared.
    struct Golden: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String]
        var columns: Int
        var stderr = false
        var testDescription: String { file }
    }

    static let goldens: [Golden] = [
        Golden(file: "score-text.out", arguments: ["score", "--format", "text", "chat.jsonl", "whatsapp.txt"], columns: 120),
        Golden(file: "score-text-narrow.out", arguments: ["score", "--format", "text", "chat.jsonl"], columns: 60),
        Golden(file: "score-text-color.out", arguments: ["score", "--format", "text", "--color", "always", "chat.jsonl"],
               columns: 100),
        Golden(file: "score-stats.err", arguments: ["score", "--stats", "chat.jsonl", "whatsapp.txt"], columns: 100, stderr: true),
        Golden(file: "arc.out", arguments: ["explain", "--arc", "chat.jsonl"], columns: 120),
        Golden(file: "arc-whatsapp.out", arguments: ["explain", "--arc", "whatsapp.txt"], columns: 100),
        Golden(file: "arc-color.out", arguments: ["explain", "--arc", "chat.jsonl", "--color", "always"], columns: 100),
    ]

    /// Runs the CLI in the fixtures directory with nothing in its environment but `environment`.
    static func run(_ arguments: [String], columns: Int, environment: [String: String] = [:],
                    input: Data? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chatscreenBinary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["COLUMNS": String(columns), "CHATSCREEN_FIXED_ELAPSED_SECONDS": "0.5"]
            .merging(environment) { $1 }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputURL = scratch.appendingPathComponent("in"), outURL = scratch.appendingPathComponent("out"),
            errURL = scratch.appendingPathComponent("err")
        try (input ?? Data()).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                             stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `text` with every `fnv1a64:` hash written `fnv1a64:<hash>`.
    static func maskingHashes(_ text: String) -> String {
        text.replacingOccurrences(of: #"fnv1a64:[0-9a-f]{16}"#, with: "fnv1a64:<hash>", options: .regularExpression)
    }

    static func output(of golden: Golden) throws -> String {
        let result = try run(golden.arguments, columns: golden.columns)
        #expect(result.status == 0, "\(golden.arguments): \(result.stderr)")
        return maskingHashes(golden.stderr ? result.stderr : String(decoding: result.stdout, as: UTF8.self))
    }

    @Test("Each command prints exactly its golden file", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let output = try Self.output(of: golden)
        let path = Self.directory + "/" + golden.file
        if Self.record { try output.write(toFile: path, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(output == expected, "re-record with CHATSCREEN_RECORD=1 if the change is intended")
    }

    /// The README's examples of output are marked `<!-- golden: FILE -->` before their code block.
    @Test("The README shows the golden files as they are")
    func readme() throws {
        let path = repositoryRoot + "/README.md"
        var readme = try String(contentsOfFile: path, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"<!-- golden: ([\w.-]+) -->\n```text\n(.*?)```\n"#, options: [.dotMatchesLineSeparators])
        let matches = pattern.matches(in: readme, range: NSRange(readme.startIndex..., in: readme))
        #expect(Set(matches.map { String(readme[Range($0.range(at: 1), in: readme)!]) })
            == ["score-text.out", "score-stats.err", "arc.out"], "the README shows these three")
        for match in matches.reversed() {
            let name = String(readme[Range(match.range(at: 1), in: readme)!])
            let shown = Range(match.range(at: 2), in: readme)!
            let golden = try String(contentsOfFile: Self.directory + "/" + name, encoding: .utf8)
            if Self.record { readme.replaceSubrange(shown, with: golden) } else {
                #expect(String(readme[shown]) == golden, "README's copy of \(name); re-record with CHATSCREEN_RECORD=1")
            }
        }
        if Self.record { try readme.write(toFile: path, atomically: true, encoding: .utf8) }
    }

    // MARK: Widths, colours and text

    /// The lines of `text` without their SGR sequences.
    static func visibleLines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { TerminalText.stripped(String($0)) }
    }

    @Test("No line is wider than COLUMNS, and no control character comes from a message", arguments: [12, 20, 33, 47, 80, 157])
    func widths(columns: Int) throws {
        for arguments in [["score", "--format", "text", "chat.jsonl", "whatsapp.txt"], ["explain", "--arc", "chat.jsonl"],
                          ["explain", "--arc", "whatsapp.txt"], ["score", "--format", "text", "--color", "always", "chat.jsonl"],
                          ["explain", "--color", "always", "--arc", "chat.jsonl"]] {
            let result = try Self.run(arguments, columns: columns)
            #expect(result.status == 0)
            let coloured = arguments.contains("always")
            for line in Self.visibleLines(result.stdout) {
                #expect(TerminalText.columns(of: line) <= columns, "\(arguments) at \(columns): \(line)")
            }
            let raw = String(decoding: result.stdout, as: UTF8.self)
            #expect(!raw.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && !(coloured && $0 == "\u{1B}"))
                || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                "\(arguments) at \(columns) writes a control character")
            if !coloured { #expect(!raw.contains("\u{1B}")) }
        }
    }

    @Test("explain --arc highlights only messages with evidence: the victim's replies are never red")
    func arcHighlightsEvidenceOnly() throws {
        let result = try Self.run(["explain", "--color", "always", "--arc", "chat.jsonl"], columns: 120)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        let replies = lines.filter { TerminalText.stripped($0).contains(" ola_p ") }
        #expect(replies.count == 3)
        for reply in replies {
            #expect(!reply.contains("\u{1B}"), "a reply without evidence is not painted: \(reply)")
            #expect(TerminalText.stripped(reply).contains("critical") || TerminalText.stripped(reply).contains("high")
                    || TerminalText.stripped(reply).contains("low"))
        }
        let extortion = try #require(lines.first { TerminalText.stripped($0).hasPrefix("8 ") })
        #expect(extortion.contains("\u{1B}[1;31mpay me 400 dollars\u{1B}[0m"))
    }

    @Test("--color and NO_COLOR: never, always, and auto (on a pipe: no colour)")
    func colourChoices() throws {
        let arguments = ["score", "--format", "text", "chat.jsonl"]
        #expect(!(try Self.run(arguments, columns: 80).stdout.contains(0x1B)), "auto on a pipe")
        #expect(!(try Self.run(arguments + ["--color", "never"], columns: 80).stdout.contains(0x1B)))
        #expect(try Self.run(arguments + ["--color", "always"], columns: 80, environment: ["NO_COLOR": "1"]).stdout.contains(0x1B),
                "--color always wins over NO_COLOR")
        #expect(!(try Self.run(["explain", "--no-color", "--arc", "chat.jsonl"], columns: 80).stdout.contains(0x1B)))
        #expect(try Self.run(["explain", "--color", "always", "pay £500 or I post your video"], columns: 80).stdout.contains(0x1B))
        #expect(!(try Self.run(["explain", "--color", "never", "pay £500 or I post your video"], columns: 80).stdout.contains(0x1B)))
    }

    /// (choice, is a terminal, environment, colour).
    static let colourTable: [(ColorChoice, Bool, [String: String], Bool)] = [
        (.auto, true, [:], true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": ""], true),            // set but empty: ignored (no-color.org)
        (.auto, true, ["TERM": "dumb"], false),
        (.always, false, ["NO_COLOR": "1"], true),
        (.never, true, [:], false),
    ]

    @Test("ColorChoice decides colour for every command", arguments: colourTable)
    func colourTableCase(choice: ColorChoice, isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(choice.enabled(isTerminal: isTerminal, environment: environment) == expected)
    }

    @Test("COLUMNS sets the width; without it and a terminal, 80")
    func terminalWidth() {
        #expect(TerminalWidth.current(environment: ["COLUMNS": "132"]) == 132)
        #expect(TerminalWidth.current(environment: ["COLUMNS": "0"]) > 0)
        #expect(TerminalWidth.current(environment: ["COLUMNS": "wide"]) > 0)
    }

    @Test("On a terminal (a pseudo-terminal from script(1)), score defaults to text in colour; NO_COLOR turns colour off",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminal() throws {
        func underPTY(_ environment: String) throws -> String {
            try shell("cd '\(Self.directory)' && env -i COLUMNS=100 \(environment) /usr/bin/script -qec "
                + "\"'\(chatscreenBinary)' score chat.jsonl\" /dev/null").output
        }
        let coloured = try underPTY("")
        #expect(coloured.contains("messages in 2 conversations"), "text is the default on a terminal: \(coloured)")
        #expect(coloured.contains("\u{1B}["))
        let plain = try underPTY("NO_COLOR=1")
        #expect(plain.contains("messages in 2 conversations"))
        #expect(!plain.contains("\u{1B}["), "NO_COLOR=1: \(plain)")
    }

    // MARK: JSONL stays as it was; --stats and --jobs

    @Test("JSONL is what it was: --format jsonl, --stats and --color change no byte of it")
    func jsonlUnchanged() throws {
        let plain = try Self.run(["score", "chat.jsonl", "whatsapp.txt"], columns: 80)
        #expect(String(decoding: plain.stdout, as: UTF8.self).hasPrefix(#"{"file":"chat.jsonl","line":1,"id":"r1""#))
        for extra in [["--format", "jsonl"], ["--stats"], ["--color", "always"], ["--stats", "--jobs", "2"]] {
            let result = try Self.run(["score"] + extra + ["chat.jsonl", "whatsapp.txt"], columns: 80)
            #expect(result.stdout == plain.stdout, "\(extra)")
        }
        let stderr = plain.stderr
        #expect(!stderr.contains("statistics"), "no statistics without --stats: \(stderr)")
        #expect(stderr.hasPrefix("chatscreen: 1 record(s) could not be read"), "only the error-record summary: \(stderr)")
    }

    @Test("--jobs 2 writes the text and the statistics --jobs 1 writes", arguments: [1, 3])
    func jobs(batch: Int) throws {
        let input = JobsTests.stressInput(seed: 11, messages: 400)
        // The messages the statistics must count: the JSONL verdicts that are not error records.
        let verdicts = try Self.run(["score", "--no-conversation"], columns: 90, input: Data(input))
        let messages = try String(decoding: verdicts.stdout, as: UTF8.self).split(separator: "\n").filter { line in
            let record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return record["error"] == nil
        }.count
        #expect(messages > 300 && messages < 400, "the input has error records and blank lines: \(messages)")
        for arguments in [["score", "--format", "text", "--stats"], ["score", "--format", "text", "--flagged-only", "--stats"],
                          ["score", "--stats", "--no-conversation"]] {
            let one = try Self.run(arguments, columns: 90, input: Data(input))
            let two = try Self.run(arguments + ["--jobs", "2"], columns: 90,
                                   environment: ["CHATSCREEN_JOBS_BATCH_RECORDS": String(batch)], input: Data(input))
            #expect(one.status == 0 && two.status == 0)
            #expect(one.stdout == two.stdout, "\(arguments)")
            #expect(one.stderr == two.stderr, "\(arguments)")
            #expect(one.stderr.contains("  messages         \(messages)\n"), "\(one.stderr)")
        }
    }

    @Test("--stats counts what was written, names no message text, and says which pack judged")
    func statistics() throws {
        let result = try Self.run(["score", "--stats", "--format", "text", "chat.jsonl", "whatsapp.txt"], columns: 100)
        let version = try Self.run(["--version"], columns: 80)
        let hash = try #require(String(decoding: version.stdout, as: UTF8.self).firstMatch(of: /fnv1a64:[0-9a-f]{16}/))
        #expect(result.stderr.contains("  rules            built-in \(hash.output)\n"))
        #expect(result.stderr.contains("  messages         17\n"))
        #expect(result.stderr.contains("  error records    1\n"))
        #expect(result.stderr.contains("  skipped records  3\n"))
        #expect(result.stderr.contains("  throughput       17 messages in 0.500 s: 34 messages/s\n"))
        for word in ["snapchat", "gift cards", "camera", "cinema"] {
            #expect(!result.stderr.contains(word), "no message text on stderr")
        }
        let weights = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-\(UUID().uuidString).weights").path
        try "PAY_SEND_AMOUNT 2.0\n".write(toFile: weights, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: weights) }
        let weighted = try Self.run(["score", "--stats", "--weights", weights, "chat.jsonl"], columns: 100)
        #expect(weighted.stderr.contains("  rules            built-in, weights \(weights) \(hash.output)+weights:"),
                "\(weighted.stderr)")
    }

    @Test("The statistics and summary line count and word things correctly")
    func reportWording() {
        var counts = ScoreStatistics()
        let high = Verdict(score: 0.8, level: .high, categories: [.paymentDemand, .deadline], hits: [], flags: [], raw: 3)
        counts.count(high, minLevel: .medium)
        counts.count(.clean, minLevel: .medium)
        counts.errors = 1
        var merged = ScoreStatistics()
        merged.merge(counts)
        merged.merge(counts)
        #expect(merged.messages == 4 && merged.flagged == 2 && merged.errors == 2)
        #expect(merged.messages(at: .high) == 2 && merged.messages(at: .none) == 2 && merged.flagged(in: .deadline) == 2)
        let report = ScoreRunReport(pack: "built-in", contentHash: "fnv1a64:0", minLevel: .medium, textSummary: true,
                                    statistics: true, tracking: true, flaggedOnly: false, width: 200)
        let totals = ConversationTotals(evictions: 0, splits: .init(), firstSplitFile: nil, conversations: 1)
        #expect(report.summaryLine(merged, totals, width: 200)
            == "4 messages in 1 conversation: 2 flagged at medium or above (2 high), 2 error records")
        #expect(report.summaryLine(merged, totals, width: 40)
            == "4 messages in 1 conversation:\n2 flagged at medium or above (2 high),\n2 error records")
        #expect(report.summaryLine(ScoreStatistics(), nil, width: 80) == "0 messages: none flagged at medium or above")
        #expect(ScoreRunReport.number(1_234_567) == "1,234,567" && ScoreRunReport.number(12) == "12")
        #expect(report.statisticsBlock(merged, nil, seconds: 0).contains("  throughput       4 messages in 0.000 s: -\n"))
    }

    // MARK: explain --arc reads what score reads; the content hash

    @Test("explain --arc reads CSV, standard input and chat exports, as score does")
    func arcInputs() throws {
        let csv = "body,who\n\"pay me £500 or I post your video\",rex\nhello,sam\n"
        let fromCSV = try Self.run(["explain", "--arc", "-", "--input", "csv", "--text-field", "body", "--sender-field", "who"],
                                   columns: 100, input: Data(csv.utf8))
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        let lines = Self.visibleLines(fromCSV.stdout)
        #expect(lines.contains { $0.hasPrefix("2     rex ") && $0.contains("«pay me £500") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("3     sam ") && $0.hasSuffix("hello") }, "\(lines)")
        let missing = try Self.run(["explain", "--arc", "no-such-file.jsonl"], columns: 100)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot open no-such-file.jsonl"))
    }

    @Test("--version and every conversation summary name the pack by its content hash, with --jobs too")
    func contentHash() throws {
        let version = String(decoding: try Self.run(["--version"], columns: 80).stdout, as: UTF8.self)
        #expect(version == "chatscreen \(ChatScreenCommand.version) (rules: built-in \(RuleSet.builtIn.contentHash))\n")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for jobs in ["1", "2"] {
            let path = directory + "/summary-\(jobs).jsonl"
            #expect(try Self.run(["score", "--jobs", jobs, "--conversation-summary", path, "chat.jsonl", "whatsapp.txt"],
                                 columns: 80).status == 0)
            let records = try summaryRecords(path)
            #expect(records.count == 3)
            #expect(records.allSatisfy { $0["rules"] as? String == RuleSet.builtIn.contentHash })
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/summary-1.jsonl"))
            == Data(contentsOf: URL(fileURLWithPath: directory + "/summary-2.jsonl")))
    }

    @Test("--redact with the text format shows rule names, never message text")
    func redactedText() throws {
        let result = try Self.run(["score", "--format", "text", "--redact", "chat.jsonl", "whatsapp.txt"], columns: 200)
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("PAY_AMOUNT_OR_ELSE"))
        for word in ["gift cards", "camera", "school", "dollars"] { #expect(!text.contains(word), "\(word)") }
    }
}
