import Benchmark
import ChatScreen
#if canImport(Glibc)
import Glibc
#endif

/// Message-only scoring against message + conversation scoring, on the same seeded corpus in the
/// same process. Each benchmark checks its own result counts, so a fast wrong answer fails.
///
/// Run: swift package --package-path Benchmarks benchmark --target ScoringBenchmarks
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10),
        maxIterations: 10)

    let corpus = Corpus(count: 100_000, seed: 7)
    let rules = try! RuleSet.load(directory: repositoryRulesDirectory())

    // The reference answers, computed once: how many messages reach medium, and how many
    // conversations reach critical.
    let reference = try! MessageScanner(rules: rules)
    let expectedFlagged = corpus.messages.filter { message in
        message.text.withUnsafeBufferPointer { reference.scan(bytes: $0).level >= .medium }
    }.count
    precondition(expectedFlagged > 0, "the corpus must contain flagged messages")

    // Clean ASCII chat: the common case, and the figure the obfuscation work must not slow down.
    let cleanASCII = corpus.messages.filter { message in message.text.allSatisfy { $0 < 0x80 } }
    let expectedCleanFlagged = cleanASCII.filter { message in
        message.text.withUnsafeBufferPointer { reference.scan(bytes: $0).level >= .medium }
    }.count

    Benchmark("Score clean ASCII messages (message only)") { benchmark in
        let scanner = try MessageScanner(rules: rules)
        for _ in benchmark.scaledIterations {
            var flagged = 0
            for message in cleanASCII {
                let verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                if verdict.level >= .medium { flagged += 1 }
            }
            precondition(flagged == expectedCleanFlagged, "clean ASCII scoring flagged \(flagged), expected \(expectedCleanFlagged)")
            blackHole(flagged)
        }
    }

    Benchmark("Score 100k messages (message only)") { benchmark in
        let scanner = try MessageScanner(rules: rules)
        for _ in benchmark.scaledIterations {
            var flagged = 0
            for message in corpus.messages {
                let verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                if verdict.level >= .medium { flagged += 1 }
            }
            precondition(flagged == expectedFlagged, "message-only scoring flagged \(flagged), expected \(expectedFlagged)")
            blackHole(flagged)
        }
    }

    Benchmark("Score 100k messages with conversation tracking") { benchmark in
        let scanner = try MessageScanner(rules: rules)
        for _ in benchmark.scaledIterations {
            let tracker = ConversationTracker(rules: rules)
            var flagged = 0, critical = 0
            for (line, message) in corpus.messages.enumerated() {
                let verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                if verdict.level >= .medium { flagged += 1 }
                let update = tracker.observe(verdict, conversation: message.conversation, sender: message.sender,
                                             timestamp: nil, reference: MessageReference(line: line + 1))
                if update.level == .critical { critical += 1 }
            }
            precondition(flagged == expectedFlagged, "conversation scoring flagged \(flagged), expected \(expectedFlagged)")
            precondition(critical > 0, "some conversations must reach critical")
            blackHole(critical)
        }
    }
}

/// Rules/ in the repository this benchmark package sits in, or `CHATSCREEN_BENCH_RULES` (to
/// compare two builds of the engine on the same rule pack).
func repositoryRulesDirectory() -> String {
    if let override = getenv("CHATSCREEN_BENCH_RULES") { return String(cString: override) }
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/Rules"
}
