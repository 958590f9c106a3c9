import Testing
@testable import ChatScreen

/// `Category`, `Level` and `Stage` compare and index by a hand-written `ordinal` (a `switch`,
/// instead of searching `allCases` on every comparison); it must stay in declaration order.
@Suite("Ordinals")
struct OrdinalTests {
    @Test("Each ordinal is the case's index in allCases, and < follows it")
    func ordinalsFollowDeclarationOrder() {
        for (index, category) in Category.allCases.enumerated() { #expect(category.ordinal == index, "\(category)") }
        for (index, level) in Level.allCases.enumerated() { #expect(level.ordinal == index, "\(level)") }
        for (index, stage) in Stage.allCases.enumerated() { #expect(stage.ordinal == index, "\(stage)") }
        #expect(Category.allCases.sorted() == Category.allCases)
        #expect(Level.allCases.sorted() == Level.allCases && Level.medium < .high && !(Level.high < .high))
        #expect(Stage.allCases.sorted() == Stage.allCases && Stage.leverage > .escalation)
        // Category bits in the conversation tracker are distinct and fit its UInt16.
        let bits = Category.allCases.map(ConversationTracker.bit)
        #expect(Set(bits).count == Category.allCases.count && Category.allCases.count <= 16)
    }
}
