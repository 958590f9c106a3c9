/// Base58 decoding, in Bitcoin's form (one big number, leading `1`s are leading zero bytes) and
/// in Monero's form (independent blocks of 8 bytes ↔ 11 characters).
///
/// ```swift
/// let chars = Array("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa".utf8)
/// chars.withUnsafeBufferPointer { Base58.decodeCheck($0, payloadCount: 21) }
/// // [0x00, 0x62, 0xe9, 0x07, …] (version 0, then the 20-byte key hash)
/// ```
///
/// Every function returns nil for a character outside the alphabet (`0`, `O`, `I`, `l`, any
/// non-ASCII byte) and never traps on any input.
enum Base58 {
    /// The digit value of an alphabet character, or nil.
    ///
    /// ```swift
    /// Base58.digit(UInt8(ascii: "A"))  // 9
    /// Base58.digit(UInt8(ascii: "0"))  // nil
    /// ```
    @inline(__always)
    static func digit(_ byte: UInt8) -> UInt8? {
        guard byte < 128 else { return nil }
        let value = digitTable[Int(byte)]
        return value < 0 ? nil : UInt8(value)
    }

    /// Whether every byte is in the Base58 alphabet.
    ///
    /// ```swift
    /// Array("3J98t1Wp".utf8).withUnsafeBufferPointer { Base58.isAlphabet($0) }  // true
    /// Array("3J98t1W0".utf8).withUnsafeBufferPointer { Base58.isAlphabet($0) }  // false: "0"
    /// ```
    static func isAlphabet(_ chars: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in chars where digit(byte) == nil { return false }
        return true
    }

    /// Bitcoin-style decode to exactly `count` bytes, or nil when the characters are not the
    /// canonical encoding of a `count`-byte string (wrong alphabet, too large, or leading `1`s
    /// that do not match the leading zero bytes).
    ///
    /// ```swift
    /// Array("Rt5zm".utf8).withUnsafeBufferPointer { Base58.decode($0, count: 4) }  // [0x10, 0xc8, 0x51, 0x1e]
    /// ```
    static func decode(_ chars: UnsafeBufferPointer<UInt8>, count: Int) -> [UInt8]? {
        // Any string longer than this cannot be canonical for `count` bytes; it also bounds the work.
        guard count >= 0, count <= 128, chars.count <= 2 * count + 2 else { return nil }
        var out = [UInt8](repeating: 0, count: count)
        var leadingOnes = 0
        var stillLeading = true
        for byte in chars {
            guard let value = digit(byte) else { return nil }
            if stillLeading && value == 0 { leadingOnes += 1 } else { stillLeading = false }
            var carry = Int(value)
            var index = count - 1
            while index >= 0 {
                carry += 58 * Int(out[index])
                out[index] = UInt8(truncatingIfNeeded: carry)
                carry >>= 8
                index -= 1
            }
            guard carry == 0 else { return nil }  // does not fit in `count` bytes
        }
        guard leadingOnes <= count else { return nil }
        for index in 0..<leadingOnes where out[index] != 0 { return nil }
        if leadingOnes < count, out[leadingOnes] == 0 { return nil }  // zero byte not spelled as `1`
        return out
    }

    /// Base58Check: decodes to `payloadCount + 4` bytes and returns the payload when the last 4
    /// bytes are the first 4 of SHA-256(SHA-256(payload)); nil otherwise.
    ///
    /// ```swift
    /// Array("3CMNFxN1oHBc4R1EpboAL5yzHGgE611Xou".utf8).withUnsafeBufferPointer {
    ///     Base58.decodeCheck($0, payloadCount: 21)
    /// }  // [0x05, 0x74, 0xf2, …] (version 5, then the 20-byte script hash)
    /// ```
    static func decodeCheck(_ chars: UnsafeBufferPointer<UInt8>, payloadCount: Int) -> [UInt8]? {
        guard let raw = decode(chars, count: payloadCount + 4) else { return nil }
        let payload = Array(raw[0..<payloadCount])
        let checksum = SHA256.hash(SHA256.hash(payload))
        for i in 0..<4 where checksum[i] != raw[payloadCount + i] { return nil }
        return payload
    }

    // MARK: Monero

    /// Characters used by a Monero block of `n` bytes, for n = 0…8.
    static let moneroBlockSizes: [Int] = [0, 2, 3, 5, 6, 7, 9, 10, 11]

    /// Monero-style decode: full blocks of 11 characters → 8 bytes, and a last shorter block
    /// whose length must be one of ``moneroBlockSizes``; nil for any other length, a character
    /// outside the alphabet, or a block whose value does not fit its byte count.
    ///
    /// ```swift
    /// Array("jpXCZedGfVQ5Q".utf8).withUnsafeBufferPointer { Base58.decodeMonero($0) }  // nine 0xFF bytes
    /// ```
    static func decodeMonero(_ chars: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard chars.count <= 4096 else { return nil }
        let fullBlocks = chars.count / 11
        let rest = chars.count % 11
        guard let restBytes = moneroBlockSizes.firstIndex(of: rest) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(fullBlocks * 8 + restBytes)
        var start = 0
        for _ in 0..<fullBlocks {
            guard appendMoneroBlock(chars, start: start, length: 11, byteCount: 8, to: &out) else { return nil }
            start += 11
        }
        if rest > 0 {
            guard appendMoneroBlock(chars, start: start, length: rest, byteCount: restBytes, to: &out) else { return nil }
        }
        return out
    }

    /// A Monero address: the decoded bytes are a varint tag, the payload, and a 4-byte checksum
    /// equal to the first 4 bytes of Keccak-256(tag ‖ payload). Nil when any part is wrong.
    ///
    /// ```swift
    /// Array("11efCaY6UjG7JrxuB".utf8).withUnsafeBufferPointer { Base58.decodeMoneroAddress($0) }
    /// // (tag: 0, payload: [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77])
    /// ```
    static func decodeMoneroAddress(_ chars: UnsafeBufferPointer<UInt8>) -> (tag: UInt64, payload: [UInt8])? {
        guard let raw = decodeMonero(chars), raw.count > 4 else { return nil }
        let body = Array(raw[0..<(raw.count - 4)])
        let checksum = Keccak256.hash(body)
        for i in 0..<4 where checksum[i] != raw[body.count + i] { return nil }
        // Varint (LEB128) tag, at most 10 bytes, no bits beyond 64.
        var tag: UInt64 = 0
        var index = 0
        while true {
            guard index < body.count, index < 10 else { return nil }
            let byte = body[index]
            if index == 9, byte > 1 { return nil }
            if index > 0, byte == 0 { return nil }  // non-canonical (over-long) varint, as Monero rejects
            tag |= UInt64(byte & 0x7f) << UInt64(7 * index)
            index += 1
            if byte & 0x80 == 0 { break }
        }
        return (tag, Array(body[index...]))
    }

    /// Decodes one Monero block of `length` characters into `byteCount` big-endian bytes.
    private static func appendMoneroBlock(
        _ chars: UnsafeBufferPointer<UInt8>, start: Int, length: Int, byteCount: Int, to out: inout [UInt8]
    ) -> Bool {
        var value: UInt64 = 0
        for i in start..<(start + length) {
            guard let d = digit(chars[i]) else { return false }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 58)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(d))
            guard !overflow1, !overflow2 else { return false }
            value = sum
        }
        if byteCount < 8, value >> UInt64(8 * byteCount) != 0 { return false }
        for i in stride(from: byteCount - 1, through: 0, by: -1) {
            out.append(UInt8(truncatingIfNeeded: value >> UInt64(8 * i)))
        }
        return true
    }

    /// ASCII → digit value, -1 outside "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".
    private static let digitTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8.enumerated() {
            table[Int(byte)] = Int8(value)
        }
        return table
    }()
}
