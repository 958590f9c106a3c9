import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen eval [FILE…]`: precision, recall and per-rule statistics on labelled messages.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the rule pack on labelled messages: precision, recall, F1, per-rule hit frequencies.",
        discussion: """
            Example:
              chatscreen eval labelled.jsonl
              chatscreen eval --facet lang --facet style labelled.jsonl
              chatscreen eval --by conversation --weights fitted.weights x.jsonl

            Input: JSONL or CSV with a label on every message (--label-field,
            default `label`). `benign` is negative; `extortion` or a category
            name (payment_demand, publish_threat, friends_listing, deadline,
            recording_claim, platform_move, image_request, grooming,
            intimidation) is positive. A record without a known label is an
            error record: counted and listed by line, never dropped.

            Definitions:
            - An item is a message or, with --by conversation, a conversation
              (by the conversation field). A message is judged alone, by its
              own verdict, as `score --no-conversation` judges it.
            - A conversation is positive when any of its messages is. It is
              judged by its conversation level: its messages are fed, in input
              order, to the conversation tracker (with the sender and
              timestamp fields, as `score` feeds it), and its score and level
              are the peak of `conversation_score` and `conversation_level`
              after each message, composites included. Every message needs a
              conversation id.
            - At level L, predicted positive means level >= L. Precision,
              recall and F1 are given at low, medium, high and critical; the
              confusion matrix, per-category recall and worst lists use
              --min-level.
            - Per-category recall of K: of the items labelled K, the share
              with a level >= --min-level and K among the categories of its
              verdict (of any of its messages' verdicts, for a conversation).
            - --facet FIELD (repeatable) adds a table per field: for each
              value of it (`-` when a record has none; `(mixed)` for a
              conversation whose messages differ), the items, positives and
              negatives, the recall at low, medium, high and critical over
              the positives, and the share of negatives at or above each
              level (false-positive rate).
            - Per-rule statistics: hits on positive and negative items, and
              S/O = positive hits / all hits; sorted by S/O, then hits. Only
              the rules that hit at least once are listed (the others are
              counted: rules_without_hits in JSON); --all-rules lists every
              rule.
            - Worst false positives: flagged negatives, highest score first;
              worst false negatives: unflagged positives, lowest score first.
              They show line numbers, ids and rule names; message text only
              with --show-text.
            - --threshold-sweep adds the metrics at score >= 0.00, 0.05, ...,
              1.00.

            Error records are listed in the report; stderr says how many and
            where the first is.

            Exit status: 0 on success (also when the reader of the output
            goes away, as with `| head`); 1 when reading or writing fails or
            a file cannot be opened; 2 on usage, rule-pack or weights-file
            errors, or plain-text input; 3 when nothing could be read from an
            input (every record an error record or without a known label; a
            CSV header without the text column stops at once).
            """
    )

    @OptionGroup var pack: RulePackOptions
    @OptionGroup var input: LabelledInputOptions
    @OptionGroup var conversationFields: ConversationFieldOptions

    @Option(help: ArgumentHelp("A weights file from `chatscreen rules fit` to apply to the pack.", valueName: "file"))
    var weights: String?

    @Option(help: """
        Evaluate each message (alone) or each conversation (by its peak conversation level): message or conversation.
        """)
    var by: Evaluator.Unit = .message

    @Option(name: .customLong("facet"), help: ArgumentHelp(
        "Add recall and false-positive rates per value of this JSONL/CSV field (repeatable), e.g. lang or style.",
        valueName: "field"))
    var facets: [String] = []

    @Option(help: "The level of the confusion matrix, per-category recall and worst lists: low, medium, high or critical.")
    var minLevel: Level = .medium

    @Option(help: "Output a text table or JSON (default: text on a terminal, JSON otherwise).")
    var format: OutputFormat?

    @Flag(help: "Add precision and recall at score thresholds 0.00, 0.05, …, 1.00.")
    var thresholdSweep = false

    @Flag(help: "Show the message text of the worst false positives and negatives (default: line numbers and ids only).")
    var showText = false

    @Option(help: "How many worst false positives and false negatives to list.")
    var worst = 10

    @Flag(help: "List every rule in the per-rule statistics (default: only the rules that hit at least once).")
    var allRules = false

    func validate() throws {
        guard worst >= 0 else { throw ValidationError("--worst must be 0 or more") }
        if facets.contains(input.messageFields.textField) {
            throw ValidationError("--facet \(input.messageFields.textField) names the text field, which would print message "
                + "text as facet values; facet by a field such as lang or style")
        }
        if let empty = facets.firstIndex(of: "") {
            throw ValidationError("--facet needs a field name, such as --facet lang; --facet number \(empty + 1) is empty")
        }
    }

    /// The facet fields in the order first given, each once.
    var facetFields: [String] {
        var seen = Set<String>()
        return facets.filter { seen.insert($0).inserted }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let rules = try RuleWeightsLoading.apply(weights, to: RulePackLoading.load(pack))
        let scanner = try MessageScanner(rules: rules)
        let facetFields = self.facetFields
        var evaluator = Evaluator(rules: rules, unit: by, minLevel: minLevel, worstCount: worst, keepsText: showText,
                                  facets: facetFields)
        let labelField = input.labelField, conversationField = input.conversationField
        let byConversation = by == .conversation
        var fields = input.fields
        fields.sender = conversationFields.senderField
        fields.timestamp = conversationFields.timestampField
        fields.extra = facetFields
        var times = MessageTimes(field: conversationFields.timestampField)
        let tally = try input.read(fields: fields) { file, record -> UnusableRecord? in
            switch record {
            case .message(let message):
                switch LabelledInputOptions.label(of: message, field: labelField) {
                case .failure(let problem):
                    evaluator.addError(line: message.line, file: file, reason: problem.reason)
                    return UnusableRecord(line: message.line, reason: problem.reason)
                case .success(let label):
                    if byConversation && message.conversation == nil {
                        let reason = "field \"\(conversationField)\" is missing; --by conversation needs a conversation id on "
                            + "every message (choose the field with --conversation-field)"
                        evaluator.addError(line: message.line, file: file, reason: reason)
                        return UnusableRecord(line: message.line, reason: reason)
                    }
                    let verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                    let time = byConversation ? times.epochSeconds(of: message) : nil
                    evaluator.add(verdict, label: label, line: message.line, id: message.id,
                                  conversation: message.conversation, sender: message.sender, timestamp: time,
                                  file: file, facets: message.extra) {
                        String(decoding: message.text, as: UTF8.self)
                    }
                    return nil
                }
            case .error(let line, let reason):
                evaluator.addError(line: line, file: file, reason: reason)
                return UnusableRecord(line: line, reason: reason)
            case .skipped:
                return nil  // system, media and deleted-message lines carry no text to evaluate
            }
        }
        let report = evaluator.report()
        let useJSON = (format ?? (Terminal.standardOutputIsTerminal ? .text : .json)) == .json
        var out = useJSON
            ? EvaluationRendering.json(report, sweep: thresholdSweep, allRules: allRules)
            : Array(EvaluationRendering.text(report, rules: rules, sweep: thresholdSweep, allRules: allRules).utf8)
        if !useJSON { out.append(0x0A) }
        try FitRules.writeStandardOutput(out)
        if let warning = times.warning { Terminal.standardError("chatscreen: \(warning)\n") }
        if let summary = tally.summary(of: "record(s) could not be evaluated and are listed under errors in the report") {
            Terminal.standardError(summary)
        }
        try tally.requireSomethingRead(hint: InputHints.labelled)
    }
}

extension Evaluator.Unit: ExpressibleByArgument {}

/// Input options shared by `eval` and `rules fit`: labelled JSONL or CSV files.
struct LabelledInputOptions: ParsableArguments {
    @Option(help: "Input format: auto (JSONL when the first non-blank byte is `{`), jsonl or csv.")
    var input: InputFormat = .auto

    @Option(help: "JSONL/CSV field holding the label: benign, extortion or a category name.")
    var labelField = "label"
    @OptionGroup var messageFields: MessageFieldOptions
    var conversationField: String { messageFields.conversationField }

    @Argument(help: ArgumentHelp("Labelled input files (default: standard input).", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        guard input != .text else {
            throw ValidationError("--input text has no labels; give labelled JSONL or CSV (--input jsonl or csv)")
        }
    }

    var fields: FieldNames {
        FieldNames(text: messageFields.textField, id: messageFields.idField, conversation: conversationField, label: labelField)
    }

    /// A label that could not be used; `reason` never contains the label's value, which could be
    /// message text when --label-field names the wrong field.
    struct LabelProblem: Error {
        var reason: String
    }

    /// The label of a message, or why it has none.
    static func label(of message: InputMessage, field: String) -> Result<EvaluationLabel, LabelProblem> {
        guard let value = message.label else {
            return .failure(LabelProblem(reason: "field \"\(field)\" is missing or null; label every message "
                + "(benign, extortion or a category name), or choose the field with --label-field"))
        }
        guard let label = EvaluationLabel(value) else {
            return .failure(LabelProblem(reason: "field \"\(field)\" has an unknown label (\(value.count) characters, "
                + "not shown); use one of \(EvaluationLabel.expectedValues)"))
        }
        return .success(label)
    }

    /// Calls `body` with each record of each input, and the file name when there are several
    /// inputs; `body` returns why the record could not be used (an error record, a missing or
    /// unknown label), or nil. Returns the tally of every input, for the summary and exit status 3.
    /// Exits 1 when a file cannot be opened or reading fails, 2 when the input is plain text,
    /// 3 at once when a CSV header lacks the text column.
    /// `fields` overrides ``fields`` (to read more of each record, as `eval` does).
    ///
    /// ```swift
    /// let tally = try input.read { file, record in
    ///     guard case .error(let line, let reason) = record else { return nil }
    ///     return UnusableRecord(line: line, reason: reason)
    /// }
    /// try tally.requireSomethingRead(hint: InputHints.labelled)
    /// ```
    func read(fields: FieldNames? = nil,
              _ body: (_ file: String?, _ record: InputRecord) throws -> UnusableRecord?) throws -> InputTally {
        let fields = fields ?? self.fields
        let inputs = files.isEmpty ? ["-"] : files
        var tally = InputTally()
        for path in inputs {
            let fd: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
            guard fd >= 0 else {
                Terminal.standardError("error: cannot open \(path): \(String(cString: strerror(errno))); "
                    + "check the path and its permissions\n")
                throw ExitStatus.ioFailure
            }
            defer { if fd != STDIN_FILENO { close(fd) } }
            var reader = MessageReader(fileDescriptor: fd, format: input, fields: fields)
            let name = path == "-" ? "standard input" : path
            let file = inputs.count > 1 ? path : nil
            tally.begin(path)
            do {
                while let record = try reader.next() {
                    if reader.resolvedFormat == .text {
                        Terminal.standardError("error: \(name) is plain text, which has no labels; give labelled JSONL "
                            + "(one object per line, with a \"\(labelField)\" field) or CSV with --input csv\n")
                        throw ExitStatus.usage
                    }
                    if case .error = record, let reason = reader.unreadableReason {
                        Terminal.standardError("error: nothing can be read from \(name): \(reason)\n")
                        throw ExitStatus.nothingRead
                    }
                    if let unusable = try body(file, record) {
                        tally.countError(line: unusable.line, reason: unusable.reason)
                    } else {
                        tally.countUsable()
                    }
                }
                if let reason = reader.unreadableReason {
                    Terminal.standardError("error: nothing can be read from \(name): \(reason)\n")
                    throw ExitStatus.nothingRead
                }
            } catch let error as InputReadError {
                Terminal.standardError("error: reading \(name) failed: \(error)\n")
                throw ExitStatus.ioFailure
            }
        }
        return tally
    }
}

/// Applies `--weights FILE` to a loaded pack; on a bad file, prints the problems (with line
/// numbers) to standard error and exits 2. `score` can call it the same way.
///
/// ```swift
/// let rules = try RuleWeightsLoading.apply(weights, to: RulePackLoading.load(pack))
/// ```
enum RuleWeightsLoading {
    static func apply(_ path: String?, to rules: RuleSet) throws -> RuleSet {
        guard let path else { return rules }
        do {
            return try rules.reweighted(WeightsFile.load(path: path))
        } catch let error as WeightsFileError {
            Terminal.standardError("\(error)\n")
            Terminal.standardError("error: the weights file \(path) was not loaded\n")
            throw ExitCode(2)
        } catch {
            Terminal.standardError("error: \(path): \(error)\n")
            throw ExitCode(2)
        }
    }
}

/// The JSON and text renderings of an ``EvaluationReport``.
enum EvaluationRendering {
    /// One JSON object (and a newline). Metrics have four decimals and are null when undefined.
    /// `rules` lists the rules that hit at least once (every rule with `allRules`), and
    /// `rules_without_hits` counts the others.
    static func json(_ report: EvaluationReport, sweep: Bool, allRules: Bool = false) -> [UInt8] {
        var json = JSONWriter(capacity: 1 << 14)
        json.beginObject()
        json.key("by"); json.string(report.unit.rawValue)
        json.key("min_level"); json.string(report.minLevel.rawValue)
        json.key("messages"); json.int(report.messages)
        json.key("items"); json.int(report.items)
        json.key("positives"); json.int(report.positives)
        json.key("negatives"); json.int(report.negatives)
        json.key("error_count"); json.int(report.errorCount)
        json.key("levels")
        json.beginArray()
        for row in report.levels {
            json.beginObject()
            json.key("level"); json.string(row.level.rawValue)
            counts(row.counts, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("confusion")
        json.beginObject()
        json.key("level"); json.string(report.minLevel.rawValue)
        counts(report.confusion, into: &json)
        json.endObject()
        json.key("categories")
        json.beginArray()
        for row in report.categories {
            json.beginObject()
            json.key("category"); json.string(row.category.rawValue)
            json.key("labelled"); json.int(row.labelled)
            json.key("recalled"); json.int(row.recalled)
            json.key("recall"); metric(row.recall, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("rules_without_hits"); json.int(report.rules.filter { $0.hits == 0 }.count)
        json.key("rules")
        json.beginArray()
        for row in report.rules where allRules || row.hits > 0 {
            json.beginObject()
            json.key("rule"); json.string(row.name)
            json.key("category"); json.string(row.category.rawValue)
            json.key("weight"); json.double(row.weight, decimals: 3)
            json.key("hits_positive"); json.int(row.hitsPositive)
            json.key("hits_negative"); json.int(row.hitsNegative)
            json.key("so"); metric(row.positiveShare, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("false_positives"); items(report.falsePositives, into: &json)
        json.key("false_negatives"); items(report.falseNegatives, into: &json)
        if !report.facets.isEmpty {
            json.key("facets")
            json.beginObject()
            for facet in report.facets {
                json.key(named: facet.name)
                json.beginArray()
                for row in facet.values { facetValue(row, into: &json) }
                json.endArray()
            }
            json.endObject()
        }
        if sweep {
            json.key("sweep")
            json.beginArray()
            for row in report.sweep() {
                json.beginObject()
                json.key("threshold"); json.double(row.threshold, decimals: 2)
                counts(row.counts, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.key("errors")
        json.beginArray()
        for error in report.errors {
            json.beginObject()
            if let file = error.file { json.key("file"); json.string(file) }
            json.key("line"); json.int(error.line)
            json.key("error"); json.string(error.reason)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.newline()
        return json.bytes
    }

    static func counts(_ counts: ConfusionCounts, into json: inout JSONWriter) {
        json.key("precision"); metric(counts.precision, into: &json)
        json.key("recall"); metric(counts.recall, into: &json)
        json.key("f1"); metric(counts.f1, into: &json)
        json.key("tp"); json.int(counts.truePositives)
        json.key("fp"); json.int(counts.falsePositives)
        json.key("fn"); json.int(counts.falseNegatives)
        json.key("tn"); json.int(counts.trueNegatives)
    }

    /// `{"value": "de", "items": 12, "positives": 5, "negatives": 7, "recalled": {"low": 4, …},
    /// "recall": {"low": 0.8, …}, "flagged_negatives": {…}, "fp_rate": {…}}`.
    private static func facetValue(_ row: FacetValueCounts, into json: inout JSONWriter) {
        let levels = Level.allCases.dropFirst()
        json.beginObject()
        json.key("value"); json.string(row.value)
        json.key("items"); json.int(row.items)
        json.key("positives"); json.int(row.positives)
        json.key("negatives"); json.int(row.negatives)
        json.key("recalled")
        json.beginObject()
        for level in levels { json.key(named: level.rawValue); json.int(row.recalled(atLeast: level)) }
        json.endObject()
        json.key("recall")
        json.beginObject()
        for level in levels { json.key(named: level.rawValue); metric(row.recall(atLeast: level), into: &json) }
        json.endObject()
        json.key("flagged_negatives")
        json.beginObject()
        for level in levels { json.key(named: level.rawValue); json.int(row.flaggedNegatives(atLeast: level)) }
        json.endObject()
        json.key("fp_rate")
        json.beginObject()
        for level in levels { json.key(named: level.rawValue); metric(row.falsePositiveRate(atLeast: level), into: &json) }
        json.endObject()
        json.endObject()
    }

    static func metric(_ value: Double?, into json: inout JSONWriter) {
        if let value { json.double(value, decimals: 4) } else { json.null() }
    }

    private static func items(_ items: [EvaluationItem], into json: inout JSONWriter) {
        json.beginArray()
        for item in items {
            json.beginObject()
            if let file = item.file { json.key("file"); json.string(file) }
            json.key("line"); json.int(item.line)
            if let id = item.id { json.key("id"); json.string(id) }
            if let conversation = item.conversation { json.key("conversation"); json.string(conversation) }
            if item.messages != 1 || item.conversation != nil { json.key("messages"); json.int(item.messages) }
            json.key("score"); json.double(item.score, decimals: 3)
            json.key("level"); json.string(item.level.rawValue)
            json.key("rules")
            json.beginArray()
            for rule in item.rules { json.string(rule) }
            json.endArray()
            if let text = item.text { json.key("text"); json.string(text) }
            json.endObject()
        }
        json.endArray()
    }

    /// Tables for a terminal. The rules table lists the rules that hit at least once (every rule
    /// with `allRules`) and counts the others.
    static func text(_ report: EvaluationReport, rules: RuleSet, sweep: Bool, allRules: Bool = false) -> String {
        var out: [String] = []
        let unit = report.unit == .message ? "messages" : "conversations"
        var summary = "Evaluated \(report.items) \(unit) (\(report.positives) positive, \(report.negatives) negative)"
        if report.unit == .conversation { summary += " from \(report.messages) messages" }
        summary += report.errorCount == 0 ? "." : "; \(report.errorCount) record(s) could not be evaluated (see Errors)."
        out.append(summary)
        out.append("")
        out.append("Level thresholds (predicted positive: level ≥ threshold)")
        var levels = TextTable(["threshold", "precision", "recall", "F1", "TP", "FP", "FN", "TN"], rightAligned: 1...7)
        for row in report.levels { levels.add([row.level.rawValue] + cells(row.counts)) }
        out.append(levels.rendered)
        out.append("")
        let c = report.confusion
        out.append("Confusion matrix at \(report.minLevel.rawValue)")
        var confusion = TextTable(["", "predicted +", "predicted −"], rightAligned: 1...2)
        confusion.add(["labelled +", "\(c.truePositives)", "\(c.falseNegatives)"])
        confusion.add(["labelled −", "\(c.falsePositives)", "\(c.trueNegatives)"])
        out.append(confusion.rendered)
        out.append("")
        let labelled = report.categories.filter { $0.labelled > 0 }
        out.append("Per-category recall at \(report.minLevel.rawValue) (the category among the verdict's categories and "
            + "level ≥ \(report.minLevel.rawValue))")
        if labelled.isEmpty {
            out.append("  no items are labelled with a category")
        } else {
            var categories = TextTable(["category", "labelled", "recalled", "recall"], rightAligned: 1...3)
            for row in labelled { categories.add([row.category.rawValue, "\(row.labelled)", "\(row.recalled)", decimal(row.recall)]) }
            out.append(categories.rendered)
        }
        for facet in report.facets {
            out.append("")
            out.append("By \(facet.name): recall R over the positives and false-positive rate FP over the negatives, "
                + "at each level or above")
            let header = [facet.name, "items", "pos", "neg", "R low", "R med", "R high", "R crit",
                          "FP low", "FP med", "FP high", "FP crit"]
            var table = TextTable(header, rightAligned: 1...11)
            let levels = Array(Level.allCases.dropFirst())
            for row in facet.values {
                table.add([row.value, "\(row.items)", "\(row.positives)", "\(row.negatives)"]
                    + levels.map { rate(row.recall(atLeast: $0)) } + levels.map { rate(row.falsePositiveRate(atLeast: $0)) })
            }
            out.append(table.rendered)
        }
        out.append("")
        out.append("Rules (hits on positive and negative \(unit); S/O = share of positives among the rule's hits)")
        let fired = report.rules.filter { $0.hits > 0 }
        let listed = allRules ? report.rules : fired
        if listed.isEmpty {
            out.append(report.rules.isEmpty ? "  the pack has no rules" : "  no rule fired")
        } else {
            var table = TextTable(["rule", "category", "weight", "positive", "negative", "S/O"], rightAligned: 2...5)
            for row in listed {
                table.add([row.name, row.category.rawValue, String(format: "%.2f", row.weight), "\(row.hitsPositive)",
                           "\(row.hitsNegative)", decimal(row.positiveShare)])
            }
            out.append(table.rendered)
        }
        let silent = report.rules.count - fired.count
        if silent > 0 && !allRules {
            out.append("  \(silent) rule\(silent == 1 ? "" : "s") with no hit (not listed; --all-rules lists every rule)")
        }
        for (title, list) in [("Worst false positives (negatives at \(report.minLevel.rawValue) or above, highest score first)",
                               report.falsePositives),
                              ("Worst false negatives (positives below \(report.minLevel.rawValue), lowest score first)",
                               report.falseNegatives)] {
            out.append("")
            out.append(title)
            if list.isEmpty {
                out.append("  none")
                continue
            }
            let showFile = list.contains { $0.file != nil }
            let conversations = report.unit == .conversation
            var header = (showFile ? ["file"] : []) + ["line", "id", "conversation"] + (conversations ? ["messages"] : [])
                + ["score", "level", "rules"]
            if list.contains(where: { $0.text != nil }) { header.append("text") }
            let offset = showFile ? 1 : 0
            var worst = TextTable(header, rightAligned: [offset, offset + 3] + (conversations ? [offset + 4] : []))
            for item in list {
                var row = (showFile ? [item.file ?? "-"] : []) + ["\(item.line)", item.id ?? "-", item.conversation ?? "-"]
                    + (conversations ? ["\(item.messages)"] : [])
                row += [String(format: "%.3f", item.score), item.level.rawValue,
                        item.rules.isEmpty ? "-" : item.rules.joined(separator: ", ")]
                if header.last == "text" { row.append(oneLine(item.text ?? "")) }
                worst.add(row)
            }
            out.append(worst.rendered)
        }
        if sweep {
            out.append("")
            out.append("Score threshold sweep (predicted positive: score ≥ threshold)")
            var table = TextTable(["score ≥", "precision", "recall", "F1", "TP", "FP", "FN", "TN"], rightAligned: 0...7)
            for row in report.sweep() { table.add([String(format: "%.2f", row.threshold)] + cells(row.counts)) }
            out.append(table.rendered)
        }
        if report.errorCount > 0 {
            out.append("")
            let shown = report.errors.count < report.errorCount ? " (the first \(report.errors.count) shown)" : ""
            out.append("Errors: \(report.errorCount) record(s) not evaluated\(shown)")
            for error in report.errors {
                out.append("  \(error.file.map { "\($0):" } ?? "line ")\(error.line): \(error.reason)")
            }
        }
        return out.joined(separator: "\n")
    }

    private static func cells(_ counts: ConfusionCounts) -> [String] {
        [decimal(counts.precision), decimal(counts.recall), decimal(counts.f1), "\(counts.truePositives)",
         "\(counts.falsePositives)", "\(counts.falseNegatives)", "\(counts.trueNegatives)"]
    }

    private static func decimal(_ value: Double?) -> String {
        value.map { String(format: "%.4f", $0) } ?? "—"
    }

    /// A rate in a facet table: three decimals, `—` when undefined.
    private static func rate(_ value: Double?) -> String {
        value.map { String(format: "%.3f", $0) } ?? "—"
    }

    /// Message text on one table line: control characters (line breaks, tabs) become spaces.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}

/// A plain-text table with columns padded to their widest cell.
struct TextTable {
    private var rows: [[String]]
    private let rightAligned: Set<Int>

    init(_ header: [String], rightAligned: some Sequence<Int>) {
        rows = [header]
        self.rightAligned = Set(rightAligned)
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    var rendered: String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            var line = " "
            for (i, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[i] - cell.count)
                let last = i == row.count - 1
                line += " " + (rightAligned.contains(i) ? padding + cell : (last ? cell : cell + padding))
                if !last { line += " " }
            }
            return line
        }.joined(separator: "\n")
    }
}
