/// A 2×2 confusion matrix and the metrics derived from it.
///
/// ```swift
/// let counts = ConfusionCounts(truePositives: 6, falsePositives: 2, falseNegatives: 3, trueNegatives: 9)
/// counts.precision   // 0.75   (6 / (6 + 2))
/// counts.recall      // 0.667  (6 / (6 + 3))
/// counts.f1          // 0.706  (2·6 / (2·6 + 2 + 3))
/// ```
///
/// A metric whose denominator is 0 is nil (undefined), not 0: precision when nothing was
/// predicted positive, recall when nothing is labelled positive, F1 when both.
public struct ConfusionCounts: Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    public var trueNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// TP / (TP + FP), or nil when nothing was predicted positive.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? nil : Double(truePositives) / Double(predicted)
    }

    /// TP / (TP + FN), or nil when nothing is labelled positive.
    public var recall: Double? {
        let actual = truePositives + falseNegatives
        return actual == 0 ? nil : Double(truePositives) / Double(actual)
    }

    /// 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; nil when there are
    /// neither labelled nor predicted positives.
    public var f1: Double? {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
    }
}

/// How many positive and negative items reached each level and each score, so that metrics at
/// any level or score threshold come out without another pass over the data.
///
/// ```swift
/// var histogram = OutcomeHistogram()
/// histogram.add(score: 0.811, level: .high, positive: true)
/// histogram.add(score: 0.259, level: .low, positive: false)
/// histogram.counts(atLeast: .medium)        // TP 1, FP 0, FN 0, TN 1
/// histogram.counts(scoreAtLeast: 0.25)      // TP 1, FP 1, FN 0, TN 0
/// ```
///
/// Scores are kept in thousandths (verdict scores have three decimals); a score is predicted
/// positive at threshold `t` when `score ≥ t`, so at `t = 0` every item is predicted positive.
public struct OutcomeHistogram: Sendable, Equatable {
    /// Items per level (indexed like `Level.allCases`), positives and negatives.
    public private(set) var positiveLevels = [Int](repeating: 0, count: Level.allCases.count)
    public private(set) var negativeLevels = [Int](repeating: 0, count: Level.allCases.count)
    /// Items per score in thousandths (0…1000), positives and negatives.
    public private(set) var positiveScores = [Int](repeating: 0, count: 1001)
    public private(set) var negativeScores = [Int](repeating: 0, count: 1001)

    public init() {}

    /// Counts `count` items with this outcome.
    public mutating func add(score: Double, level: Level, positive: Bool, count: Int = 1) {
        let bucket = Self.bucket(score)
        let levelIndex = Self.levelIndex(level)
        if positive {
            positiveLevels[levelIndex] += count
            positiveScores[bucket] += count
        } else {
            negativeLevels[levelIndex] += count
            negativeScores[bucket] += count
        }
    }

    public var positives: Int { positiveLevels.reduce(0, +) }
    public var negatives: Int { negativeLevels.reduce(0, +) }

    /// The confusion matrix when "predicted positive" means `level ≥ threshold`.
    ///
    /// - Precondition: `threshold` is not `.none` (everything would be predicted positive).
    public func counts(atLeast threshold: Level) -> ConfusionCounts {
        let from = Self.levelIndex(threshold)
        return Self.split(positiveLevels, negativeLevels, at: from)
    }

    /// The confusion matrix when "predicted positive" means `score ≥ threshold`.
    public func counts(scoreAtLeast threshold: Double) -> ConfusionCounts {
        let from = min(1001, max(0, Int((threshold * 1000 - 1e-6).rounded(.up))))
        return Self.split(positiveScores, negativeScores, at: from)
    }

    private static func split(_ positive: [Int], _ negative: [Int], at from: Int) -> ConfusionCounts {
        let tp = positive[from...].reduce(0, +), fn = positive[..<from].reduce(0, +)
        let fp = negative[from...].reduce(0, +), tn = negative[..<from].reduce(0, +)
        return ConfusionCounts(truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn)
    }

    static func bucket(_ score: Double) -> Int {
        guard score.isFinite else { return 0 }
        return min(1000, max(0, Int((score * 1000).rounded())))
    }

    static func levelIndex(_ level: Level) -> Int {
        switch level {
        case .none: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }
}
