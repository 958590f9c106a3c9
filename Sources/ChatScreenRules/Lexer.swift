/// A token of the rule language.
struct LexToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)   // rule, category, payment_demand, PAY_NOW
        case variable(String)     // $verb
        case lexicon(String)      // @payment_verbs
        case string(String)       // "pay me"
        case number(Double, isInteger: Bool)
        case symbol(UInt8)        // { } ( ) , = & | 
        case end
    }
    var kind: Kind
    var span: SourceSpan
    /// The token is the first on its line (used to resynchronise after an error).
    var startsLine: Bool

    var describe: String {
        switch kind {
        case .identifier(let name): "`\(name)`"
        case .variable(let name): "`$\(name)`"
        case .lexicon(let name): "`@\(name)`"
        case .string: "a string"
        case .number: "a number"
        case .symbol(let byte): "`\(Character(Unicode.Scalar(byte)))`"
        case .end: "the end of the file"
        }
    }
}

/// Splits a rule file into tokens, reporting bad characters, strings and numbers as diagnostics
/// and carrying on.
struct Lexer {
    let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(file: SourceFile) { self.file = file }

    mutating func tokenize() -> [LexToken] {
        let b = file.bytes
        var tokens: [LexToken] = []
        var i = 0
        var lineStart = true
        func isIdentifierByte(_ c: UInt8) -> Bool {
            c &- 0x61 < 26 || c &- 0x41 < 26 || c &- 0x30 < 10 || c == 0x5F
        }
        while i < b.count {
            let c = b[i]
            if c == 0x0A { lineStart = true; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1; continue }
            if c == 0x23 { while i < b.count && b[i] != 0x0A { i += 1 }; continue }  // # comment
            let start = i
            var kind: LexToken.Kind
            if c &- 0x61 < 26 || c &- 0x41 < 26 || c == 0x5F {
                while i < b.count && isIdentifierByte(b[i]) { i += 1 }
                kind = .identifier(String(decoding: b[start..<i], as: UTF8.self))
            } else if c == 0x24 || c == 0x40 {  // $name, @name
                i += 1
                while i < b.count && (isIdentifierByte(b[i]) || b[i] == 0x2D) { i += 1 }
                let name = String(decoding: b[(start + 1)..<i], as: UTF8.self)
                if name.isEmpty {
                    diagnostics.append(Diagnostic(.error, "E001", "`\(c == 0x24 ? "$" : "@")` must be followed by a name",
                        in: file, at: SourceSpan(start, i), hint: c == 0x24 ? "write a term variable such as `$verb`" : "write a lexicon reference such as `@payment_rails`"))
                    lineStart = false
                    continue
                }
                kind = c == 0x24 ? .variable(name) : .lexicon(name)
            } else if c &- 0x30 < 10 || (c == 0x2D && i + 1 < b.count && b[i + 1] &- 0x30 < 10) {
                i += 1
                var dots = 0
                while i < b.count && (b[i] &- 0x30 < 10 || b[i] == 0x2E) { if b[i] == 0x2E { dots += 1 }; i += 1 }
                let text = String(decoding: b[start..<i], as: UTF8.self)
                if dots > 1 || text.hasSuffix(".") || Double(text) == nil {
                    diagnostics.append(Diagnostic(.error, "E004", "invalid number `\(text)`", in: file,
                        at: SourceSpan(start, i), hint: "write a decimal number such as `2.5`"))
                    kind = .number(.nan, isInteger: false)
                } else {
                    kind = .number(Double(text)!, isInteger: dots == 0)
                }
            } else if c == 0x22 {
                kind = .string(lexString(&i))
            } else if [0x7B, 0x7D, 0x28, 0x29, 0x2C, 0x3D, 0x26, 0x7C, 0x3E].contains(c) {
                i += 1
                kind = .symbol(c)
            } else {
                var end = i + 1
                while end < b.count && b[end] & 0xC0 == 0x80 { end += 1 }
                let shown = String(decoding: b[i..<end], as: UTF8.self)
                diagnostics.append(Diagnostic(.error, "E001", "unexpected character `\(shown)`", in: file,
                    at: SourceSpan(i, end), hint: "strings are written in double quotes; comments start with `#`"))
                i = end
                continue
            }
            tokens.append(LexToken(kind: kind, span: SourceSpan(start, i), startsLine: lineStart))
            lineStart = false
        }
        tokens.append(LexToken(kind: .end, span: SourceSpan(b.count, b.count), startsLine: true))
        return tokens
    }

    /// Lexes a double-quoted string starting at `i` (which points at the quote).
    private mutating func lexString(_ i: inout Int) -> String {
        let b = file.bytes
        let start = i
        i += 1
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if c == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
            if c == 0x0A { break }
            if c == 0x5C {
                guard i + 1 < b.count else { break }
                let e = b[i + 1]
                switch e {
                case 0x22, 0x5C: out.append(e); i += 2
                case 0x6E: out.append(0x0A); i += 2
                case 0x74: out.append(0x09); i += 2
                case 0x75 where i + 2 < b.count && b[i + 2] == 0x7B:  // \u{XXXX}
                    var j = i + 3
                    while j < b.count && b[j] != 0x7D && b[j] != 0x22 && b[j] != 0x0A { j += 1 }
                    let hex = String(decoding: b[(i + 3)..<j], as: UTF8.self)
                    if j < b.count && b[j] == 0x7D, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                        i = j + 1
                    } else {
                        diagnostics.append(Diagnostic(.error, "E003", "invalid Unicode escape", in: file,
                            at: SourceSpan(i, min(j + 1, b.count)), hint: "write `\\u{1F4B0}`: one to six hex digits in braces"))
                        i = min(j + 1, b.count)
                    }
                default:
                    diagnostics.append(Diagnostic(.error, "E003", "invalid escape sequence", in: file,
                        at: SourceSpan(i, i + 2), hint: "the escapes are \\\", \\\\, \\n, \\t and \\u{…}"))
                    i += 2
                }
                continue
            }
            out.append(c)
            i += 1
        }
        diagnostics.append(Diagnostic(.error, "E002", "unterminated string", in: file, at: SourceSpan(start, i),
            hint: "close the string with `\"` on the same line"))
        return String(decoding: out, as: UTF8.self)
    }
}
