/// A cheap necessary condition for each rule, checked before its condition program runs.
///
/// ```
/// when: $pay near(5) money & not $joke
/// presence program (postfix): slot(pay) slot(money) and  true  and
/// ```
///
/// Most words of the vocabulary are common ("send", "your", "video"), so most messages give some
/// rule an occurrence. Running the full condition program for each of those rules cost about a
/// third of a scan and ~19 allocations per message on benign chat (callgrind, 2026-11-29). The
/// presence program asks only "could this hold, given which slots occurred at all?": `near` and
/// `then` become `and` (positions ignored) and `not x` becomes `true` (x occurring does not mean
/// it matched). It never rejects a rule that would hold, so the full program still decides.
///
/// Programs are postfix over a 64-bit stack of booleans; a rule nested deeper than 64 gets an
/// empty program, which always passes.
struct PresenceFilter: Sendable {
    /// One postfix instruction: `operand >= 0` pushes "slot `operand` occurred"; otherwise an
    /// operator (``and``, ``or``, ``always``).
    typealias Instruction = Int32
    static let and: Instruction = -1
    static let or: Instruction = -2
    static let always: Instruction = -3

    private let program: [Instruction]
    /// Rule `r`'s program is `program[ruleStart[r]..<ruleStart[r + 1]]`.
    private let ruleStart: [Int32]

    init(conditions: [Condition]) {
        var program: [Instruction] = []
        var ruleStart: [Int32] = [0]
        for condition in conditions {
            let start = program.count
            var depth = 0, maxDepth = 0
            Self.emit(condition, into: &program, depth: &depth, maxDepth: &maxDepth)
            if maxDepth > 64 { program.removeSubrange(start...) }
            ruleStart.append(Int32(program.count))
        }
        self.program = program
        self.ruleStart = ruleStart
    }

    private static func emit(_ condition: Condition, into program: inout [Instruction], depth: inout Int, maxDepth: inout Int) {
        func push(_ instruction: Instruction) {
            program.append(instruction)
            depth += 1
            maxDepth = max(maxDepth, depth)
        }
        switch condition {
        case .slot(let slot):
            push(slot)
        case .not:
            push(always)
        case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
            emit(a, into: &program, depth: &depth, maxDepth: &maxDepth)
            emit(b, into: &program, depth: &depth, maxDepth: &maxDepth)
            program.append(and)
            depth -= 1
        case .or(let a, let b):
            emit(a, into: &program, depth: &depth, maxDepth: &maxDepth)
            emit(b, into: &program, depth: &depth, maxDepth: &maxDepth)
            program.append(or)
            depth -= 1
        }
    }

    /// Whether rule `rule` could hold, given per-slot occurrence counts.
    ///
    /// - Complexity: O(size of the rule's condition); no allocation.
    @inline(__always)
    func mayHold(rule: Int, slotCounts: UnsafeBufferPointer<Int32>) -> Bool {
        let from = Int(ruleStart[rule]), to = Int(ruleStart[rule + 1])
        guard from < to else { return true }
        var stack: UInt64 = 0   // bit 0 is the top
        for pc in from..<to {
            let instruction = program[pc]
            switch instruction {
            case Self.and:
                let top = stack & 1
                stack >>= 1
                stack = (stack & ~1) | (stack & top)
            case Self.or:
                let top = stack & 1
                stack >>= 1
                stack |= top
            case Self.always:
                stack = stack << 1 | 1
            default:
                stack = stack << 1 | (slotCounts[Int(instruction)] > 0 ? 1 : 0)
            }
        }
        return stack & 1 == 1
    }
}

/// The slots whose occurrence makes a rule a candidate for evaluation (``RuleSet/triggerSlots``).
///
/// ```
/// when: $pay near(5) money            triggers: money (rarer than the words of $pay)
/// when: $threat | ($post & $photo)    triggers: $threat, and the rarer of $post and $photo
/// ```
///
/// Marking a rule as a candidate on every occurrence of any of its slots made about 40 rules
/// candidates per benign message, each sorted and run through its presence program (7% of a
/// scan). A rule's condition cannot hold unless some slot of a *cover* occurred: one operand's
/// cover for `and`, `near` and `then`, both operands' for `or`. Among the operands of an `and`
/// the cheaper cover is chosen: a slot costs 1 per single-word pattern (common words) and 0.05
/// per phrase. Only the cover's slots mark the rule; a candidate rule then gets the occurrences of
/// all its slots (`materializeOccurrences` in the scanner).
/// A rule that can hold without any occurrence is evaluated on every message anyway
/// (``CompiledRule/firesWithoutTerms``); all its slots trigger.
enum TriggerSlots {
    /// Per slot, whether it marks its rule as a candidate.
    static func compute(conditions: [Condition], slotCount: Int, slotCost: [Double]) -> [Bool] {
        var triggers = [Bool](repeating: false, count: slotCount)
        for condition in conditions {
            if let cover = cover(condition, slotCost: slotCost) {
                for slot in cover.slots { triggers[Int(slot)] = true }
            } else {
                for slot in allSlots(condition) { triggers[Int(slot)] = true }
            }
        }
        return triggers
    }

    /// A set of slots one of which occurs whenever `condition` holds, and its cost; nil when the
    /// condition can hold with no occurrence at all.
    static func cover(_ condition: Condition, slotCost: [Double]) -> (slots: [Int32], cost: Double)? {
        switch condition {
        case .slot(let slot):
            return ([slot], slotCost[Int(slot)])
        case .not:
            return nil
        case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
            let x = cover(a, slotCost: slotCost), y = cover(b, slotCost: slotCost)
            guard let x else { return y }
            guard let y else { return x }
            return x.cost <= y.cost ? x : y
        case .or(let a, let b):
            guard let x = cover(a, slotCost: slotCost), let y = cover(b, slotCost: slotCost) else { return nil }
            return (x.slots + y.slots, x.cost + y.cost)
        }
    }

    static func allSlots(_ condition: Condition) -> [Int32] {
        switch condition {
        case .slot(let slot): [slot]
        case .not(let a): allSlots(a)
        case .and(let a, let b), .or(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
            allSlots(a) + allSlots(b)
        }
    }
}

