/// Scores messages against a ``RuleSet``. Owns every mutable buffer the hot path needs, so it is
/// not thread-safe: give each thread its own scanner over the same shared rule set.
///
/// ```swift
/// let scanner = try MessageScanner(rules: rules)
/// let verdict = scanner.scan("pay £500 or this is going over Facebook. I want £500.")
/// verdict.level                       // .high
/// verdict.hits.map(\.rule)            // ["PAY_DEMAND_AMOUNT", "PUBLISH_GOING_OVER_PLATFORM", …]
/// ```
///
/// One scan: analyse the text (``TextAnalyzer``), turn every word, entity and leet reading into
/// candidate symbols per word position, run the phrase automaton over them (noting accepted
/// patterns; a pattern that feeds a rule's trigger slot makes the rule a candidate), turn the
/// pattern hits into slot occurrences for the candidate rules, keep the candidates whose presence
/// filter passes, evaluate their condition programs, and score.
public final class MessageScanner {
    public let rules: RuleSet
    private let analyzer: TextAnalyzer

    /// The budgets of one scanner (see ``ScanLimits``).
    public let limits: ScanLimits

    /// Every buffer a scan needs, reused across messages. ``scan(bytes:)`` moves it out of the
    /// class into a local for the duration of the scan: accesses to a class's stored arrays pay
    /// a dynamic exclusivity check each (`swift_beginAccess`, 15% of a scan in callgrind), while
    /// a local struct's are checked at compile time.
    @exclusivity(unchecked) private var scratch = Scratch()   // one thread, no overlapping access (see AnalyzedText)

    /// - Throws: ``ICUError`` if ICU cannot be opened.
    public init(rules: RuleSet, limits: ScanLimits = ScanLimits()) throws(ICUError) {
        self.rules = rules
        self.limits = limits
        self.analyzer = try TextAnalyzer(maxBytes: limits.maxBytes, maxTokens: limits.maxTokens)
        self.scratch.slotCounts = [Int32](repeating: 0, count: rules.slotRule.count)
        self.scratch.ruleMarked = [Bool](repeating: false, count: rules.compiled.count)
    }

    /// Scores a string.
    public func scan(_ text: String) -> Verdict {
        var text = text
        return text.withUTF8 { scan(bytes: $0) }
    }

    /// Scores raw message bytes (invalid UTF-8 is repaired and flagged).
    public func scan(bytes: [UInt8]) -> Verdict {
        bytes.withUnsafeBufferPointer { scan(bytes: $0) }
    }

    /// Scores raw message bytes. ``lastText`` holds the analysis afterwards.
    ///
    /// - Complexity: O(n) in the message length, with a constant that depends on the rule pack
    ///   (bounded by ``ScanLimits``), never on the input.
    public func scan(bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        let text = analyzer.analyze(bytes: bytes)
        lastText = text
        var local = Scratch()
        swap(&local, &scratch)
        defer { swap(&local, &scratch) }
        var verdict = local.scan(text, rules: rules, limits: limits)
        let entities = text.entities
        for entity in entities where entity.kind.isReported {
            verdict.entities.append(ReportedEntity(kind: entity.kind, span: ByteSpan(Int(entity.originalStart), Int(entity.originalEnd)),
                                                   valid: entity.valid))
        }
        return verdict
    }

    /// The analysis of the last scanned message (normalised text, tokens), for explanations.
    @exclusivity(unchecked) public private(set) var lastText: AnalyzedText?

    /// One occurrence of a slot (a rule's phrase, lexicon or entity term) in a message.
    struct Occurrence {
        var slot: Int32
        var start: Int32, end: Int32
        var byteStart: Int32, byteEnd: Int32
        var folds: UInt16
    }

    /// Marks a candidate read on a segmentation dearer than the cheapest (`segment`). Such a
    /// reading may complete a rule's evidence but never cancels it (`ConditionEvaluator`): in
    /// "suanamorada", "na morada" (an address) is an alternative to "sua namorada" ("your
    /// girlfriend") and must not stand a threat down as a chore. Never reported as a fold.
    static let alternativeReading: UInt16 = 1 << 15
}

/// The mutable state of one scan: candidate symbols, live automaton walks, slot occurrences and
/// the rules to evaluate. Owned by a ``MessageScanner``; allocation-free once its arrays are warm.
private struct Scratch {
    struct Candidate {
        var symbol: Int32
        var start: Int32, end: Int32          // word positions [start, end)
        var byteStart: Int32, byteEnd: Int32  // original bytes
        var folds: UInt16                     // TextFlags raw value of the folds that produced it
    }
    struct PatternHit {
        var pattern: Int32
        var start: Int32, end: Int32
        var byteStart: Int32, byteEnd: Int32
        var folds: UInt16
    }
    struct Walk {
        var node: Int32
        var start: Int32, next: Int32
        var byteStart: Int32
        var folds: UInt16
    }
    var candidates: [Candidate] = []
    var sortedCandidates: [Candidate] = []
    var bucketStart: [Int32] = []
    var walks: [Walk] = []
    /// Every pattern the automaton accepted, in order. Slot occurrences are made from these
    /// only for the slots of candidate rules (`materializeOccurrences`).
    var patternHits: [PatternHit] = []
    var occurrences: [MessageScanner.Occurrence] = []
    var slotCounts: [Int32] = []
    var touchedSlots: [Int32] = []
    var ruleMarked: [Bool] = []
    var candidateRules: [Int32] = []
    var evaluator = ConditionEvaluator()
    /// A word without its diacritics (see ``lookup(_:_:)``).
    var foldScratch: [UInt8] = []
    /// The words read from runs of spaced-out letters (a whole run, or each word of its
    /// segmentation): word positions `[first, end)`. Their letters stop being words of their
    /// own, and each counts as one word for distances. Letters a segmentation skips stay words.
    var readRuns: [(first: Int32, end: Int32)] = []
    /// Per word position: inside one of `readRuns` (see `dropLettersInsideReadRuns`).
    var inReadRun: [Bool] = []

    mutating func scan(_ text: AnalyzedText, rules: RuleSet, limits: ScanLimits) -> Verdict {
        collectCandidates(text, rules: rules)
        runAutomaton(wordCount: text.wordCount, rules: rules, limits: limits)
        for rule in rules.alwaysEvaluated where !ruleMarked[Int(rule)] {
            ruleMarked[Int(rule)] = true
            candidateRules.append(rule)
        }
        let verdict: Verdict
        if candidateRules.isEmpty {
            resetSlots()
            verdict = text.flags.isEmpty ? .clean : Verdict(score: 0, level: .none, categories: [], hits: [], flags: text.flags, raw: 0)
        } else {
            sortPatternHits()
            materializeOccurrences(rules: rules, limits: limits)
            evaluator.setDistances(counting: readRuns, wordCount: text.wordCount)
            verdict = evaluateRules(flags: text.flags, rules: rules, limits: limits)
            resetSlots()
        }
        return verdict
    }

    // MARK: Candidates

    private mutating func collectCandidates(_ text: AnalyzedText, rules: RuleSet) {
        candidates.removeAll(keepingCapacity: true)
        readRuns.removeAll(keepingCapacity: true)
        let words = rules.words
        let entityCount = PhraseAutomaton.entitySymbolCount
        let tokens = text.tokens, wordTokens = text.wordTokens   // one exclusivity check each, not one per word
        text.normalized.withUnsafeBufferPointer { normalized in
            // Terms are compiled without diacritics (`DiacriticFolder`), so a word with any is
            // folded before it is looked up; one pass over the bytes spares ASCII chat the check per word.
            if DiacriticFolder.mayFold(normalized) {
                for tokenIndex in wordTokens {
                    let token = tokens[Int(tokenIndex)]
                    let (id, folds) = lookup(UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]),
                                             words)
                    if id >= 0 {
                        candidates.append(Candidate(symbol: id + entityCount, start: token.position, end: token.position + 1,
                                                    byteStart: token.originalStart, byteEnd: token.originalEnd, folds: folds))
                    }
                }
            } else {
                for tokenIndex in wordTokens {
                    let token = tokens[Int(tokenIndex)]
                    let id = words.lookup(UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]))
                    if id >= 0 {
                        candidates.append(Candidate(symbol: id + entityCount, start: token.position, end: token.position + 1,
                                                    byteStart: token.originalStart, byteEnd: token.originalEnd, folds: 0))
                    }
                }
            }
        }
        for entity in text.entities where entity.valid {
            candidates.append(Candidate(symbol: Int32(entity.kind.rawValue), start: entity.firstPosition, end: entity.endPosition,
                                        byteStart: entity.originalStart, byteEnd: entity.originalEnd, folds: 0))
        }
        if !text.variants.isEmpty {
            text.variantBytes.withUnsafeBufferPointer { bytes in
                for variant in text.variants {
                    let reading = UnsafeBufferPointer(rebasing: bytes[Int(variant.bytesStart)..<Int(variant.bytesEnd)])
                    // Skeletons are compared with the vocabulary's skeletons, other readings with the words.
                    let (id, folds) = variant.fold == .confusable ? (rules.skeletonWord(reading), 0) : lookup(reading, words)
                    let multiPosition = variant.fold == .spaced && variant.endPosition - variant.firstPosition > 1
                    if id >= 0 {
                        candidates.append(Candidate(symbol: id + entityCount, start: variant.firstPosition, end: variant.endPosition,
                                                    byteStart: variant.originalStart, byteEnd: variant.originalEnd,
                                                    folds: variant.fold.flag.rawValue | folds))
                        if multiPosition { readRuns.append((variant.firstPosition, variant.endPosition)) }
                    } else if multiPosition && reading.count >= 4 && Int(variant.endPosition - variant.firstPosition) == reading.count {
                        segment(spacedRun: reading, at: variant.firstPosition, text, words)
                    }
                }
            }
        }
        if !readRuns.isEmpty { dropLettersInsideReadRuns(wordCount: text.wordCount) }
        // Counting sort by start position (stable, allocation-free once warm).
        let positions = text.wordCount
        bucketStart.removeAll(keepingCapacity: true)
        bucketStart.append(contentsOf: repeatElement(0, count: positions + 2))
        for candidate in candidates { bucketStart[Int(candidate.start) + 2] += 1 }
        if positions > 0 { for p in 2..<(positions + 2) { bucketStart[p] += bucketStart[p - 1] } }
        sortedCandidates.removeAll(keepingCapacity: true)
        if let first = candidates.first {
            sortedCandidates.append(contentsOf: repeatElement(first, count: candidates.count))
        }
        for candidate in candidates {
            let slot = Int(bucketStart[Int(candidate.start) + 1])
            sortedCandidates[slot] = candidate
            bucketStart[Int(candidate.start) + 1] += 1
        }
        // Now candidates at position p are sortedCandidates[bucketStart[p]..<bucketStart[p + 1]].
    }

    /// Inside a run of spaced-out letters read as words ("p o s t y o u r"), the letters are not
    /// words of their own: the run's readings replace them. Without this, "u" (which is "you")
    /// would sit right after "post" once the run counts as one word for distances, and cancel the
    /// promise as if the reader were the recipient. Letters of a run that reads as nothing
    /// ("a x b") stay words.
    private mutating func dropLettersInsideReadRuns(wordCount: Int) {
        // One mark per word position, so a message of many short runs stays linear.
        inReadRun.removeAll(keepingCapacity: true)
        inReadRun.append(contentsOf: repeatElement(false, count: wordCount))
        for run in readRuns { for p in Int(run.first)..<Int(run.end) { inReadRun[p] = true } }
        var kept = 0
        for index in candidates.indices {
            let candidate = candidates[index]
            let inRun = candidate.folds == 0 && candidate.end - candidate.start == 1 && inReadRun[Int(candidate.start)]
            if !inRun { candidates[kept] = candidate; kept += 1 }
        }
        candidates.removeLast(candidates.count - kept)
    }

    /// Reads a run of spaced-out letters whose word boundaries are lost ("I R E C O R D E D Y O U"
    /// reads "irecordedyou") as vocabulary words. A segmentation costs 2 per word, 3 per one-letter
    /// word ("i", "a") and 4 per letter left out, so "irecordedyou" is "i recorded you", not "ire"
    /// and leftovers. Every word on a segmentation within `segmentationSlack` of the cheapest is
    /// offered: the vocabulary holds every language's words, so the cheapest reading of
    /// "iknowwhereyoulive" is Dutch "ik" + "now", one ahead of "i know"; "kannich" is both
    /// "kann ich" and "kan nich". Words read only on a dearer path than the cheapest are
    /// `alternativeReading`s: they may complete a rule's evidence but never cancel a hit, so
    /// "you" inside "your" cannot make the reader the recipient of "send your pics".
    /// Each letter is one word position, so "recorded" is a candidate over its eight positions and
    /// "i recorded you" reads as a phrase; each word read joins `readRuns`, so its letters stop
    /// being words of their own and it counts as one word for distances. Runs like this are rare
    /// (spam that spaces whole sentences), and the probe (at most 24 lengths per letter, then one
    /// pass back) is linear in the run.
    private mutating func segment(spacedRun reading: UnsafeBufferPointer<UInt8>, at first: Int32, _ text: AnalyzedText, _ words: WordTable) {
        let n = reading.count
        let unreached = Int.max / 4
        func weight(_ length: Int) -> Int { length == 1 ? 3 : 2 }
        let skip = 4
        // toHere[p]: the cheapest reading of letters [0, p); edges come out in order of start.
        var toHere = [Int](repeating: unreached, count: n + 1)
        var edges: [(start: Int, end: Int, id: Int32)] = []
        toHere[0] = 0
        for start in 0..<n {
            toHere[start + 1] = min(toHere[start + 1], toHere[start] + skip)
            for length in 1...min(24, n - start) {
                let id = words.lookup(UnsafeBufferPointer(rebasing: reading[start..<(start + length)]))
                guard id >= 0 else { continue }
                edges.append((start, start + length, id))
                toHere[start + length] = min(toHere[start + length], toHere[start] + weight(length))
            }
        }
        // fromHere[p]: the cheapest reading of letters [p, n), walking the edges backwards once.
        var fromHere = [Int](repeating: unreached, count: n + 1)
        fromHere[n] = 0
        var edgeIndex = edges.count - 1
        for start in stride(from: n - 1, through: 0, by: -1) {
            fromHere[start] = fromHere[start + 1] + skip
            while edgeIndex >= 0 && edges[edgeIndex].start == start {
                let edge = edges[edgeIndex]
                fromHere[start] = min(fromHere[start], weight(edge.end - start) + fromHere[edge.end])
                edgeIndex -= 1
            }
        }
        let limit = toHere[n] + Self.segmentationSlack
        let entityCount = PhraseAutomaton.entitySymbolCount
        let tokens = text.tokens, wordTokens = text.wordTokens
        for edge in edges {
            let through = toHere[edge.start] + weight(edge.end - edge.start) + fromHere[edge.end]
            guard through <= limit else { continue }
            readRuns.append((first + Int32(edge.start), first + Int32(edge.end)))
            let firstToken = tokens[Int(wordTokens[Int(first) + edge.start])]
            let lastToken = tokens[Int(wordTokens[Int(first) + edge.end - 1])]
            candidates.append(Candidate(symbol: edge.id + entityCount, start: first + Int32(edge.start), end: first + Int32(edge.end),
                                        byteStart: firstToken.originalStart, byteEnd: lastToken.originalEnd,
                                        folds: TextFlags.spaced.rawValue | (through > toHere[n] ? MessageScanner.alternativeReading : 0)))
        }
    }

    /// How much dearer than the cheapest segmentation of a spaced run a reading may be and still
    /// be offered (`segment`): 3, one word more and one of them a single letter ("for a" against
    /// "fora").
    static let segmentationSlack = 3

    /// The vocabulary id of a word (or a fold's reading) after ``DiacriticFolder``, and the
    /// fold flags that needed: `confusable` when a decorative letter was folded (`ḟeel`).
    @inline(__always)
    private mutating func lookup(_ word: UnsafeBufferPointer<UInt8>, _ words: WordTable) -> (Int32, UInt16) {
        guard DiacriticFolder.mayFold(word) else { return (words.lookup(word), 0) }
        let (_, decorated) = DiacriticFolder.fold(word, into: &foldScratch)
        let id = foldScratch.withUnsafeBufferPointer { words.lookup($0) }
        return (id, decorated ? TextFlags.confusable.rawValue : 0)
    }

    // MARK: Automaton

    private mutating func runAutomaton(wordCount: Int, rules: RuleSet, limits: ScanLimits) {
        walks.removeAll(keepingCapacity: true)
        patternHits.removeAll(keepingCapacity: true)
        occurrences.removeAll(keepingCapacity: true)
        candidateRules.removeAll(keepingCapacity: true)
        guard !sortedCandidates.isEmpty else { return }
        let automaton = rules.automaton
        for position in 0..<Int32(wordCount) {
            let range = Int(bucketStart[Int(position)])..<Int(bucketStart[Int(position) + 1])
            // Walks that reached this position continue; others wait (their next is later).
            var k = 0
            while k < walks.count {
                let walk = walks[k]
                guard walk.next == position else { k += 1; continue }
                walks[k] = walks[walks.count - 1]
                walks.removeLast()
                for c in range { step(automaton, from: walk, sortedCandidates[c], rules: rules, limits: limits) }
            }
            // New walks start at the root.
            let root = Walk(node: 0, start: position, next: position, byteStart: -1, folds: 0)
            for c in range { step(automaton, from: root, sortedCandidates[c], rules: rules, limits: limits) }
        }
    }

    @inline(__always)
    private mutating func step(_ automaton: PhraseAutomaton, from walk: Walk, _ candidate: Candidate, rules: RuleSet, limits: ScanLimits) {
        let node = automaton.next(walk.node, candidate.symbol)
        guard node >= 0 else { return }
        let byteStart = walk.byteStart < 0 ? candidate.byteStart : walk.byteStart
        let folds = walk.folds | candidate.folds
        let reached = automaton.nodes[Int(node)]
        let pattern = reached.acceptingPattern
        if pattern >= 0 {
            record(pattern: pattern, start: walk.start, end: candidate.end, byteStart: byteStart, byteEnd: candidate.byteEnd, folds: folds,
                   rules: rules, limits: limits)
        }
        if reached.hasChildren && walks.count < limits.liveWalks {
            walks.append(Walk(node: node, start: walk.start, next: candidate.end, byteStart: byteStart, folds: folds))
        }
    }

    /// Notes an accepted pattern and marks the rules it triggers as candidates. Most patterns
    /// feed many slots (a common word is in lexicons used by dozens of rules); their
    /// occurrences are made later, and only for candidate rules.
    @inline(__always)
    private mutating func record(pattern: Int32, start: Int32, end: Int32, byteStart: Int32, byteEnd: Int32, folds: UInt16,
                                 rules: RuleSet, limits: ScanLimits) {
        patternHits.append(PatternHit(pattern: pattern, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd, folds: folds))
        let from = Int(rules.patternTriggerStart[Int(pattern)]), to = Int(rules.patternTriggerStart[Int(pattern) + 1])
        for index in from..<to {
            let rule = rules.slotRule[Int(rules.patternTriggers[index])]
            if !ruleMarked[Int(rule)] {
                ruleMarked[Int(rule)] = true
                candidateRules.append(rule)
            }
        }
    }

    /// Puts the pattern hits in text order: by where they end, then where they start, their
    /// bytes, their pattern and their folds. The automaton finds them in the order its walks
    /// happen to run; sorted, the occurrences kept under ``ScanLimits/occurrencesPerSlot`` and
    /// the matches the condition evaluator keeps under its caps are the first in the text,
    /// whatever found them (the reference scanner in the tests finds them another way).
    /// Allocation-free for the usual handful (insertion sort; the automaton's order is nearly
    /// this one already).
    private mutating func sortPatternHits() {
        @inline(__always) func precedes(_ a: PatternHit, _ b: PatternHit) -> Bool {
            (a.end, a.start, a.byteStart, a.byteEnd, a.pattern, a.folds) < (b.end, b.start, b.byteStart, b.byteEnd, b.pattern, b.folds)
        }
        let count = patternHits.count
        guard count > 1 else { return }
        if count > 64 {
            patternHits.sort(by: precedes)
            return
        }
        patternHits.withUnsafeMutableBufferPointer { hits in
            for i in 1..<count {
                let hit = hits[i]
                var j = i
                while j > 0 && precedes(hit, hits[j - 1]) { hits[j] = hits[j - 1]; j -= 1 }
                hits[j] = hit
            }
        }
    }

    /// Turns the pattern hits into slot occurrences for the slots of candidate rules, in hit
    /// order, at most ``ScanLimits/occurrencesPerSlot`` per slot: exactly the occurrences those
    /// slots would get if every slot were recorded.
    private mutating func materializeOccurrences(rules: RuleSet, limits: ScanLimits) {
        for hit in patternHits {
            let from = Int(rules.patternSlotStart[Int(hit.pattern)]), to = Int(rules.patternSlotStart[Int(hit.pattern) + 1])
            for index in from..<to {
                let slot = rules.patternSlots[index]
                guard ruleMarked[Int(rules.slotRule[Int(slot)])] else { continue }
                if slotCounts[Int(slot)] == 0 { touchedSlots.append(slot) }
                guard slotCounts[Int(slot)] < limits.occurrencesPerSlot else { continue }
                slotCounts[Int(slot)] += 1
                occurrences.append(MessageScanner.Occurrence(slot: slot, start: hit.start, end: hit.end, byteStart: hit.byteStart,
                                                             byteEnd: hit.byteEnd, folds: hit.folds))
            }
        }
    }

    private mutating func resetSlots() {
        for slot in touchedSlots { slotCounts[Int(slot)] = 0 }
        touchedSlots.removeAll(keepingCapacity: true)
        for rule in candidateRules { ruleMarked[Int(rule)] = false }
    }

    // MARK: Rules and score

    /// Drops the candidate rules whose presence filter fails (most of them: a common word marks
    /// every rule that uses it), before they are sorted, and unmarks every candidate.
    private mutating func keepPossibleRules(_ presence: PresenceFilter) {
        var kept = 0
        slotCounts.withUnsafeBufferPointer { slotCounts in
            candidateRules.withUnsafeMutableBufferPointer { candidates in
                for i in candidates.indices {
                    let rule = candidates[i]
                    ruleMarked[Int(rule)] = false
                    if presence.mayHold(rule: Int(rule), slotCounts: slotCounts) {
                        candidates[kept] = rule
                        kept += 1
                    }
                }
            }
        }
        candidateRules.removeLast(candidateRules.count - kept)
    }

    /// Puts `candidateRules` in rule order without allocating (`Array.sort` is a merge sort that
    /// allocates a buffer for more than 20 elements): insertion sort for the usual handful,
    /// otherwise one pass over `ruleMarked` (marked here and unmarked again).
    private mutating func sortCandidateRules(ruleCount: Int) {
        let count = candidateRules.count
        if count <= 32 {
            candidateRules.withUnsafeMutableBufferPointer { rules in
                for i in 1..<max(count, 1) {
                    let rule = rules[i]
                    var j = i
                    while j > 0 && rules[j - 1] > rule { rules[j] = rules[j - 1]; j -= 1 }
                    rules[j] = rule
                }
            }
        } else {
            for rule in candidateRules { ruleMarked[Int(rule)] = true }
            candidateRules.removeAll(keepingCapacity: true)
            for rule in 0..<ruleCount where ruleMarked[rule] {
                candidateRules.append(Int32(rule))
                ruleMarked[rule] = false
            }
        }
    }

    private mutating func evaluateRules(flags: TextFlags, rules: RuleSet, limits: ScanLimits) -> Verdict {
        var hits: [RuleHit] = []
        var flags = flags
        keepPossibleRules(rules.presence)
        sortCandidateRules(ruleCount: rules.compiled.count)
        defer { evaluator.end() }
        for ruleIndex in candidateRules {
            let rule = rules.compiled[Int(ruleIndex)]
            evaluator.begin(occurrences: occurrences)
            var suppressed = false
            for condition in rule.unless where evaluator.cancels(condition) {
                suppressed = true
                break
            }
            if suppressed { continue }
            guard hits.count < limits.hitsPerMessage else { break }
            guard let leaves = evaluator.matchLeaves(rule.when, limit: limits.spansPerHit) else { continue }
            let info = rules.rules[Int(ruleIndex)]
            let folds = TextFlags(rawValue: leaves.reduce(0) { $0 | $1.folds } & ~MessageScanner.alternativeReading)
            flags.formUnion(folds)
            hits.append(RuleHit(ruleIndex: Int(ruleIndex), rule: info.name, category: rule.category, weight: rule.weight,
                                spans: leaves.map { ByteSpan(Int($0.byteStart), Int($0.byteEnd)) }, folds: folds))
        }
        if hits.isEmpty {
            return flags.isEmpty ? .clean : Verdict(score: 0, level: .none, categories: [], hits: [], flags: flags, raw: 0)
        }
        hits.sort { ($0.spans.first?.start ?? 0, $0.ruleIndex) < ($1.spans.first?.start ?? 0, $1.ruleIndex) }
        let (breakdown, raw) = rules.scoring.breakdown(hits)
        let score = rules.scoring.score(raw: raw)
        return Verdict(score: score, level: rules.scoring.level(for: score), categories: breakdown.map(\.category),
                       hits: hits, flags: flags, raw: raw)
    }
}
