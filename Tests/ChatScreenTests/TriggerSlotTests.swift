import ChatScreenTestSupport
import Testing
@testable import ChatScreen

/// A rule is evaluated only when one of its trigger slots occurred (`TriggerSlots`); that is
/// sound only if every way the rule's condition can hold includes a trigger slot.
@Suite("Trigger slots")
struct TriggerSlotTests {
    /// Whether `condition` could hold when exactly the slots in `occurred` occurred, ignoring
    /// positions (`near`/`then` as `and`) and treating `not x` as possibly true: an
    /// over-approximation of the scanner's semantics, so a cover that is sound for it is sound.
    private func couldHold(_ condition: Condition, _ occurred: Set<Int32>) -> Bool {
        switch condition {
        case .slot(let slot): occurred.contains(slot)
        case .not: true
        case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
            couldHold(a, occurred) && couldHold(b, occurred)
        case .or(let a, let b): couldHold(a, occurred) || couldHold(b, occurred)
        }
    }

    @Test("Every rule of the shipped pack that could hold has an occurred trigger slot, on 200 random slot sets per rule")
    func coversAreSound() {
        let rules = DefaultRulePackTests.rules
        var random = SplitMix64(seed: 7)
        var couldHoldCount = 0, uncovered: [String] = []
        for (index, rule) in rules.compiled.enumerated() where !rule.firesWithoutTerms {
            let slots = Array(Set(TriggerSlots.allSlots(rule.when)))
            for _ in 0..<200 {
                let occurred = Set(slots.filter { _ in Bool.random(using: &random) })
                guard couldHold(rule.when, occurred) else { continue }
                couldHoldCount += 1
                if !occurred.contains(where: { rules.triggerSlots[Int($0)] }) { uncovered.append(rules.rules[index].name) }
            }
        }
        #expect(couldHoldCount > 1_000)
        #expect(uncovered.isEmpty, "rules that could hold with no trigger slot: \(Set(uncovered).sorted().prefix(10))")
    }

    @Test("An and picks the cheaper operand; an or needs both; not contributes nothing")
    func covers() {
        let cost: [Double] = [5, 1, 3, 0.05]
        #expect(TriggerSlots.cover(.and(.slot(0), .slot(1)), slotCost: cost)?.slots == [1])
        #expect(TriggerSlots.cover(.near(.slot(0), .slot(3), 5), slotCost: cost)?.slots == [3])
        #expect(TriggerSlots.cover(.or(.slot(0), .slot(2)), slotCost: cost)?.slots == [0, 2])
        #expect(TriggerSlots.cover(.and(.slot(0), .not(.slot(1))), slotCost: cost)?.slots == [0])
        #expect(TriggerSlots.cover(.or(.slot(0), .not(.slot(1))), slotCost: cost) == nil)
    }
}
