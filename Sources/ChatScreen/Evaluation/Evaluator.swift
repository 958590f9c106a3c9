/// Accumulates verdicts on labelled messages into the numbers `chatscreen eval` reports.
///
/// ```swift
/// var evaluator = Evaluator(rules: rules, unit: .message, minLevel: .medium)
/// evaluator.add(scanner.scan("pay £500 or this is going over Facebook"), label: .positive(.paymentDemand), line: 1)
/// evaluator.add(scanner.scan("see you at 6"), label: .negative, line: 2)
/// evaluator.addError(line: 3, reason: "unknown label value (4 bytes)")
/// let report = evaluator.report()
/// report.confusion            // TP 1, FP 0, FN 0, TN 1 at medium
/// report.levels[0].counts     // the same at low
/// report.errorCount           // 1
/// ```
///
/// Definitions:
/// - An *item* is a message (``Unit/message``) or a conversation (``Unit/conversation``). A
///   message is judged alone, by its own verdict (no conversation state). A conversation is
///   positive when any of its messages is labelled positive. It is judged by its **conversation
///   level**: its messages are fed, in the order they are added, to a ``ConversationTracker`` of
///   the pack (with their sender and timestamp, as `chatscreen score` does), and the
///   conversation's score and level are the peak of the tracker's `conversation_score` and
///   `conversation_level` after each message, composites included. A conversation of medium
///   messages that a composite raises to critical is critical. A rule hits a conversation when
///   the rule fired on any of its messages. Conversations are keyed by their id alone, across
///   files.
/// - *Predicted positive at level L* means level ≥ L. The confusion matrix, per-category recall
///   and the worst lists use `minLevel`.
/// - *Per-category recall* of category K: of the items labelled K (for a conversation: with any
///   message labelled K), the share where the item reached a level ≥ `minLevel` **and** has K
///   among its verdict's categories (for a conversation: among the categories of any of its
///   messages' verdicts). An `extortion` label is positive but belongs to no category.
/// - *Facets* (`facets:` in `init`, values given to ``add(_:label:line:id:conversation:sender:timestamp:file:facets:text:)``):
///   per value of each named field, the items, positives and negatives, and at each level the
///   recall over the positives and the share of negatives at that level or above (see
///   ``FacetCounts``). A message without a value counts under `-`; a conversation takes the
///   value its messages share, or `(mixed)` when they differ.
/// - *Per-rule statistics* (SpamAssassin's hit-frequencies): hits on positive and on negative
///   items, and S/O = positive hits ÷ all hits (nil for a rule that never fired); sorted by S/O
///   descending, then hits descending, then pack order. S/O depends on the data's class balance.
/// - *Worst false positives*: negatives with level ≥ `minLevel`, highest score first. *Worst false
///   negatives*: positives below `minLevel`, lowest score first. Ties keep input order.
///
/// Memory is fixed-size counters, plus one small record per conversation in conversation mode
/// and the tracker's bounded state (the pack's `max_conversations` and `idle` apply, as in
/// `score`). The report depends only on the sequence of calls, so it is deterministic.
///
/// In conversation mode the evaluator holds its tracker by reference: use one evaluator (a copy
/// shares the tracker with the original).
public struct Evaluator {
    /// What one evaluated item is.
    public enum Unit: String, Sendable, CaseIterable {
        case message, conversation
    }

    public let rules: RuleSet
    public let unit: Unit
    public let minLevel: Level
    /// How many worst false positives and false negatives to keep.
    public let worstCount: Int
    /// Whether to keep the text of the worst items (only ever called for items that make a list).
    public let keepsText: Bool
    /// How many error records to keep (all are counted).
    public let maxErrorRecords: Int
    /// The fields whose values group the facet tables, in report order.
    public var facetNames: [String] { facetCounts.names }

    private var histogram = OutcomeHistogram()
    private var messageCount = 0
    private var errorCount = 0
    private var errors: [EvaluationError] = []
    private var categoryLabelled = [Int](repeating: 0, count: Category.allCases.count)
    private var categoryRecalled = [Int](repeating: 0, count: Category.allCases.count)
    private var ruleHitsPositive: [Int]
    private var ruleHitsNegative: [Int]
    private var falsePositives: WorstList
    private var falseNegatives: WorstList
    private var conversationIndex: [String: Int] = [:]
    private var conversations: [ConversationState] = []
    private var facetCounts: FacetAccumulator
    /// Follows the conversations in conversation mode; nil per message.
    private let tracker: ConversationTracker?

    /// - Parameters:
    ///   - rules: the pack the verdicts come from (for rule names, categories and weights).
    ///   - unit: evaluate messages or conversations.
    ///   - minLevel: the level threshold of the confusion matrix, per-category recall and worst lists.
    ///   - worstCount: how many worst false positives and false negatives to keep.
    ///   - keepsText: keep the worst items' text (privacy: off by default).
    ///   - facets: the names of the fields whose values ``add(_:label:line:id:conversation:sender:timestamp:file:facets:text:)``
    ///     is given, one facet table each.
    public init(rules: RuleSet, unit: Unit = .message, minLevel: Level = .medium, worstCount: Int = 10,
                keepsText: Bool = false, maxErrorRecords: Int = 100, facets: [String] = []) {
        precondition(minLevel != .none, "minLevel must be low, medium, high or critical")
        self.rules = rules
        self.unit = unit
        self.minLevel = minLevel
        self.worstCount = max(0, worstCount)
        self.keepsText = keepsText
        self.maxErrorRecords = max(0, maxErrorRecords)
        ruleHitsPositive = [Int](repeating: 0, count: rules.rules.count)
        ruleHitsNegative = ruleHitsPositive
        falsePositives = WorstList(capacity: self.worstCount, highestFirst: true)
        falseNegatives = WorstList(capacity: self.worstCount, highestFirst: false)
        facetCounts = FacetAccumulator(names: facets)
        tracker = unit == .conversation ? ConversationTracker(rules: rules) : nil
    }

    /// Adds the verdict on one labelled message.
    ///
    /// ```swift
    /// evaluator.add(verdict, label: label, line: message.line, id: message.id, conversation: message.conversation,
    ///               sender: message.sender, timestamp: epochSeconds, facets: message.extra) {
    ///     String(decoding: message.text, as: UTF8.self)   // called only with keepsText, for a worst item
    /// }
    /// ```
    ///
    /// In conversation mode a message without a conversation id becomes an error record; the
    /// messages of a conversation must be added in conversation order (the tracker's windows,
    /// `then` sequences and stages follow it). `sender` and `timestamp` (seconds since the
    /// epoch) are used only in conversation mode, as ``ConversationTracker/observe(_:conversation:sender:timestamp:reference:)``
    /// uses them. `facets` holds the message's value of each of ``facetNames`` (nil: none).
    ///
    /// - Complexity: O(hits) per message, plus O(worstCount) when the message enters a worst list,
    ///   plus the tracker's bounded work in conversation mode.
    public mutating func add(_ verdict: Verdict, label: EvaluationLabel, line: Int, id: String? = nil,
                             conversation: String? = nil, sender: String? = nil, timestamp: Int64? = nil,
                             file: String? = nil, facets: [String?] = [], text: () -> String? = { nil }) {
        switch unit {
        case .message:
            addMessage(verdict, label: label, line: line, id: id, conversation: conversation, file: file, facets: facets,
                       text: text)
        case .conversation:
            guard let conversation, let tracker else {
                addError(line: line, file: file,
                         reason: "the message has no conversation id, so it cannot be grouped into a conversation")
                return
            }
            let update = tracker.observe(verdict, conversation: conversation, sender: sender, timestamp: timestamp,
                                         reference: MessageReference(line: line, id: id))
            addToConversation(verdict, update: update, label: label, line: line, id: id, conversation: conversation,
                              file: file, facets: facets, text: text)
        }
    }

    /// Counts a record that could not be evaluated (unreadable, unlabelled, unknown label).
    /// `reason` must not contain message text.
    public mutating func addError(line: Int, file: String? = nil, reason: String) {
        errorCount += 1
        if errors.count < maxErrorRecords { errors.append(EvaluationError(file: file, line: line, reason: reason)) }
    }

    /// The report so far.
    ///
    /// - Complexity: O(rules · log rules + conversations).
    public func report() -> EvaluationReport {
        var histogram = self.histogram
        var labelled = categoryLabelled, recalled = categoryRecalled
        var positiveHits = ruleHitsPositive, negativeHits = ruleHitsNegative
        var falsePositives = self.falsePositives, falseNegatives = self.falseNegatives
        var facetCounts = self.facetCounts
        for state in conversations {
            histogram.add(score: state.bestScore, level: state.bestLevel, positive: state.positive)
            facetCounts.add(values: state.facetValues, level: state.bestLevel, positive: state.positive)
            let flagged = state.bestLevel >= minLevel
            for k in 0..<Category.allCases.count where state.labelledCategories & (1 << k) != 0 {
                labelled[k] += 1
                if flagged && state.seenCategories & (1 << k) != 0 { recalled[k] += 1 }
            }
            forEachBit(state.rules) { rule in
                if state.positive { positiveHits[rule] += 1 } else { negativeHits[rule] += 1 }
            }
            let list: WorstList.Kind? = state.positive ? (flagged ? nil : .negatives) : (flagged ? .positives : nil)
            if let list {
                let item = EvaluationItem(
                    file: state.file, line: state.line, id: state.id, conversation: state.conversation,
                    messages: state.messages, score: state.bestScore, level: state.bestLevel,
                    rules: ruleNames(bits: state.rules), text: state.text)
                if list == .positives { falsePositives.insert(item) } else { falseNegatives.insert(item) }
            }
        }
        var statistics: [RuleStatistics] = rules.rules.enumerated().map { index, info in
            RuleStatistics(name: info.name, category: info.category, weight: info.weight,
                           hitsPositive: positiveHits[index], hitsNegative: negativeHits[index])
        }
        let order = Dictionary(uniqueKeysWithValues: rules.rules.enumerated().map { ($1.name, $0) })
        statistics.sort { a, b in
            switch (a.positiveShare, b.positiveShare) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                if a.hits != b.hits { return a.hits > b.hits }
                return order[a.name, default: 0] < order[b.name, default: 0]
            }
        }
        let categories = Category.allCases.enumerated().map { k, category in
            CategoryRecall(category: category, labelled: labelled[k], recalled: recalled[k])
        }
        return EvaluationReport(
            unit: unit, minLevel: minLevel, messages: messageCount, histogram: histogram, errorCount: errorCount,
            errors: errors, categories: categories, rules: statistics,
            falsePositives: falsePositives.entries, falseNegatives: falseNegatives.entries, facets: facetCounts.report())
    }

    // MARK: Messages

    private mutating func addMessage(_ verdict: Verdict, label: EvaluationLabel, line: Int, id: String?,
                                     conversation: String?, file: String?, facets: [String?], text: () -> String?) {
        messageCount += 1
        let positive = label.isPositive
        histogram.add(score: verdict.score, level: verdict.level, positive: positive)
        if !facetCounts.names.isEmpty { facetCounts.add(values: facets, level: verdict.level, positive: positive) }
        let flagged = verdict.level >= minLevel
        if let category = label.category {
            let k = category.ordinal
            categoryLabelled[k] += 1
            if flagged && verdict.categories.contains(category) { categoryRecalled[k] += 1 }
        }
        for hit in verdict.hits {
            if positive { ruleHitsPositive[hit.ruleIndex] += 1 } else { ruleHitsNegative[hit.ruleIndex] += 1 }
        }
        if positive != flagged {
            let admitted = positive ? falseNegatives.admits(verdict.score) : falsePositives.admits(verdict.score)
            if admitted {
                let item = EvaluationItem(
                    file: file, line: line, id: id, conversation: conversation, messages: 1, score: verdict.score,
                    level: verdict.level, rules: verdict.hits.map(\.ruleIndex).sorted().map { rules.rules[$0].name },
                    text: keepsText ? text() : nil)
                if positive { falseNegatives.insert(item) } else { falsePositives.insert(item) }
            }
        }
    }

    // MARK: Conversations

    private struct ConversationState {
        var conversation: String
        var messages = 0
        var positive = false
        var labelledCategories: UInt32 = 0
        /// The categories of every message's verdict.
        var seenCategories: UInt32 = 0
        /// The peak conversation score and level (the tracker's, after each message).
        var bestScore = -1.0
        var bestLevel = Level.none
        var file: String?
        var line = 0
        var id: String?
        var text: String?
        var rules: [UInt64]
        /// The value of each facet shared by the messages so far (`-` for none), or `(mixed)`.
        var facetValues: [String?] = []
    }

    private mutating func addToConversation(_ verdict: Verdict, update: ConversationVerdict, label: EvaluationLabel,
                                            line: Int, id: String?, conversation: String, file: String?,
                                            facets: [String?], text: () -> String?) {
        messageCount += 1
        let index: Int
        if let existing = conversationIndex[conversation] {
            index = existing
        } else {
            index = conversations.count
            conversationIndex[conversation] = index
            conversations.append(ConversationState(
                conversation: conversation, rules: [UInt64](repeating: 0, count: (rules.rules.count + 63) / 64)))
        }
        conversations[index].messages += 1
        if label.isPositive { conversations[index].positive = true }
        if let category = label.category { conversations[index].labelledCategories |= 1 << category.ordinal }
        for category in verdict.categories { conversations[index].seenCategories |= 1 << category.ordinal }
        for hit in verdict.hits { conversations[index].rules[hit.ruleIndex >> 6] |= 1 << UInt64(hit.ruleIndex & 63) }
        if !facetCounts.names.isEmpty {
            let values = facetCounts.names.indices.map { k in k < facets.count ? facets[k] ?? FacetCounts.missing : FacetCounts.missing }
            if conversations[index].messages == 1 {
                conversations[index].facetValues = values
            } else {
                for k in values.indices where conversations[index].facetValues[k] != values[k] {
                    conversations[index].facetValues[k] = FacetCounts.mixed
                }
            }
        }
        // The peak: a higher level, or a higher score at the same level; the first message to reach it is kept.
        let best = (conversations[index].bestLevel, conversations[index].bestScore)
        if update.level > best.0 || (update.level == best.0 && update.score > best.1) {
            conversations[index].bestScore = update.score
            conversations[index].bestLevel = update.level
            conversations[index].file = file
            conversations[index].line = line
            conversations[index].id = id
            if keepsText { conversations[index].text = text() }
        }
    }

    private func forEachBit(_ words: [UInt64], _ body: (Int) -> Void) {
        for (w, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                body(w * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
    }

    private func ruleNames(bits: [UInt64]) -> [String] {
        var names: [String] = []
        forEachBit(bits) { names.append(rules.rules[$0].name) }
        return names
    }
}

/// The K worst items of one kind, kept sorted; ties keep insertion (input) order.
private struct WorstList {
    enum Kind { case positives, negatives }
    let capacity: Int
    /// True: keep the highest scores (false positives); false: the lowest (false negatives).
    let highestFirst: Bool
    var entries: [EvaluationItem] = []

    init(capacity: Int, highestFirst: Bool) {
        self.capacity = capacity
        self.highestFirst = highestFirst
    }

    func admits(_ score: Double) -> Bool {
        guard capacity > 0 else { return false }
        guard entries.count == capacity, let last = entries.last else { return true }
        return highestFirst ? score > last.score : score < last.score
    }

    mutating func insert(_ item: EvaluationItem) {
        guard admits(item.score) else { return }
        let position = entries.firstIndex { highestFirst ? item.score > $0.score : item.score < $0.score } ?? entries.count
        entries.insert(item, at: position)
        if entries.count > capacity { entries.removeLast() }
    }
}

/// One evaluated item in a worst list: where it is, how it scored and which rules fired.
///
/// ```swift
/// let worst = report.falsePositives[0]
/// worst.line    // 17: the input line (for a conversation, of its highest-scoring message)
/// worst.rules   // ["PAY_DEMAND_AMOUNT"], in pack order
/// worst.text    // nil unless the evaluator keeps text (`--show-text`)
/// ```
public struct EvaluationItem: Sendable, Equatable {
    public var file: String?
    /// The 1-based input line of the message (for a conversation, of the message after which
    /// its conversation level first reached its peak).
    public var line: Int
    /// The message id (for a conversation, of the message at its peak).
    public var id: String?
    public var conversation: String?
    /// 1 for a message; the number of messages of a conversation.
    public var messages: Int
    public var score: Double
    public var level: Level
    /// The rules that fired (on any message of a conversation), in pack order.
    public var rules: [String]
    /// The message text (for a conversation, of the message at its peak), only when kept.
    public var text: String?
}

/// A record that could not be evaluated. `reason` holds no message text.
public struct EvaluationError: Sendable, Equatable {
    public var file: String?
    public var line: Int
    public var reason: String
}

/// Recall for one tactic category (see ``Evaluator`` for the definition).
///
/// ```swift
/// let row = report.categories.first { $0.category == .paymentDemand }!
/// row.labelled   // 4 items labelled payment_demand
/// row.recalled   // 3 of them flagged with payment_demand among the verdict's categories
/// row.recall     // 0.75
/// ```
public struct CategoryRecall: Sendable, Equatable {
    public var category: Category
    public var labelled: Int
    public var recalled: Int
    /// recalled ÷ labelled, nil when nothing is labelled with the category.
    public var recall: Double? { labelled == 0 ? nil : Double(recalled) / Double(labelled) }
}

/// How often one rule fired on positive and negative items (SpamAssassin's hit-frequencies).
///
/// ```swift
/// let row = report.rules[0]
/// row.hitsPositive    // 9
/// row.hitsNegative    // 1
/// row.positiveShare   // 0.9: S/O, the share of positives among the rule's hits
/// ```
public struct RuleStatistics: Sendable, Equatable {
    public var name: String
    public var category: Category
    public var weight: Double
    public var hitsPositive: Int
    public var hitsNegative: Int
    public var hits: Int { hitsPositive + hitsNegative }
    /// S/O: hitsPositive ÷ hits, nil when the rule never fired.
    public var positiveShare: Double? { hits == 0 ? nil : Double(hitsPositive) / Double(hits) }
}

/// The result of an evaluation (see ``Evaluator`` for every definition).
///
/// ```swift
/// let report = evaluator.report()
/// for row in report.levels { print(row.level, row.counts.precision ?? .nan, row.counts.recall ?? .nan) }
/// report.confusion.falsePositives        // at report.minLevel
/// report.sweep().count                   // 21: score thresholds 0.00, 0.05, …, 1.00
/// ```
public struct EvaluationReport: Sendable {
    public var unit: Evaluator.Unit
    public var minLevel: Level
    /// Messages evaluated (not counting error records).
    public var messages: Int
    /// Outcomes per level and score, for positives and negatives.
    public var histogram: OutcomeHistogram
    /// Records that could not be evaluated; ``errors`` holds the first of them.
    public var errorCount: Int
    public var errors: [EvaluationError]
    /// Every category, in `Category.allCases` order.
    public var categories: [CategoryRecall]
    /// Every rule of the pack, sorted by S/O, then hits, then pack order.
    public var rules: [RuleStatistics]
    public var falsePositives: [EvaluationItem]
    public var falseNegatives: [EvaluationItem]
    /// One table per facet named in ``Evaluator/init(rules:unit:minLevel:worstCount:keepsText:maxErrorRecords:facets:)``, in that order.
    public var facets: [FacetCounts]

    /// Items (messages or conversations) evaluated.
    public var items: Int { histogram.positives + histogram.negatives }
    public var positives: Int { histogram.positives }
    public var negatives: Int { histogram.negatives }

    /// The confusion matrix at ``minLevel``.
    public var confusion: ConfusionCounts { histogram.counts(atLeast: minLevel) }

    /// Precision, recall and F1 when predicted positive means level ≥ each of low, medium, high, critical.
    public var levels: [(level: Level, counts: ConfusionCounts)] {
        Level.allCases.dropFirst().map { ($0, histogram.counts(atLeast: $0)) }
    }

    /// The confusion matrix at score thresholds 0, `step`, 2·`step`, …, 1 (predicted positive
    /// means score ≥ threshold; thresholds are in whole thousandths).
    public func sweep(step: Double = 0.05) -> [(threshold: Double, counts: ConfusionCounts)] {
        let thousandths = max(1, Int((step * 1000).rounded()))
        return stride(from: 0, through: 1000, by: thousandths).map { t in
            let threshold = Double(t) / 1000
            return (threshold, histogram.counts(scoreAtLeast: threshold))
        }
    }
}
