import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen explain "text"`: a human-readable verdict with the hits highlighted.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the verdict on a message: hits, spans, score arithmetic and level.",
        discussion: """
            Examples:
              chatscreen explain "pay £500 or this is going over Facebook"
              chatscreen explain --arc chat.jsonl
            With no TEXT, each line of standard input is explained. With --arc, each message of a
            chat log (any input `score` reads: JSONL, CSV, plain lines, a chat export; `-` for
            standard input) is shown on one line, cut to the terminal width (COLUMNS, else the
            terminal's), with its level, its conversation's level and stage (→ where it moved the
            stage) and its text, evidence highlighted; then each conversation's stage changes,
            composites and the rules that fired on each message.
            Exit status: 0 on success (also when the reader of the output goes away, as with
            `| head`); 1 when reading or writing fails or the --arc file cannot be opened; 2 on
            usage or rule-pack errors; 3 when nothing could be read from the --arc input (every
            record an error record).
            """
    )

    @OptionGroup var pack: RulePackOptions

    @OptionGroup var colorOptions: ColorOptions

    @Flag(name: .long, help: ArgumentHelp("The same as --color never.", visibility: .hidden))
    var noColor = false

    @Option(help: ArgumentHelp(
        "A chat log (as `score` reads it; `-` for standard input): show each conversation's arc instead.",
        valueName: "file"))
    var arc: String?

    @Option(help: "With --arc: the input format, as for `score` (auto, text, jsonl, csv or a chat export).")
    var input: ScoreInput = .auto

    @Option(help: "With --arc: the date order of WhatsApp exports (auto, day-first or month-first).")
    var dateOrder: WhatsAppDateOrder = .auto

    @OptionGroup var messageFields: MessageFieldOptions
    @OptionGroup var conversationFields: ConversationFieldOptions

    @Argument(help: "The message text.")
    var text: [String] = []

    func run() throws {
        let rules = try RulePackLoading.load(pack)
        let scanner = try MessageScanner(rules: rules)
        let style = noColor ? TerminalStyle.plain : colorOptions.color.standardOutputStyle
        let colour = style.colour
        if let arc {
            try explainArc(path: arc, rules: rules, scanner: scanner, style: style)
            return
        }
        var messages = text.isEmpty ? [] : [text.joined(separator: " ")]
        if text.isEmpty {
            while let line = readLine() {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { messages.append(line) }
            }
        }
        for (index, message) in messages.enumerated() {
            if index > 0 { print("") }
            print(Explanation(message: message, scanner: scanner, colour: colour).rendered, terminator: "")
        }
    }
}

extension ExplainCommand {
    /// `--arc`: opens the input as `score` does (``ScoreCommand/openInput(_:fields:)``, so every
    /// format and export `score` reads) and prints its arc.
    func explainArc(path: String, rules: RuleSet, scanner: MessageScanner, style: TerminalStyle) throws {
        let fields = FieldNames(text: messageFields.textField, id: messageFields.idField,
                                conversation: messageFields.conversationField, sender: conversationFields.senderField,
                                timestamp: conversationFields.timestampField)
        let opener = try ScoreCommand.parse(["--input", input.rawValue, "--date-order", dateOrder.rawValue])
        guard let opened = try opener.openInput(path, fields: fields) else {
            Terminal.standardError("error: cannot open \(path): \(String(cString: strerror(errno))); "
                + "check the path and its permissions\n")
            throw ExitStatus.ioFailure
        }
        defer { if opened.fd >= 0 && opened.fd != STDIN_FILENO { close(opened.fd) } }
        var reader = opened.reader
        let arc = ConversationArc(rules: rules, scanner: scanner, style: style, width: TerminalWidth.current(),
                                  timestampField: conversationFields.timestampField)
        do {
            try arc.explain(reader: &reader, path: path)
        } catch let error as ExitCode {
            throw error
        } catch let error as UnreadableInput {
            Terminal.standardError("error: nothing can be read from \(path == "-" ? "standard input" : path): \(error.reason)\n")
            throw ExitStatus.nothingRead
        } catch {
            Terminal.standardError("error: reading \(path == "-" ? "standard input" : path) failed: \(error)\n")
            throw ExitStatus.ioFailure
        }
    }
}

/// The text rendering of one verdict, shared by `explain`.
struct Explanation {
    let message: String
    let verdict: Verdict
    let normalized: String
    let scoring: ScoringPolicy
    let colour: Bool

    init(message: String, scanner: MessageScanner, colour: Bool) {
        self.message = message
        self.verdict = scanner.scan(message)
        self.normalized = scanner.lastText?.normalizedString ?? ""
        self.scoring = scanner.rules.scoring
        self.colour = colour
    }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func slice(_ span: ByteSpan) -> String {
        let bytes = Array(message.utf8)
        let start = max(0, min(span.start, bytes.count)), end = max(start, min(span.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    var rendered: String {
        var out = ""
        let bytes = Array(message.utf8)
        let spans = verdict.hits.flatMap(\.spans).sorted()
        // The message with hit spans highlighted (colour) or underlined (carets).
        var highlighted = "", carets = "", cursor = 0
        for span in spans where span.start >= cursor {
            let before = String(decoding: bytes[cursor..<span.start], as: UTF8.self)
            highlighted += before
            carets += String(repeating: " ", count: before.count)
            let hit = slice(span)
            highlighted += paint(hit, "1;31")
            carets += String(repeating: "^", count: hit.count)
            cursor = span.end
        }
        highlighted += String(decoding: bytes[min(cursor, bytes.count)...], as: UTF8.self)
        out += "message:    \(highlighted)\n"
        if !colour && !spans.isEmpty { out += "            \(carets)\n" }
        if normalized != message { out += "normalised: \(normalized)\n" }
        if !verdict.flags.isEmpty { out += "folds:      \(verdict.flags.names.joined(separator: ", "))\n" }
        out += "level:      \(paint(verdict.level.rawValue, levelColour)) (score \(format(verdict.score)))\n"
        if verdict.hits.isEmpty {
            out += "hits:       none\n"
            return out
        }
        out += "hits:\n"
        let nameWidth = verdict.hits.map(\.rule.count).max() ?? 0
        let categoryWidth = verdict.hits.map(\.category.rawValue.count).max() ?? 0
        for hit in verdict.hits {
            let evidence = hit.spans.map { "\"\(slice($0))\" \($0)" }.joined(separator: ", ")
            out += "  \(hit.rule.padding(toLength: nameWidth, withPad: " ", startingAt: 0))  "
                + "\(hit.category.rawValue.padding(toLength: categoryWidth, withPad: " ", startingAt: 0))  "
                + "weight \(format(hit.weight))\(hit.usedFold ? " (after \(hit.folds.names.joined(separator: "+")) fold)" : "")  \(evidence)\n"
        }
        let (rows, raw) = scoring.breakdown(verdict.hits)
        out += "score:\n"
        for row in rows {
            let capped = row.sum > row.capped ? " capped at \(format(row.capped))" : ""
            out += "  \(row.category.rawValue): \(format(row.sum))\(capped)\n"
        }
        let bonus = scoring.obfuscation(verdict.hits)
        if bonus > 0 { out += "  obfuscation: \(format(bonus)) (\(verdict.flags.intersection(.folds).names.joined(separator: ", ")))\n" }
        out += "  raw = \(format(raw)); score = 1 - exp(-\(format(raw)) / \(format(scoring.scale))) = \(format(verdict.score))"
        if let threshold = scoring.threshold(verdict.level) {
            out += " ≥ \(format(threshold)) → \(verdict.level.rawValue)\n"
        } else {
            out += " → none\n"
        }
        return out
    }

    private var levelColour: String {
        switch verdict.level {
        case .none: "32"
        case .low: "36"
        case .medium: "33"
        case .high, .critical: "1;31"
        }
    }

    private func format(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
