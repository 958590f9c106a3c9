/// Checks the meaning of parsed rule files: names, categories, variables, required fields,
/// weights and the scoring block. Lexicon and entity names are checked by the compiler, which
/// knows which exist.
///
/// ```swift
/// let diagnostics = RuleValidator.validate([parsedA.file, parsedB.file])
/// diagnostics.filter { $0.severity == .error }   // E1xx errors stop the load
/// ```
public enum RuleValidator {
    /// The documented weight range; a weight outside it draws warning W001.
    public static let weightRange: ClosedRange<Double> = 0.1...10

    public static func validate(_ files: [RuleFileSyntax]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstDefinition: [String: (file: SourceFile, span: SourceSpan)] = [:]
        var firstScoring: (file: SourceFile, span: SourceSpan)?
        var shared = collectSharedTerms(files, &diagnostics)

        for file in files {
            let source = file.source
            for rule in file.rules {
                if let first = firstDefinition[rule.name] {
                    diagnostics.append(Diagnostic(.error, "E100", "duplicate rule `\(rule.name)`", in: source, at: rule.nameSpan,
                        label: "defined again here", hint: "rename one of the rules; rule names are unique across the pack",
                        notes: [.init("first defined here", in: first.file, at: first.span)]))
                } else {
                    firstDefinition[rule.name] = (source, rule.nameSpan)
                }
                if !isUpperSnake(rule.name) {
                    diagnostics.append(Diagnostic(.warning, "W004", "rule name `\(rule.name)` is not UPPER_SNAKE", in: source,
                        at: rule.nameSpan, hint: "write rule names like `PAY_WITH_AMOUNT`"))
                }
                validateFields(rule, source, &shared, &diagnostics)
            }
            if let span = file.scoringSpan {
                if let first = firstScoring {
                    diagnostics.append(Diagnostic(.error, "E110", "a second `scoring` block", in: source, at: span,
                        hint: "keep one `scoring { … }` block per pack, in scoring.rules",
                        notes: [.init("the first scoring block is here", in: first.file, at: first.span)]))
                } else {
                    firstScoring = (source, span)
                }
            }
            validateScoring(file.scoring, source, &diagnostics)
        }
        reportUnusedSharedTerms(shared, &diagnostics)
        return diagnostics
    }

    private static func isUpperSnake(_ name: String) -> Bool {
        guard let first = name.utf8.first, first &- 0x41 < 26 else { return false }
        return name.utf8.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 == 0x5F }
    }

    private static func validateFields(_ rule: RuleSyntax, _ source: SourceFile, _ shared: inout SharedTerms,
                                       _ diagnostics: inout [Diagnostic]) {
        if let category = rule.category {
            if Category(rawValue: category.value) == nil {
                diagnostics.append(Diagnostic(.error, "E101", "unknown category `\(category.value)`", in: source, at: category.span,
                    hint: "the categories are \(Category.namesList)"))
            }
        } else if !rule.hadSyntaxErrors {
            diagnostics.append(Diagnostic(.error, "E106", "rule `\(rule.name)` has no `category`", in: source, at: rule.nameSpan,
                hint: "add a line such as `category payment_demand`"))
        }
        if let weight = rule.weight {
            if weight.value.isFinite && !weightRange.contains(weight.value) {
                diagnostics.append(Diagnostic(.warning, "W001", "weight \(weight.value) is outside the documented range 0.1…10",
                    in: source, at: weight.span, hint: "see Rules/README.md, Scoring, for what weights mean"))
            }
        } else if !rule.hadSyntaxErrors {
            diagnostics.append(Diagnostic(.error, "E107", "rule `\(rule.name)` has no `weight`", in: source, at: rule.nameSpan,
                hint: "add a line such as `weight 1.0`"))
        }
        if rule.when == nil && !rule.hadSyntaxErrors {
            diagnostics.append(Diagnostic(.error, "E012", "rule `\(rule.name)` has no `when` condition", in: source, at: rule.nameSpan,
                hint: "add a line such as `when $verb near($amount, 4)`"))
        }
        if rule.examples.count < 2 {
            diagnostics.append(Diagnostic(.warning, "W002", "rule `\(rule.name)` has \(rule.examples.count) example(s); at least 2 are expected",
                in: source, at: rule.nameSpan, hint: "add `example \"…\"` lines with messages this rule must fire on"))
        }
        if rule.counterexamples.count < 2 {
            diagnostics.append(Diagnostic(.warning, "W002", "rule `\(rule.name)` has \(rule.counterexamples.count) counterexample(s); at least 2 are expected",
                in: source, at: rule.nameSpan, hint: "add `counterexample \"…\"` lines with near-misses this rule must not fire on"))
        }

        var defined: [String: TermSyntax] = [:]
        for term in rule.terms {
            if let first = defined[term.name] {
                diagnostics.append(Diagnostic(.error, "E105", "term `$\(term.name)` is defined twice in rule `\(rule.name)`",
                    in: source, at: term.span, hint: "rename or merge the two terms",
                    notes: [.init("first defined here", in: source, at: first.span)]))
            } else {
                // A rule's own term hides a shared term of the same name inside that rule, so a
                // shared term added later never breaks a rule that already used the name.
                defined[term.name] = term
            }
        }
        var used = Set<String>()
        var visiting: [String] = []
        func visit(_ expression: ExpressionSyntax) {
            forEachVariable(in: expression) { name, span in
                used.insert(name)
                if let term = defined[name] {
                    guard let inner = term.expression else { return }
                    if let cycle = visiting.firstIndex(of: name) {
                        let path = (visiting[cycle...] + [name]).map { "$" + $0 }.joined(separator: " → ")
                        diagnostics.append(Diagnostic(.error, "E114", "term `$\(name)` refers to itself (\(path))", in: source, at: term.span,
                            hint: "a term may use other terms, but never itself, directly or through others"))
                        return
                    }
                    visiting.append(name)
                    visit(inner)
                    visiting.removeLast()
                } else if shared.terms[name] != nil {
                    shared.used.insert(name)
                } else {
                    let known = (defined.keys.sorted() + shared.terms.keys.sorted()).map { "$" + $0 }
                    let listed = known.count > 12 ? known.prefix(12).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
                    diagnostics.append(Diagnostic(.error, "E102", "undefined term `$\(name)`", in: source, at: span,
                        hint: known.isEmpty ? "define it in a `terms { $\(name) = … }` block" : "the terms this rule can use are \(listed)"))
                }
            }
        }
        if let when = rule.when { visit(when) }
        rule.unless.forEach(visit)
        for term in rule.terms where !used.contains(term.name) {
            diagnostics.append(Diagnostic(.warning, "W003", "term `$\(term.name)` is never used", in: source, at: term.span,
                hint: "use it in `when` or `unless`, or delete it"))
        }
    }

    /// Calls `body` with every `$variable` of an expression, in order.
    static func forEachVariable(in expression: ExpressionSyntax, _ body: (String, SourceSpan) -> Void) {
        switch expression {
        case .variable(let name, let span): body(name, span)
        case .atoms: break
        case .and(let a, let b), .or(let a, let b), .near(let a, let b, _, _), .then(let a, let b, _, _), .before(let a, let b, _, _):
            forEachVariable(in: a, body); forEachVariable(in: b, body)
        case .not(let a, _):
            forEachVariable(in: a, body)
        }
    }

    /// The pack's shared terms (top-level `terms { }` blocks), and which of them rules use.
    struct SharedTerms {
        var terms: [String: (term: TermSyntax, file: SourceFile)] = [:]
        /// Language-specific definitions: language → name → definition.
        var overrides: [String: [String: (term: TermSyntax, file: SourceFile)]] = [:]
        var order: [String] = []
        var used = Set<String>()
    }

    /// Collects the shared terms of every file: a name is defined once per pack (E105), a shared
    /// term may use only shared terms (E102), and never itself (E114).
    private static func collectSharedTerms(_ files: [RuleFileSyntax], _ diagnostics: inout [Diagnostic]) -> SharedTerms {
        var shared = SharedTerms()
        for file in files {
            for term in file.sharedTerms where term.languages != nil {
                for language in term.languages ?? [] {
                    if let first = shared.overrides[language]?[term.name] {
                        diagnostics.append(Diagnostic(.error, "E105", "shared term `$\(term.name)` is defined twice for language `\(language)`",
                            in: file.source, at: term.span, hint: "keep one `terms languages \(language)` definition of each term",
                            notes: [.init("first defined here", in: first.file, at: first.term.span)]))
                    } else {
                        shared.overrides[language, default: [:]][term.name] = (term, file.source)
                    }
                }
            }
            for term in file.sharedTerms where term.languages == nil {
                if let first = shared.terms[term.name] {
                    diagnostics.append(Diagnostic(.error, "E105", "shared term `$\(term.name)` is defined twice", in: file.source, at: term.span,
                        hint: "shared terms are visible to every rule, so their names are unique across the pack",
                        notes: [.init("first defined here", in: first.file, at: first.term.span)]))
                } else {
                    shared.terms[term.name] = (term, file.source)
                    shared.order.append(term.name)
                }
            }
        }
        // Undefined references and cycles among shared terms; a shared term used by another counts as used.
        var state: [String: Int] = [:]   // 1: visiting, 2: done
        func visit(_ name: String, _ path: [String]) {
            guard let (term, source) = shared.terms[name], let expression = term.expression else { return }
            if state[name] == 2 { return }
            if state[name] == 1 {
                let start = path.firstIndex(of: name) ?? 0
                let cycle = (path[start...] + [name]).map { "$" + $0 }.joined(separator: " → ")
                diagnostics.append(Diagnostic(.error, "E114", "term `$\(name)` refers to itself (\(cycle))", in: source, at: term.span,
                    hint: "a term may use other terms, but never itself, directly or through others"))
                return
            }
            state[name] = 1
            forEachVariable(in: expression) { inner, span in
                if shared.terms[inner] != nil {
                    visit(inner, path + [name])
                } else {
                    diagnostics.append(Diagnostic(.error, "E102", "undefined term `$\(inner)` in shared term `$\(name)`", in: source, at: span,
                        hint: "a shared term may use only other shared terms (defined in a top-level `terms { }` block)"))
                }
            }
            state[name] = 2
        }
        for name in shared.order { visit(name, []) }
        // A language's definition replaces a general one; it uses shared terms (general, or the
        // same language's) and never itself.
        for (language, overrides) in shared.overrides.sorted(by: { $0.key < $1.key }) {
            for (name, entry) in overrides.sorted(by: { $0.key < $1.key }) {
                if shared.terms[name] == nil {
                    diagnostics.append(Diagnostic(.error, "E117", "shared term `$\(name)` is defined for language `\(language)` only",
                        in: entry.file, at: entry.term.span,
                        hint: "a `terms languages …` block replaces a general definition; define `$\(name)` in a plain `terms { }` block too"))
                }
                var path: [String] = []
                func follow(_ name: String) {
                    let definition = overrides[name] ?? shared.terms[name]
                    guard let (term, source) = definition, let expression = term.expression else { return }
                    if path.contains(name) {
                        let cycle = (path[path.firstIndex(of: name)!...] + [name]).map { "$" + $0 }.joined(separator: " → ")
                        diagnostics.append(Diagnostic(.error, "E114", "term `$\(name)` refers to itself for language `\(language)` (\(cycle))",
                            in: source, at: term.span, hint: "a term may use other terms, but never itself, directly or through others"))
                        return
                    }
                    path.append(name)
                    forEachVariable(in: expression) { inner, span in
                        if overrides[inner] == nil && shared.terms[inner] == nil {
                            diagnostics.append(Diagnostic(.error, "E102", "undefined term `$\(inner)` in shared term `$\(name)`", in: source,
                                at: span, hint: "a shared term may use only other shared terms"))
                        } else if overrides[inner] != nil {
                            follow(inner)
                        }
                    }
                    path.removeLast()
                }
                follow(name)
            }
        }
        return shared
    }

    /// Marks the shared terms reached from used ones as used, and warns about the rest (W014).
    private static func reportUnusedSharedTerms(_ shared: SharedTerms, _ diagnostics: inout [Diagnostic]) {
        var used = shared.used
        var stack = Array(used)
        while let name = stack.popLast() {
            guard let expression = shared.terms[name]?.term.expression else { continue }
            forEachVariable(in: expression) { inner, _ in
                if shared.terms[inner] != nil && used.insert(inner).inserted { stack.append(inner) }
            }
        }
        for name in shared.order where !used.contains(name) {
            guard let (term, source) = shared.terms[name] else { continue }
            diagnostics.append(Diagnostic(.warning, "W014", "shared term `$\(name)` is never used", in: source, at: term.span,
                hint: "use it in a rule, or delete it"))
        }
    }

    private static func validateScoring(_ scoring: [ScoringSyntax], _ source: SourceFile, _ diagnostics: inout [Diagnostic]) {
        var thresholds: [(Level, Located<Double>)] = []
        for item in scoring {
            switch item {
            case .scale(let value):
                if value.value <= 0 {
                    diagnostics.append(Diagnostic(.error, "E109", "scale must be positive", in: source, at: value.span,
                        hint: "score = 1 - exp(-raw / scale); the shipped scale is 3.0"))
                }
            case .cap(let category, let value):
                if category.value != "default" && Category(rawValue: category.value) == nil {
                    diagnostics.append(Diagnostic(.error, "E101", "unknown category `\(category.value)`", in: source, at: category.span,
                        hint: "the categories are \(Category.namesList), or `default`"))
                }
                if value.value <= 0 {
                    diagnostics.append(Diagnostic(.error, "E109", "a cap must be positive", in: source, at: value.span))
                }
            case .obfuscation(let value):
                if !(0...3).contains(value.value) {
                    diagnostics.append(Diagnostic(.error, "E109", "the obfuscation bonus must be between 0 and 3", in: source, at: value.span,
                        hint: "it is added to raw per fold a hit needed; the shipped value is 0.3"))
                }
            case .level(let name, let value):
                guard let level = Level(rawValue: name.value), level != .none else {
                    diagnostics.append(Diagnostic(.error, "E109", "unknown level `\(name.value)`", in: source, at: name.span,
                        hint: "the levels with thresholds are low, medium, high and critical"))
                    continue
                }
                if !(0...1).contains(value.value) {
                    diagnostics.append(Diagnostic(.error, "E109", "a level threshold must be between 0 and 1", in: source, at: value.span))
                }
                thresholds.append((level, value))
            }
        }
        let ordered = thresholds.sorted { $0.0 < $1.0 }
        for (a, b) in zip(ordered, ordered.dropFirst()) where b.1.value <= a.1.value {
            diagnostics.append(Diagnostic(.error, "E109", "threshold for `\(b.0.rawValue)` must be above the one for `\(a.0.rawValue)`",
                in: source, at: b.1.span, hint: "levels rise: low < medium < high < critical"))
        }
    }
}
