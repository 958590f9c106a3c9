import CChatScreenICU

/// Latin letters without their diacritics, so a term and a message match whether or not the
/// accents are written: `vídeo` and `video`, `zapłać` and `zaplac`, `publicaré` and `publicare`.
///
/// ```swift
/// var folded: [UInt8] = []
/// let result = "zapłać".utf8.withContiguousStorageIfAvailable {
///     DiacriticFolder.fold($0, into: &folded)
/// }
/// String(decoding: folded, as: UTF8.self)   // "zaplac"
/// result?.decorated                          // false: Polish letters are ordinary spelling
/// ```
///
/// The rule compiler folds every term this way and the scanner folds every token and reading
/// before looking it up, so both sides meet in one accent-free form. Chat in Spanish, Portuguese,
/// French and Polish drops accents all the time; a lexicon written with them must still match.
///
/// Letters of Latin-1 and Latin Extended-A (`é`, `ñ`, `ç`, `ł`, `ő`) are ordinary spelling.
/// Letters of Latin Extended-B and Latin Extended Additional (`ḟ`, `ặ`, `ƒ`, `ǎ`) and combining
/// marks left over after normalisation are how spam *decorates* English to slip past filters
/// ("ḟeel sặd to ḁlert you"): the result says so, and the scanner reports such a hit as a
/// `confusable` fold.
///
/// - Complexity: O(n) in the bytes; ASCII bytes are copied. The table (1,000 code points, one
///   ICU decomposition each) is built on first use.
public enum DiacriticFolder {
    /// Folds valid UTF-8 `bytes` into `output` (replacing its contents) and says whether anything
    /// changed and whether a decorative letter or mark was folded. Allocation-free when `output`
    /// has room.
    @discardableResult
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> (changed: Bool, decorated: Bool) {
        output.removeAll(keepingCapacity: true)
        var changed = false, decorated = false
        let table = Self.table
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { output.append(b0); i += 1; continue }
            var scalar: UInt32 = 0, length = 1
            if b0 & 0xE0 == 0xC0, i + 1 < n {
                scalar = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); length = 2
            } else if b0 & 0xF0 == 0xE0, i + 2 < n {
                scalar = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); length = 3
            } else {
                length = b0 & 0xF8 == 0xF0 ? 4 : 1
            }
            if scalar >= 0x300 && scalar < 0x370 {   // a combining mark NFKC could not compose
                changed = true; decorated = true
                i += length
                continue
            }
            let entry = table.entry(scalar)
            if entry == 0 {
                for k in i..<min(i + length, n) { output.append(bytes[k]) }
            } else {
                changed = true
                if entry & Table.decoratedBit != 0 { decorated = true }
                output.append(UInt8(truncatingIfNeeded: entry))
                let second = UInt8(truncatingIfNeeded: entry >> 8)
                if second != 0 { output.append(second) }
            }
            i += length
        }
        return (changed, decorated)
    }

    /// Whether UTF-8 `bytes` hold a byte that ``fold(_:into:)`` could change: a lead byte of
    /// Latin-1 Supplement to Latin Extended-B (0xC3–0xC9), of combining marks (0xCC, 0xCD), or of
    /// Latin Extended Additional (0xE1 0xB8–0xBB).
    @inline(__always)
    public static func mayFold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0xC3 && b <= 0xCD { return true }
            if b == 0xE1 && i + 1 < bytes.count && bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB { return true }
            i += 1
        }
        return false
    }

    /// Per code point of U+00C0–U+024F and U+1E00–U+1EFF: the ASCII letters it folds to (low
    /// two bytes, the second 0 for one letter) and whether it is decorative; 0 means "keep".
    struct Table: Sendable {
        static let decoratedBit: UInt32 = 1 << 16
        let latin: [UInt32]       // U+00C0 ..< U+0250
        let additional: [UInt32]  // U+1E00 ..< U+1F00

        @inline(__always)
        func entry(_ scalar: UInt32) -> UInt32 {
            if scalar >= 0xC0 && scalar < 0x250 { return latin[Int(scalar - 0xC0)] }
            if scalar >= 0x1E00 && scalar < 0x1F00 { return additional[Int(scalar - 0x1E00)] }
            return 0
        }
    }

    /// Letters with no canonical decomposition that chat still writes without their mark.
    private static let undecomposed: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xF0: "d", 0xF8: "o", 0xFE: "th", 0x111: "d", 0x127: "h", 0x131: "i", 0x138: "k",
        0x140: "l", 0x142: "l", 0x153: "oe", 0x167: "t", 0x180: "b", 0x183: "b", 0x185: "b", 0x188: "c", 0x18C: "d",
        0x192: "f", 0x199: "k", 0x19A: "l", 0x1A5: "p", 0x1AD: "t", 0x1B4: "y", 0x1B6: "z", 0x1E5: "g", 0x209: "i",
        0x247: "e", 0x249: "j", 0x24B: "q", 0x24D: "r", 0x24F: "y",
    ]

    static let table: Table = {
        func entry(_ scalar: UInt32) -> UInt32 {
            let decorated: UInt32 = scalar >= 0x180 && scalar != 0x219 && scalar != 0x21B ? Table.decoratedBit : 0
            if let letters = undecomposed[scalar] {
                let bytes = Array(letters.utf8)
                return UInt32(bytes[0]) | (bytes.count > 1 ? UInt32(bytes[1]) << 8 : 0) | decorated
            }
            let base = csicu_decomposition_base(Int32(scalar))
            guard base >= 0, UInt32(base) != scalar else { return 0 }
            var folded = UInt32(base)
            if folded >= 0x41 && folded <= 0x5A { folded |= 0x20 }
            guard folded >= 0x61 && folded <= 0x7A else { return 0 }   // e.g. a decomposition to another non-ASCII letter
            return folded | decorated
        }
        return Table(latin: (0xC0..<0x250).map(entry), additional: (0x1E00..<0x1F00).map(entry))
    }()
}
