#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings read from the environment, so one build can be run at several sizes and on other
/// rule packs.
///
/// | variable | effect |
/// |---|---|
/// | `CHATSCREEN_BENCH_MESSAGES` | messages per corpus, for every suite (default: each suite's own) |
/// | `CHATSCREEN_BENCH_SEED` | the corpus seed (default 7) |
/// | `CHATSCREEN_BENCH_RULES` | the rule pack directory (default: `Rules/` of this repository) |
public enum BenchEnvironment {
    public static func messageCount(default value: Int) -> Int {
        integer("CHATSCREEN_BENCH_MESSAGES") ?? value
    }

    public static var seed: UInt64 { UInt64(integer("CHATSCREEN_BENCH_SEED") ?? 7) }

    /// `Rules/` of the repository this benchmark package sits in, or `CHATSCREEN_BENCH_RULES`
    /// (to compare two builds of the engine on the same rule pack).
    public static var rulesDirectory: String {
        if let override = getenv("CHATSCREEN_BENCH_RULES") { return String(cString: override) }
        var path = #filePath   // …/Benchmarks/Sources/BenchmarkSupport/BenchEnvironment.swift
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Rules"
    }

    public static func integer(_ name: String) -> Int? {
        guard let value = getenv(name) else { return nil }
        return Int(String(cString: value).filter { $0 != "_" && $0 != "," })
    }
}

/// A monotonic clock in nanoseconds (`CLOCK_MONOTONIC`), cheap enough to read around each message.
@inline(__always)
public func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
}
