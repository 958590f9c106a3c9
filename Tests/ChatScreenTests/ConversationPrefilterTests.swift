import ChatScreenTestSupport
import Testing
@testable import ChatScreen

/// The conversation tracker skips a composite or a stage whose categories are absent from the
/// window (`mayHold`); that is only sound if `mayHold` is a necessary condition for `holds`.
@Suite("Conversation prefilter")
struct ConversationPrefilterTests {
    @Test("mayHold is true whenever holds finds evidence: every composite and stage of the shipped pack, 20,000 random windows")
    func mayHoldIsNecessary() {
        let rules = DefaultRulePackTests.rules
        let tracker = ConversationTracker(rules: rules)
        let conditions = tracker.policy.composites.map { ($0.condition, $0.minWeight) } + tracker.policy.stages.map { ($0.1, 0.0) }
        #expect(conditions.count >= 4)
        var random = SplitMix64(seed: 42)
        var held = 0, skippedButHeld = 0
        var example: String?
        for _ in 0..<20_000 {
            // A window of 1–8 events, each with 1–3 rules of random categories.
            var events: [ConversationTracker.Event] = []
            for position in 1...Int.random(in: 1...8, using: &random) {
                let hits = (0..<Int.random(in: 1...3, using: &random)).map { _ in Int32.random(in: 0..<Int32(rules.rules.count), using: &random) }
                let categories = hits.reduce(UInt16(0)) { $0 | ConversationTracker.bit(rules.rules[Int($1)].category) }
                events.append(.init(position: position, time: nil, categories: categories, score: 0.5, rules: hits,
                                    reference: MessageReference(line: position)))
            }
            let present = ConversationTracker.categories(of: events)
            for (condition, minWeight) in conditions where tracker.holds(condition, events, minWeight: minWeight) != nil {
                held += 1
                if !tracker.mayHold(condition, categories: present) {
                    skippedButHeld += 1
                    if example == nil { example = "\(condition)" }
                }
            }
        }
        #expect(skippedButHeld == 0, "\(skippedButHeld) windows hold a condition that mayHold rejects, e.g. \(example ?? "")")
        #expect(held > 100, "the random windows should make some conditions hold (\(held) did)")
    }
}
