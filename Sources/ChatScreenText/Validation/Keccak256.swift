/// Keccak-256 as Ethereum and Monero use it: the original Keccak padding (0x01 … 0x80), not
/// the FIPS 202 SHA3-256 padding (0x06 … 0x80), rate 136 bytes, 24 rounds of Keccak-f[1600].
///
/// ```swift
/// Keccak256.hash([])
/// // c5d24601 86f7233c 927e7db2 dcc703c0 e500b653 ca82273b 7bfad804 5d85a470
/// ```
///
/// Why it is hand-written: the core engine imports no Foundation and no crypto package (this
/// module has no dependencies at all), and this runs only on the rare tokens shaped like an
/// address (the EIP-55 mixed-case check of an Ethereum address, the checksum of a Monero
/// address), so a small, tested, unoptimised implementation is all it needs. It is checked
/// against published vectors in `ValidationTests`. Not constant-time; never use it for secrets.
enum Keccak256 {
    /// The 32-byte digest of `message`.
    static func hash(_ message: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let rate = 136
        var state = [UInt64](repeating: 0, count: 25)
        var offset = 0
        while message.count - offset >= rate {
            for lane in 0..<(rate / 8) {
                state[lane] ^= loadLittleEndian(message, at: offset + 8 * lane)
            }
            permute(&state)
            offset += rate
        }
        // Last (partial) block, padded: the tail, 0x01, zeros, and 0x80 in the block's last byte.
        var block = [UInt8](repeating: 0, count: rate)
        let tailCount = message.count - offset
        for i in 0..<tailCount { block[i] = message[offset + i] }
        block[tailCount] ^= 0x01
        block[rate - 1] ^= 0x80
        block.withUnsafeBufferPointer { padded in
            for lane in 0..<(rate / 8) { state[lane] ^= loadLittleEndian(padded, at: 8 * lane) }
        }
        permute(&state)
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for lane in 0..<4 {
            for byte in 0..<8 { digest.append(UInt8(truncatingIfNeeded: state[lane] >> (8 * UInt64(byte)))) }
        }
        return digest
    }

    /// The 32-byte digest of `message`.
    static func hash(_ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBufferPointer { hash($0) }
    }

    /// Eight bytes starting at `index` (which the callers keep in bounds), little-endian.
    @inline(__always)
    private static func loadLittleEndian(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[index + i]) << (8 * UInt64(i)) }
        return value
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: Int) -> UInt64 { (x << UInt64(n)) | (x >> UInt64(64 - n)) }

    /// Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι over the 5×5 lanes (index x + 5y).
    private static func permute(_ a: inout [UInt64]) {
        var c = [UInt64](repeating: 0, count: 5)
        for round in 0..<24 {
            // θ
            for x in 0..<5 { c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] }
            for x in 0..<5 {
                let d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1)
                for y in stride(from: 0, to: 25, by: 5) { a[y + x] ^= d }
            }
            // ρ and π, walking the single cycle of π from lane 1
            var carried = a[1]
            for i in 0..<24 {
                let target = piLanes[i]
                let displaced = a[target]
                a[target] = rotl(carried, rhoOffsets[i])
                carried = displaced
            }
            // χ
            for y in stride(from: 0, to: 25, by: 5) {
                for x in 0..<5 { c[x] = a[y + x] }
                for x in 0..<5 { a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]) }
            }
            // ι
            a[0] ^= roundConstants[round]
        }
    }

    private static let rhoOffsets: [Int] = [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ]
    private static let piLanes: [Int] = [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ]
    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
}
