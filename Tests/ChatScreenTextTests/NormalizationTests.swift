import ChatScreenTestSupport
import Testing
@testable import ChatScreenText

@Suite("Normalisation and spans")
struct NormalizationTests {
    let analyzer = try! TextAnalyzer()

    /// (input, normalised, [original span of each token]).
    static let cases: [(String, String, [[Int32]])] = [
        ("PAY Now", "pay now", [[0, 3], [4, 7]]),
        ("Ｆａｃｅｂｏｏｋ", "facebook", [[0, 24]]),                      // full-width: 3 bytes per letter
        ("f\u{200B}ace\u{200D}book", "facebook", [[0, 14]]),           // zero-width space and joiner vanish
        ("𝐟𝐚𝐜𝐞", "face", [[0, 16]]),                                    // mathematical bold
        ("Straße", "strasse", [[0, 7]]),                                // case folding expands ß
        ("ﬁne", "fine", [[0, 5]]),                                      // ligature
        ("don’t", "don't", [[0, 7]]),                                   // typographic apostrophe
        ("ÉCOLE", "école", [[0, 6]]),
    ]

    @Test("NFKC case folding with original spans", arguments: cases)
    func folding(input: String, normalized: String, spans: [[Int32]]) {
        let text = analyzer.analyze(input)
        #expect(text.normalizedString == normalized)
        #expect(text.tokens.map { [$0.originalStart, $0.originalEnd] } == spans)
    }

    @Test("Zero-width characters set the hidden-characters flag")
    func hidden() {
        #expect(analyzer.analyze("pa\u{200B}y").flags.contains(.hiddenCharacters))
        #expect(analyzer.analyze("pa\u{00AD}y").flags.contains(.hiddenCharacters))
        #expect(analyzer.analyze("pay \u{202E}").flags.contains(.hiddenCharacters))
        #expect(!analyzer.analyze("pay ❤️").flags.contains(.hiddenCharacters), "emoji variation selectors are not hidden text")
    }

    @Test("A message longer than the budget is analysed on a prefix and a suffix, on scalar boundaries, and flagged")
    func truncation() throws {
        let small = try TextAnalyzer(maxBytes: 20)
        let text = small.analyze(String(repeating: "é", count: 30))   // 60 bytes
        #expect(text.flags.contains(.truncated))
        #expect(text.analyzedLength == 14 + 4)    // head 15 → 14 (boundary), tail 5 → 4 (boundary)
        #expect(text.originalLength == 60)

        // The start and the end of a long message are both seen, with spans into the whole message.
        let budget = try TextAnalyzer(maxBytes: 400)
        let message = "PAY now " + String(repeating: "blah ", count: 2000) + "or Facebook"
        let long = budget.analyze(message)
        let words = long.tokens.map { long.normalizedString($0) }
        #expect(words.first == "pay" && words.suffix(2) == ["or", "facebook"])
        let bytes = Array(message.utf8)
        let last = try #require(long.tokens.last)
        #expect(String(decoding: bytes[Int(last.originalStart)..<Int(last.originalEnd)], as: UTF8.self) == "Facebook")
    }

    @Test("Tokens beyond the token budget are not analysed, and the message is flagged")
    func tokenBudget() throws {
        let small = try TextAnalyzer(maxTokens: 10)
        let text = small.analyze(String(repeating: "word ", count: 50))
        #expect(text.tokens.count == 10)
        #expect(text.flags.contains(.truncated))
    }

    @Test("Every span lies inside the original text, on scalar boundaries, in order (seeded random messages)")
    func spanProperty() {
        let alphabet: [String] = ["a", "B", "é", "ß", "Ｆ", "𝐟", "😀", "👍🏽", "\u{200B}", " ", ".", "£", "5", "0",
                                  "ก", "我", "お", "ا", "\u{0301}", "’", "@", "$", "\t", "ﬁ", "İ"]
        var rng = SplitMix64(seed: 0xC4A7)
        for trial in 0..<3000 {
            let seed = rng.state
            let length = Int(rng.next() % 40)
            var message = ""
            for _ in 0..<length { message += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            var bytes = Array(message.utf8)
            if rng.next() % 5 == 0, !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = 0xFF }
            let text = analyzer.analyze(bytes: bytes)
            var previousEnd: Int32 = 0
            for token in text.tokens {
                let ok = token.originalStart >= previousEnd && token.originalStart < token.originalEnd
                    && Int(token.originalEnd) <= bytes.count
                    && isBoundary(bytes, Int(token.originalStart)) && isBoundary(bytes, Int(token.originalEnd))
                #expect(ok, "trial \(trial) seed \(seed): token span \(token.originalStart)..<\(token.originalEnd) in \(bytes)")
                if !ok { return }
                previousEnd = token.originalEnd
            }
            for entity in text.entities {
                #expect(entity.originalStart < entity.originalEnd && Int(entity.originalEnd) <= bytes.count,
                        "trial \(trial) seed \(seed)")
            }
        }
    }

    /// Whether `offset` starts a scalar or an invalid subpart, per the standard library's own
    /// UTF-8 parser (an oracle independent of the analyser's repair code).
    private func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var boundaries: Set<Int> = [0, bytes.count]
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .error(let length): position += length
            case .emptyInput: break loop
            }
            boundaries.insert(position)
        }
        return boundaries.contains(offset)
    }
}
