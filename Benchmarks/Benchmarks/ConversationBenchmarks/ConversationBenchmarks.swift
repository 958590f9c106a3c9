import Benchmark
import BenchmarkSupport
import ChatScreen
import ChatScreenCorpus

/// Conversation scoring: `MessageScanner` + `ConversationTracker` over the mixed corpus in
/// generator order (conversations interleaved, with senders and timestamps), and the tracker
/// alone over verdicts computed in setup. Each pass checks its flagged messages and the
/// conversation updates at `high` and `critical` against the setup's reference pass.
///
/// Run: swift package --package-path Benchmarks benchmark --target ConversationBenchmarks
let benchmarks: @Sendable () -> Void = {
    Benchmark("Conversation.scoreAndTrack.mixed", configuration: Suite.throughput()) { benchmark, state in
        for _ in benchmark.scaledIterations {
            let tracker = ConversationTracker(rules: state.rules)
            var counts = ConversationCounts()
            benchmark.pass(over: state.corpus) { index, message in
                let verdict = state.scanner.scan(bytes: message)
                counts.add(verdict, state.observe(tracker, verdict, index))
            }
            precondition(counts == state.expected, "tracked \(counts), expected \(state.expected)")
            blackHole(counts)
        }
    } setup: {
        try ConversationState(count: 1_000_000)
    }

    Benchmark("Conversation.trackOnly.mixed", configuration: Suite.throughput()) { benchmark, state in
        for _ in benchmark.scaledIterations {
            let tracker = ConversationTracker(rules: state.rules)
            var counts = ConversationCounts()
            benchmark.pass(over: state.corpus) { index, _ in
                let verdict = state.verdicts[index]
                counts.add(verdict, state.observe(tracker, verdict, index))
            }
            precondition(counts == state.expected, "tracked \(counts), expected \(state.expected)")
            blackHole(counts)
        }
    } setup: {
        try ConversationState(count: 1_000_000, keepVerdicts: true)
    }
}

struct ConversationCounts: Equatable, CustomStringConvertible {
    var flagged = 0, high = 0, critical = 0
    mutating func add(_ verdict: Verdict, _ update: ConversationVerdict) {
        if verdict.level >= .medium { flagged += 1 }
        if update.level >= .high { high += 1 }
        if update.level == .critical { critical += 1 }
    }
    var description: String { "\(flagged) messages flagged, \(high) conversation updates at high+, \(critical) at critical" }
}

final class ConversationState {
    let corpus: BenchCorpus
    let rules: RuleSet
    let scanner: MessageScanner
    /// Every message's verdict (only for the tracker-alone benchmark).
    let verdicts: [Verdict]
    let expected: ConversationCounts

    init(count: Int, keepVerdicts: Bool = false) throws {
        let corpus = BenchCorpus(profile: .mixed, count: count)
        let rules = try RuleSet.load(directory: BenchEnvironment.rulesDirectory)
        let scanner = try MessageScanner(rules: rules)
        self.corpus = corpus
        self.rules = rules
        self.scanner = scanner
        let tracker = ConversationTracker(rules: rules)
        var counts = ConversationCounts()
        var verdicts: [Verdict] = []
        if keepVerdicts { verdicts.reserveCapacity(corpus.count) }
        corpus.forEachMessage { index, message in
            let verdict = scanner.scan(bytes: message)
            if keepVerdicts { verdicts.append(verdict) }
            counts.add(verdict, Self.observe(tracker, corpus, verdict, index))
        }
        precondition(counts.flagged > 0 && counts.high > 0,
                     "the mixed corpus must flag messages and raise conversations: \(counts) in \(corpus.summary)")
        self.verdicts = verdicts
        expected = counts
    }

    @inline(__always)
    func observe(_ tracker: ConversationTracker, _ verdict: Verdict, _ index: Int) -> ConversationVerdict {
        Self.observe(tracker, corpus, verdict, index)
    }

    @inline(__always)
    static func observe(_ tracker: ConversationTracker, _ corpus: BenchCorpus, _ verdict: Verdict, _ index: Int) -> ConversationVerdict {
        tracker.observe(verdict, conversation: corpus.conversations[index], sender: corpus.senders[index],
                        timestamp: corpus.timestamps[index], reference: MessageReference(line: index + 1))
    }
}
