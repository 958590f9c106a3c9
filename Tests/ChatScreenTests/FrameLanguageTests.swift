import Testing
@testable import ChatScreen
import ChatScreenText

/// The rule-language features the tactic frames are written in: terms defined by a condition,
/// shared terms, `before`, per-language copies (`languages`), language-specific shared terms,
/// chat spellings, and the diacritic fold that makes every term accent-insensitive.
@Suite("Tactic frame language")
struct FrameLanguageTests {
    /// A two-language pack: a promise (modal + verb) near the reader's material.
    private func bilingual(_ extra: String = "", languages: String = "all", lexicons: [String: [String]] = [:]) throws -> RuleSet {
        var all: [String: [String]] = [
            "en/will": ["i will", "gonna"], "de/will": ["ich werde"],
            "en/verb": ["post", "send"], "de/verb": ["posten", "schicken"],
            "en/your": ["your"], "de/your": ["dein", "deine"],
            "en/material": ["video", "pics"], "de/material": ["video", "bilder"],
        ]
        for (name, entries) in lexicons { all[name] = entries }
        return try compile("""
            terms {
              $promise = @will then(@verb, 2)
              $yours   = @your then(@material, 2)
            }
            \(extra)
            rule PROMISE {
              category publish_threat
              languages \(languages)
              weight 2
              when $promise near($yours, 4)
              example "I will post your video"
              example "gonna send your pics"
              counterexample "I will post the video"
              counterexample "dein Video ist schön"
            }
            """, lexicons: all)
    }

    @Test("A rule with `languages all` gets one copy per language, named NAME.lang")
    func copiesPerLanguage() throws {
        let rules = try bilingual(languages: "all")
        #expect(rules.rules.map(\.name) == ["PROMISE.de", "PROMISE.en"])
        #expect(Set(rules.rules.map(\.family)) == ["PROMISE"])
        let scanner = try MessageScanner(rules: rules)
        #expect(scanner.scan("I will post your video").ruleNames == ["PROMISE.en"])
    }

    @Test("A copy reads only its own language's lexicons: English words never complete a German frame")
    func noCrossLanguageCompletion() throws {
        let scanner = try MessageScanner(rules: try bilingual())
        // English promise with German material: neither copy holds.
        #expect(scanner.scan("I will post deine Bilder").hits.isEmpty)
        #expect(scanner.scan("gonna send your pics").ruleNames == ["PROMISE.en"])
    }

    @Test("`before` matches at its left operand, so a clause-final verb still lets the modal reach the material")
    func beforeKeepsLeftPosition() throws {
        let plain = try MessageScanner(rules: try bilingual())
        // "ich werde … schicken" spans the material, so `near` cannot see them apart.
        #expect(plain.scan("ich werde dein Video an alle schicken").hits.isEmpty)
        let german = try MessageScanner(rules: try bilingual("""
            terms languages de {
              $promise = @will before(@verb, 8)
            }
            """))
        let verdict = german.scan("ich werde dein Video an alle schicken")
        #expect(verdict.ruleNames == ["PROMISE.de"])
        // The evidence still shows the verb.
        #expect(evidence(verdict.hits[0], in: "ich werde dein Video an alle schicken").contains("schicken"))
        // And `before` needs the verb after the modal, not before it.
        #expect(german.scan("schicken: ich werde dein Video").hits.isEmpty)
    }

    @Test("A language without a slot the condition needs gets no copy; examples are checked per rule as written")
    func missingSlotMeansNoCopy() throws {
        var lexicons: [String: [String]] = ["fr/will": ["je vais"], "fr/verb": ["publier"]]
        lexicons["fr/your"] = nil
        let rules = try bilingual(lexicons: lexicons)
        #expect(rules.rules.map(\.name) == ["PROMISE.de", "PROMISE.en"])
        #expect(try rules.checkExamples().isEmpty)
        #expect(rules.exampleCount == 4)
    }

    @Test("Weights files and composites may name the rule as written: every copy")
    func familyNames() throws {
        let rules = try bilingual().reweighted(["PROMISE": 3.5])
        #expect(rules.rules.map(\.weight) == [3.5, 3.5])
        let one = try bilingual().reweighted(["PROMISE.de": 1.0])
        #expect(one.rules.map(\.weight) == [1.0, 2.0])
        #expect(throws: RuleWeightsError.self) { try bilingual().reweighted(["PROMISE.fr": 1.0]) }
    }

    @Test("A term may name a condition; a rule's own term hides a shared one")
    func termsDefinedByConditions() throws {
        let rules = try compile("""
            terms {
              $pay = "pay" then(entity(money), 2)
            }
            """ + rule("PAY_A", "  when $pay") + rule("PAY_B", "  terms { $pay = \"send\" }\n  when $pay"), lexicons: [:])
        let scanner = try MessageScanner(rules: rules)
        #expect(scanner.scan("pay £500").ruleNames == ["PAY_A"])
        #expect(scanner.scan("send it").ruleNames == ["PAY_B"])
        #expect(scanner.scan("pay the bill").hits.isEmpty)
    }

    @Test("Terms and messages meet without diacritics; decorative marks count as the confusable fold")
    func diacritics() throws {
        let rules = try compile(rule("V", "  when \"vídeo\" near(\"zapłać\", 3)"), lexicons: [:])
        let scanner = try MessageScanner(rules: rules)
        for text in ["vídeo zapłać", "video zaplac", "VIDEO ZAPLAC", "vidéo zapłać"] {
            let verdict = scanner.scan(text)
            #expect(verdict.ruleNames == ["V"], "\(text)")
            #expect(!verdict.flags.contains(.confusable), "ordinary accents are spelling, not obfuscation: \(text)")
        }
        let decorated = scanner.scan("vịdeo zaplac")
        #expect(decorated.ruleNames == ["V"])
        #expect(decorated.flags.contains(.confusable))
    }

    @Test("Chat spellings make one word another's spelling, in messages and terms alike")
    func spellings() throws {
        let source = RulePackSource(files: [
            (path: "t.rules", text: standardScoring + "\n" + rule("YOURS", "  when \"your\" then(\"video\", 0)")
                + rule("UR", "  when \"ur\" then(\"pics\", 0)")),
            (path: "spellings/en.txt", text: "# chat\nur = your\nvid = video\n"),
        ])
        let scanner = try MessageScanner(rules: try RuleSet.compile(source))
        #expect(scanner.scan("ur vid").ruleNames == ["YOURS"])
        #expect(scanner.scan("your pics").ruleNames == ["UR"])
        #expect(scanner.scan("your video").ruleNames == ["YOURS"])
        let broken = RulePackSource(files: [
            (path: "t.rules", text: standardScoring + "\n" + rule("A", "  when \"x\"")),
            (path: "spellings/en.txt", text: "going to = gonna\n"),
        ])
        #expect(throws: RulePackError.self) { try RuleSet.compile(broken) }
    }

    @Test("Spaced-out sentences with no word boundaries are read word by word, Cyrillic look-alikes included")
    func spacedSentences() throws {
        let rules = try compile(rule("REC", "  when \"i recorded\" then(\"you\", 0)", category: "recording_claim"), lexicons: [:])
        let scanner = try MessageScanner(rules: rules)
        let verdict = scanner.scan("I R E C O R D E D Y O U ( t h r o u g h )")
        #expect(verdict.ruleNames == ["REC"])
        #expect(verdict.flags.contains(.spaced))
        #expect(scanner.scan("i r е c o r d e d y o u").ruleNames == ["REC"])   // Cyrillic е
        #expect(scanner.scan("I R E A D Y O U R B O O K").hits.isEmpty)
    }
}
