/// Compiles parsed rule files into a ``RuleSet``: lexicons and phrases become paths in one
/// ``PhraseAutomaton``, `when`/`unless` become condition programs over slots.
///
/// A *slot* is one term of one rule (a `$variable`, or an atom written inline in a condition).
/// Every pattern in the automaton lists the slots it feeds, so one scan of a message finds the
/// occurrences of every term of every rule at once.
struct RuleCompiler {
    let source: RulePackSource
    private var diagnostics: [Diagnostic] = []
    private var words = WordTable.Builder()
    private var automaton = PhraseAutomaton.Builder()
    /// How many patterns the automaton has (pattern ids are `0..<patternCount`).
    private var patternCount = 0
    /// Every (pattern, slot) link, in the order the slots were made: one flat array rather than
    /// an array per pattern (24,000 small arrays were 10% of start-up in allocation and release).
    private var patternSlotLinks: [(pattern: Int32, slot: Int32)] = []
    private var slotRule: [Int32] = []
    private var lexiconPatterns: [String: [Int32]] = [:]
    /// The word of each single-word pattern (-1 for phrases), for `patternCosts`.
    private var patternWord: [Int32] = []
    /// The patterns of the language-neutral files (`lexicons/NAME.txt`) and of each language's
    /// files (`lexicons/LANG/NAME.txt`), for the copies of `languages` rules.
    private var flatLexiconPatterns: [String: [Int32]] = [:]
    private var languageLexiconPatterns: [String: [String: [Int32]]] = [:]
    /// While compiling one language's copy of a rule, the language whose lexicons `@name` reads.
    private var lexiconView: String?
    /// Where each lexicon entry was written, for W013 notes: (lexicon, symbols) -> (file, span).
    /// Every lexicon entry, by the automaton pattern it compiled to (equal words, equal pattern).
    /// Entries refer to their lexicon by index into `lexiconOrder`: copying a name and a
    /// `SourceFile` per entry (22,000 of them) cost 4% of start-up in reference counting.
    private var lexiconEntries: [(lexicon: Int32, pattern: Int32, span: SourceSpan)] = []
    /// The lexicons in the order they were compiled (sorted by name), with their files.
    private var lexiconOrder: [(name: String, file: SourceFile)] = []
    /// The categories of the rules that use each lexicon.
    private var lexiconCategories: [String: Set<Category>] = [:]
    /// The patterns each slot matches (for W012 contradiction checks).
    /// Each slot's patterns, sorted and unique.
    private var slotPatterns: [[Int32]] = []
    /// Per pattern, the last slot it was added to (dedupes a slot's patterns without a `Set`,
    /// whose resizing was 5% of compiling the pack).
    private var patternLastSlot: [Int32] = []
    private var usedLexicons = Set<String>()
    /// The pack's shared terms (top-level `terms { }` blocks), by name; the first definition wins
    /// (a second one is E105).
    private var generalSharedTerms: [String: TermSyntax] = [:]
    /// Language-specific shared terms (`terms languages de { }`): language → name → definition.
    private var languageSharedTerms: [String: [String: TermSyntax]] = [:]
    /// The shared terms as the copy being compiled sees them: its language's definitions first.
    private var sharedTerms: SharedTermView { SharedTermView(general: generalSharedTerms, language: lexiconView.flatMap { languageSharedTerms[$0] }) }

    struct SharedTermView {
        let general: [String: TermSyntax]
        let language: [String: TermSyntax]?
        subscript(name: String) -> TermSyntax? { language?[name] ?? general[name] }
    }
    private var lexiconEntryCount = 0
    private let analyzer: TextAnalyzer
    private var lowercaseScratch: [UInt8] = []
    private var foldScratch: [UInt8] = []

    /// The most automaton states a pack may compile to (E130 beyond it).
    let maxAutomatonStates: Int
    private var automatonTooLarge = false

    init(source: RulePackSource, maxAutomatonStates: Int = RuleSet.defaultMaxAutomatonStates) throws(RulePackError) {
        self.source = source
        self.maxAutomatonStates = maxAutomatonStates
        do {
            self.analyzer = try TextAnalyzer()
        } catch {
            throw RulePackError(diagnostics: [Diagnostic(.error, "E199", error.description, path: "<icu>")])
        }
    }

    mutating func compile() throws(RulePackError) -> RuleSet {
        let clock = ContinuousClock()
        let started = clock.now
        var parsed: [RuleFileSyntax] = []
        for file in source.ruleFiles {
            let result = RuleParser.parse(file)
            diagnostics += result.diagnostics
            parsed.append(result.file)
        }
        diagnostics += RuleValidator.validate(parsed)
        for term in parsed.lazy.flatMap(\.sharedTerms) {
            if let languages = term.languages {
                for language in languages where languageSharedTerms[language]?[term.name] == nil {
                    languageSharedTerms[language, default: [:]][term.name] = term
                }
            } else if generalSharedTerms[term.name] == nil {
                generalSharedTerms[term.name] = term
            }
        }
        compileSpellings()
        compileLexicons()

        var infos: [RuleSet.RuleInfo] = []
        var compiled: [CompiledRule] = []
        for file in parsed {
            for rule in file.rules {
                for language in languages(of: rule, file.source) {
                    lexiconView = language
                    defer { lexiconView = nil }
                    // A language without a slot the condition needs gets no copy of the rule.
                    if language != nil && !mayMatch(rule) { continue }
                    guard let rule = compileRule(rule, file.source, index: Int32(compiled.count), language: language) else { continue }
                    infos.append(rule.info)
                    compiled.append(rule.rule)
                }
            }
        }
        reportCrossCategoryDuplicates()
        for (name, files) in source.lexicons.sorted(by: { $0.key < $1.key }) where !usedLexicons.contains(name) {
            for file in files {
                diagnostics.append(Diagnostic(.warning, "W008", "lexicon `@\(name)` is never used", path: file.path,
                    hint: "reference it from a rule as `@\(name)`, or delete the file"))
            }
        }
        let scoring = compileScoring(parsed)
        diagnostics += CompositeValidator.validate(parsed, ruleNames: Set(infos.map(\.name) + infos.map(\.family)))
        // A composite may name a rule or a rule as written: the latter stands for all its language copies.
        var ruleIndices: [String: [Int32]] = [:]
        for (i, info) in infos.enumerated() {
            ruleIndices[info.name, default: []].append(Int32(i))
            if info.family != info.name { ruleIndices[info.family, default: []].append(Int32(i)) }
        }
        let conversation = compileConversation(parsed, ruleIndex: ruleIndices)

        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw RulePackError(diagnostics: diagnostics) }

        // Group the links by pattern (a stable counting sort keeps each pattern's slots in order).
        var patternSlotStart = [Int32](repeating: 0, count: patternCount + 1)
        for link in patternSlotLinks { patternSlotStart[Int(link.pattern) + 1] += 1 }
        for p in 0..<patternCount { patternSlotStart[p + 1] += patternSlotStart[p] }
        var patternSlots = [Int32](repeating: 0, count: patternSlotLinks.count)
        var next = patternSlotStart
        for link in patternSlotLinks {
            patternSlots[Int(next[Int(link.pattern)])] = link.slot
            next[Int(link.pattern)] += 1
        }
        let builtAutomaton = automaton.build()
        let vocabulary = words.build()
        let statistics = RuleSet.Statistics(
            ruleCount: compiled.count, lexiconCount: source.lexicons.count, lexiconEntryCount: lexiconEntryCount,
            patternCount: patternCount, vocabularySize: words.words.count,
            automatonStates: builtAutomaton.nodeCount, automatonTransitions: builtAutomaton.transitionCount,
            compileTime: clock.now - started)
        return RuleSet(
            rules: infos, scoring: scoring, conversation: conversation, warnings: diagnostics, statistics: statistics, words: vocabulary,
            skeletons: SkeletonIndex(vocabulary: vocabulary),
            automaton: builtAutomaton, patternSlotStart: patternSlotStart, patternSlots: patternSlots,
            slotRule: slotRule, compiled: compiled, patternCost: patternCosts(), contentHash: source.contentHash)
    }

    // MARK: Patterns

    /// The symbols of a phrase, normalised and segmented exactly as messages are; nil if it has no words.
    private mutating func symbols(of phrase: String, writtenIn file: SourceFile? = nil, at span: SourceSpan? = nil) -> [Int32]? {
        var symbols: [Int32] = []
        var phrase = phrase
        let found = phrase.withUTF8 { appendSymbols(ofUTF8: $0, writtenIn: file, at: span, to: &symbols) }
        return found ? symbols : nil
    }

    /// Appends the symbols of a phrase given as UTF-8 to `symbols`; false if it has no words.
    ///
    /// ASCII (most terms) is lowercased and segmented here, without a `String` or a full
    /// analysis: its normal form is its lowercase, so it needs no W007 check, and its words are
    /// the ones `TextAnalyzer` would find. Lexicon entries come here as bytes straight from the
    /// file (22,000 of them: the `String` per entry and its ASCII check were 5% of start-up).
    private mutating func appendSymbols(ofUTF8 phrase: UnsafeBufferPointer<UInt8>, writtenIn file: SourceFile?, at span: SourceSpan?,
                                        to symbols: inout [Int32]) -> Bool {
        let start = symbols.count
        var inserted: [Int32] = []
        swap(&inserted, &symbols)
        forEachWord(ofUTF8: phrase, writtenIn: file, at: span) { word, compiler in
            inserted.append(compiler.words.insert(word) + PhraseAutomaton.entitySymbolCount)
        }
        swap(&inserted, &symbols)
        return symbols.count > start
    }

    /// Calls `body` with each word of a phrase given as UTF-8, normalised and segmented exactly
    /// as messages are, without diacritics (`DiacriticFolder`): the form the vocabulary keeps.
    ///
    /// ASCII (most terms) is lowercased and segmented here, without a `String` or a full
    /// analysis: its normal form is its lowercase, so it needs no W007 check.
    private mutating func forEachWord(ofUTF8 phrase: UnsafeBufferPointer<UInt8>, writtenIn file: SourceFile?, at span: SourceSpan?,
                                      _ body: (UnsafeBufferPointer<UInt8>, inout RuleCompiler) -> Void) {
        var isASCII = true
        for byte in phrase where byte >= 0x80 { isASCII = false; break }
        if isASCII {
            var lowercase: [UInt8] = []
            swap(&lowercase, &lowercaseScratch)
            defer { swap(&lowercase, &lowercaseScratch) }
            lowercase.removeAll(keepingCapacity: true)
            lowercase.append(contentsOf: phrase)
            for i in lowercase.indices where lowercase[i] &- 0x41 < 26 { lowercase[i] |= 0x20 }
            lowercase.withUnsafeBufferPointer { bytes in
                TextAnalyzer.forEachWord(inLowercaseASCII: bytes) { word in body(word, &self) }
            }
            return
        }
        let written = String(decoding: phrase, as: UTF8.self)
        let text = analyzer.words(written)
        // `lowercased()` is slow (it was 5% of compiling the pack): skip it for terms in normal form.
        if let file, let span, !text.normalized.elementsEqual(phrase), text.normalizedString != written.lowercased(),
           !text.wordTokens.isEmpty {
            let shown = text.wordTokens.map { text.normalizedString(text.tokens[Int($0)]) }.joined(separator: " ")
            diagnostics.append(Diagnostic(.warning, "W007", "term is not in normal form: it matches as \"\(shown)\"", in: file, at: span,
                hint: "write the normal form (case-folded, NFKC, straight apostrophes); the engine folds messages the same way"))
        }
        let tokens = text.tokens
        var folded: [UInt8] = []
        swap(&folded, &foldScratch)
        defer { swap(&folded, &foldScratch) }
        text.normalized.withUnsafeBufferPointer { normalized in
            for tokenIndex in text.wordTokens {
                let token = tokens[Int(tokenIndex)]
                let word = UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
                // Terms are kept without diacritics; the scanner folds messages the same way.
                if DiacriticFolder.mayFold(word) {
                    DiacriticFolder.fold(word, into: &folded)
                    folded.withUnsafeBufferPointer { body($0, &self) }
                } else {
                    body(word, &self)
                }
            }
        }
    }


    private mutating func pattern(_ symbols: [Int32]) -> Int32 {
        // A pack past the size limit is rejected with E130 instead of growing until memory runs out.
        if automaton.nodeCount + symbols.count > maxAutomatonStates {
            if !automatonTooLarge {
                automatonTooLarge = true
                diagnostics.append(Diagnostic(.error, "E130",
                    "the rule pack compiles to more than \(maxAutomatonStates) automaton states",
                    path: source.ruleFiles.first?.path ?? "<rules>",
                    hint: "remove unused or duplicated lexicon entries, or raise the limit (RuleSet.compile(_:maxAutomatonStates:))"))
            }
            patternCount = max(patternCount, 1)
            return 0
        }
        let id = automaton.add(symbols)
        patternCount = max(patternCount, Int(id) + 1)
        if symbols.count == 1 {
            if patternWord.count <= Int(id) { patternWord.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - patternWord.count)) }
            patternWord[Int(id)] = symbols[0]
        }
        return id
    }

    /// Per pattern, how often it is expected to occur in ordinary chat, for the choice of trigger
    /// slots (``TriggerSlots``), roughly in proportion to frequency: a phrase 0.2; a word of the
    /// pack's `common_words.txt` ("you", "send", "video", "ich", "de") 200; a number 300 (a
    /// quarter of chat messages hold one: a time, a date, a score); an amount of money or a
    /// duration 60; other entities 2; any other word 1.
    /// So a frame is triggered by its rarer slot (an amount, a recording verb, explicit material),
    /// not by "your", "send" or a number: measured on 20,000 generated messages, numbers alone
    /// made thirty payment rules (one per language copy) candidates on 28% of messages.
    private mutating func patternCosts() -> [Double] {
        var common = Set<Int32>()
        for file in source.commonWords {
            for line in String(decoding: file.bytes, as: UTF8.self).split(separator: "\n") {
                let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                var text = String(entry)
                var list: [[UInt8]] = []
                text.withUTF8 { bytes in forEachWord(ofUTF8: bytes, writtenIn: nil, at: nil) { word, _ in list.append(Array(word)) } }
                if list.count == 1, let id = words.find(list[0]) { common.insert(id + PhraseAutomaton.entitySymbolCount) }
            }
        }
        return (0..<patternCount).map { pattern in
            guard pattern < patternWord.count, patternWord[pattern] >= 0 else { return 0.2 }
            let symbol = patternWord[pattern]
            guard symbol >= PhraseAutomaton.entitySymbolCount else {
                switch EntityKind(rawValue: UInt8(symbol)) {
                case .number: return 300
                case .money: return 60
                case .duration: return 60
                default: return 2
                }
            }
            return common.contains(symbol) ? 200 : 1
        }
    }

    private mutating func compileLexicons() {
        var symbols: [Int32] = []   // one entry's, reused
        for (name, files) in source.lexicons.sorted(by: { $0.key < $1.key }) {
            var patterns: [Int32] = []
            var inLexicon = Set<Int32>()   // patterns: equal words compile to the same pattern
            for file in files {
                var filePatterns: [Int32] = []
                compileLexiconFile(file, name: name, symbols: &symbols) { id in
                    filePatterns.append(id)
                    // Languages that share a word (`video` in English and Italian) add it once.
                    if inLexicon.insert(id).inserted { patterns.append(id) }
                }
                if let language = RulePackSource.lexiconLanguage(file.path) {
                    languageLexiconPatterns[language, default: [:]][name, default: []] += filePatterns
                } else {
                    flatLexiconPatterns[name, default: []] += filePatterns
                }
            }
            lexiconPatterns[name] = patterns
        }
    }

    /// Compiles one file of lexicon `name` and passes each entry's pattern to `add`. Each file
    /// is its own unit for W009 (an entry twice in one file) and W013 notes.
    private mutating func compileLexiconFile(_ file: SourceFile, name: String, symbols: inout [Int32], add: (Int32) -> Void) {
        let lexicon = Int32(lexiconOrder.count)
        lexiconOrder.append((name, file))
        var seen = Set<Int32>()
        file.bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                // The entry: the line up to a `#`, without surrounding spaces, tabs or CR.
                var entryEnd = lineStart
                while entryEnd < lineEnd && bytes[entryEnd] != 0x23 { entryEnd += 1 }
                let entrySpan = SourceSpan(lineStart, entryEnd)
                var first = lineStart, last = entryEnd
                while first < last && Self.isEntrySpace(bytes[first]) { first += 1 }
                while last > first && Self.isEntrySpace(bytes[last - 1]) { last -= 1 }
                guard first < last else { continue }
                symbols.removeAll(keepingCapacity: true)
                guard appendSymbols(ofUTF8: UnsafeBufferPointer(rebasing: bytes[first..<last]), writtenIn: file, at: entrySpan,
                                    to: &symbols) else {
                    diagnostics.append(Diagnostic(.error, "E108", "lexicon entry has no words", in: file,
                        at: SourceSpan(lineStart, lineEnd), hint: "entries are words or phrases; punctuation alone never matches"))
                    continue
                }
                let id = pattern(symbols)
                if !seen.insert(id).inserted && !automatonTooLarge {   // past E130 every pattern is 0
                    diagnostics.append(Diagnostic(.warning, "W009", "duplicate entry in lexicon `@\(name)`", in: file,
                        at: SourceSpan(lineStart, lineEnd), hint: "delete the repeated line"))
                    continue
                }
                lexiconEntries.append((lexicon, id, entrySpan))
                lexiconEntryCount += 1
                add(id)
            }
        }
    }

    /// Registers the pack's chat spellings (`spellings/*.txt`, lines `ur = your`) as aliases in
    /// the vocabulary, before any term is compiled: `ur` in a message and in a term are then the
    /// word `your`, so every lexicon entry with "your" also matches "ur" at no cost per token.
    private mutating func compileSpellings() {
        for file in source.spellings {
            let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            var offset = 0
            for line in lines {
                defer { offset += line.utf8.count + 1 }
                let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                guard !content.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { continue }
                let span = SourceSpan(offset, offset + content.utf8.count)
                let parts = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    diagnostics.append(Diagnostic(.error, "E118", "a spelling line is `alias = word`", in: file, at: span,
                        hint: "write one spelling per line, e.g. `ur = your`"))
                    continue
                }
                var forms: [[[UInt8]]] = []
                for part in parts {
                    var list: [[UInt8]] = []
                    var text = String(part)
                    text.withUTF8 { bytes in forEachWord(ofUTF8: bytes, writtenIn: nil, at: nil) { word, _ in list.append(Array(word)) } }
                    forms.append(list)
                }
                guard forms[0].count == 1, forms[1].count == 1 else {
                    diagnostics.append(Diagnostic(.error, "E118", "a spelling maps one word to one word", in: file, at: span,
                        hint: "multi-word forms (\"gonna\" for \"going to\") belong in the lexicons"))
                    continue
                }
                let alias = forms[0][0]
                let target = self.words.insert(forms[1][0])
                if !self.words.alias(alias, to: target) {
                    diagnostics.append(Diagnostic(.warning, "W015", "spelling `\(String(decoding: alias, as: UTF8.self))` is given twice",
                        in: file, at: span, hint: "keep one line per spelling"))
                }
            }
        }
    }

    /// Space, tab or CR: what surrounds a lexicon entry on its line.
    private static func isEntrySpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// The patterns an atom stands for; nil after reporting an error.
    private mutating func patterns(of atom: AtomSyntax, _ file: SourceFile) -> [Int32]? {
        switch atom {
        case .phrase(let text, let span):
            guard let symbols = symbols(of: text, writtenIn: file, at: span) else {
                diagnostics.append(Diagnostic(.error, "E108", "term \"\(text)\" has no words", in: file, at: span,
                    hint: "terms match whole words; punctuation and spaces alone never match"))
                return nil
            }
            return [pattern(symbols)]
        case .lexicon(let name, let span):
            if let language = lexiconView, lexiconPatterns[name] != nil {
                usedLexicons.insert(name)
                return (flatLexiconPatterns[name] ?? []) + (languageLexiconPatterns[language]?[name] ?? [])
            }
            guard let patterns = lexiconPatterns[name] else {
                let names = source.lexicons.keys.sorted().map { "@" + $0 }
                let known = names.count > 12 ? names.prefix(12).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
                diagnostics.append(Diagnostic(.error, "E103", "unknown lexicon `@\(name)`", in: file, at: span,
                    hint: known.isEmpty ? "create lexicons/\(name).txt with one entry per line" : "create lexicons/\(name).txt, or use one of \(known)"))
                return nil
            }
            usedLexicons.insert(name)
            return patterns
        case .entity(let name, let span):
            guard let kind = EntityKind(name: name) else {
                diagnostics.append(Diagnostic(.error, "E104", "unknown entity `\(name)`", in: file, at: span,
                    hint: "the entities are \(EntityKind.allCases.map(\.description).joined(separator: ", "))"))
                return nil
            }
            return [pattern([Int32(kind.rawValue)])]
        }
    }

    // MARK: Rules

    private mutating func compileRule(_ rule: RuleSyntax, _ file: SourceFile, index: Int32, language: String?)
        -> (info: RuleSet.RuleInfo, rule: CompiledRule)?
    {
        guard let categoryName = rule.category, let category = Category(rawValue: categoryName.value),
              let weight = rule.weight, let when = rule.when else { return nil }
        for name in lexiconNames(in: rule) { lexiconCategories[name, default: []].insert(category) }
        let firstSlot = Int32(slotRule.count)
        var variableSlots: [String: Int32] = [:]
        var failed = false

        func newSlot(_ atoms: [AtomSyntax], _ compiler: inout RuleCompiler) -> Int32 {
            let slot = Int32(compiler.slotRule.count)
            compiler.slotRule.append(index)
            compiler.slotPatterns.append([])
            var list: [Int32] = []
            for atom in atoms {
                guard let patterns = compiler.patterns(of: atom, file) else { failed = true; continue }
                if compiler.patternLastSlot.count < compiler.patternCount {
                    compiler.patternLastSlot.append(contentsOf: repeatElement(-1, count: compiler.patternCount - compiler.patternLastSlot.count))
                }
                for pattern in patterns where compiler.patternLastSlot[Int(pattern)] != slot {
                    compiler.patternLastSlot[Int(pattern)] = slot
                    compiler.patternSlotLinks.append((pattern, slot))
                    list.append(pattern)
                }
            }
            list.sort()
            compiler.slotPatterns[Int(slot)] = list
            return slot
        }
        for term in rule.terms where term.expression == nil && variableSlots[term.name] == nil {
            variableSlots[term.name] = newSlot(term.atoms, &self)
        }
        let localTerms = Dictionary(rule.terms.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Terms defined by a condition are lowered once per rule, on first use; their slots are
        // shared by every use within the rule. `resolving` stops a cycle (E114, reported by the validator).
        var variableConditions: [String: Condition] = [:]
        var resolving = Set<String>()
        func resolve(_ name: String, _ compiler: inout RuleCompiler) -> Condition? {
            if let slot = variableSlots[name] { return .slot(slot) }
            if let condition = variableConditions[name] { return condition }
            guard let term = localTerms[name] ?? compiler.sharedTerms[name], resolving.insert(name).inserted else { return nil }
            defer { resolving.remove(name) }
            guard let expression = term.expression else {
                let slot = newSlot(term.atoms, &compiler)
                variableSlots[name] = slot
                return .slot(slot)
            }
            guard let condition = lower(expression, &compiler) else { return nil }
            variableConditions[name] = condition
            return condition
        }
        func lower(_ expression: ExpressionSyntax, _ compiler: inout RuleCompiler) -> Condition? {
            switch expression {
            case .variable(let name, _):
                return resolve(name, &compiler)   // nil: E102 or E114 already reported
            case .atoms(let atoms, _):
                return .slot(newSlot(atoms, &compiler))
            case .and(let a, let b):
                guard let a = lower(a, &compiler), let b = lower(b, &compiler) else { return nil }
                return .and(a, b)
            case .or(let a, let b):
                guard let a = lower(a, &compiler), let b = lower(b, &compiler) else { return nil }
                return .or(a, b)
            case .not(let a, _):
                return lower(a, &compiler).map { .not($0) }
            case .near(let a, let b, let distance, _):
                guard let a = lower(a, &compiler), let b = lower(b, &compiler) else { return nil }
                return .near(a, b, Int32(distance))
            case .then(let a, let b, let gap, _):
                guard let a = lower(a, &compiler), let b = lower(b, &compiler) else { return nil }
                return .then(a, b, Int32(gap))
            case .before(let a, let b, let gap, _):
                guard let a = lower(a, &compiler), let b = lower(b, &compiler) else { return nil }
                return .before(a, b, Int32(gap))
            }
        }
        guard let condition = lower(when, &self) else { return nil }
        var unless: [Condition] = []
        for expression in rule.unless {
            guard let lowered = lower(expression, &self) else { return nil }
            unless.append(lowered)
        }
        if failed { return nil }
        if let reason = neverFires(condition) {
            diagnostics.append(Diagnostic(.warning, "W012", "rule `\(rule.name)` can never fire: \(reason)", in: file, at: when.span,
                hint: "check the terms and lexicons this condition needs"))
        }
        if condition.holdsWithoutOccurrences {
            diagnostics.append(Diagnostic(.warning, "W005", "rule `\(rule.name)` fires on every message that lacks its terms",
                in: file, at: when.span, hint: "a condition that holds with no term present (`not …`) matches almost everything; combine it with a positive term"))
        }

        var examples: [ExampleCase] = []
        for example in rule.examples {
            examples.append(ExampleCase(text: example.value, mustFire: true, failure: Diagnostic(
                .warning, "W010", "rule `\(rule.name)` does not fire on its example", in: file, at: example.span,
                hint: "run `chatscreen explain --rules DIR \"…\"` on the example to see what matched")))
        }
        for counterexample in rule.counterexamples {
            examples.append(ExampleCase(text: counterexample.value, mustFire: false, failure: Diagnostic(
                .warning, "W011", "rule `\(rule.name)` fires on its counterexample", in: file, at: counterexample.span,
                hint: "narrow the rule, or add an `unless` for this case")))
        }
        let (line, _) = file.location(of: rule.nameSpan.start)
        // A rule written for one language keeps its name; the copies of a rule for several carry theirs.
        let single = rule.languages.map { $0.value.count == 1 && $0.value != ["all"] } ?? true
        let info = RuleSet.RuleInfo(name: single ? rule.name : language.map { rule.name + "." + $0 } ?? rule.name,
                                    category: category, weight: weight.value,
                                    description: rule.description?.value ?? "", path: file.path, line: line,
                                    family: rule.name, language: language)
        let compiled = CompiledRule(category: category, weight: weight.value, when: condition, unless: unless,
                                    slots: firstSlot..<Int32(slotRule.count), examples: examples,
                                    firesWithoutTerms: condition.holdsWithoutOccurrences)
        return (info, compiled)
    }

    /// The languages to compile a rule for: `[nil]` for an ordinary rule; for `languages all`
    /// every directory under `lexicons/`; for `languages en de` those (E116 for one that has no
    /// lexicon directory).
    private mutating func languages(of rule: RuleSyntax, _ file: SourceFile) -> [String?] {
        guard let requested = rule.languages else { return [nil] }
        let known = Set(languageLexiconPatterns.keys)
        if requested.value == ["all"] { return known.sorted() }
        for code in requested.value where !known.contains(code) {
            diagnostics.append(Diagnostic(.error, "E116", "rule `\(rule.name)` names language `\(code)`, which has no lexicons", in: file,
                at: requested.span, hint: "create lexicons/\(code)/ with the rule's slot lexicons, or use `languages all`"))
        }
        return requested.value.filter(known.contains).sorted()
    }

    /// Whether a rule's `when` can hold with the lexicons of the current language: every lexicon
    /// it cannot do without has entries in this language (or in the language-neutral file).
    private func mayMatch(_ rule: RuleSyntax) -> Bool {
        let terms = Dictionary(rule.terms.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var resolving = Set<String>()
        func atoms(_ list: [AtomSyntax]) -> Bool {
            list.contains { atom in
                guard case .lexicon(let name, _) = atom, let language = lexiconView, lexiconPatterns[name] != nil else { return true }
                return !(flatLexiconPatterns[name] ?? []).isEmpty || !(languageLexiconPatterns[language]?[name] ?? []).isEmpty
            }
        }
        func may(_ e: ExpressionSyntax) -> Bool {
            switch e {
            case .variable(let name, _):
                guard let term = terms[name] ?? sharedTerms[name], resolving.insert(name).inserted else { return true }
                defer { resolving.remove(name) }
                return term.expression.map(may) ?? atoms(term.atoms)
            case .atoms(let list, _): return atoms(list)
            case .or(let a, let b): return may(a) || may(b)
            case .and(let a, let b), .near(let a, let b, _, _), .then(let a, let b, _, _), .before(let a, let b, _, _):
                return may(a) && may(b)
            case .not: return true
            }
        }
        return rule.when.map(may) ?? false
    }

    /// Whether sorted, unique `a` contains every element of sorted, unique `b`.
    private static func isSuperset(_ a: [Int32], of b: [Int32]) -> Bool {
        var i = 0
        for x in b {
            while i < a.count && a[i] < x { i += 1 }
            guard i < a.count && a[i] == x else { return false }
            i += 1
        }
        return true
    }

    /// Why a condition can never be true, or nil. A term with no patterns (an empty lexicon)
    /// never occurs, and `A & not A'` never holds when `A'` matches everything `A` matches.
    private func neverFires(_ condition: Condition) -> String? {
        func impossible(_ c: Condition) -> String? {
            switch c {
            case .slot(let slot):
                return slotPatterns[Int(slot)].isEmpty ? "one of its terms has no entries" : nil
            case .or(let a, let b):
                if let x = impossible(a), impossible(b) != nil { return x }
                return nil
            case .not:
                return nil
            case .and(let a, let b), .near(let a, let b, _), .then(let a, let b, _), .before(let a, let b, _):
                if let reason = impossible(a) ?? impossible(b) { return reason }
                guard case .and = c else { return nil }
                var positive: [Int32] = [], negative: [Int32] = []
                func collect(_ c: Condition) {
                    switch c {
                    case .and(let x, let y): collect(x); collect(y)
                    case .slot(let s): positive.append(s)
                    case .not(.slot(let s)): negative.append(s)
                    default: break
                    }
                }
                collect(c)
                for p in positive where !slotPatterns[Int(p)].isEmpty {
                    if negative.contains(where: { Self.isSuperset(slotPatterns[Int($0)], of: slotPatterns[Int(p)]) }) {
                        return "it requires a term and excludes the same term with `not`"
                    }
                }
                return nil
            }
        }
        return impossible(condition)
    }

    /// The lexicons that are evidence for a rule on their own: those from which `when` can hold
    /// with no other term, i.e. reached from `when` through `|` only. A lexicon that is one slot
    /// of a frame (`$verb near($material, 4)`) is not evidence alone: `video` in `@material` is
    /// shared by publish, recording and image frames, and only the frame decides the tactic.
    /// Lexicons used in `unless` or under `not` are context, never evidence.
    private func lexiconNames(in rule: RuleSyntax) -> Set<String> {
        var names = Set<String>()
        let terms = Dictionary(rule.terms.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var visited = Set<String>()
        func atoms(_ list: [AtomSyntax]) { for case .lexicon(let name, _) in list { names.insert(name) } }
        func visit(_ e: ExpressionSyntax) {
            switch e {
            case .variable(let name, _):
                guard visited.insert(name).inserted, let term = terms[name] ?? sharedTerms[name] else { return }
                if let expression = term.expression { visit(expression) } else { atoms(term.atoms) }
            case .atoms(let list, _): atoms(list)
            case .or(let a, let b): visit(a); visit(b)
            case .and, .near, .then, .before, .not: break
            }
        }
        if let when = rule.when { visit(when) }
        return names
    }

    /// W013: the same entry in lexicons used only by rules of different categories, which makes
    /// one phrase count as evidence for two tactics.
    private mutating func reportCrossCategoryDuplicates() {
        var firstSeen = [Int](repeating: -1, count: patternCount)
        for index in lexiconEntries.indices {
            let entry = lexiconEntries[index]
            let earlier = firstSeen[Int(entry.pattern)]
            guard earlier >= 0 else { firstSeen[Int(entry.pattern)] = index; continue }
            let first = lexiconEntries[earlier]
            guard first.lexicon != entry.lexicon else { continue }
            let firstLexicon = lexiconOrder[Int(first.lexicon)], entryLexicon = lexiconOrder[Int(entry.lexicon)]
            guard let a = lexiconCategories[firstLexicon.name], let b = lexiconCategories[entryLexicon.name],
                  a.isDisjoint(with: b) else { continue }
            diagnostics.append(Diagnostic(.warning, "W013",
                "entry is also in lexicon `@\(firstLexicon.name)`, used by \(a.map(\.rawValue).sorted().joined(separator: ", ")) rules",
                in: entryLexicon.file, at: entry.span,
                hint: "one phrase should be evidence for one tactic: keep it in one lexicon, or share a lexicon between the rules",
                notes: [.init("also listed here", in: firstLexicon.file, at: first.span)]))
        }
    }

    // MARK: Conversation

    private func compileConversation(_ files: [RuleFileSyntax], ruleIndex: [String: [Int32]]) -> ConversationPolicy {
        var policy = ConversationPolicy.standard
        if let settings = files.lazy.flatMap(\.conversation).first {
            if let value = settings.windowMessages { policy.windowMessages = value.value }
            if let value = settings.windowSeconds { policy.windowSeconds = value.value }
            if let value = settings.maxConversations { policy.maxConversations = value.value }
            if let value = settings.idleSeconds { policy.idleSeconds = value.value }
        }
        func lower(_ e: CompositeExpressionSyntax) -> CompositeCondition? {
            switch e {
            case .operand(let name, _, let minWeight):
                if let category = Category(rawValue: name) { return .category(category, minWeight: minWeight) }
                guard let indices = ruleIndex[name], let first = indices.first else { return nil }
                return indices.dropFirst().reduce(CompositeCondition.rule(first)) { .or($0, .rule($1)) }
            case .and(let a, let b):
                guard let a = lower(a), let b = lower(b) else { return nil }
                return .and(a, b)
            case .or(let a, let b):
                guard let a = lower(a), let b = lower(b) else { return nil }
                return .or(a, b)
            case .count(let n, let operands, _):
                let lowered = operands.compactMap(lower)
                return lowered.count == operands.count ? .count(n, lowered) : nil
            case .sequence(let steps, _):
                let lowered = steps.compactMap(lower)
                return lowered.count == steps.count ? .sequence(lowered) : nil
            }
        }
        for file in files {
            for composite in file.composites {
                guard let when = composite.when, let condition = lower(when),
                      let levelName = composite.level, let level = Level(rawValue: levelName.value) else { continue }
                policy.composites.append(CompiledComposite(
                    name: composite.name, description: composite.description?.value ?? "", condition: condition, level: level,
                    withinMessages: composite.withinMessages?.value, withinSeconds: composite.withinSeconds?.value,
                    sameSender: composite.sameSender, minWeight: composite.minWeight?.value ?? 0))
            }
        }
        let stages = files.flatMap(\.stages)
        if !stages.isEmpty {
            policy.stages = stages.compactMap { stage in
                guard let name = Stage(rawValue: stage.name.value), name != .contact, let when = stage.when, let condition = lower(when)
                else { return nil }
                return (name, condition)
            }.sorted { $0.0 < $1.0 }
        }
        return policy
    }

    // MARK: Scoring

    private mutating func compileScoring(_ files: [RuleFileSyntax]) -> ScoringPolicy {
        var policy = ScoringPolicy.standard
        guard let file = files.first(where: { $0.scoringSpan != nil }) else {
            if !files.isEmpty {
                diagnostics.append(Diagnostic(.warning, "W006", "the pack has no `scoring` block; the standard policy applies",
                    path: files[0].source.path, hint: "add scoring.rules (see Rules/README.md, Scoring)"))
            }
            return policy
        }
        var defaultCap: Double?
        var explicitCaps: [Category: Double] = [:]
        for item in file.scoring {
            switch item {
            case .scale(let value) where value.value > 0:
                policy.scale = value.value
            case .cap(let category, let value) where value.value > 0:
                if category.value == "default" { defaultCap = value.value }
                else if let category = Category(rawValue: category.value) { explicitCaps[category] = value.value }
            case .obfuscation(let value) where (0...3).contains(value.value):
                policy.obfuscationBonus = value.value
            case .level(let name, let value):
                if let level = Level(rawValue: name.value), let index = Level.allCases.firstIndex(of: level), index > 0 {
                    policy.thresholds[index - 1] = value.value
                }
            default:
                break
            }
        }
        for (index, category) in Category.allCases.enumerated() {
            policy.caps[index] = explicitCaps[category] ?? defaultCap ?? policy.caps[index]
        }
        return policy
    }
}
