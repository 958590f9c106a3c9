import Testing
@testable import ChatScreenText

@Suite("Entities and leetspeak")
struct EntityTests {
    let analyzer = try! TextAnalyzer()

    private func entities(_ input: String, _ kind: EntityKind) -> [String] {
        let text = analyzer.analyze(input)
        let bytes = Array(input.utf8)
        return text.entities.filter { $0.kind == kind }.map {
            String(decoding: bytes[Int($0.originalStart)..<Int($0.originalEnd)], as: UTF8.self)
        }
    }

    static let money: [(String, [String])] = [
        ("pay £500 now", ["£500"]),
        ("send $1,000", ["$1,000"]),
        ("I want 500gbp", ["500gbp"]),
        ("1k or else", ["1k"]),
        ("give me $1k", ["$1k"]),
        ("500 quid", ["500 quid"]),
        ("1 grand", ["1 grand"]),
        ("300 dollars today", ["300 dollars"]),
        ("€50 and 20€", ["€50", "20€"]),
        ("ＰＡＹ ５００ＧＢＰ", ["５００ＧＢＰ"]),
        ("I have 3 cats", []),
        ("see you at 5", []),
    ]

    @Test("Money amounts", arguments: money)
    func moneyAmounts(input: String, expected: [String]) {
        #expect(entities(input, .money) == expected)
    }

    static let durations: [(String, [String])] = [
        ("you have 24 hours", ["24 hours"]),
        ("2hrs left", ["2hrs"]),
        ("48h", ["48h"]),
        ("in 30 mins", ["30 mins"]),
        ("an hour", ["an hour"]),
        ("two days", ["two days"]),
        ("24/7 support", []),
    ]

    @Test("Durations", arguments: durations)
    func durationEntities(input: String, expected: [String]) {
        #expect(entities(input, .duration) == expected)
    }

    static let urls: [(String, [String])] = [
        ("go to https://example.com/pay?x=1 now", ["https://example.com/pay?x=1"]),
        ("www.site.org.", ["www.site.org"]),
        ("paypal.me/bob", ["paypal.me/bob"]),
        ("e.g. this", []),
    ]

    @Test("URLs", arguments: urls)
    func urlEntities(input: String, expected: [String]) {
        #expect(entities(input, .url) == expected)
    }

    static let leet: [(String, [String])] = [
        ("p4y now", ["pay"]),
        ("$end it", ["send"]),
        ("f@ceb00k", ["facebook"]),
        ("ki11", ["kiii", "kill"]),
        ("$500 in 2024", []),          // no letters: amounts and years stay as they are
        ("500gbp", []),                // an amount, not leetspeak
        ("hello world", []),
    ]

    @Test("Leetspeak readings only for tokens that mix letters and leet characters", arguments: leet)
    func leetReadings(input: String, expected: [String]) {
        let text = analyzer.analyze(input)
        #expect(text.variants.map { text.variantString($0) } == expected)
    }

    @Test("A leet reading covers the original bytes of the glued tokens")
    func leetSpan() {
        let text = analyzer.analyze("ok $end")
        #expect(text.variants.map { [$0.originalStart, $0.originalEnd] } == [[3, 7]])
    }

    static let nameLists: [(String, [String])] = [
        ("I have them all: Tom, Sarah, Mike and Jess", ["Tom, Sarah, Mike and Jess"]),
        ("Emma, Liam & Noah will see it", ["Emma, Liam & Noah"]),
        ("Chloé, Zoë, Lucía y Mateo", ["Chloé, Zoë, Lucía y Mateo"]),
        ("Tom and Sarah are coming", []),                      // two names are not a list
        ("Monday, Tuesday and Friday work for me", []),       // days are not names
        ("OMG, LOL and WTF", []),                             // all capitals
        ("tom, sarah, mike and jess", []),                    // not capitalised
    ]

    @Test("Lists of three or more capitalised names", arguments: nameLists)
    func nameList(input: String, expected: [String]) {
        #expect(entities(input, .nameList) == expected)
    }

    static let handles: [(String, [String])] = [
        ("add me snap: jess_22", ["snap: jess_22"]),
        ("my insta - jess.22 ok", ["insta - jess.22"]),
        ("message @jess_22 now", ["@jess_22"]),
        ("mail bob@mail.com", []),                            // an e-mail address is not a handle
        ("snap: snap", []),
    ]

    @Test("Platform handles", arguments: handles)
    func handle(input: String, expected: [String]) {
        #expect(entities(input, .handle) == expected)
    }

    static let multilingualMoney: [(String, [String])] = [
        ("paga R$ 500 ya", ["R$ 500"]), ("US$500", ["US$500"]), ("500 euros", ["500 euros"]),
        ("500 zł", ["500 zł"]), ("付500元", ["500元"]), ("500 €", ["500 €"]), ("300 dólares", ["300 dólares"]),
    ]

    @Test("Money in other languages and scripts", arguments: multilingualMoney)
    func moneyInOtherLanguages(input: String, expected: [String]) {
        #expect(entities(input, .money) == expected)
    }

    static let multilingualDurations: [(String, [String])] = [
        ("in 24 stunden", ["24 stunden"]), ("tienes 24 horas", ["24 horas"]), ("deux jours", ["deux jours"]),
        ("entro 48 ore", ["48 ore"]), ("zwei tage", ["zwei tage"]),
    ]

    @Test("Durations in other languages", arguments: multilingualDurations)
    func durationsInOtherLanguages(input: String, expected: [String]) {
        #expect(entities(input, .duration) == expected)
    }
}
