/// What a token is, as ICU's word-break rules and the emoji properties classify it.
///
/// ```swift
/// let text = analyzer.analyze("pay £500 😀")
/// text.tokens.map(\.kind)   // [.letter, .punctuation, .number, .emoji]
/// ```
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Symbols and punctuation (`£`, `!`, `@`). Not counted as words by rules.
    case punctuation = 0
    case number = 1
    case letter = 2
    case kana = 3
    case ideographic = 4
    case emoji = 5

    /// Whether rules see this token as a word (everything but punctuation).
    @inlinable public var isWord: Bool { self != .punctuation }

    public var description: String {
        switch self {
        case .punctuation: "punctuation"
        case .number: "number"
        case .letter: "letter"
        case .kana: "kana"
        case .ideographic: "ideographic"
        case .emoji: "emoji"
        }
    }
}

/// One token of a message: its kind, its bytes in the normalised text, and the bytes of the
/// caller's original text it came from.
///
/// ```swift
/// let text = analyzer.analyze("ＰＡＹ now")
/// let pay = text.tokens[0]
/// text.normalizedString(pay)            // "pay"
/// (pay.originalStart, pay.originalEnd)  // (0, 9): the three full-width letters
/// ```
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    /// Byte range `[normalizedStart, normalizedEnd)` in ``AnalyzedText/normalized``.
    public var normalizedStart: Int32
    public var normalizedEnd: Int32
    /// Byte range `[originalStart, originalEnd)` in the caller's original bytes.
    public var originalStart: Int32
    public var originalEnd: Int32
    /// Index among the message's word tokens (what `near(…, N)` counts), or -1 for punctuation.
    public var position: Int32

    @inlinable public var normalizedLength: Int { Int(normalizedEnd - normalizedStart) }
}
