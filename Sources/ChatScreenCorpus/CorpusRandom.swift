/// The corpus generator's random numbers: xoshiro256** seeded through SplitMix64.
///
/// ```swift
/// var random = CorpusRandom(seed: 7)
/// random.below(6)          // 0...5
/// random.chance(15, in: 100)
/// ```
///
/// Only integer arithmetic: no floating point, no `Hasher`, no system generator, so a seed gives
/// the same numbers on every platform and every run. Ranges are mapped with the high half of a
/// 128-bit product (Lemire), which is exact and portable; its tiny bias is irrelevant here.
struct CorpusRandom: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64) {
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A number in `0..<n`; `n` must be positive.
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// A number in `lower...upper`.
    @inline(__always)
    mutating func inRange(_ lower: Int, _ upper: Int) -> Int { lower + below(upper - lower + 1) }

    /// True with probability `numerator / denominator`.
    @inline(__always)
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool { below(denominator) < numerator }
}
