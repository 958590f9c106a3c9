/// Turns message bytes into an ``AnalyzedText``: validated UTF-8, NFKC case folding with a map
/// back to the original bytes, ICU word segmentation, entities and leetspeak readings.
///
/// ```swift
/// let analyzer = try TextAnalyzer()
/// let text = analyzer.analyze("Ｐ4Y £500 or this is going over Facebook")
/// text.normalizedString                    // "p4y £500 or this is going over facebook"
/// text.variants.map(text.variantString)    // ["pay"]
/// ```
///
/// A `TextAnalyzer` owns an ICU break iterator and scratch buffers, so it is not thread-safe:
/// give each thread its own. Creating one costs about as much as analysing a few hundred messages;
/// reuse it.
public final class TextAnalyzer {
    /// Messages longer than this are analysed on a prefix and a suffix that fit the budget and
    /// flagged ``TextFlags/truncated``.
    public let maxBytes: Int
    /// Tokens kept per message; the rest of a longer message is not tokenised (flagged
    /// ``TextFlags/truncated``). Rspamd caps the words it tokenises the same way.
    public let maxTokens: Int

    private let segmenter: ICUSegmenter
    /// False sends ASCII text through ICU's normalisation and word breaks like any other text,
    /// instead of the byte-wise shortcut (which gives the same result, about 30 times cheaper).
    /// Only the reference scanner in the tests turns it off, to check that claim.
    var usesASCIIFastPath = true
    private let result = AnalyzedText()
    private var repaired: [UInt8] = []
    private var repairStarts: [Int32] = []
    private var repairEnds: [Int32] = []

    /// Opens the ICU word-break iterator.
    ///
    /// - Parameters:
    ///   - maxBytes: the analysis budget per message (default 1 MiB): a longer message is
    ///     analysed on its first three quarters and its last quarter of the budget.
    ///   - maxTokens: tokens kept per message (default 100,000).
    /// - Throws: ``ICUError`` when ICU cannot open its word-break data.
    public init(maxBytes: Int = 1 << 20, maxTokens: Int = 100_000) throws(ICUError) {
        self.maxBytes = max(maxBytes, 16)
        self.maxTokens = max(maxTokens, 1)
        self.segmenter = try ICUSegmenter()
    }

    /// Analyses a string. See ``analyze(bytes:)``.
    public func analyze(_ text: String) -> AnalyzedText {
        var text = text
        return text.withUTF8 { analyze(bytes: $0) }
    }

    /// Analyses an array of bytes, which may be invalid UTF-8.
    public func analyze(bytes: [UInt8]) -> AnalyzedText {
        bytes.withUnsafeBufferPointer { analyze(bytes: $0) }
    }

    /// Normalises and segments a string, without entities or obfuscation readings: what the rule
    /// compiler needs to turn a lexicon entry into words, at a fraction of ``analyze(_:)``'s cost.
    ///
    /// ```swift
    /// analyzer.words("Going Over").wordTokens.count   // 2 ("going", "over")
    /// ```
    public func words(_ text: String) -> AnalyzedText {
        var text = text
        return text.withUTF8 { analyze(bytes: $0, recognizing: false) }
    }

    /// Calls `body` with each word of lowercase ASCII text, in order: exactly the words
    /// ``analyze(_:)`` finds in it, without building an ``AnalyzedText`` (the rule compiler
    /// segments 22,000 lexicon entries this way).
    ///
    /// ```swift
    /// TextAnalyzer.forEachWord(inLowercaseASCII: bytes) { word in … }   // "can't pay" → "can't", "pay"
    /// ```
    ///
    /// - Precondition: every byte is below 0x80 and none is an uppercase letter.
    public static func forEachWord(inLowercaseASCII text: UnsafeBufferPointer<UInt8>,
                                   _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        assert(text.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }, "forEachWord(inLowercaseASCII:) needs lowercase ASCII")
        ASCIIWordBreaker.segment(text) { start, end, kind in
            if kind.isWord { body(UnsafeBufferPointer(rebasing: text[Int(start)..<Int(end)])) }
        }
    }

    /// Analyses raw message bytes, which may be invalid UTF-8.
    ///
    /// The result is overwritten by the next call.
    ///
    /// - Complexity: O(n) in the message length.
    public func analyze(bytes input: UnsafeBufferPointer<UInt8>) -> AnalyzedText {
        analyze(bytes: input, recognizing: true)
    }

    private func analyze(bytes input: UnsafeBufferPointer<UInt8>, recognizing: Bool) -> AnalyzedText {
        let text = result
        text.reset(originalLength: input.count)
        if input.count <= maxBytes {
            normalize(input, into: text)
        } else {
            analyzeHeadAndTail(input, into: text)
        }

        text.normalized.withUnsafeBufferPointer { normalized in
            tokenize(normalized, into: text)
            guard recognizing else { return }
            EntityRecognizer.recognize(in: text, normalized: normalized)
            NameListRecognizer.recognize(in: text, normalized: normalized, original: input)
            PaymentRecognizer.recognize(in: text, normalized: normalized, original: input)
            LeetFolder.fold(text, normalized: normalized)
            ObfuscationFolder.fold(text, normalized: normalized)
        }
        return text
    }

    /// Segments the normalised text into `text.tokens` and `text.wordTokens`: ICU's word breaks,
    /// or ``ASCIIWordBreaker`` (the same breaks, about 30 times cheaper) when the text is ASCII.
    private func tokenize(_ normalized: UnsafeBufferPointer<UInt8>, into text: AnalyzedText) {
        // The arrays move out of the class into a sink struct and back (no copy): each access to
        // a class's stored array costs a dynamic exclusivity check, which was 8% of a scan when
        // done per token.
        var sink = TokenBuilder(maxTokens: maxTokens)
        swap(&sink.tokens, &text.tokens)
        swap(&sink.wordTokens, &text.wordTokens)
        if text.mapIsIdentity {
            // ASCII: the normalised bytes are the original bytes, lowercased.
            ASCIIWordBreaker.segment(normalized, into: &sink)
        } else {
            sink.starts = text.startMap
            sink.ends = text.endMap
            sink.mapIsIdentity = false
            segmenter.segment(normalized, into: &sink)
        }
        swap(&sink.tokens, &text.tokens)
        swap(&sink.wordTokens, &text.wordTokens)
        if sink.truncated { text.flags.insert(.truncated) }   // the rest of the message is not tokenised
    }

    /// Validates and normalises `bytes` into `text.normalized` and its map to the original.
    private func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into text: AnalyzedText) {
        let scan = UTF8Repair.scan(bytes)
        if scan.hasHiddenCharacters { text.flags.insert(.hiddenCharacters) }
        if scan.isASCII && usesASCIIFastPath {
            // NFKC_Casefold of ASCII is ASCII lowercasing, byte for byte: the map is the identity.
            text.normalized.removeAll(keepingCapacity: true)
            text.normalized.append(contentsOf: bytes)
            text.normalized.withUnsafeMutableBufferPointer { buffer in
                for i in buffer.indices where buffer[i] &- 0x41 < 26 { buffer[i] |= 0x20 }
            }
            text.mapIsIdentity = true
        } else if scan.isValid {
            ICUNormalizer.nfkcCasefold(bytes, into: &text.normalized, starts: &text.startMap, ends: &text.endMap)
            text.mapIsIdentity = false
        } else {
            text.flags.insert(.invalidUTF8)
            UTF8Repair.repair(bytes, into: &repaired, starts: &repairStarts, ends: &repairEnds)
            _ = repaired.withUnsafeBufferPointer { valid in
                ICUNormalizer.nfkcCasefold(valid, into: &text.normalized, starts: &text.startMap, ends: &text.endMap)
            }
            // Compose: normalised -> repaired -> original.
            for k in 0..<text.normalized.count { text.startMap[k] = repairStarts[Int(text.startMap[k])] }
            for k in 0...text.normalized.count { text.endMap[k] = repairEnds[Int(text.endMap[k])] }
            text.mapIsIdentity = false
        }
    }

    /// A message longer than ``maxBytes`` is analysed on its first three quarters of the budget
    /// and its last quarter (a threat or a demand often comes at the end), joined by a space, and
    /// flagged ``TextFlags/truncated``. Spans still point into the whole original message.
    private func analyzeHeadAndTail(_ input: UnsafeBufferPointer<UInt8>, into text: AnalyzedText) {
        text.flags.insert(.truncated)
        var headEnd = maxBytes * 3 / 4
        while headEnd > 0 && input[headEnd] & 0xC0 == 0x80 { headEnd -= 1 }
        var tailStart = input.count - maxBytes / 4
        while tailStart < input.count && input[tailStart] & 0xC0 == 0x80 { tailStart += 1 }
        text.analyzedLength = headEnd + (input.count - tailStart)

        normalize(UnsafeBufferPointer(rebasing: input[0..<headEnd]), into: text)
        var normalized = text.normalized
        var starts: [Int32] = [], ends: [Int32] = [0]
        for k in 0..<normalized.count {
            starts.append(text.mapIsIdentity ? Int32(k) : text.startMap[k])
            ends.append(text.mapIsIdentity ? Int32(k + 1) : text.endMap[k + 1])
        }
        normalized.append(0x20)   // keeps a word from spanning the gap
        starts.append(Int32(headEnd))
        ends.append(Int32(headEnd))

        normalize(UnsafeBufferPointer(rebasing: input[tailStart...]), into: text)
        let offset = Int32(tailStart)
        for k in 0..<text.normalized.count {
            normalized.append(text.normalized[k])
            starts.append(offset + (text.mapIsIdentity ? Int32(k) : text.startMap[k]))
            ends.append(offset + (text.mapIsIdentity ? Int32(k + 1) : text.endMap[k + 1]))
        }
        text.normalized = normalized
        text.startMap = starts
        text.endMap = ends
        text.mapIsIdentity = false
    }
}

/// Turns segmenter output into tokens with word positions and original-text spans.
private struct TokenBuilder: TokenSink {
    var tokens: [Token] = []
    var wordTokens: [Int32] = []
    let maxTokens: Int
    var truncated = false
    /// The normalised → original map (``AnalyzedText/originalStart(ofNormalized:)``), unless
    /// the text is ASCII and the map is the identity.
    var mapIsIdentity = true
    var starts: [Int32] = []
    var ends: [Int32] = []

    init(maxTokens: Int) { self.maxTokens = maxTokens }

    @inline(__always)
    mutating func token(start: Int32, end: Int32, kind: TokenKind) {
        guard tokens.count < maxTokens else { truncated = true; return }
        if mapIsIdentity {
            append(kind, start, end, originalStart: start, originalEnd: end)
            return
        }
        let originalStart = starts[Int(start)], originalEnd = ends[Int(end)]
        // One original character can normalise to several tokens ("‼" → "!!", "㋀" → "1月"):
        // they share its bytes, so they become one token and tokens never overlap.
        if let last = tokens.last, originalStart < last.originalEnd {
            var merged = last
            merged.normalizedEnd = end
            merged.originalEnd = max(last.originalEnd, originalEnd)
            if !last.kind.isWord && kind.isWord {
                merged.kind = kind
                merged.position = Int32(wordTokens.count)
                wordTokens.append(Int32(tokens.count - 1))
            }
            tokens[tokens.count - 1] = merged
            return
        }
        append(kind, start, end, originalStart: originalStart, originalEnd: originalEnd)
    }

    /// Appends a token; a word also gets the next word position.
    @inline(__always)
    private mutating func append(_ kind: TokenKind, _ start: Int32, _ end: Int32, originalStart: Int32, originalEnd: Int32) {
        var position: Int32 = -1
        if kind.isWord {
            position = Int32(wordTokens.count)
            wordTokens.append(Int32(tokens.count))
        }
        tokens.append(Token(kind: kind, normalizedStart: start, normalizedEnd: end,
                            originalStart: originalStart, originalEnd: originalEnd, position: position))
    }
}
