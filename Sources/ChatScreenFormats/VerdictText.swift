import ChatScreen

/// Formats verdicts for people at a terminal (`chatscreen score --format text`): one line per
/// flagged message, each fitted to the terminal's width, never wrapping.
///
/// ```swift
/// let format = VerdictTextFormat(minLevel: .medium, includeFile: false, width: 80, style: .plain)
/// var out: [UInt8] = []
/// format.message(message, verdict: verdict, conversation: update, file: "-", into: &out)
/// // 14: high (conversation critical)  payment_demand, publish_threat  «pay £500 or this is going over Facebook»…
/// ```
///
/// A line holds the message's line number (`file:line` with several files), its level,
/// its categories, the conversation's level when that is higher, and a single-line view of the
/// message with the evidence highlighted (see ``TerminalText/view(of:evidence:width:style:)``).
/// Messages below ``minLevel`` write nothing. Error records write `line: error  reason` and
/// skipped records `line: skipped  reason` (no text: neither carries any). With ``redact``, the
/// view shows the rules that fired instead of the message.
public struct VerdictTextFormat: Sendable {
    /// The level at which a message is shown.
    public var minLevel: Level
    /// Several input files: each line starts with its file.
    public var includeFile: Bool
    /// The terminal's width in columns; no line is longer.
    public var width: Int
    public var style: TerminalStyle
    /// Show no message text: the rules that fired instead of the view.
    public var redact = false
    /// Leave out skipped records, as `--flagged-only` does in JSONL.
    public var flaggedOnly = false

    public init(minLevel: Level, includeFile: Bool, width: Int, style: TerminalStyle) {
        self.minLevel = minLevel
        self.includeFile = includeFile
        self.width = width
        self.style = style
    }

    /// The columns the view keeps at least, before the categories are cut to make room for it.
    var minimumView: Int { max(16, width / 4) }

    /// Appends the line of a flagged message (nothing when it is below ``minLevel``).
    public func message(_ message: InputMessage, verdict: Verdict, conversation: ConversationVerdict?, file: String,
                        into out: inout [UInt8]) {
        guard verdict.isFlagged(atLeast: minLevel) else { return }
        let level = verdict.level.rawValue
        var plain = location(line: message.line, file: file) + " " + level
        var painted = paintedLocation(line: message.line, file: file) + " " + style.paint(level, TerminalStyle.level(verdict.level))
        if let conversation, conversation.level > verdict.level {
            let trailer = " (conversation \(conversation.level.rawValue))"
            // The conversation's level gives way when not even the view fits beside it.
            if width - TerminalText.columns(of: plain + trailer) - 2 >= minimumView {
                plain += trailer
                painted += " (conversation " + style.paint(conversation.level.rawValue, TerminalStyle.level(conversation.level)) + ")"
            }
        }
        // The categories take what the view leaves, cut with `…` when they must be.
        let categories = verdict.categories.map(\.rawValue).joined(separator: ", ")
        let spare = width - TerminalText.columns(of: plain) - 4 - minimumView
        let shown = TerminalText.columns(of: categories) <= spare ? categories
            : spare >= 12 ? TerminalText.fitted(categories, width: spare) : ""
        if !shown.isEmpty {
            plain += "  " + shown
            painted += "  " + shown
        }
        let room = width - TerminalText.columns(of: plain) - 2
        if room > 0 {
            painted += "  "
            if redact {
                painted += TerminalText.fitted(verdict.hits.map(\.rule).joined(separator: ", "), width: room)
            } else {
                painted += TerminalText.view(of: message.text, evidence: verdict.hits.flatMap(\.spans), width: room, style: style).text
            }
        }
        append(painted, fitting: TerminalText.columns(of: plain) + 2 + max(0, room), into: &out)
    }

    /// `12: skipped  media` (nothing with ``flaggedOnly``).
    public func skipped(_ message: InputMessage, reason: String, file: String, into out: inout [UInt8]) {
        if flaggedOnly { return }
        record(line: message.line, file: file, kind: "skipped", code: TerminalStyle.dim, reason: reason, into: &out)
    }

    /// `7: error  invalid JSON at column 17: …`.
    public func error(line: Int, reason: String, file: String, into out: inout [UInt8]) {
        record(line: line, file: file, kind: "error", code: TerminalStyle.error, reason: reason, into: &out)
    }

    private func record(line: Int, file: String, kind: String, code: String, reason: String, into out: inout [UInt8]) {
        let plain = location(line: line, file: file) + " " + kind + "  "
        let room = max(0, width - TerminalText.columns(of: plain))
        let text = paintedLocation(line: line, file: file) + " " + style.paint(kind, code) + "  "
            + TerminalText.fitted(reason, width: room)
        append(text, fitting: TerminalText.columns(of: plain) + room, into: &out)
    }

    /// `a.jsonl:14:` or `14:`, without colour.
    private func location(line: Int, file: String) -> String {
        (includeFile ? TerminalText.sanitized(file) + ":" : "") + "\(line):"
    }

    private func paintedLocation(line: Int, file: String) -> String {
        (includeFile ? style.paint(TerminalText.sanitized(file), TerminalStyle.file) + ":" : "")
            + style.paint(String(line), TerminalStyle.lineNumber) + ":"
    }

    /// Appends `line` and a newline; a line whose columns exceed the width (a terminal too
    /// narrow for the line number and level) is cut, colour and all, rather than wrapped.
    private func append(_ line: String, fitting columns: Int, into out: inout [UInt8]) {
        if columns > width && !style.colour {
            out += Array(TerminalText.fitted(line, width: width).utf8)
        } else if columns > width {
            out += Array(TerminalText.fitted(TerminalText.stripped(line), width: width).utf8)
        } else {
            out += Array(line.utf8)
        }
        out.append(0x0A)
    }
}
