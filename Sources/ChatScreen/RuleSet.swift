/// A compiled, immutable rule pack, shared by any number of per-thread ``MessageScanner``s.
///
/// ```swift
/// let rules = try RuleSet.load(directory: "Rules")
/// let scanner = try MessageScanner(rules: rules)            // one per thread
/// scanner.scan("pay £500 or this is going over Facebook").level   // .high
/// ```
///
/// Compiling parses every file, reports every error in one pass, and either produces a whole
/// rule set or throws ``RulePackError``: a pack with errors is never half-loaded.
public final class RuleSet: Sendable {
    /// What an analyst sees of a rule (`chatscreen rules list`).
    public struct RuleInfo: Sendable {
        /// The name hits report: the rule's name, or `NAME.lang` for one language's copy of a
        /// rule written with `languages` (`PUBLISH_PROMISE_YOUR_MATERIAL.de`).
        public var name: String
        public var category: Category
        public var weight: Double
        public var description: String
        public var path: String
        public var line: Int
        /// The rule as written (`PUBLISH_PROMISE_YOUR_MATERIAL`): equal to ``name`` except for the
        /// copies of a `languages` rule, which share it. Composites and weights files may name it.
        public var family: String
        /// The language of a `languages` rule's copy, or nil.
        public var language: String?
    }

    /// Sizes and timing of the compiled pack.
    public struct Statistics: Sendable {
        public var ruleCount: Int
        public var lexiconCount: Int
        public var lexiconEntryCount: Int
        public var patternCount: Int
        public var vocabularySize: Int
        public var automatonStates: Int
        public var automatonTransitions: Int
        public var compileTime: Duration
    }

    /// Per pattern, its expected frequency in ordinary chat, from which trigger slots are chosen
    /// (``TriggerSlots``).
    let patternCost: [Double]
    public let rules: [RuleInfo]
    public let scoring: ScoringPolicy
    /// Windows, limits, composites and stages for conversation-level scoring.
    public let conversation: ConversationPolicy
    /// Warnings found while compiling (W0xx). Errors throw instead.
    public let warnings: [Diagnostic]
    public let statistics: Statistics
    /// Which files (and weights) this rule set was compiled from: ``RulePackSource/contentHash``,
    /// plus `+weights:` and a fingerprint of the replaced weights after ``reweighted(_:)``.
    /// Reported by `chatscreen --version` and in conversation summaries.
    public let contentHash: String

    let words: WordTable
    /// UTS #39 skeletons of the vocabulary, and the word each stands for (look-alike matching).
    let skeletons: SkeletonIndex
    let automaton: PhraseAutomaton
    /// For pattern `p`, the slots it feeds: `patternSlots[patternSlotStart[p]..<patternSlotStart[p + 1]]`.
    let patternSlotStart: [Int32]
    let patternSlots: [Int32]
    /// The rule each slot belongs to.
    let slotRule: [Int32]
    let compiled: [CompiledRule]
    /// Rules evaluated on every message (see ``CompiledRule/firesWithoutTerms``).
    let alwaysEvaluated: [Int32]
    /// Per rule, a cheap necessary condition on which slots occurred (see ``PresenceFilter``).
    let presence: PresenceFilter
    /// Per slot, whether its occurrence makes its rule a candidate (see ``TriggerSlots``).
    let triggerSlots: [Bool]
    /// For pattern `p`, its trigger slots: `patternTriggers[patternTriggerStart[p]..<patternTriggerStart[p + 1]]`.
    let patternTriggerStart: [Int32]
    let patternTriggers: [Int32]

    init(rules: [RuleInfo], scoring: ScoringPolicy, conversation: ConversationPolicy, warnings: [Diagnostic], statistics: Statistics, words: WordTable,
         skeletons: SkeletonIndex, automaton: PhraseAutomaton, patternSlotStart: [Int32], patternSlots: [Int32], slotRule: [Int32],
         compiled: [CompiledRule], patternCost: [Double], contentHash: String) {
        self.rules = rules
        self.contentHash = contentHash
        self.scoring = scoring
        self.conversation = conversation
        self.warnings = warnings
        self.statistics = statistics
        self.words = words
        self.skeletons = skeletons
        self.automaton = automaton
        self.patternSlotStart = patternSlotStart
        self.patternSlots = patternSlots
        self.slotRule = slotRule
        self.compiled = compiled
        self.alwaysEvaluated = compiled.indices.filter { compiled[$0].firesWithoutTerms }.map { Int32($0) }
        self.presence = PresenceFilter(conditions: compiled.map(\.when))
        self.patternCost = patternCost
        var slotCost = [Double](repeating: 0, count: slotRule.count)
        for pattern in 0..<(patternSlotStart.count - 1) {
            let cost = pattern < patternCost.count ? patternCost[pattern] : (automaton.patternLengths[pattern] == 1 ? 1.0 : 0.05)
            for index in Int(patternSlotStart[pattern])..<Int(patternSlotStart[pattern + 1]) { slotCost[Int(patternSlots[index])] += cost }
        }
        let triggerSlots = TriggerSlots.compute(conditions: compiled.map(\.when), slotCount: slotRule.count, slotCost: slotCost)
        var patternTriggerStart: [Int32] = [0], patternTriggers: [Int32] = []
        for pattern in 0..<(patternSlotStart.count - 1) {
            for index in Int(patternSlotStart[pattern])..<Int(patternSlotStart[pattern + 1]) where triggerSlots[Int(patternSlots[index])] {
                patternTriggers.append(patternSlots[index])
            }
            patternTriggerStart.append(Int32(patternTriggers.count))
        }
        self.triggerSlots = triggerSlots
        self.patternTriggerStart = patternTriggerStart
        self.patternTriggers = patternTriggers
    }

    /// Loads and compiles the pack in a directory.
    public static func load(directory: String) throws(RulePackError) -> RuleSet {
        try compile(RulePackSource.directory(directory))
    }

    /// Compiles a pack from its files.
    /// The default limit on automaton states: 2,000,000 (the shipped pack needs about 37,000).
    public static let defaultMaxAutomatonStates = 2_000_000

    /// Compiles a pack from its files. A pack whose automaton would exceed
    /// `maxAutomatonStates` is rejected with diagnostic E130 rather than exhausting memory.
    public static func compile(_ source: RulePackSource,
                               maxAutomatonStates: Int = defaultMaxAutomatonStates) throws(RulePackError) -> RuleSet {
        var compiler = try RuleCompiler(source: source, maxAutomatonStates: maxAutomatonStates)
        return try compiler.compile()
    }
}

extension RuleSet {
    /// The vocabulary word whose skeleton is `skeleton`, or -1.
    @inline(__always)
    func skeletonWord(_ skeleton: UnsafeBufferPointer<UInt8>) -> Int32 {
        skeletons.word(forSkeleton: skeleton)
    }
}

/// A condition program over slot occurrences.
indirect enum Condition: Sendable {
    case slot(Int32)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    case near(Condition, Condition, Int32)
    case then(Condition, Condition, Int32)
    /// A, when B starts after it within the gap; matches at A's positions.
    case before(Condition, Condition, Int32)
}

/// A rule ready to evaluate.
struct CompiledRule: Sendable {
    var category: Category
    var weight: Double
    var when: Condition
    var unless: [Condition]
    var slots: Range<Int32>
    var examples: [ExampleCase]
    /// The condition holds on a message where none of its terms occurs (`when not $x`), so the
    /// scanner must evaluate it even when the automaton finds nothing for it.
    var firesWithoutTerms: Bool
}

extension Condition {
    /// Whether the condition holds when no term occurs at all.
    var holdsWithoutOccurrences: Bool {
        switch self {
        case .slot, .near, .then, .before: false
        case .and(let a, let b): a.holdsWithoutOccurrences && b.holdsWithoutOccurrences
        case .or(let a, let b): a.holdsWithoutOccurrences || b.holdsWithoutOccurrences
        case .not(let a): !a.holdsWithoutOccurrences
        }
    }
}

/// An `example` or `counterexample`, with the diagnostic to report if it fails.
struct ExampleCase: Sendable {
    var text: String
    var mustFire: Bool
    var failure: Diagnostic
}
