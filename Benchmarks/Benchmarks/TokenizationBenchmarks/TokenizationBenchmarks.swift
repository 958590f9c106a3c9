import Benchmark
import BenchmarkSupport
import ChatScreen
import ChatScreenCorpus

/// Tokenisation alone: `TextAnalyzer.analyze(bytes:)` (UTF-8 check, NFKC_Casefold, ICU word
/// break, entities, obfuscation readings), without matching or scoring, on ASCII, mixed and
/// non-Latin corpora. Each pass asserts the same token and entity counts as the setup's
/// reference pass, and that the counts are plausible for the corpus.
///
/// Run: swift package --package-path Benchmarks benchmark --target TokenizationBenchmarks
let benchmarks: @Sendable () -> Void = {
    let corpora: [(CorpusProfile, Int)] = [(.ascii, 1_000_000), (.mixed, 1_000_000), (.nonLatin, 200_000)]

    for (profile, count) in corpora {
        Benchmark("Tokenise.\(profile.rawValue)", configuration: Suite.throughput()) { benchmark, state in
            for _ in benchmark.scaledIterations {
                var counts = TokenCounts()
                benchmark.pass(over: state.corpus) { _, message in counts.add(state.analyzer.analyze(bytes: message)) }
                precondition(counts == state.expected, "tokenised \(counts), expected \(state.expected)")
                blackHole(counts)
            }
        } setup: {
            try TokenisationState(profile: profile, count: count)
        }
    }

    Benchmark("Tokenise.mixed.latency", configuration: Suite.latency()) { benchmark, state in
        var counts = TokenCounts()
        benchmark.timedPass(over: state.corpus) { _, message in counts.add(state.analyzer.analyze(bytes: message)) }
        precondition(counts == state.expected, "tokenised \(counts), expected \(state.expected)")
    } setup: {
        try TokenisationState(profile: .mixed, count: 200_000)
    }
}

struct TokenCounts: Equatable, CustomStringConvertible {
    var tokens = 0, words = 0, entities = 0
    mutating func add(_ text: AnalyzedText) {
        tokens += text.tokens.count
        words += text.wordCount
        entities += text.entities.count
    }
    var description: String { "\(tokens) tokens, \(words) words, \(entities) entities" }
}

final class TokenisationState {
    let corpus: BenchCorpus
    let analyzer: TextAnalyzer
    let expected: TokenCounts

    init(profile: CorpusProfile, count: Int) throws {
        let corpus = BenchCorpus(profile: profile, count: count)
        let analyzer = try TextAnalyzer()
        self.corpus = corpus
        self.analyzer = analyzer
        var counts = TokenCounts()
        corpus.forEachMessage { _, message in counts.add(analyzer.analyze(bytes: message)) }
        // Chat messages have a few words each; far fewer means tokenisation is broken.
        precondition(counts.words >= 2 * corpus.count, "only \(counts) in \(corpus.summary)")
        expected = counts
    }
}
