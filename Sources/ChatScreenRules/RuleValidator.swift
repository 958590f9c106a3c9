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
                validateFields(rule, source, &diagnostics)
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
        return diagnostics
    }

    private static func isUpperSnake(_ name: String) -> Bool {
        guard let first = name.utf8.first, first &- 0x41 < 26 else { return false }
        return name.utf8.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 == 0x5F }
    }

    private static func validateFields(_ rule: RuleSyntax, _ source: SourceFile, _ diagnostics: inout [Diagnostic]) {
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

        var defined: [String: SourceSpan] = [:]
        for term in rule.terms {
            if let first = defined[term.name] {
                diagnostics.append(Diagnostic(.error, "E105", "term `$\(term.name)` is defined twice in rule `\(rule.name)`",
                    in: source, at: term.span, hint: "rename or merge the two terms",
                    notes: [.init("first defined here", in: source, at: first)]))
            } else {
                defined[term.name] = term.span
            }
        }
        var used = Set<String>()
        func visit(_ expression: ExpressionSyntax) {
            switch expression {
            case .variable(let name, let span):
                used.insert(name)
                if defined[name] == nil {
                    let known = defined.keys.sorted().map { "$" + $0 }.joined(separator: ", ")
                    diagnostics.append(Diagnostic(.error, "E102", "undefined term `$\(name)`", in: source, at: span,
                        hint: known.isEmpty ? "define it in a `terms { $\(name) = … }` block" : "the terms of this rule are \(known)"))
                }
            case .atoms: break
            case .and(let a, let b), .or(let a, let b), .near(let a, let b, _, _), .then(let a, let b, _, _):
                visit(a); visit(b)
            case .not(let a, _):
                visit(a)
            }
        }
        if let when = rule.when { visit(when) }
        rule.unless.forEach(visit)
        for term in rule.terms where !used.contains(term.name) {
            diagnostics.append(Diagnostic(.warning, "W003", "term `$\(term.name)` is never used", in: source, at: term.span,
                hint: "use it in `when` or `unless`, or delete it"))
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
