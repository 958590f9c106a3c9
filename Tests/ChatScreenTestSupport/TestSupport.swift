/// Helpers shared by every test target: a seeded random generator and the repository root.

/// A small seeded generator (SplitMix64), so a randomised test that fails can be replayed from
/// the seed it prints.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let n = rng.next() % 10
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The repository root, found from this file's path (tests run inside the checkout).
public let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()
