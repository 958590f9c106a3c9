import Benchmark
import BenchmarkSupport
import ChatScreen

/// Compiling the shipped rule pack (`Rules/`, or `CHATSCREEN_BENCH_RULES`): reading the files
/// is done once in setup; each iteration parses, validates and compiles the whole pack into one
/// automaton, and checks the rule count and automaton size against the setup's compile.
///
/// Run: swift package --package-path Benchmarks benchmark --target CompilationBenchmarks
let benchmarks: @Sendable () -> Void = {
    Benchmark("Compile.shippedRules",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                   warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 20,
                                   thresholds: Suite.mallocThresholds)) { (benchmark: Benchmark, state: CompilationState) in
        for _ in benchmark.scaledIterations {
            let rules = try! RuleSet.compile(state.source)
            precondition(rules.rules.count == state.expected.ruleCount
                && rules.statistics.automatonStates == state.expected.automatonStates,
                "compiled \(rules.rules.count) rules, \(rules.statistics.automatonStates) states; expected \(state.expected)")
            blackHole(rules)
        }
    } setup: {
        let source = try RulePackSource.directory(BenchEnvironment.rulesDirectory)
        let statistics = try RuleSet.compile(source).statistics
        precondition(statistics.ruleCount > 100, "the shipped pack has hundreds of rules, got \(statistics.ruleCount)")
        return CompilationState(source: source, expected: (statistics.ruleCount, statistics.automatonStates))
    }
}

struct CompilationState {
    var source: RulePackSource
    var expected: (ruleCount: Int, automatonStates: Int)
}
