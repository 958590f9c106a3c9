import Testing
@testable import ChatScreenText

/// Tokens as (normalised text, kind, original byte range) triples, for compact tables.
private func tokens(_ text: AnalyzedText) -> [String] {
    text.tokens.map { "\(text.normalizedString($0))|\($0.kind)|\($0.originalStart)-\($0.originalEnd)" }
}

@Suite("Tokenizer")
struct TokenizerTests {
    let analyzer = try! TextAnalyzer()

    @Test("English words, apostrophes, punctuation and numbers")
    func english() {
        let text = analyzer.analyze("Don’t pay £1,000!")
        #expect(tokens(text) == ["don't|letter|0-7", "pay|letter|8-11", "£|punctuation|12-14", "1,000|number|14-19", "!|punctuation|19-20"])
        #expect(text.wordCount == 3)
        #expect(text.tokens.map(\.position) == [0, 1, -1, 2, -1])
    }

    @Test("Emoji, skin tones and flags are single emoji tokens")
    func emoji() {
        let text = analyzer.analyze("ok 😀👍🏽 🇬🇧")
        #expect(tokens(text) == ["ok|letter|0-2", "😀|emoji|3-7", "👍🏽|emoji|7-15", "🇬🇧|emoji|16-24"])
    }

    @Test("Thai is segmented by dictionary")
    func thai() {
        let text = analyzer.analyze("ฉันรักคุณมาก")
        #expect(tokens(text) == ["ฉัน|letter|0-9", "รัก|letter|9-18", "คุณ|letter|18-27", "มาก|letter|27-36"])
    }

    @Test("Chinese is segmented into ideographic words; full-width comma folds")
    func chinese() {
        let text = analyzer.analyze("我爱你，请付钱")
        #expect(tokens(text) == ["我爱你|ideographic|0-9", ",|punctuation|9-12", "请|ideographic|12-15", "付钱|ideographic|15-21"])
    }

    @Test("Japanese mixes kanji and kana")
    func japanese() {
        let text = analyzer.analyze("お金を払って")
        #expect(text.tokens.first.map { text.normalizedString($0) } == "お金")
        #expect(text.tokens.allSatisfy { $0.kind == .ideographic || $0.kind == .kana })
        #expect(text.tokens.last?.originalEnd == 18)
    }

    @Test("Arabic letters and Arabic-Indic digits")
    func arabic() {
        let text = analyzer.analyze("ادفع ٥٠٠ دولار")
        #expect(tokens(text) == ["ادفع|letter|0-8", "٥٠٠|number|9-15", "دولار|letter|16-26"])
    }

    @Test("Empty and whitespace-only messages have no tokens")
    func empty() {
        #expect(analyzer.analyze("").tokens.isEmpty)
        #expect(analyzer.analyze(" \t  ").tokens.isEmpty)
    }
}

@Suite("Invalid UTF-8")
struct InvalidUTF8Tests {
    let analyzer = try! TextAnalyzer()

    /// (bytes, expected normalised text); every invalid subpart becomes one U+FFFD.
    static let cases: [([UInt8], String)] = [
        ([0x70, 0x61, 0xFF, 0x79], "pa\u{FFFD}y"),                 // invalid lead byte
        ([0x61, 0x80, 0x62], "a\u{FFFD}b"),                         // lone continuation byte
        ([0xC0, 0x80], "\u{FFFD}\u{FFFD}"),                         // overlong NUL
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),           // UTF-16 surrogate D800
        ([0x61, 0xF0, 0x9F, 0x98], "a\u{FFFD}"),                    // truncated 4-byte sequence
        ([0xE2, 0x82], "\u{FFFD}"),                                 // truncated at end
        ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // above U+10FFFF
    ]

    @Test("Invalid bytes are replaced and flagged, never dropped", arguments: cases)
    func repaired(bytes: [UInt8], expected: String) {
        let text = analyzer.analyze(bytes: bytes)
        #expect(text.flags.contains(.invalidUTF8))
        #expect(text.normalizedString == expected)
        #expect(String(decoding: bytes, as: UTF8.self) == expected, "matches the standard library's repair policy")
    }

    @Test("Spans of a repaired message point into the original bytes")
    func spansIntoOriginal() {
        let bytes: [UInt8] = Array("pay ".utf8) + [0xFF, 0xFE] + Array(" £500".utf8)
        let text = analyzer.analyze(bytes: bytes)
        let pay = text.tokens[0]
        #expect((pay.originalStart, pay.originalEnd) == (0, 3))
        let money = text.entities.first { $0.kind == .money }
        #expect(money.map { Array(bytes[Int($0.originalStart)..<Int($0.originalEnd)]) } == Array("£500".utf8))
    }

    @Test("Valid UTF-8 is not flagged")
    func valid() {
        #expect(analyzer.analyze("héllo 😀").flags.isEmpty)
    }
}
