import Testing
@testable import ChatScreenFormats

/// The grammar both JSON readers share: numbers and escapes are decided in one place.
@Suite("JSON grammar")
struct JSONGrammarTests {
    static func number(_ text: String) -> Result<Int, JSONGrammar.NumberError> {
        Array(text.utf8).withUnsafeBufferPointer { JSONGrammar.scanNumber($0.baseAddress!, from: 0, end: $0.count) }
    }

    @Test("Numbers: where a valid number ends, and why an invalid one is invalid", arguments: [
        ("0", "end 1"), ("-12.5e+3", "end 8"), ("1E9", "end 3"), ("0x10", "end 1"), ("1-2", "end 1"),
        ("01", "0: invalid number: leading zeros are not allowed"), ("-", "1: invalid number: expected a digit"),
        ("1.", "2: invalid number: expected a digit after '.'"), ("1e+", "3: invalid number: expected a digit in the exponent"),
    ])
    func numbers(text: String, expected: String) {
        switch Self.number(text) {
        case .success(let end): #expect("end \(end)" == expected, "\(text)")
        case .failure(let error): #expect("\(error.offset): \(error.message)" == expected, "\(text)")
        }
    }

    @Test("Escapes: one-character escapes, \\u, surrogate pairs, lone surrogates, malformed")
    func escapes() {
        func decode(_ text: String) -> JSONGrammar.Escape {
            Array(text.utf8).withUnsafeBufferPointer { JSONGrammar.escape($0.baseAddress!, at: 0, end: $0.count) }
        }
        #expect(decode(#"\n"#) == .byte(0x0A))
        #expect(decode(#"\/"#) == .byte(0x2F))
        #expect(decode(#"\u00e9"#) == .scalar(0xE9, consumed: 6, lone: false))
        #expect(decode(#"\uD83D\uDE00"#) == .scalar(0x1F600, consumed: 12, lone: false))
        #expect(decode(#"\uD83Dx"#) == .scalar(0xFFFD, consumed: 6, lone: true))
        #expect(decode(#"\uDE00"#) == .scalar(0xFFFD, consumed: 6, lone: true))
        #expect(decode(#"\u12G4"#) == .invalidUnicode)
        #expect(decode(#"\u12"#) == .invalidUnicode)
        #expect(decode(#"\x"#) == .invalid)
    }
}
