import Foundation
import Testing
@testable import ChatScreen

/// One message of a fixture conversation.
struct FixtureMessage: Decodable {
    var id: String
    var conversation: String
    var sender: String
    var timestamp: String
    var text: String
}

private func loadConversation(_ name: String) throws -> [FixtureMessage] {
    let text = try String(contentsOfFile: repositoryRoot + "/Tests/Fixtures/conversations/\(name).jsonl", encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(FixtureMessage.self, from: Data($0.utf8)) }
}

private func epochSeconds(_ iso: String) -> Int64? {
    ISO8601DateFormatter().date(from: iso).map { Int64($0.timeIntervalSince1970) }
}

@Suite("Conversation scenarios (Tests/Fixtures/conversations)")
struct ConversationScenarioTests {
    static let rules = DefaultRulePackTests.rules

    struct Expectation: Decodable {
        var critical_by: String?
        var stage: String?
        var extorter: String?
        var max_level: String?
    }

    static let expectations: [String: Expectation] = {
        let path = repositoryRoot + "/Tests/Fixtures/conversations/expectations.json"
        guard let data = FileManager.default.contents(atPath: path),
              let decoded = try? JSONDecoder().decode([String: Expectation].self, from: data) else { return [:] }
        return decoded
    }()

    /// Runs a conversation through a scanner and a tracker; returns (message, its conversation verdict).
    static func run(_ name: String) throws -> [(FixtureMessage, ConversationVerdict)] {
        let scanner = try MessageScanner(rules: rules)
        let tracker = ConversationTracker(rules: rules)
        return try loadConversation(name).enumerated().map { index, message in
            let verdict = scanner.scan(message.text)
            return (message, tracker.observe(verdict, conversation: message.conversation, sender: message.sender,
                                             timestamp: epochSeconds(message.timestamp),
                                             reference: MessageReference(line: index + 1, id: message.id)))
        }
    }

    @Test("Extortion conversations reach critical no later than the completing message, and end at stage extortion",
          arguments: expectations.keys.filter { $0.hasPrefix("tp-") }.sorted())
    func extortion(name: String) throws {
        let expectation = try #require(Self.expectations[name])
        let results = try Self.run(name)
        let deadline = try #require(results.firstIndex { $0.0.id == expectation.critical_by })
        let firstCritical = results.firstIndex { $0.1.level == .critical }
        #expect(firstCritical != nil && firstCritical! <= deadline,
                "\(name): critical first at \(firstCritical.map { results[$0].0.id } ?? "never"), expected by \(expectation.critical_by ?? "?")")
        #expect(results.last?.1.stage == .extortion)
        // The evidence of every composite comes from the extorter.
        let senderOf = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($0.offset + 1, $0.element.0.sender) })
        for (_, update) in results {
            for composite in update.composites {
                #expect(composite.evidence.allSatisfy { senderOf[$0.line] == expectation.extorter },
                        "\(name): \(composite.name) evidence \(composite.evidence) must come from \(expectation.extorter ?? "?")")
            }
        }
    }

    @Test("Benign conversations stay below high", arguments: expectations.keys.filter { $0.hasPrefix("tn-") }.sorted())
    func benign(name: String) throws {
        let results = try Self.run(name)
        let loud = results.filter { $0.1.level >= .high }
        #expect(loud.isEmpty, "\(name): \(loud.map { "\($0.0.id) → \($0.1.level) \($0.1.composites.map(\.name))" })")
    }

    @Test("The stage explains itself: each change names its message and the categories behind it")
    func stageHistory() throws {
        let results = try Self.run("tp-classic")
        let changes = results.compactMap(\.1.stageChange)
        #expect(changes.map(\.stage) == [.escalation, .leverage, .extortion])
        #expect(changes.last?.reason.contains("payment_demand") == true)
    }
}

@Suite("Conversation tracker")
struct ConversationTrackerTests {
    static let pack = """
        rule PAY { category payment_demand weight 2.5 when "pay" }
        rule THREAT { category publish_threat weight 2.5 when "post" }
        rule TICK { category deadline weight 0.5 when "tick" }
        rule ASK { category image_request weight 0.5 when "pic" }
        rule MOVE { category platform_move weight 0.5 when "snap" }
        composite BOTH {
          when publish_threat & payment_demand
          within 5 messages
          from same sender
          level critical
        }
        composite ARC {
          when platform_move then image_request then payment_demand
          within 10 messages
          level high
        }
        composite ANYONE {
          when deadline & image_request
          from any sender
          level medium
        }
        conversation {
          window 8 messages
          window 1h
          max_conversations 3
          idle 10m
        }
        """

    static func tracker(maxConversations: Int? = nil) throws -> (MessageScanner, ConversationTracker) {
        let rules = try compile(pack)
        return (try MessageScanner(rules: rules), ConversationTracker(rules: rules, maxConversations: maxConversations))
    }

    @discardableResult
    static func say(_ pair: (MessageScanner, ConversationTracker), _ text: String, in conversation: String = "c",
                    from sender: String = "a", at time: Int64? = nil, line: Int) -> ConversationVerdict {
        pair.1.observe(pair.0.scan(text), conversation: conversation, sender: sender, timestamp: time,
                       reference: MessageReference(line: line))
    }

    @Test("A threat and a demand from one sender, in separate messages, raise the conversation to critical")
    func composite() throws {
        let pair = try Self.tracker()
        #expect(Self.say(pair, "I will post it", line: 1).level == .medium)
        let update = Self.say(pair, "now pay", line: 2)
        #expect(update.level == .critical)
        #expect(update.composites.map(\.name) == ["BOTH"])
        #expect(update.composites.first?.evidence.map(\.line) == [1, 2])
        #expect(update.score >= 0.9, "a composite raises the score to its level's threshold")
    }

    @Test("Composite evidence must come from the same sender")
    func sameSender() throws {
        let pair = try Self.tracker()
        Self.say(pair, "I will post it", from: "a", line: 1)
        let update = Self.say(pair, "pay me back", from: "b", line: 2)
        #expect(update.composites.isEmpty)
        #expect(update.level == .medium)
    }

    @Test("from any sender combines everyone's evidence")
    func anySender() throws {
        let pair = try Self.tracker()
        Self.say(pair, "tick", from: "a", line: 1)
        #expect(Self.say(pair, "pic", from: "b", line: 2).composites.map(\.name) == ["ANYONE"])
    }

    @Test("Ordering: then needs each step in a later message")
    func ordering() throws {
        let pair = try Self.tracker()
        Self.say(pair, "pic", line: 1)
        Self.say(pair, "snap", line: 2)
        #expect(!Self.say(pair, "pay", line: 3).composites.contains { $0.name == "ARC" }, "pic came before snap")
        Self.say(pair, "pic", line: 4)
        #expect(Self.say(pair, "pay", line: 5).composites.contains { $0.name == "ARC" })
    }

    @Test("The level does not drop because later messages are benign; it decays once evidence leaves the window")
    func monotonicThenDecay() throws {
        let pair = try Self.tracker()
        Self.say(pair, "post it", line: 1)
        #expect(Self.say(pair, "pay", line: 2).level == .critical)
        var levels: [Level] = []
        for line in 3...12 { levels.append(Self.say(pair, "hello", from: "b", line: line).level) }
        // BOTH's window is 5 messages: it holds through message 5; the sender's evidence lasts 8.
        #expect(levels.prefix(3).allSatisfy { $0 == .critical })
        #expect(levels[3] == .medium)        // message 6: BOTH has expired; the highest message score (0.565) remains
        #expect(levels.last == Level.none)   // message 12: all evidence is older than 8 messages
    }

    @Test("Time windows: evidence older than the window stops counting")
    func timeWindow() throws {
        let pair = try Self.tracker()
        Self.say(pair, "post it", at: 0, line: 1)
        #expect(Self.say(pair, "ok", from: "b", at: 300, line: 2).level == .medium)
        #expect(Self.say(pair, "ok", from: "b", at: 301 + 3600, line: 3).level == Level.none)
    }

    @Test("Memory is bounded: the least recently active conversation is evicted, counted and summarised")
    func evictionByCount() throws {
        let pair = try Self.tracker()
        var evicted: [String] = []
        pair.1.onEvict = { evicted.append($0.conversation) }
        for n in 0..<10_000 { Self.say(pair, n % 7 == 0 ? "pay" : "hi", in: "c\(n)", line: n + 1) }
        #expect(pair.1.count == 3)
        #expect(pair.1.evictions == 9_997)
        #expect(evicted.count == 9_997)
        #expect(evicted.prefix(3) == ["c0", "c1", "c2"])
        #expect(pair.1.finish().map(\.conversation) == ["c9997", "c9998", "c9999"])
    }

    @Test("Recently active conversations survive eviction (LRU, not FIFO)")
    func lru() throws {
        let pair = try Self.tracker()
        Self.say(pair, "post it", in: "keep", line: 1)
        for n in 0..<20 {
            Self.say(pair, "hi", in: "other\(n)", line: n + 2)
            Self.say(pair, "hi", in: "keep", line: n + 100)
        }
        #expect(pair.1.finish().contains { $0.conversation == "keep" && $0.messages == 21 })
    }

    @Test("Idle conversations are evicted by time")
    func idle() throws {
        let pair = try Self.tracker()
        Self.say(pair, "pay", in: "old", at: 0, line: 1)
        Self.say(pair, "hi", in: "new", at: 601, line: 2)
        #expect(pair.1.evictions == 1)
        #expect(pair.1.finish().map(\.conversation) == ["new"])
    }

    @Test("Deterministic: the same input gives the same verdicts and summaries")
    func deterministic() throws {
        func runAll() throws -> ([ConversationVerdict], [ConversationSummary]) {
            let pair = try Self.tracker(maxConversations: 50)
            var rng = SplitMix64(seed: 42)
            let words = ["pay", "post", "tick", "pic", "snap", "hello", "ok"]
            var verdicts: [ConversationVerdict] = []
            for line in 1...5000 {
                let text = (0..<3).map { _ in words[Int(rng.next() % 7)] }.joined(separator: " ")
                verdicts.append(Self.say(pair, text, in: "c\(rng.next() % 80)", from: "s\(rng.next() % 3)", line: line))
            }
            return (verdicts, pair.1.finish())
        }
        let first = try runAll(), second = try runAll()
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
    }

    @Test("Composite syntax errors are reported with codes")
    func errors() {
        #expect(throws: RulePackError.self) { try compile("composite X {\n  when nonsense & payment_demand\n  level critical\n}") }
        do {
            _ = try compile("composite X {\n  when 3 of (deadline, grooming)\n}")
        } catch let error as RulePackError {
            #expect(error.diagnostics.map(\.code).sorted() == ["E112", "E115"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
