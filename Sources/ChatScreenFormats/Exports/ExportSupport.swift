#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor an export reader opened itself (closed when the last reader copy goes away),
/// or one it was handed (left open), with the bytes already read from it.
final class ExportFile {
    /// The descriptor, or -1 when ``prefix`` is the whole input (``isInMemory``).
    let fileDescriptor: Int32
    /// Bytes already read from the descriptor (a sniffed prefix of standard input), to be read
    /// before it; a reader that rewinds replays them again.
    let prefix: [UInt8]
    /// ``prefix`` is the whole input: the descriptor is never read.
    let isInMemory: Bool
    private let owned: Bool

    /// Opens `path` read-only; throws the `open(2)` failure.
    init(path: String) throws(InputReadError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputReadError(errno: errno) }
        fileDescriptor = fd
        prefix = []
        isInMemory = false
        owned = true
    }

    /// Wraps a descriptor the caller owns; it is not closed. `prefix` was read from it already.
    init(borrowing fd: Int32, replaying prefix: [UInt8] = []) {
        fileDescriptor = fd
        self.prefix = prefix
        isInMemory = false
        owned = false
    }

    /// An input held in memory whole (the chat text of a zip archive).
    init(bytes: [UInt8]) {
        fileDescriptor = -1
        prefix = bytes
        isInMemory = true
        owned = false
    }

    deinit {
        if owned { close(fileDescriptor) }
    }
}

/// Reads up to `count` bytes from `fd` into `buffer`, retrying on `EINTR` and waiting with
/// `poll(2)` on `EAGAIN`; returns 0 at the end of the input.
func readRetrying(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) throws(InputReadError) -> Int {
    while true {
        let n = read(fd, buffer, count)
        if n >= 0 { return n }
        let code = errno
        if code == EINTR { continue }
        if code == EAGAIN || code == EWOULDBLOCK {
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            _ = poll(&request, 1, -1)
            continue
        }
        throw InputReadError(errno: code)
    }
}

/// ISO 8601 times for export readers: `2024-03-12T21:15:00Z` (UTC), `2024-03-12T21:15:00+01:00`
/// (an offset the export states) or `2024-03-12T21:15:00` (local time of an export without a
/// zone; ``Timestamp/epochSeconds(_:)`` reads it as UTC).
enum ExportTime {
    /// Whether the date exists in the proleptic Gregorian calendar.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, (0...9999).contains(year) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `YYYY-MM-DDTHH:MM:SS` followed by `zone` (`""`, `"Z"`, `"+01:00"`).
    static func format(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: String = "") -> String {
        var out: [UInt8] = []
        out.reserveCapacity(25)
        appendDigits(year, 4, &out)
        out.append(0x2D)
        appendDigits(month, 2, &out)
        out.append(0x2D)
        appendDigits(day, 2, &out)
        out.append(0x54)
        appendDigits(hour, 2, &out)
        out.append(0x3A)
        appendDigits(minute, 2, &out)
        out.append(0x3A)
        appendDigits(second, 2, &out)
        out.append(contentsOf: zone.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; nil outside years 0–9999.
    static func utc(epochSeconds: Int64) -> String? {
        guard epochSeconds > -62_167_219_200, epochSeconds < 253_402_300_800 else { return nil }
        let seconds = Int(epochSeconds)
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (year, month, day) = civil(fromDays: days)
        return format(year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60, zone: "Z")
    }

    /// Reads the integer part of `text` (`"1710278103"`, `"1710278103.000200"`) as epoch seconds,
    /// or as milliseconds when `milliseconds` is true.
    static func utc(epochText text: String, milliseconds: Bool = false) -> String? {
        var value: Int64 = 0
        var digits = 0
        var negative = false
        for (index, byte) in text.utf8.enumerated() {
            if index == 0 && byte == UInt8(ascii: "-") { negative = true; continue }
            if byte == UInt8(ascii: ".") { break }
            guard byte &- 0x30 < 10, digits < 18 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
            digits += 1
        }
        guard digits > 0 else { return nil }
        if negative { value = -value }
        return utc(epochSeconds: milliseconds ? value / 1000 - (value % 1000 < 0 ? 1 : 0) : value)
    }

    /// Normalises an ISO 8601 date-time to whole seconds, keeping its zone as written (`Z`,
    /// `±HH:MM`; `±HHMM` gains a colon; no zone stays without one):
    /// `2024-03-12T20:58:00.123+00:00` → `2024-03-12T20:58:00+00:00`. Nil when it is not one.
    static func normalize(iso text: String) -> String? {
        let b = Array(text.utf8)
        var i = 0
        func number(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard b[k] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            i += n
            return value
        }
        func take(_ byte: UInt8) -> Bool {
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = number(4), take(0x2D), let month = number(2), take(0x2D), let day = number(2),
              isValid(year: year, month: month, day: day),
              i < b.count, b[i] == 0x54 || b[i] == 0x20 || b[i] == 0x74 else { return nil }
        i += 1
        guard let hour = number(2), take(0x3A), let minute = number(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        if take(0x3A) {
            guard let s = number(2), s < 61 else { return nil }
            second = min(s, 59)
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                let start = i
                while i < b.count, b[i] &- 0x30 < 10 { i += 1 }
                guard i > start else { return nil }
            }
        }
        var zone = ""
        if i < b.count {
            if b[i] == 0x5A || b[i] == 0x7A {
                guard i + 1 == b.count else { return nil }
                zone = "Z"
            } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2B ? "+" : "-"
                i += 1
                guard let offsetHours = number(2) else { return nil }
                _ = take(0x3A)
                guard let offsetMinutes = number(2), i == b.count, offsetHours < 24, offsetMinutes < 60 else { return nil }
                var out: [UInt8] = Array(sign.utf8)
                appendDigits(offsetHours, 2, &out)
                out.append(0x3A)
                appendDigits(offsetMinutes, 2, &out)
                zone = String(decoding: out, as: UTF8.self)
            } else {
                return nil
            }
        }
        return format(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone)
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        var digits: [UInt8] = []
        var v = max(value, 0)
        repeat {
            digits.append(UInt8(v % 10) + 0x30)
            v /= 10
        } while v > 0
        if digits.count < width { out.append(contentsOf: repeatElement(0x30, count: width - digits.count)) }
        out.append(contentsOf: digits.reversed())
    }

    /// The month number of an English three-letter abbreviation (`Mar` → 3), or nil.
    static func month(abbreviation: some Collection<UInt8>) -> Int? {
        guard abbreviation.count == 3 else { return nil }
        let lower = abbreviation.map { $0 | 0x20 }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in names.enumerated() where Array(name.utf8) == lower { return index + 1 }
        return nil
    }
}

/// Byte-level text helpers shared by the export readers.
enum ExportText {
    /// The length of the invisible direction control at `i` (U+200E LRM, U+200F RLM,
    /// U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates), or 0.
    @inline(__always)
    static func directionMarkLength<C: RandomAccessCollection<UInt8>>(_ bytes: C, at i: C.Index) -> Int {
        guard bytes[i] == 0xE2, bytes.distance(from: i, to: bytes.endIndex) >= 3 else { return 0 }
        let second = bytes[bytes.index(i, offsetBy: 1)]
        let third = bytes[bytes.index(i, offsetBy: 2)]
        if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return 3 }
        if second == 0x81 && (0xA6...0xA9).contains(third) { return 3 }
        return 0
    }

    /// `bytes` without direction controls anywhere, and without surrounding spaces and tabs.
    static func stripDirectionMarks<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = directionMarkLength(bytes, at: i)
            if length > 0 {
                i = bytes.index(i, offsetBy: length)
            } else {
                out.append(bytes[i])
                i = bytes.index(after: i)
            }
        }
        return trimSpaces(out)
    }

    /// `bytes` without leading and trailing spaces, tabs and `\r`.
    static func trimSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var lower = 0
        var upper = bytes.count
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower == 0 && upper == bytes.count ? bytes : Array(bytes[lower..<upper])
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// Whether `bytes` starts with the UTF-8 of `prefix`.
    static func hasPrefix<C: Collection<UInt8>>(_ bytes: C, _ prefix: String) -> Bool {
        bytes.starts(with: prefix.utf8)
    }

    /// Whether `bytes` ends with the UTF-8 of `suffix`.
    static func hasSuffix<C: BidirectionalCollection<UInt8>>(_ bytes: C, _ suffix: String) -> Bool {
        bytes.reversed().starts(with: suffix.utf8.reversed())
    }

    /// Whether `bytes` contains the UTF-8 of `needle`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return n.isEmpty }
        var i = 0
        while i + n.count <= bytes.count {
            if bytes[i] == n[0] && bytes[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    /// Repairs the mojibake of Facebook and Instagram exports, which write each UTF-8 byte as
    /// its own code point (`"\u00c3\u00a9"` for é): when every code point of `utf8` is at most
    /// U+00FF, at least one is above U+007F, and those code points taken as bytes are valid
    /// UTF-8, returns those bytes; otherwise nil (nothing to repair, or genuine Latin-1 text
    /// such as `café` written as `"caf\u00e9"`, which is not valid UTF-8 as bytes).
    ///
    /// - Complexity: O(`utf8.count`).
    static func repairMojibake(_ utf8: [UInt8]) -> [UInt8]? {
        var latin1: [UInt8] = []
        var sawHigh = false
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                latin1.append(byte)
                i += 1
            } else if (byte == 0xC2 || byte == 0xC3), i + 1 < utf8.count, utf8[i + 1] & 0xC0 == 0x80 {
                if latin1.isEmpty && !sawHigh { latin1.reserveCapacity(utf8.count) }
                latin1.append((byte & 0x1F) << 6 | (utf8[i + 1] & 0x3F))
                sawHigh = true
                i += 2
            } else {
                return nil   // a code point above U+00FF: real Unicode, leave it alone
            }
        }
        guard sawHigh else { return nil }
        let valid = latin1.withUnsafeBufferPointer { p -> Bool in
            var j = 0
            while j < p.count {
                let length = UTF8Validation.sequenceLength(in: p, at: j, end: p.count)
                guard length > 0 else { return false }
                j += length
            }
            return true
        }
        return valid ? latin1 : nil
    }

    /// `utf8` repaired by ``repairMojibake(_:)`` when that applies, else unchanged.
    static func repairingMojibake(_ utf8: [UInt8]) -> [UInt8] {
        repairMojibake(utf8) ?? utf8
    }

    /// Decodes the entity at `bytes[i]` (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`,
    /// `&#NNN;`, `&#xHH;`) into `out`; returns the number of bytes consumed, or 0 when it is not
    /// one of those (the `&` is then literal).
    static func decodeEntity(_ bytes: [UInt8], at i: Int, into out: inout [UInt8]) -> Int {
        guard bytes[i] == UInt8(ascii: "&") else { return 0 }
        var j = i + 1
        while j < bytes.count, j - i <= 10, bytes[j] != UInt8(ascii: ";") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1 else { return 0 }
        let name = bytes[(i + 1)..<j]
        let consumed = j - i + 1
        switch String(decoding: name, as: UTF8.self) {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case "nbsp": out.append(contentsOf: [0xC2, 0xA0])
        default:
            guard name.first == UInt8(ascii: "#") else { return 0 }
            var digits = name.dropFirst()
            var radix: UInt32 = 10
            if let x = digits.first, x | 0x20 == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, digits.count <= 8 else { return 0 }
            var value: UInt32 = 0
            for d in digits {
                let v: UInt32
                switch d {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - 0x30)
                case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: v = UInt32(d - 0x61 + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: v = UInt32(d - 0x41 + 10)
                default: return 0
                }
                value = value * radix + v
            }
            let scalar = (value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)) ? 0xFFFD : value
            UTF8Validation.append(scalar: scalar, to: &out)
        }
        return consumed
    }
}

/// The shared `next()` of the JSON export readers, which walk their document one
/// ``JSONPullParser`` step at a time: a read failure is thrown; a syntax error becomes one error
/// record and ends the export (there is no resynchronising inside a broken JSON document).
protocol JSONExportStepping {
    var finished: Bool { get set }
    /// The number of messages yielded so far.
    var index: Int { get }
    mutating func step() throws(JSONPullError) -> InputRecord?
}

extension JSONExportStepping {
    mutating func nextRecord() throws(InputReadError) -> InputRecord? {
        guard !finished else { return nil }
        do {
            return try step()
        } catch {
            finished = true
            switch error {
            case .read(let failure): throw failure
            case .syntax: return .error(line: index + 1, reason: error.reason ?? "invalid JSON")
            }
        }
    }
}
