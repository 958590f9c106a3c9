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

    mutating func begin(occurrences: [MessageScanner.Occurrence]) {
        self.occurrences = occurrences
        leafStore.removeAll(keepingCapacity: true)
    }

    mutating func holds(_ condition: Condition) -> Bool { !evaluate(condition).isEmpty }

    /// The distinct leaf spans of the matches, in order, or nil if the condition does not hold.
    mutating func matchLeaves(_ condition: Condition, limit: Int) -> [Leaf]? {
        let matches = evaluate(condition)
        guard !matches.isEmpty else { return nil }
        var leaves: [Leaf] = []
        for match in matches {
            for leaf in leafStore[match.leaves] where !leaves.contains(leaf) { leaves.append(leaf) }
        }
        leaves.sort { ($0.byteStart, $0.byteEnd) < ($1.byteStart, $1.byteEnd) }
        // Drop spans nested inside another (e.g. "500" inside "£500").
        var kept: [Leaf] = []
        for leaf in leaves {
            if let last = kept.last, leaf.byteStart >= last.byteStart && leaf.byteEnd <= last.byteEnd { continue }
            while let last = kept.last, last.byteStart >= leaf.byteStart && last.byteEnd <= leaf.byteEnd { kept.removeLast() }
            kept.append(leaf)
        }
        return Array(kept.prefix(limit))
    }

    private mutating func evaluate(_ condition: Condition) -> [Match] {
        switch condition {
        case .slot(let slot):
            var matches: [Match] = []
            for occurrence in occurrences where occurrence.slot == slot {
                let index = leafStore.count
                leafStore.append(Leaf(byteStart: occurrence.byteStart, byteEnd: occurrence.byteEnd, folds: occurrence.folds))
                matches.append(Match(low: occurrence.start, high: occurrence.end, leaves: index..<index + 1))
            }
            return matches
        case .and(let a, let b):
            let left = evaluate(a)
            guard !left.isEmpty else { return [] }
            let right = evaluate(b)
            guard !right.isEmpty else { return [] }
            return Array((left + right).prefix(Self.matchLimit))
        case .or(let a, let b):
            return Array((evaluate(a) + evaluate(b)).prefix(Self.matchLimit))
        case .not(let a):
            return evaluate(a).isEmpty ? [Match(low: -1, high: -1, leaves: 0..<0)] : []
        case .near(let a, let b, let distance):
            return pairs(evaluate(a), evaluate(b)) { x, y in
                // Disjoint, at most `distance` words between them, either order.
                if y.low >= x.high { return y.low - x.high <= distance }
                if x.low >= y.high { return x.low - y.high <= distance }
                return false
            }
        case .then(let a, let b, let gap):
            return pairs(evaluate(a), evaluate(b)) { x, y in y.low >= x.high && y.low - x.high <= gap }
        }
    }

    private mutating func pairs(_ left: [Match], _ right: [Match], _ accept: (Match, Match) -> Bool) -> [Match] {
        var result: [Match] = []
        for x in left where x.isPositional {
            for y in right where y.isPositional && accept(x, y) {
                let start = leafStore.count
                leafStore.append(contentsOf: leafStore[x.leaves])
                leafStore.append(contentsOf: leafStore[y.leaves])
                result.append(Match(low: min(x.low, y.low), high: max(x.high, y.high), leaves: start..<leafStore.count))
                if result.count >= Self.matchLimit { return result }
            }
        }
        return result
    }
}
