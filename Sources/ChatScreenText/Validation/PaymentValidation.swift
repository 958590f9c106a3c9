/// Validators for tokens shaped like payment identifiers: crypto addresses (with their
/// checksums), IBANs (in `IBAN.swift`), Cash App cashtags, gift card codes and money-transfer
/// control numbers.
///
/// ```swift
/// let token = Array("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".utf8)
/// token.withUnsafeBufferPointer { PaymentValidation.classifyAddress($0) }
/// // PaymentIdentifier(kind: .ethAddress, valid: true)
/// ```
///
/// Every function takes the ORIGINAL bytes of one candidate (case preserved: the checksums of
/// Ethereum and Base58 addresses depend on case), never traps on any bytes, and uses no
/// Foundation. They are pure functions of their input and safe to call from any thread.
enum PaymentValidation {
    // MARK: Addresses

    /// Classifies one candidate string as a Bitcoin, Litecoin, Ethereum or Monero address.
    ///
    /// ```swift
    /// // (each string stands for its UTF-8 bytes in an UnsafeBufferPointer<UInt8>)
    /// classifyAddress("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  // (.btcAddress, valid: true)
    /// classifyAddress("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")  // (.btcAddress, valid: false)
    /// classifyAddress("hello")                                        // nil
    /// ```
    ///
    /// Returns nil when the bytes are not even shaped like an address. A string shaped like one
    /// whose checksum (or other rule) fails returns `valid: false`; the caller reports it as not
    /// an address. The shapes (all ASCII; anything else is nil):
    ///
    /// - Ethereum: `0x` (lowercase x) and exactly 40 hex digits. All-lowercase or all-uppercase
    ///   hex carries no checksum and is valid; mixed case must match EIP-55 (a letter is upper
    ///   case exactly when the matching nibble of Keccak-256 of the lowercase hex is ≥ 8).
    /// - Bitcoin/Litecoin segwit: `bc1` / `ltc1` in any case, then letters and digits, 14…90
    ///   characters in all. Valid per BIP-173/BIP-350 for that human-readable part: version 0
    ///   with Bech32 and a 20- or 32-byte program, versions 1…16 with Bech32m and 2…40 bytes,
    ///   not mixed case. Testnet and regtest prefixes (`tb1`, `bcrt1`, `tltc1`) are not shaped.
    /// - Bitcoin/Litecoin Base58Check: 26…35 Base58 characters starting with `1` or `3`
    ///   (Bitcoin) or `L` or `M` (Litecoin). Valid when it decodes to 25 bytes whose last 4 are
    ///   the first 4 of SHA-256(SHA-256(first 21)) and whose version byte is 0x00 or 0x05
    ///   (Bitcoin) or 0x30 or 0x32 (Litecoin). Litecoin's legacy P2SH version 0x05 starts with
    ///   `3` and is reported as Bitcoin. Testnet versions (`m`, `n`, `2`, `Q`) are not shaped.
    /// - Monero: exactly 95 Base58 characters starting with `4` (standard address) or `8`
    ///   (subaddress). Valid when Monero's block Base58 decodes it to tag 18 or 42, 64 bytes of
    ///   keys and a checksum equal to the first 4 bytes of Keccak-256 of the rest. Integrated
    ///   addresses (106 characters) are not shaped.
    ///
    /// A string with two shapes (a 34-character `Ltc1…` Base58 string is also `ltc1`-prefixed)
    /// is valid if either reading is.
    static func classifyAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> PaymentIdentifier? {
        let count = bytes.count
        if count == 42, bytes[0] == ascii0, bytes[1] == asciiLowerX {
            return classifyEthereum(bytes)
        }
        var shaped: PaymentIdentifier?
        if let kind = segwitShape(bytes) {
            let hrp = kind == .btcAddress ? "bc" : "ltc"
            if Bech32.decodeSegwit(bytes, hrp: hrp) != nil { return PaymentIdentifier(kind: kind, valid: true) }
            shaped = PaymentIdentifier(kind: kind, valid: false)
        }
        if let kind = base58AddressShape(bytes) {
            let versions: [UInt8] = kind == .btcAddress ? [0x00, 0x05] : [0x30, 0x32]
            if let payload = Base58.decodeCheck(bytes, payloadCount: 21), versions.contains(payload[0]) {
                return PaymentIdentifier(kind: kind, valid: true)
            }
            if shaped == nil { shaped = PaymentIdentifier(kind: kind, valid: false) }
        }
        if count == 95, bytes[0] == UInt8(ascii: "4") || bytes[0] == UInt8(ascii: "8"), Base58.isAlphabet(bytes) {
            if let address = Base58.decodeMoneroAddress(bytes),
               address.tag == 18 || address.tag == 42, address.payload.count == 64 {
                return PaymentIdentifier(kind: .xmrAddress, valid: true)
            }
            if shaped == nil { shaped = PaymentIdentifier(kind: .xmrAddress, valid: false) }
        }
        return shaped
    }

    /// `0x` + 40 hex digits, checked per EIP-55 when the letters are mixed case.
    private static func classifyEthereum(_ bytes: UnsafeBufferPointer<UInt8>) -> PaymentIdentifier? {
        var hasLower = false, hasUpper = false
        var lowercaseHex = [UInt8]()
        lowercaseHex.reserveCapacity(40)
        for index in 2..<42 {
            let byte = bytes[index]
            if isASCIIDigit(byte) {
                lowercaseHex.append(byte)
            } else if byte >= 0x61, byte <= 0x66 {
                hasLower = true
                lowercaseHex.append(byte)
            } else if byte >= 0x41, byte <= 0x46 {
                hasUpper = true
                lowercaseHex.append(byte | 0x20)
            } else {
                return nil
            }
        }
        guard hasLower && hasUpper else { return PaymentIdentifier(kind: .ethAddress, valid: true) }
        let hash = Keccak256.hash(lowercaseHex)
        for i in 0..<40 where !isASCIIDigit(lowercaseHex[i]) {
            let nibble = i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f
            let isUpper = bytes[i + 2] <= 0x46
            if isUpper != (nibble >= 8) { return PaymentIdentifier(kind: .ethAddress, valid: false) }
        }
        return PaymentIdentifier(kind: .ethAddress, valid: true)
    }

    /// `bc1…` → Bitcoin, `ltc1…` → Litecoin (prefix in any case), 14…90 ASCII letters/digits.
    private static func segwitShape(_ bytes: UnsafeBufferPointer<UInt8>) -> PaymentIdentifier.Kind? {
        guard bytes.count >= 14, bytes.count <= 90 else { return nil }
        let kind: PaymentIdentifier.Kind
        let prefixLength: Int
        if hasPrefix(bytes, "bc1") {
            kind = .btcAddress
            prefixLength = 3
        } else if hasPrefix(bytes, "ltc1") {
            kind = .ltcAddress
            prefixLength = 4
        } else {
            return nil
        }
        for index in prefixLength..<bytes.count where !isASCIIAlphanumeric(bytes[index]) { return nil }
        return kind
    }

    /// 26…35 Base58 characters starting with `1`/`3` (Bitcoin) or `L`/`M` (Litecoin).
    private static func base58AddressShape(_ bytes: UnsafeBufferPointer<UInt8>) -> PaymentIdentifier.Kind? {
        guard bytes.count >= 26, bytes.count <= 35, Base58.isAlphabet(bytes) else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "1"), UInt8(ascii: "3"): return .btcAddress
        case UInt8(ascii: "L"), UInt8(ascii: "M"): return .ltcAddress
        default: return nil
        }
    }

    // MARK: Identifiers without a checksum

    /// A Cash App `$Cashtag`: `$`, an ASCII letter, then 0…19 ASCII letters, digits, `_` or
    /// `-` (2…21 bytes in all).
    ///
    /// ```swift
    /// isCashtag("$JohnDoe22")  // true
    /// isCashtag("$500")        // false: a price, not a cashtag
    /// ```
    ///
    /// The leading letter is what separates a cashtag from an amount. Note that leetspeak such
    /// as `$end` has the shape too; the caller's rules supply the context.
    static func isCashtag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.count <= 21, bytes[0] == UInt8(ascii: "$"), isASCIILetter(bytes[1]) else {
            return false
        }
        for index in 2..<bytes.count {
            let byte = bytes[index]
            guard isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") else { return false }
        }
        return true
    }

    /// A gift card code in one of the common printed shapes, ASCII letters (either case) and
    /// digits, with at least one letter AND at least one digit in every shape:
    ///
    /// - `XXXXX-XXXXX-XXXXX` (17 bytes): Steam.
    /// - `XXXX-XXXXXX-XXXX` (16 bytes): Amazon.
    /// - 20 letters/digits, no separators: Google Play (printed as 5 groups of 4; the caller
    ///   joins a spaced code before asking).
    /// - 16 letters/digits, no separators: iTunes and Apple (Apple codes are `X` + 15, which is
    ///   this shape too).
    ///
    /// ```swift
    /// isGiftCardCode("AB3CD-EF4GH-IJ5KL")  // true (Steam)
    /// isGiftCardCode("hello-there-world")  // false: no digit
    /// isGiftCardCode("1234567890123456")   // false: no letter (a card number)
    /// ```
    ///
    /// Why these are not ordinary words or numbers: the dashed shapes' exact group lengths are
    /// rare in prose, and requiring both a letter and a digit rules out words, hyphenated
    /// phrases, card and phone numbers, dates and amounts. What can still match: other 16- or
    /// 20-character codes that mix letters and digits (hex IDs, tracking numbers, an IBAN such
    /// as `LT121000011101001000`), so the caller combines this with gift-card words nearby.
    /// Codes without any digit (under 1% of random Steam keys) are missed by design.
    static func isGiftCardCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count == 16 || count == 17 || count == 20 else { return false }
        var hasLetter = false, hasDigit = false
        var groupLengths = (0, 0, 0)
        var groupCount = 1
        var current = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard groupCount < 3 else { return false }
                if groupCount == 1 { groupLengths.0 = current } else { groupLengths.1 = current }
                groupCount += 1
                current = 0
            } else if isASCIILetter(byte) {
                hasLetter = true
                current += 1
            } else if isASCIIDigit(byte) {
                hasDigit = true
                current += 1
            } else {
                return false
            }
        }
        guard hasLetter, hasDigit else { return false }
        switch groupCount {
        case 1:
            return count == 16 || count == 20
        case 3:
            groupLengths.2 = current
            return groupLengths == (5, 5, 5) || groupLengths == (4, 6, 4)
        default:
            return false
        }
    }

    /// A Western Union MTCN (money transfer control number): exactly 10 ASCII digits. Any
    /// 10-digit number has this shape (phone numbers too), so the caller requires Western
    /// Union or MoneyGram nearby.
    ///
    /// ```swift
    /// isMTCN("1234567890")    // true
    /// isMTCN("123-456-7890")  // false: the dashed form is not accepted (US phone numbers)
    /// ```
    static func isMTCN(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        for byte in bytes where !isASCIIDigit(byte) { return false }
        return true
    }

    // MARK: ASCII helpers

    static let ascii0 = UInt8(ascii: "0")
    static let asciiLowerX = UInt8(ascii: "x")

    /// `0`…`9` only (no other script's digits).
    ///
    /// ```swift
    /// PaymentValidation.isASCIIDigit(UInt8(ascii: "7"))  // true
    /// ```
    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `A`…`Z` or `a`…`z` only.
    ///
    /// ```swift
    /// PaymentValidation.isASCIILetter(UInt8(ascii: "q"))  // true
    /// PaymentValidation.isASCIILetter(0xC3)               // false (first byte of "é")
    /// ```
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a }

    /// An ASCII letter or digit.
    ///
    /// ```swift
    /// PaymentValidation.isASCIIAlphanumeric(UInt8(ascii: "-"))  // false
    /// ```
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIIDigit(byte) || isASCIILetter(byte) }

    /// Whether `bytes` starts with the lowercase ASCII `prefix`, compared case-insensitively.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { expected in
            for i in 0..<count {
                let byte = bytes[i]
                let folded = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
                if folded != expected[i] { return false }
            }
            return true
        }
    }
}
