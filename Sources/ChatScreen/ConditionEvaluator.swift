/// Evaluates a rule's condition program over the occurrences of its slots in one message.
///
/// Every sub-expression yields a list of matches; a match covers word positions `[low, high)`
/// and the leaf occurrences (original byte spans) that produced it. `not` yields a single
/// position-less match when its operand has none. Lists are capped, so the work per rule is
/// bounded by constants, not by the message.
struct ConditionEvaluator {
    struct Leaf: Equatable {
        var byteStart: Int32, byteEnd: Int32
        var folds: UInt16
    }
    struct Match {
        var low: Int32, high: Int32        // -1, -1 for a position-less match (from `not`)
        var leaves: Range<Int>             // into `leafStore`
        var isPositional: Bool { low >= 0 }
    }

    static let matchLimit = 64
    private var occurrences: [MessageScanner.Occurrence] = []
    private var leafStore: [Leaf] = []
    /// Every sub-expression's matches, appended as the program runs: a sub-expression's result is
    /// a range of this array. Reused across rules and messages, so a rule that does not hold
    /// allocates nothing (the arrays each sub-expression used to return were about one
    /// allocation per benign message).
    private var matchStore: [Match] = []
    private var leafScratch: [Leaf] = []

    mutating func begin(occurrences: [MessageScanner.Occurrence]) {
        self.occurrences = occurrences
        leafStore.removeAll(keepingCapacity: true)
        matchStore.removeAll(keepingCapacity: true)
    }

    /// Lets go of the scanner's occurrence array. Call it when the message's rules are done:
    /// while the evaluator shares the array, the scanner's next `removeAll(keepingCapacity:)`
    /// finds it not uniquely referenced and allocates a fresh buffer (one allocation per message
    /// that reached condition evaluation, before this).
    mutating func end() {
        occurrences = []
    }

    mutating func holds(_ condition: Condition) -> Bool { !evaluate(condition).isEmpty }

    /// The distinct leaf spans of the matches, in order, or nil if the condition does not hold.
    mutating func matchLeaves(_ condition: Condition, limit: Int) -> [Leaf]? {
        let matches = evaluate(condition)
        guard !matches.isEmpty else { return nil }
        leafScratch.removeAll(keepingCapacity: true)
        for match in matchStore[matches] {
            for leaf in leafStore[match.leaves] where !leafScratch.contains(leaf) { leafScratch.append(leaf) }
        }
        leafScratch.sort { ($0.byteStart, $0.byteEnd) < ($1.byteStart, $1.byteEnd) }
        // Drop spans nested inside another (e.g. "500" inside "£500").
        var kept: [Leaf] = []
        for leaf in leafScratch {
            if let last = kept.last, leaf.byteStart >= last.byteStart && leaf.byteEnd <= last.byteEnd { continue }
            while let last = kept.last, last.byteStart >= leaf.byteStart && last.byteEnd <= leaf.byteEnd { kept.removeLast() }
            kept.append(leaf)
        }
        if kept.count > limit { kept.removeLast(kept.count - limit) }
        return kept
    }

    /// Appends the matches of `condition` to `matchStore` and returns their range.
    private mutating func evaluate(_ condition: Condition) -> Range<Int> {
        switch condition {
        case .slot(let slot):
            let start = matchStore.count
            for occurrence in occurrences where occurrence.slot == slot {
                let index = leafStore.count
                leafStore.append(Leaf(byteStart: occurrence.byteStart, byteEnd: occurrence.byteEnd, folds: occurrence.folds))
                matchStore.append(Match(low: occurrence.start, high: occurrence.end, leaves: index..<index + 1))
            }
            return start..<matchStore.count
        case .and(let a, let b):
            let left = evaluate(a)
            guard !left.isEmpty else { return left }
            let right = evaluate(b)
            guard !right.isEmpty else { return right }
            return concatenate(left, right)
        case .or(let a, let b):
            let left = evaluate(a)
            let right = evaluate(b)
            return concatenate(left, right)
        case .not(let a):
            let operand = evaluate(a)
            let start = matchStore.count
            if operand.isEmpty { matchStore.append(Match(low: -1, high: -1, leaves: 0..<0)) }
            return start..<matchStore.count
        case .near(let a, let b, let distance):
            return pairs(evaluate(a), evaluate(b)) { x, y in
                // Disjoint, at most `distance` words between them, either order.
                if y.low >= x.high { return y.low - x.high <= distance }
                if x.low >= y.high { return x.low - y.high <= distance }
                return false
            }
        case .then(let a, let b, let gap):
            return pairs(evaluate(a), evaluate(b)) { x, y in y.low >= x.high && y.low - x.high <= gap }
        case .before(let a, let b, let gap):
            return pairs(evaluate(a), evaluate(b), keepLeftPositions: true) { x, y in y.low >= x.high && y.low - x.high <= gap }
        }
    }

    /// The matches of `left` then `right`, at most ``matchLimit``, as a new range.
    private mutating func concatenate(_ left: Range<Int>, _ right: Range<Int>) -> Range<Int> {
        let start = matchStore.count
        for i in left where matchStore.count - start < Self.matchLimit { matchStore.append(matchStore[i]) }
        for i in right where matchStore.count - start < Self.matchLimit { matchStore.append(matchStore[i]) }
        return start..<matchStore.count
    }

    /// With `keepLeftPositions` a pair matches at the left match's words (`before`); its leaves
    /// are still both sides', so the evidence shows the word that made it hold.
    private mutating func pairs(_ left: Range<Int>, _ right: Range<Int>, keepLeftPositions: Bool = false,
                                _ accept: (Match, Match) -> Bool) -> Range<Int> {
        let start = matchStore.count
        for i in left where matchStore[i].isPositional {
            let x = matchStore[i]
            for j in right where matchStore[j].isPositional && accept(x, matchStore[j]) {
                let y = matchStore[j]
                let leaves = leafStore.count
                leafStore.append(contentsOf: leafStore[x.leaves])
                leafStore.append(contentsOf: leafStore[y.leaves])
                let low = keepLeftPositions ? x.low : min(x.low, y.low), high = keepLeftPositions ? x.high : max(x.high, y.high)
                matchStore.append(Match(low: low, high: high, leaves: leaves..<leafStore.count))
                if matchStore.count - start >= Self.matchLimit { return start..<matchStore.count }
            }
        }
        return start..<matchStore.count
    }
}
