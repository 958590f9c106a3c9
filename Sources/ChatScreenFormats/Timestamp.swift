/// Parses message times into seconds since the Unix epoch, without Foundation.
///
/// ```swift
/// Timestamp.epochSeconds("2026-03-14T21:05:00Z")        // 1773522300
/// Timestamp.epochSeconds("2026-03-14T22:05:00.250+01:00") // 1773522300
/// Timestamp.epochSeconds("1773522300")                  // 1773522300
/// Timestamp.epochSeconds("1773522300123")               // 1773522300 (milliseconds)
/// Timestamp.epochSeconds("yesterday")                   // nil
/// ```
///
/// Accepted: ISO 8601 / RFC 3339 date-times (`T` or a space between date and time, optional
/// seconds and fraction, `Z` or `±HH:MM` or `±HHMM`; no zone means UTC), a bare date
/// (`2026-03-14`, midnight UTC), and integer epoch seconds (or milliseconds, when the number has
/// 13 or more digits).
public enum Timestamp {
    public static func epochSeconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard !b.isEmpty else { return nil }
        if b.allSatisfy({ $0 &- 0x30 < 10 }) {
            guard b.count <= 18, let value = Int64(text) else { return nil }
            return b.count >= 13 ? value / 1000 : value
        }
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard b[k] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            i += n
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = daysFromCivil(year: year, month: month, day: day) * 86_400
        if i == b.count { return Int64(seconds) }
        guard i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return nil }
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        if expect(0x3A) {
            guard let s = digits(2), s <= 60 else { return nil }
            second = s
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                let start = i
                while i < b.count, b[i] &- 0x30 < 10 { i += 1 }
                guard i > start else { return nil }
            }
        }
        seconds += hour * 3600 + minute * 60 + second
        if i == b.count { return Int64(seconds) }
        if b[i] == 0x5A || b[i] == 0x7A { return i + 1 == b.count ? Int64(seconds) : nil }
        guard b[i] == 0x2B || b[i] == 0x2D else { return nil }
        let sign = b[i] == 0x2B ? 1 : -1
        i += 1
        guard let offsetHours = digits(2) else { return nil }
        _ = expect(0x3A)
        let offsetMinutes = digits(2) ?? 0
        guard i == b.count, offsetHours < 24, offsetMinutes < 60 else { return nil }
        return Int64(seconds - sign * (offsetHours * 3600 + offsetMinutes * 60))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
