/// Appends JSON to a reusable byte buffer, placing commas by itself. No Foundation.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.key("line"); json.int(3)
/// json.key("score"); json.double(0.81149, decimals: 3)
/// json.key("tags"); json.beginArray(); json.string("threat"); json.string("money"); json.endArray()
/// json.endObject()
/// json.newline()
/// // json.bytes: {"line":3,"score":0.811,"tags":["threat","money"]}\n
/// json.reset()   // keeps the capacity for the next line
/// ```
///
/// Strings are escaped per RFC 8259: `"` and `\` with a backslash; control characters as
/// `\n \r \t \b \f` or `\u00XX`; U+2028 and U+2029 as `\u2028` and `\u2029` (so the output is
/// also valid JavaScript). Input bytes should be UTF-8; any invalid sequence is replaced by
/// U+FFFD (per maximal subpart) so the output is always valid JSON.
///
/// Misuse (a value after a value in an object without a key, an unbalanced `end…`) does not
/// crash but may produce invalid JSON.
public struct JSONWriter: Sendable {
    /// The JSON written since the last ``reset()``.
    public var bytes: [UInt8]
    /// One entry per open object or array: whether it already has a member or element.
    private var hasElements: [Bool] = []
    /// Whether a key was just written, so the next value needs no comma.
    private var afterKey = false

    /// Creates a writer with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
        hasElements.reserveCapacity(16)
    }

    /// Empties the buffer and forgets open containers, keeping the capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        hasElements.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// Writes `{`.
    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        hasElements.append(false)
    }

    /// Writes `}`.
    public mutating func endObject() {
        _ = hasElements.popLast()
        afterKey = false
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes `[`.
    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        hasElements.append(false)
    }

    /// Writes `]`.
    public mutating func endArray() {
        _ = hasElements.popLast()
        afterKey = false
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key: a comma when needed, the quoted (escaped) name and `:`.
    ///
    /// ```swift
    /// json.beginObject(); json.key("line"); json.int(1); json.key("id"); json.null()   // {"line":1,"id":null
    /// ```
    public mutating func key(_ name: StaticString) {
        separate()
        name.withUTF8Buffer { name in
            // Keys written in the source are plain identifiers: copied whole rather than escaped
            // byte by byte (a verdict line has a dozen keys; escaping them was a fifth of writing it).
            if name.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: name)
                bytes.append(UInt8(ascii: "\""))
            } else {
                appendQuoted(name)
            }
        }
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes an object key given at run time, escaped.
    ///
    /// ```swift
    /// json.key(named: fields.id); json.string("m-1")   // "id":"m-1"
    /// ```
    ///
    /// (A separate label keeps `key("literal")` on the cheaper `StaticString` overload.)
    public mutating func key(named name: String) {
        separate()
        var name = name
        name.withUTF8 { appendQuoted($0) }
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes a string value, escaped.
    ///
    /// ```swift
    /// json.string("say \"hi\"\n")   // "say \"hi\"\n"
    /// ```
    ///
    /// - Complexity: O(`s.utf8.count`).
    public mutating func string(_ s: String) {
        beforeValue()
        var s = s
        s.withUTF8 { appendQuoted($0) }
    }

    /// Writes a string value from UTF-8 bytes, escaped; invalid UTF-8 becomes U+FFFD.
    ///
    /// ```swift
    /// message.text.withUnsafeBufferPointer { json.string(utf8: $0) }   // [0x61, 0xFF] -> "a�"
    /// ```
    ///
    /// - Complexity: O(`bytes.count`).
    public mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        beforeValue()
        appendQuoted(bytes)
    }

    /// Writes a string value from UTF-8 bytes, escaped; invalid UTF-8 becomes U+FFFD.
    public mutating func string(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { string(utf8: $0) }
    }

    /// Writes an integer, e.g. `-42`.
    public mutating func int(_ v: Int) {
        beforeValue()
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(v.magnitude))
    }

    /// Writes a number with fixed decimals and no exponent.
    ///
    /// ```swift
    /// json.double(0.81149, decimals: 3)   // 0.811
    /// json.double(2.5, decimals: 3)       // 2.5
    /// json.double(0.0001, decimals: 3)    // 0
    /// ```
    ///
    /// At most `decimals` digits follow the point; `v` is rounded half away from zero,
    /// trailing zeros are trimmed and `-0` is written `0`.
    /// NaN and infinities, which JSON cannot represent, are written as `null`.
    ///
    /// `decimals` is clamped to 0...17, and fewer are used when `v` × 10^decimals would reach
    /// 2^53, i.e. when the extra digits would be below a `Double`'s precision.
    public mutating func double(_ v: Double, decimals: Int) {
        beforeValue()
        guard v.isFinite else {
            appendASCII("null")
            return
        }
        let magnitude = v.magnitude
        if magnitude >= Self.exactIntegerLimit {
            // Every Double this large is an integer: write its exact digits.
            if v < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(ofIntegral: magnitude)
            return
        }
        // Keep the scaled value below 2^53, where it and its rounding are exact, so that no
        // made-up digits appear.
        var places = min(max(decimals, 0), 17)
        while places > 0 && magnitude * Self.powersOfTen[places] >= Self.exactIntegerLimit { places -= 1 }
        let units = UInt64((magnitude * Self.powersOfTen[places]).rounded(.toNearestOrAwayFromZero))
        if units == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        let divisor = UInt64(Self.powersOfTen[places])
        appendDigits(units / divisor)
        var fraction = units % divisor
        guard fraction != 0 else { return }
        var width = places
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendDigits(fraction, width: width)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ v: Bool) {
        beforeValue()
        appendASCII(v ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        beforeValue()
        appendASCII("null")
    }

    /// Writes `\n`, ending a JSONL line. Does not affect comma placement.
    public mutating func newline() {
        bytes.append(0x0A)
    }

    // MARK: - Helpers

    /// 2^53: from here on every Double is an integer, and below it integers are exact.
    private static let exactIntegerLimit: Double = 0x1p53

    private static let powersOfTen: [Double] = (0...17).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A comma if the enclosing container already has an element; then marks it non-empty.
    private mutating func separate() {
        guard let last = hasElements.indices.last else { return }
        if hasElements[last] {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasElements[last] = true
        }
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else {
            separate()
        }
    }

    private mutating func appendASCII(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `width`.
    private mutating func appendDigits(_ value: UInt64, width: Int = 1) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes of scratch, enough for 20 digits
        withUnsafeMutableBytes(of: &digits) { scratch in
            var position = scratch.count
            var rest = value
            repeat {
                position -= 1
                scratch[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest != 0
            let count = scratch.count - position
            if width > count {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - count))
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[position...]))
        }
    }

    /// Appends the exact decimal digits of an integral `value` ≥ 2^52, using base-10^9 limbs.
    private mutating func appendDigits(ofIntegral value: Double) {
        let significand = UInt64(1) << 52 | value.significandBitPattern
        var shift = Int(value.exponent) - 52
        var limbs: [UInt64] = [significand % 1_000_000_000, significand / 1_000_000_000 % 1_000_000_000,
                               significand / 1_000_000_000_000_000_000]
        while shift > 0 {
            let step = min(shift, 29)
            var carry: UInt64 = 0
            for index in limbs.indices {
                let product = limbs[index] << UInt64(step) + carry
                limbs[index] = product % 1_000_000_000
                carry = product / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
            shift -= step
        }
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        appendDigits(limbs[limbs.count - 1])
        for index in stride(from: limbs.count - 2, through: 0, by: -1) {
            appendDigits(limbs[index], width: 9)
        }
    }

    /// Appends `"…"` with the contents escaped and invalid UTF-8 replaced.
    ///
    /// - Complexity: O(`p.count`); unescaped runs are copied in bulk.
    private mutating func appendQuoted(_ p: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var run = 0
        var i = 0
        let count = p.count
        while i < count {
            let byte = p[i]
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                i += 1
                continue
            }
            if byte >= 0x80 {
                let length = UTF8Validation.sequenceLength(in: p, at: i, end: count)
                if length == 3 && byte == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) {
                    flush(p, from: run, to: i)
                    appendASCII(p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                    run = i
                } else if length > 0 {
                    i += length
                } else {
                    flush(p, from: run, to: i)
                    UTF8Validation.appendReplacement(to: &bytes)
                    i -= length
                    run = i
                }
                continue
            }
            flush(p, from: run, to: i)
            switch byte {
            case UInt8(ascii: "\""): appendASCII("\\\"")
            case UInt8(ascii: "\\"): appendASCII("\\\\")
            case 0x0A: appendASCII("\\n")
            case 0x0D: appendASCII("\\r")
            case 0x09: appendASCII("\\t")
            case 0x08: appendASCII("\\b")
            case 0x0C: appendASCII("\\f")
            default:
                appendASCII("\\u00")
                let hex: StaticString = "0123456789abcdef"
                hex.withUTF8Buffer { digits in
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0xF)])
                }
            }
            i += 1
            run = i
        }
        flush(p, from: run, to: count)
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private mutating func flush(_ p: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) {
        if lower < upper { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[lower..<upper])) }
    }
}
