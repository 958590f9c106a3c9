import Foundation
import Testing
@testable import ChatScreenFormats

/// Output formatting of `JSONWriter`, checked byte for byte and through `JSONSerialization`.
@Suite struct JSONWriterTests {
    static func text(_ build: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 16)
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func commasAndNesting() {
        let out = Self.text { json in
            json.beginObject()
            json.key("line"); json.int(3)
            json.key("flags"); json.beginArray(); json.bool(true); json.bool(false); json.null(); json.endArray()
            json.key("empty"); json.beginObject(); json.endObject()
            json.key("nested"); json.beginArray()
            json.beginObject(); json.key("a"); json.int(1); json.endObject()
            json.beginObject(); json.key("b"); json.beginArray(); json.endArray(); json.key("c"); json.string("d"); json.endObject()
            json.endArray()
            json.key(named: "dynamic \"key\""); json.string("v")
            json.endObject()
            json.newline()
        }
        #expect(out == #"{"line":3,"flags":[true,false,null],"empty":{},"nested":[{"a":1},{"b":[],"c":"d"}],"dynamic \"key\"":"v"}"# + "\n")
    }

    @Test func resetStartsAFreshLine() {
        var json = JSONWriter()
        json.beginObject(); json.key("a"); json.int(1)   // left open on purpose
        json.reset()
        json.beginObject(); json.key("b"); json.int(2); json.endObject(); json.newline()
        json.beginObject(); json.key("c"); json.int(3); json.endObject(); json.newline()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "{\"b\":2}\n{\"c\":3}\n")
    }

    @Test func integers() {
        for (value, expected) in [(0, "0"), (-1, "-1"), (42, "42"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808")] {
            #expect(Self.text { $0.int(value) } == expected)
        }
    }

    @Test func doubles() {
        let cases: [(Double, Int, String)] = [
            (0.811, 3, "0.811"), (0.81149, 3, "0.811"), (0.8115, 4, "0.8115"), (2.5, 3, "2.5"), (2.0, 3, "2"),
            (0, 3, "0"), (-0.0, 3, "0"), (-0.0001, 3, "0"), (-2.25, 1, "-2.3"), (2.25, 1, "2.3"), (1.5, 0, "2"),
            (123.456, 2, "123.46"), (0.05, 2, "0.05"), (0.005, 2, "0.01"), (0.999, 2, "1"), (-7.125, 2, "-7.13"),
            (1e-9, 3, "0"), (1.0 / 3.0, 6, "0.333333"), (12345.678, -1, "12346"), (0.1, 30, "0.1"),
            (1e20, 2, "100000000000000000000"), (-1e20, 2, "-100000000000000000000"),
            (0x1p53 + 2, 3, "9007199254740994"),
            (.nan, 3, "null"), (.infinity, 3, "null"), (-.infinity, 3, "null"),
        ]
        for (value, decimals, expected) in cases {
            #expect(Self.text { $0.double(value, decimals: decimals) } == expected, "\(value) with \(decimals) decimals")
        }
        // Exact digits for huge values, never an exponent.
        for value in [1e300, Double.greatestFiniteMagnitude, 123456789012345678901234567890.0, 0x1p63, 0x1p64] {
            let out = Self.text { $0.double(value, decimals: 3) }
            #expect(out == String(format: "%.0f", value))
            #expect(!out.contains("e"))
        }
    }

    /// Random values: the shape is always plain JSON decimal, and the value is within half a
    /// unit of the last requested place (plus floating-point slack).
    @Test func doublesRandomized() throws {
        let seed = testSeed(default: 0xD0B1_E000_0000_0004)
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<5000 {
            let exponent = Double(Int.random(in: -8...17, using: &rng))
            let value = Double.random(in: -1...1, using: &rng) * pow(10, exponent)
            let decimals = Int.random(in: 0...8, using: &rng)
            let out = Self.text { $0.double(value, decimals: decimals) }
            let shape = try #require(try? Regex("^-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?$"))
            #expect(out.wholeMatch(of: shape) != nil, "seed \(seed): \(value) \(decimals) -> \(out)")
            #expect(out != "-0")
            let parsed = try #require(Double(out), "seed \(seed): \(out)")
            let places = (0...decimals).last { value.magnitude * pow(10, Double($0)) < 0x1p53 } ?? 0
            let tolerance = 0.5 * pow(10, -Double(places)) + value.magnitude.ulp * 4
            #expect((parsed - value).magnitude <= tolerance, "seed \(seed): \(value) \(decimals) -> \(out)")
            // And it agrees with printf except on (near-)ties, which printf rounds to even.
            let printf = String(format: "%.\(places)f", value)
            let fraction = (value.magnitude * pow(10, Double(places))).truncatingRemainder(dividingBy: 1)
            if (fraction - 0.5).magnitude > 1e-6, let reference = Double(printf) {
                #expect(parsed == reference || (parsed == 0 && reference == 0), "seed \(seed): \(value) \(decimals) -> \(out) vs \(printf)")
            }
        }
    }

    @Test func escapesExactly() {
        let cases: [(String, String)] = [
            ("plain", #""plain""#),
            ("q\"b\\s/", #""q\"b\\s/""#),
            ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
            ("\u{0}\u{1}\u{1F}\u{7F}", "\"\\u0000\\u0001\\u001f\u{7F}\""),
            ("\u{2028}x\u{2029}", #""\u2028x\u2029""#),
            ("café 😀 \u{2027}\u{202A}", "\"café 😀 \u{2027}\u{202A}\""),
        ]
        for (input, expected) in cases {
            #expect(Self.text { $0.string(input) } == expected, "input \(input.debugDescription)")
            #expect(Self.text { $0.string(utf8: Array(input.utf8)) } == expected, "input \(input.debugDescription)")
        }
        #expect(Self.text { $0.key("a\"b"); $0.int(1) } == #""a\"b":1"#)
    }

    @Test func invalidUTF8IsReplaced() {
        let samples: [[UInt8]] = [
            [0xFF], [0x61, 0xC3], [0xE2, 0x82, 0x61], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xC0, 0xAF, 0x22], [0xE2, 0x80], [0xE2, 0x80, 0xA8, 0xE2, 0x80],
        ]
        for sample in samples {
            var json = JSONWriter()
            json.string(utf8: sample)
            let repaired = String(decoding: sample, as: UTF8.self)
            #expect(String(validating: json.bytes, as: UTF8.self) != nil, "sample \(sample)")
            let parsed = try? JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed) as? String
            #expect(parsed.map { Array($0.utf8) } == Array(repaired.utf8), "sample \(sample)")
        }
    }

    /// Every scalar class through the writer and back through Foundation gives the same string.
    @Test func roundTripsThroughJSONSerialization() throws {
        var rng = SeededGenerator(seed: testSeed(default: 0x57A7_E000_0000_0002))
        var strings: [String] = [
            String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
            "\"\\/\u{7F}\u{80}\u{2028}\u{2029}\u{FFFD}\u{10FFFF}",
            "",
        ]
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int.random(in: 0...20, using: &rng) {
                let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF, 0x2020...0x202F]
                let range = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)), scalar.value != 0xFEFF {
                    s.unicodeScalars.append(scalar)
                }
            }
            strings.append(s)
        }
        var json = JSONWriter()
        json.beginObject()
        json.key("items")
        json.beginArray()
        for s in strings { json.string(s) }
        json.endArray()
        json.key("n"); json.double(-0.5, decimals: 2)
        json.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        let items = try #require(object?["items"] as? [String])
        #expect(items.count == strings.count)
        for (decoded, original) in zip(items, strings) {
            #expect(Array(decoded.utf8) == Array(original.utf8), "original \(original.debugDescription)")
        }
        #expect((object?["n"] as? NSNumber)?.doubleValue == -0.5)
        // The output never holds raw control characters, U+2028 or U+2029.
        #expect(!json.bytes.contains { $0 < 0x20 })
        #expect(!String(decoding: json.bytes, as: UTF8.self).unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
    }
}
