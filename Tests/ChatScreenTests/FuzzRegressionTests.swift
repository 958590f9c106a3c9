import Testing
@testable import ChatScreen

/// Inputs that the fuzz targets in `Fuzz/` found (see Fuzz/README.md), each checked against the
/// property it broke. The minimal inputs are also kept in `Fuzz/crashers/<target>/`, where
/// `FUZZ_STRICT=1 Fuzz/.build/release/<target> Fuzz/crashers/<target>/<file>` replays them.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    let analyzer = try! TextAnalyzer()

    /// FuzzTextPipeline (`Fuzz/crashers/FuzzTextPipeline/overlap-*`): text that NFKC_Casefold
    /// changes as one piece, and that ICU then splits into several tokens, gives every one of those
    /// tokens the original span of the whole piece, so consecutive tokens overlap. `‼` (U+203C,
    /// bytes E2 80 BC) normalises to `!!` and yields two `!` tokens that both span 0..<3; `㋀`
    /// yields two *word* tokens (`1`, `月`, two word positions) with the same span; U+1112 U+1161
    /// U+1161 composes to `하` + U+1161 and both words span all 9 bytes.
    @Test("Tokens are in order and do not overlap when one normalised piece becomes several tokens", arguments: [
        "\u{203C}",                    // ‼ -> "!" "!"
        "pay \u{203C} now",
        "\u{2474}",                    // ⑴ -> "(" "1" ")"
        "\u{32C0}",                    // ㋀ -> "1" "月"
        "\u{1112}\u{1161}\u{1161}",    // ᄒ ᅡ ᅡ -> "하" "ᅡ"
    ])
    func tokensDoNotOverlap(_ input: String) {
        let text = analyzer.analyze(input)
        var previousEnd: Int32 = 0
        for (index, token) in text.tokens.enumerated() {
            #expect(token.originalStart >= previousEnd && token.originalStart < token.originalEnd,
                    "\(input.debugDescription): token \(index) \(text.normalizedString(token).debugDescription) spans \(token.originalStart)..<\(token.originalEnd), the previous token ends at \(previousEnd)")
            previousEnd = max(previousEnd, token.originalEnd)
        }
    }

    /// FuzzASCIIDifferential (`Fuzz/crashers/FuzzASCIIDifferential/paypal-link-at-end`): a
    /// `paypal.me/` with no name after the slash is reported as a `paypal_link` when anything at
    /// all follows in the message (a space, a newline, another word), but not at the very end of
    /// the message: `EntityRecognizer.isPayPalLink` checks that the *message* goes on after the
    /// host, not that the URL does. Found as a difference between "paypal.me/" (ASCII fast path)
    /// and "paypal.me/\n\u{2063}" (ICU path).
    @Test("paypal.me/ with no name is no paypal_link, wherever it stands in the message")
    func payPalLinkNeedsAName() {
        for input in ["pay paypal.me/", "pay paypal.me/ now", "pay paypal.me/\n", "https://paypal.me/ is down"] {
            let kinds = analyzer.analyze(input).entities.map(\.kind)
            #expect(!kinds.contains(.paypalLink), "\(input.debugDescription): \(kinds)")
        }
        #expect(analyzer.analyze("pay paypal.me/sam now").entities.contains { $0.kind == .paypalLink })
    }
}
