/// A byte range `[start, end)` in the caller's original message text.
public struct ByteSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public static func < (a: ByteSpan, b: ByteSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "[\(start), \(end))" }
}

/// An entity found in a message, reported with its span so an analyst can see its value.
///
/// ```swift
/// verdict.entities   // [btc_address [12, 54) valid]
/// ```
public struct ReportedEntity: Sendable, Equatable {
    public var kind: EntityKind
    public var span: ByteSpan
    /// False for a string shaped like an address whose checksum fails (rules never match it).
    public var valid: Bool
}

/// One rule that fired on a message, with the evidence it found.
///
/// ```swift
/// let hit = verdict.hits[0]
/// hit.rule        // "PAY_AMOUNT_DEMAND"
/// hit.category    // .paymentDemand
/// hit.spans       // [[0, 9)]: "pay £500" in the original bytes
/// ```
public struct RuleHit: Sendable, Equatable {
    /// Index of the rule in ``RuleSet/rules``.
    public var ruleIndex: Int
    public var rule: String
    public var category: Category
    public var weight: Double
    /// The original-text byte ranges of the words that made the rule fire, in order.
    public var spans: [ByteSpan]
    /// The de-obfuscation folds some of the evidence needed (leet, confusable, spaced, repeated).
    public var folds: TextFlags
    /// Some evidence was only visible after a de-obfuscation fold.
    public var usedFold: Bool { !folds.isEmpty }
}

/// The verdict on one message.
///
/// ```swift
/// let verdict = scanner.scan("pay £500 or this is going over Facebook. I want £500.")
/// verdict.level        // .high
/// verdict.categories   // [.paymentDemand, .publishThreat]
/// verdict.score        // 0.811
/// ```
public struct Verdict: Sendable, Equatable {
    /// 0…1, from the weights through ``ScoringPolicy``; three decimals.
    public var score: Double
    public var level: Level
    /// The categories with at least one hit, in `Category.allCases` order.
    public var categories: [Category]
    /// The rules that fired, ordered by their first span.
    public var hits: [RuleHit]
    /// Facts about the text (repaired UTF-8, hidden characters, leetspeak used, truncation).
    public var flags: TextFlags
    /// The sum of capped category weights that the score came from.
    public var raw: Double
    /// Entities worth showing an analyst (payment identifiers, handles, name lists), with their
    /// spans; see ``EntityKind/isReported``.
    public var entities: [ReportedEntity] = []

    public static let clean = Verdict(score: 0, level: .none, categories: [], hits: [], flags: [], raw: 0)

    /// Whether the verdict reaches `level`.
    public func isFlagged(atLeast level: Level) -> Bool { self.level >= level && self.level != .none }
}
