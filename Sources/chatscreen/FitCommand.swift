import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen rules fit [FILE…] --output FILE`: learn rule weights from labelled messages.
struct FitRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Learn rule weights from labelled messages and write them to a weights file.",
        discussion: """
            Example:
              chatscreen rules fit --output fitted.weights labelled.jsonl
              chatscreen eval --weights fitted.weights held-out.jsonl

            Input is read as `chatscreen eval` reads it: benign is negative;
            extortion or a category name is positive; records without a
            known label are counted and reported.

            Method: messages are split into train and test sets by a seeded
            hash (--test-fraction, --seed); all messages of a conversation
            fall on the same side. On the training set an L2-regularised
            logistic regression (Newton's method, deterministic) learns one
            coefficient per rule from which rules fired. The loss of negative
            messages is multiplied by --fp-cost: above 1, a false positive
            costs more, trading recall for precision.

            Mapping: weight = min(category cap, k * max(0, coefficient)),
            k = R / -intercept, where R is the raw total that reaches
            --min-level (1.532 for the shipped medium). A message then
            reaches --min-level exactly when the model finds it more likely
            extortion than not. Evidence against extortion gets weight 0.
            Rules that fired on fewer than --min-hits training messages keep
            their current weight.

            Metrics are reported on the held-out test set only, for the
            fitted and for the current weights, and recorded in the file's
            header with the data, split and seed. The pack is never changed:
            apply the file with --weights.

            Decision: the weights are written only when they are not worse
            than the current weights on the held-out split, by F1 at
            --min-level (the level the pack flags at, medium by default).
            Otherwise, or when the held-out split has no positives to measure
            F1 on, nothing is written and the status is 4; --force writes
            them anyway. The report names the metric and both values.

            Exit status: 0 when the weights were written (also when the
            reader of the output goes away, as with `| head`); 1 when reading
            or writing fails or a file cannot be opened; 2 on usage,
            rule-pack, weights-file or fitting errors; 3 when nothing could
            be read from an input (every record an error record or without
            a known label); 4 when the fitted weights were refused.
            """
    )

    @OptionGroup var pack: RulePackOptions
    @OptionGroup var input: LabelledInputOptions

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Where to write the weights file (`-` for standard output; the report then goes to standard error).",
        valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("A weights file to start from: the `current` weights compared against and kept for rare rules.",
                               valueName: "file"))
    var weights: String?

    @Option(help: "The cost of a false positive relative to a missed positive (weight of negative messages' loss).")
    var fpCost = 1.0

    @Option(help: "L2 penalty strength (a Gaussian prior with variance 1/l2 on each coefficient); must be > 0.")
    var l2 = 1.0

    @Option(help: "The share of messages (by conversation) held out for testing, between 0 and 1.")
    var testFraction = 0.3

    @Option(help: "The seed of the train/test split.")
    var seed: UInt64 = 1

    @Option(help: "Rules with fewer training hits than this keep their current weight.")
    var minHits = 5

    @Option(help: "The level that the fitted model's 50% probability maps to: low, medium, high or critical.")
    var minLevel: Level = .medium

    @Option(help: "Report as a text table or JSON (default: text on a terminal, JSON otherwise).")
    var format: OutputFormat?

    @Flag(help: "Write the weights even when they are worse than the current ones on the held-out split (F1 at --min-level).")
    var force = false

    func validate() throws {
        guard fpCost > 0 && fpCost.isFinite else { throw ValidationError("--fp-cost must be a positive number, such as 1 or 5") }
        guard l2 > 0 && l2.isFinite else { throw ValidationError("--l2 must be a positive number, such as 1") }
        guard testFraction > 0 && testFraction < 1 else {
            throw ValidationError("--test-fraction must be between 0 and 1 (exclusive), such as 0.3")
        }
        guard minHits >= 0 else { throw ValidationError("--min-hits must be 0 or more") }
        if output != "-" {
            if output.hasSuffix(".rules") {
                throw ValidationError("--output \(output) ends in .rules; a weights file is not a rule file "
                    + "(name it, for example, fitted.weights)")
            }
            if let directory = Self.enclosingPack(of: output, rulesOption: pack.rules) {
                throw ValidationError("--output \(output) is inside the rule pack \(directory); `rules fit` never writes "
                    + "into a pack (the shipped weights stay hand-set). Write the weights file elsewhere and apply it "
                    + "with --weights")
            }
        }
    }

    /// The rule pack directory that would contain `path`: the `--rules` directory, or any
    /// directory above `path` holding a `scoring.rules`.
    static func enclosingPack(of path: String, rulesOption: String?) -> String? {
        // Resolve the directory, which exists, rather than the file, which may not yet.
        var directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().resolvingSymlinksInPath()
        if let rulesOption {
            let pack = URL(fileURLWithPath: rulesOption).standardizedFileURL.resolvingSymlinksInPath().path
            let parent = directory.path
            if parent == pack || parent.hasPrefix(pack.hasSuffix("/") ? pack : pack + "/") { return rulesOption }
        }
        while directory.path != "/" && !directory.path.isEmpty {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("scoring.rules").path) {
                return directory.path
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let rules = try RuleWeightsLoading.apply(weights, to: RulePackLoading.load(pack))
        let scanner = try MessageScanner(rules: rules)
        let split = SeededSplit(testFraction: testFraction, seed: seed)
        var train = RuleHitTable(ruleCount: rules.rules.count)
        var test = RuleHitTable(ruleCount: rules.rules.count)
        var errors: [(file: String?, line: Int, reason: String)] = []
        var byConversation = 0
        let labelField = input.labelField
        let tally = try input.read { file, record -> UnusableRecord? in
            switch record {
            case .message(let message):
                switch LabelledInputOptions.label(of: message, field: labelField) {
                case .failure(let problem):
                    if errors.count < 10 { errors.append((file, message.line, problem.reason)) }
                    return UnusableRecord(line: message.line, reason: problem.reason)
                case .success(let label):
                    let verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                    let key: String
                    if let conversation = message.conversation {
                        key = "conversation\u{0}" + conversation
                        byConversation += 1
                    } else {
                        key = "line\u{0}\(file ?? "")\u{0}\(message.line)"
                    }
                    if split.isTest(key) {
                        test.add(verdict, positive: label.isPositive)
                    } else {
                        train.add(verdict, positive: label.isPositive)
                    }
                    return nil
                }
            case .error(let line, let reason):
                if errors.count < 10 { errors.append((file, line, reason)) }
                return UnusableRecord(line: line, reason: reason)
            case .skipped:
                return nil  // system, media and deleted-message lines carry no text to learn from
            }
        }
        let errorCount = tally.errorCount
        for error in errors {
            Terminal.standardError("warning: \(error.file.map { "\($0):" } ?? "line ")\(error.line): \(error.reason)\n")
        }
        if let summary = tally.summary(of: "record(s) could not be used for fitting") { Terminal.standardError(summary) }
        try tally.requireSomethingRead(hint: InputHints.labelled)

        let fitter = WeightFitter(l2: l2, negativeCost: fpCost, anchor: minLevel, minHits: minHits)
        let fitted: FittedWeights
        do {
            fitted = try fitter.fit(train, rules: rules)
        } catch {
            Terminal.standardError("error: cannot fit weights: \(error)\n")
            throw ExitCode(2)
        }
        let current = test.histogram(weights: rules.rules.map(\.weight), rules: rules)
        let heldOut = test.histogram(weights: fitted.weightVector, rules: rules)
        let decision = FitDecision(level: minLevel, testPositives: test.positives,
                                   fitted: heldOut.counts(atLeast: minLevel), current: current.counts(atLeast: minLevel),
                                   force: force)

        let summary = FitSummary(
            files: input.files.isEmpty ? ["standard input"] : input.files, pack: pack.rules ?? "the built-in pack",
            ruleCount: rules.rules.count, baseline: weights, errorCount: errorCount, train: train, test: test,
            splitByConversation: byConversation > 0, options: self, fitted: fitted, current: current, heldOut: heldOut,
            decision: decision)
        let text = WeightsFile.render(fitted.entries, header: summary.header)
        if !decision.writes {
            // Nothing is written; the report still shows both sets of metrics.
        } else if output == "-" {
            try Self.writeStandardOutput(Array(text.utf8))
        } else {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Terminal.standardError("error: cannot write the weights file \(output): \(error.localizedDescription); "
                    + "check that its directory exists and is writable\n")
                throw ExitCode(1)
            }
        }
        let useJSON = (format ?? (Terminal.standardOutputIsTerminal ? .text : .json)) == .json
        let report = useJSON ? String(decoding: summary.json, as: UTF8.self) : summary.text + "\n"
        if output == "-" {
            Terminal.standardError(report)
        } else {
            try Self.writeStandardOutput(Array(report.utf8))
        }
        if !decision.writes {
            Terminal.standardError("error: \(decision.refusal); \(output == "-" ? "no weights were written" : "\(output) was not written"). "
                + "Write them anyway with --force, or try another --fp-cost, --l2 or more data\n")
            throw ExitStatus.checkFailed
        }
    }

    /// Writes to standard output; a closed pipe ends the command quietly, other failures exit 1.
    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        do {
            try writeAll(fd: 1, bytes)
        } catch .brokenPipe {
            throw ExitCode.success
        } catch {
            Terminal.standardError("error: writing to standard output failed: \(error)\n")
            throw ExitCode(1)
        }
    }
}

/// What `rules fit` did, for the weights file header and the report.
struct FitSummary {
    let files: [String]
    let pack: String
    let ruleCount: Int
    let baseline: String?
    let errorCount: Int
    let train: RuleHitTable
    let test: RuleHitTable
    let splitByConversation: Bool
    let options: FitRules
    let fitted: FittedWeights
    let current: OutcomeHistogram
    let heldOut: OutcomeHistogram
    let decision: FitDecision

    /// Three decimals, without a "-0.000".
    private func number(_ value: Double) -> String { String(format: "%.3f", abs(value) < 0.0005 ? 0 : value) }
    private func metric(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "n/a" }

    private func metrics(_ counts: ConfusionCounts) -> String {
        "precision \(metric(counts.precision)), recall \(metric(counts.recall)), F1 \(metric(counts.f1)) "
            + "(TP \(counts.truePositives), FP \(counts.falsePositives), FN \(counts.falseNegatives), TN \(counts.trueNegatives))"
    }

    /// The comment lines at the top of the weights file.
    var header: [String] {
        let model = fitted.model
        let level = options.minLevel.rawValue
        let messages = train.positives + train.negatives + test.positives + test.negatives
        var lines = [
            "Rule weights fitted by `chatscreen rules fit` (L2-regularised logistic regression, Newton's method).",
            "Apply with --weights FILE (chatscreen eval, chatscreen score); the pack's own weights are unchanged.",
            "",
            "data: \(files.joined(separator: ", ")): \(messages) labelled messages "
                + "(\(train.positives + test.positives) positive, \(train.negatives + test.negatives) negative); "
                + "\(errorCount) record(s) not usable",
            "pack: \(pack), \(ruleCount) rules; current weights: \(baseline ?? "the pack's")",
            "split: test fraction \(options.testFraction), seed \(options.seed), "
                + (splitByConversation ? "by conversation id (by line without one)" : "by line")
                + "; train \(train.positives + train.negatives) (\(train.positives) positive), "
                + "test \(test.positives + test.negatives) (\(test.positives) positive)",
            "model: fp-cost \(options.fpCost), l2 \(options.l2), min-hits \(options.minHits); intercept \(number(model.intercept)) "
                + "(\(String(format: "%.1f", 100 / (1 + exp(-model.intercept))))% with no hits); \(model.iterations) iteration(s)"
                + (model.converged ? ", converged" : ", NOT converged"),
            "mapping: weight = min(category cap, k * max(0, coefficient)), k = R_\(level) / -intercept = "
                + "\(number(fitted.anchorRaw)) / \(number(-model.intercept)) = \(number(fitted.factor))",
            "",
            "held-out metrics (test split only, level >= \(level)):",
            "  fitted:  \(metrics(heldOut.counts(atLeast: options.minLevel)))",
            "  current: \(metrics(current.counts(atLeast: options.minLevel)))",
        ]
        if test.positives + test.negatives == 0 {
            lines.append("  (the test split is empty: no held-out metrics; lower --test-fraction's granularity or add data)")
        }
        lines.append("decision: \(decision.sentence)")
        lines.append("")
        return lines
    }

    var text: String {
        var out: [String] = []
        let trainCount = train.positives + train.negatives, testCount = test.positives + test.negatives
        out.append("Fitted \(ruleCount) rule weights on \(trainCount) training messages (\(train.positives) positive); "
            + "held out \(testCount) (\(test.positives) positive).")
        let destination = options.output == "-" ? "the weights to standard output" : options.output
        out.append(decision.writes ? "Wrote \(destination)." : "Did not write \(destination).")
        out.append("Decision: \(decision.sentence).")
        out.append("")
        out.append("Held-out metrics (test split only)")
        var table = TextTable(["threshold", "weights", "precision", "recall", "F1", "TP", "FP", "FN", "TN"], rightAligned: 2...8)
        for level in Level.allCases.dropFirst() {
            for (name, histogram) in [("fitted", heldOut), ("current", current)] {
                let c = histogram.counts(atLeast: level)
                table.add([level.rawValue, name, metric(c.precision), metric(c.recall), metric(c.f1), "\(c.truePositives)",
                           "\(c.falsePositives)", "\(c.falseNegatives)", "\(c.trueNegatives)"])
            }
        }
        out.append(table.rendered)
        out.append("")
        out.append("Weights (k = \(number(fitted.factor)); coefficient = log-odds the rule adds)")
        var weights = TextTable(["rule", "current", "fitted", "coefficient", "positive", "negative", ""], rightAligned: 1...5)
        for rule in fitted.rules {
            weights.add([rule.name, String(format: "%.2f", rule.currentWeight), String(format: "%.3f", rule.weight),
                         number(rule.coefficient), "\(rule.hitsPositive)", "\(rule.hitsNegative)",
                         rule.kept ? "kept (< \(options.minHits) hits)" : ""])
        }
        out.append(weights.rendered)
        if !fitted.model.converged {
            out.append("")
            out.append("warning: the fit did not converge in \(fitted.model.iterations) iterations; try a larger --l2")
        }
        return out.joined(separator: "\n")
    }

    var json: [UInt8] {
        var json = JSONWriter(capacity: 1 << 14)
        json.beginObject()
        json.key("output"); json.string(options.output)
        json.key("written"); json.bool(decision.writes)
        json.key("decision")
        json.beginObject()
        json.key("metric"); json.string("f1")
        json.key("level"); json.string(decision.level.rawValue)
        json.key("split"); json.string("test")
        json.key("fitted"); EvaluationRendering.metric(decision.fittedF1, into: &json)
        json.key("current"); EvaluationRendering.metric(decision.currentF1, into: &json)
        json.key("worse"); json.bool(decision.isWorse)
        json.key("undecided"); json.bool(decision.isUndecided)
        json.key("forced"); json.bool(decision.force)
        json.endObject()
        json.key("error_count"); json.int(errorCount)
        for (name, table) in [("train", train), ("test", test)] {
            json.key(named: name)
            json.beginObject()
            json.key("messages"); json.int(table.positives + table.negatives)
            json.key("positives"); json.int(table.positives)
            json.key("negatives"); json.int(table.negatives)
            json.endObject()
        }
        json.key("split")
        json.beginObject()
        json.key("test_fraction"); json.double(options.testFraction, decimals: 6)
        json.key("seed"); json.string(String(options.seed))
        json.key("by"); json.string(splitByConversation ? "conversation" : "line")
        json.endObject()
        json.key("model")
        json.beginObject()
        json.key("fp_cost"); json.double(options.fpCost, decimals: 6)
        json.key("l2"); json.double(options.l2, decimals: 6)
        json.key("intercept"); json.double(fitted.model.intercept, decimals: 6)
        json.key("iterations"); json.int(fitted.model.iterations)
        json.key("converged"); json.bool(fitted.model.converged)
        json.key("anchor"); json.string(fitted.anchor.rawValue)
        json.key("anchor_raw"); json.double(fitted.anchorRaw, decimals: 6)
        json.key("factor"); json.double(fitted.factor, decimals: 6)
        json.endObject()
        json.key("held_out")
        json.beginObject()
        for (name, histogram) in [("fitted", heldOut), ("current", current)] {
            json.key(named: name)
            json.beginObject()
            json.key("confusion")
            json.beginObject()
            json.key("level"); json.string(options.minLevel.rawValue)
            EvaluationRendering.counts(histogram.counts(atLeast: options.minLevel), into: &json)
            json.endObject()
            json.key("levels")
            json.beginArray()
            for level in Level.allCases.dropFirst() {
                json.beginObject()
                json.key("level"); json.string(level.rawValue)
                EvaluationRendering.counts(histogram.counts(atLeast: level), into: &json)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endObject()
        json.key("rules")
        json.beginArray()
        for rule in fitted.rules {
            json.beginObject()
            json.key("rule"); json.string(rule.name)
            json.key("category"); json.string(rule.category.rawValue)
            json.key("current_weight"); json.double(rule.currentWeight, decimals: 3)
            json.key("weight"); json.double(rule.weight, decimals: 3)
            json.key("coefficient"); json.double(rule.coefficient, decimals: 6)
            json.key("hits_positive"); json.int(rule.hitsPositive)
            json.key("hits_negative"); json.int(rule.hitsNegative)
            json.key("kept"); json.bool(rule.kept)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.newline()
        return json.bytes
    }
}

/// Whether `rules fit` writes its weights: only when they are not worse than the current ones on
/// the held-out split, by F1 at the fit's `--min-level`, unless `--force`.
///
/// ```swift
/// let decision = FitDecision(level: .medium, testPositives: 9, fitted: fittedCounts, current: currentCounts, force: false)
/// decision.writes     // false when fitted F1 0.667 < current F1 0.800
/// decision.sentence   // "F1 at medium on the held-out split: fitted 0.6667 < current 0.8000, so the fitted weights are worse"
/// ```
///
/// F1 is 0 when there are positives and none is found; with no positive in the held-out split
/// it cannot rank the two sets, and the weights are refused as unproven.
struct FitDecision {
    let level: Level
    let testPositives: Int
    let fitted: ConfusionCounts
    let current: ConfusionCounts
    let force: Bool

    var fittedF1: Double? { testPositives > 0 ? fitted.f1 ?? 0 : nil }
    var currentF1: Double? { testPositives > 0 ? current.f1 ?? 0 : nil }

    /// No positive in the held-out split: F1 cannot compare the two sets.
    var isUndecided: Bool { testPositives == 0 }

    /// The fitted weights' F1 is below the current weights' (by more than rounding).
    var isWorse: Bool {
        guard let fittedF1, let currentF1 else { return false }
        return fittedF1 < currentF1 - 1e-9
    }

    var writes: Bool { force || (!isUndecided && !isWorse) }

    private func metric(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "n/a" }

    /// What decided, with both values: `F1 at medium on the held-out split: fitted 0.8000 ≥ current 0.5000`.
    var sentence: String {
        let what = "F1 at \(level.rawValue) on the held-out split"
        let forced = force && (isUndecided || isWorse) ? "; written anyway (--force)" : ""
        if isUndecided {
            return "\(what) is undefined: the held-out split has no positive message, so the fitted weights are "
                + "unproven\(forced)"
        }
        let comparison = isWorse ? "<" : "≥"
        let verdict = isWorse ? "so the fitted weights are worse" : "so the fitted weights are not worse"
        return "\(what): fitted \(metric(fittedF1)) \(comparison) current \(metric(currentF1)), \(verdict)\(forced)"
    }

    /// The error line when the weights are not written.
    var refusal: String {
        "the fitted weights were refused: \(sentence) (held-out split: \(fitted.truePositives + fitted.falseNegatives) "
            + "positive, \(fitted.falsePositives + fitted.trueNegatives) negative)"
    }
}
