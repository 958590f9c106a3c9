/// Which rules fired on each labelled message, aggregated: one row per distinct set of fired
/// rules, with how many positive and negative messages had exactly that set. This is all that
/// weight fitting needs (the features are binary), and it is small: most messages fire no rule.
///
/// ```swift
/// var table = RuleHitTable(ruleCount: rules.rules.count)
/// table.add(scanner.scan("pay £500 or this is going over Facebook"), positive: true)
/// table.add(rules: [], positive: false)            // a message that fired nothing
/// table.patterns.count                             // 2
/// table.histogram(weights: rules.rules.map(\.weight), rules: rules).counts(atLeast: .medium)
/// ```
///
/// Rows are kept in first-seen order, so everything computed from a table is deterministic.
public struct RuleHitTable: Sendable {
    /// One distinct set of fired rules.
    public struct Pattern: Sendable, Equatable {
        /// Indexes into ``RuleSet/rules``, ascending, without repeats.
        public var rules: [Int32]
        public var positives: Int
        public var negatives: Int
    }

    public let ruleCount: Int
    public private(set) var patterns: [Pattern] = []
    public private(set) var positives = 0
    public private(set) var negatives = 0
    private var index: [[Int32]: Int] = [:]

    public init(ruleCount: Int) {
        self.ruleCount = ruleCount
    }

    /// Counts `count` messages that fired `rules` (indexes into ``RuleSet/rules``, any order).
    public mutating func add(rules: [Int32], positive: Bool, count: Int = 1) {
        var key = rules
        key.sort()
        var unique = 0
        for value in key where unique == 0 || key[unique - 1] != value {
            precondition(value >= 0 && Int(value) < ruleCount, "rule index \(value) is outside the pack")
            key[unique] = value
            unique += 1
        }
        key.removeLast(key.count - unique)
        let row: Int
        if let existing = index[key] {
            row = existing
        } else {
            row = patterns.count
            index[key] = row
            patterns.append(Pattern(rules: key, positives: 0, negatives: 0))
        }
        if positive {
            patterns[row].positives += count
            positives += count
        } else {
            patterns[row].negatives += count
            negatives += count
        }
    }

    /// Counts one message by the rules that fired in its verdict.
    public mutating func add(_ verdict: Verdict, positive: Bool) {
        add(rules: verdict.hits.map { Int32($0.ruleIndex) }, positive: positive)
    }

    /// How many positive and negative messages each rule fired on.
    public func ruleHits() -> (positive: [Int], negative: [Int]) {
        var positive = [Int](repeating: 0, count: ruleCount), negative = positive
        for pattern in patterns {
            for rule in pattern.rules {
                positive[Int(rule)] += pattern.positives
                negative[Int(rule)] += pattern.negatives
            }
        }
        return (positive, negative)
    }

    /// The outcomes when every message is rescored with `weights` (indexed like the pack's
    /// rules) under the pack's scoring policy: the same arithmetic as a verdict (weights summed
    /// per category, capped, `score = 1 − exp(−raw / scale)` to three decimals, level from the
    /// thresholds), applied to the rules that fired.
    ///
    /// - Complexity: O(total rules over all patterns).
    public func histogram(weights: [Double], rules: RuleSet) -> OutcomeHistogram {
        precondition(weights.count == ruleCount, "one weight per rule")
        let categories = rules.rules.map(\.category.ordinal)
        let policy = rules.scoring
        var histogram = OutcomeHistogram()
        var sums = [Double](repeating: 0, count: Category.allCases.count)
        for pattern in patterns {
            for k in sums.indices { sums[k] = 0 }
            for rule in pattern.rules { sums[categories[Int(rule)]] += weights[Int(rule)] }
            var raw = 0.0
            for k in sums.indices where sums[k] > 0 { raw += min(sums[k], policy.caps[k]) }
            let score = policy.score(raw: raw)
            let level = policy.level(for: score)
            if pattern.positives > 0 { histogram.add(score: score, level: level, positive: true, count: pattern.positives) }
            if pattern.negatives > 0 { histogram.add(score: score, level: level, positive: false, count: pattern.negatives) }
        }
        return histogram
    }
}

/// A deterministic, seeded train/test split by key.
///
/// ```swift
/// let split = SeededSplit(testFraction: 0.3, seed: 1)
/// split.isTest("conversation:c42")   // the same answer on every run, machine and input order
/// ```
///
/// Each key is hashed (64-bit FNV-1a), mixed with the seed (SplitMix64's finaliser) and mapped to
/// [0, 1); the key is in the test set when that number is below `testFraction`. Giving all
/// messages of a conversation the same key keeps the conversation on one side of the split, so
/// held-out metrics are not inflated by near-duplicate messages seen in training.
public struct SeededSplit: Sendable, Equatable {
    public var testFraction: Double
    public var seed: UInt64

    public init(testFraction: Double, seed: UInt64) {
        self.testFraction = testFraction
        self.seed = seed
    }

    /// Whether `key` falls in the test set.
    public func isTest(_ key: String) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var x = hash ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Double(x >> 11) * 0x1p-53 < testFraction
    }
}
