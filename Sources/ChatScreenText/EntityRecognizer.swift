/// Finds money amounts, durations, URLs and numbers among a message's tokens.
///
/// Recognition works on the normalised (case-folded) tokens, so `500GBP` and `５００ｇｂｐ` are
/// the same amount. Shapes recognised:
///
/// | entity | shapes |
/// |---|---|
/// | money | `five hundred pounds`, `a thousand dollars`, `two grand`, `£500`, `$ 1,000`, `$1k`, `R$ 500`, `500$`, `500 €`, `500gbp`, `1k`, `2.5k`, `500 quid`, `1 grand`, `300 dollars`, `500 euros`, `500 zł`, `500元` |
/// | duration | `24 hours`, `2hrs`, `48h`, `30 mins`, `two days`, `an hour`, `24 horas`, `24 stunden`, `deux jours` |
/// | url | `https://…`, `http://…`, `www.…`, `name.tld/…` for common TLDs |
/// | number | any token of digits, with `,` or `.` separators |
enum EntityRecognizer {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    // Word lists are compared against token bytes without allocating (see `WordList`). They are
    // normalised (NFKC_Casefold) forms, in English, Spanish, Portuguese, French, German, Italian
    // and a few Chinese/Japanese units.
    static let currencyWords = WordList(
        "quid", "pound", "pounds", "gbp", "dollar", "dollars", "usd", "bucks", "euro", "euros", "eur",
        "cad", "aud", "grand", "btc", "bitcoin", "bitcoins", "eth", "usdt", "rupees", "inr", "naira", "k",
        "dólares", "dolares", "dólar", "dolar", "pesos", "peso", "mxn", "reais", "real", "brl", "libras",
        "libra", "zł", "zl", "zloty", "złoty", "złotych", "pln", "francs", "franc", "franken", "chf",
        "lire", "lira", "sterline", "sterling", "rubles", "rub", "rand", "zar", "yen", "jpy", "yuan",
        "cny", "rmb", "元", "块", "円", "ngn")
    static let currencySuffixes = WordList("k", "gbp", "usd", "eur", "quid", "bucks", "btc", "grand", "cad", "aud",
                                           "brl", "pln", "zł", "chf", "mxn", "元", "块", "円")
    /// Letters written glued before `$`: `R$ 500`, `US$500`, `C$20`.
    static let dollarPrefixes = WordList("r", "us", "c", "a", "nz", "hk", "s", "mx")
    static let durationUnits = WordList(
        "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "sec", "secs", "second",
        "seconds", "day", "days", "week", "weeks", "horas", "hora", "heures", "heure", "stunden", "stunde",
        "std", "ore", "ora", "minutos", "minuto", "minuten", "minuti", "días", "dias", "día", "dia",
        "jours", "jour", "tage", "tag", "tagen", "giorni", "giorno", "semanas", "semana", "semaines",
        "semaine", "wochen", "woche", "settimane", "settimana", "segundos", "secondes", "sekunden",
        "secondi", "小时", "分钟", "天", "時間", "分", "日")
    static let durationSuffixes = WordList("h", "hr", "hrs", "hour", "hours", "min", "mins", "days", "day", "std", "hs")
    static let numberWords = WordList(
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "few", "couple",
        "un", "una", "uno", "une", "ein", "eine", "einer", "um", "uma", "dos", "deux", "zwei", "due",
        "dois", "duas", "tres", "trois", "drei", "tre", "três", "cuatro", "quatro", "quatre", "vier",
        "quattro", "cinco", "cinq", "fünf", "cinque", "diez", "dez", "dix", "zehn", "dieci")
    /// English number words that make amounts with a currency word ("five hundred pounds").
    static let amountWords = WordList(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "a")
    /// "a grand day", "one dollar store": alone before a currency word these are not amounts.
    static let loneArticles = WordList("a", "one")
    static let topLevelDomains = WordList(
        "com", "net", "org", "io", "me", "co", "uk", "ly", "gg", "app", "info", "biz", "xyz", "ru",
        "link", "site", "online", "store", "to", "tk", "cc", "de", "fr", "es", "it", "pt", "br")

    static func recognize(in text: AnalyzedText, normalized: Bytes) {
        let tokens = text.tokens
        @inline(__always) func bytes(_ i: Int) -> Bytes {
            Bytes(rebasing: normalized[Int(tokens[i].normalizedStart)..<Int(tokens[i].normalizedEnd)])
        }
        // Adjacent: nothing between the tokens, or a single space.
        @inline(__always) func adjacent(_ i: Int, _ j: Int, maxGap: Int32 = 1) -> Bool {
            tokens[j].normalizedStart - tokens[i].normalizedEnd <= maxGap
        }
        func add(_ kind: EntityKind, _ first: Int, _ last: Int) { text.appendEntity(kind, firstToken: first, lastToken: last) }
        // The lists, read once per message: each use of a `static let` checks its lazy
        // initialisation (`swift_once`), which was about 80 calls per message here.
        let numberWords = Self.numberWords, amountWords = Self.amountWords, currencyWords = Self.currencyWords
        let durationUnits = Self.durationUnits, dollarPrefixes = Self.dollarPrefixes, loneArticles = Self.loneArticles

        var urlEnd: Int32 = -1  // tokens starting before this are inside a URL
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.normalizedStart < urlEnd { i += 1; continue }
            let here = bytes(i)
            if token.kind == .letter, let end = urlEndIfURL(at: i, tokens: tokens, normalized: normalized) {
                var last = i
                while last + 1 < tokens.count && tokens[last + 1].normalizedStart < end { last += 1 }
                add(.url, i, last)
                if isPayPalLink(normalized, from: Int(token.normalizedStart)) { add(.paypalLink, i, last) }
                urlEnd = end
                i = last + 1
                continue
            }
            if token.kind == .punctuation && isCurrencySymbol(here) {
                // £500, $ 1,000, $1k, and R$ 500 / US$500 with a glued letter prefix
                if i + 1 < tokens.count && adjacent(i, i + 1) && isAmount(bytes(i + 1)) {
                    let prefixed = here.count == 1 && i > 0 && tokens[i - 1].kind == .letter
                        && tokens[i - 1].normalizedEnd == token.normalizedStart && dollarPrefixes.contains(bytes(i - 1))
                    add(.money, prefixed ? i - 1 : i, i + 1)
                    add(.number, i + 1, i + 1)
                    i += 2
                    continue
                }
            } else if isAmount(here) {
                let numeric = isNumber(here)
                if numeric { add(.number, i, i) }
                if i + 1 < tokens.count && adjacent(i, i + 1) {
                    let next = bytes(i + 1)
                    if tokens[i + 1].kind == .punctuation && isCurrencySymbol(next) {  // 500$, 500 €
                        add(.money, i, i + 1)
                        i += 2
                        continue
                    }
                    if numeric && currencyWords.contains(next) {              // 500 quid
                        add(.money, i, i + 1)
                        i += 2
                        continue
                    }
                    if numeric && durationUnits.contains(next) {              // 24 hours
                        add(.duration, i, i + 1)
                        i += 2
                        continue
                    }
                }
                if !numeric {
                    if hasSuffix(here, in: currencySuffixes) { add(.money, i, i) }      // 500gbp, 1k
                    else if hasSuffix(here, in: durationSuffixes) { add(.duration, i, i) }  // 48h
                }
            }
            let isNumberWord = token.kind == .letter && numberWords.contains(here)   // never an amount: no digits
            if isNumberWord {
                if i + 1 < tokens.count && adjacent(i, i + 1) && durationUnits.contains(bytes(i + 1))
                    && bytes(i + 1).count > 1 {                                    // an hour, two days
                    add(.duration, i, i + 1)
                    i += 2
                    continue
                }
            }
            // Amounts in words: "five hundred pounds", "a thousand dollars", "two grand", "fifty quid".
            if token.kind == .letter && (isNumberWord || amountWords.contains(here)) {
                // At most four more number words ("one hundred and fifty" needs four), so a run
                // like "a a a a …" costs a constant per token (the linearity test pins this).
                var last = i
                while last + 1 < tokens.count && last - i < 4 && adjacent(last, last + 1) && tokens[last + 1].kind == .letter
                    && amountWords.contains(bytes(last + 1)) {
                    last += 1
                }
                if last + 1 < tokens.count && adjacent(last, last + 1) && currencyWords.contains(bytes(last + 1))
                    && bytes(last + 1).count > 1 && (last > i || (amountWords.contains(here) && !loneArticles.contains(here))) {
                    add(.money, i, last + 1)
                    i = last + 2
                    continue
                }
            }
            i += 1
        }
    }

    /// `$`, `£`, `¥`, and the Currency Symbols block U+20A0–U+20C0 (`€`, `₹`, `₿`…).
    static func isCurrencySymbol(_ b: Bytes) -> Bool {
        switch b.count {
        case 1: return b[0] == 0x24
        case 2: return b[0] == 0xC2 && (b[1] == 0xA3 || b[1] == 0xA5)
        case 3: return b[0] == 0xE2 && b[1] == 0x82 && (0xA0...0xC0).contains(b[2])
        default: return false
        }
    }

    /// Digits with `,`/`.` separators (`1,000`, `3.5`).
    static func isNumber(_ b: Bytes) -> Bool {
        guard let first = b.first, first &- 0x30 < 10 else { return false }
        for byte in b where !(byte &- 0x30 < 10 || byte == 0x2C || byte == 0x2E) { return false }
        return true
    }

    /// A number optionally followed by letters (`500`, `1k`, `500gbp`, `48h`).
    static func isAmount(_ b: Bytes) -> Bool {
        guard let first = b.first, first &- 0x30 < 10 else { return false }
        var i = 0
        while i < b.count && (b[i] &- 0x30 < 10 || b[i] == 0x2C || b[i] == 0x2E) { i += 1 }
        while i < b.count && b[i] &- 0x61 < 26 { i += 1 }
        return i == b.count
    }

    /// Whether the letters after the leading number are exactly one of `suffixes`.
    static func hasSuffix(_ b: Bytes, in suffixes: WordList) -> Bool {
        var i = 0
        while i < b.count && (b[i] &- 0x30 < 10 || b[i] == 0x2C || b[i] == 0x2E) { i += 1 }
        return suffixes.contains(Bytes(rebasing: b[i...]))
    }

    /// Whether the URL starting at `start` is a PayPal.me link (`paypal.me/…`, with or without
    /// scheme and `www.`).
    static func isPayPalLink(_ normalized: Bytes, from start: Int) -> Bool {
        var i = start
        if hasPrefix(normalized, at: i, "https://") { i += 8 }
        if hasPrefix(normalized, at: i, "http://") { i += 7 }
        if hasPrefix(normalized, at: i, "www.") { i += 4 }
        let host: StaticString = "paypal.me/"
        // A name must follow the host ("paypal.me/ now" is not a link to anyone).
        return hasPrefix(normalized, at: i, host) && normalized.count - i > host.utf8CodeUnitCount
            && normalized[i + host.utf8CodeUnitCount] > 0x20
    }

    /// Whether `bytes[offset...]` starts with `prefix` (no allocation: a `StaticString`'s bytes
    /// are in the binary).
    @inline(__always)
    static func hasPrefix(_ bytes: Bytes, at offset: Int, _ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return bytes.count - offset >= p.count && bytes[offset..<offset + p.count].elementsEqual(p)
    }

    /// If a URL starts at token `i`, the normalised offset where it ends.
    static func urlEndIfURL(at i: Int, tokens: [Token], normalized: Bytes) -> Int32? {
        let start = Int(tokens[i].normalizedStart)
        let tokenEnd = Int(tokens[i].normalizedEnd)
        // Cheap reject for the common case, a plain word: a URL starts with "h" or "w" or has a dot.
        var dot = -1
        for k in start..<tokenEnd where normalized[k] == 0x2E { dot = k }
        guard dot > start || normalized[start] == 0x68 || normalized[start] == 0x77 else { return nil }
        var isURL = hasPrefix(normalized, at: start, "https://") || hasPrefix(normalized, at: start, "http://")
            || hasPrefix(normalized, at: start, "www.")
        if !isURL {
            // A bare domain: one token `label.label…` whose last label is a common TLD.
            if dot > start {
                isURL = topLevelDomains.contains(Bytes(rebasing: normalized[(dot + 1)..<tokenEnd]))
            }
        }
        guard isURL else { return nil }
        var end = start
        while end < normalized.count && normalized[end] > 0x20 { end += 1 }
        // Trailing sentence punctuation is not part of the URL.
        while end > tokenEnd, let last = Optional(normalized[end - 1]),
              last == 0x2E || last == 0x2C || last == 0x21 || last == 0x3F || last == 0x29 || last == 0x22 {
            end -= 1
        }
        return Int32(max(end, tokenEnd))
    }
}

/// A fixed set of words, looked up by hash, with no allocation per lookup.
///
/// ```swift
/// let units = WordList("h", "hours")
/// units.contains(bytes)   // bytes: UnsafeBufferPointer<UInt8> of a token
/// ```
///
/// Most lookups are misses (every token of a message is tried against several lists), so a
/// 64-bit mask of word lengths and a 256-bit mask of first bytes reject them in a few
/// instructions; only a candidate of the right length and first byte is hashed and looked up.
/// The nested `[[[UInt8]]]` this replaced cost about 2,000 instructions per message in
/// retain/release and generic `elementsEqual` (callgrind, 2026-11-29).
struct WordList: Sendable {
    private let arena: [UInt8]
    /// Open addressing by an FNV-1a hash of the word: `offset << 6 | length` of a word in
    /// `arena`, or `UInt32.max` for an empty slot. At most half full, so a miss usually stops at
    /// the first slot. (A linear scan of the words of the token's length was 40% of entity
    /// recognition: "one", "two", "six", "uno", "dos"… share lengths and first letters.)
    private let table: [UInt32]
    private let tableMask: Int
    private let lengths: UInt64              // bit n: some word has n bytes (n < 64)
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    init(_ words: String...) {
        var arena: [UInt8] = []
        var lengths: UInt64 = 0
        var first: [UInt64] = [0, 0, 0, 0]
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }
        var table = [UInt32](repeating: .max, count: capacity)
        for word in words {
            let bytes = Array(word.utf8)
            precondition(bytes.count < 64 && arena.count < 1 << 26, "WordList words must be shorter than 64 bytes")
            lengths |= 1 << UInt64(bytes.count)
            if let byte = bytes.first { first[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
            let isNew = bytes.withUnsafeBufferPointer { bytes in
                var slot = Self.hash(bytes) & (capacity - 1)
                while table[slot] != .max {
                    let entry = table[slot]
                    let start = Int(entry >> 6), length = Int(entry & 63)
                    if length == bytes.count && arena[start..<start + length].elementsEqual(bytes) { return false }
                    slot = (slot + 1) & (capacity - 1)
                }
                table[slot] = UInt32(arena.count) << 6 | UInt32(bytes.count)
                return true
            }
            if isNew { arena.append(contentsOf: bytes) }
        }
        self.arena = arena
        self.table = table
        self.tableMask = capacity - 1
        self.lengths = lengths
        self.firstBytes = (first[0], first[1], first[2], first[3])
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return Int(h)
    }

    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count < 64, lengths & (1 << UInt64(count)) != 0, let byte = bytes.first else { return false }
        let mask: UInt64
        switch byte >> 6 {
        case 0: mask = firstBytes.0
        case 1: mask = firstBytes.1
        case 2: mask = firstBytes.2
        default: mask = firstBytes.3
        }
        guard mask & (1 << UInt64(byte & 63)) != 0 else { return false }
        return table.withUnsafeBufferPointer { table in
            arena.withUnsafeBufferPointer { arena in
                var slot = Self.hash(bytes) & tableMask
                while true {
                    let entry = table[slot]
                    if entry == .max { return false }
                    if Int(entry & 63) == count {
                        let start = Int(entry >> 6)
                        var equal = true
                        for k in 0..<count where arena[start + k] != bytes[k] { equal = false; break }
                        if equal { return true }
                    }
                    slot = (slot + 1) & tableMask
                }
            }
        }
    }
}
