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
    /// A leetspeak reading (`p4y`, `$end`) was offered to the matcher.
    public static let leet = TextFlags(rawValue: 1 << 2)
    /// The message was longer than the analysis budget and only a prefix was analysed.
    public static let truncated = TextFlags(rawValue: 1 << 3)

    /// The flag names used in verdicts, in a fixed order.
    public var names: [String] {
        var result: [String] = []
        if contains(.invalidUTF8) { result.append("invalid_utf8") }
        if contains(.hiddenCharacters) { result.append("hidden_characters") }
        if contains(.leet) { result.append("leet") }
        if contains(.truncated) { result.append("truncated") }
        return result
    }
}
