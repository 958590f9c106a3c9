/// Finds payment identifiers among a message's tokens and validates them: crypto addresses
/// (checksums), IBANs (mod 97), Cash App `$cashtags`, gift-card code shapes, MTCNs and
/// PayPal.me links. Validation reads the caller's ORIGINAL bytes, because base58 and EIP-55 are
/// case-sensitive and the normalised text is case-folded.
///
/// A string shaped like an address whose checksum fails is recorded with `valid == false`: the
/// verdict shows it to the analyst, but rules never match it.
///
/// Cost: a byte-length and character-class check per token; checksums run only on tokens
/// shaped like an identifier (25+ alphanumerics, `$` + letters, 10 digits, `XX00…`).
enum PaymentRecognizer {
    static func recognize(in text: AnalyzedText, normalized: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>) {
        let tokens = text.tokens
        // Cheap exit: every identifier but a cashtag (`$`) has a word of four or more characters
        // with a digit in it (addresses, IBAN heads, codes, MTCNs); most chat has neither.
        guard normalized.contains(0x24) || tokens.contains(where: { token in
            token.normalizedLength >= 4 && token.kind.isWord
                && normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)].contains { $0 &- 0x30 < 10 }
        }) else { return }
        @inline(__always) func originalBytes(_ first: Int, _ last: Int) -> UnsafeBufferPointer<UInt8> {
            let start = Int(tokens[first].originalStart), end = Int(tokens[last].originalEnd)
            return UnsafeBufferPointer(rebasing: original[min(start, original.count)..<min(max(start, end), original.count)])
        }
        @inline(__always) func isAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.allSatisfy { PaymentValidation.isASCIIAlphanumeric($0) }
        }
        @inline(__always) func isPunctuation(_ i: Int, _ byte: UInt8) -> Bool {
            tokens[i].kind == .punctuation && tokens[i].normalizedLength == 1 && normalized[Int(tokens[i].normalizedStart)] == byte
        }
        @inline(__always) func glued(_ i: Int) -> Bool {
            i + 1 < tokens.count && tokens[i + 1].normalizedStart == tokens[i].normalizedEnd
        }

        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind.isWord || isPunctuation(i, 0x24) else { i += 1; continue }
            let bytes = originalBytes(i, i)

            // Crypto addresses: one token of 25+ alphanumerics ("0x…" included).
            if bytes.count >= 25, bytes.count <= 110, isAlphanumeric(bytes),
               let identifier = PaymentValidation.classifyAddress(bytes), let kind = entityKind(identifier.kind) {
                NameListRecognizer.addEntity(text, kind, first: i, last: i, valid: identifier.valid)
                i += 1
                continue
            }
            // $cashtag: "$" glued to a word that starts with a letter.
            if isPunctuation(i, 0x24), glued(i), tokens[i + 1].kind.isWord {
                let candidate = originalBytes(i, i + 1)
                if PaymentValidation.isCashtag(candidate) {
                    NameListRecognizer.addEntity(text, .cashtag, first: i, last: i + 1)
                    i += 2
                    continue
                }
            }
            // MTCN: exactly ten digits.
            if token.kind == .number, bytes.count == 10, PaymentValidation.isMTCN(bytes) {
                NameListRecognizer.addEntity(text, .mtcn, first: i, last: i)
            }
            // IBAN: "GB82 WEST 1234 5698 7654 32" or one token; groups of up to four, single spaces.
            if token.kind.isWord, bytes.count >= 4, PaymentValidation.isASCIILetter(bytes[0]), PaymentValidation.isASCIILetter(bytes[1]),
               PaymentValidation.isASCIIDigit(bytes[2]), PaymentValidation.isASCIIDigit(bytes[3]), isAlphanumeric(bytes) {
                // Append groups until the country's IBAN length is reached (never past it).
                let target = PaymentValidation.ibanLength(country: bytes[0], bytes[1]) ?? 34
                // The compact form is built in a temporary buffer (on the stack when it is small),
                // not an array: this runs for every token shaped like "ab12…".
                var last = i
                let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, target) + 4) { buffer -> Bool? in
                    var count = bytes.count
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
                    while count < target, last + 1 < tokens.count, tokens[last + 1].kind.isWord,
                          tokens[last + 1].normalizedStart - tokens[last].normalizedEnd == 1 {
                        let group = originalBytes(last + 1, last + 1)
                        guard group.count <= 4, count + group.count <= buffer.count, isAlphanumeric(group) else { break }
                        for byte in group { buffer[count] = byte; count += 1 }
                        last += 1
                    }
                    let compact = UnsafeBufferPointer(rebasing: buffer[0..<count])
                    return PaymentValidation.looksLikeIBAN(compact) ? PaymentValidation.isValidIBAN(compact) : nil
                }
                if let valid = found {
                    NameListRecognizer.addEntity(text, .iban, first: i, last: last, valid: valid)
                    i = last + 1
                    continue
                }
            }
            // Gift-card codes: alphanumeric groups joined by "-" ("ABCDE-FGHIJ-KLMNO"), or one token.
            if token.kind.isWord, isAlphanumeric(bytes) {
                // At most five dashed groups (the longest code shape), so a long "a-b-c-…" run
                // costs a constant per token.
                var last = i
                while last - i < 8, last + 2 < tokens.count, glued(last), isPunctuation(last + 1, 0x2D), glued(last + 1),
                      tokens[last + 2].kind.isWord, isAlphanumeric(originalBytes(last + 2, last + 2)) {
                    last += 2
                }
                let candidate = originalBytes(i, last)
                if candidate.count >= 16, PaymentValidation.isGiftCardCode(candidate) {
                    NameListRecognizer.addEntity(text, .giftCardCode, first: i, last: last)
                    i = last + 1
                    continue
                }
            }
            i += 1
        }
    }

    static func entityKind(_ kind: PaymentIdentifier.Kind) -> EntityKind? {
        switch kind {
        case .btcAddress: .btcAddress
        case .ethAddress: .ethAddress
        case .ltcAddress: .ltcAddress
        case .xmrAddress: .xmrAddress
        case .iban: .iban
        case .cashtag: .cashtag
        case .giftCardCode: .giftCardCode
        case .mtcn: .mtcn
        }
    }
}
