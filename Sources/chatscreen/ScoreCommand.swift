import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen score [FILE…]`: one JSONL verdict per input message, in input order.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score chat messages; write one JSON verdict per message, in input order.",
        discussion: """
            Reads plain lines, JSONL, CSV or a chat export (a WhatsApp .zip too) from the files, or stdin.
            Example:
              chatscreen score Examples/sample-chat.jsonl
              cat chat.txt | chatscreen score --flagged-only
            A line that cannot be parsed yields {"line": N, "error": "…"}; processing continues,
            and at the end stderr says how many error records were written and where the first is.
            Exit status: 0 on success (also when the reader of the output goes away, as with
            `| head`); 1 when reading or writing fails or a file cannot be opened or created;
            2 on usage, rule-pack or weights-file errors; 3 when nothing could be read from an
            input (every record an error record, e.g. --input whatsapp on a JSONL file; a CSV
            header without the text column stops at once); 130 or 143 after SIGINT or SIGTERM.
            """
    )

    @OptionGroup var pack: RulePackOptions

    @Option(help: ArgumentHelp("A weights file from `chatscreen rules fit` to use instead of the pack's weights.",
                               valueName: "file"))
    var weights: String?

    @Option(help: """
        Input format: auto, text, jsonl, csv, or a chat export: whatsapp, telegram, discord, messenger, \
        instagram, skype, slack (the export folder), irc; whatsapp also reads the .zip the phone shares. \
        auto recognises the exports in files and on standard input, a WhatsApp .zip, CSV by a .csv name or \
        a header row naming the text field, and otherwise reads JSONL when the first non-blank byte is `{`, \
        else text.
        """)
    var input: ScoreInput = .auto

    @Option(help: "Date order of WhatsApp exports: auto (decided from the dates), day-first or month-first.")
    var dateOrder: WhatsAppDateOrder = .auto

    @OptionGroup var messageFields: MessageFieldOptions
    @OptionGroup var conversationFields: ConversationFieldOptions

    @Option(help: "The level at which a message counts as flagged: low, medium, high or critical.")
    var minLevel: Level = .medium

    @Flag(help: "Write only flagged verdicts (and error records).")
    var flaggedOnly = false

    @Flag(help: "Add the score arithmetic (per-category sums, caps, raw total) to each verdict.")
    var explain = false

    @Option(name: .customLong("format"), help: ArgumentHelp("""
        Output: jsonl (one JSON verdict per record) or text (for people: one line per flagged message with \
        its evidence highlighted, fitted to the terminal width, then a summary). Default: text when standard \
        output is a terminal, jsonl otherwise.
        """, valueName: "format"))
    var outputFormat: ScoreFormat?

    @Flag(help: """
        At the end, print statistics to standard error: messages, flagged per level and category, error and \
        skipped records, conversations, evictions, throughput, and the rule pack with its content hash.
        """)
    var stats = false

    @OptionGroup var colorOptions: ColorOptions

    @Flag(help: "Never show a progress bar (default: shown on a terminal for file input).")
    var noProgress = false

    @Flag(help: "Write no message text: hit and entity text become a length and a hash.")
    var redact = false

    @Flag(help: "Score messages alone: no conversation fields, composites or stages.")
    var noConversation = false

    @Option(help: ArgumentHelp(
        "Write one JSON summary per conversation to this file, at the end or when a conversation is evicted; "
            + "a conversation that comes back after an eviction gets a second record marked \"resumed_after_eviction\".",
        valueName: "path"))
    var conversationSummary: String?

    @Option(help: ArgumentHelp("""
        Track at most this many conversations at once (default: the pack's max_conversations); the least \
        recently active is evicted beyond it. Conversations of a JSONL or CSV stream are also evicted after \
        the pack's idle time (7 days by default); those of a chat export or plain text never are.
        """, valueName: "count"))
    var maxConversations: Int?

    @Option(help: ArgumentHelp("""
        Score on this many threads (0 = one per core). One more thread reads, parses and keeps the input \
        order; the N threads scan, and each conversation is followed on one of them (by an FNV-1a hash \
        of its id). The output is byte for byte that of --jobs 1: verdicts, error and skipped records, \
        the summary file and the messages on stderr, evictions by --max-conversations and by idle time \
        and conversations resumed after them included (one ConversationRoster decides them in input \
        order, as --jobs 1 does).
        """, valueName: "n"))
    var jobs = 1

    @Argument(help: ArgumentHelp("Input files (default: standard input).", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard (0...ParallelScorer.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 0 (one per core) and \(ParallelScorer.maximumJobs)")
        }
    }

    /// The number of scoring threads: `--jobs`, with 0 meaning one per available core.
    var resolvedJobs: Int {
        jobs > 0 ? jobs : min(ParallelScorer.maximumJobs, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe surfaces as EPIPE from write, handled below
        let rules = try RuleWeightsLoading.apply(weights, to: RulePackLoading.load(pack))
        let fields = FieldNames(text: messageFields.textField, id: messageFields.idField,
                                conversation: messageFields.conversationField, sender: conversationFields.senderField,
                                timestamp: conversationFields.timestampField)
        var times = MessageTimes(field: conversationFields.timestampField)
        var sharedConversation = SharedConversationCheck()
        var format = VerdictFormat(minLevel: minLevel, flaggedOnly: flaggedOnly, explain: explain, scoring: rules.scoring,
                                   includeFile: files.count > 1)
        format.redact = redact
        let output = recordFormat(format)
        Interruption.install()
        var summaries: SummaryOutput?
        if let path = conversationSummary {
            guard let opened = SummaryOutput(path: path) else {
                Terminal.standardError("error: cannot create \(path): \(String(cString: strerror(errno))); "
                    + "check that its directory exists and is writable\n")
                throw ExitStatus.ioFailure
            }
            summaries = opened
        }
        let jobs = resolvedJobs
        let scorer: any ScoringSink = jobs > 1
            ? try ParallelScorer(jobs: jobs, rules: rules, format: output, tracking: !noConversation,
                                 maxConversations: maxConversations, summaries: summaries)
            : try SequentialScorer(rules: rules, format: output, tracking: !noConversation,
                                   maxConversations: maxConversations, summaries: summaries)
        defer { scorer.stop() }
        let report = runReport(rules: rules)
        let inputs = files.isEmpty ? ["-"] : files
        var tally = InputTally()
        do {
            for path in inputs {
                guard let opened = try openInput(path, fields: fields) else {
                    let reason = String(cString: strerror(errno))
                    try scorer.flush()
                    Terminal.standardError("error: cannot open \(path): \(reason); check the path and its permissions\n")
                    throw ExitStatus.ioFailure
                }
                tally.begin(path)
                var reader = opened.reader
                defer { if opened.fd >= 0 && opened.fd != STDIN_FILENO { close(opened.fd) } }
                var progress = Progress(fd: opened.fd, enabled: !noProgress && Terminal.standardErrorIsTerminal && path != "-")
                // Shares the reader's position (the line reader is a reference); cast once, not per record.
                let counter = progress.isEnabled ? opened.reader as? MessageReader : nil
                try scorer.startFile(path)
                do {
                    while Interruption.signal == 0, let record = try reader.next() {
                        if case .error = record, let reason = reader.unreadableReason {
                            throw UnreadableInput(reason: reason)
                        }
                        tally.count(record)
                        var time: Int64?
                        if case .message(let message) = record {
                            time = times.epochSeconds(of: message)
                            if !noConversation { sharedConversation.observe(message, file: path) }
                        }
                        try scorer.score(record, time: time, source: reader.holdsWholeConversations ? .wholeFile : .stream)
                        progress.tick(bytes: counter?.bytesRead ?? 0)
                    }
                    // A CSV file of only a header that lacks the text column.
                    if let reason = reader.unreadableReason { throw UnreadableInput(reason: reason) }
                } catch let error as WriteError {
                    throw error
                } catch where Interruption.signal != 0 {
                    // Standard input was closed by the signal handler: stop reading, keep what we have.
                } catch let error as UnreadableInput {
                    // A CSV header without the text column: every record would be an error record.
                    try scorer.flush()
                    progress.finish()
                    Terminal.standardError("error: nothing can be read from \(path == "-" ? "standard input" : path): "
                        + "\(error.reason)\n")
                    throw ExitStatus.nothingRead
                } catch {
                    try scorer.flush()
                    progress.finish()
                    Terminal.standardError("error: reading \(path == "-" ? "standard input" : path) failed: \(error)\n")
                    throw ExitStatus.ioFailure
                }
                progress.finish()
                if Interruption.signal != 0 { break }
            }
            try scorer.flush()
            if let warning = times.warning { Terminal.standardError("chatscreen: \(warning)\n") }
            if let warning = sharedConversation.warning(field: fields.conversation) { Terminal.standardError(warning) }
            let totals = try scorer.finishConversations()
            if let totals {
                if totals.evictions > 0 {
                    Terminal.standardError("chatscreen: \(totals.evictions) idle or excess conversation(s) were evicted from memory"
                        + (summaries == nil ? " (use --conversation-summary to keep their summaries)\n" : "\n"))
                }
                if let message = totals.splitMessage(summaries: summaries != nil) { Terminal.standardError(message) }
            }
            if let summary = tally.summary(of: "record(s) could not be read and were written as error records") {
                Terminal.standardError(summary)
            }
            try report.finish(scorer.statistics, conversations: totals)
            if Interruption.signal != 0 {
                Terminal.standardError("chatscreen: interrupted; the verdicts computed so far were written\n")
                throw ExitCode(128 + Interruption.signal)
            }
            try tally.requireSomethingRead(hint: InputHints.score)
        } catch WriteError.brokenPipe {
            throw ExitCode.success  // the reader went away (`| head`): stop quietly
        } catch let error as WriteError {
            Terminal.standardError("error: writing the verdicts failed: \(error); the output is incomplete\n")
            throw ExitStatus.ioFailure
        }
    }
}

/// Where `score` sends each record it reads: ``SequentialScorer`` (`--jobs 1`) or
/// ``ParallelScorer``. Both write the same bytes; the reading loop, the timestamps and the exit
/// statuses are shared in ``ScoreCommand/run()``.
protocol ScoringSink: AnyObject {
    /// The records that follow come from `path` (named in each record when there are several files).
    func startFile(_ path: String) throws(WriteError)
    /// Scores (or reports) one record; `time` is its parsed timestamp, `source` says whether its
    /// input holds whole conversations (never evicted for idleness).
    func score(_ record: consuming InputRecord, time: Int64?, source: ConversationSource) throws(WriteError)
    /// Writes every verdict of the records given so far.
    func flush() throws(WriteError)
    /// Writes the summaries of the conversations still tracked and closes the summary file;
    /// returns the evictions and split conversations, or nil with `--no-conversation`.
    func finishConversations() throws(WriteError) -> ConversationTotals?
    /// Releases threads; safe to call more than once, also after a failure.
    func stop()
    /// What was written so far (``ScoreStatistics``; complete after ``flush()``).
    var statistics: ScoreStatistics { get }
}

/// `--jobs 1`: scores each record as it is read, on the calling thread.
final class SequentialScorer: ScoringSink {
    private let scanner: MessageScanner
    private let tracker: ConversationTracker?
    private var output: ScoreOutput
    private let rulesHash: String
    private var summaries: SummaryOutput?
    private var summaryFailure: WriteError?
    /// The file of the first message that resumed an evicted conversation.
    private var firstSplitFile: String?

    init(rules: RuleSet, format: ScoreRecordFormat, tracking: Bool, maxConversations: Int?, summaries: SummaryOutput?) throws {
        scanner = try MessageScanner(rules: rules)
        output = ScoreOutput(format: format)
        rulesHash = rules.contentHash
        tracker = tracking ? ConversationTracker(rules: rules, maxConversations: maxConversations) : nil
        self.summaries = summaries
        tracker?.onEvict = { [unowned self] summary in
            do throws(WriteError) { try self.summaries?.write(summary, rules: self.rulesHash) } catch { self.summaryFailure = error }
        }
    }

    func startFile(_ path: String) { output.file = path }

    func score(_ record: consuming InputRecord, time: Int64?, source: ConversationSource) throws(WriteError) {
        switch record {
        case .message(let message):
            let verdict = scanner.scan(message)
            let update = tracker?.observe(verdict, of: message, timestamp: time, source: source)
            if firstSplitFile == nil, let tracker, tracker.splits.resumptions > 0 { firstSplitFile = output.file }
            try output.write(message: message, verdict: verdict, conversation: update)
            if let summaryFailure { throw summaryFailure }
        case .error(let line, let reason):
            try output.writeError(line: line, reason: reason)
        case .skipped(let message, let reason):
            try output.writeSkipped(message: message, reason: reason)
        }
    }

    func flush() throws(WriteError) { try output.flush() }

    var statistics: ScoreStatistics { output.statistics }

    func finishConversations() throws(WriteError) -> ConversationTotals? {
        guard let tracker else { return nil }
        let remaining = tracker.finish()
        for summary in remaining { try summaries?.write(summary, rules: rulesHash) }
        try summaries?.close()
        return ConversationTotals(evictions: tracker.evictions, splits: tracker.splits, firstSplitFile: firstSplitFile,
                                  conversations: remaining.count + tracker.evictions)
    }

    func stop() {}
}

/// What conversation tracking did over a run, for the messages on stderr at its end.
struct ConversationTotals: Equatable {
    var evictions: Int
    var splits: ConversationRoster.Splits
    /// The input file of ``ConversationRoster/Splits/first``.
    var firstSplitFile: String?
    /// Conversations followed: those evicted and those tracked at the end (a conversation split
    /// by an eviction counts once per part).
    var conversations = 0

    /// `chatscreen: 2 conversation(s) were split by eviction (…); the first was "c7", resumed at
    /// line 412 of a.jsonl; …` and a newline, or nil when none was. Names the conversation by its
    /// id (not message text) and says how to keep conversations whole.
    func splitMessage(summaries: Bool) -> String? {
        guard let first = splits.first else { return nil }
        let times = splits.resumptions == splits.conversations ? "" : ", \(splits.resumptions) times in all"
        let file = firstSplitFile.map { $0 == "-" ? "" : " of \($0)" } ?? ""
        return "chatscreen: \(splits.conversations) conversation(s) were split by eviction (a message came after the"
            + " conversation was evicted\(times)); the first was \(first.conversation.debugDescription), resumed at line"
            + " \(first.message.line)\(file)"
            + (summaries ? "; the summary of each later part says \"resumed_after_eviction\"" : "")
            + "; to keep conversations whole, raise --max-conversations or the pack's idle time\n"
    }
}

extension InputFormat: ExpressibleByArgument {}
extension WhatsAppDateOrder: ExpressibleByArgument {}

/// What `--input` accepts: the line formats and the chat exports.
enum ScoreInput: String, ExpressibleByArgument, CaseIterable {
    case auto, text, jsonl, csv, whatsapp, telegram, discord, messenger, instagram, skype, slack, irc

    var lineFormat: InputFormat? { InputFormat(rawValue: rawValue) }
    var export: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

extension ScoreCommand {
    /// Opens one input: a chat export reader (a WhatsApp zip included), or the line reader for
    /// text, JSONL and CSV (`auto`: CSV for a `*.csv` name or a header naming the text field).
    /// Standard input is sniffed by ``InputOpening``. Returns nil (with errno set) when the file
    /// cannot be opened; throws a usage error when `auto` cannot tell which export a file is.
    func openInput(_ path: String, fields: FieldNames) throws -> (reader: any ChatExportReader, fd: Int32)? {
        let options = ExportOptions(whatsAppDateOrder: dateOrder)
        if path == "-" {
            return (try InputOpening.standardInput(input: input, fields: fields, options: options), STDIN_FILENO)
        }
        var export = input.export
        var lineFormat = input.lineFormat ?? .auto
        var zip = input == .whatsapp && (try? ExportDetector.detect(path: path)) == .zip
        if input == .auto {
            switch try? ExportDetector.detect(path: path, textField: fields.text) {
            case .export(let format)?:
                export = format
            case .zip?:
                zip = true
            case .csv?:
                lineFormat = .csv
            case .undetermined(let candidates, let reason)?:
                Terminal.standardError("error: cannot tell which chat export \(path) is (\(reason)); candidates: "
                    + "\(candidates.map(\.rawValue).joined(separator: ", ")). Choose one with --input.\n")
                throw ExitCode(2)
            default:
                break
            }
        }
        if zip { return (try InputOpening.whatsAppArchive(path: path, options: options), -1) }
        if let export {
            do {
                let reader = try ChatExports.reader(format: export, path: path,
                                                    conversation: ChatExports.conversationName(path: path), options: options)
                return (reader, -1)
            } catch let error as InputReadError {
                Terminal.standardError("error: cannot open \(path) as a \(export.rawValue) export: \(error); "
                    + "check the path and its permissions\n")
                throw ExitStatus.ioFailure
            } catch {
                Terminal.standardError("error: cannot read \(path) as a \(export.rawValue) export: \(error)\n")
                throw ExitCode(2)
            }
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        return (MessageReader(fileDescriptor: fd, format: lineFormat, fields: fields), fd)
    }
}
extension Level: ExpressibleByArgument {
    public init?(argument: String) {
        guard let level = Level(rawValue: argument), level != .none else { return nil }
        self = level
    }
    public static var allValueStrings: [String] { allCases.dropFirst().map(\.rawValue) }
}

/// A progress line on standard error for long file inputs: bytes, percent and messages per second.
struct Progress {
    private let total: Int
    private let enabled: Bool
    var isEnabled: Bool { enabled }
    private var messages = 0
    private var lastUpdate = ContinuousClock.now
    private let started = ContinuousClock.now

    init(fd: Int32, enabled: Bool) {
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        self.total = size
        self.enabled = enabled && size > (8 << 20)  // only worth a bar past a few MB
    }

    mutating func tick(bytes: Int) {
        messages += 1
        guard enabled, messages & 0x3FF == 0 else { return }
        let now = ContinuousClock.now
        guard now - lastUpdate > .milliseconds(250) else { return }
        lastUpdate = now
        let elapsed = Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18
        let percent = total > 0 ? min(100, bytes * 100 / total) : 0
        let filled = percent / 4
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 25 - filled)
        let rate = elapsed > 0 ? Int(Double(messages) / elapsed) : 0
        Terminal.standardError("\r\(bar) \(percent)%  \(messages) messages  \(rate)/s ")
    }

    func finish() {
        if enabled && messages >= 1024 { Terminal.standardError("\r\u{1B}[K") }
    }
}
