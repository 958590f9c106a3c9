/// How far a conversation has gone along the sextortion arc.
///
/// ```swift
/// Stage.leverage > .escalation   // true
/// ```
public enum Stage: String, Sendable, CaseIterable, Comparable {
    /// Nothing beyond ordinary contact yet.
    case contact
    /// The chat moved platform, asked for images, or probed for secrecy.
    case escalation
    /// Leverage is claimed: a recording, the victim's friends, threats.
    case leverage
    /// A demand for money together with leverage.
    case extortion

    public static func < (a: Stage, b: Stage) -> Bool { a.ordinal < b.ordinal }

    /// The index of the stage in ``allCases`` (`contact` is 0).
    var ordinal: Int {
        switch self {
        case .contact: 0
        case .escalation: 1
        case .leverage: 2
        case .extortion: 3
        }
    }
}

/// A compiled composite condition over a sender's (or a conversation's) recent evidence.
indirect enum CompositeCondition: Sendable {
    /// A category; `minWeight` overrides the composite's `min_weight` for this operand.
    case category(Category, minWeight: Double? = nil)
    case rule(Int32)
    case and(CompositeCondition, CompositeCondition)
    case or(CompositeCondition, CompositeCondition)
    case count(Int, [CompositeCondition])
    /// Each step in a later message than the one before.
    case sequence([CompositeCondition])
}

/// A compiled `composite` block.
struct CompiledComposite: Sendable {
    var name: String
    var description: String
    var condition: CompositeCondition
    var level: Level
    var withinMessages: Int?
    var withinSeconds: Int?
    var sameSender: Bool
    var minWeight: Double
}

/// The conversation-level part of a rule pack: how long evidence counts, how many conversations
/// are tracked, the composites, and the stage conditions (`conversation.rules`).
///
/// Composite weights policy: **a composite adds no weight and absorbs none.** The conversation
/// score is the highest score of a message in the window; a composite that holds raises the
/// conversation *level* to its own level, and the score to at least that level's threshold.
/// Composites are the only way evidence combines across messages, so weak signals scattered over
/// a long ordinary chat never add up on their own, adding a composite never double-counts the
/// rules it is made of, and removing one never lowers what a message scored by itself.
public struct ConversationPolicy: Sendable {
    /// Evidence older than this many messages (in the conversation) no longer counts.
    public var windowMessages: Int
    /// Evidence older than this (when messages have timestamps) no longer counts.
    public var windowSeconds: Int?
    /// The most conversations tracked at once; the least recently active is evicted beyond it.
    public var maxConversations: Int
    /// A conversation idle this long (by message timestamps) is evicted, unless its messages
    /// come from a ``ConversationSource/wholeFile`` (a chat export or plain text).
    public var idleSeconds: Int?
    var composites: [CompiledComposite]
    var stages: [(Stage, CompositeCondition)]

    /// The policy with the CLI's (or an embedder's) overrides of the pack's bounds.
    ///
    /// ```swift
    /// rules.conversation.overriding(maxConversations: 10).maxConversations   // 10
    /// ```
    ///
    /// - Parameters:
    ///   - maxConversations: replaces `max_conversations` (values below 1 are taken as 1).
    ///   - idleSeconds: replaces `idle`.
    public func overriding(maxConversations: Int? = nil, idleSeconds: Int? = nil) -> ConversationPolicy {
        var policy = self
        if let maxConversations { policy.maxConversations = max(1, maxConversations) }
        if let idleSeconds { policy.idleSeconds = idleSeconds }
        return policy
    }

    /// The composite names, for listings.
    public var compositeNames: [String] { composites.map(\.name) }

    static let defaultStages: [(Stage, CompositeCondition)] = [
        (.escalation, .or(.or(.category(.platformMove), .category(.imageRequest)), .category(.grooming))),
        (.leverage, .or(.or(.category(.recordingClaim), .category(.friendsListing)),
                        .or(.category(.publishThreat), .category(.intimidation)))),
        (.extortion, .and(.category(.paymentDemand),
                          .or(.or(.category(.recordingClaim), .category(.friendsListing)),
                              .or(.category(.publishThreat), .category(.intimidation))))),
    ]

    /// The defaults, as the shipped `conversation.rules` sets them: evidence counts for 100
    /// messages and 7 days, 100,000 conversations at most, and 7 days of silence end a stream
    /// conversation (a sextortion arc often pauses overnight or for a day or two).
    static let standard = ConversationPolicy(
        windowMessages: 100, windowSeconds: 7 * 86_400, maxConversations: 100_000, idleSeconds: 7 * 86_400,
        composites: [], stages: defaultStages)
}
