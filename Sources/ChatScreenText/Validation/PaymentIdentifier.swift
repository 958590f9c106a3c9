/// What a token shaped like a payment identifier turned out to be.
///
/// ```swift
/// let bytes = Array("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa".utf8)
/// bytes.withUnsafeBufferPointer { PaymentValidation.classifyAddress($0) }
/// // PaymentIdentifier(kind: .btcAddress, valid: true)
/// ```
public struct PaymentIdentifier: Sendable, Equatable {
    /// The kinds of payment identifier, with the names rules use for them.
    ///
    /// ```swift
    /// PaymentIdentifier.Kind.giftCardCode.rawValue  // "gift_card_code"
    /// ```
    public enum Kind: String, Sendable, CaseIterable {
        case btcAddress = "btc_address"
        case ethAddress = "eth_address"
        case ltcAddress = "ltc_address"
        case xmrAddress = "xmr_address"
        case iban
        case cashtag
        case giftCardCode = "gift_card_code"
        case mtcn
    }

    public var kind: Kind
    /// Whether the checksum holds (always true for kinds that have none: cashtag, gift card
    /// code, MTCN).
    public var valid: Bool

    /// ```swift
    /// PaymentIdentifier(kind: .iban, valid: true)
    /// ```
    public init(kind: Kind, valid: Bool) {
        self.kind = kind
        self.valid = valid
    }
}
