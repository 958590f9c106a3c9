import Testing
@testable import ChatScreenFormats

/// Error reasons must never contain message text: they go to logs and verdict files.
@Suite struct PrivacyTests {
    static let secret = "SECRETpayload-send-me-money"

    /// Every way a record can be malformed, with the secret placed where the text would be.
    static let jsonlLines: [String] = [
        #"{"text":"SECRET" "id":1}"#,
        #"{"text":"SECRET"#,
        #"{"text":"SECRET\x"}"#,
        #"{"text":"SECRET\u12"}"#,
        "{\"text\":\"SECRET\u{1}\"}",
        #"{"text":"SECRET"} trailing SECRET"#,
        #"{"text":"SECRET",}"#,
        #"{"text":["SECRET"]}"#,
        #"{"text":{"SECRET":"SECRET"}}"#,
        #"{"SECRET":"SECRET"}"#,
        #"{"text":"x","id":{"SECRET":1}}"#,
        #"{"text":"x","id":true,"SECRET":"SECRET"}"#,
        #"{SECRET}"#,
        #"{"text":SECRET}"#,
        #"SECRET"#,
        #"["SECRET"]"#,
        #""SECRET""#,
        #"{"text":"SECRET","n":01}"#,
        #"{"text":"SECRET","a":["#,
    ]

    static let csvInputs: [String] = [
        "id,text\n1,\"SECRET\"SECRET\n",
        "id,text\n1,\"SECRET\n",
        "id,text\n1,SECRET,SECRET\n",
        "id,text\nSECRET\n",
        "id,body\n1,SECRET\n",
    ]

    static func reasons(_ input: String, _ format: InputFormat) throws -> [String] {
        let text = input.split(separator: "SECRET", omittingEmptySubsequences: false).joined(separator: secret)
        return try readRecords(text, format: format).compactMap(\.reason)
    }

    /// Whether `reason` holds the secret or any 6-byte piece of it.
    static func leaks(_ reason: String) -> Bool {
        let secret = Array(Self.secret.utf8)
        let reason = Array(reason.utf8)
        return (0...(secret.count - 6)).contains { start in
            let piece = secret[start..<(start + 6)]
            return reason.indices.contains { reason[$0...].starts(with: piece) }
        }
    }

    @Test(arguments: jsonlLines)
    func jsonlReasonsHoldNoMessageText(_ line: String) throws {
        let reasons = try Self.reasons(line, .jsonl)
        #expect(reasons.count == 1, "each line here is malformed")
        for reason in reasons { #expect(!Self.leaks(reason), "leaked: \(reason)") }
    }

    @Test(arguments: csvInputs)
    func csvReasonsHoldNoMessageText(_ input: String) throws {
        let reasons = try Self.reasons(input, .csv)
        #expect(reasons.count == 1, "each input here has one malformed record")
        for reason in reasons { #expect(!Self.leaks(reason), "leaked: \(reason)") }
    }

    @Test func theLeakDetectorWorks() {
        #expect(Self.leaks("oops: \(Self.secret.dropFirst(3).prefix(7))"))
        #expect(!Self.leaks("invalid JSON at column 3: expected a value"))
    }
}
