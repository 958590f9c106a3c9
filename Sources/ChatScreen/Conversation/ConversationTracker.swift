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
    /// How many times this conversation was evicted before this part of it began (0: it was
    /// not, as far as ``ConversationRoster/EvictionMemory`` remembers). Non-zero means an
    /// eviction split the conversation: an earlier summary holds the part before.
    public var earlierEvictions: Int = 0
    /// Whether an eviction split the conversation before this part (`resumed_after_eviction`).
    public var resumedAfterEviction: Bool { earlierEvictions > 0 }
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
/// pack's `conversation` block (100 messages and 7 days by default). The conversation score is
/// the highest message score in the window, raised by any composite that holds. Evidence that
/// leaves the window stops counting, so a level never drops because later messages are benign,
/// and decays once the evidence is older than the window. Memory is bounded: a
/// ``ConversationRoster`` decides which conversations are tracked (at most
/// ``ConversationPolicy/maxConversations``, the least recently active evicted beyond it, and
/// stream conversations idle past ``ConversationPolicy/idleSeconds`` evicted; conversations
/// from a ``ConversationSource/wholeFile`` never are), and each sender keeps at most
/// ``eventsPerSender`` messages of evidence. A conversation that comes back after an eviction is
/// tracked anew, and its summary says so (``ConversationSummary/earlierEvictions``). The same
/// input always gives the same output.
///
/// Not thread-safe: one tracker per shard, with every message of a conversation on one shard.
/// `chatscreen score --jobs` keeps the roster on its reading thread instead, and gives each
/// worker a tracker made by ``admittedElsewhere(rules:)``.
public final class ConversationTracker {
    public let rules: RuleSet
    public let policy: ConversationPolicy
    /// Messages with hits kept per sender.
    public let eventsPerSender = 64
    /// Senders kept per conversation (the least recently active is dropped beyond it).
    public let sendersPerConversation = 64

    /// Conversations evicted so far (by count or idleness).
    public var evictions: Int { roster?.evictions ?? 0 }
    /// Conversations that an eviction split (an evicted id came back).
    public var splits: ConversationRoster.Splits { roster?.splits ?? ConversationRoster.Splits() }
    /// Called with the summary of each evicted conversation.
    public var onEvict: ((ConversationSummary) -> Void)?

    /// The number of conversations tracked now.
    public var count: Int { roster?.count ?? live }

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
        let earlierEvictions: Int
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
        init(id: String, earlierEvictions: Int) {
            self.id = id
            self.earlierEvictions = earlierEvictions
        }
    }

    /// Which conversations are tracked; nil when another roster decides (``admittedElsewhere(rules:)``).
    private var roster: ConversationRoster?
    /// By roster slot.
    private var states: [State?] = []
    /// Conversations with a state (for ``count`` without a roster).
    private var live = 0
    /// Reused by each ``observe(_:conversation:sender:timestamp:reference:source:)``.
    private var pendingEvictions: [ConversationRoster.Eviction] = []

    /// - Parameters:
    ///   - maxConversations: overrides the pack's `max_conversations`.
    ///   - idleSeconds: overrides the pack's `idle`.
    public init(rules: RuleSet, maxConversations: Int? = nil, idleSeconds: Int? = nil) {
        self.rules = rules
        policy = rules.conversation.overriding(maxConversations: maxConversations, idleSeconds: idleSeconds)
        roster = ConversationRoster(capacity: policy.maxConversations, idleSeconds: policy.idleSeconds)
        stagesNeedEvidence = policy.stages.allSatisfy { holds($0.1, [], minWeight: 0) == nil }
    }

    private init(rules: RuleSet, roster: ConversationRoster?) {
        self.rules = rules
        self.policy = rules.conversation
        self.roster = roster
        stagesNeedEvidence = policy.stages.allSatisfy { holds($0.1, [], minWeight: 0) == nil }
    }

    /// A tracker whose conversations are admitted and evicted by a ``ConversationRoster`` kept
    /// elsewhere: feed it with ``observe(_:admission:conversation:sender:timestamp:reference:)``
    /// and end conversations with ``close(slot:evicted:)``. It never evicts by itself.
    ///
    /// ```swift
    /// // Reading thread:
    /// let admission = roster.admit(id, time: t, source: .stream, reference: ref, evicting: &evicted)
    /// // The worker that follows `id`, in input order (evictions first):
    /// for eviction in evicted { summaries.append(tracker.close(slot: eviction.slot, evicted: true)) }
    /// let update = tracker.observe(verdict, admission: admission, conversation: id, sender: s, timestamp: t, reference: ref)
    /// ```
    ///
    /// `chatscreen score --jobs N` keeps one roster on its reading thread and one such tracker per
    /// worker, so the evictions are those one ``init(rules:maxConversations:idleSeconds:)``
    /// tracker would make, and the output is that of `--jobs 1`.
    public static func admittedElsewhere(rules: RuleSet) -> ConversationTracker {
        ConversationTracker(rules: rules, roster: nil)
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
    ///   - source: ``ConversationSource/wholeFile`` for a chat export or plain text, whose
    ///     conversations are never evicted for idleness; ``ConversationSource/stream`` otherwise.
    /// - Complexity: O(senders × events per sender × composites), bounded by constants.
    public func observe(_ verdict: Verdict, conversation: String, sender: String?, timestamp: Int64?,
                        reference: MessageReference, source: ConversationSource = .stream) -> ConversationVerdict {
        guard roster != nil else {
            preconditionFailure("a tracker made by admittedElsewhere(rules:) is fed with observe(_:admission:…)")
        }
        let admission = roster!.admit(conversation, time: timestamp, source: source, reference: reference,
                                      evicting: &pendingEvictions)
        if !pendingEvictions.isEmpty {
            var evicted: [ConversationRoster.Eviction] = []
            swap(&evicted, &pendingEvictions)
            for eviction in evicted {
                let summary = end(slot: eviction.slot, evicted: true)
                onEvict?(summary)
            }
            evicted.removeAll(keepingCapacity: true)
            swap(&evicted, &pendingEvictions)
        }
        return update(verdict, admission: admission, conversation: conversation, sender: sender, timestamp: timestamp,
                      reference: reference)
    }

    /// Adds one message's verdict to the conversation a ``ConversationRoster`` kept elsewhere
    /// admitted it to (only for a tracker made by ``admittedElsewhere(rules:)``); a new admission
    /// starts a new state in its slot, which must have been closed since its last conversation.
    public func observe(_ verdict: Verdict, admission: ConversationRoster.Admission, conversation: String, sender: String?,
                        timestamp: Int64?, reference: MessageReference) -> ConversationVerdict {
        precondition(roster == nil, "this tracker has its own roster: use observe(_:conversation:sender:timestamp:reference:source:)")
        return update(verdict, admission: admission, conversation: conversation, sender: sender, timestamp: timestamp,
                      reference: reference)
    }

    private func update(_ verdict: Verdict, admission: ConversationRoster.Admission, conversation: String, sender: String?,
                        timestamp: Int64?, reference: MessageReference) -> ConversationVerdict {
        let slot = Int(admission.slot)
        if slot >= states.count { states += repeatElement(nil, count: max(slot + 1 - states.count, states.count)) }
        let state: State
        if admission.isNew {
            precondition(states[slot] == nil, "slot \(slot) was admitted again before its conversation was closed")
            state = State(id: conversation, earlierEvictions: admission.earlierEvictions)
            states[slot] = state
            live += 1
        } else {
            guard let existing = states[slot] else { preconditionFailure("slot \(slot) holds no conversation") }
            state = existing
        }
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
    /// forgets them (they are not evictions; evicted ids stay remembered). Without a roster of
    /// its own (``admittedElsewhere(rules:)``), in slot order.
    public func finish() -> [ConversationSummary] {
        let order = roster?.live() ?? states.indices.filter { states[$0] != nil }.map { Int32($0) }
        let summaries = order.map { end(slot: $0, evicted: false) }
        roster?.removeAll()
        states.removeAll()
        live = 0
        return summaries
    }

    /// Ends the conversation in `slot`, which the roster kept elsewhere evicted (`evicted`) or
    /// finished, and returns its summary; the slot may then be admitted again. Only for a tracker
    /// made by ``admittedElsewhere(rules:)``: a tracker with its own roster ends conversations itself.
    public func close(slot: Int32, evicted: Bool) -> ConversationSummary {
        precondition(roster == nil, "this tracker has its own roster, which decides when a conversation ends")
        return end(slot: slot, evicted: evicted)
    }

    private func end(slot: Int32, evicted: Bool) -> ConversationSummary {
        guard Int(slot) < states.count, let state = states[Int(slot)] else {
            preconditionFailure("slot \(slot) holds no conversation to close")
        }
        states[Int(slot)] = nil
        live -= 1
        return summary(state, evicted: evicted)
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

    // MARK: Windows

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

    private func summary(_ state: State, evicted: Bool) -> ConversationSummary {
        ConversationSummary(
            conversation: state.id, messages: state.messages, peakScore: state.peakScore, peakLevel: state.peakLevel,
            peakMessage: state.peakMessage, stage: state.stage, stageHistory: state.stageHistory,
            composites: state.compositeOrder.compactMap { state.composites[$0] },
            keyMessages: state.keyMessages.sorted(), evicted: evicted, earlierEvictions: state.earlierEvictions)
    }
}
