/// A small, strict RFC 8259 parser for one JSONL line that pulls out the configured
/// top-level fields without building a dictionary.
///
/// ```swift
/// var parser = JSONLineParser(fields: FieldNames())
/// let line = Array(#"{"id": 42, "text": "caf\u00e9", "meta": {"x": [1, 2]}}"#.utf8)
/// line.withUnsafeBufferPointer { parser.parse($0, lineNumber: 7) }
/// // .message(InputMessage(line: 7, text: Array("café".utf8), id: "42"))
/// ```
///
/// Rules:
/// - The whole line is validated: one object, optionally surrounded by whitespace; nested
///   arrays and objects are validated and skipped; numbers follow the RFC grammar; the only
///   literals are `true`, `false` and `null`; nesting deeper than ``maxDepth`` is an error.
/// - Strings: the escapes `\" \\ \/ \b \f \n \r \t \uXXXX` (surrogate pairs combine; a lone or
///   mismatched surrogate decodes to U+FFFD); raw control characters below U+0020 are an
///   error; invalid UTF-8 is replaced by U+FFFD per maximal subpart.
/// - Fields are looked up at the top level only; when a key repeats, the last one wins.
///   `text` must be a string; `id`, `conversation` and `sender` may be strings or numbers
///   (numbers keep their literal text) and are `nil` when absent or `null`.
///   When ``FieldNames/label`` is set, that field must be a string (or absent or `null`, giving
///   `nil`); any other kind makes the line an error record.
///   Each ``FieldNames/extra`` field may be a string, a number or a boolean (kept as `true` or
///   `false`), and is `nil` when absent or `null`; an object or an array is an error record.
/// - Error reasons give the 1-based column (counted in bytes) and never quote the input.
///
/// - Complexity: O(line length), one pass; memory is the decoded fields plus one reused key buffer.
struct JSONLineParser {
    /// The deepest nesting accepted; the top-level object is depth 1.
    static let maxDepth = 256

    private let fields: FieldNames
    /// The UTF-8 of the four field names: text, id, conversation, sender.
    private let textKey: [UInt8]
    private let idKey: [UInt8]
    private let conversationKey: [UInt8]
    private let senderKey: [UInt8]
    /// The UTF-8 of the label field name, or nil when labels are not read.
    private let labelKey: [UInt8]?
    private let timestampKey: [UInt8]
    /// The UTF-8 of the extra field names (usually none).
    private let extraKeys: [[UInt8]]
    private var keyScratch: [UInt8] = []
    /// Where a field's value is decoded before it becomes the message's bytes or a `String`
    /// (an identifier of up to 15 bytes is a small `String`, which needs no allocation).
    private var valueScratch: [UInt8] = []

    init(fields: FieldNames) {
        self.fields = fields
        self.textKey = Array(fields.text.utf8)
        self.idKey = Array(fields.id.utf8)
        self.conversationKey = Array(fields.conversation.utf8)
        self.senderKey = Array(fields.sender.utf8)
        self.labelKey = fields.label.map { Array($0.utf8) }
        self.timestampKey = Array(fields.timestamp.utf8)
        self.extraKeys = fields.extra.map { Array($0.utf8) }
    }

    /// Parses one line (without its line terminator) into a message or an error record.
    ///
    /// - Complexity: O(`line.count`).
    mutating func parse(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> InputRecord {
        var text: (kind: Kind, bytes: [UInt8])?
        var id: Captured?
        var conversation: Captured?
        var sender: Captured?
        var label: Captured?
        var timestamp: Captured?
        var extra = [Captured?](repeating: nil, count: extraKeys.count)
        var textWasRepaired = false
        var scanner = ByteCursor(p: line)
        do throws(Failure) {
            scanner.skipWhitespace()
            guard scanner.i < line.count, line[scanner.i] == UInt8(ascii: "{") else {
                if scanner.i < line.count, line[scanner.i] == UInt8(ascii: "[") {
                    throw Failure(scanner.i, "expected '{': each line must be one JSON object, not an array")
                }
                throw scanner.failure("expected '{': each line must be one JSON object")
            }
            scanner.i += 1
            scanner.skipWhitespace()
            if scanner.peek == UInt8(ascii: "}") {
                scanner.i += 1
            } else {
                var first = true
                while true {
                    guard scanner.peek == UInt8(ascii: "\"") else {
                        throw scanner.failure(first ? "expected a string key or '}'" : "expected a string key")
                    }
                    first = false
                    if keyScratch.capacity > 1 << 16 { keyScratch = [] }   // don't keep a huge key's memory
                    if valueScratch.capacity > 1 << 20 { valueScratch = [] }
                    keyScratch.removeAll(keepingCapacity: true)
                    try scanner.string(into: &keyScratch, decode: true)
                    scanner.skipWhitespace()
                    guard scanner.peek == UInt8(ascii: ":") else {
                        throw scanner.failure("expected ':' after an object key")
                    }
                    scanner.i += 1
                    scanner.skipWhitespace()
                    let isText = keyScratch == textKey
                    let isID = keyScratch == idKey
                    let isConversation = keyScratch == conversationKey
                    let isSender = keyScratch == senderKey
                    let isLabel = labelKey.map { keyScratch == $0 } ?? false
                    let isTimestamp = keyScratch == timestampKey
                    let extraIndex = extraKeys.isEmpty ? nil : extraKeys.firstIndex(of: keyScratch)
                    if isText || isID || isConversation || isSender || isLabel || isTimestamp || extraIndex != nil {
                        valueScratch.removeAll(keepingCapacity: true)
                        scanner.replacedInvalidText = false
                        let kind = try scanner.captureValue(depth: 2, into: &valueScratch)
                        if isText {
                            // A fresh array of exactly the text. (`Array(valueScratch[...])` may
                            // share the scratch's buffer, capacity and all: every record then held
                            // a buffer as large as the longest text so far, and the scratch was
                            // reallocated per message; under --jobs, records in flight doubled the
                            // peak RSS.)
                            let count = valueScratch.count
                            let copy = valueScratch.withUnsafeBufferPointer { source in
                                [UInt8](unsafeUninitializedCapacity: count) { target, initialized in
                                    if let base = source.baseAddress, count > 0 { target.baseAddress!.initialize(from: base, count: count) }
                                    initialized = count
                                }
                            }
                            text = (kind, copy)
                            textWasRepaired = scanner.replacedInvalidText
                        }
                        let captured = isText && !(isID || isConversation || isSender || isLabel || isTimestamp || extraIndex != nil)
                            ? nil : Captured(kind: kind, value: String(decoding: valueScratch, as: UTF8.self))
                        if isID { id = captured }
                        if isConversation { conversation = captured }
                        if isSender { sender = captured }
                        if isLabel { label = captured }
                        if isTimestamp { timestamp = captured }
                        if let extraIndex {
                            // A name listed twice gets the value in every slot.
                            for (k, key) in extraKeys.enumerated() where k == extraIndex || key == keyScratch { extra[k] = captured }
                        }
                    } else {
                        _ = try scanner.skipValue(depth: 2)
                    }
                    scanner.skipWhitespace()
                    if scanner.peek == UInt8(ascii: ",") {
                        scanner.i += 1
                        scanner.skipWhitespace()
                        continue
                    }
                    if scanner.peek == UInt8(ascii: "}") {
                        scanner.i += 1
                        break
                    }
                    throw scanner.failure("expected ',' or '}' after an object member")
                }
            }
            scanner.skipWhitespace()
            if scanner.i < line.count {
                throw Failure(scanner.i, "unexpected data after the object; put one JSON object on each line")
            }
        } catch {
            return .error(line: lineNumber, reason: "invalid JSON at column \(error.offset + 1): \(error.message)")
        }

        guard let text else {
            return .error(line: lineNumber, reason: "field \"\(fields.text)\" is missing; choose the text field with --text-field")
        }
        guard text.kind == .string else {
            return .error(line: lineNumber, reason: "field \"\(fields.text)\" must be a string, not \(text.kind.name)")
        }
        var message = InputMessage(line: lineNumber, text: text.bytes)
        message.hadInvalidUTF8 = textWasRepaired
        if let reason = Self.assign(id, named: fields.id, to: &message.id)
            ?? Self.assign(conversation, named: fields.conversation, to: &message.conversation)
            ?? Self.assign(sender, named: fields.sender, to: &message.sender)
            ?? Self.assign(timestamp, named: fields.timestamp, to: &message.timestamp) {
            return .error(line: lineNumber, reason: reason)
        }
        if let label, label.kind != .null, let name = fields.label {
            guard label.kind == .string else {
                return .error(line: lineNumber, reason: "field \"\(name)\" must be a string, not \(label.kind.name); "
                    + "write the label as a string such as \"benign\"")
            }
            message.label = label.value
        }
        if !extra.isEmpty {
            message.extra.reserveCapacity(extra.count)
            for (k, slot) in extra.enumerated() {
                guard let slot, slot.kind != .null else {
                    message.extra.append(nil)
                    continue
                }
                guard slot.kind == .string || slot.kind == .number || slot.kind == .boolean else {
                    return .error(line: lineNumber, reason: "field \"\(fields.extra[k])\" must be a string, a number or a "
                        + "boolean, not \(slot.kind.name); choose another field")
                }
                message.extra.append(slot.value)
            }
        }
        return .message(message)
    }

    /// Stores an optional string-or-number field; returns an error reason for any other kind.
    private static func assign(_ slot: Captured?, named name: String, to target: inout String?) -> String? {
        guard let slot, slot.kind != .null else { return nil }
        guard slot.kind == .string || slot.kind == .number else {
            return "field \"\(name)\" must be a string or a number, not \(slot.kind.name)"
        }
        target = slot.value
        return nil
    }

    /// The kind of a JSON value.
    enum Kind {
        case string, number, object, array, boolean, null

        /// The kind with an article, for error messages: "a string", "null".
        var name: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .object: "an object"
            case .array: "an array"
            case .boolean: "a boolean"
            case .null: "null"
            }
        }
    }

    /// A captured field value other than the text: its kind and, for strings and numbers, its
    /// decoded text.
    struct Captured {
        var kind: Kind
        var value: String
    }

    /// A syntax error: the byte offset in the line and a description without input text.
    struct Failure: Error {
        var offset: Int
        var message: String

        init(_ offset: Int, _ message: String) {
            self.offset = offset
            self.message = message
        }
    }

    /// A cursor over the line's bytes with the value-level grammar.
    struct ByteCursor {
        let p: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Set when decoding replaced invalid UTF-8 or a lone surrogate escape with U+FFFD.
        var replacedInvalidText = false

        /// The current byte, or 0 (never valid at a structural position) at the end.
        var peek: UInt8 { i < p.count ? p[i] : 0 }

        /// A failure at the current position; says so when the line has ended.
        func failure(_ message: String) -> Failure {
            Failure(i, i < p.count ? message : message + ", found the end of the line")
        }

        mutating func skipWhitespace() {
            while i < p.count {
                switch p[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        /// Parses a value; appends a string's decoded bytes or a number's literal to `out`.
        mutating func captureValue(depth: Int, into out: inout [UInt8]) throws(Failure) -> Kind {
            switch peek {
            case UInt8(ascii: "\""):
                try string(into: &out, decode: true)
                return .string
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let first = i
                try number()
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[first..<i]))
                return .number
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                // Kept as its literal text for extra fields; every other field rejects a boolean by its kind.
                let first = i
                let kind = try skipValue(depth: depth)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[first..<i]))
                return kind
            default:
                return try skipValue(depth: depth)
            }
        }

        /// Validates and skips a value whose containers would sit at nesting `depth`.
        mutating func skipValue(depth: Int) throws(Failure) -> Kind {
            var ignored: [UInt8] = []
            switch peek {
            case UInt8(ascii: "\""):
                try string(into: &ignored, decode: false)
                return .string
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
                return .number
            case UInt8(ascii: "{"):
                try object(depth: depth)
                return .object
            case UInt8(ascii: "["):
                try array(depth: depth)
                return .array
            case UInt8(ascii: "t"):
                try literal("true")
                return .boolean
            case UInt8(ascii: "f"):
                try literal("false")
                return .boolean
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default:
                throw failure("expected a value")
            }
        }

        private mutating func object(depth: Int) throws(Failure) {
            guard depth <= JSONLineParser.maxDepth else {
                throw Failure(i, "nesting is deeper than \(JSONLineParser.maxDepth) levels")
            }
            i += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                i += 1
                return
            }
            var ignored: [UInt8] = []
            var first = true
            while true {
                guard peek == UInt8(ascii: "\"") else {
                    throw failure(first ? "expected a string key or '}'" : "expected a string key")
                }
                first = false
                try string(into: &ignored, decode: false)
                skipWhitespace()
                guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after an object key") }
                i += 1
                skipWhitespace()
                _ = try skipValue(depth: depth + 1)
                skipWhitespace()
                switch peek {
                case UInt8(ascii: ","):
                    i += 1
                    skipWhitespace()
                case UInt8(ascii: "}"):
                    i += 1
                    return
                default:
                    throw failure("expected ',' or '}' after an object member")
                }
            }
        }

        private mutating func array(depth: Int) throws(Failure) {
            guard depth <= JSONLineParser.maxDepth else {
                throw Failure(i, "nesting is deeper than \(JSONLineParser.maxDepth) levels")
            }
            i += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                i += 1
                return
            }
            while true {
                if i >= p.count { throw failure("expected a value or ']'") }
                _ = try skipValue(depth: depth + 1)
                skipWhitespace()
                switch peek {
                case UInt8(ascii: ","):
                    i += 1
                    skipWhitespace()
                case UInt8(ascii: "]"):
                    i += 1
                    return
                default:
                    throw failure("expected ',' or ']' after an array element")
                }
            }
        }

        private mutating func literal(_ word: StaticString) throws(Failure) {
            guard let base = p.baseAddress, JSONGrammar.matches(word, base, at: i, end: p.count) else {
                throw failure(JSONGrammar.invalidLiteral)
            }
            i += word.utf8CodeUnitCount
        }

        private mutating func number() throws(Failure) {
            guard let base = p.baseAddress else { throw failure("invalid number: expected a digit") }
            switch JSONGrammar.scanNumber(base, from: i, end: p.count) {
            case .success(let end):
                i = end
            case .failure(let error):
                i = error.offset
                throw error.offset < p.count ? Failure(error.offset, error.message) : failure(error.message)
            }
        }

        /// Parses the string starting at the current `"`; when `decode` is true, appends its
        /// decoded UTF-8 (invalid sequences replaced by U+FFFD) to `out`.
        mutating func string(into out: inout [UInt8], decode: Bool) throws(Failure) {
            let opening = i
            i += 1
            var run = i
            while true {
                guard i < p.count else {
                    throw Failure(opening, "unterminated string (no closing '\"' before the end of the line)")
                }
                let byte = p[i]
                if byte == UInt8(ascii: "\"") {
                    if decode && run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                    i += 1
                    return
                }
                if byte == UInt8(ascii: "\\") {
                    if decode && run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                    try escape(into: &out, decode: decode)
                    run = i
                    continue
                }
                if byte < 0x20 {
                    throw Failure(i, "control character U+\(hex4(UInt32(byte))) must be escaped inside a string")
                }
                if byte < 0x80 || !decode {
                    i += 1
                    continue
                }
                let length = UTF8Validation.sequenceLength(in: p, at: i, end: p.count)
                if length > 0 {
                    i += length
                } else {
                    if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                    UTF8Validation.appendReplacement(to: &out)
                    replacedInvalidText = true
                    i -= length
                    run = i
                }
            }
        }

        /// Decodes the escape sequence at the current `\`.
        private mutating func escape(into out: inout [UInt8], decode: Bool) throws(Failure) {
            let backslash = i
            guard i + 1 < p.count, let base = p.baseAddress else {
                throw Failure(backslash, "unterminated string (the line ends inside an escape sequence)")
            }
            switch JSONGrammar.escape(base, at: i, end: p.count) {
            case .byte(let byte):
                if decode { out.append(byte) }
                i += 2
            case .scalar(let scalar, let consumed, let lone):
                if lone { replacedInvalidText = true }
                if decode { UTF8Validation.append(scalar: scalar, to: &out) }
                i += consumed
            case .invalidUnicode:
                throw Failure(backslash, JSONGrammar.invalidUnicodeEscape)
            case .invalid:
                throw Failure(backslash, JSONGrammar.invalidEscape)
            }
        }
    }
}

/// `value` as four uppercase hexadecimal digits, e.g. `000A`.
func hex4(_ value: UInt32) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for shift in stride(from: 12, through: 0, by: -4) {
        out.append(digits[Int((value >> UInt32(shift)) & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
}
