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
    /// Three or more capitalised names in a list: `Tom, Sarah, Mike and Jess`.
    case nameList
    /// A platform handle: `snap: jess_22`, `@jess_22`, `insta - jess.22`.
    case handle
    /// A Bitcoin address whose checksum holds (base58check or bech32/bech32m).
    case btcAddress
    /// An Ethereum address (`0x` + 40 hex; EIP-55 checksum when mixed case).
    case ethAddress
    /// A Litecoin address whose checksum holds.
    case ltcAddress
    /// A Monero address whose checksum holds.
    case xmrAddress
    /// An IBAN whose mod-97 check holds.
    case iban
    /// A Cash App `$cashtag`.
    case cashtag
    /// A gift-card code shape (Steam, Amazon, Google Play, Apple).
    case giftCardCode
    /// A 10-digit number, the shape of a Western Union or MoneyGram MTCN.
    case mtcn
    /// A PayPal.me link.
    case paypalLink

    public var description: String {
        switch self {
        case .money: "money"
        case .duration: "duration"
        case .url: "url"
        case .number: "number"
        case .nameList: "name_list"
        case .handle: "handle"
        case .btcAddress: "btc_address"
        case .ethAddress: "eth_address"
        case .ltcAddress: "ltc_address"
        case .xmrAddress: "xmr_address"
        case .iban: "iban"
        case .cashtag: "cashtag"
        case .giftCardCode: "gift_card_code"
        case .mtcn: "mtcn"
        case .paypalLink: "paypal_link"
        }
    }

    /// Kinds a verdict reports with their value, so an analyst sees what was found. Money,
    /// durations, numbers and URLs are too common to list; they show up in hit spans instead.
    public var isReported: Bool {
        switch self {
        case .money, .duration, .url, .number: false
        default: true
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
    /// Whether the entity's checksum holds. A string shaped like an address whose checksum
    /// fails is kept with `valid == false` for the verdict, but rules never match it.
    public var valid: Bool = true
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
        /// An elided article or preposition in French or Italian: `l'argent` also reads
        /// `argent`, `dell'invito` also reads `invito`. Not obfuscation: no flag, no bonus.
        case elision

        /// The verdict flag that reports this fold.
        public var flag: TextFlags {
            switch self {
            case .leet: .leet
            case .confusable: .confusable
            case .spaced: .spaced
            case .repeated: .repeated
            case .elision: []
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
