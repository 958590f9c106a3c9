/// Where a message came from in the input, so an analyst can find it: its line and its id.
public struct MessageReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var id: String?
    public init(line: Int, id: String? = nil) { self.line = line; self.id = id }
    public static func < (a: MessageReference, b: MessageReference) -> Bool { a.line < b.line }
    public var description: String { id.map { "\($0) (line \(line))" } ?? "line \(line)" }
}

/// A composite that holds, with the earlier messages that supplied its evidence.
public struct CompositeHit: Sendable, Equatable {
    public var name: String
    public var level: Level
    /// The sender whose messages hold the evidence (nil for `from any sender`).
    public var sender: String?
    public var evidence: [MessageReference]
}

/// A move of the conversation to a later stage: which message moved it, and why.
public struct StageChange: Sendable, Equatable {
    public var stage: Stage
    public var message: MessageReference
    /// The categories that made the stage's condition true, e.g. `payment_demand + recording_claim`.
    public var reason: String
}

/// The state of a conversation after one of its messages.
///
/// ```swift
/// let update = tracker.observe(verdict, conversation: "c1", sender: "u7", timestamp: nil,
///                              reference: MessageReference(line: 14, id: "m14"))
/// update.level        // .critical
/// update.stage        // .extortion
/// update.composites   // [SEXTORTION_THREAT_AND_DEMAND: evidence m9, m14]
/// ```
public struct ConversationVerdict: Sendable, Equatable {
    public var score: Double
    public var level: Level
    public var stage: Stage
    /// Composites that hold now (their evidence is inside their window).
    public var composites: [CompositeHit]
    /// The stage change this message caused, if any.
    public var stageChange: StageChange?
}

/// What an analyst or a moderation queue wants to know about a whole conversation.
public struct ConversationSummary: Sendable, Equatable {
    public var conversation: String
    public var messages: Int
    public var peakScore: Double
    public var peakLevel: Level
    /// The message at which the peak level was first reached.
    public var peakMessage: MessageReference?
    public var stage: Stage
    public var stageHistory: [StageChange]
    /// Each composite that fired, with the evidence of its first firing.
    public var composites: [CompositeHit]
    /// The messages that mattered: evidence of composites and stage changes, in input order.
    public var keyMessages: [MessageReference]
    /// Whether the summary was written because the conversation was evicted (not at the end).
    public var evicted: Bool
}

/// Follows conversations message by message and applies the pack's composites and stages.
///
/// ```swift
/// let tracker = ConversationTracker(rules: rules)
/// for message in messages {
///     let verdict = scanner.scan(message.text)
///     let update = tracker.observe(verdict, conversation: message.conversation, sender: message.sender,
///                                  timestamp: message.epochSeconds, reference: .init(line: message.line))
/// }
/// let summaries = tracker.finish()
/// ```
///
/// State is kept per (conversation, sender): the messages with hits, inside the window of the
/// pack's `conversation` block (50 messages and 24 hours by default). The conversation score is
/// the highest message score in the window, raised by any composite that holds. Evidence that
/// leaves the window stops counting, so a level never drops because later messages are benign,
/// and decays once the evidence is older than the window. Memory is bounded: at most
/// ``ConversationPolicy/maxConversations`` conversations (the least recently active is evicted),
/// conversations idle past ``ConversationPolicy/idleSeconds`` are evicted, and each sender keeps
/// at most ``eventsPerSender`` messages of evidence. The same input always gives the same output.
///
/// Not thread-safe: one tracker per shard, with every message of a conversation on one shard.
public final class ConversationTracker {
    public let rules: RuleSet
    public let policy: ConversationPolicy
    /// Messages with hits kept per sender.
    public let eventsPerSender = 64
    /// Senders kept per conversation (the least recently active is dropped beyond it).
    public let sendersPerConversation = 64

    /// Conversations evicted so far (by count or idleness).
    public private(set) var evictions = 0
    /// Called with the summary of each evicted conversation.
    public var onEvict: ((ConversationSummary) -> Void)?

    /// The number of conversations tracked now.
    public var count: Int { index.count }

    struct Event {
        var position: Int            // message number in the conversation, from 1
        var time: Int64?
        var categories: UInt16       // bit i = Category.allCases[i]
        var score: Double            // the message's own score
        var rules: [Int32]
        var reference: MessageReference
    }

    struct SenderState {
        var events: [Event] = []
        var lastPosition = 0
    }

    final class State {
        let id: String
        var messages = 0
        var lastTime: Int64?
        var senders: [String: SenderState] = [:]
        var peakScore = 0.0
        var peakLevel = Level.none
        var peakMessage: MessageReference?
        var stage = Stage.contact
        var stageHistory: [StageChange] = []
        var composites: [String: CompositeHit] = [:]
        var compositeOrder: [String] = []
        var keyMessages = Set<MessageReference>()
        // LRU links (slot indices).
        var newer = -1, older = -1
        init(id: String) { self.id = id }
    }

    private var slots: [State?] = []
    private var freeSlots: [Int] = []
    private var index: [String: Int] = [:]
    private var newest = -1, oldest = -1
    private var firstSeenOrder: [String: Int] = [:]
    private var nextFirstSeen = 0

    /// - Parameters:
    ///   - maxConversations: overrides the pack's `max_conversations`.
    ///   - idleSeconds: overrides the pack's `idle`.
    public init(rules: RuleSet, maxConversations: Int? = nil, idleSeconds: Int? = nil) {
        self.rules = rules
        var policy = rules.conversation
        if let maxConversations { policy.maxConversations = max(1, maxConversations) }
        if let idleSeconds { policy.idleSeconds = idleSeconds }
        self.policy = policy
        stagesNeedEvidence = policy.stages.allSatisfy { holds($0.1, [], minWeight: 0) == nil }
    }

    /// Whether every stage condition needs at least one event to hold. Conditions are monotone
    /// (no negation), so a conversation without events cannot advance a stage; only a degenerate
    /// pack (`count 0 of …`) could, and then every message is evaluated in full.
    private var stagesNeedEvidence = false

    /// Adds one message's verdict to its conversation and returns the conversation's state.
    ///
    /// - Parameters:
    ///   - timestamp: seconds since the epoch, when the input has times (windows in time and
    ///     idle eviction use it; without it only message windows apply).
    /// - Complexity: O(senders × events per sender × composites), bounded by constants.
    public func observe(_ verdict: Verdict, conversation: String, sender: String?, timestamp: Int64?,
                        reference: MessageReference) -> ConversationVerdict {
        if let timestamp { evictIdle(now: timestamp) }
        let state = touch(conversation)
        state.messages += 1
        if let timestamp { state.lastTime = max(state.lastTime ?? timestamp, timestamp) }
        let position = state.messages
        let senderKey = sender ?? ""
        expire(state, position: position, now: timestamp ?? state.lastTime)

        if !verdict.hits.isEmpty {
            var bits: UInt16 = 0
            for category in verdict.categories { bits |= Self.bit(category) }
            var senderState = state.senders[senderKey] ?? SenderState()
            if senderState.events.count >= eventsPerSender { senderState.events.removeFirst() }
            senderState.events.append(Event(position: position, time: timestamp, categories: bits, score: verdict.score,
                                            rules: verdict.hits.map { Int32($0.ruleIndex) }, reference: reference))
            senderState.lastPosition = position
            state.senders[senderKey] = senderState
            if state.senders.count > sendersPerConversation, let stale = state.senders.min(by: { $0.value.lastPosition < $1.value.lastPosition })?.key {
                state.senders[stale] = nil
            }
        }

        // Score each sender's window as one message; the conversation takes the highest.
        var score = 0.0
        var level = Level.none
        var holding: [CompositeHit] = []
        // Most conversations hold no evidence in their windows (benign chat): then no composite
        // can hold (each needs an event in its window) and no stage can advance (see
        // `stagesNeedEvidence`), so the evaluation below is skipped. It was a fifth of the CLI's
        // instructions per message, mostly sorting and filtering empty arrays.
        let hasEvidence = state.senders.values.contains { !$0.events.isEmpty }
        var everyone: [Event]?   // every sender's events in message order, made when first needed
        if hasEvidence || !stagesNeedEvidence {
            evaluateWindows(state, position: position, timestamp: timestamp, everyone: &everyone, score: &score, holding: &holding)
        }
        level = rules.scoring.level(for: score)
        for hit in holding where hit.level > level { level = hit.level }
        if let threshold = rules.scoring.threshold(level), threshold > score { score = threshold }

        for hit in holding {
            hit.evidence.forEach { state.keyMessages.insert($0) }
            if state.composites[hit.name] == nil {
                state.composites[hit.name] = hit
                state.compositeOrder.append(hit.name)
            }
        }
        let change = hasEvidence || !stagesNeedEvidence ? advanceStage(state, reference: reference, everyone: &everyone) : nil
        if level > state.peakLevel || (level == state.peakLevel && score > state.peakScore) {
            if level > state.peakLevel { state.peakMessage = reference }
            state.peakLevel = level
            state.peakScore = max(state.peakScore, score)
        }
        return ConversationVerdict(score: score, level: level, stage: state.stage, composites: holding, stageChange: change)
    }

    /// The highest sender window score, and the composites that hold.
    private func evaluateWindows(_ state: State, position: Int, timestamp: Int64?, everyone: inout [Event]?,
                                 score: inout Double, holding: inout [CompositeHit]) {
        var everyoneCategories: UInt16 = 0
        for key in state.senders.keys.sorted() {
            let events = state.senders[key]!.events
            guard !events.isEmpty else { continue }
            let senderScore = windowScore(events)
            score = max(score, senderScore)
            let categories = Self.categories(of: events)
            everyoneCategories |= categories
            for composite in policy.composites where composite.sameSender && mayHold(composite.condition, categories: categories) {
                if let hit = evaluate(composite, events: events, sender: key, position: position, now: timestamp) {
                    holding.append(hit)
                }
            }
        }
        for composite in policy.composites where !composite.sameSender && mayHold(composite.condition, categories: everyoneCategories) {
            if everyone == nil { everyone = Self.allEvents(state) }
            if let hit = evaluate(composite, events: everyone!, sender: nil, position: position, now: timestamp) {
                holding.append(hit)
            }
        }
    }

    /// Moves the conversation to the latest stage whose condition holds, if it is later than
    /// the current one (stages only move forward).
    private func advanceStage(_ state: State, reference: MessageReference, everyone: inout [Event]?) -> StageChange? {
        var categories: UInt16 = 0
        for sender in state.senders.values { categories |= Self.categories(of: sender.events) }
        for (stage, condition) in policy.stages.reversed() where stage > state.stage && mayHold(condition, categories: categories) {
            if everyone == nil { everyone = Self.allEvents(state) }
            if let evidence = holds(condition, everyone!, minWeight: 0) {
                let categories = Set(evidence.flatMap { event in Category.allCases.filter { event.categories & Self.bit($0) != 0 } })
                let reason = Category.allCases.filter(categories.contains).map(\.rawValue).joined(separator: " + ")
                let change = StageChange(stage: stage, message: reference, reason: reason)
                state.stage = stage
                state.stageHistory.append(change)
                state.keyMessages.insert(reference)
                return change
            }
        }
        return nil
    }

    /// The categories present in some event (bit i = `Category.allCases[i]`).
    static func categories(of events: [Event]) -> UInt16 {
        events.reduce(0) { $0 | $1.categories }
    }

    /// A necessary condition for `holds(condition, events, …)`, from the categories present in
    /// the events alone: every operand that holds has an event of its category (a rule's hit
    /// puts its category in the event). Most conversations with evidence hold only a category
    /// or two, so this rejects the extortion composites and later stages without filtering or
    /// sorting any events; `holds` costs a fifth of the CLI's time when run for every message.
    func mayHold(_ condition: CompositeCondition, categories: UInt16) -> Bool {
        switch condition {
        case .category(let category, _):
            return categories & Self.bit(category) != 0
        case .rule(let rule):
            return categories & Self.bit(rules.rules[Int(rule)].category) != 0
        case .and(let a, let b):
            return mayHold(a, categories: categories) && mayHold(b, categories: categories)
        case .or(let a, let b):
            return mayHold(a, categories: categories) || mayHold(b, categories: categories)
        case .count(let n, let operands):
            var possible = 0
            for operand in operands where mayHold(operand, categories: categories) { possible += 1 }
            return possible >= n
        case .sequence(let steps):
            return steps.allSatisfy { mayHold($0, categories: categories) }
        }
    }

    /// Every sender's events in the window, in message order.
    private static func allEvents(_ state: State) -> [Event] {
        state.senders.values.flatMap(\.events).sorted { $0.position < $1.position }
    }

    /// Summaries of every conversation still tracked, in the order they were first seen, and
    /// forgets them.
    public func finish() -> [ConversationSummary] {
        let states = slots.compactMap { $0 }.sorted { firstSeenOrder[$0.id]! < firstSeenOrder[$1.id]! }
        let summaries = states.map { summary($0, evicted: false) }
        slots.removeAll()
        freeSlots.removeAll()
        index.removeAll()
        firstSeenOrder.removeAll()
        newest = -1
        oldest = -1
        return summaries
    }

    // MARK: Scoring a window

    static func bit(_ category: Category) -> UInt16 { 1 << UInt16(category.ordinal) }

    /// The highest message score among the sender's messages in the window. Evidence combines
    /// across messages only through composites, which keeps weak signals scattered over a long
    /// ordinary chat from adding up to an alarm.
    private func windowScore(_ events: [Event]) -> Double {
        events.reduce(0) { max($0, $1.score) }
    }

    /// The weight of a category in a set of events (distinct rules, uncapped).
    private func weight(of category: Category, in events: [Event]) -> Double {
        var seen = Set<Int32>()
        var total = 0.0
        for event in events where event.categories & Self.bit(category) != 0 {
            for rule in event.rules where seen.insert(rule).inserted && rules.rules[Int(rule)].category == category {
                total += rules.rules[Int(rule)].weight
            }
        }
        return total
    }

    private func evaluate(_ composite: CompiledComposite, events: [Event], sender: String?, position: Int, now: Int64?) -> CompositeHit? {
        let inWindow = events.filter { event in
            if let within = composite.withinMessages, position - event.position >= within { return false }
            if let within = composite.withinSeconds, let now, let time = event.time, now - time > Int64(within) { return false }
            return true
        }
        guard !inWindow.isEmpty, let evidence = holds(composite.condition, inWindow, minWeight: composite.minWeight) else { return nil }
        let references = Array(Set(evidence.map(\.reference))).sorted()
        return CompositeHit(name: composite.name, level: composite.level, sender: sender, evidence: references)
    }

    /// The events that make `condition` true, or nil. Operands take their latest occurrence;
    /// a sequence takes the earliest chain of strictly later messages.
    func holds(_ condition: CompositeCondition, _ events: [Event], minWeight: Double) -> [Event]? {
        switch condition {
        case .category(let category, let operandMinimum):
            let matching = events.filter { $0.categories & Self.bit(category) != 0 }
            guard let last = matching.last else { return nil }
            let minimum = operandMinimum ?? minWeight
            if minimum > 0 && weight(of: category, in: matching) < minimum { return nil }
            return [last]
        case .rule(let rule):
            return events.last { $0.rules.contains(rule) }.map { [$0] }
        case .and(let a, let b):
            guard let x = holds(a, events, minWeight: minWeight), let y = holds(b, events, minWeight: minWeight) else { return nil }
            return x + y
        case .or(let a, let b):
            let x = holds(a, events, minWeight: minWeight), y = holds(b, events, minWeight: minWeight)
            if x == nil && y == nil { return nil }
            return (x ?? []) + (y ?? [])
        case .count(let n, let operands):
            let found = operands.compactMap { holds($0, events, minWeight: minWeight) }
            return found.count >= n ? found.flatMap { $0 } : nil
        case .sequence(let steps):
            var chain: [Event] = []
            var after = 0
            for step in steps {
                guard let next = events.first(where: { $0.position > after && holds(step, [$0], minWeight: 0) != nil }) else { return nil }
                chain.append(next)
                after = next.position
            }
            return chain
        }
    }

    // MARK: Windows and eviction

    private func expire(_ state: State, position: Int, now: Int64?) {
        for (key, var sender) in state.senders {
            let before = sender.events.count
            sender.events.removeAll { event in
                if position - event.position >= policy.windowMessages { return true }
                if let window = policy.windowSeconds, let now, let time = event.time, now - time > Int64(window) { return true }
                return false
            }
            if sender.events.count != before { state.senders[key] = sender }
        }
    }

    /// Finds or creates the conversation and makes it the most recently active.
    private func touch(_ id: String) -> State {
        if let slot = index[id] {
            unlink(slot)
            link(slot)
            return slots[slot]!
        }
        if index.count >= policy.maxConversations, oldest >= 0 { evict(oldest) }
        let state = State(id: id)
        let slot: Int
        if let free = freeSlots.popLast() { slot = free; slots[slot] = state } else { slot = slots.count; slots.append(state) }
        index[id] = slot
        firstSeenOrder[id] = nextFirstSeen
        nextFirstSeen += 1
        link(slot)
        return state
    }

    private func evictIdle(now: Int64) {
        guard let idle = policy.idleSeconds else { return }
        while oldest >= 0, let state = slots[oldest], let last = state.lastTime, now - last > Int64(idle) {
            evict(oldest)
        }
    }

    private func evict(_ slot: Int) {
        guard let state = slots[slot] else { return }
        unlink(slot)
        slots[slot] = nil
        freeSlots.append(slot)
        index[state.id] = nil
        firstSeenOrder[state.id] = nil
        evictions += 1
        onEvict?(summary(state, evicted: true))
    }

    private func link(_ slot: Int) {
        let state = slots[slot]!
        state.older = newest
        state.newer = -1
        if newest >= 0 { slots[newest]!.newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }

    private func unlink(_ slot: Int) {
        let state = slots[slot]!
        if state.newer >= 0 { slots[state.newer]!.older = state.older } else { newest = state.older }
        if state.older >= 0 { slots[state.older]!.newer = state.newer } else { oldest = state.newer }
        state.newer = -1
        state.older = -1
    }

    private func summary(_ state: State, evicted: Bool) -> ConversationSummary {
        ConversationSummary(
            conversation: state.id, messages: state.messages, peakScore: state.peakScore, peakLevel: state.peakLevel,
            peakMessage: state.peakMessage, stage: state.stage, stageHistory: state.stageHistory,
            composites: state.compositeOrder.compactMap { state.composites[$0] },
            keyMessages: state.keyMessages.sorted(), evicted: evicted)
    }
}
