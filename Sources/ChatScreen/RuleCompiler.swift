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
    private var patternSlotLists: [[Int32]] = []
    private var slotRule: [Int32] = []
    private var lexiconPatterns: [String: [Int32]] = [:]
    private var usedLexicons = Set<String>()
    private var lexiconEntryCount = 0
    private let analyzer: TextAnalyzer

    init(source: RulePackSource) throws(RulePackError) {
        self.source = source
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
        compileLexicons()

        var infos: [RuleSet.RuleInfo] = []
        var compiled: [CompiledRule] = []
        for file in parsed {
            for rule in file.rules {
                guard let rule = compileRule(rule, file.source, index: Int32(compiled.count)) else { continue }
                infos.append(rule.info)
                compiled.append(rule.rule)
            }
        }
        for (name, file) in source.lexicons.sorted(by: { $0.key < $1.key }) where !usedLexicons.contains(name) {
            diagnostics.append(Diagnostic(.warning, "W008", "lexicon `@\(name)` is never used", path: file.path,
                hint: "reference it from a rule as `@\(name)`, or delete the file"))
        }
        let scoring = compileScoring(parsed)

        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw RulePackError(diagnostics: diagnostics) }

        var patternSlotStart: [Int32] = [0]
        var patternSlots: [Int32] = []
        for slots in patternSlotLists {
            patternSlots += slots
            patternSlotStart.append(Int32(patternSlots.count))
        }
        let builtAutomaton = automaton.build()
        let statistics = RuleSet.Statistics(
            ruleCount: compiled.count, lexiconCount: source.lexicons.count, lexiconEntryCount: lexiconEntryCount,
            patternCount: patternSlotLists.count, vocabularySize: words.words.count,
            automatonStates: builtAutomaton.nodeCount, automatonTransitions: builtAutomaton.transitionCount,
            compileTime: clock.now - started)
        return RuleSet(
            rules: infos, scoring: scoring, warnings: diagnostics, statistics: statistics, words: words.build(),
            automaton: builtAutomaton, patternSlotStart: patternSlotStart, patternSlots: patternSlots,
            slotRule: slotRule, compiled: compiled)
    }

    // MARK: Patterns

    /// The symbols of a phrase, normalised and segmented exactly as messages are; nil if it has no words.
    private mutating func symbols(of phrase: String) -> [Int32]? {
        let text = analyzer.analyze(phrase)
        var symbols: [Int32] = []
        for tokenIndex in text.wordTokens {
            let token = text.tokens[Int(tokenIndex)]
            let word = Array(text.normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
            symbols.append(words.insert(word) + PhraseAutomaton.entitySymbolCount)
        }
        return symbols.isEmpty ? nil : symbols
    }

    private mutating func pattern(_ symbols: [Int32]) -> Int32 {
        let id = automaton.add(symbols)
        while patternSlotLists.count <= Int(id) { patternSlotLists.append([]) }
        return id
    }

    private mutating func compileLexicons() {
        for (name, file) in source.lexicons.sorted(by: { $0.key < $1.key }) {
            var patterns: [Int32] = []
            var seen = Set<[Int32]>()
            var offset = 0
            for line in file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                defer { offset += line.count + 1 }
                var entry = line
                if let hash = entry.firstIndex(of: 0x23) { entry = entry[..<hash] }
                let text = String(decoding: entry, as: UTF8.self).trimmingSpaces
                guard !text.isEmpty else { continue }
                guard let symbols = symbols(of: text) else {
                    diagnostics.append(Diagnostic(.error, "E108", "lexicon entry has no words", in: file,
                        at: SourceSpan(offset, offset + line.count), hint: "entries are words or phrases; punctuation alone never matches"))
                    continue
                }
                if !seen.insert(symbols).inserted {
                    diagnostics.append(Diagnostic(.warning, "W009", "duplicate entry in lexicon `@\(name)`", in: file,
                        at: SourceSpan(offset, offset + line.count), hint: "delete the repeated line"))
                    continue
                }
                patterns.append(pattern(symbols))
                lexiconEntryCount += 1
            }
            lexiconPatterns[name] = patterns
        }
    }

    /// The patterns an atom stands for; nil after reporting an error.
    private mutating func patterns(of atom: AtomSyntax, _ file: SourceFile) -> [Int32]? {
        switch atom {
        case .phrase(let text, let span):
            guard let symbols = symbols(of: text) else {
                diagnostics.append(Diagnostic(.error, "E108", "term \"\(text)\" has no words", in: file, at: span,
                    hint: "terms match whole words; punctuation and spaces alone never match"))
                return nil
            }
            return [pattern(symbols)]
        case .lexicon(let name, let span):
            guard let patterns = lexiconPatterns[name] else {
                let known = source.lexicons.keys.sorted().map { "@" + $0 }.joined(separator: ", ")
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

    private mutating func compileRule(_ rule: RuleSyntax, _ file: SourceFile, index: Int32)
        -> (info: RuleSet.RuleInfo, rule: CompiledRule)?
    {
        guard let categoryName = rule.category, let category = Category(rawValue: categoryName.value),
              let weight = rule.weight, let when = rule.when else { return nil }
        let firstSlot = Int32(slotRule.count)
        var variableSlots: [String: Int32] = [:]
        var failed = false

        func newSlot(_ atoms: [AtomSyntax], _ compiler: inout RuleCompiler) -> Int32 {
            let slot = Int32(compiler.slotRule.count)
            compiler.slotRule.append(index)
            var seen = Set<Int32>()
            for atom in atoms {
                guard let patterns = compiler.patterns(of: atom, file) else { failed = true; continue }
                for pattern in patterns where seen.insert(pattern).inserted {
                    compiler.patternSlotLists[Int(pattern)].append(slot)
                }
            }
            return slot
        }
        for term in rule.terms where variableSlots[term.name] == nil {
            variableSlots[term.name] = newSlot(term.atoms, &self)
        }
        func lower(_ expression: ExpressionSyntax, _ compiler: inout RuleCompiler) -> Condition? {
            switch expression {
            case .variable(let name, _):
                guard let slot = variableSlots[name] else { return nil }  // E102 already reported
                return .slot(slot)
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
            }
        }
        guard let condition = lower(when, &self) else { return nil }
        var unless: [Condition] = []
        for expression in rule.unless {
            guard let lowered = lower(expression, &self) else { return nil }
            unless.append(lowered)
        }
        if failed { return nil }
        if case .not = condition {
            diagnostics.append(Diagnostic(.warning, "W005", "rule `\(rule.name)` fires on every message without its term",
                in: file, at: when.span, hint: "a `when` that is only `not …` matches almost everything; combine it with a positive term"))
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
        let info = RuleSet.RuleInfo(name: rule.name, category: category, weight: weight.value,
                                    description: rule.description?.value ?? "", path: file.path, line: line)
        let compiled = CompiledRule(category: category, weight: weight.value, when: condition, unless: unless,
                                    slots: firstSlot..<Int32(slotRule.count), examples: examples)
        return (info, compiled)
    }

    // MARK: Scoring

    private mutating func compileScoring(_ files: [RuleFileSyntax]) -> ScoringPolicy {
        var policy = ScoringPolicy.standard
        guard let file = files.first(where: { !$0.scoring.isEmpty }) else {
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

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
