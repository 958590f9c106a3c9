/// Which rules a plain-chat message (``PlainChat``) could make fire, from its words alone: when
/// none, its verdict is `none` without analysing it (``MessageScanner/scan(bytes:)``).
///
/// ```
/// rule PUBLISH_PROMISE … when $promise near $your_material     (the pack, schematically)
/// clauses: {post, upload, share, leak, …} and {nudes, video, pics, …}
/// "i will post the photos of the party"   one clause holds, not both: settled, none
/// "i will post your nudes"                 both hold: analysed
/// ```
///
/// A pattern is found only when each of its words is in the message, so its two rarest words
/// (not among the pack's common words, then the longest) stand for it; a pattern with an entity
/// is never found in plain chat, which has none. A slot needs the rarest word of one of its
/// patterns, and the second rarest of one: two *clauses*. A condition needs clauses (``clauses(of:slotWords:cost:)``): `&`,
/// `near`, `then` and `before` need both sides' clauses, `|` each union of a clause of one side
/// and one of the other (of their three cheapest). Each
/// rule keeps its two cheapest clauses; a message makes a rule possible only when it holds a
/// word of each. Plain chat's only candidates are its words (the shape rules out entities and
/// fold readings), so a rule no clause pair allows cannot fire: the filter is sound by
/// construction, and the reference scanner in the tests checks it.
///
/// Not usable (every message analysed) when a rule can hold without any term (`not` alone).
struct PlainChatFilter: Sendable {
    /// For word `w`, the clauses it satisfies: `wordClauses[wordClauseStart[w]..<wordClauseStart[w + 1]]`.
    let wordClauseStart: [Int32]
    let wordClauses: [Int32]
    /// For clause `c`, the rules that need it: `clauseRules[clauseRuleStart[c]..<clauseRuleStart[c + 1]]`.
    let clauseRuleStart: [Int32]
    let clauseRules: [Int32]
    /// Per rule, its two clauses (the same twice for a rule with one; -1, -1 for a rule that
    /// can never fire in plain chat).
    let ruleClauses: [(Int32, Int32)]
    let clauseCount: Int
    let isUsable: Bool

    init(compiled: [CompiledRule], patterns: [[Int32]], common: Set<Int32>, patternSlotStart: [Int32], patternSlots: [Int32],
         slotCount: Int, words: WordTable) {
        let entities = PhraseAutomaton.entitySymbolCount
        // Per slot, two clauses: the rarest word of each of its patterns, and the next rarest
        // (the same word for a one-word pattern). A pattern found has all its words, so both hold.
        var slotWords = [[Set<Int32>]](repeating: [[], []], count: slotCount)
        for (pattern, symbols) in patterns.enumerated() {
            guard !symbols.isEmpty, !symbols.contains(where: { $0 < entities }) else { continue }
            let ranked = Set(symbols).sorted { a, b in
                (common.contains(a) ? 1 : 0, -words.word(a - entities).count, a) < (common.contains(b) ? 1 : 0, -words.word(b - entities).count, b)
            }
            let first = ranked[0] - entities, second = ranked[min(1, ranked.count - 1)] - entities
            for index in Int(patternSlotStart[pattern])..<Int(patternSlotStart[pattern + 1]) {
                slotWords[Int(patternSlots[index])][0].insert(first)
                slotWords[Int(patternSlots[index])][1].insert(second)
            }
        }
        func cost(_ clause: Set<Int32>) -> Int { clause.reduce(0) { $0 + (common.contains($1 + entities) ? 200 : 1) } }
        var clauseIDs: [Set<Int32>: Int32] = [:]
        var clauseWords: [Set<Int32>] = []
        var ruleClauses: [(Int32, Int32)] = []
        var usable = true
        for rule in compiled {
            guard let needed = Self.clauses(of: rule.when, slotWords: slotWords, cost: cost) else {
                usable = false
                break
            }
            if needed.contains(where: \.isEmpty) {
                ruleClauses.append((-1, -1))   // a slot that plain chat never holds
                continue
            }
            let cheapest = needed.sorted { (cost($0), $0.count) < (cost($1), $1.count) }.prefix(2)
            let ids = cheapest.map { clause -> Int32 in
                if let id = clauseIDs[clause] { return id }
                let id = Int32(clauseWords.count)
                clauseIDs[clause] = id
                clauseWords.append(clause)
                return id
            }
            ruleClauses.append((ids[0], ids.count > 1 ? ids[1] : ids[0]))
        }
        self.isUsable = usable
        self.clauseCount = clauseWords.count
        self.ruleClauses = usable ? ruleClauses : []
        var byWord = [[Int32]](repeating: [], count: usable ? words.count : 0)
        var byClause = [[Int32]](repeating: [], count: usable ? clauseWords.count : 0)
        if usable {
            for (clause, members) in clauseWords.enumerated() {
                for word in members { byWord[Int(word)].append(Int32(clause)) }
            }
            for (rule, pair) in ruleClauses.enumerated() where pair.0 >= 0 {
                byClause[Int(pair.0)].append(Int32(rule))
                if pair.1 != pair.0 { byClause[Int(pair.1)].append(Int32(rule)) }
            }
        }
        (self.wordClauseStart, self.wordClauses) = Self.flattened(byWord)
        (self.clauseRuleStart, self.clauseRules) = Self.flattened(byClause)
    }

    private static func flattened(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
        var starts: [Int32] = [0], flat: [Int32] = []
        for list in lists {
            flat.append(contentsOf: list)
            starts.append(Int32(flat.count))
        }
        return (starts, flat)
    }

    /// Clauses (sets of vocabulary words, each needed: the message holds a word of every one)
    /// for `condition` to hold, or nil when it can hold without any word (`not`).
    static func clauses(of condition: Condition, slotWords: [[Set<Int32>]], cost: (Set<Int32>) -> Int) -> [Set<Int32>]? {
        switch condition {
        case .slot(let slot):
            let clauses = slotWords[Int(slot)]
            return clauses[0] == clauses[1] ? [clauses[0]] : clauses
        case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
            let left = clauses(of: a, slotWords: slotWords, cost: cost), right = clauses(of: b, slotWords: slotWords, cost: cost)
            guard let left else { return right }
            guard let right else { return left }
            return left + right
        case .or(let a, let b):
            // Either side's clauses all hold, so each union of one clause from each side holds:
            // the unions of their few cheapest.
            guard let left = clauses(of: a, slotWords: slotWords, cost: cost),
                  let right = clauses(of: b, slotWords: slotWords, cost: cost) else { return nil }
            let cheapestLeft = left.sorted { cost($0) < cost($1) }.prefix(3)
            let cheapestRight = right.sorted { cost($0) < cost($1) }.prefix(3)
            return cheapestLeft.flatMap { x in cheapestRight.map { x.union($0) } }
        case .not:
            return nil
        }
    }
}
