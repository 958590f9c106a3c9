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
    /// Inside an `unless` or under an odd number of `not`s: alternative readings are skipped.
    private var cancelling = false

    /// `rank[p]`: the number of word positions before `p` that count for `near` and `then`
    /// distances; empty when every position counts (almost every message). A run of spaced-out
    /// letters ("p o s t y o u r") is one position per letter, but counts as one word, so
    /// spacing a word out never pushes it beyond a rule's distance.
    private var rank: [Int32] = []

    /// Counts each run of spaced-out letters read as words (word positions `[first, end)`) as
    /// one word for distances (see `rank`).
    mutating func setDistances(counting runs: [(first: Int32, end: Int32)], wordCount count: Int) {
        rank.removeAll(keepingCapacity: true)
        guard !runs.isEmpty else { return }
        rank.append(contentsOf: repeatElement(1, count: count + 1))   // rank[p + 1] - rank[p]: whether p counts
        for run in runs {
            for p in Int(run.first + 1)..<Int(run.end) { rank[p + 1] = 0 }
        }
        rank[0] = 0
        for p in 1...count { rank[p] += rank[p - 1] }
    }

    /// The words between two positions, `from` <= `to`, as distances count them.
    @inline(__always)
    private static func distance(_ rank: [Int32], from: Int32, to: Int32) -> Int32 {
        rank.isEmpty ? to - from : rank[Int(to)] - rank[Int(from)]
    }

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

    /// Whether an `unless` condition holds: it cancels a hit, so it reads no alternative
    /// segmentation of spaced letters (`MessageScanner.alternativeReading`).
    mutating func cancels(_ condition: Condition) -> Bool {
        cancelling = true
        defer { cancelling = false }
        return !evaluate(condition).isEmpty
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
                if cancelling && occurrence.folds & MessageScanner.alternativeReading != 0 { continue }
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
            cancelling.toggle()   // what `not` reads cancels what it guards
            let operand = evaluate(a)
            cancelling.toggle()
            let start = matchStore.count
            if operand.isEmpty { matchStore.append(Match(low: -1, high: -1, leaves: 0..<0)) }
            return start..<matchStore.count
        case .near(let a, let b, let limit):
            let rank = self.rank   // shares the buffer: no copy, no allocation
            return pairs(evaluate(a), evaluate(b)) { x, y in
                // Disjoint, at most `limit` words between them, either order.
                if y.low >= x.high { return Self.distance(rank, from: x.high, to: y.low) <= limit }
                if x.low >= y.high { return Self.distance(rank, from: y.high, to: x.low) <= limit }
                return false
            }
        case .then(let a, let b, let gap):
            let rank = self.rank
            return pairs(evaluate(a), evaluate(b)) { x, y in y.low >= x.high && Self.distance(rank, from: x.high, to: y.low) <= gap }
        case .before(let a, let b, let gap):
            let rank = self.rank
            return pairs(evaluate(a), evaluate(b), keepLeftPositions: true) { x, y in
                y.low >= x.high && Self.distance(rank, from: x.high, to: y.low) <= gap
            }
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
