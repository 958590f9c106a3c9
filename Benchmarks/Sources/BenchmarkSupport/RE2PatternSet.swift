import CRE2Set

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// RE2::Set over many patterns, matched once per message: the "compile every rule into one regex
/// automaton" baseline. Compiled case-insensitive with `.` matching newlines.
///
/// ```swift
/// let set = try RE2PatternSet(translation.patterns.map(\.regex))
/// set.matchCount(bytes)      // how many patterns match the message
/// set.shardCount             // RE2::Sets it took (see below)
/// ```
///
/// The shipped pack translated to regex is larger than one set accepts: about 9 M instructions
/// compiled pattern by pattern, and `RE2::Set::Compile` fails quickly, at any memory budget from
/// 1 to 4 GiB, from about 250 of the 306 patterns on (RE2 limits a program's size and checks
/// that the set's DFA can start within its budget). So the patterns are split, in order, into as
/// few sets as compile (halving a group until it compiles), and a message is matched against
/// each set in turn. ``shardCount`` says how many; the benchmark reports it.
///
/// The memory budget decides RE2's speed here. Its DFA is built lazily, state by state, in a
/// cache of at most the budget; when the cache is full it is thrown away and rebuilt. Measured
/// on 1,000,000 mixed messages (2 sets): with 1 GiB per set the cache kept filling and a pass
/// ran at 15,000 messages/s; with 2 GiB per set it settles after the first pass (65 s, about
/// 15,000 messages/s while the DFA is built) at about 330,000 messages/s, 2.2 GB resident.
/// Splitting into more, smaller sets did not beat that (4 sets of 80 at 1 GiB: 230,000/s; 8
/// sets: 170,000/s). So the default is 2 GiB per set, the fewest sets that compile.
public final class RE2PatternSet {
    private var sets: [OpaquePointer] = []
    /// Pattern index of each set's first pattern.
    private var offsets: [Int] = []
    private var matches: [Int32]
    public let count: Int
    public var shardCount: Int { sets.count }

    public struct CompileError: Error, CustomStringConvertible { public var description: String }

    /// - Parameters:
    ///   - maxMemory: RE2's budget per set, for the program and the DFA cache (default 2 GiB).
    ///   - maxPatternsPerSet: split into sets of at most this many patterns from the start.
    public init(_ patterns: [String], maxMemory: Int = 2 << 30, maxPatternsPerSet: Int = .max) throws {
        count = patterns.count
        matches = [Int32](repeating: 0, count: max(patterns.count, 1))
        let step = max(1, min(maxPatternsPerSet, patterns.count))
        var pending: [Range<Int>] = stride(from: 0, to: patterns.count, by: step).map { $0..<min($0 + step, patterns.count) }
        while let range = pending.first {
            pending.removeFirst()
            switch Self.compile(patterns[range], maxMemory: maxMemory) {
            case .success(let set):
                sets.append(set)
                offsets.append(range.lowerBound)
            case .failure(let error):
                guard range.count > 1 else {
                    sets.forEach { cre2set_free($0) }
                    throw error
                }
                let middle = range.lowerBound + range.count / 2
                pending.insert(contentsOf: [range.lowerBound..<middle, middle..<range.upperBound], at: 0)
            }
        }
    }

    private static func compile(_ patterns: ArraySlice<String>, maxMemory: Int) -> Result<OpaquePointer, CompileError> {
        var error = [CChar](repeating: 0, count: 512)
        let cStrings = patterns.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        let pointers = cStrings.map { UnsafePointer($0) }
        let compiled = pointers.withUnsafeBufferPointer { buffer in
            cre2set_compile(buffer.baseAddress, buffer.count, 1, Int64(maxMemory), &error, error.count)
        }
        guard let compiled else {
            return .failure(CompileError(description: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
        }
        return .success(compiled)
    }

    deinit { sets.forEach { cre2set_free($0) } }

    /// How many patterns match somewhere in `text`. Traps if a DFA runs out of memory (a
    /// baseline that silently fails would report a fast wrong answer).
    @inline(__always)
    public func matchCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        text.withMemoryRebound(to: CChar.self) { chars in
            matches.withUnsafeMutableBufferPointer { out in
                for set in sets {
                    let n = cre2set_match(set, chars.baseAddress, chars.count, out.baseAddress, out.count)
                    precondition(n >= 0, "RE2::Set ran out of memory")
                    total += Int(n)
                }
            }
        }
        return total
    }

    /// The indices of the patterns that match, ascending.
    public func matchingPatterns(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        text.withMemoryRebound(to: CChar.self) { chars in
            matches.withUnsafeMutableBufferPointer { out in
                for (set, offset) in zip(sets, offsets) {
                    let n = cre2set_match(set, chars.baseAddress, chars.count, out.baseAddress, out.count)
                    precondition(n >= 0, "RE2::Set ran out of memory")
                    result += out.prefix(Int(n)).map { offset + Int($0) }
                }
            }
        }
        return result.sorted()
    }
}
