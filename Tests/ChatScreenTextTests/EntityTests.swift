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
        ("send five hundred pounds", ["five hundred pounds"]),
        ("a thousand dollars or else", ["a thousand dollars"]),
        ("two grand by friday", ["two grand"]),
        ("fifty quid", ["fifty quid"]),
        ("a grand day out", []),
        ("one dollar store", []),
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

    /// (input, kind, value, valid): public specification examples and corrupted variants.
    static let payments: [(String, EntityKind, String, Bool)] = [
        ("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now", .btcAddress, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", true),
        ("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb now", .btcAddress, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", false),
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", .btcAddress, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", true),
        ("eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", .ethAddress, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", true),
        ("eth 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", .ethAddress, "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false),
        ("iban GB82 WEST 1234 5698 7654 32 please", .iban, "GB82 WEST 1234 5698 7654 32", true),
        ("iban GB82 WEST 1234 5698 7654 33 please", .iban, "GB82 WEST 1234 5698 7654 33", false),
        ("DE89370400440532013000", .iban, "DE89370400440532013000", true),
        ("cash app $jess22 now", .cashtag, "$jess22", true),
        ("steam code ABCDE-FGH1J-KLMN0", .giftCardCode, "ABCDE-FGH1J-KLMN0", true),
        ("mtcn 1234567890", .mtcn, "1234567890", true),
        ("https://paypal.me/jess22", .paypalLink, "https://paypal.me/jess22", true),
    ]

    @Test("Payment identifiers are found and validated on the original bytes", arguments: payments)
    func payment(input: String, kind: EntityKind, value: String, valid: Bool) throws {
        let text = analyzer.analyze(input)
        let bytes = Array(input.utf8)
        let entity = try #require(text.entities.first { $0.kind == kind }, "\(input)")
        #expect(String(decoding: bytes[Int(entity.originalStart)..<Int(entity.originalEnd)], as: UTF8.self) == value)
        #expect(entity.valid == valid)
    }

    @Test("Money is not a cashtag, and ordinary long words are not addresses")
    func paymentControls() {
        for input in ["pay $500", "antidisestablishmentarianism is a long word", "call 0123456789 maybe", "ABCDEFGHIJKLMNOP"] {
            let kinds = analyzer.analyze(input).entities.map(\.kind)
            #expect(!kinds.contains(.cashtag) && !kinds.contains(.btcAddress) && !kinds.contains(.giftCardCode), "\(input): \(kinds)")
        }
    }

    @Test("Elided articles also read without the article, with no obfuscation flag")
    func elision() {
        for (input, reading) in [("l'argent", "argent"), ("dell'invito", "invito"), ("jusqu'à", "à")] {
            let text = analyzer.analyze(input)
            let elided = text.variants.filter { $0.fold == .elision }.map { text.variantString($0) }
            #expect(elided == [reading], "\(input)")
            #expect(Variant.Fold.elision.flag.isEmpty)
        }
        #expect(analyzer.analyze("don't").variants.filter { $0.fold == .elision }.isEmpty)
    }
}
