import Foundation
import Testing
@testable import ChatScreenFormats

/// Compares the parser with Foundation's `JSONSerialization` on generated tricky lines.
///
/// The generator stays inside the part of JSON where both must agree: no duplicate keys, no
/// lone surrogates (Foundation rejects them; we decode U+FFFD), no invalid UTF-8, no U+FEFF
/// (Foundation drops it even inside strings), shallow nesting, modest numbers. Foundation also
/// accepts a trailing comma (`{"a":1,}`), which RFC 8259 forbids; such lines are expected invalid. About a third of the
/// lines are mutated (ASCII bytes inserted, deleted or truncated on character boundaries) so
/// invalid lines are compared too. Set CHATSCREEN_TEST_SEED to replay a failure.
@Suite struct JSONDifferentialTests {
    struct Generator {
        var rng: SeededGenerator

        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

        mutating func whitespace() -> String {
            guard chance(30) else { return "" }
            return String((0..<int(1...3)).map { _ in [" ", "\t", "\r"][int(0...2)] })
        }

        mutating func hex4(_ value: Int) -> String {
            let digits = chance(50) ? "0123456789abcdef" : "0123456789ABCDEF"
            let chars = Array(digits)
            return String((0..<4).reversed().map { chars[(value >> ($0 * 4)) & 0xF] })
        }

        /// A random non-surrogate scalar, weighted towards interesting ranges.
        mutating func scalar() -> Unicode.Scalar {
            while true {
                let value: Int
                switch int(0...5) {
                case 0: value = int(0x20...0x7E)
                case 1: value = int(0x80...0x7FF)
                case 2: value = int(0x800...0xFFFF)
                case 3: value = int(0x10000...0x10FFFF)
                case 4: value = [0x2028, 0x2029, 0x1F600, 0x0301, 0xE9, 0xFFFE, 0x10FFFF][int(0...6)]
                default: value = int(0...0x1F)
                }
                if let scalar = Unicode.Scalar(value) { return scalar }
            }
        }

        /// The JSON source of a string's contents (without quotes).
        mutating func stringBody() -> String {
            var out = ""
            for _ in 0..<int(0...12) {
                let scalar = scalar()
                switch int(0...9) {
                case 0...3:
                    // Raw, unless it must be escaped.
                    if scalar.value < 0x20 || scalar == "\"" || scalar == "\\" {
                        out += "\\u" + hex4(Int(scalar.value))
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                case 4...5:
                    if scalar.value > 0xFFFF {
                        let v = Int(scalar.value) - 0x10000
                        out += "\\u" + hex4(0xD800 + (v >> 10)) + "\\u" + hex4(0xDC00 + (v & 0x3FF))
                    } else {
                        out += "\\u" + hex4(Int(scalar.value))
                    }
                default:
                    out += ["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0000", "a", "\\u005C"][int(0...10)]
                }
            }
            return out
        }

        mutating func number() -> String {
            var out = chance(30) ? "-" : ""
            out += chance(20) ? "0" : String(int(1...99999))
            if chance(30) { out += "." + String(int(0...999)) }
            if chance(20) { out += ["e", "E"][int(0...1)] + ["", "+", "-"][int(0...2)] + String(int(0...20)) }
            return out
        }

        mutating func value(depth: Int) -> String {
            switch int(0...(depth > 4 ? 4 : 6)) {
            case 0: return "\"" + stringBody() + "\""
            case 1: return number()
            case 2: return ["true", "false", "null"][int(0...2)]
            case 3: return "\"" + stringBody() + "\""
            case 4: return number()
            case 5:
                let items = (0..<int(0...3)).map { _ in whitespace() + value(depth: depth + 1) + whitespace() }
                return "[" + items.joined(separator: ",") + "]"
            default:
                let members = (0..<int(0...3)).enumerated().map { index, _ in
                    whitespace() + "\"k\(index)\"" + whitespace() + ":" + whitespace() + value(depth: depth + 1)
                }
                return "{" + members.joined(separator: ",") + "}"
            }
        }

        /// A top-level object, usually with a text member, plus other members in random order.
        mutating func line() -> String {
            var members: [String] = []
            for index in 0..<int(0...4) {
                members.append("\"f\(index)\"" + whitespace() + ":" + whitespace() + value(depth: 2))
            }
            if chance(90) {
                let text = chance(85) ? "\"" + stringBody() + "\"" : value(depth: 2)
                let key = chance(10) ? "\"t\\u0065xt\"" : "\"text\""
                members.insert(key + whitespace() + ":" + whitespace() + text, at: int(0...members.count))
            }
            return whitespace() + "{" + whitespace() + members.joined(separator: whitespace() + "," + whitespace()) + whitespace() + "}" + whitespace()
        }

        /// An ASCII-level mutation that never splits a UTF-8 sequence.
        mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var bytes = bytes
            let boundaries = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
            let at = boundaries[int(0...(boundaries.count - 1))]
            switch int(0...2) {
            case 0:
                let insert = Array("\",:{}[]\\u0x1e.-+ ntf\t".utf8) + [0x01, 0x1F]
                bytes.insert(insert[int(0...(insert.count - 1))], at: at)
            case 1:
                if at < bytes.count && bytes[at] < 0x80 { bytes.remove(at: at) }
            default:
                bytes.removeSubrange(at...)
            }
            return bytes
        }
    }

    enum Outcome: Equatable {
        case invalid
        case text([UInt8])
        case noTextString
    }

    /// Whether a string in `line` has a `\uXXXX` surrogate escape that is not part of a pair.
    static func hasLoneSurrogateEscape(_ line: [UInt8]) -> Bool {
        func unit(at i: Int) -> Int? {
            guard i + 5 < line.count, line[i] == UInt8(ascii: "\\"), line[i + 1] == UInt8(ascii: "u"),
                  let value = Int(String(decoding: line[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16) else { return nil }
            return value
        }
        var inString = false
        var i = 0
        var expectLow = false
        while i < line.count {
            let byte = line[i]
            if !inString {
                if byte == UInt8(ascii: "\"") { inString = true }
                i += 1
                continue
            }
            if let value = unit(at: i) {
                if expectLow {
                    guard (0xDC00...0xDFFF).contains(value) else { return true }
                    expectLow = false
                } else if (0xD800...0xDBFF).contains(value) {
                    expectLow = true
                } else if (0xDC00...0xDFFF).contains(value) {
                    return true
                }
                i += 6
                continue
            }
            if expectLow { return true }
            if byte == UInt8(ascii: "\\") {
                i += 2
            } else {
                if byte == UInt8(ascii: "\"") { inString = false }
                i += 1
            }
        }
        return expectLow
    }

    /// Whether `line` has a `,` directly (modulo whitespace) before `}` or `]`, outside strings.
    static func hasTrailingComma(_ line: [UInt8]) -> Bool {
        var inString = false
        var pendingComma = false
        var i = 0
        while i < line.count {
            let byte = line[i]
            if inString {
                if byte == UInt8(ascii: "\\") { i += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true; pendingComma = false
                case UInt8(ascii: ","): pendingComma = true
                case UInt8(ascii: "}"), UInt8(ascii: "]"): if pendingComma { return true }
                case 0x20, 0x09, 0x0D: break
                default: pendingComma = false
                }
            }
            i += 1
        }
        return false
    }

    static func foundationOutcome(_ line: [UInt8]) -> Outcome {
        if hasTrailingComma(line) { return .invalid }   // Foundation is lenient here; RFC 8259 is not
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else { return .invalid }
        guard let dictionary = object as? [String: Any] else { return .invalid }
        guard let text = dictionary["text"] as? String else { return .noTextString }
        return .text(Array(text.utf8))
    }

    static func ourOutcome(_ line: [UInt8]) throws -> Outcome {
        let records = try readRecords(line, format: .jsonl)
        if records.isEmpty { return .invalid }   // a mutation made the line blank
        switch records[0] {
        case .message(let message): return .text(message.text)
        case .error(_, let reason): return reason.hasPrefix("invalid JSON") ? .invalid : .noTextString
        case .skipped: return .noTextString   // never produced for JSONL (only chat exports skip lines)
        }
    }

    @Test func agreesWithJSONSerialization() throws {
        let seed = testSeed(default: 0xC4A7_5C4E_E400_0001)
        var generator = Generator(rng: SeededGenerator(seed: seed))
        var compared = (valid: 0, invalid: 0)
        // One file of many lines: fast, and exercises line splitting too.
        var lines: [[UInt8]] = []
        for _ in 0..<600 {
            var bytes = Array(generator.line().utf8)
            if generator.chance(35) { bytes = generator.mutate(bytes) }
            if bytes.contains(0x0A) || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if Self.hasLoneSurrogateEscape(bytes) { continue }   // a mutation split a pair
            lines.append(bytes)
        }
        let joined: [UInt8] = lines.flatMap { line -> [UInt8] in line + [0x0A] }
        let records = try readRecords(joined, format: .jsonl)
        #expect(records.count == lines.count, "seed \(seed)")
        for (index, (line, record)) in zip(lines, records).enumerated() {
            let expected = Self.foundationOutcome(line)
            let actual: Outcome
            switch record {
            case .message(let message): actual = .text(message.text)
            case .error(_, let reason): actual = reason.hasPrefix("invalid JSON") ? .invalid : .noTextString
            case .skipped: actual = .noTextString   // never produced for JSONL
            }
            #expect(record.line == index + 1, "seed \(seed)")
            #expect(actual == expected, "seed \(seed), line \(index + 1): \(String(decoding: line, as: UTF8.self).debugDescription) — ours: \(record.reason ?? "message")")
            if expected == .invalid { compared.invalid += 1 } else { compared.valid += 1 }
        }
        // The generator must produce both kinds, or the comparison proves little.
        #expect(compared.valid > 200 && compared.invalid > 50, "seed \(seed): \(compared)")
    }
}
