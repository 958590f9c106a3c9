#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How rule weights become a message score and a level (`scoring.rules`).
///
/// ```swift
/// let policy = ScoringPolicy.standard
/// policy.score(raw: 5.0)      // 0.811: 1 - exp(-5 / 3)
/// policy.level(for: 0.811)    // .high
/// ```
///
/// For one message: each firing rule counts its weight once; weights are summed per category
/// and each sum is capped; `raw` is the sum of the capped sums; `score = 1 − exp(−raw / scale)`.
public struct ScoringPolicy: Sendable, Equatable {
    public var scale: Double
    /// Cap per category, indexed like `Category.allCases`.
    public var caps: [Double]
    /// Thresholds for low, medium, high, critical, in that order.
    public var thresholds: [Double]
    /// Added to `raw` for each distinct de-obfuscation fold (leet, confusable, spaced, repeated)
    /// that the message's hits needed, for at most two folds: text written to slip past filters
    /// is itself a weak signal. Only messages with hits get it, so folding alone never flags.
    public var obfuscationBonus: Double = 0.3
    /// How many distinct folds earn ``obfuscationBonus``.
    public static let maxBonusFolds = 2

    /// The shipped policy, used when a pack has no `scoring` block.
    public static let standard = ScoringPolicy(
        scale: 3.0, caps: Array(repeating: 3.0, count: Category.allCases.count), thresholds: [0.10, 0.40, 0.70, 0.90])

    public func cap(_ category: Category) -> Double { caps[category.ordinal] }

    public func threshold(_ level: Level) -> Double? {
        let index = level.ordinal
        guard index > 0 else { return nil }
        return thresholds[index - 1]
    }

    /// The score for a raw total, rounded to three decimals.
    public func score(raw: Double) -> Double {
        let score = 1 - exp(-raw / scale)
        return (score * 1000).rounded() / 1000
    }

    /// The highest level whose threshold `score` reaches.
    public func level(for score: Double) -> Level {
        var level = Level.none
        for (index, threshold) in thresholds.enumerated() where score >= threshold {
            level = Level.allCases[index + 1]
        }
        return level
    }

    /// Per-category totals before and after the caps, and the raw total, for hits' weights.
    public func breakdown(_ hits: [RuleHit]) -> (categories: [(category: Category, sum: Double, capped: Double)], raw: Double) {
        let (rows, raw) = categoryBreakdown(hits)
        return (rows, raw + obfuscation(hits))
    }

    /// The obfuscation part of `raw`: ``obfuscationBonus`` per distinct fold the hits needed.
    public func obfuscation(_ hits: [RuleHit]) -> Double {
        let folds = hits.reduce(TextFlags()) { $0.union($1.folds) }.intersection(.folds)
        return obfuscationBonus * Double(min(folds.names.count, Self.maxBonusFolds))
    }

    /// Per category: the weights of the hits, where hits of one category with exactly the same
    /// spans count once (the highest weight). Two rules that fire on the same words are the same
    /// evidence: this keeps overlapping packs (a phrase shared by two languages' rules) from
    /// counting it twice.
    private func categoryBreakdown(_ hits: [RuleHit]) -> (categories: [(category: Category, sum: Double, capped: Double)], raw: Double) {
        var sums = [Double](repeating: 0, count: Category.allCases.count)
        var seen: [(category: Category, spans: [ByteSpan], weight: Double)] = []
        for hit in hits {
            if let same = seen.firstIndex(where: { $0.category == hit.category && $0.spans == hit.spans }) {
                if hit.weight > seen[same].weight {
                    sums[hit.category.ordinal] += hit.weight - seen[same].weight
                    seen[same].weight = hit.weight
                }
                continue
            }
            seen.append((hit.category, hit.spans, hit.weight))
            sums[hit.category.ordinal] += hit.weight
        }
        var raw = 0.0
        var rows: [(Category, Double, Double)] = []
        for (index, category) in Category.allCases.enumerated() where sums[index] > 0 {
            let capped = min(sums[index], caps[index])
            raw += capped
            rows.append((category, sums[index], capped))
        }
        return (rows, raw)
    }
}
