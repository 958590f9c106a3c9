import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen explain --arc chat.jsonl`: the arc of each conversation, one line per message,
/// then what moved each conversation.
///
/// ```
/// line  sender        level     conv      stage         message
/// ── conversation c1
/// 13    lena_m        medium    high      → leverage    «I recorded our whole video call». «look what I have»
/// 14    lena_m        high      critical  → extortion   «pay £500 or this is going over Facebook». I want «£500».
/// 15    tom_r         none      critical    extortion   what?? please don't do this
/// ```
///
/// Each line shows the message's level, its conversation's level and stage after it (`→` where
/// the message moved the stage) and the message's text on one line, cut to the terminal width
/// with its evidence highlighted. Only messages with hits are highlighted: the levels of a
/// reply without evidence stay plain however high its conversation is. A line `── conversation
/// ID` comes before a message of another conversation than the line above. After the input, each
/// conversation's summary: peak, stage changes, composites with their evidence lines, and the
/// rules that fired on each message.
///
/// Reads any input `score` reads (``ScoreCommand/openInput(_:fields:)``), with the same
/// timestamps (``MessageTimes``) and the same conversation tracking.
struct ConversationArc {
    let rules: RuleSet
    let scanner: MessageScanner
    let style: TerminalStyle
    /// The terminal's width: no line is longer.
    let width: Int
    let timestampField: String

    /// The columns before the message: line, sender, level, conversation level, stage.
    static let columns = [6, 14, 10, 10, 14]

    /// What one conversation's messages did, kept for its summary.
    private struct Notes {
        var hits: [(line: Int, rules: [String])] = []
    }

    func explain(reader: inout any ChatExportReader, path: String) throws {
        let tracker = ConversationTracker(rules: rules)
        var times = MessageTimes(field: timestampField)
        var evicted: [ConversationSummary] = []
        tracker.onEvict = { evicted.append($0) }
        var notes: [String: Notes] = [:]
        var previousConversation: String?
        var tally = InputTally()
        tally.begin(path)
        let titles = ["line", "sender", "level", "conv", "stage"].enumerated()
            .map { TerminalText.padded($0.element, to: Self.columns[$0.offset]) }.joined() + "message"
        print(TerminalText.fitted(titles, width: width))
        while let record = try reader.next() {
            if case .error = record, let reason = reader.unreadableReason { throw UnreadableInput(reason: reason) }
            tally.count(record)
            let message: InputMessage
            switch record {
            case .message(let read):
                message = read
            case .error(let line, let reason):
                print(fit(style.paint(TerminalText.padded(String(line), to: Self.columns[0]), TerminalStyle.lineNumber)
                    + style.paint("error", TerminalStyle.error) + "  " + TerminalText.sanitized(reason),
                    plain: TerminalText.padded(String(line), to: Self.columns[0]) + "error  " + TerminalText.sanitized(reason)))
                continue
            case .skipped(let read, let reason):
                header(read.conversationKey, previous: &previousConversation)
                let plain = TerminalText.padded(String(read.line), to: Self.columns[0])
                    + TerminalText.padded(TerminalText.fitted(read.sender ?? "", width: Self.columns[1] - 2), to: Self.columns[1])
                    + "skipped: " + TerminalText.sanitized(reason)
                print(fit(style.paint(plain, TerminalStyle.dim), plain: plain))
                continue
            }
            let verdict = scanner.scan(message)
            let conversation = message.conversationKey
            let update = tracker.observe(verdict, of: message, timestamp: times.epochSeconds(of: message),
                                         source: reader.holdsWholeConversations ? .wholeFile : .stream)
            header(conversation, previous: &previousConversation)
            if !verdict.hits.isEmpty {
                notes[conversation, default: Notes()].hits.append((message.line, verdict.hits.map(\.rule)))
            }
            print(row(message, verdict: verdict, update: update))
        }
        if let warning = times.warning { Terminal.standardError("chatscreen: \(warning)\n") }
        for summary in evicted + tracker.finish() {
            print("")
            for line in self.summary(summary, notes: notes[summary.conversation] ?? Notes()) { print(line) }
        }
        if let summary = tally.summary(of: "record(s) could not be read (shown as errors above)") {
            Terminal.standardError(summary)
        }
        try tally.requireSomethingRead(hint: InputHints.score)
    }

    /// `── conversation ID` when `conversation` is not the one of the line above.
    private func header(_ conversation: String, previous: inout String?) {
        guard conversation != previous else { return }
        previous = conversation
        let plain = "── conversation " + TerminalText.sanitized(conversation)
        print(fit(style.paint(plain, TerminalStyle.bold), plain: plain))
    }

    /// One message: the columns, then its text fitted to what is left of the width.
    private func row(_ message: InputMessage, verdict: Verdict, update: ConversationVerdict) -> String {
        let evidence = !verdict.hits.isEmpty
        let stage = (update.stageChange != nil ? "→ " : "  ") + update.stage.rawValue
        let cells = [String(message.line), TerminalText.fitted(message.sender ?? "", width: Self.columns[1] - 2),
                     verdict.level.rawValue, update.level.rawValue, stage]
        var plain = "", painted = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(0, Self.columns[index] - TerminalText.columns(of: cell)))
            plain += cell + padding
            switch index {
            case 0 where evidence: painted += style.paint(cell, TerminalStyle.lineNumber)
            case 2 where evidence: painted += style.paint(cell, TerminalStyle.level(verdict.level))
            case 3 where evidence: painted += style.paint(cell, TerminalStyle.level(update.level))
            case 4 where update.stageChange != nil: painted += style.paint(cell, TerminalStyle.bold)
            default: painted += cell
            }
            painted += padding
        }
        let room = width - TerminalText.columns(of: plain)
        guard room > 0 else { return TerminalText.fitted(plain, width: width) }
        let view = TerminalText.view(of: message.text, evidence: verdict.hits.flatMap(\.spans), width: room, style: style)
        return painted + view.text
    }

    /// The lines after the arc that say what moved a conversation.
    private func summary(_ summary: ConversationSummary, notes: Notes) -> [String] {
        var lines: [String] = []
        let part = summary.resumedAfterEviction ? " (resumed after an eviction)" : summary.evicted ? " (evicted)" : ""
        let name = "conversation " + TerminalText.sanitized(summary.conversation)
        let peak = summary.peakMessage.map { " (\(summary.peakScore)) at line \($0.line)" } ?? ""
        let rest = ", stage \(summary.stage.rawValue)"
        lines.append(fit(style.paint(name, TerminalStyle.bold) + part + ": \(summary.messages) messages, peak "
            + style.paint(summary.peakLevel.rawValue, TerminalStyle.level(summary.peakLevel)) + peak + rest,
            plain: name + part + ": \(summary.messages) messages, peak \(summary.peakLevel.rawValue)" + peak + rest))
        for change in summary.stageHistory {
            lines += wrapped("  stage \(change.stage.rawValue) at line \(change.message.line): ", change.reason.components(separatedBy: " + "),
                             separator: " + ")
        }
        for composite in summary.composites {
            lines += wrapped("  composite \(composite.name) (\(composite.level.rawValue)) from line\(composite.evidence.count == 1 ? "" : "s") ",
                             composite.evidence.map { String($0.line) }, separator: ", ")
        }
        for hit in notes.hits {
            lines += wrapped("  line \(hit.line): ", hit.rules, separator: ", ")
        }
        return lines
    }

    /// `prefix` and `items` joined by `separator`, broken into lines of at most the width
    /// (continuation lines indented under the first item).
    private func wrapped(_ prefix: String, _ items: [String], separator: String) -> [String] {
        var lines: [String] = [], current = prefix
        let indent = String(repeating: " ", count: min(prefix.count, max(0, width / 2)))
        var first = true
        for (index, item) in items.enumerated() {
            let piece = item + (index + 1 < items.count ? String(separator.reversed().drop { $0 == " " }.reversed()) : "")
            let addition = (first ? "" : " ") + piece
            if !first && TerminalText.columns(of: current + addition) > width {
                lines.append(current)
                current = indent + piece
            } else {
                current += addition
            }
            first = false
        }
        lines.append(current)
        return lines.map { TerminalText.fitted($0, width: width) }
    }

    /// `painted`, or `plain` cut to the width when it does not fit (the colours go then).
    private func fit(_ painted: String, plain: String) -> String {
        TerminalText.columns(of: plain) <= width ? painted : TerminalText.fitted(plain, width: width)
    }
}
