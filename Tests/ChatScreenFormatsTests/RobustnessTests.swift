import Testing
@testable import ChatScreenFormats

/// Arbitrary bytes must never crash any reader, and records must come out in input order.
@Suite struct RobustnessTests {
    @Test func arbitraryBytesNeverCrash() throws {
        let seed = testSeed(default: 0xF022_0000_0000_0003)
        var rng = SeededGenerator(seed: seed)
        // Bytes biased towards the characters that drive the parsers.
        let alphabet = Array("{}[]\",:\\u0123456789abcdefDEtrunl-+.eE \t\r\n\n\n".utf8) + [0x00, 0x1F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xEF, 0xBB, 0xF0, 0xF4, 0xFF]
        for round in 0..<200 {
            let count = Int.random(in: 0...400, using: &rng)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &rng) ? alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] : UInt8.random(in: 0...255, using: &rng)
            }
            let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            for format in InputFormat.allCases {
                let bufferSize = Int.random(in: 1...32, using: &rng)
                let records = try readRecords(bytes, format: format, bufferSize: bufferSize)
                let lines = records.map(\.line)
                #expect(lines == lines.sorted() && Set(lines).count == lines.count, "seed \(seed) round \(round) \(format)")
                #expect(lines.allSatisfy { $0 >= 1 && $0 <= lineCount }, "seed \(seed) round \(round) \(format)")
                // Whatever the buffer size, the records are the same.
                #expect(try readRecords(bytes, format: format, bufferSize: 1 << 16) == records, "seed \(seed) round \(round) \(format) buffer \(bufferSize)")
            }
        }
    }
}
