import Benchmark
import BenchmarkSupport
import ChatScreen
import ChatScreenCorpus

/// The in-run baselines: the shipped rules translated to one regex per rule
/// (`RuleRegexTranslation`), matched per message by RE2::Set (one lazily built DFA per set of
/// patterns) and by Swift `Regex` and `NSRegularExpression` (each pattern over each message in
/// turn). Each pass checks its matched-message and pattern-hit counts against the setup's
/// reference pass, and the setup checks that the patterns match at least half of the positives
/// corpus, so a broken translation fails the run.
///
/// The naive per-pattern engines, Swift `Regex` and `NSRegularExpression`, run on the first
/// messages of the corpus (`CHATSCREEN_BENCH_SWIFT_REGEX_MESSAGES`, default 20, and
/// `CHATSCREEN_BENCH_NSREGEX_MESSAGES`, default 500); their figures are per message like the
/// others.
///
/// Run: swift package --package-path Benchmarks benchmark --target BaselineBenchmarks
let benchmarks: @Sendable () -> Void = {
    for (profile, count) in [(CorpusProfile.mixed, 1_000_000), (.positives, 200_000)] {
        Benchmark("RE2Set.\(profile.rawValue)",
                  configuration: Suite.throughput(extraMetrics: [patternsMetric, setsMetric, firstPassMetric])) { benchmark, state in
            for _ in benchmark.scaledIterations {
                var counts = MatchCounts()
                benchmark.pass(over: state.corpus) { _, message in counts.add(state.set.matchCount(message)) }
                precondition(counts == state.expected, "RE2::Set matched \(counts), expected \(state.expected)")
                benchmark.measurement(patternsMetric, state.set.count)
                benchmark.measurement(setsMetric, state.set.shardCount)
                benchmark.measurement(firstPassMetric, state.firstPassRate)
                blackHole(counts)
            }
        } setup: {
            try RE2State(profile: profile, count: count)
        }
    }

    Benchmark("RE2Set.mixed.latency", configuration: Suite.latency()) { benchmark, state in
        var counts = MatchCounts()
        benchmark.timedPass(over: state.corpus) { _, message in counts.add(state.set.matchCount(message)) }
        precondition(counts == state.expected, "RE2::Set matched \(counts), expected \(state.expected)")
    } setup: {
        try RE2State(profile: .mixed, count: 200_000)
    }

    // The naive baselines are thousands of times slower, so they run on the first messages of
    // the same corpora; their figures are per message like the others.
    let slices: [(NaiveRegexBaseline.Engine, Int)] = [
        (.swiftRegex, BenchEnvironment.integer("CHATSCREEN_BENCH_SWIFT_REGEX_MESSAGES") ?? 20),
        (.nsRegularExpression, BenchEnvironment.integer("CHATSCREEN_BENCH_NSREGEX_MESSAGES") ?? 500),
    ]
    for (engine, sliceCount) in slices {
        for profile in [CorpusProfile.mixed, .positives] {
            Benchmark("\(engine.benchmarkName).\(profile.rawValue).slice",
                      configuration: Suite.throughput(maxIterations: 3, maxSeconds: 60, extraMetrics: [patternsMetric])) { benchmark, state in
                for _ in benchmark.scaledIterations {
                    var counts = MatchCounts()
                    benchmark.pass(over: state.corpus) { index, _ in counts.add(state.regexes.matchCount(state.strings[index])) }
                    precondition(counts == state.expected, "\(engine.rawValue) matched \(counts), expected \(state.expected)")
                    benchmark.measurement(patternsMetric, state.regexes.count)
                    blackHole(counts)
                }
            } setup: {
                try NaiveRegexState(profile: profile, count: sliceCount, engine: engine)
            }
        }
    }

    // The malloc counter must count: this allocates exactly 1,000 arrays per iteration, so its
    // committed threshold (1,000) fails `thresholds check` if the counter ever reads zero.
    Benchmark("MallocCounterCheck.1000allocations",
              configuration: .init(metrics: [.mallocCountTotal], maxIterations: 10,
                                   thresholds: Suite.mallocThresholds)) { benchmark in
        for _ in benchmark.scaledIterations {
            for n in 0..<1_000 { blackHole([Int](repeating: n, count: 64)) }
        }
    }
}

let patternsMetric = BenchmarkMetric.custom("patterns", polarity: .prefersSmaller, useScalingFactor: false)
let setsMetric = BenchmarkMetric.custom("RE2 sets", polarity: .prefersSmaller, useScalingFactor: false)
/// RE2 builds its DFA lazily: the setup's reference pass, the first over the corpus, is slower.
let firstPassMetric = BenchmarkMetric.custom("first pass messages/s", polarity: .prefersLarger, useScalingFactor: false)

struct MatchCounts: Equatable, CustomStringConvertible {
    /// Messages where at least one pattern matches.
    var matched = 0
    /// Pattern matches summed over messages.
    var hits = 0
    mutating func add(_ patterns: Int) {
        if patterns > 0 { matched += 1 }
        hits += patterns
    }
    var description: String { "\(matched) messages matched, \(hits) pattern hits" }
}

/// At least half the extortion messages of the positives corpus must match a pattern.
func checkPositives(_ counts: MatchCounts, _ corpus: BenchCorpus, _ engine: String) {
    guard corpus.profile == .positives else { return }
    precondition(2 * counts.matched >= corpus.count,
                 "\(engine) matched only \(counts) of \(corpus.summary): is the translation broken?")
}

final class RE2State {
    let corpus: BenchCorpus
    let set: RE2PatternSet
    let expected: MatchCounts
    let firstPassRate: Int

    init(profile: CorpusProfile, count: Int) throws {
        let corpus = BenchCorpus(profile: profile, count: count)
        let translation = try RuleRegexTranslation(rulesDirectory: BenchEnvironment.rulesDirectory, dialect: .re2)
        let set = try RE2PatternSet(translation.patterns.map(\.regex))
        self.corpus = corpus
        self.set = set
        var counts = MatchCounts()
        let start = monotonicNanoseconds()
        corpus.forEachMessage { _, message in counts.add(set.matchCount(message)) }
        firstPassRate = Int(Double(corpus.count) * 1e9 / Double(max(monotonicNanoseconds() - start, 1)))
        checkPositives(counts, corpus, "RE2::Set")
        expected = counts
    }
}

final class NaiveRegexState {
    let corpus: BenchCorpus
    let strings: [String]
    let regexes: NaiveRegexBaseline
    let expected: MatchCounts

    /// The first `count` messages of the same corpus the other benchmarks use (generated at
    /// their size, so `CHATSCREEN_BENCH_MESSAGES` does not change the slice).
    init(profile: CorpusProfile, count: Int, engine: NaiveRegexBaseline.Engine) throws {
        let corpus = BenchCorpus(profile: profile, count: count, exactCount: true)
        let strings = (0..<corpus.count).map(corpus.string)
        let dialect: RuleRegexTranslation.Dialect = engine == .swiftRegex ? .swift : .re2
        let translation = try RuleRegexTranslation(rulesDirectory: BenchEnvironment.rulesDirectory, dialect: dialect)
        let regexes = try NaiveRegexBaseline(translation.patterns.map(\.regex), engine: engine)
        var counts = MatchCounts()
        for text in strings { counts.add(regexes.matchCount(text)) }
        checkPositives(counts, corpus, engine.rawValue)
        self.corpus = corpus
        self.strings = strings
        self.regexes = regexes
        expected = counts
    }
}
