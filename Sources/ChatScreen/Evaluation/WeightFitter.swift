#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Learns rule weights from labelled messages: logistic regression on which rules fired, then a
/// mapping of the coefficients onto ChatScreen's weight scale.
///
/// ```swift
/// var train = RuleHitTable(ruleCount: rules.rules.count)
/// for (text, label) in labelled { train.add(scanner.scan(text), positive: label.isPositive) }
/// let fitted = try WeightFitter(l2: 1, negativeCost: 1, anchor: .medium).fit(train, rules: rules)
/// fitted.weights["PAY_DEMAND_AMOUNT"]         // e.g. 2.41
/// let tuned = try rules.reweighted(fitted.weights)
/// ```
///
/// ## The mapping
///
/// The model (``LogisticRegression``) says `log-odds(extortion) = b + Σ βⱼ xⱼ`. The pack scores
/// `raw = Σ wⱼ xⱼ` (before category caps) and flags a message at the anchor level L (default
/// `medium`) when `raw ≥ R_L`, where `R_L = −scale · ln(1 − threshold_L)` is the raw total that
/// reaches L (1.532 for the shipped `scale 3`, `medium 0.40`). Each weight is
///
///     wⱼ = min(cap of the rule's category, k · max(0, βⱼ)),   k = R_L / (−b)
///
/// so that `raw = k · Σ βⱼ xⱼ`, and `raw ≥ R_L ⟺ b + Σ βⱼ xⱼ ≥ 0 ⟺ P(extortion) ≥ ½`: the pack
/// flags at L exactly the messages the fitted model finds more likely extortion than not (with
/// false positives weighted by `negativeCost`). Raw is the model's log-odds above the no-hit
/// baseline, rescaled, so the score ranks messages the way the model does. A weight reads as "how
/// far towards L this rule alone takes a message": `wⱼ / R_L = βⱼ / (−b)`; a rule with
/// `βⱼ ≥ −b` reaches L alone, which puts strong rules at 1.6–3 and weak ones below 1.5, the scale
/// of the hand-set weights.
///
/// - `max(0, ·)`: a hit may not lower a score, so a rule that is evidence *against* extortion
///   (β < 0) gets 0, the nearest allowed weight.
/// - `min(cap, ·)`: a weight above its category's cap scores exactly like the cap.
/// - Raising `negativeCost` lowers `b`, so `−b` and R_L / k grow: fewer messages reach L,
///   trading recall for precision.
/// - Caps and the clipped negatives make the pack's ranking an approximation of the model's.
/// - A rule that fired on fewer than `minHits` training messages keeps its current weight: there
///   is too little evidence to move it (its coefficient is mostly the prior).
/// - The mapping needs `b < 0` (a message with no hits is more likely benign). When `b ≥ 0` the
///   fit throws ``WeightFittingError/interceptNotNegative(intercept:positives:negatives:)``.
public struct WeightFitter: Sendable {
    public var regression: LogisticRegression
    /// The level whose threshold corresponds to `P(extortion) = ½`.
    public var anchor: Level
    /// Rules with fewer training hits than this keep their current weight.
    public var minHits: Int

    public init(l2: Double = 1, negativeCost: Double = 1, anchor: Level = .medium, minHits: Int = 5) {
        precondition(anchor != .none, "the anchor is a level with a threshold")
        regression = LogisticRegression(l2: l2, negativeCost: negativeCost)
        self.anchor = anchor
        self.minHits = minHits
    }

    /// Fits weights for every rule of `rules` from a table of training messages.
    ///
    /// - Throws: ``WeightFittingError`` when the table lacks positives or negatives, or the
    ///   fitted intercept is not negative.
    public func fit(_ table: RuleHitTable, rules: RuleSet) throws(WeightFittingError) -> FittedWeights {
        precondition(table.ruleCount == rules.rules.count, "the table was built for another pack")
        guard table.positives > 0 && table.negatives > 0 else {
            throw .missingClass(positives: table.positives, negatives: table.negatives)
        }
        let model = regression.fit(table)
        guard model.intercept < -1e-6 else {
            throw .interceptNotNegative(intercept: model.intercept, positives: table.positives, negatives: table.negatives)
        }
        let threshold = rules.scoring.threshold(anchor) ?? 0.4
        let anchorRaw = -rules.scoring.scale * log(1 - threshold)
        let factor = anchorRaw / -model.intercept
        let (positiveHits, negativeHits) = table.ruleHits()
        var fittedRules: [FittedWeights.Rule] = []
        for (index, info) in rules.rules.enumerated() {
            let coefficient = model.coefficients[index]
            let hits = positiveHits[index] + negativeHits[index]
            let kept = hits < minHits
            let mapped = min(rules.scoring.cap(info.category), factor * max(0, coefficient))
            let weight = kept ? info.weight : (mapped * 1000).rounded() / 1000
            fittedRules.append(FittedWeights.Rule(
                name: info.name, category: info.category, currentWeight: info.weight, coefficient: coefficient,
                weight: weight, hitsPositive: positiveHits[index], hitsNegative: negativeHits[index], kept: kept))
        }
        return FittedWeights(model: model, anchor: anchor, anchorRaw: anchorRaw, factor: factor, rules: fittedRules)
    }
}

/// The result of ``WeightFitter/fit(_:rules:)``.
///
/// ```swift
/// fitted.weights                   // ["PAY_DEMAND_AMOUNT": 2.41, …], every rule of the pack
/// fitted.rules[0].coefficient      // β, the log-odds the rule adds
/// fitted.factor                    // k = R_L / −b
/// WeightsFile.render(fitted.entries, header: ["fitted on chat.jsonl"])
/// ```
public struct FittedWeights: Sendable {
    /// One rule's fit.
    public struct Rule: Sendable, Equatable {
        public var name: String
        public var category: Category
        public var currentWeight: Double
        /// β: the log-odds of extortion the rule adds when it fires.
        public var coefficient: Double
        /// The new weight, rounded to three decimals (the current weight when ``kept``).
        public var weight: Double
        public var hitsPositive: Int
        public var hitsNegative: Int
        /// Fewer training hits than `minHits`: the current weight was kept.
        public var kept: Bool
    }

    public var model: LogisticRegression.Model
    public var anchor: Level
    /// R_L: the raw total that reaches the anchor level.
    public var anchorRaw: Double
    /// k = R_L / −b, the weight per unit of coefficient.
    public var factor: Double
    /// Every rule of the pack, in pack order.
    public var rules: [Rule]

    /// Rule name → new weight, for ``RuleSet/reweighted(_:)``.
    public var weights: [String: Double] { Dictionary(uniqueKeysWithValues: rules.map { ($0.name, $0.weight) }) }

    /// The new weights indexed like the pack's rules.
    public var weightVector: [Double] { rules.map(\.weight) }

    /// The lines of a weights file, with each rule's coefficient and training hits as a comment.
    public var entries: [WeightsFile.Entry] {
        rules.map { rule in
            let hits = "hits \(rule.hitsPositive) positive / \(rule.hitsNegative) negative"
            let comment = rule.kept
                ? "kept the current weight: \(hits) in training, too few to fit"
                : "β \(formatted(rule.coefficient)), \(hits), was \(WeightsFile.number(rule.currentWeight))"
            return WeightsFile.Entry(rule: rule.name, weight: rule.weight, comment: comment)
        }
    }
}

/// Why weights could not be fitted.
public enum WeightFittingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The training data has no positive or no negative messages.
    case missingClass(positives: Int, negatives: Int)
    /// The fitted intercept is ≥ 0: a message that fires no rule looks at least as likely
    /// extortion as not, so there is no benign baseline to scale the weights against.
    case interceptNotNegative(intercept: Double, positives: Int, negatives: Int)

    public var description: String {
        switch self {
        case let .missingClass(positives, negatives):
            return "the training split has \(positives) positive and \(negatives) negative messages; fitting needs both: "
                + "label benign messages as well as extortion ones, or lower --test-fraction"
        case let .interceptNotNegative(intercept, positives, negatives):
            let ratio = Double(positives) / Double(max(1, negatives))
            return "the fitted model gives a message that fires no rule a \(formatted(100 * sigmoid(intercept)))% chance "
                + "of being extortion (intercept \(formatted(intercept)) ≥ 0), so weights cannot be scaled against a benign "
                + "baseline; this happens when many labelled positives fire no rule or positives outnumber negatives "
                + "(here \(positives) to \(negatives)): add benign messages, or raise --fp-cost above "
                + "\(formatted(max(1, ratio) * 2))"
        }
    }
}

/// A number with up to three decimals, for comments and messages: `2.41`, `-0.003`, `3`.
func formatted(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return WeightsFile.number(rounded == 0 ? 0 : rounded)   // no "-0"
}
