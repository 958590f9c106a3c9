import ChatScreen
import ChatScreenTestSupport
import Testing
@testable import ChatScreenCorpus

/// The synthetic corpus: determinism, the shape of the text, conversations, and how the default
/// rule pack does on it.
@Suite("Corpus generator")
struct CorpusGeneratorTests {
    static let sample = 50_000
    static let mixed = CorpusGenerator.messages(count: sample, seed: 1, profile: .mixed)

    static func utf8Length(_ message: CorpusMessage) -> Int { message.text.utf8.count }
    static func isASCII(_ message: CorpusMessage) -> Bool { message.text.utf8.allSatisfy { $0 < 0x80 } }

    // MARK: Determinism

    @Test("The same seed and profile give the same messages", arguments: CorpusProfile.allCases)
    func sameSeedSameOutput(profile: CorpusProfile) {
        let a = CorpusGenerator.messages(count: 3_000, seed: 77, profile: profile)
        let b = Array(CorpusGenerator(seed: 77, profile: profile).prefix(3_000))
        #expect(a == b)
    }

    @Test("Different seeds give different messages", arguments: CorpusProfile.allCases)
    func differentSeedsDiffer(profile: CorpusProfile) {
        let a = CorpusGenerator.messages(count: 500, seed: 1, profile: profile).map(\.text)
        let b = CorpusGenerator.messages(count: 500, seed: 2, profile: profile).map(\.text)
        #expect(a != b)
        // Not merely shifted: most positions differ.
        #expect(zip(a, b).filter { $0 != $1 }.count > 400)
    }

    /// Pins the first messages of seed 1, so an accidental change of the output (which would
    /// change every recorded benchmark input) is noticed. Re-record deliberately when the
    /// vocabulary changes.
    @Test("Seed 1 starts with the recorded messages")
    func pinnedPrefix() {
        let first = CorpusGenerator.messages(count: 200, seed: 1)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for message in first {
            for byte in "\(message.id)|\(message.conversation)|\(message.sender)|\(message.timestamp)|\(message.text)|\(message.label)\n".utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        #expect(hash == Self.pinnedHash, "fnv1a64 of the first 200 messages is \(hash)")
    }

    static let pinnedHash: UInt64 = 5_293_667_628_072_109_017

    // MARK: Shape of the text

    @Test("Lengths: median 30–50 bytes, a long tail, nothing over 2,048 bytes")
    func lengths() {
        let lengths = Self.mixed.map(Self.utf8Length).sorted()
        let median = lengths[lengths.count / 2]
        #expect((30...50).contains(median), "median \(median)")
        #expect(lengths.last! <= CorpusGenerator.maximumLength)
        #expect(lengths.first! >= 1)
        let long = lengths.filter { $0 > 500 }.count
        #expect(long >= Self.sample / 500 && long <= Self.sample / 40, "\(long) messages over 500 bytes")
        #expect(lengths.filter { $0 > 1500 }.count > 0)
    }

    @Test("No line feed, carriage return or other control character in any profile", arguments: CorpusProfile.allCases)
    func noLineBreaks(profile: CorpusProfile) {
        for message in CorpusGenerator.messages(count: 20_000, seed: 5, profile: profile) {
            let bad = message.text.utf8.contains { $0 < 0x20 || $0 == 0x7F }
            #expect(!bad, "message \(message.id): \(message.text.debugDescription)")
            #expect(message.text.utf8.count <= CorpusGenerator.maximumLength)
            if bad { return }
        }
    }

    @Test("Mixed: about 10% non-ASCII, in several scripts")
    func nonASCIIShare() {
        let nonASCII = Self.mixed.filter { !Self.isASCII($0) }
        let share = Double(nonASCII.count) / Double(Self.sample)
        #expect((0.08...0.12).contains(share), "non-ASCII share \(share)")
        let scalars = nonASCII.flatMap { $0.text.unicodeScalars }
        func has(_ range: ClosedRange<UInt32>) -> Bool { scalars.contains { range.contains($0.value) } }
        #expect(has(0x1F300...0x1FAFF), "emoji")
        #expect(has(0x00C0...0x00FF), "accented Latin")
        #expect(has(0x0400...0x04FF), "Cyrillic")
        #expect(has(0x4E00...0x9FFF), "CJK")
        #expect(has(0x0E00...0x0E7F) || has(0x0600...0x06FF) || has(0x0370...0x03FF) || has(0x0900...0x097F) || has(0xAC00...0xD7AF),
                "Thai, Arabic, Greek, Devanagari or Hangul")
    }

    @Test("Mixed: about 1% extortion, in every main category")
    func extortionShare() {
        let extortion = Self.mixed.filter(\.isExtortion)
        let share = Double(extortion.count) / Double(Self.sample)
        #expect((0.007...0.013).contains(share), "extortion share \(share)")
        let labels = Set(extortion.map(\.label))
        #expect(labels == Set(Vocabulary.extortionCategories.map(\.name)))
        #expect(labels.isSubset(of: Set(Category.allCases.map(\.rawValue))))
        #expect(Set(Self.mixed.filter { !$0.isExtortion }.map(\.label)) == ["benign"])
        // Many wordings: few exact repeats.
        #expect(Set(extortion.map(\.text)).count >= extortion.count * 9 / 10)
        // Some are obfuscated (look-alikes, zero-width, leet, spacing or repeated letters).
        let obfuscated = extortion.filter { !Self.isASCII($0) || $0.text.contains(where: \.isNumber) }
        #expect(obfuscated.count > 0)
    }

    @Test("Every profile has the labels and ids it should")
    func profiles() {
        let ascii = CorpusGenerator.messages(count: Self.sample, seed: 2, profile: .ascii)
        #expect(ascii.allSatisfy { Self.isASCII($0) })
        let asciiShare = Double(ascii.filter(\.isExtortion).count) / Double(ascii.count)
        #expect((0.007...0.013).contains(asciiShare), "ascii extortion share \(asciiShare)")

        let positives = CorpusGenerator.messages(count: 5_000, seed: 2, profile: .positives)
        #expect(positives.allSatisfy { $0.isExtortion })

        let obfuscated = CorpusGenerator.messages(count: 10_000, seed: 2, profile: .obfuscated)
        let obfuscatedShare = Double(obfuscated.filter(\.isExtortion).count) / Double(obfuscated.count)
        #expect((0.30...0.50).contains(obfuscatedShare), "obfuscated extortion share \(obfuscatedShare)")
        #expect(obfuscated.filter { !Self.isASCII($0) }.count > obfuscated.count / 3)

        let nonLatin = CorpusGenerator.messages(count: 10_000, seed: 2, profile: .nonLatin)
        let otherScripts = nonLatin.filter { message in
            message.text.unicodeScalars.contains { $0.value >= 0x0370 && !(0x2000...0x206F).contains($0.value) }
        }
        #expect(otherScripts.count > nonLatin.count * 7 / 10, "\(otherScripts.count) of \(nonLatin.count)")

        for corpus in [ascii, positives, obfuscated, nonLatin, Self.mixed] {
            #expect(corpus.map(\.id) == Array(1...corpus.count))
        }
    }

    // MARK: Conversations

    @Test("Conversations: two senders, 2 to 200 messages, interleaved, time moving forward")
    func conversations() {
        var senders: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        var lastTime: [String: Int64] = [:]
        var switches = 0
        var previous: String?
        for message in Self.mixed {
            senders[message.conversation, default: []].insert(message.sender)
            counts[message.conversation, default: 0] += 1
            if let last = lastTime[message.conversation] {
                #expect(message.timestamp > last, "conversation \(message.conversation) goes back in time at \(message.id)")
            }
            lastTime[message.conversation] = message.timestamp
            if let previous, previous != message.conversation { switches += 1 }
            previous = message.conversation
        }
        #expect(senders.values.allSatisfy { $0.count <= 2 })
        let twoOrMore = counts.filter { $0.value >= 2 }.map(\.key)
        let withTwoSenders = twoOrMore.filter { senders[$0]!.count == 2 }
        #expect(withTwoSenders.count * 100 >= twoOrMore.count * 97, "\(withTwoSenders.count) of \(twoOrMore.count)")
        #expect(counts.values.max()! <= 200)
        #expect(counts.values.filter { $0 <= 10 }.count > counts.count / 5)
        #expect(counts.values.filter { $0 >= 60 }.count > counts.count / 20)
        // Interleaved like a log: bursts of one conversation, but frequent switches.
        #expect(switches > Self.sample / 4 && switches < Self.sample * 3 / 4, "\(switches) switches")
        // Extortion comes from one sender of its conversation.
        var offenders: [String: Set<String>] = [:]
        for message in Self.mixed where message.isExtortion {
            offenders[message.conversation, default: []].insert(message.sender)
        }
        #expect(offenders.values.allSatisfy { $0.count == 1 })
    }

    // MARK: Building blocks

    @Test("Generated bech32 addresses carry a valid checksum")
    func bech32() {
        var random = CorpusRandom(seed: 11)
        let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
        for _ in 0..<100 {
            var bytes: [UInt8] = []
            PhraseGrammar.appendBech32Address(&random, into: &bytes)
            #expect(bytes.count == 42 && bytes.starts(with: Array("bc1q".utf8)))
            let data = bytes.dropFirst(3).map { UInt32(charset.firstIndex(of: $0)!) }
            #expect(PhraseGrammar.bech32Polymod([3, 3, 0, 2, 3] + data) == 1)
        }
    }

    @Test("Each obfuscation changes the word; the ASCII ones stay ASCII", arguments: Obfuscation.allCases)
    func obfuscation(kind: Obfuscation) {
        var random = CorpusRandom(seed: 3)
        for word in ["pay", "facebook", "send", "video", "nudes", "bitcoin", "PAY", "cash app", "xyz"] {
            var out: [UInt8] = []
            kind.rewrite(Array(word.utf8)[...], &random, into: &out)
            #expect(out != Array(word.utf8), "\(kind) left \(word) unchanged")
            #expect(!out.contains(0x0A) && !out.contains(0x0D))
            if kind.isASCII { #expect(out.allSatisfy { $0 < 0x80 }, "\(kind): \(String(decoding: out, as: UTF8.self))") }
            #expect(String(validating: out, as: UTF8.self) != nil)
        }
    }

    @Test("Templates: alternatives, weights, builtins and marks")
    func grammar() {
        let grammar = PhraseGrammar(sections: [
            .init(namespace: "", lists: [("name", ["Ann", "Bo"]), ("greeting", ["{hi|hey} {name/l}{!|}", "9|[pay] {#5-5}{#d2}"])]),
        ])
        var random = CorpusRandom(seed: 1)
        var seen: Set<String> = []
        var marked = 0
        for _ in 0..<400 {
            var text = PhraseBuffer()
            grammar.expand(list: grammar.list(named: "greeting"), &random, into: &text)
            let string = String(decoding: text.bytes, as: UTF8.self)
            seen.insert(string.hasPrefix("pay 5") ? "pay" : string)
            if string.hasPrefix("pay 5") {
                #expect(string.utf8.count == 7 && text.marks == [0, 3])
                marked += 1
            }
        }
        #expect(seen == ["hi ann", "hi ann!", "hi bo", "hi bo!", "hey ann", "hey ann!", "hey bo", "hey bo!", "pay"])
        #expect((320...400).contains(marked), "weight 9 of 10: \(marked)")
    }

    // MARK: Quality with the default rule pack

    static let rules: RuleSet = {
        do { return try RuleSet.load(directory: repositoryRoot + "/Rules") } catch {
            fatalError("the shipped rule pack does not compile:\n\(error)")
        }
    }()

    /// How the default pack does on generated text, at `medium`: false positives on the benign
    /// messages of a mixed corpus, and recall on its extortion (per message and per
    /// conversation) and on a larger `positives` sample.
    ///
    /// The 90% per-message recall target is not met (about 84% on `positives`): about a third of
    /// generated extortion messages are a single clause, and the pack keeps many single tactics
    /// `low` by design (a lone "tick tock", "the cops won't find me", "i know where you live");
    /// other wordings have no rule yet ("one click and the video goes to all your followers",
    /// "if you block me i post everything on tiktok", "je vais publier ta vidéo sur facebook").
    /// The printed report lists the templates behind the missed messages. The known issue fails
    /// once recall reaches 90%, so the floors can then be raised.
    @Test("Default pack: recall on generated extortion, false positives ≤ 0.5% on benign")
    func defaultPackQuality() throws {
        let scanner = try MessageScanner(rules: Self.rules)
        var negatives = 0, falsePositives = 0, flaggedBenign: [String: Int] = [:]
        var mixedPositives = 0, mixedFound = 0
        var extortionConversations: Set<String> = [], flaggedConversations: Set<String> = []
        for message in CorpusGenerator.messages(count: 20_000, seed: 1) {
            let flagged = scanner.scan(message.text).level >= .medium
            if message.isExtortion {
                mixedPositives += 1
                extortionConversations.insert(message.conversation)
                if flagged {
                    mixedFound += 1
                    flaggedConversations.insert(message.conversation)
                }
            } else {
                negatives += 1
                if flagged {
                    falsePositives += 1
                    flaggedBenign[message.template, default: 0] += 1
                }
            }
        }
        var positives = 0, found = 0, missed: [String: Int] = [:]
        for message in CorpusGenerator.messages(count: 4_000, seed: 1, profile: .positives) {
            positives += 1
            if scanner.scan(message.text).level >= .medium {
                found += 1
            } else {
                missed[String(message.template.split(separator: "+")[0]), default: 0] += 1
            }
        }
        let recall = Double(found) / Double(positives)
        let mixedRecall = Double(mixedFound) / Double(mixedPositives)
        let conversationRecall = Double(flaggedConversations.count) / Double(extortionConversations.count)
        let falsePositiveRate = Double(falsePositives) / Double(negatives)
        func table(_ counts: [String: Int]) -> String {
            counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\n  \($0.value)\t\($0.key)\t\(Vocabulary.source(ofTemplate: $0.key) ?? "?")" }.joined()
        }
        let report = """
            mixed (seed 1, 20,000): false positives \(falsePositives)/\(negatives) = \(falsePositiveRate); \
            message recall \(mixedFound)/\(mixedPositives) = \(mixedRecall); \
            conversations with a flagged message \(flaggedConversations.count)/\(extortionConversations.count)
            positives (seed 1, 4,000): message recall \(found)/\(positives) = \(recall)
            flagged benign templates: \(table(flaggedBenign))
            missed main templates (positives): \(table(missed))
            """
        print("corpus quality with the default pack:\n" + report)
        #expect(mixedPositives > 100)
        #expect(falsePositiveRate <= 0.005, "\(report)")
        #expect(recall >= 0.80, "\(report)")
        #expect(mixedRecall >= 0.75, "\(report)")
        #expect(conversationRecall >= 0.85, "\(report)")
        #expect(recall >= 0.90, "\(report)")
    }
}
