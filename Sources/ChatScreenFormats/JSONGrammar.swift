/// The lexical grammar of JSON (RFC 8259) that both readers share: ``JSONLineParser`` (a JSONL
/// line in memory) and ``JSONPullParser`` (an export streamed through a fixed buffer). Each
/// keeps its own cursor and error positions; what a number or an escape *is* is decided here,
/// once, with one set of messages.
///
/// ```swift
/// JSONGrammar.scanNumber(bytes, from: 0, end: bytes.count)   // .success(end) or .failure(at, reason)
/// JSONGrammar.escape(bytes, at: 0, end: bytes.count)          // `\n` → .byte(0x0A); `\u00e9` → .scalar(0xE9, …)
/// ```
enum JSONGrammar {
    static let invalidEscape = #"invalid escape sequence; the valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#
    static let invalidUnicodeEscape = #"invalid \u escape: expected four hexadecimal digits"#
    static let invalidLiteral = "invalid literal; expected true, false or null"

    /// Why a number is invalid: the offset of the offending byte and the reason.
    struct NumberError: Error, Equatable {
        var offset: Int
        var message: String
    }

    /// Whether `byte` can be part of a number literal (`0-9 + - . e E`).
    @inline(__always)
    static func isNumberByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte == 0x45 || byte == 0x65
    }

    /// Scans `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` from `start` and returns
    /// where the number ends (the first byte that cannot continue it), or why it is invalid.
    static func scanNumber(_ p: UnsafePointer<UInt8>, from start: Int, end: Int) -> Result<Int, NumberError> {
        var i = start
        func isDigit(_ at: Int) -> Bool { at < end && p[at] &- 0x30 < 10 }
        if i < end && p[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { return .failure(NumberError(offset: i, message: "invalid number: expected a digit")) }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { return .failure(NumberError(offset: i - 1, message: "invalid number: leading zeros are not allowed")) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < end && p[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { return .failure(NumberError(offset: i, message: "invalid number: expected a digit after '.'")) }
            while isDigit(i) { i += 1 }
        }
        if i < end && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else { return .failure(NumberError(offset: i, message: "invalid number: expected a digit in the exponent")) }
            while isDigit(i) { i += 1 }
        }
        return .success(i)
    }

    /// What an escape sequence stands for.
    enum Escape: Equatable {
        /// A one-character escape (`\n`, `\"`, …): this byte; the escape is 2 bytes long.
        case byte(UInt8)
        /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00` (`consumed` 12): the scalar, U+FFFD for a
        /// lone surrogate (`lone`).
        case scalar(UInt32, consumed: Int, lone: Bool)
        /// `\u` without four hexadecimal digits before `end`.
        case invalidUnicode
        /// A backslash followed by anything else.
        case invalid
    }

    /// Decodes the escape whose backslash is at `at`; `end` bounds the bytes available (a pull
    /// parser makes 12 available first, so a surrogate pair is seen whole).
    static func escape(_ p: UnsafePointer<UInt8>, at: Int, end: Int) -> Escape {
        guard at + 1 < end else { return .invalid }
        switch p[at + 1] {
        case UInt8(ascii: "\""): return .byte(0x22)
        case UInt8(ascii: "\\"): return .byte(0x5C)
        case UInt8(ascii: "/"): return .byte(0x2F)
        case UInt8(ascii: "b"): return .byte(0x08)
        case UInt8(ascii: "f"): return .byte(0x0C)
        case UInt8(ascii: "n"): return .byte(0x0A)
        case UInt8(ascii: "r"): return .byte(0x0D)
        case UInt8(ascii: "t"): return .byte(0x09)
        case UInt8(ascii: "u"):
            guard let unit = JSONHex.quad(p, at: at + 2, end: end) else { return .invalidUnicode }
            switch unit {
            case 0xD800...0xDBFF:
                if at + 12 <= end, p[at + 6] == 0x5C, p[at + 7] == UInt8(ascii: "u"),
                   let low = JSONHex.quad(p, at: at + 8, end: end), (0xDC00...0xDFFF).contains(low) {
                    return .scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), consumed: 12, lone: false)
                }
                return .scalar(0xFFFD, consumed: 6, lone: true)
            case 0xDC00...0xDFFF:
                return .scalar(0xFFFD, consumed: 6, lone: true)
            default:
                return .scalar(unit, consumed: 6, lone: false)
            }
        default:
            return .invalid
        }
    }

    /// Whether `word` (`true`, `false`, `null`) is spelled at `at`.
    static func matches(_ word: StaticString, _ p: UnsafePointer<UInt8>, at: Int, end: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= end else { return false }
        return word.withUTF8Buffer { expected in (0..<count).allSatisfy { p[at + $0] == expected[$0] } }
    }
}
