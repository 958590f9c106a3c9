import Testing
@testable import ChatScreenText

/// ``PlainChat``: which messages are read from their words alone, and which words they give.
@Suite("Plain chat")
struct PlainChatTests {
    static func words(_ text: String) -> [String]? {
        var scratch: [UInt8] = []
        var words: [String] = []
        var bytes = Array(text.utf8)
        let plain = bytes.withUnsafeMutableBufferPointer { buffer in
            PlainChat.forEachWord(UnsafeBufferPointer(buffer), scratch: &scratch) { word in
                words.append(String(decoding: word, as: UTF8.self))
                return true
            }
        }
        return plain ? words : nil
    }

    @Test("Plain chat gives its words, lower-cased, with the part after an apostrophe too")
    func plain() {
        #expect(Self.words("See you at the cafe, ok?") == ["see", "you", "at", "the", "cafe", "ok"])
        #expect(Self.words("I can't... sorry!") == ["i", "can't", "t", "sorry"])
        #expect(Self.words("l'argent. 'quoted'") == ["l'argent", "argent", "quoted"])
        #expect(Self.words("") == [])
        #expect(Self.words("!!! ??") == [])
    }

    @Test("Anything a recogniser or a fold could read is not plain", arguments: [
        "pay 500 now",                 // a digit: numbers, amounts, leet
        "p4y me",                      // leet
        "pay me $",                    // a currency or leet symbol
        "send it to jess@example",     // @: handles
        "snap: jess",                  // : handles, URLs
        "go to paypal.me now",         // a dot inside a word: URLs, dotted letters
        "p.a.y",                       // dotted letters
        "p a y me",                    // spaced letters
        "paaay me",                    // a tripled letter
        "Tom, Sarah and Mike know",    // three capitals: a name list
        "five hundred pounds",         // a currency word
        "you have two days",           // a unit of time
        "a grand",                     // a currency word
        "café",                        // non-ASCII: diacritics, look-alikes, zero-width
        "line\u{0A}break",             // a control character
        "fine_print",                  // _
    ])
    func notPlain(_ text: String) {
        #expect(Self.words(text) == nil, "\(text.debugDescription)")
    }

    @Test("Too long to be plain: the analysis of a long message may be cut and flagged")
    func length() {
        #expect(Self.words(String(repeating: "ok ", count: PlainChat.maxBytes / 3)) != nil)
        #expect(Self.words(String(repeating: "ok ", count: PlainChat.maxBytes / 3 + 1)) == nil)
    }

    @Test("A word the caller refuses stops the walk")
    func refused() {
        var scratch: [UInt8] = []
        var seen: [String] = []
        var bytes = Array("see you soon".utf8)
        let result = bytes.withUnsafeMutableBufferPointer { buffer in
            PlainChat.forEachWord(UnsafeBufferPointer(buffer), scratch: &scratch) { word in
                seen.append(String(decoding: word, as: UTF8.self))
                return seen.count < 2
            }
        }
        #expect(!result)
        #expect(seen == ["see", "you"])
    }

    @Test("Its words are exactly the analyser's words for plain text")
    func sameWordsAsTheAnalyser() throws {
        let analyzer = try TextAnalyzer()
        for text in ["See you at the cafe, ok?", "I can't... sorry!", "well, it's late! who's coming?", "a b"] {
            guard let words = Self.words(text) else { continue }
            let analysed = analyzer.analyze(text)
            let tokens = analysed.wordTokens.map { analysed.normalizedString(analysed.tokens[Int($0)]) }
            var wholeWords: [String] = []   // without the part after an apostrophe, offered after its word
            var afterApostrophe = false
            for word in words {
                if afterApostrophe { afterApostrophe = false; continue }
                wholeWords.append(word)
                afterApostrophe = word.contains("'")
            }
            #expect(wholeWords == tokens, "\(text)")
        }
    }
}
