import Testing
@testable import ChatScreen

/// Conversations that span days: whole-file inputs are never evicted for idleness, a split
/// conversation is said, the memory of evicted ids is bounded, and the roster that decides all of
/// it is the one `ConversationTracker` and `chatscreen score --jobs` share.
@Suite("Conversation roster: idle eviction, resumed conversations, bounded memory")
struct ConversationRosterTests {
    /// Windows of 7 days but only 6 hours of idleness: a 30-hour pause evicts a stream
    /// conversation, never a whole file's, and evidence from before the pause still counts.
    static let pack = """
        rule CLAIM { category recording_claim weight 2.5 when "recorded" }
        rule PAY { category payment_demand weight 2.5 when "pay" }
        rule MOVE { category platform_move weight 0.5 when "snap" }
        composite CLAIM_AND_DEMAND {
          when recording_claim & payment_demand
          within 20 messages
          from same sender
          level critical
        }
        conversation {
          window 100 messages
          window 7d
          max_conversations 1000
          idle 6h
        }
        """

    static let arc = ["add me on snap", "how are you", "I recorded you", "ok?", "now pay"]

    /// Runs `arc` as one conversation, `gap` seconds between messages; returns the levels.
    static func levels(gap: Int64, source: ConversationSource, tracker: ConversationTracker) throws -> [Level] {
        let scanner = try MessageScanner(rules: tracker.rules)
        return arc.enumerated().map { index, text in
            tracker.observe(scanner.scan(text), conversation: "arc", sender: index % 2 == 0 ? "x" : "v",
                            timestamp: 1_773_522_300 + Int64(index) * gap, reference: MessageReference(line: index + 1),
                            source: source).level
        }
    }

    @Test("An arc from a whole file with 30 hours between messages reaches the levels it reaches without the gaps")
    func wholeFileSpansDays() throws {
        let rules = try compile(Self.pack)
        let together = try Self.levels(gap: 60, source: .wholeFile, tracker: ConversationTracker(rules: rules))
        #expect(together.last == .critical, "the arc must reach critical without gaps: \(together)")
        let tracker = ConversationTracker(rules: rules)
        let apart = try Self.levels(gap: 30 * 3600, source: .wholeFile, tracker: tracker)
        #expect(apart == together)
        #expect(tracker.evictions == 0)
        #expect(tracker.finish().map(\.messages) == [Self.arc.count], "one conversation, one summary")
    }

    @Test("The same arc as a stream is evicted at the pause; the part after it is marked resumed and counted")
    func streamIsSplit() throws {
        let rules = try compile(Self.pack)
        let tracker = ConversationTracker(rules: rules)
        var evicted: [ConversationSummary] = []
        tracker.onEvict = { evicted.append($0) }
        let levels = try Self.levels(gap: 30 * 3600, source: .stream, tracker: tracker)
        #expect(levels.last != .critical, "the claim was evicted with the first part")
        #expect(tracker.evictions == Self.arc.count - 1)
        #expect(evicted.map(\.resumedAfterEviction) == [false, true, true, true])
        #expect(evicted.map(\.earlierEvictions) == [0, 1, 2, 3])
        let last = try #require(tracker.finish().first)
        #expect(last.earlierEvictions == 4 && !last.evicted)
        #expect(tracker.splits.conversations == 1, "one conversation, split four times")
        #expect(tracker.splits.resumptions == 4)
        #expect(tracker.splits.first == .init(conversation: "arc", message: MessageReference(line: 2)))
    }

    @Test("Whole-file conversations stay under the capacity bound: the least recently active of both kinds goes")
    func capacityStillBounds() {
        var roster = ConversationRoster(capacity: 2, idleSeconds: 3600)
        var evicted: [ConversationRoster.Eviction] = []
        func admit(_ id: String, _ time: Int64, _ source: ConversationSource, line: Int) -> ConversationRoster.Admission {
            roster.admit(id, time: time, source: source, reference: MessageReference(line: line), evicting: &evicted)
        }
        _ = admit("file", 0, .wholeFile, line: 1)
        _ = admit("s1", 10, .stream, line: 2)
        _ = admit("s2", 100_000, .stream, line: 3)            // s1 idle; the file's conversation is not
        #expect(evicted.map(\.conversation) == ["s1"])
        #expect(evicted.map(\.reason) == [.idle])
        _ = admit("s3", 100_010, .stream, line: 4)            // full: "file" is the least recently active
        #expect(evicted.map(\.conversation) == ["s1", "file"])
        #expect(evicted.last?.reason == .capacity)
        let back = admit("file", 100_020, .wholeFile, line: 5)
        #expect(back.isNew && back.earlierEvictions == 1)
        #expect(evicted.last?.conversation == "s2")
        #expect(roster.count == 2 && roster.evictions == 3)
        #expect(roster.live().compactMap { roster.conversation(inSlot: $0) } == ["s3", "file"])
    }

    @Test("A conversation moves to the list of its latest message: from a stream, it can be idle again")
    func sourceFollowsLatestMessage() {
        var roster = ConversationRoster(capacity: 10, idleSeconds: 100)
        var evicted: [ConversationRoster.Eviction] = []
        roster.admit("c", time: 0, source: .wholeFile, reference: MessageReference(line: 1), evicting: &evicted)
        roster.admit("d", time: 1000, source: .stream, reference: MessageReference(line: 2), evicting: &evicted)
        #expect(evicted.isEmpty)
        roster.admit("c", time: 1001, source: .stream, reference: MessageReference(line: 3), evicting: &evicted)
        roster.admit("d", time: 1050, source: .stream, reference: MessageReference(line: 4), evicting: &evicted)
        roster.admit("e", time: 1102, source: .stream, reference: MessageReference(line: 5), evicting: &evicted)
        #expect(evicted.map(\.conversation) == ["c"], "c fell silent at 1001, d is still active at 1050")
    }

    @Test("The memory of evicted ids stays at its size whatever the number of evictions, and forgets the oldest")
    func evictionMemoryIsBounded() {
        var roster = ConversationRoster(capacity: 1, idleSeconds: nil, rememberedEvictions: 64)
        var evicted: [ConversationRoster.Eviction] = []
        #expect(roster.memory.allocatedEntries == 0, "nothing is allocated before the first eviction")
        for n in 0..<100_000 {
            roster.admit("c\(n)", time: nil, source: .stream, reference: MessageReference(line: n + 1), evicting: &evicted)
            evicted.removeAll(keepingCapacity: true)
        }
        #expect(roster.evictions == 99_999)
        #expect(roster.memory.capacity == 64 && roster.memory.allocatedEntries == 64)
        #expect(roster.memory.count == 64, "every entry is in use")
        #expect(roster.memory.forgotten == 99_999 - 64)
        // The most recently evicted id is remembered; the first was overwritten long ago.
        #expect(roster.admit("c99998", time: nil, source: .stream, reference: MessageReference(line: 1), evicting: &evicted)
            .earlierEvictions == 1)
        #expect(roster.admit("c0", time: nil, source: .stream, reference: MessageReference(line: 2), evicting: &evicted)
            .earlierEvictions == 0)
        #expect(roster.memory.allocatedEntries == 64)
    }

    @Test("EvictionMemory: counts follow repeated evictions, take forgets, capacity rounds up to a power of two")
    func evictionMemoryTable() {
        var memory = ConversationRoster.EvictionMemory(capacity: 5)
        #expect(memory.capacity == 8)
        let a = ConversationRoster.fingerprint("a"), zero: UInt64 = 0
        #expect(a == 0xAF63_DC4C_8601_EC8C)
        memory.remember(a, evictions: 1)
        memory.remember(a, evictions: 2)
        memory.remember(zero, evictions: 1)   // 0 marks an empty entry; it is stored as 1
        #expect(memory.count == 2)
        #expect(memory.take(a) == 2)
        #expect(memory.take(a) == 0)
        #expect(memory.take(zero) == 1)
        #expect(memory.count == 0)
    }

    @Test("The policy reads days (`7d`, `2 days`); the shipped pack and ConversationPolicy.standard both say 7 days and 100 messages")
    func days() throws {
        let rules = try compile(#"rule PAY { category payment_demand weight 2.5 when "pay" }"# + """

            conversation {
              window 100 messages
              window 7d
              idle 2 days
            }
            """)
        #expect(rules.conversation.windowMessages == 100)
        #expect(rules.conversation.windowSeconds == 7 * 86_400)
        #expect(rules.conversation.idleSeconds == 2 * 86_400)
        let shipped = DefaultRulePackTests.rules.conversation, standard = ConversationPolicy.standard
        for policy in [shipped, standard] {
            #expect(policy.windowMessages == 100 && policy.windowSeconds == 604_800 && policy.idleSeconds == 604_800)
        }
        #expect(shipped.maxConversations == standard.maxConversations)
    }

    @Test("A bad time unit in the conversation block is an error that names the unit and lists the good ones")
    func badUnit() {
        do {
            _ = try compile("conversation {\n  idle 7w\n}")
            Issue.record("`idle 7w` compiled")
        } catch let error as RulePackError {
            let rendered = error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
            #expect(error.diagnostics.first?.code == "E010", "\(rendered)")
            #expect(rendered.contains("t.rules") || rendered.contains(".rules:"), "the error says where: \(rendered)")
            #expect(rendered.contains("unknown unit `w`") && rendered.contains("use messages, s, m, h or d"), "\(rendered)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The `--jobs` path: one roster decides, trackers made by `admittedElsewhere` follow, each
    /// closing what the roster evicts. It must give the verdicts and summaries of one tracker.
    @Test("A roster driving admittedElsewhere trackers gives what one tracker gives", arguments: 0..<30)
    func drivenTrackersAgree(seed: UInt64) throws {
        let rules = try compile(Self.pack)
        var rng = SplitMix64(seed: seed)
        let capacity = Int(rng.next() % 8) + 1, idle = Int(rng.next() % 400) + 1
        let scanner = try MessageScanner(rules: rules)
        let single = ConversationTracker(rules: rules, maxConversations: capacity, idleSeconds: idle)
        var singleEvicted: [ConversationSummary] = []
        single.onEvict = { singleEvicted.append($0) }
        var roster = ConversationRoster(capacity: capacity, idleSeconds: idle)
        let workers = [ConversationTracker.admittedElsewhere(rules: rules), ConversationTracker.admittedElsewhere(rules: rules)]
        var owner: [Int32: Int] = [:]
        var drivenEvicted: [ConversationSummary] = []
        var evictions: [ConversationRoster.Eviction] = []
        let words = ["snap", "recorded", "pay", "hello", "ok"]
        var time: Int64 = 1_000_000
        for line in 1...500 {
            let conversation = "c\(rng.next() % 20)"
            time += Int64(rng.next() % 150) - 40
            let stamp: Int64? = rng.next() % 6 == 0 ? nil : time
            let source: ConversationSource = rng.next() % 3 == 0 ? .wholeFile : .stream
            let verdict = scanner.scan(words[Int(rng.next() % 5)] + " " + words[Int(rng.next() % 5)])
            let reference = MessageReference(line: line), sender = "s\(rng.next() % 2)"
            let expected = single.observe(verdict, conversation: conversation, sender: sender, timestamp: stamp,
                                          reference: reference, source: source)
            let admission = roster.admit(conversation, time: stamp, source: source, reference: reference, evicting: &evictions)
            for eviction in evictions { drivenEvicted.append(workers[owner[eviction.slot]!].close(slot: eviction.slot, evicted: true)) }
            evictions.removeAll()
            if admission.isNew { owner[admission.slot] = Int(ConversationRoster.fingerprint(conversation) % 2) }
            let actual = workers[owner[admission.slot]!].observe(verdict, admission: admission, conversation: conversation,
                                                                 sender: sender, timestamp: stamp, reference: reference)
            #expect(actual == expected, "seed \(seed), line \(line)")
            #expect(drivenEvicted == singleEvicted, "seed \(seed), line \(line)")
            if drivenEvicted != singleEvicted { return }
        }
        let finished = roster.live().map { workers[owner[$0]!].close(slot: $0, evicted: false) }
        #expect(finished == single.finish(), "seed \(seed): the summaries at the end, in first-seen order")
        #expect(roster.evictions == single.evictions && roster.splits == single.splits)
        #expect(single.evictions > 0 && single.splits.resumptions > 0, "seed \(seed): the sequence should evict and resume")
    }
}
