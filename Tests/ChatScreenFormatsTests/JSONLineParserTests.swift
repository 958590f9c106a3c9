import Testing
@testable import ChatScreenFormats

/// Table-driven tests of JSONL field extraction and strict validation.
@Suite struct JSONLineParserTests {
    struct TextCase: CustomTestStringConvertible, Sendable {
        var name: String
        var line: [UInt8]
        var text: [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ line: String, _ text: String) {
            self.init(name, Array(line.utf8), Array(text.utf8))
        }

        init(_ name: String, _ line: [UInt8], _ text: [UInt8]) {
            self.name = name
            self.line = line
            self.text = text
        }

        /// `{"text":"` + raw + `"}`
        init(_ name: String, inString raw: [UInt8], _ text: [UInt8]) {
            self.init(name, Array(#"{"text":""#.utf8) + raw + Array(#""}"#.utf8), text)
        }
    }

    static let textCases: [TextCase] = [
        TextCase("plain", #"{"text":"hi"}"#, "hi"),
        TextCase("empty string", #"{"text":""}"#, ""),
        TextCase("quote", #"{"text":"a\"b"}"#, "a\"b"),
        TextCase("backslash", #"{"text":"a\\b"}"#, "a\\b"),
        TextCase("solidus", #"{"text":"a\/b"}"#, "a/b"),
        TextCase("control escapes", #"{"text":"\b\f\n\r\t"}"#, "\u{8}\u{C}\n\r\t"),
        TextCase("unicode escape lower", #"{"text":"caf\u00e9"}"#, "café"),
        TextCase("unicode escape upper", #"{"text":"\u20AC"}"#, "€"),
        TextCase("NUL escape", #"{"text":"a\u0000b"}"#, "a\u{0}b"),
        TextCase("escaped U+2028", #"{"text":"\u2028"}"#, "\u{2028}"),
        TextCase("surrogate pair", #"{"text":"\uD83D\uDE00"}"#, "😀"),
        TextCase("surrogate pair lower", #"{"text":"x\ud83d\ude00y"}"#, "x😀y"),
        TextCase("max scalar", #"{"text":"\uDBFF\uDFFF"}"#, "\u{10FFFF}"),
        TextCase("lone high at end", #"{"text":"\uD83D"}"#, "\u{FFFD}"),
        TextCase("lone high then text", #"{"text":"\uD83Dx"}"#, "\u{FFFD}x"),
        TextCase("lone low", #"{"text":"\uDE00"}"#, "\u{FFFD}"),
        TextCase("high high low", #"{"text":"\uD83D\uD83D\uDE00"}"#, "\u{FFFD}😀"),
        TextCase("low then high", #"{"text":"\uDE00\uD83D"}"#, "\u{FFFD}\u{FFFD}"),
        TextCase("high then BMP escape", #"{"text":"\uD83D\u0041"}"#, "\u{FFFD}A"),
        TextCase("high then simple escape", #"{"text":"\uD83D\n"}"#, "\u{FFFD}\n"),
        TextCase("raw UTF-8", #"{"text":"żółć 😀 ∑"}"#, "żółć 😀 ∑"),
        TextCase("raw DEL is allowed", "{\"text\":\"a\u{7F}b\"}", "a\u{7F}b"),
        TextCase("whitespace everywhere", " \t{ \"text\" : \"x\" , \"id\" : 1 } \t\r", "x"),
        TextCase("escaped key", #"{"t\u0065xt":"x"}"#, "x"),
        TextCase("nested text ignored", #"{"meta":{"text":"inner"},"text":"outer"}"#, "outer"),
        TextCase("nested after", #"{"text":"outer","meta":[{"text":"inner"}]}"#, "outer"),
        TextCase("duplicate: last wins", #"{"text":"first","text":"second"}"#, "second"),
        TextCase("duplicate: string after number", #"{"text":5,"text":"s"}"#, "s"),
        TextCase("other values skipped", #"{"a":[1,-2.5e-3,true,false,null,{},[]],"b":{"c":"d"},"text":"x"}"#, "x"),
        // Invalid UTF-8 inside strings: one U+FFFD per maximal subpart.
        TextCase("invalid byte FF", inString: [0x61, 0xFF, 0x62], [0x61] + replacementCharacter + [0x62]),
        TextCase("truncated 2-byte", inString: [0xC3], replacementCharacter),
        TextCase("truncated 3-byte", inString: [0xE2, 0x82], replacementCharacter),
        TextCase("truncated 4-byte", inString: [0xF0, 0x9F, 0x98, 0x41], replacementCharacter + [0x41]),
        TextCase("overlong 2-byte", inString: [0xC0, 0xAF], replacementCharacter + replacementCharacter),
        TextCase("overlong 3-byte", inString: [0xE0, 0x80, 0xAF], Array(repeating: replacementCharacter, count: 3).flatMap { $0 }),
        TextCase("encoded surrogate", inString: [0xED, 0xA0, 0x80], Array(repeating: replacementCharacter, count: 3).flatMap { $0 }),
        TextCase("above U+10FFFF", inString: [0xF4, 0x90, 0x80, 0x80], Array(repeating: replacementCharacter, count: 4).flatMap { $0 }),
        TextCase("lone continuation", inString: [0x80, 0xBF], replacementCharacter + replacementCharacter),
        TextCase("valid then invalid", inString: [0xC3, 0xA9, 0xE9, 0x41], [0xC3, 0xA9] + replacementCharacter + [0x41]),
    ]

    @Test(arguments: textCases)
    func decodesText(_ testCase: TextCase) throws {
        let record = try jsonl(testCase.line)
        #expect(record?.message?.text == testCase.text, "reason: \(record?.reason ?? "-")")
        #expect(record?.message?.line == 1)
    }

    @Test func invalidUTF8MatchesStandardLibraryRepair() throws {
        // The standard library also replaces per maximal subpart; the parser must agree.
        let samples: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80], [0xE1, 0x80, 0xC3, 0xA9],
            [0xF1, 0x80, 0x80, 0xE1, 0x80, 0x41], [0x80, 0x80, 0xE2, 0x82, 0xAC],
        ]
        for sample in samples {
            let line = Array(#"{"text":""#.utf8) + sample + Array(#""}"#.utf8)
            let expected = Array(String(decoding: sample, as: UTF8.self).utf8)
            #expect(try jsonl(line)?.message?.text == expected, "sample \(sample)")
        }
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var line: [UInt8]
        var reason: String
        var testDescription: String { name }

        init(_ name: String, _ line: String, _ reason: String) {
            self.init(name, Array(line.utf8), reason)
        }

        init(_ name: String, _ line: [UInt8], _ reason: String) {
            self.name = name
            self.line = line
            self.reason = reason
        }
    }

    /// Each reason is matched exactly, so the column and the wording are both pinned.
    static let errorCases: [ErrorCase] = [
        ErrorCase("missing comma", #"{"text":"x" "id":1}"#,
                  "invalid JSON at column 13: expected ',' or '}' after an object member"),
        ErrorCase("unclosed object", #"{"text":"x""#,
                  "invalid JSON at column 12: expected ',' or '}' after an object member, found the end of the line"),
        ErrorCase("unterminated string", #"{"text":"abc"#,
                  "invalid JSON at column 9: unterminated string (no closing '\"' before the end of the line)"),
        ErrorCase("trailing comma", #"{"text":"x",}"#, "invalid JSON at column 13: expected a string key"),
        ErrorCase("missing colon", #"{"text" "x"}"#, "invalid JSON at column 9: expected ':' after an object key"),
        ErrorCase("unquoted key", #"{text:"x"}"#, "invalid JSON at column 2: expected a string key or '}'"),
        ErrorCase("single quotes", #"{'text':'x'}"#, "invalid JSON at column 2: expected a string key or '}'"),
        ErrorCase("missing value", #"{"text":}"#, "invalid JSON at column 9: expected a value"),
        ErrorCase("value at end", #"{"text":"#, "invalid JSON at column 9: expected a value, found the end of the line"),
        ErrorCase("array top level", #"["text"]"#,
                  "invalid JSON at column 1: expected '{': each line must be one JSON object, not an array"),
        ErrorCase("string top level", #""text""#, "invalid JSON at column 1: expected '{': each line must be one JSON object"),
        ErrorCase("plain text", "hello there", "invalid JSON at column 1: expected '{': each line must be one JSON object"),
        ErrorCase("trailing garbage", #"{"text":"x"} x"#,
                  "invalid JSON at column 14: unexpected data after the object; put one JSON object on each line"),
        ErrorCase("two objects", #"{"text":"x"}{"text":"y"}"#,
                  "invalid JSON at column 13: unexpected data after the object; put one JSON object on each line"),
        ErrorCase("extra brace", #"{"text":"x"}}"#,
                  "invalid JSON at column 13: unexpected data after the object; put one JSON object on each line"),
        ErrorCase("invalid escape x", #"{"text":"a\x"}"#,
                  #"invalid JSON at column 11: invalid escape sequence; the valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        ErrorCase("invalid escape quote", #"{"text":"a\'"}"#,
                  #"invalid JSON at column 11: invalid escape sequence; the valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        ErrorCase("capital U escape", #"{"text":"\U0041"}"#,
                  #"invalid JSON at column 10: invalid escape sequence; the valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        ErrorCase("short unicode escape", #"{"text":"\u12"}"#,
                  #"invalid JSON at column 10: invalid \u escape: expected four hexadecimal digits"#),
        ErrorCase("non-hex unicode escape", #"{"text":"\u12G4"}"#,
                  #"invalid JSON at column 10: invalid \u escape: expected four hexadecimal digits"#),
        ErrorCase("bad escape after high surrogate", #"{"text":"\uD83D\uZZZZ"}"#,
                  #"invalid JSON at column 16: invalid \u escape: expected four hexadecimal digits"#),
        ErrorCase("backslash at end", #"{"text":"\"#,
                  "invalid JSON at column 10: unterminated string (the line ends inside an escape sequence)"),
        ErrorCase("raw tab", "{\"text\":\"a\tb\"}", "invalid JSON at column 11: control character U+0009 must be escaped inside a string"),
        ErrorCase("raw NUL", [0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0x00, 0x22, 0x7D],
                  "invalid JSON at column 7: control character U+0000 must be escaped inside a string"),
        ErrorCase("raw control in key", "{\"te\u{1}xt\":\"x\"}", "invalid JSON at column 5: control character U+0001 must be escaped inside a string"),
        ErrorCase("raw control in nested", "{\"text\":\"x\",\"a\":[\"\u{1F}\"]}", "invalid JSON at column 19: control character U+001F must be escaped inside a string"),
        ErrorCase("leading zero", #"{"text":"x","n":01}"#, "invalid JSON at column 17: invalid number: leading zeros are not allowed"),
        ErrorCase("negative leading zero", #"{"text":"x","n":-01}"#, "invalid JSON at column 18: invalid number: leading zeros are not allowed"),
        ErrorCase("bare point", #"{"text":"x","n":1.}"#, "invalid JSON at column 19: invalid number: expected a digit after '.'"),
        ErrorCase("leading point", #"{"text":"x","n":.5}"#, "invalid JSON at column 17: expected a value"),
        ErrorCase("plus sign", #"{"text":"x","n":+1}"#, "invalid JSON at column 17: expected a value"),
        ErrorCase("lone minus", #"{"text":"x","n":-}"#, "invalid JSON at column 18: invalid number: expected a digit"),
        ErrorCase("empty exponent", #"{"text":"x","n":1e}"#, "invalid JSON at column 19: invalid number: expected a digit in the exponent"),
        ErrorCase("signed empty exponent", #"{"text":"x","n":1e+}"#, "invalid JSON at column 20: invalid number: expected a digit in the exponent"),
        ErrorCase("hex number", #"{"text":"x","n":0x10}"#, "invalid JSON at column 18: expected ',' or '}' after an object member"),
        ErrorCase("NaN", #"{"text":"x","n":NaN}"#, "invalid JSON at column 17: expected a value"),
        ErrorCase("bad literal", #"{"text":"x","n":tru}"#, "invalid JSON at column 17: invalid literal; expected true, false or null"),
        ErrorCase("capital literal", #"{"text":"x","n":True}"#, "invalid JSON at column 17: expected a value"),
        ErrorCase("nullx", #"{"text":"x","n":nullx}"#, "invalid JSON at column 21: expected ',' or '}' after an object member"),
        ErrorCase("array trailing comma", #"{"text":"x","a":[1,]}"#, "invalid JSON at column 20: expected a value"),
        ErrorCase("array missing comma", #"{"text":"x","a":[1 2]}"#, "invalid JSON at column 20: expected ',' or ']' after an array element"),
        ErrorCase("unclosed array", #"{"text":"x","a":[1"#, "invalid JSON at column 19: expected ',' or ']' after an array element, found the end of the line"),
        ErrorCase("open array at end", #"{"text":"x","a":["#, "invalid JSON at column 18: expected a value or ']', found the end of the line"),
        ErrorCase("missing text", #"{"body":"x"}"#, #"field "text" is missing; choose the text field with --text-field"#),
        ErrorCase("empty object", #"{}"#, #"field "text" is missing; choose the text field with --text-field"#),
        ErrorCase("only nested text", #"{"meta":{"text":"x"}}"#, #"field "text" is missing; choose the text field with --text-field"#),
        ErrorCase("null text", #"{"text":null}"#, #"field "text" must be a string, not null"#),
        ErrorCase("number text", #"{"text":42}"#, #"field "text" must be a string, not a number"#),
        ErrorCase("object text", #"{"text":{"a":"b"}}"#, #"field "text" must be a string, not an object"#),
        ErrorCase("array text", #"{"text":["x"]}"#, #"field "text" must be a string, not an array"#),
        ErrorCase("bool text", #"{"text":true}"#, #"field "text" must be a string, not a boolean"#),
        ErrorCase("duplicate: number after string", #"{"text":"x","text":5}"#, #"field "text" must be a string, not a number"#),
        ErrorCase("bool id", #"{"text":"x","id":true}"#, #"field "id" must be a string or a number, not a boolean"#),
        ErrorCase("object sender", #"{"text":"x","sender":{}}"#, #"field "sender" must be a string or a number, not an object"#),
        ErrorCase("array conversation", #"{"text":"x","conversation":[]}"#, #"field "conversation" must be a string or a number, not an array"#),
        ErrorCase("syntax beats fields", #"{"text":5,}"#, "invalid JSON at column 11: expected a string key"),
    ]

    @Test(arguments: errorCases)
    func rejects(_ testCase: ErrorCase) throws {
        let record = try jsonl(testCase.line)
        #expect(record == .error(line: 1, reason: testCase.reason))
    }

    @Test func numbersAndStringsAsIdentifiers() throws {
        let cases: [(String, String?, String?, String?)] = [
            (#"{"text":"x","id":42}"#, "42", nil, nil),
            (#"{"text":"x","id":-1.5e+3,"conversation":0,"sender":1E10}"#, "-1.5e+3", "0", "1E10"),
            (#"{"text":"x","id":-0.0}"#, "-0.0", nil, nil),
            (#"{"text":"x","id":"a\u0062c","conversation":"c-1","sender":"s\"q"}"#, "abc", "c-1", "s\"q"),
            (#"{"text":"x","id":12345678901234567890123}"#, "12345678901234567890123", nil, nil),
            (#"{"text":"x","id":null,"conversation":null,"sender":null}"#, nil, nil, nil),
            (#"{"text":"x"}"#, nil, nil, nil),
            (#"{"id":1,"id":null,"text":"x"}"#, nil, nil, nil),
            (#"{"id":null,"id":7,"text":"x"}"#, "7", nil, nil),
            (#"{"text":"x","meta":{"id":9}}"#, nil, nil, nil),
        ]
        for (line, id, conversation, sender) in cases {
            let message = try jsonl(line)?.message
            #expect(message != nil, "line \(line)")
            #expect(message?.id == id, "line \(line)")
            #expect(message?.conversation == conversation, "line \(line)")
            #expect(message?.sender == sender, "line \(line)")
        }
    }

    @Test func customFieldNames() throws {
        let fields = FieldNames(text: "body", id: "msg", conversation: "thread", sender: "from")
        let message = try jsonl(#"{"text":"no","body":"yes","msg":3,"thread":"t","from":"f"}"#, fields: fields)?.message
        #expect(message == InputMessage(line: 1, text: Array("yes".utf8), id: "3", conversation: "t", sender: "f"))
        let missing = try jsonl(#"{"text":"x"}"#, fields: fields)
        #expect(missing?.reason == #"field "body" is missing; choose the text field with --text-field"#)
        // One key may serve several roles.
        let shared = try jsonl(#"{"k":"v"}"#, fields: FieldNames(text: "k", id: "k"))?.message
        #expect(shared?.text == Array("v".utf8))
        #expect(shared?.id == "v")
    }

    @Test func nestingDepthLimit() throws {
        // The top-level object is depth 1, so 255 arrays inside it reach depth 256: accepted.
        func line(arrays: Int) -> String {
            #"{"text":"x","a":"# + String(repeating: "[", count: arrays) + String(repeating: "]", count: arrays) + "}"
        }
        #expect(try jsonl(line(arrays: 255))?.message?.text == Array("x".utf8))
        #expect(try jsonl(line(arrays: 256))?.reason == "invalid JSON at column \(16 + 256): nesting is deeper than 256 levels")
        let objects = #"{"text":"x","a":"# + String(repeating: #"{"b":"#, count: 255) + "1" + String(repeating: "}", count: 256)
        #expect(try jsonl(objects)?.message != nil)
        let tooDeep = #"{"text":"x","a":"# + String(repeating: #"{"b":"#, count: 256) + "1" + String(repeating: "}", count: 257)
        #expect(try jsonl(tooDeep)?.reason?.hasSuffix("nesting is deeper than 256 levels") == true)
        // Pathological depth must neither crash nor recurse without bound.
        let huge = "{\"a\":" + String(repeating: "[", count: 200_000)
        #expect(try jsonl(huge)?.reason?.hasSuffix("nesting is deeper than 256 levels") == true)
    }

    @Test func columnsCountBytes() throws {
        // "é" is two bytes, so the missing comma after it is at byte column 14.
        #expect(try jsonl(#"{"text":"é" "id":1}"#)?.reason == "invalid JSON at column 14: expected ',' or '}' after an object member")
    }

    @Test("A short text after a long one gets an array of its own size, not the parser's scratch buffer")
    func textDoesNotKeepTheScratchCapacity() throws {
        var parser = JSONLineParser(fields: FieldNames())
        func text(_ line: String) -> [UInt8]? {
            Array(line.utf8).withUnsafeBufferPointer { bytes in
                if case .message(let message) = parser.parse(bytes, lineNumber: 1) { return message.text }
                return nil
            }
        }
        let long = try #require(text(#"{"text":"\#(String(repeating: "x", count: 100_000))"}"#))
        #expect(long.count == 100_000)
        let short = try #require(text(#"{"id":"m2","text":"pay now","sender":"a"}"#))
        #expect(short == Array("pay now".utf8))
        // Records are held while other threads score them (--jobs): each must own a small buffer.
        #expect(short.capacity < 64, "the text kept a capacity of \(short.capacity) bytes")
    }
}

