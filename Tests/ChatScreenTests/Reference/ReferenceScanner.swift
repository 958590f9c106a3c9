@testable import ChatScreen
@testable import ChatScreenText

/// The rule pack evaluated the obvious way: the oracle for ``MessageScanner``'s shortcuts.
///
/// ```swift
/// let reference = try ReferenceScanner(rules: .builtIn)
/// #expect(reference.scan(text) == scanner.scan(text))
/// ```
///
/// What it leaves out, each a shortcut of the fast path that must not change a verdict:
/// - the ASCII fast path of the text analysis: every message goes through ICU's normalisation
///   and word breaks (``TextAnalyzer/usesASCIIFastPath``);
/// - the "may this word have diacritics" checks: every word is folded before it is looked up;
/// - the phrase automaton: each pattern is matched on its own, from each candidate whose symbol
///   starts it, by trying every continuation (no trie, no child filter, no bound on live walks);
/// - trigger slots and candidate rules: every pattern hit feeds every slot it belongs to;
/// - the presence filter and `alwaysEvaluated`: every rule is evaluated on every message;
/// - the 24-letter probe of spaced-run segmentation: every length is tried, and the cheapest
///   readings come from a plain dynamic programme over all letter pairs.
///
/// What it shares with the fast path is what defines a verdict rather than how fast it comes:
/// the text analysis itself (normalisation, tokens, entities, fold readings), the condition
/// evaluator (the rule language's semantics), the scoring policy, and the budgets of
/// ``ScanLimits`` (which occurrences, matches and hits are kept is part of the contract; the
/// pattern hits are put in text order before the budgets apply, as the fast path does).
final class ReferenceScanner {
    let rules: RuleSet
    let limits: ScanLimits
    private let analyzer: TextAnalyzer
    /// Every pattern's symbols, and the patterns that start with each symbol.
    private let patterns: [[Int32]]
    private let patternsStartingWith: [Int32: [Int32]]
    private var evaluator = ConditionEvaluator()

    init(rules: RuleSet, limits: ScanLimits = ScanLimits()) throws {
        self.rules = rules
        self.limits = limits
        self.analyzer = try TextAnalyzer(maxBytes: limits.maxBytes, maxTokens: limits.maxTokens)
        self.analyzer.usesASCIIFastPath = false
        self.patterns = rules.automaton.patternSymbols()
        var starting: [Int32: [Int32]] = [:]
        for (pattern, symbols) in patterns.enumerated() {
            if let first = symbols.first { starting[first, default: []].append(Int32(pattern)) }
        }
        self.patternsStartingWith = starting
    }

    struct Candidate {
        var symbol: Int32
        var start: Int32, end: Int32
        var byteStart: Int32, byteEnd: Int32
        var folds: UInt16
    }

    struct PatternHit {
        var pattern: Int32
        var start: Int32, end: Int32
        var byteStart: Int32, byteEnd: Int32
        var folds: UInt16
    }

    func scan(_ message: String) -> Verdict {
        let bytes = Array(message.utf8)
        return bytes.withUnsafeBufferPointer { scan(bytes: $0) }
    }

    func scan(bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        let text = analyzer.analyze(bytes: bytes)
        var (candidates, readRuns) = collectCandidates(text)
        candidates = droppingLettersInsideReadRuns(candidates, readRuns)
        var hits = matchPatterns(candidates)
        hits.sort { ($0.end, $0.start, $0.byteStart, $0.byteEnd, $0.pattern, $0.folds)
            < ($1.end, $1.start, $1.byteStart, $1.byteEnd, $1.pattern, $1.folds) }
        let occurrences = slotOccurrences(hits)
        evaluator.setDistances(counting: readRuns, wordCount: text.wordCount)
        var verdict = evaluateEveryRule(occurrences, flags: text.flags)
        evaluator.end()
        for entity in text.entities where entity.kind.isReported {
            verdict.entities.append(ReportedEntity(kind: entity.kind, span: ByteSpan(Int(entity.originalStart), Int(entity.originalEnd)),
                                                   valid: entity.valid))
        }
        return verdict
    }

    // MARK: Candidates

    /// The vocabulary id of a word after ``DiacriticFolder`` (always applied), and `confusable`
    /// when a decorative letter was folded.
    private func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (Int32, UInt16) {
        var folded: [UInt8] = []
        let (_, decorated) = DiacriticFolder.fold(word, into: &folded)
        let id = folded.withUnsafeBufferPointer { rules.words.lookup($0) }
        return (id, decorated ? TextFlags.confusable.rawValue : 0)
    }

    private func collectCandidates(_ text: AnalyzedText) -> ([Candidate], [(first: Int32, end: Int32)]) {
        var candidates: [Candidate] = []
        var readRuns: [(first: Int32, end: Int32)] = []
        let entityCount = PhraseAutomaton.entitySymbolCount
        let normalized = text.normalized
        for tokenIndex in text.wordTokens {
            let token = text.tokens[Int(tokenIndex)]
            let (id, folds) = normalized.withUnsafeBufferPointer {
                lookup(UnsafeBufferPointer(rebasing: $0[Int(token.normalizedStart)..<Int(token.normalizedEnd)]))
            }
            if id >= 0 {
                candidates.append(Candidate(symbol: id + entityCount, start: token.position, end: token.position + 1,
                                            byteStart: token.originalStart, byteEnd: token.originalEnd, folds: folds))
            }
        }
        for entity in text.entities where entity.valid {
            candidates.append(Candidate(symbol: Int32(entity.kind.rawValue), start: entity.firstPosition, end: entity.endPosition,
                                        byteStart: entity.originalStart, byteEnd: entity.originalEnd, folds: 0))
        }
        for variant in text.variants {
            let reading = Array(text.variantBytes[Int(variant.bytesStart)..<Int(variant.bytesEnd)])
            let (id, folds) = reading.withUnsafeBufferPointer { reading in
                variant.fold == .confusable ? (rules.skeletonWord(reading), UInt16(0)) : lookup(reading)
            }
            let positions = Int(variant.endPosition - variant.firstPosition)
            let multiPosition = variant.fold == .spaced && positions > 1
            if id >= 0 {
                candidates.append(Candidate(symbol: id + entityCount, start: variant.firstPosition, end: variant.endPosition,
                                            byteStart: variant.originalStart, byteEnd: variant.originalEnd,
                                            folds: variant.fold.flag.rawValue | folds))
                if multiPosition { readRuns.append((variant.firstPosition, variant.endPosition)) }
            } else if multiPosition && reading.count >= 4 && positions == reading.count {
                for reading in segmentations(of: reading) {
                    let first = variant.firstPosition + Int32(reading.start), end = variant.firstPosition + Int32(reading.end)
                    readRuns.append((first, end))
                    let firstToken = text.tokens[Int(text.wordTokens[Int(first)])]
                    let lastToken = text.tokens[Int(text.wordTokens[Int(end) - 1])]
                    candidates.append(Candidate(symbol: reading.id + entityCount, start: first, end: end,
                                                byteStart: firstToken.originalStart, byteEnd: lastToken.originalEnd,
                                                folds: TextFlags.spaced.rawValue | (reading.dearer ? MessageScanner.alternativeReading : 0)))
                }
            }
        }
        return (candidates, readRuns)
    }

    /// The words of a spaced run with no word boundaries (`irecordedyou`) that lie on a reading
    /// within the slack of the cheapest: 2 per word, 3 per one-letter word, 4 per letter left
    /// out. Every pair of letters is tried as a word; `dearer` marks words only on dearer readings.
    private func segmentations(of letters: [UInt8]) -> [(start: Int, end: Int, id: Int32, dearer: Bool)] {
        let n = letters.count
        let unreached = Int.max / 4, skip = 4
        func weight(_ length: Int) -> Int { length == 1 ? 3 : 2 }
        var word = [[Int32]](repeating: [Int32](repeating: -1, count: n + 1), count: n + 1)
        letters.withUnsafeBufferPointer { letters in
            for start in 0..<n {
                for end in (start + 1)...n { word[start][end] = rules.words.lookup(UnsafeBufferPointer(rebasing: letters[start..<end])) }
            }
        }
        var toHere = [Int](repeating: unreached, count: n + 1)
        toHere[0] = 0
        for end in 1...n {
            toHere[end] = toHere[end - 1] + skip
            for start in 0..<end where word[start][end] >= 0 { toHere[end] = min(toHere[end], toHere[start] + weight(end - start)) }
        }
        var fromHere = [Int](repeating: unreached, count: n + 1)
        fromHere[n] = 0
        for start in stride(from: n - 1, through: 0, by: -1) {
            fromHere[start] = fromHere[start + 1] + skip
            for end in (start + 1)...n where word[start][end] >= 0 {
                fromHere[start] = min(fromHere[start], weight(end - start) + fromHere[end])
            }
        }
        var readings: [(start: Int, end: Int, id: Int32, dearer: Bool)] = []
        for start in 0..<n {
            for end in (start + 1)...n where word[start][end] >= 0 {
                let through = toHere[start] + weight(end - start) + fromHere[end]
                if through <= toHere[n] + 3 { readings.append((start, end, word[start][end], through > toHere[n])) }
            }
        }
        return readings
    }

    /// A single plain letter inside a run read as words is not a word of its own.
    private func droppingLettersInsideReadRuns(_ candidates: [Candidate], _ runs: [(first: Int32, end: Int32)]) -> [Candidate] {
        candidates.filter { candidate in
            !(candidate.folds == 0 && candidate.end - candidate.start == 1
              && runs.contains { $0.first <= candidate.start && candidate.start < $0.end })
        }
    }

    // MARK: Patterns, slots and rules

    /// Every way each pattern's symbols follow one another through the candidates: one hit per
    /// chain of candidates, each starting where the previous one ended.
    private func matchPatterns(_ candidates: [Candidate]) -> [PatternHit] {
        var startingAt: [Int32: [Candidate]] = [:]
        for candidate in candidates { startingAt[candidate.start, default: []].append(candidate) }
        var hits: [PatternHit] = []
        func extend(_ pattern: Int32, _ symbols: [Int32], next k: Int, first: Candidate, last: Candidate, folds: UInt16) {
            if k == symbols.count {
                hits.append(PatternHit(pattern: pattern, start: first.start, end: last.end, byteStart: first.byteStart,
                                       byteEnd: last.byteEnd, folds: folds))
                return
            }
            for candidate in startingAt[last.end] ?? [] where candidate.symbol == symbols[k] {
                extend(pattern, symbols, next: k + 1, first: first, last: candidate, folds: folds | candidate.folds)
            }
        }
        for candidate in candidates {
            for pattern in patternsStartingWith[candidate.symbol] ?? [] {
                extend(pattern, patterns[Int(pattern)], next: 1, first: candidate, last: candidate, folds: candidate.folds)
            }
        }
        return hits
    }

    /// Each hit in every slot its pattern feeds, at most ``ScanLimits/occurrencesPerSlot`` per
    /// slot, the first in text order.
    private func slotOccurrences(_ hits: [PatternHit]) -> [MessageScanner.Occurrence] {
        var counts = [Int](repeating: 0, count: rules.slotRule.count)
        var occurrences: [MessageScanner.Occurrence] = []
        for hit in hits {
            for index in Int(rules.patternSlotStart[Int(hit.pattern)])..<Int(rules.patternSlotStart[Int(hit.pattern) + 1]) {
                let slot = rules.patternSlots[index]
                guard counts[Int(slot)] < limits.occurrencesPerSlot else { continue }
                counts[Int(slot)] += 1
                occurrences.append(MessageScanner.Occurrence(slot: slot, start: hit.start, end: hit.end, byteStart: hit.byteStart,
                                                             byteEnd: hit.byteEnd, folds: hit.folds))
            }
        }
        return occurrences
    }

    /// Every rule, in pack order, then the score. Each rule is given the occurrences of its own
    /// slots (in text order), which is all its condition can read.
    private func evaluateEveryRule(_ occurrences: [MessageScanner.Occurrence], flags textFlags: TextFlags) -> Verdict {
        var hits: [RuleHit] = []
        var flags = textFlags
        var byRule: [Int32: [MessageScanner.Occurrence]] = [:]
        for occurrence in occurrences { byRule[rules.slotRule[Int(occurrence.slot)], default: []].append(occurrence) }
        for (index, rule) in rules.compiled.enumerated() {
            evaluator.begin(occurrences: byRule[Int32(index)] ?? [])
            if rule.unless.contains(where: { evaluator.cancels($0) }) { continue }
            guard hits.count < limits.hitsPerMessage else { break }
            guard let leaves = evaluator.matchLeaves(rule.when, limit: limits.spansPerHit) else { continue }
            let folds = TextFlags(rawValue: leaves.reduce(0) { $0 | $1.folds } & ~MessageScanner.alternativeReading)
            flags.formUnion(folds)
            hits.append(RuleHit(ruleIndex: index, rule: rules.rules[index].name, category: rule.category, weight: rule.weight,
                                spans: leaves.map { ByteSpan(Int($0.byteStart), Int($0.byteEnd)) }, folds: folds))
        }
        guard !hits.isEmpty else { return Verdict(score: 0, level: .none, categories: [], hits: [], flags: flags, raw: 0) }
        hits.sort { ($0.spans.first?.start ?? 0, $0.ruleIndex) < ($1.spans.first?.start ?? 0, $1.ruleIndex) }
        let (breakdown, raw) = rules.scoring.breakdown(hits)
        let score = rules.scoring.score(raw: raw)
        return Verdict(score: score, level: rules.scoring.level(for: score), categories: breakdown.map(\.category),
                       hits: hits, flags: flags, raw: raw)
    }
}
