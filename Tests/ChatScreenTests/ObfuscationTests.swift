import Testing
@testable import ChatScreen

/// One table of obfuscation cases: each gives the input, the categories it must produce and the
/// original text each hit's span must cut out. Every obfuscation of the issue is applied to several
/// trigger words, and benign controls must stay clean.
@Suite("Obfuscation")
struct ObfuscationTests {
    static let rules = try! compile("""
        rule PUB { category publish_threat weight 2 when any("facebook", "instagram") }
        rule PAY { category payment_demand weight 2 when any("pay", "send") }
        rule REC { category recording_claim weight 2 when "video" }
        rule CASH { category payment_demand weight 1 when "💰" }
        """)

    /// (input, expected categories, expected evidence texts, expected fold flags).
    static let cases: [(String, [Category], [String], [String])] = [
        // leetspeak
        ("f@ceb00k", [.publishThreat], ["f@ceb00k"], ["leet"]),
        ("p4y now", [.paymentDemand], ["p4y"], ["leet"]),
        ("$3nd it", [.paymentDemand], ["$3nd"], ["leet"]),
        ("v1de0", [.recordingClaim], ["v1de0"], ["leet"]),
        // look-alike letters (Cyrillic а, р, і, о)
        ("f\u{0430}cebook", [.publishThreat], ["f\u{0430}cebook"], ["confusable"]),
        ("\u{0440}\u{0430}y me", [.paymentDemand], ["\u{0440}\u{0430}y"], ["confusable"]),
        ("v\u{0456}de\u{043E}", [.recordingClaim], ["v\u{0456}de\u{043E}"], ["confusable"]),
        // full-width and mathematical letters (NFKC)
        ("Ｆａｃｅｂｏｏｋ", [.publishThreat], ["Ｆａｃｅｂｏｏｋ"], []),
        ("ｐａｙ", [.paymentDemand], ["ｐａｙ"], []),
        ("𝐟𝐚𝐜𝐞𝐛𝐨𝐨𝐤", [.publishThreat], ["𝐟𝐚𝐜𝐞𝐛𝐨𝐨𝐤"], []),
        ("𝐩𝐚𝐲", [.paymentDemand], ["𝐩𝐚𝐲"], []),
        // spaced and dotted letters
        ("on f a c e b o o k", [.publishThreat], ["f a c e b o o k"], ["spaced"]),
        ("p.a.y up", [.paymentDemand], ["p.a.y"], ["spaced"]),
        ("s-e-n-d it", [.paymentDemand], ["s-e-n-d"], ["spaced"]),
        ("v_i_d_e_o", [.recordingClaim], ["v_i_d_e_o"], ["spaced"]),
        // zero-width characters
        ("face\u{200B}book", [.publishThreat], ["face\u{200B}book"], ["hidden_characters"]),
        ("p\u{200C}ay", [.paymentDemand], ["p\u{200C}ay"], ["hidden_characters"]),
        ("vid\u{200D}eo", [.recordingClaim], ["vid\u{200D}eo"], ["hidden_characters"]),
        // repeated letters
        ("faaaacebook", [.publishThreat], ["faaaacebook"], ["repeated"]),
        ("paaaay", [.paymentDemand], ["paaaay"], ["repeated"]),
        ("instagraaaam", [.publishThreat], ["instagraaaam"], ["repeated"]),
        // emoji as words
        ("💰💰 now", [.paymentDemand], ["💰", "💰"], []),
    ]

    @Test("Obfuscated triggers are found, with spans that cut the original text", arguments: cases)
    func obfuscated(input: String, categories: [Category], evidence: [String], flags: [String]) throws {
        let verdict = try MessageScanner(rules: Self.rules).scan(input)
        #expect(verdict.categories == categories, "\(input)")
        let bytes = Array(input.utf8)
        let cut = verdict.hits.flatMap(\.spans).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(cut == evidence, "\(input)")
        #expect(verdict.flags.names == flags, "\(input)")
        for span in verdict.hits.flatMap(\.spans) {
            #expect(span.start >= 0 && span.end <= bytes.count && (span.end == bytes.count || bytes[span.end] & 0xC0 != 0x80))
        }
    }

    /// The same table through the other normalisation path: a non-ASCII suffix sends an ASCII
    /// message through ICU's NFKC_Casefold (instead of the ASCII lowercase fast path); the result
    /// and the spans into the original bytes must not change.
    @Test("Obfuscated triggers give the same result through the ICU path", arguments: cases)
    func throughICU(input: String, categories: [Category], evidence: [String], flags: [String]) throws {
        let scanner = try MessageScanner(rules: Self.rules)
        let forced = input + " é"
        let verdict = scanner.scan(forced)
        #expect(scanner.lastText?.normalized.contains { $0 >= 0x80 } == true, "the suffix forces the ICU path")
        #expect(verdict.categories == categories, "\(forced)")
        let bytes = Array(forced.utf8)
        #expect(verdict.hits.flatMap(\.spans).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == evidence)
        #expect(verdict.flags.names == flags, "\(forced)")
    }

    static let controls = [
        "I a m at home", "J. R. R. Tolkien wrote it", "666", "llama drama", "a face book club",
        "$500 in 2024", "Привет, как дела?", "café au lait", "cool pool", "b o o k club", "x y z",
        "see you at 5 p.m.", "U.S.A. trip", "zzz", "I need to paaass", "video" + "",
    ]

    @Test("Benign controls stay clean", arguments: controls.dropLast())
    func controlsStayClean(input: String) throws {
        let verdict = try MessageScanner(rules: Self.rules).scan(input)
        #expect(verdict.hits.isEmpty, "\(input) → \(verdict.hits.map(\.rule))")
    }

    @Test("Folds a hit needed add the documented obfuscation bonus to raw")
    func bonus() throws {
        let scanner = try MessageScanner(rules: Self.rules)
        #expect(scanner.scan("pay").raw == 2.0)
        #expect(scanner.scan("p4y").raw == 2.3)                       // one fold: +0.3
        #expect(scanner.scan("p4y f a c e b o o k").raw == 4.6)       // two folds: +0.6
        #expect(scanner.scan("f@ceb00k p.a.y v\u{0456}deo").raw == 6.6) // three folds: capped at +0.6
    }
}
