import ChatScreen

/// ANSI colours for terminal output, or none: every painted string goes through ``paint(_:_:)``,
/// so output without colour has no escape byte at all.
///
/// ```swift
/// let style = TerminalStyle(colour: true)
/// style.paint("high", TerminalStyle.level(.high))   // "\u{1B}[1;31mhigh\u{1B}[0m"
/// TerminalStyle.plain.paint("high", "1;31")         // "high"
/// ```
public struct TerminalStyle: Sendable, Equatable {
    /// Whether ``paint(_:_:)`` writes SGR escape sequences.
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    /// No colour.
    public static let plain = TerminalStyle(colour: false)

    /// Evidence inside a message: bold red.
    public static let evidence = "1;31"
    /// Line numbers: green (as ripgrep).
    public static let lineNumber = "32"
    /// File names: magenta (as ripgrep).
    public static let file = "35"
    /// Secondary text (ellipses, skipped records): dim.
    public static let dim = "2"
    /// Emphasis without colour (a stage change): bold.
    public static let bold = "1"
    /// Error records: red.
    public static let error = "31"

    /// The colour of a level: `none` green, `low` cyan, `medium` yellow, `high` and `critical`
    /// bold red (the colours of `chatscreen explain`).
    public static func level(_ level: Level) -> String {
        switch level {
        case .none: "32"
        case .low: "36"
        case .medium: "33"
        case .high, .critical: "1;31"
        }
    }

    /// `text` wrapped in the SGR sequence `code` and a reset, or `text` unchanged without colour
    /// (or when it is empty).
    public func paint(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Text fitted to one terminal line: control characters made visible, widths counted in
/// columns, message text cut around its evidence. Message text is untrusted: nothing from it
/// reaches the terminal as a control character, so it can neither move the cursor, nor change
/// colours, nor reorder the line (bidi controls are dropped).
///
/// ```swift
/// TerminalText.sanitized("a\u{1B}[2Jb\nc")     // "a␛[2Jb⏎c"
/// TerminalText.columns(of: "日本")              // 4
/// TerminalText.view(of: Array("pay £500 now".utf8), evidence: [ByteSpan(0, 9)], width: 40,
///                   style: .plain).text          // "«pay £500» now"
/// ```
///
/// Widths follow the usual terminal rules, erring wide so a line never wraps: East Asian wide
/// and fullwidth characters and emoji take 2 columns (a character followed by U+FE0F too),
/// combining marks 0, everything else 1. Without colour, evidence is marked `«…»`; with colour
/// it is bold red. A cut is marked `…`.
public enum TerminalText {
    /// What a message's text shows as on one line.
    ///
    /// - `\n`, `\r\n`, `\r`, U+2028 and U+2029: `⏎`; a tab: a space.
    /// - Other C0 controls and DEL: their control pictures (`␛` for ESC); C1 controls: `�`.
    /// - Format characters (zero-width spaces and joiners, bidi controls, soft hyphens): dropped.
    /// - Invalid UTF-8: `�` per maximal invalid subpart.
    struct Unit {
        var text: String
        var columns: Int
        var start: Int
        var end: Int
    }

    /// The columns `text` takes once ``sanitized(_:)``.
    public static func columns(of text: String) -> Int {
        units(Array(text.utf8)).reduce(0) { $0 + $1.columns }
    }

    /// `text` with every control character replaced as in ``view(of:evidence:width:style:)``.
    public static func sanitized(_ text: String) -> String {
        units(Array(text.utf8)).map(\.text).joined()
    }

    /// `text` sanitized and cut to at most `width` columns, ending with `…` when cut.
    ///
    /// ```swift
    /// TerminalText.fitted("conversation-with-a-long-name", width: 10)   // "conversat…"
    /// ```
    public static func fitted(_ text: String, width: Int) -> String {
        let all = units(Array(text.utf8))
        if all.reduce(0, { $0 + $1.columns }) <= width { return all.map(\.text).joined() }
        guard width > 0 else { return "" }
        var out = "", used = 0
        for unit in all {
            if used + unit.columns > width - 1 { break }
            out += unit.text
            used += unit.columns
        }
        return out + "…"
    }

    /// `text` without the SGR sequences ``TerminalStyle/paint(_:_:)`` adds: what a terminal shows.
    ///
    /// ```swift
    /// TerminalText.stripped("\u{1B}[1;31mpay\u{1B}[0m now")   // "pay now"
    /// ```
    public static func stripped(_ text: String) -> String {
        var out = "", escape = false
        for scalar in text.unicodeScalars {
            if escape {
                if scalar == "m" { escape = false }
                continue
            }
            if scalar == "\u{1B}" { escape = true; continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// `text` padded with spaces to `width` columns (never cut).
    public static func padded(_ text: String, to width: Int) -> String {
        let columns = columns(of: text)
        return columns >= width ? text : text + String(repeating: " ", count: width - columns)
    }

    /// One line showing `text` (UTF-8 bytes, possibly invalid) in at most `width` columns, with
    /// the bytes of `evidence` highlighted. When the whole text does not fit, the line starts a
    /// little before the first evidence (at a word boundary when there is one) and ends where
    /// the width runs out, each cut marked `…`.
    ///
    /// ```swift
    /// let text = Array("so anyway, I have your video. pay £500 or everyone sees it".utf8)
    /// TerminalText.view(of: text, evidence: [ByteSpan(30, 39)], width: 30, style: .plain).text
    /// // "…video. «pay £500» or everyon…"
    /// ```
    ///
    /// - Returns: the line (with SGR sequences when `style.colour`) and the columns it takes.
    /// - Complexity: O(`text.count` + `evidence.count` log `evidence.count`).
    public static func view(of text: [UInt8], evidence: [ByteSpan], width: Int, style: TerminalStyle)
        -> (text: String, columns: Int) {
        guard width > 0, !text.isEmpty else { return ("", 0) }
        var spans: [ByteSpan] = []
        for span in evidence.filter({ $0.end > $0.start }).sorted() {
            if let last = spans.last, span.start <= last.end { spans[spans.count - 1].end = max(last.end, span.end) }
            else { spans.append(span) }
        }
        // A long message is read only around its first evidence: a line shows at most `width`
        // columns, and a column takes at most 4 bytes (more only for zero-width characters,
        // which then show fewer columns than the width; the line is still cut correctly).
        var low = 0, high = text.count
        if text.count > 16 * width + 64 {
            let anchor = min(spans.first?.start ?? 0, text.count)
            low = max(0, anchor - 4 * width)
            high = min(text.count, anchor + 16 * width)
            while low > 0 && low < text.count && text[low] & 0xC0 == 0x80 { low += 1 }
            while high < text.count && text[high] & 0xC0 == 0x80 { high -= 1 }
        }
        let cutBefore = low > 0, cutAfter = high < text.count
        let all = units(text, from: low, to: high)
        guard !all.isEmpty else { return cutBefore || cutAfter ? (style.paint("…", TerminalStyle.dim), 1) : ("", 0) }
        var marked = [Bool](repeating: false, count: all.count)
        var next = 0
        for (index, unit) in all.enumerated() where unit.columns > 0 {
            while next < spans.count && spans[next].end <= unit.start { next += 1 }
            if next < spans.count && spans[next].start < unit.end { marked[index] = true }
        }
        // A space or a dropped character (zero columns) between two pieces of evidence joins
        // them: `«pay £500»`, not `«pay» «£500»`.
        for index in all.indices.dropFirst().dropLast()
        where (all[index].columns == 0 || all[index].text == " ") && marked[index - 1] && marked[index + 1] {
            marked[index] = true
        }
        let markers = style.colour ? 0 : 2   // «» around each run of evidence
        let count = all.count
        /// Columns of unit `index` when the line starts at `start`, its run's markers included.
        func cost(_ index: Int, from start: Int) -> Int {
            all[index].columns + (marked[index] && (index == start || !marked[index - 1]) ? markers : 0)
        }
        var start = 0, end = count
        var body = all.indices.reduce(0) { $0 + cost($1, from: 0) }
        func ellipses(_ start: Int, _ end: Int) -> Int {
            (start > 0 || cutBefore ? 1 : 0) + (end < count || cutAfter ? 1 : 0)
        }
        if body + ellipses(0, count) > width {
            // Start a little before the first evidence: up to a quarter of the width, from a word.
            let first = marked.firstIndex(of: true) ?? 0
            start = first
            var before = 0
            while start > 0 && before + all[start - 1].columns <= width / 4 {
                start -= 1
                before += all[start].columns
            }
            if start > 0 && all[start - 1].text != " ", let space = all[start..<first].firstIndex(where: { $0.text == " " }) {
                start = space + 1
            }
            // Then as much as fits.
            body = 0
            end = start
            while end < count {
                let added = cost(end, from: start)
                if body + added + ellipses(start, end + 1) > width { break }
                body += added
                end += 1
            }
            // The end reached: the spare columns go to the text before.
            while end == count && start > 0 && start < end {
                let added = all[start - 1].columns + (marked[start - 1] && !marked[start] ? markers : 0)
                if body + added + ellipses(start - 1, end) > width { break }
                body += added
                start -= 1
            }
            if end == start { return (style.paint("…", TerminalStyle.dim), 1) }
            // A cut after a space reads better without it: `«pay me £500»…`, not `«pay me £500 »…`.
            while end < count && end - 1 > start && all[end - 1].text == " " { end -= 1 }
        }
        var out = "", columns = 0
        if start > 0 || cutBefore { out += style.paint("…", TerminalStyle.dim); columns += 1 }
        var index = start
        while index < end {
            if marked[index] {
                var run = ""
                while index < end && marked[index] {
                    run += all[index].text
                    columns += all[index].columns
                    index += 1
                }
                out += style.colour ? style.paint(run, TerminalStyle.evidence) : "«" + run + "»"
                columns += markers
            } else {
                out += all[index].text
                columns += all[index].columns
                index += 1
            }
        }
        if end < count || cutAfter { out += style.paint("…", TerminalStyle.dim); columns += 1 }
        return (out, columns)
    }

    // MARK: Decoding and widths

    /// Splits UTF-8 bytes into what a terminal shows: one unit per scalar (combining marks join
    /// the unit before), with its replacement text, columns and byte range.
    static func units(_ bytes: [UInt8], from low: Int = 0, to high: Int? = nil) -> [Unit] {
        let high = high ?? bytes.count
        var result: [Unit] = []
        result.reserveCapacity(high - low)
        var index = low
        while index < high {
            let (scalar, length) = decode(bytes, at: index)
            let start = index
            index += length
            let value = scalar.value
            switch value {
            case 0x0A, 0x2028, 0x2029:
                result.append(Unit(text: "⏎", columns: 1, start: start, end: index))
            case 0x0D:
                if index < high && bytes[index] == 0x0A { index += 1 }
                result.append(Unit(text: "⏎", columns: 1, start: start, end: index))
            case 0x09:
                result.append(Unit(text: " ", columns: 1, start: start, end: index))
            case 0x00..<0x20:
                result.append(Unit(text: String(Unicode.Scalar(0x2400 + value)!), columns: 1, start: start, end: index))
            case 0x7F:
                result.append(Unit(text: "␡", columns: 1, start: start, end: index))
            case 0x80..<0xA0:
                result.append(Unit(text: "\u{FFFD}", columns: 1, start: start, end: index))
            default:
                let properties = scalar.properties
                switch properties.generalCategory {
                case .format:
                    result.append(Unit(text: "", columns: 0, start: start, end: index))
                case .nonspacingMark, .enclosingMark:
                    if var last = result.popLast(), last.end == start, !last.text.isEmpty {
                        last.text.unicodeScalars.append(scalar)
                        last.end = index
                        if value == 0xFE0F { last.columns = max(last.columns, 2) }   // emoji presentation
                        result.append(last)
                    } else {
                        result.append(Unit(text: String(scalar), columns: 0, start: start, end: index))
                    }
                default:
                    if (0x1160...0x11FF).contains(value), var last = result.popLast() {
                        // Hangul medial and final jamo join the syllable before.
                        last.text.unicodeScalars.append(scalar)
                        last.end = index
                        result.append(last)
                    } else {
                        result.append(Unit(text: String(scalar), columns: isWide(scalar) ? 2 : 1, start: start, end: index))
                    }
                }
            }
        }
        return result
    }

    /// East Asian wide or fullwidth, or an emoji shown as an emoji by default.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18AFF,
             0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The scalar at `index` and the bytes it takes; an invalid sequence is U+FFFD for its
    /// maximal subpart (at least one byte), as the engine's repair reads it.
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int, lower: UInt8, upper: UInt8
        switch lead {
        case 0xC2...0xDF: length = 2; lower = 0x80; upper = 0xBF
        case 0xE0: length = 3; lower = 0xA0; upper = 0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; lower = 0x80; upper = 0xBF
        case 0xED: length = 3; lower = 0x80; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90; upper = 0xBF
        case 0xF1...0xF3: length = 4; lower = 0x80; upper = 0xBF
        case 0xF4: length = 4; lower = 0x80; upper = 0x8F
        default: return ("\u{FFFD}", 1)
        }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let position = index + offset
            guard position < bytes.count else { return ("\u{FFFD}", offset) }
            let byte = bytes[position]
            let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= low && byte <= high else { return ("\u{FFFD}", offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
