/// Offers leetspeak readings of glued tokens: `p4y` → `pay`, `$end` → `send`, `f@ceb00k` →
/// `facebook`.
///
/// A reading is made only for a run of tokens with no space between them that mixes letters with
/// leet characters (`0 1 3 4 5 7 @ $`), so `$500`, `24` and `2024` never change. Readings are
/// extra candidates for the matcher: the tokens themselves stay matchable. `1` reads as `i`, and
/// also as `l` in a second reading.
enum LeetFolder {
    @inline(__always)
    static func fold(_ byte: UInt8, one: UInt8) -> UInt8? {
        switch byte {
        case 0x30: return 0x6F // 0 -> o
        case 0x31: return one  // 1 -> i or l
        case 0x33: return 0x65 // 3 -> e
        case 0x34, 0x40: return 0x61 // 4, @ -> a
        case 0x35, 0x24: return 0x73 // 5, $ -> s
        case 0x37: return 0x74 // 7 -> t
        default: return nil
        }
    }

    static func fold(_ text: AnalyzedText, normalized: UnsafeBufferPointer<UInt8>) {
        // Most messages have no leet character at all: one pass over the bytes settles it, before
        // any per-token work.
        var hasLeet = false
        for byte in normalized where fold(byte, one: 0) != nil { hasLeet = true; break }
        guard hasLeet else { return }
        let tokens = text.tokens
        guard !tokens.isEmpty else { return }
        @inline(__always) func glueable(_ t: Token) -> Bool {
            if t.kind == .letter || t.kind == .number { return true }
            guard t.kind == .punctuation, t.normalizedLength == 1 else { return false }
            let b = normalized[Int(t.normalizedStart)]
            return b == 0x40 || b == 0x24
        }
        var first = 0
        while first < tokens.count {
            guard glueable(tokens[first]) else { first += 1; continue }
            var last = first
            while last + 1 < tokens.count && glueable(tokens[last + 1])
                && tokens[last + 1].normalizedStart == tokens[last].normalizedEnd {
                last += 1
            }
            addReadings(text, tokens: tokens, normalized: normalized, first: first, last: last)
            first = last + 1
        }
    }

    private static func addReadings(_ text: AnalyzedText, tokens: [Token], normalized: UnsafeBufferPointer<UInt8>,
                                    first: Int, last: Int) {
        let start = Int(tokens[first].normalizedStart), end = Int(tokens[last].normalizedEnd)
        var letters = 0, leet = 0, ones = 0
        for byte in normalized[start..<end] {
            if byte &- 0x61 < 26 || byte >= 0x80 { letters += 1 }
            else if fold(byte, one: 0) != nil { leet += 1; if byte == 0x31 { ones += 1 } }
        }
        guard letters > 0, leet > 0, end - start >= 2 else { return }
        // Amounts such as 500gbp, 1k or 48h are entities, not leetspeak; "1ch" or "5ie" (digits, then
        // letters that are no unit) are leetspeak ("ich", "sie").
        let run = UnsafeBufferPointer(rebasing: normalized[start..<end])
        if EntityRecognizer.isAmount(run) && (EntityRecognizer.hasSuffix(run, in: EntityRecognizer.currencySuffixes)
                                              || EntityRecognizer.hasSuffix(run, in: EntityRecognizer.durationSuffixes)
                                              || run.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2C || $0 == 0x2E })) { return }
        var firstPosition: Int32 = -1, lastPosition: Int32 = -1
        for t in first...last where tokens[t].position >= 0 {
            if firstPosition < 0 { firstPosition = tokens[t].position }
            lastPosition = tokens[t].position
        }
        guard firstPosition >= 0 else { return }
        for reading in 0..<(ones > 0 ? 2 : 1) {
            let one: UInt8 = reading == 0 ? 0x69 : 0x6C   // 1 reads as i, then as l
            let bytesStart = Int32(text.variantBytes.count)
            for byte in normalized[start..<end] { text.variantBytes.append(fold(byte, one: one) ?? byte) }
            text.variants.append(Variant(
                fold: .leet, firstPosition: firstPosition, endPosition: lastPosition + 1,
                originalStart: tokens[first].originalStart, originalEnd: tokens[last].originalEnd,
                bytesStart: bytesStart, bytesEnd: Int32(text.variantBytes.count)))
        }
    }
}
