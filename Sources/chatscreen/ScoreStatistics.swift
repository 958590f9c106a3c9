import ChatScreen
import ChatScreenFormats
import Foundation

/// What `score` read and flagged: counts only, never message text. Each scorer counts the
/// records it writes (``ScoreRecordFormat``); the `--jobs` workers count per batch and the
/// reading thread adds the batches up (``merge(_:)``), so every `--jobs` gives the same counts.
///
/// ```swift
/// var statistics = ScoreStatistics()
/// statistics.count(verdict, minLevel: .medium)   // a high verdict on payment_demand, publish_threat
/// statistics.flagged                            // 1
/// statistics.messages(at: .high)                // 1
/// statistics.flagged(in: .paymentDemand)        // 1
/// ```
struct ScoreStatistics: Sendable, Equatable {
    /// Messages scored (not error or skipped records).
    var messages = 0
    /// Messages at `--min-level` or above.
    var flagged = 0
    /// Error records (lines that could not be read as a message).
    var errors = 0
    /// Skipped records (system lines, media, deleted messages of chat exports).
    var skipped = 0
    /// Messages per level, by ``Level/ordinal``.
    private var levels = [Int](repeating: 0, count: Level.allCases.count)
    /// Flagged messages with a hit in each category, by ``Category/ordinal``.
    private var categories = [Int](repeating: 0, count: Category.allCases.count)

    mutating func count(_ verdict: Verdict, minLevel: Level) {
        messages += 1
        levels[verdict.level.ordinal] += 1
        guard verdict.isFlagged(atLeast: minLevel) else { return }
        flagged += 1
        for category in verdict.categories { categories[category.ordinal] += 1 }
    }

    mutating func merge(_ other: ScoreStatistics) {
        messages += other.messages
        flagged += other.flagged
        errors += other.errors
        skipped += other.skipped
        for index in levels.indices { levels[index] += other.levels[index] }
        for index in categories.indices { categories[index] += other.categories[index] }
    }

    func messages(at level: Level) -> Int { levels[level.ordinal] }
    func flagged(in category: Category) -> Int { categories[category.ordinal] }
}

/// The end of a `score` run for people: with `--format text`, a summary line after the
/// verdicts on standard output; with `--stats`, the run's statistics on standard error, in any
/// format. Neither holds message text.
///
/// ```
/// chatscreen: statistics
///   rules            built-in fnv1a64:4f6c0d2e9a8b7c15
///   messages         30
///   flagged          12 at medium or above
///   levels           critical 3, high 1, medium 8, low 9, none 9
///   categories       payment_demand 4, publish_threat 3 (flagged messages with a hit in each)
///   error records    1
///   skipped records  0
///   conversations    2, 0 evicted
///   throughput       30 messages in 0.010 s: 3,000 messages/s
/// ```
///
/// The clock starts when the report is made (after the rule pack is loaded), so throughput is
/// that of reading and scoring. `CHATSCREEN_FIXED_ELAPSED_SECONDS` replaces the measured time
/// (the golden tests set it, so the figures are the same on every run).
struct ScoreRunReport {
    let pack: String
    let contentHash: String
    let minLevel: Level
    let textSummary: Bool
    let statistics: Bool
    let tracking: Bool
    let flaggedOnly: Bool
    /// The width of the text format's lines.
    let width: Int
    let started = ContinuousClock.now

    /// Writes the summary line (text format) and the statistics (`--stats`).
    func finish(_ counts: ScoreStatistics, conversations totals: ConversationTotals?) throws(WriteError) {
        if textSummary {
            let shown = counts.flagged + counts.errors + (flaggedOnly ? 0 : counts.skipped)
            let line = summaryLine(counts, totals, width: width)
            try writeAll(fd: STDOUT_FILENO, Array(((shown > 0 ? "\n" : "") + line + "\n").utf8))
        }
        if statistics { Terminal.standardError(statisticsBlock(counts, totals, seconds: elapsedSeconds)) }
    }

    /// `30 messages in 2 conversations: 12 flagged at medium or above (3 critical, 1 high, 8 medium), 1 error record`,
    /// broken after the colon or a comma where it would be wider than `width`.
    func summaryLine(_ counts: ScoreStatistics, _ totals: ConversationTotals?, width: Int) -> String {
        var read = "\(Self.number(counts.messages)) message\(counts.messages == 1 ? "" : "s")"
        if let totals {
            read += " in \(Self.number(totals.conversations)) conversation\(totals.conversations == 1 ? "" : "s")"
        }
        var parts = [read + ":"]
        if counts.flagged == 0 {
            parts.append("none flagged at \(minLevel.rawValue) or above")
        } else {
            let levels = Level.allCases.reversed().filter { $0 >= minLevel && counts.messages(at: $0) > 0 }
                .map { "\(Self.number(counts.messages(at: $0))) \($0.rawValue)" }
            parts.append("\(Self.number(counts.flagged)) flagged at \(minLevel.rawValue) or above (\(levels.joined(separator: ", ")))")
        }
        if counts.errors > 0 { parts.append("\(Self.number(counts.errors)) error record\(counts.errors == 1 ? "" : "s")") }
        if counts.skipped > 0 { parts.append("\(Self.number(counts.skipped)) skipped") }
        var lines = [parts[0]]
        for (index, part) in parts.enumerated().dropFirst() {
            let piece = part + (index + 1 < parts.count ? "," : "")
            if TerminalText.columns(of: lines[lines.count - 1] + " " + piece) <= width {
                lines[lines.count - 1] += " " + piece
            } else {
                lines.append(piece)
            }
        }
        return lines.map { TerminalText.fitted($0, width: width) }.joined(separator: "\n")
    }

    /// The `--stats` block, `seconds` being the time the run took.
    func statisticsBlock(_ counts: ScoreStatistics, _ totals: ConversationTotals?, seconds: Double) -> String {
        var rows: [(String, String)] = []
        rows.append(("rules", "\(pack) \(contentHash)"))
        rows.append(("messages", Self.number(counts.messages)))
        rows.append(("flagged", "\(Self.number(counts.flagged)) at \(minLevel.rawValue) or above"))
        rows.append(("levels", Level.allCases.reversed().map { "\($0.rawValue) \(Self.number(counts.messages(at: $0)))" }
            .joined(separator: ", ")))
        let categories = Category.allCases.filter { counts.flagged(in: $0) > 0 }
            .map { "\($0.rawValue) \(Self.number(counts.flagged(in: $0)))" }
        rows.append(("categories", categories.isEmpty ? "none"
            : categories.joined(separator: ", ") + " (flagged messages with a hit in each)"))
        rows.append(("error records", Self.number(counts.errors)))
        rows.append(("skipped records", Self.number(counts.skipped)))
        if let totals {
            var text = "\(Self.number(totals.conversations)), \(Self.number(totals.evictions)) evicted"
            if totals.splits.conversations > 0 { text += ", \(Self.number(totals.splits.conversations)) split by eviction" }
            rows.append(("conversations", text))
        } else {
            rows.append(("conversations", tracking ? "none" : "not tracked (--no-conversation)"))
        }
        let rate = seconds > 0 ? Self.number(Int((Double(counts.messages) / seconds).rounded())) + " messages/s" : "-"
        rows.append(("throughput", "\(Self.number(counts.messages)) messages in \(String(format: "%.3f", seconds)) s: \(rate)"))
        return "chatscreen: statistics\n" + rows.map { "  " + $0.0.padding(toLength: 17, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }

    /// Seconds since the report was made, or `CHATSCREEN_FIXED_ELAPSED_SECONDS`.
    var elapsedSeconds: Double {
        if let fixed = ProcessInfo.processInfo.environment["CHATSCREEN_FIXED_ELAPSED_SECONDS"].flatMap(Double.init) {
            return fixed
        }
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// `12,345`.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
