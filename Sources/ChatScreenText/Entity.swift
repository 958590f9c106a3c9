/// The kinds of entity the text pipeline recognises. Rules refer to them as `entity(money)`.
///
/// ```swift
/// let text = analyzer.analyze("pay £500 within 24 hours")
/// text.entities.map(\.kind)   // [.money, .number, .duration, .number]
/// ```
public enum EntityKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// An amount with a currency: `£500`, `$1,000`, `500gbp`, `1k`, `500 quid`, `1 grand`.
    case money
    /// A length of time: `24 hours`, `2hrs`, `48h`, `an hour`.
    case duration
    /// A web address: `https://…`, `www.…`, or a bare domain with a common TLD.
    case url
    /// Any number: `300`, `1,000`, `3.5`.
    case number

    public var description: String {
        switch self {
        case .money: "money"
        case .duration: "duration"
        case .url: "url"
        case .number: "number"
        }
    }

    /// Parses the name used in rule files (`money`, `duration`, `url`, `number`).
    public init?(name: String) {
        guard let kind = EntityKind.allCases.first(where: { $0.description == name }) else { return nil }
        self = kind
    }
}

/// An entity found in a message, as a run of word positions and the original bytes it covers.
public struct Entity: Sendable, Equatable {
    public var kind: EntityKind
    /// Word positions `[firstPosition, endPosition)` that the entity covers.
    public var firstPosition: Int32
    public var endPosition: Int32
    /// Byte range in the caller's original text (includes a leading currency symbol).
    public var originalStart: Int32
    public var originalEnd: Int32
}

/// A de-obfuscated reading of one or more adjacent tokens, offered to the matcher in addition to
/// the tokens themselves.
///
/// ```swift
/// let text = analyzer.analyze("$end it")
/// text.variantString(text.variants[0])   // "send" (covers "$" and "end")
/// ```
public struct Variant: Sendable, Equatable {
    /// The de-obfuscation that produced the reading.
    public enum Fold: UInt8, Sendable, CaseIterable {
        /// `p4y`, `$end`, `f@ceb00k`.
        case leet
        /// Look-alike letters from other scripts (`fаcebook` with a Cyrillic `а`): the reading is
        /// the UTS #39 skeleton, matched against the skeletons of the rule vocabulary.
        case confusable
        /// Spaced or dotted single letters: `f a c e b o o k`, `p.a.y`, `s-e-n-d`.
        case spaced
        /// Runs of three or more of one letter: `faaaacebook`, `plzzzz`.
        case repeated

        /// The verdict flag that reports this fold.
        public var flag: TextFlags {
            switch self {
            case .leet: .leet
            case .confusable: .confusable
            case .spaced: .spaced
            case .repeated: .repeated
            }
        }
    }
    public var fold: Fold
    /// Word positions `[firstPosition, endPosition)` the reading replaces.
    public var firstPosition: Int32
    public var endPosition: Int32
    public var originalStart: Int32
    public var originalEnd: Int32
    /// Byte range of the folded text in ``AnalyzedText/variantBytes``.
    public var bytesStart: Int32
    public var bytesEnd: Int32
}
