import ChatScreen

/// The shipped rules as regular expressions, one pattern per rule: the workload a regex engine
/// would run to answer the same question ChatScreen answers ("which rules match this message?"),
/// for the in-run baselines (RE2::Set, Swift `Regex`, Python `re`).
///
/// ```swift
/// let translation = try RuleRegexTranslation(rulesDirectory: "Rules", dialect: .re2)
/// translation.patterns.count        // one per rule whose condition has a positive part
/// translation.patterns[0].regex     // compile case-insensitive, `.` matching newlines
/// ```
///
/// It reads the parsed rules (``RuleParser``), not the compiled automaton, so it has the same
/// rules and the same vocabulary as ChatScreen:
///
/// | rule language | regex |
/// |---|---|
/// | `"going over facebook"` | the words joined by one or more non-word characters, as whole words |
/// | `@lexicon` | an alternation of its entries, each translated like a phrase |
/// | `entity(money)`, `entity(duration)`, … | an approximation built from the recogniser's own word lists (`EntityRecognizer`) |
/// | `A \| B` | `(?:A\|B)` |
/// | `A & B` | both orders, `A.*B` or `B.*A` (all orders for up to three operands) |
/// | `A then(B, N)` | `A`, then at most N words, then `B` |
/// | `A near(B, N)` | `A then(B, N)` or `B then(A, N)` |
/// | `not A`, `unless A` | dropped (regex has no cheap negation over a message), counted in ``droppedNot`` and ``droppedUnless`` |
///
/// Words are whole words: a pattern starts at the start of the text or after a non-word
/// character (`\W`) and ends before one (RE2 has no lookaround, so the boundaries are consumed
/// characters). In rules whose vocabulary holds Chinese, Japanese, Korean or Thai (written
/// without spaces), words may be adjacent and a gap of N words is at most 2N + 2 characters.
/// Nothing is normalised or de-obfuscated: `p4y`, `f a c e b o o k` and look-alike letters match
/// only as written, and an apostrophe matches `'` or `’`. So the patterns do not find exactly
/// what ChatScreen finds (they find more, since exclusions are dropped, and miss obfuscated
/// text); they are the same rules over the same vocabulary.
public struct RuleRegexTranslation: Sendable {
    /// Which engine's syntax to write. They differ only where Python's `re` lacks `\p{Lu}` and
    /// `\p{Ll}` (capitalised names, `entity(name_list)`): it gets `[A-Z][a-z]+`. RE2 patterns
    /// also serve `NSRegularExpression` (ICU syntax accepts them).
    public enum Dialect: String, Sendable, CaseIterable {
        case re2, swift, python
    }

    public struct Pattern: Sendable {
        public var rule: String
        public var path: String
        /// The pattern without flags: compile it case-insensitive, with `.` matching newlines.
        public var regex: String
    }

    public struct TranslationError: Error, CustomStringConvertible {
        public var description: String
    }

    public let dialect: Dialect
    public private(set) var patterns: [Pattern] = []
    /// Rules whose condition holds only through `not` (no positive part to match).
    public private(set) var skippedRules: [String] = []
    /// Rules this translation cannot express, with why (the benchmark reports how many).
    public private(set) var untranslatedRules: [(rule: String, reason: String)] = []
    /// `unless` clauses dropped.
    public private(set) var droppedUnless = 0
    /// `not` operands dropped.
    public private(set) var droppedNot = 0
    /// Rules written in unspaced mode (vocabulary in a script without spaces).
    public private(set) var unspacedRules = 0

    private var lexicons: [String: [String]] = [:]
    private var lexiconCache: [String: String] = [:]

    /// Reads and parses the pack at `rulesDirectory` (every `*.rules` file and `lexicons/*.txt`).
    public init(rulesDirectory: String, dialect: Dialect) throws {
        try self.init(source: RulePackSource.directory(rulesDirectory), dialect: dialect)
    }

    public init(source: RulePackSource, dialect: Dialect) throws {
        self.dialect = dialect
        for (name, files) in source.lexicons {
            lexicons[name] = files.flatMap { Self.lexiconEntries($0) }   // one file per language
        }
        var parsedFiles: [(path: String, file: RuleFileSyntax)] = []
        // Terms of top-level `terms { }` blocks are shared by every rule (the general
        // definitions; per-language overrides are left out, so a frame reads its general one).
        var shared: [String: TermSyntax] = [:]
        for file in source.ruleFiles {
            let parsed = RuleParser.parse(file)
            if let error = parsed.diagnostics.first(where: { $0.severity == .error }) {
                throw TranslationError(description: "\(file.path): \(error.message)")
            }
            parsedFiles.append((file.path, parsed.file))
            for term in parsed.file.sharedTerms where term.languages == nil { shared[term.name] = term }
        }
        for (path, file) in parsedFiles {
            for rule in file.rules {
                guard let when = rule.when else { continue }
                var terms = shared
                for term in rule.terms { terms[term.name] = term }
                droppedUnless += rule.unless.count
                do {
                    let unspaced = try usesUnspacedScript(when, terms: terms)
                    if unspaced { unspacedRules += 1 }
                    let mode = Mode(unspaced: unspaced)
                    guard let body = try translate(when, terms: terms, mode) else {
                        skippedRules.append(rule.name)
                        continue
                    }
                    let regex = mode.unspaced ? body : "(?:^|\(nonWord))" + body + "(?:\(nonWord)|$)"
                    patterns.append(Pattern(rule: rule.name, path: path, regex: regex))
                } catch let error as TranslationError {
                    untranslatedRules.append((rule.name, error.description))
                }
            }
        }
    }

    // MARK: - Expressions

    private struct Mode {
        var unspaced: Bool
    }

    // `\w` is Unicode-aware in Swift `Regex` and Python `re`, and ASCII-only in RE2. A Unicode
    // class (`[^\p{L}\p{N}_]`) at every word boundary made the RE2 program of the shipped pack
    // larger than 1 GiB, so RE2 gets `\w`/`\W` too: there a non-ASCII letter counts as a
    // separator, which makes its patterns a little looser, never stricter, at word edges.
    private var wordClassBody: String { #"\w"# }
    private var word: String { #"\w"# }
    private var nonWord: String { #"\W"# }

    /// At most `n` words between two operands.
    private func gap(_ n: Int, _ mode: Mode) -> String {
        mode.unspaced ? ".{0,\(2 * n + 2)}" : "\(nonWord)+(?:\(word)+\(nonWord)+){0,\(n)}"
    }

    /// Anything between the operands of `&`.
    private func anywhere(_ mode: Mode) -> String {
        mode.unspaced ? ".*" : "\(nonWord)(?:.*\(nonWord))?"
    }

    /// A translated condition, or nil when it is only a negation (dropped).
    private mutating func translate(_ expression: ExpressionSyntax, terms: [String: TermSyntax], _ mode: Mode) throws -> String? {
        switch expression {
        case .variable(let name, _):
            guard let term = terms[name] else { throw TranslationError(description: "undefined term $\(name)") }
            if let defined = term.expression { return try translate(defined, terms: terms, mode) }   // `$t = @a then(@b, 2)`
            return try alternation(term.atoms, mode)
        case .atoms(let atoms, _):
            return try alternation(atoms, mode)
        case .and:
            var operands: [String] = []
            for operand in Self.flattenAnd(expression) {
                if let regex = try translate(operand, terms: terms, mode) { operands.append(regex) }
            }
            guard operands.count > 1 else { return operands.first }
            let orders = operands.count <= 3 ? Self.permutations(operands) : [operands, operands.reversed()]
            return "(?:" + orders.map { $0.joined(separator: anywhere(mode)) }.joined(separator: "|") + ")"
        case .or(let a, let b):
            let x = try translate(a, terms: terms, mode), y = try translate(b, terms: terms, mode)
            guard let x else { return y }
            guard let y else { return x }
            return "(?:\(x)|\(y))"
        case .not:
            droppedNot += 1
            return nil
        case .near(let a, let b, let distance, _):
            let x = try translate(a, terms: terms, mode), y = try translate(b, terms: terms, mode)
            guard let x else { return y }
            guard let y else { return x }
            let g = gap(distance, mode)
            return "(?:\(x)\(g)\(y)|\(y)\(g)\(x))"
        case .then(let a, let b, let distance, _), .before(let a, let b, let distance, _):
            let x = try translate(a, terms: terms, mode), y = try translate(b, terms: terms, mode)
            guard let x else { return y }
            guard let y else { return x }
            return "(?:\(x)\(gap(distance, mode))\(y))"
        }
    }

    private static func flattenAnd(_ expression: ExpressionSyntax) -> [ExpressionSyntax] {
        if case .and(let a, let b) = expression { return flattenAnd(a) + flattenAnd(b) }
        return [expression]
    }

    private static func permutations(_ items: [String]) -> [[String]] {
        guard items.count > 1 else { return [items] }
        var result: [[String]] = []
        for (i, item) in items.enumerated() {
            var rest = items
            rest.remove(at: i)
            for tail in permutations(rest) { result.append([item] + tail) }
        }
        return result
    }

    // MARK: - Atoms

    private mutating func alternation(_ atoms: [AtomSyntax], _ mode: Mode) throws -> String {
        var parts: [String] = []
        for atom in atoms {
            switch atom {
            case .phrase(let text, _):
                if let regex = phrase(text, mode) { parts.append(regex) }
            case .lexicon(let name, _):
                parts.append(try lexicon(name, mode))
            case .entity(let name, _):
                guard let regex = entity(name) else { throw TranslationError(description: "unknown entity \(name)") }
                parts.append(regex)
            }
        }
        return parts.count == 1 ? parts[0] : "(?:" + parts.joined(separator: "|") + ")"
    }

    private mutating func lexicon(_ name: String, _ mode: Mode) throws -> String {
        let key = name + (mode.unspaced ? "|u" : "|s")
        if let cached = lexiconCache[key] { return cached }
        guard let entries = lexicons[name] else { throw TranslationError(description: "unknown lexicon @\(name)") }
        let regex = "(?:" + entries.compactMap { phrase($0, mode) }.joined(separator: "|") + ")"
        lexiconCache[key] = regex
        return regex
    }

    /// Lexicon entries: one per line, `#` starts a comment (as the compiler reads them).
    private static func lexiconEntries(_ file: SourceFile) -> [String] {
        var entries: [String] = []
        var seen = Set<String>()
        for line in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var entry = line[...]
            if let hash = entry.firstIndex(of: 0x23) { entry = entry[..<hash] }
            let text = String(decoding: entry, as: UTF8.self).trimmingCharacters(in: " \t\r")
            if !text.isEmpty, seen.insert(text).inserted { entries.append(text) }
        }
        return entries
    }

    private enum ScalarClass { case word, unspaced, apostrophe, other }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x27, 0x2019: return .apostrophe
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
             0xF900...0xFAFF, 0x20000...0x2FFFF:
            return .unspaced
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_"
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                return .word
            }
            return .other
        }
    }

    /// The words of `text` as one pattern: whole words joined by non-word characters (none
    /// needed next to a character of a script written without spaces).
    private func phrase(_ text: String, _ mode: Mode) -> String? {
        // Runs of word characters (an apostrophe between two letters stays inside: "i'll") and
        // runs of unspaced-script characters, with whether a separator preceded each run.
        var runs: [(text: String, unspaced: Bool, separated: Bool)] = []
        var current = "", currentUnspaced = false, separated = false
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty { runs.append((current, currentUnspaced, separated)) }
            current = ""
            separated = false
        }
        for (i, scalar) in scalars.enumerated() {
            switch Self.classify(scalar) {
            case .word, .unspaced:
                let unspaced = Self.classify(scalar) == .unspaced
                if !current.isEmpty && unspaced != currentUnspaced { flush() }
                currentUnspaced = unspaced
                current += escape(scalar)
            case .apostrophe:
                let inside = !current.isEmpty && i + 1 < scalars.count && Self.classify(scalars[i + 1]) == .word
                if inside {
                    current += "['’]"
                } else {
                    flush()
                    separated = true
                }
            case .other:
                flush()
                separated = true
            }
        }
        flush()
        guard !runs.isEmpty else { return nil }
        var regex = runs[0].text
        for i in 1..<runs.count {
            let touchesUnspaced = runs[i - 1].unspaced || runs[i].unspaced
            regex += touchesUnspaced || mode.unspaced && !runs[i].separated ? "\(nonWord)*" : "\(nonWord)+"
            regex += runs[i].text
        }
        return regex
    }

    private func escape(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII && #"\.^$|?*+()[]{}-#&~/"#.unicodeScalars.contains(scalar) { return "\\" + String(scalar) }
        return String(scalar)
    }

    /// Whether the rule's vocabulary holds a script written without spaces.
    private func usesUnspacedScript(_ expression: ExpressionSyntax, terms: [String: TermSyntax]) throws -> Bool {
        func atomsUnspaced(_ atoms: [AtomSyntax]) -> Bool {
            atoms.contains { atom in
                switch atom {
                case .phrase(let text, _): return Self.hasUnspaced(text)
                case .lexicon(let name, _): return lexicons[name]?.contains(where: Self.hasUnspaced) ?? false
                case .entity: return false
                }
            }
        }
        switch expression {
        case .variable(let name, _):
            if let defined = terms[name]?.expression { return try usesUnspacedScript(defined, terms: terms) }
            return atomsUnspaced(terms[name]?.atoms ?? [])
        case .atoms(let atoms, _): return atomsUnspaced(atoms)
        case .and(let a, let b), .or(let a, let b), .near(let a, let b, _, _), .then(let a, let b, _, _), .before(let a, let b, _, _):
            return try usesUnspacedScript(a, terms: terms) || usesUnspacedScript(b, terms: terms)
        case .not(let a, _): return try usesUnspacedScript(a, terms: terms)
        }
    }

    private static func hasUnspaced(_ text: String) -> Bool {
        text.unicodeScalars.contains { classify($0) == .unspaced }
    }

    // MARK: - Entities

    /// Regex approximations of the entity recognisers, from their own word lists
    /// (`Sources/ChatScreenText/EntityRecognizer.swift`). Checksums (crypto addresses, IBAN) are
    /// not checked: the patterns accept the shapes.
    private func entity(_ name: String) -> String? {
        let upper = dialect == .python ? "[A-Z]" : #"\p{Lu}"#
        let lower = dialect == .python ? "[a-z]" : #"\p{Ll}"#
        let number = #"\d+(?:[.,]\d+)*"#
        let symbol = "[$£€¥₹₿]"
        func words(_ list: [String]) -> String { "(?:" + list.map { phrase($0, Mode(unspaced: false)) ?? $0 }.joined(separator: "|") + ")" }
        let base58 = "[1-9A-HJ-NP-Za-km-z]"
        let bech32 = "[02-9ac-hj-np-z]"
        switch name {
        case "money":
            let currency = words(Self.currencyWords)
            let amount = words(Self.amountWords)
            return "(?:(?:r|us|c|a|nz|hk|s|mx)?\(symbol) ?\(number)(?: ?k)?|\(number) ?(?:\(symbol)|\(currency))|\(amount)(?: \(amount))* \(currency))"
        case "duration":
            return "(?:(?:\(number)|\(words(Self.numberWords))) ?\(words(Self.durationUnits)))"
        case "url":
            return #"(?:(?:https?://|www\.)[^\s]+|[\#(wordClassBody)-]+(?:\.[\#(wordClassBody)-]+)*\.\#(words(Self.topLevelDomains))(?:/[^\s]*)?)"#
        case "number":
            return "(?:\(number))"
        case "name_list":
            let name = "(?-i:\(upper)\(lower)+)"
            return "(?:\(name)(?:, ?\(name)){2,}|\(name)(?:, ?\(name))+,? (?:and|&|y|e|et|und) \(name))"
        case "handle":
            return #"(?:(?:snap(?:chat)?|sc|insta(?:gram)?|ig|kik|telegram|tg|tiktok|discord|whatsapp|wa)(?: ?[:\-] ?| ?@)[\#(wordClassBody).]{2,30}|@[\#(wordClassBody).]{2,30})"#
        case "btc_address":
            return "(?:(?-i:[13]\(base58){25,34})|bc1\(bech32){11,71})"
        case "eth_address":
            return "(?:0x[0-9a-f]{40})"
        case "ltc_address":
            return "(?:(?-i:[LM]\(base58){26,33})|ltc1\(bech32){11,71})"
        case "xmr_address":
            return "(?:(?-i:4[0-9AB]\(base58){93}))"
        case "iban":
            return #"(?:(?-i:[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?))"#
        case "cashtag":
            return #"(?:\$[a-z][a-z0-9_]{0,19})"#
        case "gift_card_code":
            return "(?:(?-i:[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){2,4}))"
        case "mtcn":
            return #"(?:\d{3}[- ]?\d{3}[- ]?\d{4})"#
        case "paypal_link":
            return #"(?:paypal\.me/[\#(wordClassBody).\-]+)"#
        default:
            return nil
        }
    }

    // The recogniser's word lists (EntityRecognizer.swift), copied so the translation needs no
    // internal API. If they drift, the regex baseline is slightly off, not wrong.
    static let currencyWords = [
        "quid", "pound", "pounds", "gbp", "dollar", "dollars", "usd", "bucks", "euro", "euros", "eur",
        "cad", "aud", "grand", "btc", "bitcoin", "bitcoins", "eth", "usdt", "rupees", "inr", "naira", "k",
        "dólares", "dolares", "dólar", "dolar", "pesos", "peso", "mxn", "reais", "real", "brl", "libras",
        "libra", "zł", "zl", "zloty", "złoty", "złotych", "pln", "francs", "franc", "franken", "chf",
        "lire", "lira", "sterline", "sterling", "rubles", "rub", "rand", "zar", "yen", "jpy", "yuan",
        "cny", "rmb", "元", "块", "円", "ngn",
    ]
    static let amountWords = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "a",
    ]
    static let durationUnits = [
        "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "sec", "secs", "second",
        "seconds", "day", "days", "week", "weeks", "horas", "hora", "heures", "heure", "stunden", "stunde",
        "std", "ore", "ora", "minutos", "minuto", "minuten", "minuti", "días", "dias", "día", "dia",
        "jours", "jour", "tage", "tag", "tagen", "giorni", "giorno", "semanas", "semana", "semaines",
        "semaine", "wochen", "woche", "settimane", "settimana", "segundos", "secondes", "sekunden",
        "secondi", "小时", "分钟", "天", "時間", "分", "日", "hs",
    ]
    static let numberWords = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "few", "couple",
        "un", "una", "uno", "une", "ein", "eine", "einer", "um", "uma", "dos", "deux", "zwei", "due",
        "dois", "duas", "tres", "trois", "drei", "tre", "três", "cuatro", "quatro", "quatre", "vier",
        "quattro", "cinco", "cinq", "fünf", "cinque", "diez", "dez", "dix", "zehn", "dieci",
    ]
    static let topLevelDomains = [
        "com", "net", "org", "io", "me", "co", "uk", "ly", "gg", "app", "info", "biz", "xyz", "ru",
        "link", "site", "online", "store", "to", "tk", "cc", "de", "fr", "es", "it", "pt", "br",
    ]
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
