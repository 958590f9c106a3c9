/// The analysis of one message: normalised text, tokens, entities and de-obfuscated variants,
/// each with a span in the caller's original bytes.
///
/// ```swift
/// let analyzer = try TextAnalyzer()
/// let text = analyzer.analyze("PAY £500 now")
/// text.normalizedString                               // "pay £500 now"
/// text.tokens.map { text.normalizedString($0) }       // ["pay", "£", "500", "now"]
/// text.entities.first?.kind                           // .money, original bytes 4..<9
/// ```
///
/// An `AnalyzedText` is owned by the ``TextAnalyzer`` that produced it and is overwritten by its
/// next call to `analyze`: copy out what you need to keep. Its arrays keep their capacity between
/// messages, which is what makes steady-state analysis allocation-free.
public final class AnalyzedText {
    // Every stored property is `@exclusivity(unchecked)`: Swift checks each access to a class's
    // stored property at run time (`swift_beginAccess`, which was a tenth of a whole scan, about
    // 150 checks per message), and an `AnalyzedText` is only ever used by the one thread that
    // owns its `TextAnalyzer`, with no overlapping mutation, so the checks can never fire.
    /// NFKC_Casefold of the (repaired) text, with typographic apostrophes folded to `'`.
    @exclusivity(unchecked) public internal(set) var normalized: [UInt8] = []
    /// Every non-space token, in order.
    @exclusivity(unchecked) public internal(set) var tokens: [Token] = []
    /// For each word position, the index of its token in ``tokens``.
    @exclusivity(unchecked) public internal(set) var wordTokens: [Int32] = []
    @exclusivity(unchecked) public internal(set) var entities: [Entity] = []
    @exclusivity(unchecked) public internal(set) var variants: [Variant] = []
    /// Storage for the folded text of ``variants``.
    @exclusivity(unchecked) public internal(set) var variantBytes: [UInt8] = []
    @exclusivity(unchecked) public internal(set) var flags: TextFlags = []
    /// Length of the caller's original text in bytes.
    @exclusivity(unchecked) public internal(set) var originalLength: Int = 0
    /// Bytes of the original text that were analysed (less than ``originalLength`` when truncated).
    @exclusivity(unchecked) public internal(set) var analyzedLength: Int = 0

    // Map from normalised bytes to original bytes; unused (identity) when `mapIsIdentity`.
    @exclusivity(unchecked) var mapIsIdentity = true
    @exclusivity(unchecked) var startMap: [Int32] = []
    @exclusivity(unchecked) var endMap: [Int32] = []

    init() {
        normalized.reserveCapacity(1024)
        tokens.reserveCapacity(256)
        wordTokens.reserveCapacity(256)
        entities.reserveCapacity(32)
        variants.reserveCapacity(16)
        variantBytes.reserveCapacity(256)
    }

    /// The number of word positions (what `near(…, N)` counts).
    @inlinable public var wordCount: Int { wordTokens.count }

    /// The original byte offset where normalised byte `offset` starts.
    @inline(__always)
    public func originalStart(ofNormalized offset: Int32) -> Int32 {
        mapIsIdentity ? offset : startMap[Int(offset)]
    }

    /// The original byte offset where a normalised range ending at `offset` ends.
    @inline(__always)
    public func originalEnd(ofNormalized offset: Int32) -> Int32 {
        mapIsIdentity ? offset : endMap[Int(offset)]
    }

    /// The normalised text as a `String` (for display and tests; not used on the hot path).
    public var normalizedString: String { String(decoding: normalized, as: UTF8.self) }

    /// The normalised text of one token.
    public func normalizedString(_ token: Token) -> String {
        String(decoding: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)], as: UTF8.self)
    }

    /// The folded text of one variant.
    public func variantString(_ variant: Variant) -> String {
        String(decoding: variantBytes[Int(variant.bytesStart)..<Int(variant.bytesEnd)], as: UTF8.self)
    }

    /// Records an entity covering tokens `firstToken...lastToken`; its word positions are those
    /// of the word tokens inside (punctuation such as `£` widens the byte span only).
    func appendEntity(_ kind: EntityKind, firstToken: Int, lastToken: Int, valid: Bool = true) {
        var firstPosition: Int32 = -1, lastPosition: Int32 = -1
        for t in firstToken...lastToken where tokens[t].position >= 0 {
            if firstPosition < 0 { firstPosition = tokens[t].position }
            lastPosition = tokens[t].position
        }
        guard firstPosition >= 0 else { return }
        entities.append(Entity(
            kind: kind, firstPosition: firstPosition, endPosition: lastPosition + 1,
            originalStart: tokens[firstToken].originalStart, originalEnd: tokens[lastToken].originalEnd, valid: valid))
    }

    func reset(originalLength: Int) {
        normalized.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        wordTokens.removeAll(keepingCapacity: true)
        entities.removeAll(keepingCapacity: true)
        variants.removeAll(keepingCapacity: true)
        variantBytes.removeAll(keepingCapacity: true)
        flags = []
        mapIsIdentity = true
        self.originalLength = originalLength
        self.analyzedLength = originalLength
    }
}
