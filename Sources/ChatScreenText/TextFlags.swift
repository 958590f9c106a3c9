/// Facts about a message's text that a verdict reports, such as repaired UTF-8.
///
/// ```swift
/// let text = analyzer.analyze(bytes: [0x70, 0x61, 0xFF, 0x79])   // "pa\u{FFFD}y"
/// text.flags.contains(.invalidUTF8)                              // true
/// ```
public struct TextFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Invalid UTF-8 was replaced by U+FFFD before analysis (spans still point at the original).
    public static let invalidUTF8 = TextFlags(rawValue: 1 << 0)
    /// Zero-width, soft-hyphen or bidi control characters were present (and ignored).
    public static let hiddenCharacters = TextFlags(rawValue: 1 << 1)
    /// A leetspeak reading (`p4y`, `$end`) was needed for a hit.
    public static let leet = TextFlags(rawValue: 1 << 2)
    /// The message was longer than the analysis budget: a prefix and a suffix were analysed.
    public static let truncated = TextFlags(rawValue: 1 << 3)
    /// A look-alike reading (confusable skeleton) was needed for a hit.
    public static let confusable = TextFlags(rawValue: 1 << 4)
    /// A spaced or dotted-letters reading was needed for a hit.
    public static let spaced = TextFlags(rawValue: 1 << 5)
    /// A repeated-letters reading was needed for a hit.
    public static let repeated = TextFlags(rawValue: 1 << 6)

    /// The de-obfuscation folds (not the facts about the input such as invalid UTF-8).
    public static let folds: TextFlags = [.leet, .confusable, .spaced, .repeated]

    /// The flag names used in verdicts, in a fixed order.
    public var names: [String] {
        var result: [String] = []
        if contains(.invalidUTF8) { result.append("invalid_utf8") }
        if contains(.hiddenCharacters) { result.append("hidden_characters") }
        if contains(.leet) { result.append("leet") }
        if contains(.confusable) { result.append("confusable") }
        if contains(.spaced) { result.append("spaced") }
        if contains(.repeated) { result.append("repeated") }
        if contains(.truncated) { result.append("truncated") }
        return result
    }
}
