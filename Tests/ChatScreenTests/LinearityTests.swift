import Testing
@testable import ChatScreen

/// Matching time is linear in the input for every rule pack. A pack built to be pathological —
/// many overlapping phrases of one repeated word, long `near` windows, deep alternations and
/// nested conditions — must score a 1 MB message within a fixed multiple of a 1 KB message's
/// time per byte. (A backtracking engine would go quadratic or worse here.) The ratio is generous
/// because this is wall-clock time on a shared machine; the point is linear vs super-linear.
@Suite("Linear time", .serialized)
struct LinearityTests {
    static let pathological: String = {
        var rules = ""
        // Overlapping phrases "a", "a a", …, "a a … a" (12 words): every position starts 12 walks.
        let phrases = (1...12).map { n in "\"" + Array(repeating: "a", count: n).joined(separator: " ") + "\"" }
        rules += "rule PHRASES { category grooming weight 1 when any(\(phrases.joined(separator: ", "))) }\n"
        // Long near windows and nesting over the same occurrences.
        rules += "rule NEAR { category deadline weight 1 when \"a\" near(\"a a\", 200) near(\"a a a\", 200) }\n"
        rules += "rule THEN { category intimidation weight 1 when (\"a\" then(\"a a\", 100)) & not \"b\" & (\"a a a\" | \"a a a a\") }\n"
        // A deep alternation of many near-identical terms.
        let alternation = (0..<200).map { "\"a\(String($0))\"" }.joined(separator: ", ")
        rules += "rule DEEP { category platform_move weight 1 when any(\(alternation), \"a\") near(any(\(alternation), \"a a\"), 50) }\n"
        return rules
    }()

    static func secondsPerByte(_ scanner: MessageScanner, _ message: [UInt8], repeats: Int) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = clock.now
            let verdict = scanner.scan(bytes: message)
            precondition(!verdict.hits.isEmpty)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds / Double(message.count))
        }
        return best
    }

    @Test("A 1 MB message costs at most a fixed multiple of a 1 KB message's time per byte")
    func linear() throws {
        let rules = try compile(Self.pathological)
        let scanner = try MessageScanner(rules: rules)
        let small = Array(String(repeating: "a ", count: 512).utf8)          // 1 KiB
        let large = Array(String(repeating: "a ", count: 512 * 1024).utf8)   // 1 MiB
        _ = scanner.scan(bytes: small)                                        // warm up
        let perByteSmall = Self.secondsPerByte(scanner, small, repeats: 200)
        let perByteLarge = Self.secondsPerByte(scanner, large, repeats: 2)
        let ratio = perByteLarge / perByteSmall
        // Linear work gives a ratio near 1 (caches make it somewhat larger); quadratic work on a
        // 1024× longer input would give hundreds.
        #expect(ratio < 8, "time per byte: 1 KiB \(perByteSmall * 1e9) ns, 1 MiB \(perByteLarge * 1e9) ns, ratio \(ratio)")
    }

    /// Inputs shaped to push each recogniser and fold into long runs: dashed groups (gift-card
    /// codes), amount words, glued leet characters, capitalised names with commas, one-letter
    /// words (spaced letters), digits and dollars, tripled letters, elisions, Cyrillic letters.
    static let adversarialUnits = [
        "ab-", "a ", "one hundred ", "f@", "$a", "Tom, ", "x y ", "1,", "$1 ", "aaa ", "l'a ", "\u{0430}b ",
        "http://a.com/", "GB82 ", "snap: ", "@a ",
    ]

    @Test("Every recogniser stays linear on long adversarial runs", arguments: adversarialUnits)
    func adversarial(unit: String) throws {
        let scanner = try MessageScanner(rules: try compile("rule A { category grooming weight 1 when \"a\" | entity(money) | entity(name_list) }"))
        let small = Array(String(repeating: unit, count: max(1, 1024 / unit.utf8.count)).utf8)
        let large = Array(String(repeating: unit, count: max(1, 256 * 1024 / unit.utf8.count)).utf8)
        func perByte(_ message: [UInt8], repeats: Int) -> Double {
            let clock = ContinuousClock()
            var best = Double.infinity
            for _ in 0..<repeats {
                let start = clock.now
                _ = scanner.scan(bytes: message)
                let elapsed = clock.now - start
                best = min(best, (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) / Double(message.count))
            }
            return best
        }
        _ = scanner.scan(bytes: small)
        let ratio = perByte(large, repeats: 2) / perByte(small, repeats: 50)
        #expect(ratio < 8, "unit \(unit.debugDescription): time per byte grows \(ratio)× from 1 KiB to 256 KiB")
    }

    @Test("Occurrences and hits stay within the scan limits on the pathological pack")
    func bounded() throws {
        let scanner = try MessageScanner(rules: try compile(Self.pathological))
        let verdict = scanner.scan(String(repeating: "a ", count: 100_000))
        #expect(verdict.hits.count <= scanner.limits.hitsPerMessage)
        #expect(verdict.hits.allSatisfy { $0.spans.count <= scanner.limits.spansPerHit })
    }
}
