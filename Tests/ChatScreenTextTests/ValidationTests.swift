import ChatScreenTestSupport
import Testing
@testable import ChatScreenText

// Payment-entity validators, tested against published vectors only: NIST (SHA-256), the
// Keccak team / Ethereum (Keccak-256), Bitcoin Core (Base58, Base58Check), BIP-173 and BIP-350
// (Bech32, Bech32m, segwit addresses), EIP-55, Litecoin Core (key_io_valid.json), the Monero
// project (base58 unit tests, its donation addresses) and the SWIFT IBAN Registry. Every valid
// address is also corrupted (each character changed, each adjacent pair swapped, each letter's
// case flipped) and each variant must fail.

// MARK: - Helpers

private func withUTF8Bytes<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    Array(string.utf8).withUnsafeBufferPointer(body)
}

private func classifyAddress(_ string: String) -> PaymentIdentifier? {
    withUTF8Bytes(string) { PaymentValidation.classifyAddress($0) }
}

private func isValidIBAN(_ string: String) -> Bool { withUTF8Bytes(string) { PaymentValidation.isValidIBAN($0) } }
private func looksLikeIBAN(_ string: String) -> Bool { withUTF8Bytes(string) { PaymentValidation.looksLikeIBAN($0) } }
private func isCashtag(_ string: String) -> Bool { withUTF8Bytes(string) { PaymentValidation.isCashtag($0) } }
private func isGiftCardCode(_ string: String) -> Bool { withUTF8Bytes(string) { PaymentValidation.isGiftCardCode($0) } }
private func isMTCN(_ string: String) -> Bool { withUTF8Bytes(string) { PaymentValidation.isMTCN($0) } }

private func hexString(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 15)])
    }
    return String(decoding: out, as: UTF8.self)
}

private func bytesFromHex(_ hex: String) -> [UInt8] {
    let chars = Array(hex.lowercased().utf8)
    func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x61 + 10 }
    return stride(from: 0, to: chars.count, by: 2).map { nibble(chars[$0]) << 4 | nibble(chars[$0 + 1]) }
}

private func isUppercaseASCII(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5a }
private func isLowercaseASCII(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7a }
private func isDigitASCII(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

/// A corrupted copy of a valid vector, with what was done to it.
private struct CorruptedVariant {
    var text: String
    var what: String
}

/// Every single-character substitution (by `next`), every swap of two adjacent different
/// characters that `swappable` allows, and every letter's case flipped, at positions `from...`.
private func corruptions(
    of vector: String, from start: Int = 0,
    next: (UInt8) -> UInt8,
    swappable: (UInt8, UInt8) -> Bool = { _, _ in true },
    flipCase: Bool = true
) -> (substituted: [CorruptedVariant], swapped: [CorruptedVariant], caseFlipped: [CorruptedVariant]) {
    let chars = Array(vector.utf8)
    var substituted: [CorruptedVariant] = [], swapped: [CorruptedVariant] = [], caseFlipped: [CorruptedVariant] = []
    for i in start..<chars.count {
        var copy = chars
        copy[i] = next(chars[i])
        if copy != chars {
            substituted.append(CorruptedVariant(text: String(decoding: copy, as: UTF8.self), what: "position \(i) changed"))
        }
        if i + 1 < chars.count, chars[i] != chars[i + 1], swappable(chars[i], chars[i + 1]) {
            var copy = chars
            copy.swapAt(i, i + 1)
            swapped.append(CorruptedVariant(text: String(decoding: copy, as: UTF8.self), what: "positions \(i),\(i + 1) swapped"))
        }
        if flipCase, isUppercaseASCII(chars[i]) || isLowercaseASCII(chars[i]) {
            var copy = chars
            copy[i] ^= 0x20
            caseFlipped.append(CorruptedVariant(text: String(decoding: copy, as: UTF8.self), what: "case of position \(i) flipped"))
        }
    }
    return (substituted, swapped, caseFlipped)
}

/// The next character of `alphabet` (cyclically), or the byte itself when it is not in it.
private func nextIn(_ alphabet: String) -> (UInt8) -> UInt8 {
    let table = Array(alphabet.utf8)
    return { byte in
        guard let i = table.firstIndex(of: byte) else { return byte }
        return table[(i + 1) % table.count]
    }
}

/// Next character of the same class and case: digit → digit, a…z → a…z, A…Z → A…Z.
private func nextSameClass(letters: String) -> (UInt8) -> UInt8 {
    let lower = nextIn(letters.lowercased()), upper = nextIn(letters.uppercased()), digit = nextIn("0123456789")
    return { byte in isDigitASCII(byte) ? digit(byte) : isLowercaseASCII(byte) ? lower(byte) : upper(byte) }
}

private let base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
private let bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

/// Asserts that no corrupted variant of a valid address classifies as valid.
private func expectCorruptionsFail(
    _ vector: String, from start: Int = 0, next: (UInt8) -> UInt8, sourceLocation: SourceLocation = #_sourceLocation
) {
    let variants = corruptions(of: vector, from: start, next: next)
    let all = variants.substituted + variants.swapped + variants.caseFlipped
    #expect(!variants.substituted.isEmpty && !variants.swapped.isEmpty, "no variants of \(vector)",
            sourceLocation: sourceLocation)
    for variant in all {
        #expect(classifyAddress(variant.text)?.valid != true, "\(vector): \(variant.what) → \(variant.text) still valid",
                sourceLocation: sourceLocation)
    }
}

// MARK: - SHA-256 and Keccak-256

@Suite("Validation: hashes")
struct ValidationHashTests {
    /// FIPS 180-2 appendix B / NIST CSRC example values for SHA-256.
    @Test("SHA-256 NIST vectors", arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(message: String, digest: String) {
        #expect(hexString(SHA256.hash(Array(message.utf8))) == digest)
    }

    /// FIPS 180-2 appendix B.3: one million repetitions of "a" (15 625 blocks).
    @Test func sha256MillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(hexString(SHA256.hash(message)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Keccak-256 with the original padding, as Ethereum uses it.
    @Test("Keccak-256 vectors", arguments: [
        ("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        ("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
    ])
    func keccak256(message: String, digest: String) {
        #expect(hexString(Keccak256.hash(Array(message.utf8))) == digest)
    }
}

// MARK: - Base58 and Bitcoin / Litecoin legacy addresses

@Suite("Validation: Base58 addresses")
struct ValidationBase58Tests {
    /// Bitcoin Core src/test/data/base58_encode_decode.json.
    @Test("Bitcoin Core base58 vectors", arguments: [
        ("", ""), ("61", "2g"), ("626262", "a3gV"), ("636363", "aPEr"),
        ("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"),
        ("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"),
        ("516b6fcd0f", "ABnLTmg"), ("bf4f89001e670274dd", "3SEo3LWLoPntC"), ("572e4794", "3EFU7m"),
        ("ecac89cad93923c02321", "EJDM8drfXA6uyA"), ("10c8511e", "Rt5zm"), ("00000000000000000000", "1111111111"),
    ])
    func decode(expected: String, encoded: String) {
        let want = bytesFromHex(expected)
        #expect(withUTF8Bytes(encoded) { Base58.decode($0, count: want.count) } == want)
        // The same characters are not the canonical encoding of one more or one fewer byte.
        #expect(withUTF8Bytes(encoded) { Base58.decode($0, count: want.count + 1) } == nil)
        if !want.isEmpty { #expect(withUTF8Bytes(encoded) { Base58.decode($0, count: want.count - 1) } == nil) }
    }

    @Test func rejectsCharactersOutsideTheAlphabet() {
        for text in ["0", "O", "I", "l", "2g0", "a3g_", "a3gV ", "é"] {
            #expect(withUTF8Bytes(text) { Base58.decode($0, count: text.utf8.count) } == nil, "\(text)")
        }
    }

    /// Addresses with their published payload (version byte + 20-byte hash): the genesis block
    /// address, Bitcoin Core key_io/base58_keys_valid.json, the Bitcoin wiki's "Technical
    /// background of version 1 Bitcoin addresses", and Litecoin Core key_io_valid.json.
    @Test("Base58Check payloads", arguments: [
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "0062e907b15cbf27d5425399ebf6f0fb50ebb88f18"),
        ("1AGNa15ZQXAZUgFiqJ2i7Z2DPU2J6hW62i", "0065a16059864a2fdbc7c99a4723a8395bc6f188eb"),
        ("3CMNFxN1oHBc4R1EpboAL5yzHGgE611Xou", "0574f209f6ea907e2ea48f74fae05782ae8a665257"),
        ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", "00010966776006953d5567439e5e39f86a0d273bee"),
        ("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA", "30558dbca7118cd5894502767c7b2ffc21a22f54db"),
        ("MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2", "326d328a5b2a20d943a641c8d29b6cc3c2d2df85d3"),
        ("M9dw1FAoWpHC6PcMzoCHhqQ9McvTyG5Ywj", "32130ef8742ad7492b389509252c6721775fb11273"),
        ("LbfVMz974gbbGFqXF7FZUpSBWSbwBHDwR5", "30b4565f467408e9e1c1d2a3b0ccdeff84db3a3b93"),
    ])
    func base58CheckPayload(address: String, payload: String) {
        #expect(withUTF8Bytes(address) { Base58.decodeCheck($0, payloadCount: 21) }.map(hexString) == payload)
    }

    @Test("Bitcoin and Litecoin Base58 addresses", arguments: [
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", PaymentIdentifier.Kind.btcAddress),
        ("1AGNa15ZQXAZUgFiqJ2i7Z2DPU2J6hW62i", .btcAddress),
        ("3CMNFxN1oHBc4R1EpboAL5yzHGgE611Xou", .btcAddress),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", .btcAddress),
        ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", .btcAddress),
        ("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA", .ltcAddress),
        ("MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2", .ltcAddress),
        ("M9dw1FAoWpHC6PcMzoCHhqQ9McvTyG5Ywj", .ltcAddress),
        ("LbfVMz974gbbGFqXF7FZUpSBWSbwBHDwR5", .ltcAddress),
        ("LgUPnP2UZxmFBJb8FDgNd5JcU9b7CNfrw1", .ltcAddress),
        ("MU2UAbDxiiirZuGTZ6nSaFajsXFkLHozcU", .ltcAddress),
    ])
    func legacyAddress(address: String, kind: PaymentIdentifier.Kind) {
        #expect(classifyAddress(address) == PaymentIdentifier(kind: kind, valid: true))
        expectCorruptionsFail(address, next: nextIn(base58Alphabet))
    }

    /// A wrong checksum keeps the shape: reported as a Bitcoin-shaped string that is not valid.
    @Test func wrongChecksumIsShapedButInvalid() {
        #expect(classifyAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb") == PaymentIdentifier(kind: .btcAddress, valid: false))
        #expect(classifyAddress("1AGNa15ZQXAZUgFiqJ2i7Z2DPU2J6hW62j") == PaymentIdentifier(kind: .btcAddress, valid: false))
        #expect(classifyAddress("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeB") == PaymentIdentifier(kind: .ltcAddress, valid: false))
        // Bitcoin Core's base58_encode_decode.json has this string as a plain Base58 vector: it
        // decodes to 25 bytes, but its last 4 are not the checksum (the real address, differing
        // by one adjacent swap, ends in …rJED9L).
        #expect(classifyAddress("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L") == PaymentIdentifier(kind: .btcAddress, valid: false))
    }

    /// Testnet and regtest addresses (Litecoin Core key_io_valid.json; Bitcoin Core's `m…`/`2…`)
    /// are not mainnet-shaped; neither is a base58 string with `0`, `O`, `I` or `l`, nor one of the
    /// wrong length.
    @Test func notShaped() {
        for text in ["mwXn5Vhicdav8Av3KMokx4YNuHoGRKxtWs", "QXaUgLHkZcbJb2j5XgMYzY8cF9YM48Y81Z",
                     "mo9ncXisMeAoXwqcV5EWuyncbmCcQN4rVs", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0",
                     "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaO", "1A1zP1eP5QGefi2DM", "",
                     "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa1A1zP1eP5QGefi2"] {
            #expect(classifyAddress(text) == nil, "\(text)")
        }
    }
}

// MARK: - Bech32, Bech32m and segwit addresses

@Suite("Validation: Bech32 and segwit")
struct ValidationBech32Tests {
    static let validBech32 = [  // BIP-173
        "A12UEL5L", "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl",
    ]
    static let validBech32m = [  // BIP-350
        "A1LQFN3A", "a1lqfn3a",
        "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v", "?1v759aa",
    ]

    @Test("BIP-173/BIP-350 valid checksums", arguments: validBech32.map { ($0, Bech32.Encoding.bech32) }
        + validBech32m.map { ($0, Bech32.Encoding.bech32m) })
    func validChecksum(text: String, encoding: Bech32.Encoding) {
        #expect(withUTF8Bytes(text) { Bech32.decode($0) }?.encoding == encoding)
        let separator = Array(text.utf8).lastIndex(of: UInt8(ascii: "1")) ?? 0
        let upper = text.utf8.contains(where: isUppercaseASCII)
        let charset = upper ? bech32Charset.uppercased() : bech32Charset
        let variants = corruptions(of: text, from: separator + 1, next: nextIn(charset))
        #expect(!variants.substituted.isEmpty)
        for variant in variants.substituted + variants.swapped + variants.caseFlipped {
            #expect(withUTF8Bytes(variant.text) { Bech32.decode($0) } == nil, "\(text): \(variant.what) → \(variant.text)")
        }
    }

    static let invalidStrings: [[UInt8]] = [
        // BIP-173
        [0x20] + Array("1nwldj5".utf8), [0x7f] + Array("1axkwrx".utf8), [0x80] + Array("1eym55h".utf8),
        Array("an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx".utf8),
        Array("pzry9x0s0muk".utf8), Array("1pzry9x0s0muk".utf8), Array("x1b4n0q5v".utf8), Array("li1dgmt3".utf8),
        Array("de1lg7wt".utf8) + [0xff], Array("A1G7SGD8".utf8), Array("10a06t8".utf8), Array("1qzzfhee".utf8),
        // BIP-350
        [0x20] + Array("1xj0phk".utf8), [0x7f] + Array("1g6xzxy".utf8), [0x80] + Array("1vctc34".utf8),
        Array("an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4".utf8),
        Array("qyrz8wqd2c9m".utf8), Array("1qyrz8wqd2c9m".utf8), Array("y1b0jsk6g".utf8), Array("lt1igcx5c0".utf8),
        Array("in1muywd".utf8), Array("mm1crxm3i".utf8), Array("au1s5cgom".utf8), Array("M1VUXWEZ".utf8),
        Array("16plkw9".utf8), Array("1p2gdwpf".utf8),
    ]

    @Test("BIP-173/BIP-350 invalid strings", arguments: invalidStrings)
    func invalidChecksum(text: [UInt8]) {
        #expect(text.withUnsafeBufferPointer { Bech32.decode($0) } == nil)
        #expect(text.withUnsafeBufferPointer { PaymentValidation.classifyAddress($0) }?.valid != true)
    }

    /// BIP-350 valid segwit addresses and their scriptPubKey (version opcode, push length,
    /// program). Mainnet ones classify as valid Bitcoin addresses; testnet ones decode with
    /// hrp "tb" but are not mainnet-shaped.
    @Test("BIP-350 valid addresses", arguments: [
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"),
        ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
         "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"),
        ("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
         "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"),
        ("BC1SW50QGDZ25J", "6002751e"),
        ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"),
        ("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
         "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
        ("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
         "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
         "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
    ])
    func validAddress(address: String, scriptPubKey: String) {
        let script = bytesFromHex(scriptPubKey)
        let version = script[0] == 0 ? 0 : Int(script[0]) - 0x50
        let program = Array(script[2...])
        let mainnet = address.lowercased().hasPrefix("bc1")
        let decoded = withUTF8Bytes(address) { Bech32.decodeSegwit($0, hrp: mainnet ? "bc" : "tb") }
        #expect(decoded?.version == version)
        #expect(decoded?.program == program)
        if mainnet {
            #expect(classifyAddress(address) == PaymentIdentifier(kind: .btcAddress, valid: true))
            let upper = address.utf8.contains(where: isUppercaseASCII)
            expectCorruptionsFail(address, from: 3, next: nextIn(upper ? bech32Charset.uppercased() : bech32Charset))
        } else {
            #expect(classifyAddress(address) == nil)
        }
    }

    /// BIP-350's invalid addresses, and BIP-173's (whose v1+ examples with a Bech32 checksum are
    /// invalid since BIP-350).
    @Test("BIP-173/BIP-350 invalid addresses", arguments: [
        // BIP-350
        "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
        "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
        "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
        "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
        "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
        "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
        "bc1pw5dgrnzv",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
        "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
        "bc1gmk9yu",
        // BIP-173
        "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
        "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",
        "bc1rw5uspcuh",
        "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
        "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",
        // BIP-173 "valid" v1+ addresses: Bech32 checksums, invalid under BIP-350
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
        "BC1SW50QA3JX3S",
        "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj",
    ])
    func invalidAddress(address: String) {
        #expect(classifyAddress(address)?.valid != true)
        for hrp in ["bc", "tb"] {
            #expect(withUTF8Bytes(address) { Bech32.decodeSegwit($0, hrp: hrp) } == nil, "hrp \(hrp)")
        }
    }

    /// Shaped like a mainnet address but failing BIP-350: `valid: false`, not nil.
    @Test func shapedButInvalid() {
        for text in ["bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "BC1SW50QA3JX3S",
                     "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
                     "Bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"] {
            #expect(classifyAddress(text) == PaymentIdentifier(kind: .btcAddress, valid: false), "\(text)")
        }
    }

    /// Litecoin native segwit (hrp "ltc", SLIP-0173), with the witness programs published in
    /// mrtnetwork/blockchain_utils' P2WPKH test vectors (test/address/p2wpkh/test_vector.dart).
    @Test("Litecoin segwit addresses", arguments: [
        ("ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt", "31ce0f0a4df57e6722d2deddf032816c59c97337"),
        ("ltc1qudhthew8h03vzc7x99m3qg0z8wjq2f759hp4ej", "e36ebbe5c7bbe2c163c629771021e23ba40527d4"),
    ])
    func litecoinSegwit(address: String, program: String) {
        let decoded = withUTF8Bytes(address) { Bech32.decodeSegwit($0, hrp: "ltc") }
        #expect(decoded?.version == 0)
        #expect(decoded.map { hexString($0.program) } == program)
        #expect(classifyAddress(address) == PaymentIdentifier(kind: .ltcAddress, valid: true))
        #expect(classifyAddress(address.uppercased()) == PaymentIdentifier(kind: .ltcAddress, valid: true))
        #expect(withUTF8Bytes(address) { Bech32.decodeSegwit($0, hrp: "bc") } == nil)
        expectCorruptionsFail(address, from: 4, next: nextIn(bech32Charset))
    }
}

// MARK: - Ethereum (EIP-55)

@Suite("Validation: Ethereum")
struct ValidationEthereumTests {
    /// The test cases of EIP-55: all caps, all lower, and normal (mixed-case checksummed).
    static let allCaps = ["0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D"]
    static let allLower = ["0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26"]
    static let checksummed = [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ]

    @Test("EIP-55 mixed-case vectors", arguments: checksummed)
    func checksummedAddress(address: String) {
        #expect(classifyAddress(address) == PaymentIdentifier(kind: .ethAddress, valid: true))
        let variants = corruptions(of: address, from: 2, next: nextSameClass(letters: "abcdef"))
        #expect(variants.caseFlipped.count > 10)
        for variant in variants.substituted + variants.swapped + variants.caseFlipped {
            #expect(classifyAddress(variant.text) == PaymentIdentifier(kind: .ethAddress, valid: false),
                    "\(address): \(variant.what) → \(variant.text)")
        }
    }

    /// Single-case addresses carry no checksum: valid as they are, and a changed digit cannot be
    /// detected (by design), but flipping one letter's case makes them mixed case, which must
    /// then match EIP-55 — and does not.
    @Test("EIP-55 single-case vectors", arguments: allCaps + allLower)
    func singleCaseAddress(address: String) {
        #expect(classifyAddress(address) == PaymentIdentifier(kind: .ethAddress, valid: true))
        let variants = corruptions(of: address, from: 2, next: nextSameClass(letters: "abcdef"))
        #expect(!variants.caseFlipped.isEmpty)
        for variant in variants.caseFlipped {
            #expect(classifyAddress(variant.text) == PaymentIdentifier(kind: .ethAddress, valid: false),
                    "\(address): \(variant.what) → \(variant.text)")
        }
        for variant in variants.substituted {
            #expect(classifyAddress(variant.text) == PaymentIdentifier(kind: .ethAddress, valid: true), "\(variant.text)")
        }
    }

    @Test func notShaped() {
        for text in ["0X52908400098527886E0F7030069857D2E4169EE7",  // capital X
                     "0x52908400098527886E0F7030069857D2E4169EE",   // 39 hex digits
                     "0x52908400098527886E0F7030069857D2E4169EE77",  // 41
                     "0x52908400098527886E0F7030069857D2E4169EG7",  // not hex
                     "52908400098527886E0F7030069857D2E4169EE7",    // no prefix
                     "0x 2908400098527886E0F7030069857D2E4169EE7"] {
            #expect(classifyAddress(text) == nil, "\(text)")
        }
    }
}

// MARK: - Monero

@Suite("Validation: Monero")
struct ValidationMoneroTests {
    /// The Monero General Fund address (tag 18, standard) and the Monero project's donation
    /// subaddress (tag 42), both published on getmonero.org.
    @Test("Monero project addresses", arguments: [
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
        "888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H",
    ])
    func projectAddress(address: String) {
        #expect(classifyAddress(address) == PaymentIdentifier(kind: .xmrAddress, valid: true))
        let tag = withUTF8Bytes(address) { Base58.decodeMoneroAddress($0) }?.tag
        #expect(tag == (address.hasPrefix("4") ? 18 : 42))
        expectCorruptionsFail(address, next: nextIn(base58Alphabet))
    }

    /// monero tests/unit_tests/base58.cpp: TEST_decode_pos / TEST_decode_neg.
    @Test("Monero base58 decode vectors", arguments: [
        ("", ""), ("5Q", "ff"), ("LUv", "ffff"), ("2UzHL", "ffffff"), ("7YXq9G", "ffffffff"),
        ("VtB5VXc", "ffffffffff"), ("3CUsUpv9t", "ffffffffffff"), ("Ahg1opVcGW", "ffffffffffffff"),
        ("jpXCZedGfVQ", "ffffffffffffffff"), ("jpXCZedGfVQ5Q", "ffffffffffffffffff"),
        ("jpXCZedGfVQLUv", "ffffffffffffffffffff"), ("jpXCZedGfVQjpXCZedGfVQ", "ffffffffffffffffffffffffffffffff"),
        ("11111111111", "0000000000000000"), ("1111111111", "00000000000000"), ("22222222222VtB5VXc", "06156013762879f7ffffffffff"),
    ])
    func decodeBlocks(encoded: String, expected: String) {
        #expect(withUTF8Bytes(encoded) { Base58.decodeMonero($0) }.map(hexString) == expected)
    }

    @Test("Monero base58 invalid", arguments: [
        "1", "z", "1111", "zzzz", "11111111", "zzzzzzzz", "123456789AB1", "123456789ABz", "123456789AB1111",
        "123456789ABzzzz", "123456789AB11111111", "123456789ABzzzzzzzz",
        "5R", "zz", "LUw", "zzz", "2UzHM", "zzzzz", "7YXq9H", "zzzzzz", "VtB5VXd", "zzzzzzz", "3CUsUpv9u",
        "zzzzzzzzz", "Ahg1opVcGX", "zzzzzzzzzz", "jpXCZedGfVR", "zzzzzzzzzzz", "123456789AB5R", "123456789ABzz",
        "123456789ABLUw", "123456789ABjpXCZedGfVR", "zzzzzzzzzzz11",
        "10", "11I", "11O11", "11l111", "11_11111111", "1101111111111", "11I11111111111111",
    ])
    func decodeInvalid(encoded: String) {
        #expect(withUTF8Bytes(encoded) { Base58.decodeMonero($0) } == nil)
    }

    /// monero tests/unit_tests/base58.cpp: TEST_encode_decode_addr (tag, data) and
    /// TEST_decode_addr_neg.
    @Test("Monero address decode vectors", arguments: [
        ("15p2yAV", UInt64(0), ""), ("FNQ3D6A", 0x7f, ""), ("26k9QWweu", 0x80, ""), ("3BzAD7n3y", 0xff, ""),
        ("11efCaY6UjG7JrxuB", 0, "11223344556677"), ("21rhHRT48LN4PriP9", 6, "11223344556677"),
        ("PuT7GAdgbA819VwdWVDP", 0x1122_3344_5566_7788, "11"),
        ("PuT7GAdgbA83wk3FD1gW7J2KVGofA1r", 0x1122_3344_5566_7788, "999999999999999999"),
    ])
    func decodeAddress(encoded: String, tag: UInt64, payload: String) {
        let decoded = withUTF8Bytes(encoded) { Base58.decodeMoneroAddress($0) }
        #expect(decoded?.tag == tag)
        #expect(decoded.map { hexString($0.payload) } == payload)
    }

    @Test("Monero address decode failures", arguments: [
        "zuT7GAdgbA819VwdWVDP", "0uT7GAdgbA819VwdWVDP", "IuT7GAdgbA819VwdWVDP", "OuT7GAdgbA819VwdWVDP",
        "luT7GAdgbA819VwdWVDP", "\0uT7GAdgbA819VwdWVDP", "PuT7GAdgbA819VwdWVD", "11efCaY6UjG7JrxuC",
        "jerj2e4mESo", "1", "1111", "11", "111", "11111", "111111", "999999", "ZZZZZZ",
    ])
    func decodeAddressFailure(encoded: String) {
        #expect(withUTF8Bytes(encoded) { Base58.decodeMoneroAddress($0) } == nil)
    }

    @Test func shapes() {
        let valid = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A"
        #expect(classifyAddress(String(valid.dropLast())) == nil)         // 94 characters
        #expect(classifyAddress(valid + "1") == nil)                      // 96
        #expect(classifyAddress("5" + valid.dropFirst()) == nil)          // not 4 or 8
        #expect(classifyAddress(String(valid.dropLast()) + "B") == PaymentIdentifier(kind: .xmrAddress, valid: false))
    }
}

// MARK: - IBAN

@Suite("Validation: IBAN")
struct ValidationIBANTests {
    /// The electronic-format example of every country in the SWIFT IBAN Registry (release 100),
    /// plus Wikipedia's GB example.
    static let registryExamples = [
        "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741",
        "AT611904300234573201", "AZ21NABZ00000000137010001944", "BA391290079401028494",
        "BE68539007547034", "BG80BNBG96611020345678", "BH67BMAG00001299123456",
        "BI4210000100010000332045181", "BR1800360305000010009795493C1", "BY13NBRB3600900000002Z00AB00",
        "CH9300762011623852957", "CR05015202001026284066", "CY17002001280000001200527600",
        "CZ6508000000192000145399", "DE89370400440532013000", "DJ2100010000000154000100186",
        "DK5000400440116243", "DO28BAGR00000001212453611324", "EE382200221020145685",
        "EG380019000500000000263180002", "ES9121000418450200051332", "FI2112345600000785",
        "FK88SC123456789012", "FO6264600001631634", "FR1420041010050500013M02606",
        "GB29NWBK60161331926819", "GE29NB0000000101904917", "GI75NWBK000000007099453",
        "GL8964710001000206", "GR1601101250000000012300695", "GT82TRAJ01020000001210029690",
        "HN88CABF00000000000250005469", "HR1210010051863000160", "HU42117730161111101800000000",
        "IE29AIBK93115212345678", "IL620108000000099999999", "IQ98NBIQ850123456789012",
        "IS140159260076545510730339", "IT60X0542811101000000123456", "JO94CBJO0010000000000131000302",
        "KW81CBKU0000000000001234560101", "KZ86125KZT5004100100", "LB62099900000001001901229114",
        "LC55HEMM000100010012001200023015", "LI21088100002324013AA", "LT121000011101001000",
        "LU280019400644750000", "LV80BANK0000435195001", "LY83002048000020100120361",
        "MC5811222000010123456789030", "MD24AG000225100013104168", "ME25505000012345678951",
        "MK07250120000058984", "MN121234123456789123", "MR1300020001010000123456753",
        "MT84MALT011000012345MTLCAST001S", "MU17BOMM0101101030300200000MUR", "NI45BAPR00000013000003558124",
        "NL91ABNA0417164300", "NO9386011117947", "OM810180000001299123456",
        "PK36SCBL0000001123456702", "PL61109010140000071219812874", "PS92PALS000000000400123456702",
        "PT50000201231234567890154", "QA58DOHB00001234567890ABCDEFG", "RO49AAAA1B31007593840000",
        "RS35260005601001611379", "RU0304452522540817810538091310419", "SA0380000000608010167519",
        "SC18SSCB11010000000000001497USD", "SD2129010501234001", "SE4550000000058398257466",
        "SI56263300012039086", "SK3112000000198742637541", "SM86U0322509800000000270100",
        "SO211000001001000100141", "ST23000100010051845310146", "SV62CENR00000000000000700025",
        "TL380080012345678910157", "TN5910006035183598478831", "TR330006100519786457841326",
        "UA213223130000026007233566001", "VA59001123000012345678", "VG96VPVG0000012345678901",
        "XK051212012345678906", "YE15CBYE0001018861234567891234",
        "GB82WEST12345698765432",
    ]

    @Test("Registry examples", arguments: registryExamples)
    func registryExample(iban: String) {
        #expect(looksLikeIBAN(iban))
        #expect(isValidIBAN(iban))
        #expect(isValidIBAN(iban.lowercased()), "case-insensitive")
        let chars = Array(iban.utf8)
        #expect(PaymentValidation.ibanLength(country: chars[0], chars[1]) == chars.count)
        // Substitutions and adjacent swaps within a class are always caught by MOD 97-10
        // (letter↔digit transpositions are not guaranteed to be, so they are not asserted).
        let variants = corruptions(
            of: iban, next: nextSameClass(letters: "abcdefghijklmnopqrstuvwxyz"),
            swappable: { isDigitASCII($0) == isDigitASCII($1) }, flipCase: false)
        #expect(variants.substituted.count == chars.count)
        for variant in variants.substituted + variants.swapped {
            #expect(!isValidIBAN(variant.text), "\(iban): \(variant.what) → \(variant.text)")
        }
        // Wrong length for the country: one character more or fewer.
        #expect(!looksLikeIBAN(iban + "0"))
        #expect(!looksLikeIBAN(String(iban.dropLast())))
    }

    @Test func registryCoversEveryExampleCountry() {
        #expect(PaymentValidation.ibanCountryLengths.count == 89)
        let codes = Set(PaymentValidation.ibanCountryLengths.map(\.code))
        #expect(codes.count == 89)
        #expect(Set(Self.registryExamples.map { String($0.prefix(2)) }) == codes)
    }

    @Test func shapeWithoutChecksum() {
        #expect(looksLikeIBAN("GB00WEST12345698765432"))
        #expect(!isValidIBAN("GB00WEST12345698765432"))
        #expect(!isValidIBAN("GB82WEST12345698765433"))
    }

    @Test func notShaped() {
        for text in ["GB82 WEST 1234 5698 7654 32", "GB82-WEST-1234-5698-7654-32", "US64SVBKUS6S3300958879",
                     "XX82WEST12345698765432", "G182WEST12345698765432", "GBX2WEST12345698765432",
                     "GB82WEST1234569876543_", "GB82WEST12345698765432\u{00E9}", "", "GB", "GB82"] {
            #expect(!looksLikeIBAN(text), "\(text)")
            #expect(!isValidIBAN(text), "\(text)")
        }
    }
}

// MARK: - Cashtag, gift card code, MTCN

@Suite("Validation: cashtag, gift card code, MTCN")
struct ValidationNoChecksumTests {
    @Test func cashtag() {
        for text in ["$JohnDoe", "$a", "$johndoe22", "$John_Doe-2", "$a1234567890123456789"] {
            #expect(isCashtag(text), "\(text)")
        }
        for text in ["$", "$500", "$5k", "$_john", "$-john", "JohnDoe", "$john doe", "$john.doe", "$john!",
                     "$a12345678901234567890", "\u{FF04}John", "$\u{00E9}mile", "$$john", "#john"] {
            #expect(!isCashtag(text), "\(text)")
        }
    }

    @Test func giftCardCode() {
        for text in ["AB3CD-EF4GH-IJ5KL", "ab3cd-ef4gh-ij5kl", "AQ3D-6YHJKL-9ZXC", "X1B2C3D4E5F6G7H8",
                     "ABCD1234EFGH5678", "ABCD1EFGH2IJKL3MNOP4", "abcd1efgh2ijkl3mnop4"] {
            #expect(isGiftCardCode(text), "\(text)")
        }
        for text in ["hello-there-world", "12345-67890-12345", "ABCDEFGHIJKLMNOP", "1234567890123456",
                     "AB3CD-EF4GH-IJ5K", "AB3C-DEF4GH-IJ5KL", "AB3CD--EF4GHIJ5KL", "-AB3CDEF4GH-IJ5KL",
                     "AB3CD-EF4GH-IJ5KL-", "AB3CD EF4GH IJ5KL", "AB3CD_EF4GH_IJ5KL", "X1B2C3D4E5F6G7H",
                     "X1B2C3D4E5F6G7H8I", "ABCD1EFGH2IJKL3MNOP", "ABCD1EFGH2IJKL3MNOP4Q", "AQ3D-6YHJK-9ZXC1",
                     "ABCD-1234-EFGH-5678", "X1B2C3D4E5F6G7H\u{00C9}", ""] {
            #expect(!isGiftCardCode(text), "\(text)")
        }
    }

    @Test func mtcn() {
        #expect(isMTCN("1234567890"))
        #expect(isMTCN("0000000000"))
        for text in ["123456789", "12345678901", "123-456-7890", "12345 67890", "123456789O", "",
                     "\u{0661}\u{0662}\u{0663}\u{0664}\u{0665}\u{0666}\u{0667}\u{0668}\u{0669}\u{0660}",
                     "\u{FF11}\u{FF12}\u{FF13}\u{FF14}\u{FF15}\u{FF16}\u{FF17}\u{FF18}\u{FF19}\u{FF10}"] {
            #expect(!isMTCN(text), "\(text)")
        }
    }

    @Test func kindNamesMatchRuleNames() {
        #expect(PaymentIdentifier.Kind.allCases.map(\.rawValue) == [
            "btc_address", "eth_address", "ltc_address", "xmr_address", "iban", "cashtag", "gift_card_code", "mtcn",
        ])
    }
}

// MARK: - Fuzz

@Suite("Validation: fuzz")
struct ValidationFuzzTests {
    /// 10,000 seeded random byte strings — a quarter arbitrary bytes, the rest built to reach deep
    /// into one validator (Base58 and Bech32 alphabets behind real prefixes, `0x` + mixed-case
    /// hex, IBAN-shaped strings) — through every entry point. None may trap, and the results
    /// must be consistent. A failure names the seed and the case; rerun with that seed.
    @Test(arguments: [UInt64(0xC4A5_E5C2_0000_0001)])
    func randomBytesNeverCrash(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let base58 = Array(base58Alphabet.utf8)
        let bech32 = Array((bech32Charset + bech32Charset.uppercased()).utf8)
        let hexDigits = Array("0123456789abcdefABCDEF".utf8)
        let alnum = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-$_".utf8)
        let prefixes58 = ["1", "3", "L", "M", "4", "8"], prefixes32 = ["bc1", "BC1", "ltc1", "LTC1", "tb1"]
        let countries = PaymentValidation.ibanCountryLengths
        for trial in 0..<10_000 {
            let state = rng.state
            func pick(_ set: [UInt8]) -> UInt8 { set[Int(rng.next() % UInt64(set.count))] }
            var input: [UInt8]
            switch trial % 8 {
            case 0, 1:
                input = (0..<Int(rng.next() % 120)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            case 2:
                input = Array(prefixes58[Int(rng.next() % 6)].utf8)
                let length = rng.next() % 2 == 0 ? 95 : 25 + Int(rng.next() % 12)
                while input.count < length { input.append(pick(base58)) }
            case 3:
                input = Array(prefixes32[Int(rng.next() % 5)].utf8)
                let length = 8 + Int(rng.next() % 90)
                while input.count < length { input.append(pick(bech32)) }
            case 4:
                input = Array("0x".utf8)
                while input.count < 42 { input.append(pick(hexDigits)) }
            case 5:
                let (code, length) = countries[Int(rng.next() % UInt64(countries.count))]
                input = Array(code.utf8) + [pick(Array("0123456789".utf8)), pick(Array("0123456789".utf8))]
                while input.count < Int(length) { input.append(pick(Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8))) }
            case 6:
                input = (0..<Int(rng.next() % 24)).map { _ in pick(alnum) }
            default:
                input = (0..<Int(rng.next() % 120)).map { _ in pick(base58) }
            }
            if rng.next() % 10 == 0, !input.isEmpty {  // sometimes one arbitrary byte anywhere
                input[Int(rng.next() % UInt64(input.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            let context = "fuzz seed \(seed) trial \(trial) (generator state \(state)): \(input)"
            input.withUnsafeBufferPointer { buffer in
                let first = PaymentValidation.classifyAddress(buffer)
                #expect(first == PaymentValidation.classifyAddress(buffer), "\(context)")
                let looks = PaymentValidation.looksLikeIBAN(buffer)
                let valid = PaymentValidation.isValidIBAN(buffer)
                #expect(!valid || looks, "valid IBAN without its shape — \(context)")
                #expect(!PaymentValidation.isMTCN(buffer) || buffer.count == 10, "\(context)")
                #expect(!PaymentValidation.isCashtag(buffer) || buffer.first == UInt8(ascii: "$"), "\(context)")
                let gift = PaymentValidation.isGiftCardCode(buffer)
                #expect(!gift || [16, 17, 20].contains(buffer.count), "\(context)")
                if let segwit = Bech32.decodeSegwit(buffer, hrp: "bc") {
                    #expect(first == PaymentIdentifier(kind: .btcAddress, valid: true), "\(context)")
                    #expect(segwit.program.count >= 2 && segwit.program.count <= 40, "\(context)")
                }
                _ = Bech32.decode(buffer)
                _ = Base58.decode(buffer, count: 25)
                _ = Base58.decodeMonero(buffer)
                _ = Base58.decodeMoneroAddress(buffer)
            }
        }
    }
}
