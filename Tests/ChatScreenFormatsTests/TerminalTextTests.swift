@testable import ChatScreen
import ChatScreenTestSupport
import Testing
@testable import ChatScreenFormats

/// The text views of `score --format text` and `explain --arc`: what a terminal is sent for a
/// message (never a control character), how wide it is, and where a long message is cut.
@Suite("Terminal text")
struct TerminalTextTests {
    /// (input, what it shows as).
    static let sanitizing: [(String, String)] = [
        ("plain", "plain"),
        ("a\u{1B}[2Jb", "a␛[2Jb"),                      // ESC: no cursor movement, no colour change
        ("one\ntwo\r\nthree\rfour", "one⏎two⏎three⏎four"),
        ("tab\there", "tab here"),
        ("del\u{7F}", "del␡"),
        ("nul\u{0}", "nul␀"),
        ("c1\u{85}\u{9B}", "c1\u{FFFD}\u{FFFD}"),            // NEL and CSI of C1
        ("bidi\u{202E}txet\u{202C}", "biditxet"),       // overrides dropped: the line cannot be reordered
        ("f\u{200B}acebook", "facebook"),               // zero-width space dropped
        ("line\u{2028}sep", "line⏎sep"),
    ]

    @Test("Control characters never reach the terminal", arguments: sanitizing)
    func sanitized(input: String, expected: String) {
        #expect(TerminalText.sanitized(input) == expected)
        #expect(!TerminalText.sanitized(input).unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    /// (text, columns).
    static let widths: [(String, Int)] = [
        ("abc", 3), ("日本", 4), ("e\u{301}", 1), ("😀", 2), ("❤\u{FE0F}", 2), ("한국어", 6), ("ｆｕｌｌ", 8), ("", 0),
        ("\u{1B}", 1), ("a\u{200D}b", 2),
    ]

    @Test("Columns: wide characters and emoji take 2, combining marks 0", arguments: widths)
    func columns(text: String, expected: Int) {
        #expect(TerminalText.columns(of: text) == expected)
    }

    @Test("Invalid UTF-8 shows as U+FFFD per maximal subpart")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("pay ".utf8) + [0xFF, 0xE2, 0x82] + Array(" now".utf8)
        let view = TerminalText.view(of: bytes, evidence: [ByteSpan(0, 3)], width: 40, style: .plain)
        #expect(view.text == "«pay» \u{FFFD}\u{FFFD} now")
        #expect(view.columns == 12)
    }

    @Test("A message that fits is shown whole, its evidence marked; pieces apart by a space join")
    func fits() {
        let text = Array("pay £500 or this is going over Facebook".utf8)
        let view = TerminalText.view(of: text, evidence: [ByteSpan(0, 3), ByteSpan(4, 9), ByteSpan(21, 40)], width: 80,
                                     style: .plain)
        #expect(view.text == "«pay £500» or this is «going over Facebook»")
        #expect(view.columns == TerminalText.columns(of: view.text))
        let coloured = TerminalText.view(of: text, evidence: [ByteSpan(0, 3)], width: 80, style: TerminalStyle(colour: true))
        #expect(coloured.text == "\u{1B}[1;31mpay\u{1B}[0m £500 or this is going over Facebook")
        #expect(coloured.columns == 39)
    }

    @Test("A long message is cut around its first evidence, each cut marked")
    func cut() {
        let text = Array("so anyway, I have your video. pay £500 or everyone sees it tonight".utf8)
        let view = TerminalText.view(of: text, evidence: [ByteSpan(30, 39)], width: 30, style: .plain)
        #expect(view.text == "…video. «pay £500» or everyon…")
        #expect(view.columns == 30)
        // Evidence at the end: the spare columns go to the text before it.
        let end = TerminalText.view(of: text, evidence: [ByteSpan(60, 68)], width: 30, style: .plain)
        #expect(end.text == "…or everyone sees it «tonight»")
    }

    @Test("A message of megabytes is read only around its evidence")
    func huge() {
        var text = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        let evidence = Array("pay now".utf8)
        text.replaceSubrange((2 << 20)..<((2 << 20) + evidence.count), with: evidence)
        let clock = ContinuousClock()
        var view = (text: "", columns: 0)
        let elapsed = clock.measure {
            view = TerminalText.view(of: text, evidence: [ByteSpan(2 << 20, (2 << 20) + evidence.count)], width: 60, style: .plain)
        }
        #expect(view.text.contains("«pay now»"))
        #expect(view.text.hasPrefix("…") && view.text.hasSuffix("…"))
        #expect(view.columns == 60)
        #expect(elapsed < .seconds(1), "the view must not decode the whole message: \(elapsed)")
    }

    @Test("fitted cuts with an ellipsis; padded pads by columns")
    func fittedAndPadded() {
        #expect(TerminalText.fitted("conversation-with-a-long-name", width: 10) == "conversat…")
        #expect(TerminalText.fitted("short", width: 10) == "short")
        #expect(TerminalText.fitted("日本語です", width: 5) == "日本…")
        #expect(TerminalText.padded("日本", to: 6) == "日本  ")
    }

    /// Random messages of every kind of character, random evidence and widths: the view is never
    /// wider than asked, says its own width, holds no control character, and shows the start of
    /// the first evidence whenever there is room for it.
    @Test("Random messages: the view fits, and shows the first evidence", arguments: [UInt64(1), 2, 3, 0xC0FFEE])
    func randomViews(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let pieces: [String] = ["a", "b", " ", "pay", "日", "😀", "e\u{301}", "\n", "\u{1B}", "\u{202E}", "\u{200B}", "❤\u{FE0F}",
                                "é", "한", "\t", "\u{7F}"]
        for round in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 120) { bytes += Array(pieces[Int(rng.next() % UInt64(pieces.count))].utf8) }
            if rng.next() % 5 == 0 { bytes.append(0xFF) }
            var spans: [ByteSpan] = []
            for _ in 0..<Int(rng.next() % 4) where !bytes.isEmpty {
                let start = Int(rng.next() % UInt64(bytes.count)), end = min(bytes.count, start + 1 + Int(rng.next() % 12))
                spans.append(ByteSpan(start, end))
            }
            let width = 1 + Int(rng.next() % 70)
            for colour in [false, true] {
                let view = TerminalText.view(of: bytes, evidence: spans, width: width, style: TerminalStyle(colour: colour))
                let visible = TerminalText.stripped(view.text)
                let context = "seed \(seed), round \(round), width \(width), colour \(colour): \(bytes)"
                #expect(view.columns <= width, "\(context)")
                #expect(TerminalText.columns(of: visible) == view.columns, "\(context)")
                #expect(!visible.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }, "\(context)")
                if !colour && !spans.isEmpty && width >= 20 && TerminalText.columns(of: String(decoding: bytes, as: UTF8.self)) > 0 {
                    let first = TerminalText.units(bytes).first { unit in
                        unit.columns > 0 && spans.contains { $0.start < unit.end && unit.start < $0.end }
                    }
                    if let first { #expect(visible.contains("«" + first.text), "\(context)") }
                }
            }
        }
    }
}

/// The lines of `score --format text`, formatted directly.
@Suite("Verdict text format")
struct VerdictTextFormatTests {
    static func verdict(level: Level, categories: [Category], spans: [ByteSpan]) -> Verdict {
        let hits = categories.map {
            RuleHit(ruleIndex: 0, rule: "RULE_" + $0.rawValue.uppercased(), category: $0, weight: 1, spans: spans, folds: [])
        }
        return Verdict(score: 0.9, level: level, categories: categories, hits: hits, flags: [], raw: 2)
    }

    @Test("A flagged message: line, level, conversation level, categories, the view; nothing below --min-level")
    func line() {
        let message = InputMessage(line: 14, text: Array("pay £500 or this is going over Facebook".utf8))
        let format = VerdictTextFormat(minLevel: .medium, includeFile: false, width: 120, style: .plain)
        var out: [UInt8] = []
        let update = ConversationVerdict(score: 0.95, level: .critical, stage: .extortion, composites: [], stageChange: nil)
        format.message(message, verdict: Self.verdict(level: .high, categories: [.paymentDemand, .publishThreat],
                                                      spans: [ByteSpan(0, 9)]),
                       conversation: update, file: "-", into: &out)
        #expect(String(decoding: out, as: UTF8.self)
            == "14: high (conversation critical)  payment_demand, publish_threat  «pay £500» or this is going over Facebook\n")
        out.removeAll()
        format.message(message, verdict: Self.verdict(level: .low, categories: [.deadline], spans: [ByteSpan(0, 3)]),
                       conversation: nil, file: "-", into: &out)
        #expect(out.isEmpty)
    }

    @Test("Several files name the file; error and skipped records are short; redact shows rule names, no text")
    func records() {
        var format = VerdictTextFormat(minLevel: .medium, includeFile: true, width: 60, style: .plain)
        var out: [UInt8] = []
        format.error(line: 7, reason: "invalid JSON at column 3: expected a value", file: "a.jsonl", into: &out)
        format.skipped(InputMessage(line: 9, text: []), reason: "media", file: "chat.txt", into: &out)
        format.redact = true
        format.message(InputMessage(line: 3, text: Array("SECRET pay now".utf8)),
                       verdict: Self.verdict(level: .medium, categories: [.paymentDemand], spans: [ByteSpan(7, 14)]),
                       conversation: nil, file: "a.jsonl", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == """
            a.jsonl:7: error  invalid JSON at column 3: expected a value
            chat.txt:9: skipped  media
            a.jsonl:3: medium  payment_demand  RULE_PAYMENT_DEMAND

            """)
        format.flaggedOnly = true
        out.removeAll()
        format.skipped(InputMessage(line: 9, text: []), reason: "media", file: "chat.txt", into: &out)
        #expect(out.isEmpty, "--flagged-only leaves skipped records out, as in JSONL")
    }

    @Test("Narrow terminals: the categories, then the conversation level give way; no line is wider", arguments: [8, 16, 24, 40, 64])
    func narrow(width: Int) {
        let format = VerdictTextFormat(minLevel: .medium, includeFile: true, width: width, style: TerminalStyle(colour: true))
        var out: [UInt8] = []
        let update = ConversationVerdict(score: 0.95, level: .critical, stage: .extortion, composites: [], stageChange: nil)
        format.message(InputMessage(line: 123_456, text: Array("you have 24 hours to pay me".utf8)),
                       verdict: Self.verdict(level: .medium, categories: [.deadline, .paymentDemand], spans: [ByteSpan(0, 17)]),
                       conversation: update, file: "a-rather-long-file-name.jsonl", into: &out)
        format.error(line: 9, reason: "invalid JSON at column 3: expected a value after the colon", file: "x.jsonl", into: &out)
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            #expect(TerminalText.columns(of: TerminalText.stripped(String(line))) <= width, "\(line)")
        }
    }
}
