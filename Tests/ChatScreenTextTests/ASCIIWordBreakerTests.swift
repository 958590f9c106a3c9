import ChatScreenCorpus
import ChatScreenTestSupport
import Testing
@testable import ChatScreenText

/// The ASCII fast path must report exactly what ICU reports: boundaries and kinds.
@Suite("ASCII word breaker against ICU")
struct ASCIIWordBreakerTests {
    struct Segment: Equatable, CustomStringConvertible {
        var start: Int32, end: Int32, kind: TokenKind
        var description: String { "\(start)-\(end) \(kind)" }
    }

    static func icu(_ text: [UInt8], _ segmenter: ICUSegmenter) -> [Segment] {
        var out: [Segment] = []
        text.withUnsafeBufferPointer { bytes in segmenter.segment(bytes) { out.append(Segment(start: $0, end: $1, kind: $2)) } }
        return out
    }

    static func fast(_ text: [UInt8]) -> [Segment] {
        var out: [Segment] = []
        text.withUnsafeBufferPointer { bytes in ASCIIWordBreaker.segment(bytes) { out.append(Segment(start: $0, end: $1, kind: $2)) } }
        return out
    }

    /// Pieces that exercise every ASCII rule: letters, digits and `_` joining; `.` `'` `,` `;`
    /// `:` between letters or digits; runs of spaces; tabs, CR, LF, VT, FF and other controls.
    static let pieces: [String] = [
        "a", "b", "pay", "can", "t", "www", "example", "com", "x1", "1a", "0", "7", "42", "1000", "500k", "p4y",
        "_", "__", ".", "..", "'", ",", ";", ":", "-", "/", "$", "#", "*", "!", "?", "@", "%", "&",
        "(", ")", "\"", "`", "~", "^", "+", "=", "<", ">", "[", "]", "{", "}", "|", "\\",
        " ", " ", " ", "  ", "\t", "\r", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{00}", "\u{01}", "\u{1F}", "\u{7F}",
        "PAY", "Don", "I'M",
    ]

    /// 200,000 generated ASCII messages, 0–96 bytes, built from ``pieces`` and random bytes.
    @Test("200,000 generated ASCII messages segment identically", arguments: [UInt64(20261129), 7])
    func generated(seed: UInt64) throws {
        let segmenter = try ICUSegmenter()
        var rng = SplitMix64(seed: seed)
        for index in 0..<100_000 {
            var message: [UInt8] = []
            let target = Int(rng.next() % 97)
            while message.count < target {
                if rng.next() % 8 == 0 {
                    message.append(UInt8(rng.next() % 128))        // any ASCII byte
                } else {
                    message.append(contentsOf: Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))].utf8)
                }
            }
            let expected = Self.icu(message, segmenter), actual = Self.fast(message)
            if expected != actual {
                Issue.record("seed \(seed), message \(index): \(message) — ICU \(expected), fast path \(actual)")
                return
            }
        }
    }

    /// The acceptance check of the performance issue: at least 100,000 messages of the generated
    /// corpus (`chatscreen corpus --profile ascii`), segmented by both paths.
    @Test("150,000 generated chat messages (corpus profile ascii, and the ASCII ones of mixed) segment identically")
    func generatedChat() throws {
        let segmenter = try ICUSegmenter()
        var compared = 0
        for (profile, count) in [(CorpusProfile.ascii, 100_000), (.mixed, 50_000)] {
            for message in CorpusGenerator(seed: 20261129, profile: profile).prefix(count) {
                let bytes = Array(message.text.utf8)
                guard bytes.allSatisfy({ $0 < 0x80 }) else { continue }
                compared += 1
                let expected = Self.icu(bytes, segmenter), actual = Self.fast(bytes)
                if expected != actual {
                    Issue.record("\(profile) message \(message.id) \"\(message.text)\": ICU \(expected), fast path \(actual)")
                    return
                }
            }
        }
        #expect(compared >= 140_000)
    }

    @Test("Every pair and triple of ASCII classes", arguments: ["a", "1", "_"])
    func exhaustiveTriples(lead: String) throws {
        // Every byte 0x00–0x7F in the middle of every pair: catches a wrong class for any byte.
        let segmenter = try ICUSegmenter()
        let samples: [UInt8] = Array("a1_.',;: \t-".utf8)
        for middle in UInt8(0)..<0x80 {
            for tail in samples {
                let message = Array(lead.utf8) + [middle, tail]
                #expect(Self.icu(message, segmenter) == Self.fast(message), "message \(message)")
            }
        }
    }

    @Test("Documented cases")
    func documented() {
        func kinds(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return Self.fast(bytes).map { "\(String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self))|\($0.kind)" }
        }
        #expect(kinds("can't pay 1,000.50 at www.example.com/x") ==
                ["can't|letter", "pay|letter", "1,000.50|number", "at|letter", "www.example.com|letter", "/|punctuation", "x|letter"])
        #expect(kinds("a1 1a _ 1_ a_ a:b") ==
                ["a1|number", "1a|letter", "_|punctuation", "1_|number", "a_|letter", "a|letter", ":|punctuation", "b|letter"])
    }
}
