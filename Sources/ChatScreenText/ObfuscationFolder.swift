import CChatScreenICU

/// Offers de-obfuscated readings of tokens beyond leetspeak: look-alike letters (confusable
/// skeletons), spaced or dotted letters, and repeated letters. Every reading is an extra
/// candidate with the span of the original bytes it covers; the tokens themselves stay matchable.
///
/// | fold | input | reading |
/// |---|---|---|
/// | confusable | `fаcebook` (Cyrillic `а`) | skeleton of the token, matched against skeletons of the vocabulary |
/// | spaced | `f a c e b o o k`, `s-e-n-d`, `p.a.y`, `s_e_n_d` | `facebook`, `send`, `pay`, `send` |
/// | repeated | `faaaacebook`, `plzzzz`, `pleeeease` | `facebook`/`faacebook`, `plz`/`plzz`, `please`/`pleease` |
///
/// Cost: only tokens that need a fold pay for it. ASCII tokens never compute a skeleton; the
/// spaced and repeated folds are byte scans that run only on runs of one-letter tokens or tokens
/// with a tripled letter.
enum ObfuscationFolder {
    /// Performance: one pass over the normalised bytes decides which folds can apply at all
    /// (a tripled letter, an apostrophe, a look-alike script, a one-letter word), so a typical
    /// chat message runs none of the per-token work. Measured on clean ASCII chat: without this
    /// pre-scan the folds cost about 10% of scoring throughput.
    static func fold(_ text: AnalyzedText, normalized: UnsafeBufferPointer<UInt8>) {
        // `spelled` counts letters that stand alone between single separators ("f a c", "p.a.y"):
        // English has one-letter words ("a", "i") everywhere, but rarely three in a row.
        var triple = false, apostrophe = false, lookalike = false, spelled = false
        var previous: UInt8 = 0, run = 0, wordLength = 0, singles = 0, gap = 0
        for byte in normalized {
            run = byte == previous ? run + 1 : 1
            if byte &- 0x61 < 26 || byte >= 0xC0 {   // a letter, or the lead byte of one (а, е, é)
                if run >= 3 && byte < 0x80 { triple = true }
                if byte >= 0xCD && byte <= 0xD6 { lookalike = true }
                wordLength += 1
                gap = 0
            } else if byte >= 0x80 {
                // a continuation byte: part of the letter counted at its lead byte
            } else {
                if wordLength == 1 { singles += 1; if singles >= 3 { spelled = true } } else if wordLength > 1 { singles = 0 }
                wordLength = 0
                gap += 1
                if gap > 1 { singles = 0 }
                if byte == 0x27 { apostrophe = true } else if byte >= 0xCD && byte <= 0xD6 { lookalike = true }
            }
            previous = byte
        }
        if wordLength == 1 && singles >= 2 { spelled = true }
        if spelled { spaced(text, normalized: normalized) }
        guard triple || apostrophe || lookalike else { return }
        let tokens = text.tokens
        for token in tokens where token.kind == .letter {
            let bytes = UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
            if triple { repeated(text, token: token, bytes: bytes) }
            if apostrophe { elision(text, token: token, bytes: bytes) }
            if lookalike && needsSkeleton(bytes) { confusable(text, token: token, bytes: bytes) }
        }
    }

    // MARK: Spaced and dotted letters

    /// A run of three or more one-letter word tokens, each separated from the next by exactly
    /// one space, `.`, `-` or `_` (the same separator throughout), becomes one reading of the
    /// whole run. Only the whole run is offered, so "I a m" reads as "iam" (no word) and
    /// initials such as "J. R. R." read as "jrr" (no word): neither can fire a rule by accident.
    private static func spaced(_ text: AnalyzedText, normalized: UnsafeBufferPointer<UInt8>) {
        let words = text.wordTokens
        var start = 0
        while start < words.count {
            var end = start
            var separator: UInt8 = 0
            while end < words.count && isSingleLetter(text.tokens[Int(words[end])], normalized) {
                guard end + 1 < words.count, isSingleLetter(text.tokens[Int(words[end + 1])], normalized) else { end += 1; break }
                let a = text.tokens[Int(words[end])], b = text.tokens[Int(words[end + 1])]
                guard b.normalizedStart - a.normalizedEnd == 1 else { end += 1; break }
                let gap = normalized[Int(a.normalizedEnd)]
                guard gap == 0x20 || gap == 0x2E || gap == 0x2D || gap == 0x5F, separator == 0 || gap == separator else { end += 1; break }
                separator = gap
                end += 1
            }
            if end - start >= 3 {
                let first = text.tokens[Int(words[start])], last = text.tokens[Int(words[end - 1])]
                let bytesStart = Int32(text.variantBytes.count)
                for w in start..<end {
                    text.variantBytes.append(letter(of: text.tokens[Int(words[w])], normalized) ?? 0x3F)
                }
                text.variants.append(Variant(
                    fold: .spaced, firstPosition: first.position, endPosition: last.position + 1,
                    originalStart: first.originalStart, originalEnd: last.originalEnd,
                    bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
                start = end
            } else {
                start = max(end, start + 1)
            }
        }
        // One token with letters separated by `.` or `_` ("p.a.y", "s_e_n_d": ICU keeps these whole).
        for index in words {
            let token = text.tokens[Int(index)]
            guard token.kind == .letter, token.normalizedLength >= 5 else { continue }
            let bytes = normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]
            // The letters go straight into variantBytes, and come out again if the token is not
            // spelled out after all.
            let bytesStart = Int32(text.variantBytes.count)
            var expectLetter = true
            var valid = true
            for byte in bytes {
                if expectLetter {
                    guard byte &- 0x61 < 26 else { valid = false; break }
                    text.variantBytes.append(byte)
                } else {
                    guard byte == 0x2E || byte == 0x5F else { valid = false; break }
                }
                expectLetter.toggle()
            }
            guard valid, !expectLetter, text.variantBytes.count - Int(bytesStart) >= 3 else {
                text.variantBytes.removeLast(text.variantBytes.count - Int(bytesStart))
                continue
            }
            text.variants.append(Variant(
                fold: .spaced, firstPosition: token.position, endPosition: token.position + 1,
                originalStart: token.originalStart, originalEnd: token.originalEnd,
                bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
        }
    }

    /// A one-letter token that is a letter (or look-alike) and not the start of an amount: the
    /// "R" of "R$ 500" is Brazilian reais, not the last letter of "p a g a R".
    @inline(__always)
    private static func isSingleLetter(_ token: Token, _ normalized: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .letter && token.normalizedLength <= 2 && letter(of: token, normalized) != nil else { return false }
        let next = Int(token.normalizedEnd)
        guard next < normalized.count else { return true }
        let byte = normalized[next]
        if byte == 0x24 || byte &- 0x30 < 10 { return false }                       // "$", a digit
        if byte == 0xC2, next + 1 < normalized.count, normalized[next + 1] == 0xA3 || normalized[next + 1] == 0xA5 { return false }  // "£", "¥"
        if byte == 0xE2, next + 1 < normalized.count, normalized[next + 1] == 0x82 { return false }  // "€" and the other currency signs
        return true
    }

    /// The ASCII letter a one-letter token is, or passes for: `a`, or a Cyrillic or Greek
    /// look-alike (`а`, `е`, `о`, `ρ`) that spam mixes into spaced-out words ("t h е r е").
    @inline(__always)
    private static func letter(of token: Token, _ normalized: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let start = Int(token.normalizedStart)
        if token.normalizedLength == 1 {
            let byte = normalized[start]
            return byte &- 0x61 < 26 ? byte : nil
        }
        // Two bytes must be one two-byte scalar: "or" is two letters, not a look-alike.
        guard token.normalizedLength == 2, normalized[start] & 0xE0 == 0xC0 else { return nil }
        let scalar = UInt16(normalized[start] & 0x1F) << 6 | UInt16(normalized[start + 1] & 0x3F)
        switch scalar {
        case 0x430, 0x3B1: return 0x61          // а α → a
        case 0x435, 0x3B5: return 0x65          // е ε → e
        case 0x43E, 0x3BF: return 0x6F          // о ο → o
        case 0x440, 0x3C1: return 0x70          // р ρ → p
        case 0x441, 0x3F2: return 0x63          // с ϲ → c
        case 0x443, 0x3B3: return 0x79          // у γ → y
        case 0x445, 0x3C7: return 0x78          // х χ → x
        case 0x456, 0x3B9: return 0x69          // і ι → i
        case 0x458: return 0x6A                 // ј → j
        case 0x455: return 0x73                 // ѕ → s
        case 0x4BB: return 0x68                 // һ → h
        case 0x501: return 0x64                 // ԁ → d
        case 0x4CF: return 0x6C                 // ӏ → l
        case 0x3BD: return 0x76                 // ν → v
        case 0x3BA, 0x43A: return 0x6B          // κ к → k
        case 0x3C4: return 0x74                 // τ → t
        case 0x3C5: return 0x75                 // υ → u
        default: return nil
        }
    }

    // MARK: Repeated letters

    /// A token with a run of three or more of one ASCII letter gets two readings: every such run
    /// collapsed to one letter, and to two ("faaaacebook" → "facebook", "faacebook";
    /// "pleeeease" → "please", "pleease"). Digits are never collapsed ("666" stays).
    private static func repeated(_ text: AnalyzedText, token: Token, bytes: UnsafeBufferPointer<UInt8>) {
        var hasRun = false
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] &- 0x61 < 26 && bytes[i] == bytes[i + 1] && bytes[i] == bytes[i + 2] { hasRun = true; break }
            i += 1
        }
        guard hasRun else { return }
        for keep in 1...2 {
            let bytesStart = Int32(text.variantBytes.count)
            var i = 0
            while i < bytes.count {
                var j = i
                while j < bytes.count && bytes[j] == bytes[i] { j += 1 }
                let run = j - i
                let copies = bytes[i] &- 0x61 < 26 && run >= 3 ? keep : run
                for _ in 0..<copies { text.variantBytes.append(bytes[i]) }
                i = j
            }
            text.variants.append(Variant(
                fold: .repeated, firstPosition: token.position, endPosition: token.position + 1,
                originalStart: token.originalStart, originalEnd: token.originalEnd,
                bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
        }
    }

    // MARK: Elision

    /// Elided prefixes: French l' d' j' m' t' s' n' c' qu' jusqu' lorsqu' puisqu', Italian l'
    /// un' dell' nell' sull' dall' all' quell' dev' c'.
    static let elidedPrefixes = WordList(
        "l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "un", "dell", "nell",
        "sull", "dall", "all", "quell", "dev", "nient", "po")

    private static func elision(_ text: AnalyzedText, token: Token, bytes: UnsafeBufferPointer<UInt8>) {
        guard let apostrophe = bytes.firstIndex(of: 0x27), apostrophe >= 1, apostrophe <= 6, apostrophe + 2 < bytes.count,
              elidedPrefixes.contains(UnsafeBufferPointer(rebasing: bytes[0..<apostrophe])) else { return }
        let bytesStart = Int32(text.variantBytes.count)
        text.variantBytes.append(contentsOf: bytes[(apostrophe + 1)...])
        text.variants.append(Variant(
            fold: .elision, firstPosition: token.position, endPosition: token.position + 1,
            originalStart: token.originalStart, originalEnd: token.originalEnd,
            bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
    }

    // MARK: Look-alike letters

    /// Tokens worth a skeleton: those with Greek, Cyrillic or Armenian letters, alone (`расе`) or
    /// mixed with Latin (`fаcebook`): these scripts have letters that pass for Latin ones. Other
    /// scripts (Thai, Arabic, CJK) have no Latin look-alike words to hide, and NFKC already folds
    /// full-width, mathematical and enclosed letters.
    @inline(__always)
    static func needsSkeleton(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Lead bytes 0xCD–0xD6: U+0340–U+05BF (Greek, Cyrillic, Armenian). Accented Latin
        // (é, ñ, ß) is not a look-alike script, so French or German words never pay for this.
        bytes.contains { $0 >= 0xCD && $0 <= 0xD6 }
    }

    private static func confusable(_ text: AnalyzedText, token: Token, bytes: UnsafeBufferPointer<UInt8>) {
        guard let skeleton = ConfusableSkeleton.append(skeletonOf: bytes, to: &text.variantBytes) else { return }
        if text.variantBytes[skeleton].elementsEqual(bytes) {
            text.variantBytes.removeLast(skeleton.count)   // nothing to fold
            return
        }
        let bytesStart = Int32(skeleton.lowerBound)
        text.variants.append(Variant(
            fold: .confusable, firstPosition: token.position, endPosition: token.position + 1,
            originalStart: token.originalStart, originalEnd: token.originalEnd,
            bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
    }
}

/// UTS #39 confusable skeletons through ICU's spoof checker.
///
/// ```swift
/// ConfusableSkeleton.skeleton(of: "fаcebook") == ConfusableSkeleton.skeleton(of: "facebook")   // true
/// ```
public enum ConfusableSkeleton {
    /// The skeleton of a string, or nil if ICU failed.
    public static func skeleton(of text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { skeleton($0) }
    }

    /// The skeleton of valid UTF-8 bytes, or nil if ICU failed.
    ///
    /// - Complexity: about 3 µs for a word; call it only for tokens that need it.
    public static func skeleton(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        return append(skeletonOf: bytes, to: &output) == nil ? nil : output
    }

    /// Appends the skeleton of valid UTF-8 bytes to `output` and returns where it is, or returns
    /// nil (leaving `output` as it was) if ICU failed. Allocation-free when `output` has room:
    /// ICU writes straight into the array's spare capacity.
    static func append(skeletonOf bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Range<Int>? {
        let start = output.count
        var room = max(bytes.count * 3, 16)
        while true {
            output.append(contentsOf: repeatElement(0, count: room))
            let length = output.withUnsafeMutableBufferPointer { buffer in
                Int(csicu_skeleton(bytes.baseAddress, Int32(bytes.count), buffer.baseAddress! + start, Int32(room)))
            }
            guard length >= 0 else {
                output.removeLast(room)
                return nil
            }
            if length <= room {
                output.removeLast(room - length)
                return start..<(start + length)
            }
            output.removeLast(room)
            room = length   // too small: ICU said how much it needs
        }
    }
}
