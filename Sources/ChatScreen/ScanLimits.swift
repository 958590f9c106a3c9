/// The budgets that keep the work for one message bounded whatever the input, as RE2 and
/// Hyperscan bound matching time, YARA-X and ripgrep cap matches, and Rspamd caps the words it
/// tokenises.
///
/// ```swift
/// var limits = ScanLimits()
/// limits.maxBytes = 64 << 10                 // analyse at most 64 KiB of a message
/// let scanner = try MessageScanner(rules: rules, limits: limits)
/// ```
///
/// | limit | default | beyond it |
/// |---|---|---|
/// | ``maxBytes`` | 1 MiB | the message is analysed on its first ¾ and last ¼ of the budget, flagged `truncated`, never dropped |
/// | ``maxTokens`` | 100,000 | later tokens are not analysed; flagged `truncated` |
/// | ``occurrencesPerSlot`` | 32 | further occurrences of one term are not recorded |
/// | ``spansPerHit`` | 16 | a hit reports its first 16 spans |
/// | ``hitsPerMessage`` | 64 | at most 64 rules are reported per message (in pack order) |
/// | ``liveWalks`` | 4,096 | the automaton keeps at most this many partial phrase matches |
///
/// Conversation state has its own bounds in ``ConversationPolicy`` (`max_conversations`, idle
/// time) and ``ConversationTracker`` (64 messages of evidence per sender, 64 senders).
/// Together they make the cost per message linear in its length with a constant set by the
/// rule pack, never by the input (a test proves it on a pathological pack).
public struct ScanLimits: Sendable, Equatable {
    public var maxBytes = 1 << 20
    public var maxTokens = 100_000
    public var occurrencesPerSlot = 32
    public var spansPerHit = 16
    public var hitsPerMessage = 64
    public var liveWalks = 4096
    public init() {}
}
