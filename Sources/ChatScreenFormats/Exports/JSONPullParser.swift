#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON value materialised by ``JSONPullParser/readValue(depth:)``: one message object of an
/// export, never the whole document.
enum JSONPullValue {
    /// Decoded UTF-8 (invalid UTF-8 and lone surrogate escapes replaced by U+FFFD; `repaired`
    /// says whether that happened).
    case string([UInt8], repaired: Bool)
    /// The number's literal text, e.g. `-12.5e3`.
    case number([UInt8])
    case bool(Bool)
    case null
    case array([JSONPullValue])
    /// Members in document order (a repeated key keeps every occurrence; lookups take the last).
    case object([(key: String, value: JSONPullValue)])

    /// The value of the last member named `key` of an object; nil when absent or not an object.
    subscript(key: String) -> JSONPullValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// A string's bytes, or nil.
    var bytes: [UInt8]? {
        if case .string(let bytes, _) = self { return bytes }
        return nil
    }

    /// A string's text, or nil.
    var string: String? {
        bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// A string's text or a number's literal (ids are either), or nil.
    var scalarText: String? {
        switch self {
        case .string(let bytes, _), .number(let bytes): String(decoding: bytes, as: UTF8.self)
        default: nil
        }
    }

    /// An array's elements, or nil.
    var array: [JSONPullValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// A non-empty string, array or object (the test for "this message has a photo").
    var isPresent: Bool {
        switch self {
        case .string(let bytes, _): !bytes.isEmpty
        case .array(let elements): !elements.isEmpty
        case .object(let members): !members.isEmpty
        case .number, .bool(true): true
        case .bool(false), .null: false
        }
    }

    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }

    /// The kind with an article, for error reasons.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Why pulling JSON stopped: the read failed, or the document is malformed at a byte offset.
enum JSONPullError: Error {
    case read(InputReadError)
    /// `offset` is the 0-based byte offset in the file; `message` never quotes the input.
    case syntax(offset: Int, message: String)

    /// The record reason for a syntax error, e.g. `invalid JSON at byte 1234: expected ',' or '}'
    /// after an object member`.
    var reason: String? {
        if case .syntax(let offset, let message) = self { return "invalid JSON at byte \(offset + 1): \(message)" }
        return nil
    }
}

/// A pull tokenizer over a JSON document in a file, read with `read(2)` through one fixed-size
/// buffer, so a multi-gigabyte export is never loaded whole.
///
/// ```swift
/// let json = JSONPullParser(fileDescriptor: fd, bufferSize: 1 << 20)
/// try json.beginObject()
/// var first = true
/// while let key = try json.nextKey(first: &first) {
///     if key == "messages" {
///         try json.beginArray()
///         var firstElement = true
///         while try json.nextElement(first: &firstElement) {
///             let message = try json.readValue(depth: 3)   // one message, materialised
///         }
///     } else {
///         try json.skipValue(depth: 2)
///     }
/// }
/// try json.finish()
/// ```
///
/// The grammar is RFC 8259, as strict as ``JSONLineParser`` (escapes, surrogate pairs, raw
/// control characters, number syntax, nesting at most ``maxDepth``); invalid UTF-8 in strings is
/// replaced by U+FFFD per maximal subpart. A UTF-8 byte order mark at the start is skipped.
///
/// Memory: the buffer (never grown: tokens that straddle a refill are decoded incrementally)
/// plus whatever the caller materialises with ``readValue(depth:)``.
final class JSONPullParser {
    /// The deepest nesting accepted; the top-level value is depth 1.
    static let maxDepth = 256

    private let fileDescriptor: Int32
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Unconsumed bytes are `base[i..<end]`; `discarded` bytes came before `base[0]`.
    private var i = 0
    private var end = 0
    private var discarded = 0
    private var reachedEOF = false
    private var checkedBOM = false

    /// The total number of bytes read so far, for a progress bar.
    private(set) var bytesRead = 0

    /// The 0-based file offset of the next unconsumed byte.
    var offset: Int { discarded + i }

    /// Creates a parser; nothing is read before the first call, and `prefix` (bytes already read
    /// from the descriptor) is read before the descriptor, which is never read with
    /// `prefixIsWholeInput`. Buffers smaller than 16 bytes are raised to 16 (an escape pair
    /// needs 12 bytes of look-ahead), and to the prefix's size.
    init(fileDescriptor: Int32, bufferSize: Int, prefix: [UInt8] = [], prefixIsWholeInput: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.capacity = max(bufferSize, 16, prefix.count)
        self.base = .allocate(capacity: capacity)
        if !prefix.isEmpty {
            prefix.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: $0.count) }
            end = prefix.count
            bytesRead = prefix.count
        }
        reachedEOF = prefixIsWholeInput
    }

    deinit {
        base.deallocate()
    }

    // MARK: Buffer

    /// Moves the unconsumed bytes to the front and reads once; sets `reachedEOF` at the end.
    private func fill() throws(JSONPullError) {
        if i > 0 {
            let pending = end - i
            if pending > 0 { memmove(base, base + i, pending) }
            discarded += i
            end = pending
            i = 0
        }
        guard end < capacity else { return }
        do {
            let count = try readRetrying(fileDescriptor, base + end, capacity - end)
            if count == 0 {
                reachedEOF = true
            } else {
                end += count
                bytesRead += count
            }
        } catch {
            throw .read(error)
        }
    }

    /// Makes at least `n` (≤ 16) bytes available from `i` unless the input ends first; returns
    /// how many are available.
    @inline(__always)
    private func ensure(_ n: Int) throws(JSONPullError) -> Int {
        while end - i < n && !reachedEOF { try fill() }
        return end - i
    }

    private func failure(_ message: String, at position: Int? = nil) -> JSONPullError {
        .syntax(offset: position ?? offset, message: message)
    }

    // MARK: Structure

    /// Skips whitespace (and a leading byte order mark) and returns the next byte without
    /// consuming it, or nil at the end of the input.
    func peek() throws(JSONPullError) -> UInt8? {
        if !checkedBOM {
            checkedBOM = true
            if try ensure(3) >= 3, base[i] == 0xEF, base[i + 1] == 0xBB, base[i + 2] == 0xBF { i += 3 }
        }
        while true {
            while i < end {
                let byte = base[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    i += 1
                } else {
                    return byte
                }
            }
            if reachedEOF { return nil }
            try fill()
        }
    }

    /// Consumes the `{` of an object.
    func beginObject() throws(JSONPullError) {
        guard try peek() == UInt8(ascii: "{") else { throw failure(endAware("expected '{'")) }
        i += 1
    }

    /// Consumes the `[` of an array.
    func beginArray() throws(JSONPullError) {
        guard try peek() == UInt8(ascii: "[") else { throw failure(endAware("expected '['")) }
        i += 1
    }

    /// Reads the next member key of the object being walked and its `:`, leaving the value to
    /// read; returns nil (having consumed the `}`) when the object ends. `first` starts true
    /// after ``beginObject()`` and is maintained by this method.
    func nextKey(first: inout Bool) throws(JSONPullError) -> String? {
        guard let byte = try peek() else { throw failure("unexpected end of input inside an object") }
        if byte == UInt8(ascii: "}") {
            i += 1
            first = true
            return nil
        }
        if first {
            first = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw failure("expected ',' or '}' after an object member") }
            i += 1
            guard try peek() == UInt8(ascii: "\"") else { throw failure(endAware("expected a string key after ','")) }
        }
        guard try peek() == UInt8(ascii: "\"") else { throw failure("expected a string key or '}'") }
        var key: [UInt8] = []
        _ = try string(into: &key, decode: true)
        guard try peek() == UInt8(ascii: ":") else { throw failure(endAware("expected ':' after an object key")) }
        i += 1
        return String(decoding: key, as: UTF8.self)
    }

    /// Moves to the next element of the array being walked; returns false (having consumed the
    /// `]`) when the array ends. `first` starts true after ``beginArray()``.
    func nextElement(first: inout Bool) throws(JSONPullError) -> Bool {
        guard let byte = try peek() else { throw failure("unexpected end of input inside an array") }
        if byte == UInt8(ascii: "]") {
            i += 1
            first = true
            return false
        }
        if first {
            first = false
            return true
        }
        guard byte == UInt8(ascii: ",") else { throw failure("expected ',' or ']' after an array element") }
        i += 1
        guard let next = try peek(), next != UInt8(ascii: "]") else {
            throw failure(endAware("expected a value after ','"))
        }
        return true
    }

    /// Checks that only whitespace follows the top-level value.
    func finish() throws(JSONPullError) {
        if try peek() != nil { throw failure("unexpected data after the JSON document") }
    }

    private func endAware(_ message: String) -> String {
        (i >= end && reachedEOF) ? message + ", found the end of the input" : message
    }

    // MARK: Values

    /// Reads and materialises the value at the cursor; `depth` is the nesting of a container
    /// value (the top-level value is 1).
    func readValue(depth: Int) throws(JSONPullError) -> JSONPullValue {
        guard let byte = try peek() else { throw failure("expected a value, found the end of the input") }
        switch byte {
        case UInt8(ascii: "\""):
            var bytes: [UInt8] = []
            let repaired = try string(into: &bytes, decode: true)
            return .string(bytes, repaired: repaired)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        case UInt8(ascii: "{"):
            try checkDepth(depth)
            i += 1
            var members: [(key: String, value: JSONPullValue)] = []
            var first = true
            while let key = try nextKey(first: &first) {
                members.append((key, try readValue(depth: depth + 1)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            try checkDepth(depth)
            i += 1
            var elements: [JSONPullValue] = []
            var first = true
            while try nextElement(first: &first) {
                elements.append(try readValue(depth: depth + 1))
            }
            return .array(elements)
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            throw failure("expected a value")
        }
    }

    /// Validates and skips the value at the cursor without keeping it.
    func skipValue(depth: Int) throws(JSONPullError) {
        guard let byte = try peek() else { throw failure("expected a value, found the end of the input") }
        switch byte {
        case UInt8(ascii: "\""):
            var ignored: [UInt8] = []
            _ = try string(into: &ignored, decode: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try number()
        case UInt8(ascii: "{"):
            try checkDepth(depth)
            i += 1
            var first = true
            while try nextKey(first: &first) != nil {
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try checkDepth(depth)
            i += 1
            var first = true
            while try nextElement(first: &first) {
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw failure("expected a value")
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONPullError) {
        guard depth <= Self.maxDepth else { throw failure("nesting is deeper than \(Self.maxDepth) levels") }
    }

    private func literal(_ word: StaticString) throws(JSONPullError) {
        _ = try ensure(word.utf8CodeUnitCount)
        guard JSONGrammar.matches(word, base, at: i, end: end) else { throw failure(JSONGrammar.invalidLiteral) }
        i += word.utf8CodeUnitCount
    }

    /// The number at the cursor (``JSONGrammar/scanNumber(_:from:end:)``); returns its literal.
    /// Its bytes are gathered first, since a refill may split it.
    private func number() throws(JSONPullError) -> [UInt8] {
        let start = offset
        var literal: [UInt8] = []
        scan: while true {
            while i < end {
                let byte = base[i]
                guard JSONGrammar.isNumberByte(byte) else { break scan }
                literal.append(byte)
                i += 1
                if literal.count > 1024 { throw failure("invalid number: longer than 1024 characters", at: start) }
            }
            if reachedEOF { break }
            try fill()
        }
        let scanned = literal.withUnsafeBufferPointer { JSONGrammar.scanNumber($0.baseAddress!, from: 0, end: $0.count) }
        switch scanned {
        case .success(let length) where length == literal.count:
            return literal
        case .success(let length):
            throw failure("invalid number: unexpected '\(Character(Unicode.Scalar(literal[length])))'", at: start + length)
        case .failure(let error):
            throw failure(error.message, at: start + error.offset)
        }
    }

    /// Parses the string at the cursor's `"`; when `decode` is true, appends its decoded UTF-8 to
    /// `out`. Returns whether invalid UTF-8 or a lone surrogate was replaced by U+FFFD.
    private func string(into out: inout [UInt8], decode: Bool) throws(JSONPullError) -> Bool {
        let opening = offset
        i += 1
        var repaired = false
        while true {
            if i >= end {
                if reachedEOF { throw failure("unterminated string (no closing '\"' before the end of the input)", at: opening) }
                try fill()
                continue
            }
            // A run of plain bytes.
            var j = i
            while j < end {
                let byte = base[j]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80 { break }
                j += 1
            }
            if decode && j > i { out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i)) }
            i = j
            if i >= end { continue }
            let byte = base[i]
            if byte == 0x22 {
                i += 1
                return repaired
            }
            if byte == 0x5C {
                if try escape(into: &out, decode: decode) { repaired = true }
                continue
            }
            if byte < 0x20 {
                throw failure("control character U+\(hex4(UInt32(byte))) must be escaped inside a string")
            }
            let available = try ensure(4)
            let length = UTF8Validation.sequenceLength(in: UnsafeBufferPointer(start: base, count: end), at: i, end: i + min(available, 4))
            if length > 0 {
                if decode { out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: length)) }
                i += length
            } else {
                if decode { UTF8Validation.appendReplacement(to: &out) }
                repaired = true
                i -= length
            }
        }
    }

    /// Decodes the escape at the cursor's `\`; returns whether a lone surrogate became U+FFFD.
    private func escape(into out: inout [UInt8], decode: Bool) throws(JSONPullError) -> Bool {
        let backslash = offset
        guard try ensure(2) >= 2 else {
            throw failure("unterminated string (the input ends inside an escape sequence)", at: backslash)
        }
        if base[i + 1] == UInt8(ascii: "u") { _ = try ensure(12) }   // a surrogate pair, seen whole
        switch JSONGrammar.escape(base, at: i, end: end) {
        case .byte(let byte):
            if decode { out.append(byte) }
            i += 2
            return false
        case .scalar(let scalar, let consumed, let lone):
            if decode { UTF8Validation.append(scalar: scalar, to: &out) }
            i += consumed
            return lone
        case .invalidUnicode:
            throw failure(JSONGrammar.invalidUnicodeEscape, at: backslash)
        case .invalid:
            throw failure(JSONGrammar.invalidEscape, at: backslash)
        }
    }

}
