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
    let corpora: [(name: String, profile: CorpusProfile, count: Int, cleanOnly: Bool)] = [
        ("cleanASCII", .ascii, 1_000_000, true),
        ("mixed", .mixed, 1_000_000, false),
        ("obfuscated", .obfuscated, 200_000, false),
        ("positives", .positives, 200_000, false),
    ]

    for corpus in corpora {
        Benchmark("Score.\(corpus.name)", configuration: Suite.throughput()) { benchmark, state in
            for _ in benchmark.scaledIterations {
                var counts = ScoreCounts()
                benchmark.pass(over: state.corpus) { _, message in counts.add(state.scanner.scan(bytes: message)) }
                precondition(counts == state.expected, "scored \(counts), expected \(state.expected)")
                blackHole(counts)
            }
        } setup: {
            try ScoringState(profile: corpus.profile, count: corpus.count, cleanOnly: corpus.cleanOnly)
        }
    }

    Benchmark("Score.mixed.latency", configuration: Suite.latency()) { benchmark, state in
        var counts = ScoreCounts()
        benchmark.timedPass(over: state.corpus) { _, message in counts.add(state.scanner.scan(bytes: message)) }
        precondition(counts == state.expected, "scored \(counts), expected \(state.expected)")
    } setup: {
        try ScoringState(profile: .mixed, count: 200_000, cleanOnly: false)
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

    init(profile: CorpusProfile, count: Int, cleanOnly: Bool) throws {
        let generated = BenchCorpus(profile: profile, count: count)
        let corpus = cleanOnly ? generated.filter { !generated.isExtortion[$0] } : generated
        let rules = try RuleSet.load(directory: BenchEnvironment.rulesDirectory)
        let scanner = try MessageScanner(rules: rules)
        self.corpus = corpus
        self.scanner = scanner
        var counts = ScoreCounts()
        var labels = LabelCheck()
        corpus.forEachMessage { index, message in
            let verdict = scanner.scan(bytes: message)
            counts.add(verdict)
            labels.add(flagged: verdict.level >= .medium, extortion: corpus.isExtortion[index])
        }
        labels.check(corpus)
        expected = counts
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
