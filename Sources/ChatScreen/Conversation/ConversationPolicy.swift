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

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A compiled composite condition over a sender's (or a conversation's) recent evidence.
indirect enum CompositeCondition: Sendable {
    case category(Category)
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
/// score is computed from the sender's evidence in the window (as if their recent messages were
/// one message: each distinct rule counts its weight once, per-category caps apply); a composite
/// that holds raises the conversation *level* to its own level, and the score to at least that
/// level's threshold. Removing a composite therefore never lowers a message's own score, and
/// adding one never double-counts the rules it is made of.
public struct ConversationPolicy: Sendable {
    /// Evidence older than this many messages (in the conversation) no longer counts.
    public var windowMessages: Int
    /// Evidence older than this (when messages have timestamps) no longer counts.
    public var windowSeconds: Int?
    /// The most conversations tracked at once; the least recently active is evicted beyond it.
    public var maxConversations: Int
    /// A conversation idle this long (by message timestamps) is evicted.
    public var idleSeconds: Int?
    var composites: [CompiledComposite]
    var stages: [(Stage, CompositeCondition)]

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

    static let standard = ConversationPolicy(
        windowMessages: 50, windowSeconds: 86_400, maxConversations: 100_000, idleSeconds: 6 * 3600,
        composites: [], stages: defaultStages)
}
