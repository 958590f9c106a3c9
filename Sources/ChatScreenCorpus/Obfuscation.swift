/// The ways offenders disguise a keyword, as rewrites of ASCII letters.
///
/// ```swift
/// var out: [UInt8] = []
/// var random = CorpusRandom(seed: 3)
/// Obfuscation.leet.rewrite(Array("pay".utf8)[...], &random, into: &out)     // "p4y"
/// Obfuscation.spaced.rewrite(Array("pay".utf8)[...], &random, into: &out)   // "p a y"
/// ```
///
/// Each rewrite changes at least one letter (falling back to repeating a letter when a word has
/// none the rewrite applies to), so an obfuscated keyword never equals the plain one. Bytes
/// other than ASCII letters are copied unchanged.
enum Obfuscation: Sendable, CaseIterable {
    /// `p4y`, `f@ceb00k`, `$end`.
    case leet
    /// `p a y`.
    case spaced
    /// `p.a.y`.
    case dotted
    /// `payyyy`.
    case repeated
    /// Cyrillic look-alike letters: `fаcebook` with U+0430.
    case confusable
    /// U+200B, U+200C, U+200D or U+2060 inside the word.
    case zeroWidth
    /// Mathematical bold letters (`𝐩𝐚𝐲`).
    case mathBold
    /// Full-width letters (`ｐａｙ`).
    case fullWidth

    /// Whether the rewrite keeps the text ASCII.
    var isASCII: Bool {
        switch self {
        case .leet, .spaced, .dotted, .repeated: true
        case .confusable, .zeroWidth, .mathBold, .fullWidth: false
        }
    }

    static let asciiCases: [Obfuscation] = [.leet, .spaced, .dotted, .repeated]

    func rewrite(_ word: ArraySlice<UInt8>, _ random: inout CorpusRandom, into out: inout [UInt8]) {
        switch self {
        case .leet: Self.leet(word, &random, &out)
        case .spaced: Self.separate(word, by: UInt8(ascii: " "), &out)
        case .dotted: Self.separate(word, by: UInt8(ascii: "."), &out)
        case .repeated: Self.repeatLetter(word, &random, &out)
        case .confusable: Self.confusable(word, &random, &out)
        case .zeroWidth: Self.zeroWidth(word, &random, &out)
        case .mathBold: Self.mapLetters(word, lower: 0x1D41A, upper: 0x1D400, &out)
        case .fullWidth: Self.mapLetters(word, lower: 0xFF41, upper: 0xFF21, &out)
        }
    }

    @inline(__always)
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    private static func leet(_ word: ArraySlice<UInt8>, _ random: inout CorpusRandom, _ out: inout [UInt8]) {
        func substitute(_ c: UInt8, _ random: inout CorpusRandom) -> UInt8? {
            switch c | 0x20 {
            case UInt8(ascii: "a"): random.chance(2, in: 3) ? UInt8(ascii: "4") : UInt8(ascii: "@")
            case UInt8(ascii: "e"): UInt8(ascii: "3")
            case UInt8(ascii: "i"): random.chance(3, in: 4) ? UInt8(ascii: "1") : UInt8(ascii: "!")
            case UInt8(ascii: "o"): UInt8(ascii: "0")
            case UInt8(ascii: "s"): random.chance(2, in: 3) ? UInt8(ascii: "5") : UInt8(ascii: "$")
            case UInt8(ascii: "t"): UInt8(ascii: "7")
            case UInt8(ascii: "b"): UInt8(ascii: "8")
            default: nil
            }
        }
        let start = out.count
        var changed = false
        for c in word {
            if let s = substitute(c, &random), random.chance(2, in: 3) {
                out.append(s)
                changed = true
            } else {
                out.append(c)
            }
        }
        guard !changed else { return }
        for k in start..<out.count {
            if let s = substitute(out[k], &random) {
                out[k] = s
                return
            }
        }
        out.removeSubrange(start...)
        repeatLetter(word, &random, &out)
    }

    private static func separate(_ word: ArraySlice<UInt8>, by separator: UInt8, _ out: inout [UInt8]) {
        var previousWasLetter = false
        for c in word {
            let letter = isLetter(c)
            if letter && previousWasLetter { out.append(separator) }
            out.append(c)
            previousWasLetter = letter
        }
    }

    private static func repeatLetter(_ word: ArraySlice<UInt8>, _ random: inout CorpusRandom, _ out: inout [UInt8]) {
        // Prefer the last letter ("payyyy") or a vowel ("pleeease").
        var target = -1
        var vowels: [Int] = []
        for k in word.indices where isLetter(word[k]) {
            target = k
            switch word[k] | 0x20 {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): vowels.append(k)
            default: break
            }
        }
        if !vowels.isEmpty && random.chance(1, in: 2) { target = vowels[random.below(vowels.count)] }
        let extra = random.inRange(2, 5)
        for k in word.indices {
            out.append(word[k])
            if k == target { for _ in 0..<extra { out.append(word[k]) } }
        }
    }

    private static func confusableScalar(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "a"): 0x0430
        case UInt8(ascii: "c"): 0x0441
        case UInt8(ascii: "e"): 0x0435
        case UInt8(ascii: "o"): 0x043E
        case UInt8(ascii: "p"): 0x0440
        case UInt8(ascii: "x"): 0x0445
        case UInt8(ascii: "y"): 0x0443
        case UInt8(ascii: "i"): 0x0456
        case UInt8(ascii: "s"): 0x0455
        case UInt8(ascii: "A"): 0x0410
        case UInt8(ascii: "B"): 0x0412
        case UInt8(ascii: "C"): 0x0421
        case UInt8(ascii: "E"): 0x0415
        case UInt8(ascii: "H"): 0x041D
        case UInt8(ascii: "K"): 0x041A
        case UInt8(ascii: "M"): 0x041C
        case UInt8(ascii: "O"): 0x041E
        case UInt8(ascii: "P"): 0x0420
        case UInt8(ascii: "T"): 0x0422
        case UInt8(ascii: "X"): 0x0425
        default: nil
        }
    }

    private static func confusable(_ word: ArraySlice<UInt8>, _ random: inout CorpusRandom, _ out: inout [UInt8]) {
        let candidates = word.indices.filter { confusableScalar(word[$0]) != nil }
        guard !candidates.isEmpty else { return zeroWidth(word, &random, &out) }
        let first = candidates[random.below(candidates.count)]
        let second = random.chance(1, in: 3) ? candidates[random.below(candidates.count)] : first
        for k in word.indices {
            if k == first || k == second, let scalar = confusableScalar(word[k]) {
                appendUTF8(scalar, &out)
            } else {
                out.append(word[k])
            }
        }
    }

    private static let zeroWidthScalars: [UInt32] = [0x200B, 0x200C, 0x200D, 0x2060]

    private static func zeroWidth(_ word: ArraySlice<UInt8>, _ random: inout CorpusRandom, _ out: inout [UInt8]) {
        // Insert after a letter that is followed by another letter.
        let gaps = word.indices.dropLast().filter { isLetter(word[$0]) && isLetter(word[$0 + 1]) }
        guard !gaps.isEmpty else { return repeatLetter(word, &random, &out) }
        let first = gaps[random.below(gaps.count)]
        let second = random.chance(1, in: 3) ? gaps[random.below(gaps.count)] : first
        let scalar = zeroWidthScalars[random.below(zeroWidthScalars.count)]
        for k in word.indices {
            out.append(word[k])
            if k == first || k == second { appendUTF8(scalar, &out) }
        }
    }

    private static func mapLetters(_ word: ArraySlice<UInt8>, lower: UInt32, upper: UInt32, _ out: inout [UInt8]) {
        for c in word {
            switch c {
            case 0x61...0x7A: appendUTF8(lower + UInt32(c - 0x61), &out)
            case 0x41...0x5A: appendUTF8(upper + UInt32(c - 0x41), &out)
            default: out.append(c)
            }
        }
    }

    static func appendUTF8(_ scalar: UInt32, _ out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
