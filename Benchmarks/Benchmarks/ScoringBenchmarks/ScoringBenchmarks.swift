import Benchmark
import BenchmarkSupport
import ChatScreen
import ChatScreenCorpus

/// Full message scoring with `MessageScanner` (analysis, matching, conditions, scoring) on clean
/// ASCII chat, realistic mixed chat, obfuscation-heavy chat and extortion only. Every pass checks
/// its flagged and hit counts against the setup's reference pass, and the setup checks the
/// reference against the generator's labels (recall on extortion, false positives on benign),
/// so a fast wrong answer fails.
///
/// Run: swift package --package-path Benchmarks benchmark --target ScoringBenchmarks
let benchmarks: @Sendable () -> Void = {
    let corpora: [(name: String, profile: CorpusProfile, count: Int, selection: Selection)] = [
        ("cleanASCII", .ascii, 1_000_000, .benign),
        ("mixed", .mixed, 1_000_000, .all),
        ("obfuscated", .obfuscated, 200_000, .all),
        ("positives", .positives, 200_000, .all),
        // The zero-allocation target: mixed-corpus messages with nothing to report (no hits, no
        // reported entities), split by whether ICU's dictionary break engine segments them.
        ("noHits", .mixed, 1_000_000, .nothingToReport(dictionaryScripts: false)),
        ("noHits.dictionaryScripts", .mixed, 1_000_000, .nothingToReport(dictionaryScripts: true)),
    ]

    for corpus in corpora {
        // Messages with nothing to report must not allocate, except in ICU's dictionary engine.
        let zeroAllocations = if case .nothingToReport(dictionaryScripts: false) = corpus.selection { true } else { false }
        Benchmark("Score.\(corpus.name)", configuration: Suite.throughput(zeroAllocations: zeroAllocations)) { benchmark, state in
            for _ in benchmark.scaledIterations {
                var counts = ScoreCounts()
                benchmark.pass(over: state.corpus) { _, message in counts.add(state.scanner.scan(bytes: message)) }
                precondition(counts == state.expected, "scored \(counts), expected \(state.expected)")
                blackHole(counts)
            }
        } setup: {
            try ScoringState(profile: corpus.profile, count: corpus.count, selection: corpus.selection)
        }
    }

    Benchmark("Score.mixed.latency", configuration: Suite.latency()) { benchmark, state in
        var counts = ScoreCounts()
        benchmark.timedPass(over: state.corpus) { _, message in counts.add(state.scanner.scan(bytes: message)) }
        precondition(counts == state.expected, "scored \(counts), expected \(state.expected)")
    } setup: {
        try ScoringState(profile: .mixed, count: 200_000, selection: .all)
    }
}

struct ScoreCounts: Equatable, CustomStringConvertible {
    /// Messages at `medium` or above (what `chatscreen score` flags by default).
    var flagged = 0
    var hits = 0
    mutating func add(_ verdict: Verdict) {
        if verdict.level >= .medium { flagged += 1 }
        hits += verdict.hits.count
    }
    var description: String { "\(flagged) flagged, \(hits) rule hits" }
}

final class ScoringState {
    let corpus: BenchCorpus
    let scanner: MessageScanner
    let expected: ScoreCounts

    init(profile: CorpusProfile, count: Int, selection: Selection) throws {
        let generated = BenchCorpus(profile: profile, count: count)
        let rules = try RuleSet.load(directory: BenchEnvironment.rulesDirectory)
        let scanner = try MessageScanner(rules: rules)
        let corpus: BenchCorpus
        switch selection {
        case .all:
            corpus = generated
        case .benign:
            corpus = generated.filter { !generated.isExtortion[$0] }
        case .nothingToReport(let dictionaryScripts):
            var keep = [Bool](repeating: false, count: generated.count)
            generated.forEachMessage { index, message in
                let verdict = scanner.scan(bytes: message)
                keep[index] = verdict.hits.isEmpty && verdict.entities.isEmpty
                    && Selection.needsDictionary(generated.string(index)) == dictionaryScripts
            }
            corpus = generated.filter { keep[$0] }
            precondition(corpus.count > 0, "no message selected from \(generated.summary)")
        }
        self.corpus = corpus
        self.scanner = scanner
        var counts = ScoreCounts()
        var labels = LabelCheck()
        corpus.forEachMessage { index, message in
            let verdict = scanner.scan(bytes: message)
            counts.add(verdict)
            labels.add(flagged: verdict.level >= .medium, extortion: corpus.isExtortion[index])
        }
        if case .nothingToReport = selection {
            // Selected by their verdicts: the label bounds do not apply, the verdicts must be empty.
            precondition(counts == ScoreCounts(), "messages selected for no hits scored \(counts)")
        } else {
            labels.check(corpus)
        }
        expected = counts
    }
}

/// Which messages of a generated corpus a benchmark scores.
enum Selection {
    case all
    /// Messages the generator labelled benign.
    case benign
    /// Messages whose verdict has no hits and no reported entities; with or without text that
    /// ICU segments with its dictionary break engine (which allocates inside ICU).
    case nothingToReport(dictionaryScripts: Bool)

    /// Whether the text has Thai, Lao, Khmer, Myanmar, Han, Hiragana or Katakana letters, the
    /// scripts ICU's word break iterator segments with a dictionary.
    static func needsDictionary(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
            default: false
            }
        }
    }
}

/// The reference pass against the generator's labels: most extortion is flagged, little benign
/// chat is. The bounds are loose (the rules and the generator change); they catch a scanner that
/// stopped matching, or one that flags everything.
struct LabelCheck {
    var extortion = 0, extortionFlagged = 0, benign = 0, benignFlagged = 0
    mutating func add(flagged: Bool, extortion isExtortion: Bool) {
        if isExtortion {
            extortion += 1
            if flagged { extortionFlagged += 1 }
        } else {
            benign += 1
            if flagged { benignFlagged += 1 }
        }
    }
    func check(_ corpus: BenchCorpus) {
        if extortion > 0 {
            precondition(Double(extortionFlagged) >= 0.3 * Double(extortion),
                         "only \(extortionFlagged) of \(extortion) extortion messages flagged in \(corpus.summary)")
        }
        if benign > 0 {
            precondition(Double(benignFlagged) <= 0.05 * Double(benign),
                         "\(benignFlagged) of \(benign) benign messages flagged in \(corpus.summary)")
        }
    }
}
