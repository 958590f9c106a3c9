extension RuleSet {
    /// A copy of this rule set with some rules' weights replaced (for example by a weights file
    /// from `chatscreen rules fit`). Rule logic, scoring policy and the automaton are shared.
    ///
    /// ```swift
    /// let tuned = try rules.reweighted(["PAY_WANT_AMOUNT": 1.8])
    /// tuned.rules.first { $0.name == "PAY_WANT_AMOUNT" }?.weight   // 1.8
    /// ```
    ///
    /// A name may be a rule (`PAY_DEMAND_FRAME.de`, one language's copy) or a rule as written
    /// (`PAY_DEMAND_FRAME`: every copy); a copy's own name wins over its rule's.
    ///
    /// - Throws: ``RuleWeightsError`` naming every rule that is not in the pack, or a weight
    ///   that is negative or not finite.
    public func reweighted(_ weights: [String: Double]) throws(RuleWeightsError) -> RuleSet {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.name, $0) })
        let families = Set(rules.map(\.family))
        let unknown = weights.keys.filter { index[$0] == nil && !families.contains($0) }.sorted()
        let invalid = weights.filter { !$0.value.isFinite || $0.value < 0 }.keys.sorted()
        guard unknown.isEmpty && invalid.isEmpty else {
            throw RuleWeightsError(unknownRules: unknown, invalidWeights: invalid)
        }
        var infos = rules
        var compiled = self.compiled
        for (i, info) in rules.enumerated() {
            guard let weight = weights[info.name] ?? weights[info.family] else { continue }
            infos[i].weight = weight
            compiled[i].weight = weight
        }
        return RuleSet(rules: infos, scoring: scoring, conversation: conversation, warnings: warnings, statistics: statistics, words: words,
                       skeletons: skeletons,
                       automaton: automaton, patternSlotStart: patternSlotStart, patternSlots: patternSlots,
                       slotRule: slotRule, compiled: compiled, patternCost: patternCost,
                       contentHash: contentHash + "+weights:" + RulePackSource.fingerprint(
                        [SourceFile(path: "weights", text: weights.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined())],
                        root: nil))
    }
}

/// Weights that do not fit the rule pack they were applied to.
public struct RuleWeightsError: Error, Sendable, CustomStringConvertible {
    public var unknownRules: [String]
    public var invalidWeights: [String]
    public var description: String {
        var parts: [String] = []
        if !unknownRules.isEmpty {
            parts.append("weights name rules that are not in the pack: \(unknownRules.joined(separator: ", ")) "
                + "(was the weights file fitted on another pack?)")
        }
        if !invalidWeights.isEmpty {
            parts.append("weights must be finite and not negative: \(invalidWeights.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }
}
