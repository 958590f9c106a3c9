import Benchmark

/// What every suite measures, and how it records a pass over a corpus.
///
/// package-benchmark's own `throughput` counts iterations per second, and one iteration here is
/// a pass over a whole corpus, so each pass also records its own rates as custom metrics:
/// `messages/s`, `text kB/s` (text bytes, no JSON framing) and `messages` per iteration (to turn
/// `mallocCountTotal` into mallocs per message). Latency benchmarks record the time of every
/// message as `ns per message`, whose p50 and p99 are the per-message latency.
public enum Suite {
    public static let messagesPerSecond = BenchmarkMetric.custom("messages/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let kilobytesPerSecond = BenchmarkMetric.custom("text kB/s", polarity: .prefersLarger, useScalingFactor: false)
    public static let messagesPerIteration = BenchmarkMetric.custom("messages", polarity: .prefersSmaller, useScalingFactor: false)
    public static let nanosecondsPerMessage = BenchmarkMetric.custom("ns per message", polarity: .prefersSmaller, useScalingFactor: false)

    /// Committed thresholds are for mallocs only (time is too noisy on a shared 2-core machine):
    /// a change of more than 5% at p90 fails `thresholds check`. A relative threshold cannot
    /// catch a regression from exactly zero: the zero-allocation benchmarks use
    /// ``noMallocThresholds``.
    public static var mallocThresholds: [BenchmarkMetric: BenchmarkThresholds] {
        [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: 5.0])]
    }

    /// A pass over a corpus: wall clock, mallocs, peak RSS and the custom rates. No warm-up
    /// iteration: each benchmark's setup makes a reference pass, which warms the caches.
    ///
    /// - Parameter zeroAllocations: the benchmark must show exactly zero mallocs: its committed
    ///   threshold allows no malloc at all (a relative one cannot), and it does not sample peak
    ///   RSS, whose sampling thread allocates about 400 times a second (measured) while the
    ///   malloc counter counts every thread of the process.
    public static func throughput(maxIterations: Int = 5, maxSeconds: Int = 20, zeroAllocations: Bool = false,
                                  extraMetrics: [BenchmarkMetric] = []) -> Benchmark.Configuration {
        .init(metrics: [.wallClock, .mallocCountTotal] + (zeroAllocations ? [] : [.peakMemoryResident])
                + [messagesPerSecond, kilobytesPerSecond, messagesPerIteration] + extraMetrics,
              warmupIterations: 0,
              maxDuration: .seconds(maxSeconds),
              maxIterations: maxIterations,
              thresholds: zeroAllocations ? noMallocThresholds : mallocThresholds)
    }

    /// Not one malloc more than the committed threshold (which is zero).
    public static var noMallocThresholds: [BenchmarkMetric: BenchmarkThresholds] {
        [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: 0.0], absolute: [.p90: 0])]
    }

    /// One pass timing every message: the latency distribution is `ns per message`.
    public static func latency(maxIterations: Int = 1) -> Benchmark.Configuration {
        .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, nanosecondsPerMessage,
                        messagesPerIteration],
              warmupIterations: 0,
              maxDuration: .seconds(30),
              maxIterations: maxIterations,
              thresholds: mallocThresholds)
    }
}

extension Benchmark {
    /// Records the rates of one pass over `messages` messages of `bytes` text bytes.
    public func recordPass(messages: Int, bytes: Int, nanoseconds: UInt64) {
        let seconds = Double(max(nanoseconds, 1)) / 1e9
        measurement(Suite.messagesPerSecond, Int(Double(messages) / seconds))
        measurement(Suite.kilobytesPerSecond, Int(Double(bytes) / seconds / 1e3))
        measurement(Suite.messagesPerIteration, messages)
    }

    /// Runs `body` over every message of `corpus`, timing the pass, and records its rates.
    @inlinable
    public func pass(over corpus: BenchCorpus, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let start = monotonicNanoseconds()
        corpus.forEachMessage(body)
        recordPass(messages: corpus.count, bytes: corpus.byteCount, nanoseconds: monotonicNanoseconds() - start)
    }

    /// Runs `body` over every message of `corpus`, recording each message's time as
    /// `ns per message` (the clock is read twice per message: ~40 ns of overhead included).
    @inlinable
    public func timedPass(over corpus: BenchCorpus, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        corpus.forEachMessage { index, message in
            let start = monotonicNanoseconds()
            body(index, message)
            measurement(Suite.nanosecondsPerMessage, Int(monotonicNanoseconds() - start))
        }
        measurement(Suite.messagesPerIteration, corpus.count)
    }
}
