/// Recognises *plain chat*: a message that ``TextAnalyzer`` would read as its words and nothing
/// more, so that a scanner can settle it from its words alone, without analysing it.
///
/// ```swift
/// var scratch: [UInt8] = []
/// PlainChat.forEachWord("see you at the cafe, ok?", scratch: &scratch) { word in
///     word.count < 10          // false stops: the message needs the full analysis after all
/// }                            // true: plain, and every word passed
/// PlainChat.forEachWord("p.a.y me", scratch: &scratch) { _ in true }   // false: dotted letters
/// ```
///
/// A message is plain when nothing in it can become an entity, a name list, a handle, a
/// payment identifier or a fold's reading:
/// - at most ``maxBytes`` bytes, all ASCII letters, spaces and `,` `!` `?` `'` `.`, with a `.`
///   only before a space, the end or more `.!?` (no URL, no dotted letters, no number, no
///   currency or leet symbol, no control or non-ASCII character: no look-alike, diacritic,
///   zero-width or invalid byte);
/// - fewer than three words starting with a capital (a name list needs three names);
/// - no two one-letter words in a row (spaced letters need three) and no letter three times in a
///   row (the repeated-letter fold);
/// - no currency word or unit of time (`grand`, `bucks`, `k`, `days`, `hours`): with number
///   words (`five hundred pounds`, `two days`) they make amounts and durations.
///
/// Words are what ICU's word breaks give for such text (``ASCIIWordBreaker``): runs of letters,
/// joined by an apostrophe between two letters (`can't`). The part after a word's apostrophe is
/// offered too (`l'argent` → `argent`: the elision fold reads it).
///
/// - Complexity: O(n), one pass to check the bytes and lower-case them into `scratch`, one to
///   split the words; no allocation once `scratch` has room.
public enum PlainChat {
    /// Longer messages are never plain: the analysis of a very long message may be cut at
    /// ``TextAnalyzer/maxTokens`` and flagged, which its words alone cannot say.
    public static let maxBytes = 4_096

    private static let allowed: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: " "),
             UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Calls `body` with each word of a plain message, lower-cased, in order. Returns false when
    /// the message is not plain or `body` returns false for a word (then at once); true when the
    /// message is plain and `body` accepted every word.
    public static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                                   _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let n = bytes.count
        guard n <= maxBytes else { return false }
        scratch.removeAll(keepingCapacity: true)
        var capitals = 0
        var run = 0
        var previous: UInt8 = 0
        for i in 0..<n {
            let byte = bytes[i]
            guard allowed[Int(byte)] else { return false }
            if byte == UInt8(ascii: ".") && i + 1 < n {
                let next = bytes[i + 1]
                guard next == UInt8(ascii: " ") || next == UInt8(ascii: ".") || next == UInt8(ascii: "!")
                        || next == UInt8(ascii: "?") else { return false }
            }
            let lower = isLetter(byte) ? byte | 0x20 : byte
            if isLetter(byte) {
                run = lower == previous ? run + 1 : 1
                guard run < 3 else { return false }
                if byte < 0x5B && !(i > 0 && isLetter(bytes[i - 1])) {
                    capitals += 1
                    guard capitals < 3 else { return false }
                }
            } else {
                run = 0
            }
            previous = lower
            scratch.append(lower)
        }
        return scratch.withUnsafeBufferPointer { text in
            var start = 0
            var previousWasSingleLetter = false
            while start < n {
                guard isLetter(text[start]) else { start += 1; continue }
                var end = start + 1
                var apostrophe = -1
                while end < n {
                    if isLetter(text[end]) {
                        end += 1
                    } else if text[end] == UInt8(ascii: "'") && end + 1 < n && isLetter(text[end + 1]) {
                        if apostrophe < 0 { apostrophe = end }
                        end += 1
                    } else {
                        break
                    }
                }
                let word = UnsafeBufferPointer(rebasing: text[start..<end])
                let single = end - start == 1
                guard !(single && previousWasSingleLetter) else { return false }
                previousWasSingleLetter = single
                guard !EntityRecognizer.currencyWords.contains(word), !EntityRecognizer.durationUnits.contains(word),
                      body(word) else { return false }
                if apostrophe >= 0 {
                    let afterApostrophe = UnsafeBufferPointer(rebasing: text[(apostrophe + 1)..<end])
                    guard body(afterApostrophe) else { return false }
                }
                start = end
            }
            return true
        }
    }
}
