import Testing
@testable import ChatScreen
@testable import ChatScreenText

/// Obfuscation by construction: every fold applies to every term, so disguising the words of a
/// rule's own example never loses the tactic. For every `example` of every rule of the shipped
/// pack, each transform below must give the same categories at the same or a higher level (the
/// folds add the obfuscation bonus, never remove evidence).
///
/// Letter transforms touch the words the hits rest on (the lexicon terms): plain words of three or
/// more ASCII letters, not capitalised, leaving numbers, addresses, cashtags, names and the words
/// of amounts and durations alone: those are entities, read by recognisers rather than by the
/// vocabulary. Chat spellings replace whole words anywhere in the message.
@Suite("Metamorphic obfuscation")
struct MetamorphicObfuscationTests {
    /// One disguise, as offenders and spammers write it.
    struct Transform: CustomStringConvertible, Sendable {
        var name: String
        /// Applied to one word (`nil`: the transform works on the whole message instead).
        var word: (@Sendable (String) -> String)?
        var message: (@Sendable (String) -> String)?
        var description: String { name }
    }

    static let lookalikes: [Character: Character] = ["a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і"]
    static let leet: [Character: Character] = ["a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"]
    static let spellings: [(String, String)] = [("your", "ur"), ("you", "u"), ("everyone", "every1"), ("pics", "pix"),
                                                ("video", "vid"), ("tonight", "2nite"), ("please", "pls"), ("people", "ppl")]

    /// Replaces the first letter of `word` that `table` maps.
    static func replaceFirst(_ word: String, _ table: [Character: Character]) -> String {
        var out = ""
        var done = false
        for character in word {
            if !done, let lower = character.lowercased().first, let replacement = table[lower] { out.append(replacement); done = true } else { out.append(character) }
        }
        return out
    }

    static func mapLetters(_ text: String, base: UInt32, upperBase: UInt32) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if scalar.value >= 0x61 && scalar.value <= 0x7A { return Unicode.Scalar(base + scalar.value - 0x61)! }
            if scalar.value >= 0x41 && scalar.value <= 0x5A { return Unicode.Scalar(upperBase + scalar.value - 0x41)! }
            return scalar
        }))
    }

    static let transforms: [Transform] = [
        Transform(name: "look-alike letter", word: { replaceFirst($0, lookalikes) }),
        Transform(name: "fullwidth", word: { mapLetters($0, base: 0xFF41, upperBase: 0xFF21) }),
        Transform(name: "mathematical bold", word: { mapLetters($0, base: 0x1D41A, upperBase: 0x1D400) }),
        Transform(name: "leet", word: { replaceFirst($0, leet) }),
        Transform(name: "spaced letters", word: { $0.map(String.init).joined(separator: " ") }),
        Transform(name: "dotted letters", word: { $0.map(String.init).joined(separator: ".") }),
        Transform(name: "repeated letter", word: { word in
            guard let index = word.firstIndex(where: { "aeiou".contains($0.lowercased()) }) else { return word }
            var out = word
            out.insert(contentsOf: String(repeating: word[index], count: 3), at: index)
            return out
        }),
        Transform(name: "zero-width space", word: { word in
            var out = word
            out.insert("\u{200B}", at: out.index(after: out.startIndex))
            return out
        }),
        Transform(name: "chat spellings", message: { text in
            text.split(separator: " ", omittingEmptySubsequences: false).map { token -> String in
                let word = String(token)
                for (full, short) in spellings where word.lowercased() == full { return short }
                return word
            }.joined(separator: " ")
        }),
    ]

    /// Words a transform leaves alone: entity words (amounts, currencies, durations), names and
    /// other capitalised words (name lists are read from capitals), and any token that is not a
    /// plain word of three or more ASCII letters (`$jess22`, `0x5aAeb…`, `mom's`, `500gbp`): those
    /// are entities or compounds, read by recognisers rather than by the vocabulary.
    static func transformable(_ word: Substring) -> Bool {
        guard word.count >= 3, word.allSatisfy({ $0.isASCII && $0.isLetter }), word.first?.isUppercase == false else { return false }
        var lower = Array(word.lowercased().utf8)
        return lower.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            return !EntityRecognizer.currencyWords.contains(bytes) && !EntityRecognizer.durationUnits.contains(bytes)
                && !EntityRecognizer.numberWords.contains(bytes) && !EntityRecognizer.amountWords.contains(bytes)
        }
    }

    /// `text` with `transform` applied to the words inside `spans` (byte offsets). Words are the
    /// space-separated tokens of the message, without the punctuation around them.
    static func apply(_ transform: Transform, to text: String, spans: [ByteSpan], entities: [ByteSpan] = []) -> String {
        if let message = transform.message { return message(text) }
        guard let word = transform.word else { return text }
        var out = ""
        var offset = 0
        for (index, token) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += " "; offset += 1 }
            defer { offset += token.utf8.count }
            let start = token.firstIndex(where: { $0.isLetter || $0.isNumber || !$0.isASCII }) ?? token.endIndex
            let end = token.lastIndex(where: { $0.isLetter || $0.isNumber || !$0.isASCII }).map { token.index(after: $0) } ?? start
            let core = token[start..<end]
            let coreStart = offset + token[..<start].utf8.count, coreEnd = coreStart + core.utf8.count
            let inHit = spans.contains { $0.start <= coreStart && coreEnd <= $0.end }
                && !entities.contains { $0.start < coreEnd && coreStart < $0.end }   // a handle, a name list, an address
            out += token[..<start] + (inHit && transformable(core) ? word(String(core)) : String(core)) + token[end...]
        }
        return out
    }

    @Test("Every rule example keeps its categories and level under each disguise", arguments: transforms)
    func everyExampleSurvives(_ transform: Transform) throws {
        let rules = DefaultRulePackTests.rules
        let scanner = try MessageScanner(rules: rules)
        var checked = 0
        var failures: [String] = []
        for (index, rule) in rules.compiled.enumerated() where rules.isFirstOfFamily(index) {
            for example in rule.examples where example.mustFire {
                let original = scanner.scan(example.text)
                let spans = original.hits.flatMap(\.spans)
                let disguised = Self.apply(transform, to: example.text, spans: spans, entities: original.entities.map(\.span))
                guard disguised != example.text else { continue }
                checked += 1
                let verdict = scanner.scan(disguised)
                if verdict.level < original.level || !Set(original.categories).isSubset(of: Set(verdict.categories)) {
                    failures.append("\(rules.rules[index].family): \"\(disguised)\" \(verdict.level.rawValue) \(verdict.categories.map(\.rawValue)) "
                                    + "(was \(original.level.rawValue) \(original.categories.map(\.rawValue)))")
                }
            }
        }
        #expect(checked > (transform.message == nil ? 500 : 150), "\(transform): only \(checked) examples were changed by the transform")
        #expect(failures.isEmpty, "\(transform): \(failures.count) of \(checked) examples lost evidence, e.g. \(failures.prefix(8).joined(separator: " | "))")
    }
}


