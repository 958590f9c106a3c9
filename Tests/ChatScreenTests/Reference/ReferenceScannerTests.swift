import Foundation
import Testing
import ChatScreenCorpus
@testable import ChatScreen

/// ``MessageScanner`` against ``ReferenceScanner``, verdict for verdict: hits, spans, folds,
/// flags, entities, score and level. The reference evaluates every rule on every message with no
/// shortcut (no ASCII fast path, no automaton, no trigger slots, no presence filter), so any
/// shortcut that loses or invents a hit shows here.
///
/// `CHATSCREEN_REFERENCE_MESSAGES=N` sets the messages per corpus profile (default 2,000;
/// `Scripts/reference-check.sh` runs 200,000 per profile, 1,000,000 in all).
@Suite("Reference scanner")
struct ReferenceScannerTests {
    static let messagesPerProfile: Int = {
        ProcessInfo.processInfo.environment["CHATSCREEN_REFERENCE_MESSAGES"].flatMap(Int.init) ?? 2_000
    }()

    /// The first differences between the two scanners on `messages`, described without more
    /// text than the test needs to be reproduced (these are synthetic messages).
    static func differences(_ messages: some Sequence<String>, rules: RuleSet, limits: ScanLimits = ScanLimits(),
                            report: Int = 5) throws -> (checked: Int, flagged: Int, differences: [String]) {
        let scanner = try MessageScanner(rules: rules, limits: limits)
        let reference = try ReferenceScanner(rules: rules, limits: limits)
        var checked = 0, flagged = 0
        var differences: [String] = []
        for message in messages {
            let fast = scanner.scan(message)
            let slow = reference.scan(message)
            checked += 1
            if fast.level >= .medium { flagged += 1 }
            if fast != slow && differences.count < report {
                differences.append("""
                    message \(checked - 1): \(message.debugDescription)
                      scanner:   \(fast.level) \(fast.hits.map { "\($0.rule)\($0.spans)\($0.folds.isEmpty ? "" : "+\($0.folds.names)")" }) flags \(fast.flags.names)
                      reference: \(slow.level) \(slow.hits.map { "\($0.rule)\($0.spans)\($0.folds.isEmpty ? "" : "+\($0.folds.names)")" }) flags \(slow.flags.names)
                    """)
            }
        }
        return (checked, flagged, differences)
    }

    @Test("Every corpus profile, replayable by seed: the same verdicts", arguments: CorpusProfile.allCases)
    func corpusProfile(_ profile: CorpusProfile) throws {
        let seed: UInt64 = 20_261_207
        let messages = CorpusGenerator.messages(count: Self.messagesPerProfile, seed: seed, profile: profile).map(\.text)
        let result = try Self.differences(messages, rules: .builtIn)
        #expect(result.checked == Self.messagesPerProfile)
        #expect(result.differences.isEmpty, "profile \(profile.rawValue), seed \(seed):\n\(result.differences.joined(separator: "\n"))")
        if profile == .positives { #expect(result.flagged > result.checked / 2, "the comparison covers flagged messages") }
    }

    @Test("Every rule's examples and counterexamples, and each of them disguised by every obfuscation")
    func examplesAndDisguises() throws {
        let rules = RuleSet.builtIn
        let scanner = try MessageScanner(rules: rules)
        var messages: [String] = []
        for (index, rule) in rules.compiled.enumerated() where rules.isFirstOfFamily(index) {
            for example in rule.examples {
                messages.append(example.text)
                guard example.mustFire else { continue }
                let original = scanner.scan(example.text)
                for transform in MetamorphicObfuscationTests.transforms {
                    messages.append(MetamorphicObfuscationTests.apply(transform, to: example.text, spans: original.hits.flatMap(\.spans),
                                                                      entities: original.entities.map(\.span)))
                }
            }
        }
        let result = try Self.differences(messages, rules: rules)
        #expect(result.checked > 5_000)
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }

    @Test("The fuzzers' seed inputs (hostile text: bidi, invalid UTF-8, zero-width, long runs) give the same verdicts")
    func fuzzSeeds() throws {
        let directory = repositoryRoot + "/Fuzz/corpus/FuzzScanner"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names.count >= 50)
        let scanner = try MessageScanner(rules: .builtIn)
        let reference = try ReferenceScanner(rules: .builtIn)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            let fast = scanner.scan(bytes: bytes)
            let slow = bytes.withUnsafeBufferPointer { reference.scan(bytes: $0) }
            #expect(fast == slow, "\(name): scanner \(fast.level) \(fast.hits.map(\.rule)), reference \(slow.level) \(slow.hits.map(\.rule))")
        }
    }

    @Test("Long adversarial runs for every recogniser and fold give the same verdicts", arguments: LinearityTests.adversarialUnits)
    func adversarialRuns(_ unit: String) throws {
        let messages = [1, 7, 40, 300].map { String(repeating: unit, count: $0) + " pay 500 or i post your video" }
        let result = try Self.differences(messages, rules: .builtIn)
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }

    @Test("Past the budgets (occurrences per slot, matches, hits), both keep the same, the first in the text")
    func budgets() throws {
        let rules = try compile(LinearityTests.pathological)
        let messages = [3, 40, 200, 1_000].map { String(repeating: "a ", count: $0) + "b a a" }
        let result = try Self.differences(messages, rules: rules)
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }

    @Test("The reference can fail: a rule it evaluates and the scanner's automaton never reaches is a difference")
    func referenceCanFail() throws {
        // A scanner whose live walks are cut to one loses the second word of every phrase.
        var tight = ScanLimits()
        tight.liveWalks = 0
        let rules = try compile(rule("TWO_WORDS", "  when \"pay now\""))
        let scanner = try MessageScanner(rules: rules, limits: tight)
        let reference = try ReferenceScanner(rules: rules, limits: tight)
        #expect(scanner.scan("pay now").hits.isEmpty)
        #expect(reference.scan("pay now").ruleNames == ["TWO_WORDS"])
    }
}
