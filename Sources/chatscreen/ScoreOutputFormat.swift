import ArgumentParser
import ChatScreen
import ChatScreenFormats

/// `score --format`: JSON lines (the contract, for programs) or text (for people).
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}

/// How `score` writes each record, in either format, and counts it (``ScoreStatistics``) on
/// the way. Both scorers write through it: ``SequentialScorer`` (by ``ScoreOutput``) and each
/// `--jobs` worker, so the output and the counts are the same for any `--jobs`.
///
/// ```swift
/// let format = ScoreRecordFormat(json: verdictFormat, text: nil)   // JSONL, byte for byte VerdictFormat's
/// var writer = JSONWriter(), statistics = ScoreStatistics()
/// format.message(message, verdict: verdict, conversation: update, file: "-", into: &writer, counting: &statistics)
/// ```
struct ScoreRecordFormat: Sendable {
    /// The JSON lines (always set: its `minLevel` decides what counts as flagged).
    let json: VerdictFormat
    /// The text lines, when `--format text`.
    let text: VerdictTextFormat?

    func message(_ message: InputMessage, verdict: Verdict, conversation: ConversationVerdict?, file: String,
                 into writer: inout JSONWriter, counting statistics: inout ScoreStatistics) {
        statistics.count(verdict, minLevel: json.minLevel)
        if let text {
            text.message(message, verdict: verdict, conversation: conversation, file: file, into: &writer.bytes)
        } else {
            json.message(message, verdict: verdict, conversation: conversation, file: file, into: &writer)
        }
    }

    func skipped(_ message: InputMessage, reason: String, file: String, into writer: inout JSONWriter,
                 counting statistics: inout ScoreStatistics) {
        statistics.skipped += 1
        if let text {
            text.skipped(message, reason: reason, file: file, into: &writer.bytes)
        } else {
            json.skipped(message, reason: reason, file: file, into: &writer)
        }
    }

    func error(line: Int, reason: String, file: String, into writer: inout JSONWriter,
               counting statistics: inout ScoreStatistics) {
        statistics.errors += 1
        if let text {
            text.error(line: line, reason: reason, file: file, into: &writer.bytes)
        } else {
            json.error(line: line, reason: reason, file: file, into: &writer)
        }
    }
}

/// Writes `score`'s records to standard output through a buffer, in large chunks, and counts
/// them (`--jobs 1`; the `--jobs` workers format into their own buffers).
struct ScoreOutput {
    let format: ScoreRecordFormat
    var file = "-"
    private(set) var statistics = ScoreStatistics()
    private var writer = JSONWriter(capacity: 1 << 17)

    init(format: ScoreRecordFormat) { self.format = format }

    mutating func write(message: InputMessage, verdict: Verdict, conversation: ConversationVerdict? = nil) throws(WriteError) {
        format.message(message, verdict: verdict, conversation: conversation, file: file, into: &writer, counting: &statistics)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    mutating func writeSkipped(message: InputMessage, reason: String) throws(WriteError) {
        format.skipped(message, reason: reason, file: file, into: &writer, counting: &statistics)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    mutating func writeError(line: Int, reason: String) throws(WriteError) {
        format.error(line: line, reason: reason, file: file, into: &writer, counting: &statistics)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws(WriteError) {
        guard !writer.bytes.isEmpty else { return }
        try writeAll(fd: 1, writer.bytes)
        writer.reset()
    }
}

extension ScoreCommand {
    /// What `--format` resolves to: text on a terminal, JSONL otherwise (as ripgrep decides).
    var resolvedFormat: ScoreFormat {
        outputFormat ?? (Terminal.standardOutputIsTerminal ? .text : .jsonl)
    }

    /// The record format of this run: `json`, and the text lines with `--format text`.
    func recordFormat(_ json: VerdictFormat) -> ScoreRecordFormat {
        guard resolvedFormat == .text else { return ScoreRecordFormat(json: json, text: nil) }
        var text = VerdictTextFormat(minLevel: minLevel, includeFile: files.count > 1, width: TerminalWidth.current(),
                                     style: colorOptions.color.standardOutputStyle)
        text.redact = redact
        text.flaggedOnly = flaggedOnly
        return ScoreRecordFormat(json: json, text: text)
    }

    /// The end of the run for people: the text summary line, `--stats`.
    func runReport(rules: RuleSet) -> ScoreRunReport {
        var pack = self.pack.rules ?? "built-in"
        if let weights { pack += ", weights \(weights)" }
        return ScoreRunReport(pack: pack, contentHash: rules.contentHash, minLevel: minLevel,
                              textSummary: resolvedFormat == .text, statistics: stats, tracking: !noConversation,
                              flaggedOnly: flaggedOnly, width: TerminalWidth.current())
    }
}
