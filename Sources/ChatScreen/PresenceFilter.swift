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
        case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _):
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
