/// Bech32 (BIP-173) and Bech32m (BIP-350) decoding, and the segregated-witness address rules
/// on top of them.
///
/// ```swift
/// let address = Array("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0".utf8)
/// address.withUnsafeBufferPointer { Bech32.decodeSegwit($0, hrp: "bc") }
/// // (version: 1, program: [0x79, 0xbe, 0x66, …]) — 32 bytes
/// ```
///
/// Never traps on any input: every failure is a nil result.
enum Bech32 {
    /// Which checksum constant held: 1 (BIP-173) or 0x2bc830a3 (BIP-350).
    ///
    /// ```swift
    /// Array("a1lqfn3a".utf8).withUnsafeBufferPointer { Bech32.decode($0)?.encoding }  // .bech32m
    /// ```
    enum Encoding: Sendable, Equatable { case bech32, bech32m }

    /// A checksummed string split into its lowercase human-readable part and its 5-bit data
    /// values (without the 6 checksum values).
    ///
    /// ```swift
    /// Array("A12UEL5L".utf8).withUnsafeBufferPointer { Bech32.decode($0) }
    /// // Decoded(hrp: [0x61] ("a"), data: [], encoding: .bech32)
    /// ```
    struct Decoded: Sendable, Equatable {
        var hrp: [UInt8]
        var data: [UInt8]
        var encoding: Encoding
    }

    /// Decodes a Bech32 or Bech32m string: at most 90 characters, all in 33…126, not mixed
    /// case, a non-empty human-readable part before the last `1`, at least 6 data characters
    /// from the Bech32 alphabet after it, and a checksum that holds under one of the two
    /// constants.
    ///
    /// ```swift
    /// Array("A12UEL5L".utf8).withUnsafeBufferPointer { Bech32.decode($0)?.encoding }  // .bech32
    /// ```
    static func decode(_ chars: UnsafeBufferPointer<UInt8>) -> Decoded? {
        guard chars.count >= 8, chars.count <= 90 else { return nil }
        var hasLower = false, hasUpper = false
        var separator = -1
        for (index, byte) in chars.enumerated() {
            guard byte >= 33, byte <= 126 else { return nil }
            if byte >= 0x61, byte <= 0x7a { hasLower = true }
            if byte >= 0x41, byte <= 0x5a { hasUpper = true }
            if byte == 0x31 { separator = index }  // "1"
        }
        guard !(hasLower && hasUpper), separator >= 1, separator + 7 <= chars.count else { return nil }
        var hrp = [UInt8]()
        hrp.reserveCapacity(separator)
        for index in 0..<separator { hrp.append(lowercased(chars[index])) }
        var values = [UInt8]()
        values.reserveCapacity(chars.count - separator - 1)
        for index in (separator + 1)..<chars.count {
            let byte = lowercased(chars[index])
            guard byte < 128 else { return nil }
            let value = charsetValues[Int(byte)]
            guard value >= 0 else { return nil }
            values.append(UInt8(value))
        }
        let check = polymod(hrp: hrp, values: values)
        let encoding: Encoding
        if check == 1 {
            encoding = .bech32
        } else if check == bech32mConstant {
            encoding = .bech32m
        } else {
            return nil
        }
        return Decoded(hrp: hrp, data: Array(values[0..<(values.count - 6)]), encoding: encoding)
    }

    /// A native segregated-witness address for the human-readable part `hrp` (lowercase, e.g.
    /// "bc" or "ltc"): witness version 0…16, a program of 2…40 bytes from a clean 5→8-bit
    /// regrouping, version 0 with a 20- or 32-byte program and the Bech32 checksum, versions
    /// 1…16 with the Bech32m checksum. Nil for anything else.
    ///
    /// ```swift
    /// Array("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4".utf8).withUnsafeBufferPointer {
    ///     Bech32.decodeSegwit($0, hrp: "bc")
    /// }  // (version: 0, program: [0x75, 0x1e, 0x76, …]) — 20 bytes
    /// ```
    static func decodeSegwit(_ chars: UnsafeBufferPointer<UInt8>, hrp: String) -> (version: Int, program: [UInt8])? {
        guard let decoded = decode(chars), decoded.hrp.elementsEqual(hrp.utf8) else { return nil }
        guard let version = decoded.data.first, version <= 16 else { return nil }
        guard let program = regroupTo8Bits(decoded.data.dropFirst()) else { return nil }
        guard program.count >= 2, program.count <= 40 else { return nil }
        if version == 0 {
            guard program.count == 20 || program.count == 32, decoded.encoding == .bech32 else { return nil }
        } else {
            guard decoded.encoding == .bech32m else { return nil }
        }
        return (Int(version), program)
    }

    /// 5-bit groups → bytes, without padding: fails on 5 or more leftover bits or non-zero
    /// leftover bits (BIP-173's `convertbits(…, 5, 8, False)`).
    private static func regroupTo8Bits(_ values: ArraySlice<UInt8>) -> [UInt8]? {
        var accumulator: UInt32 = 0
        var bits = 0
        var out = [UInt8]()
        out.reserveCapacity(values.count * 5 / 8)
        for value in values {
            accumulator = ((accumulator << 5) | UInt32(value)) & 0xfff
            bits += 5
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        guard bits < 5, (accumulator << UInt32(8 - bits)) & 0xff == 0 else { return nil }
        return out
    }

    /// The BCH checksum residue over the expanded human-readable part and the data values.
    private static func polymod(hrp: [UInt8], values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        func step(_ value: UInt8) {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { check ^= generator[i] }
        }
        for byte in hrp { step(byte >> 5) }
        step(0)
        for byte in hrp { step(byte & 31) }
        for value in values { step(value) }
        return check
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
    }

    private static let bech32mConstant: UInt32 = 0x2bc8_30a3
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    /// Lowercase ASCII → 5-bit value, -1 outside "qpzry9x8gf2tvdw0s3jn54khce6mua7l".
    private static let charsetValues: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in "qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8.enumerated() { table[Int(byte)] = Int8(value) }
        return table
    }()
}
