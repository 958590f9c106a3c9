/// UTF-8 validation and repair, with the facts the analyser needs from the same pass.
///
/// ```swift
/// var repaired: [UInt8] = [], starts: [Int32] = [], ends: [Int32] = []
/// let scan = UTF8Repair.scan(bytes)
/// if !scan.isValid { UTF8Repair.repair(bytes, into: &repaired, starts: &starts, ends: &ends) }
/// ```
///
/// Invalid sequences are replaced by U+FFFD one "maximal subpart" at a time (Unicode 15, §3.9,
/// the same policy as Swift's `String(decoding:as:)` and ICU), so `F0 9F 98` (a truncated emoji)
/// becomes one U+FFFD, and `C0 80` (an overlong NUL) becomes two.
public enum UTF8Repair {
    /// The result of one pass over the bytes.
    public struct Scan: Sendable, Equatable {
        public var isASCII: Bool
        public var isValid: Bool
        /// Zero-width characters, soft hyphens or bidi controls occur.
        public var hasHiddenCharacters: Bool
    }

    /// The length of the valid sequence starting at `i`, or the negated length of the maximal
    /// invalid subpart to replace (always at least 1 byte).
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let count = bytes.count
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        @inline(__always) func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            j < count && bytes[j] >= low && bytes[j] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : -1
        case 0xE0...0xEF:
            let (low, high): (UInt8, UInt8) = lead == 0xE0 ? (0xA0, 0xBF) : lead == 0xED ? (0x80, 0x9F) : (0x80, 0xBF)
            guard continuation(i + 1, low, high) else { return -1 }
            return continuation(i + 2) ? 3 : -2
        case 0xF0...0xF4:
            let (low, high): (UInt8, UInt8) = lead == 0xF0 ? (0x90, 0xBF) : lead == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
            guard continuation(i + 1, low, high) else { return -1 }
            guard continuation(i + 2) else { return -2 }
            return continuation(i + 3) ? 4 : -3
        default:
            return -1
        }
    }

    /// Whether the scalar at `i` (a valid sequence of `length` bytes) is a zero-width, soft-hyphen
    /// or bidi control character.
    @inline(__always)
    static func isHidden(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        switch length {
        case 2:
            return bytes[i] == 0xC2 && bytes[i + 1] == 0xAD                       // U+00AD soft hyphen
                || (bytes[i] == 0xD8 && bytes[i + 1] == 0x9C)                     // U+061C ALM
        case 3:
            let b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b0 == 0xE2 && b1 == 0x80 {
                return (0x8B...0x8F).contains(b2) || (0xAA...0xAE).contains(b2)  // U+200B–200F, U+202A–202E
            }
            if b0 == 0xE2 && b1 == 0x81 {
                return (0xA0...0xA4).contains(b2) || (0xA6...0xA9).contains(b2)  // U+2060–2064, U+2066–2069
            }
            return b0 == 0xEF && b1 == 0xBB && b2 == 0xBF                        // U+FEFF
        default:
            return false
        }
    }

    /// Classifies `bytes` in one pass.
    ///
    /// - Complexity: O(n); an all-ASCII input is checked eight bytes at a time.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var i = 0
        let count = bytes.count
        // Fast path: eight ASCII bytes at a time.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < count && bytes[i] < 0x80 { i += 1 }
        if i == count { return Scan(isASCII: true, isValid: true, hasHiddenCharacters: false) }
        var result = Scan(isASCII: false, isValid: true, hasHiddenCharacters: false)
        while i < count {
            let length = sequenceLength(bytes, at: i)
            if length < 0 {
                result.isValid = false
                i += -length
            } else {
                if length > 1 && isHidden(bytes, at: i, length: length) { result.hasHiddenCharacters = true }
                i += length
            }
        }
        return result
    }

    /// Writes `bytes` with every invalid subpart replaced by U+FFFD (EF BF BD) into `output`, and
    /// for each output byte the original range it stands for: `[starts[k], ends[k + 1])`.
    public static func repair(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
        starts: inout [Int32], ends: inout [Int32]
    ) {
        output.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        ends.append(0)
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            if length < 0 {
                let end = Int32(i - length)
                for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                    output.append(byte)
                    starts.append(Int32(i))
                    ends.append(end)
                }
                i -= length
            } else {
                for k in 0..<length {
                    output.append(bytes[i + k])
                    starts.append(Int32(i + k))
                    ends.append(Int32(i + k + 1))
                }
                i += length
            }
        }
    }
}
