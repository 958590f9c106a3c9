// STUB: the API below is fixed; the implementation is being written (issue #6).

/// One generated chat message.
public struct CorpusMessage: Sendable, Equatable {
    /// 1-based position in the corpus.
    public var id: Int
    public var conversation: String
    public var sender: String
    /// Epoch seconds, increasing within a conversation.
    public var timestamp: Int64
    public var text: String
    /// `benign`, `extortion`, or a tactic category name for generated extortion.
    public var label: String
    public var isExtortion: Bool { label != "benign" }
}

/// What kind of text a corpus holds.
public enum CorpusProfile: String, Sendable, CaseIterable {
    /// Realistic chat: ~10% non-ASCII, ~1% extortion.
    case mixed
    /// Only ASCII messages, ~1% extortion.
    case ascii
    /// Mostly non-Latin scripts (Cyrillic, CJK, Thai, Arabic, emoji).
    case nonLatin = "non-latin"
    /// Extortion and benign text with heavy obfuscation (leet, spacing, look-alikes, zero-width).
    case obfuscated
    /// Only extortion messages.
    case positives
}

/// A seeded, deterministic generator of synthetic chat.
public struct CorpusGenerator: Sequence, IteratorProtocol {
    public init(seed: UInt64, profile: CorpusProfile = .mixed) {}
    public mutating func next() -> CorpusMessage? { nil }
}
