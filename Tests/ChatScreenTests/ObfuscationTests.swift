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

    /// A two-letter ASCII word next to spaced letters stays a word of its own: "or" once decoded
    /// as one two-byte scalar (U+03F2, a look-alike of `c`) and joined the run "or I w i l l",
    /// which swallowed the "or" of "pay or I will …".
    @Test("Two-letter words never join a run of spaced letters")
    func twoLetterWordsStayWords() throws {
        let scanner = try MessageScanner(rules: try compile("""
            rule OR_WILL { category payment_demand weight 2 when "pay" then("or", 0) then("i will", 0) }
            """))
        let verdict = scanner.scan("pay or I w i l l upload it")
        #expect(verdict.hits.map(\.rule) == ["OR_WILL"])
        let spaced = scanner.lastText?.variants.filter { $0.fold == .spaced } ?? []
        #expect(spaced.map(\.firstPosition) == [2], "the run starts at \"I\", not at \"or\"")
    }

    /// Each word read from a run counts as one word for distances; letters the segmentation
    /// skips still count, so a run of letters that are mostly noise does not bring words together.
    @Test("Words read from spaced letters count as one word each; skipped letters still count")
    func distancesAcrossSpacedRuns() throws {
        let scanner = try MessageScanner(rules: try compile("""
            rule NEAR { category payment_demand weight 2 when "send" then("money", 1) }
            rule THE { category grooming weight 1 when "the" & "zzz" }
            """))
        #expect(!scanner.scan("s e n d t h e m o n e y").hits.isEmpty)   // "send", "the", "money"
        #expect(scanner.scan("s e n d q q m o n e y").hits.isEmpty)      // two skipped letters between
        #expect(!scanner.scan("s e n d q m o n e y").hits.isEmpty)       // one
    }

    /// A run with two readings: the cheaper one cancels, the dearer one only completes.
    @Test("Alternative segmentations of spaced letters complete evidence but never cancel it")
    func alternativeReadings() throws {
        let scanner = try MessageScanner(rules: try compile("""
            rule GIRLFRIEND { category publish_threat weight 2 when "sua" then("namorada", 0) unless "morada" }
            rule ADDRESS { category grooming weight 2 when "na" then("morada", 0) unless "namorada" }
            rule FOR_A { category image_request weight 2 when "for a" then("pic", 0) }
            rule FORA { category grooming weight 1 when "fora" & "zzz" }
            """))
        // "sua namorada" is the cheapest reading; "na morada" an alternative that cannot cancel it.
        #expect(scanner.scan("s u a n a m o r a d a").hits.map(\.rule) == ["GIRLFRIEND"])
        // "fora pic" is cheaper, "for a pic" an alternative that still completes the rule.
        #expect(scanner.scan("r o b u x f o r a p i c").hits.map(\.rule) == ["FOR_A"])
        #expect(scanner.scan("r o b u x f o r a p i c").flags.names == ["spaced"])
    }

    /// "R$ 500" is an amount: its "R" does not end the spaced word before it.
    @Test("A letter glued to a currency sign or digit is not a spaced letter")
    func amountsEndSpacedRuns() throws {
        let scanner = try MessageScanner(rules: try compile("""
            rule PAY { category payment_demand weight 2 when "paga" then(entity(money), 0) }
            """))
        #expect(scanner.scan("p a g a R$ 500").hits.map(\.rule) == ["PAY"])
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
