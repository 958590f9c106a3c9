import Foundation
import Testing
@testable import ChatScreenFormats

@Suite("Timestamps")
struct TimestampTests {
    static let cases: [(String, Int64?)] = [
        ("1970-01-01T00:00:00Z", 0),
        ("2026-03-14T21:05:00Z", 1_773_522_300),
        ("2026-03-14 21:05:00", 1_773_522_300),
        ("2026-03-14T22:05:00.250+01:00", 1_773_522_300),
        ("2026-03-14T16:05-0500", 1_773_522_300),
        ("2024-02-29T12:00:00Z", 1_709_208_000),
        ("2026-03-14", 1_773_446_400),
        ("1773522300", 1_773_522_300),
        ("1773522300123", 1_773_522_300),
        ("yesterday", nil),
        ("2026-13-01T00:00:00Z", nil),
        ("2026-03-14T25:00:00Z", nil),
        ("2026-03-14T21:05:00Zjunk", nil),
        ("", nil),
    ]

    @Test("ISO 8601 and epoch forms", arguments: cases)
    func parse(text: String, expected: Int64?) {
        #expect(Timestamp.epochSeconds(text) == expected)
    }

    @Test("Agrees with Foundation's ISO 8601 parser on random instants")
    func differential() {
        var state: UInt64 = 0x5EED
        let formatter = ISO8601DateFormatter()
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let seconds = Int64(state >> 33) % 4_102_444_800   // 1970...2100
            let text = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(Timestamp.epochSeconds(text) == seconds, "\(text)")
        }
    }

    @Test("The JSONL reader extracts the timestamp field, string or number")
    func jsonl() throws {
        var parser = JSONLineParser(fields: FieldNames())
        let line = Array(#"{"text": "hi", "timestamp": "2026-03-14T21:05:00Z"}"#.utf8)
        guard case .message(let message) = line.withUnsafeBufferPointer({ parser.parse($0, lineNumber: 1) }) else {
            Issue.record("expected a message"); return
        }
        #expect(message.timestamp == "2026-03-14T21:05:00Z")
        let numeric = Array(#"{"text": "hi", "ts": 1773522300}"#.utf8)
        var custom = JSONLineParser(fields: FieldNames(timestamp: "ts"))
        guard case .message(let second) = numeric.withUnsafeBufferPointer({ custom.parse($0, lineNumber: 1) }) else {
            Issue.record("expected a message"); return
        }
        #expect(second.timestamp == "1773522300")
    }
}
