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
    /// Messages longer than this are analysed on their first `maxBytes` bytes and flagged
    /// ``TextFlags/truncated``.
    public let maxBytes: Int

    private let segmenter: ICUSegmenter
    private let result = AnalyzedText()
    private var repaired: [UInt8] = []
    private var repairStarts: [Int32] = []
    private var repairEnds: [Int32] = []

    /// Opens the ICU word-break iterator.
    ///
    /// - Parameter maxBytes: the analysis budget per message (default 1 MiB).
    /// - Throws: ``ICUError`` when ICU cannot open its word-break data.
    public init(maxBytes: Int = 1 << 20) throws(ICUError) {
        self.maxBytes = max(maxBytes, 16)
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

    /// Analyses raw message bytes, which may be invalid UTF-8.
    ///
    /// The result is overwritten by the next call.
    ///
    /// - Complexity: O(n) in the message length.
    public func analyze(bytes input: UnsafeBufferPointer<UInt8>) -> AnalyzedText {
        let text = result
        text.reset(originalLength: input.count)
        var bytes = input
        if bytes.count > maxBytes {
            var cut = maxBytes
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // a scalar boundary
            bytes = UnsafeBufferPointer(rebasing: bytes[0..<cut])
            text.flags.insert(.truncated)
            text.analyzedLength = cut
        }

        let scan = UTF8Repair.scan(bytes)
        if scan.hasHiddenCharacters { text.flags.insert(.hiddenCharacters) }
        if scan.isASCII {
            // NFKC_Casefold of ASCII is ASCII lowercasing, byte for byte: the map is the identity.
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

        text.normalized.withUnsafeBufferPointer { normalized in
            segmenter.segment(normalized) { start, end, kind in
                let position: Int32
                if kind.isWord {
                    position = Int32(text.wordTokens.count)
                    text.wordTokens.append(Int32(text.tokens.count))
                } else {
                    position = -1
                }
                text.tokens.append(Token(
                    kind: kind, normalizedStart: start, normalizedEnd: end,
                    originalStart: text.originalStart(ofNormalized: start),
                    originalEnd: text.originalEnd(ofNormalized: end), position: position))
            }
            EntityRecognizer.recognize(in: text, normalized: normalized)
            NameListRecognizer.recognize(in: text, normalized: normalized, original: bytes)
            PaymentRecognizer.recognize(in: text, normalized: normalized, original: bytes)
            LeetFolder.fold(text, normalized: normalized)
            ObfuscationFolder.fold(text, normalized: normalized)
        }
        return text
    }
}
