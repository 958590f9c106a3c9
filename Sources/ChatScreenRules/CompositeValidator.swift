/// Checks `composite`, `conversation` and `stage` blocks: names, operands, levels, windows.
///
/// ```swift
/// let diagnostics = CompositeValidator.validate(files, ruleNames: ["PAY_NOW"])
/// ```
public enum CompositeValidator {
    /// The stages a conversation moves through, in order.
    public static let stageNames = ["contact", "escalation", "leverage", "extortion"]

    public static func validate(_ files: [RuleFileSyntax], ruleNames: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstDefinition: [String: (file: SourceFile, span: SourceSpan)] = [:]
        for file in files {
            for rule in file.rules where firstDefinition[rule.name] == nil { firstDefinition[rule.name] = (file.source, rule.nameSpan) }
        }
        var firstSettings: (file: SourceFile, span: SourceSpan)?
        for file in files {
            let source = file.source
            for composite in file.composites {
                if let first = firstDefinition[composite.name] {
                    diagnostics.append(Diagnostic(.error, "E100", "duplicate rule `\(composite.name)`", in: source, at: composite.nameSpan,
                        label: "defined again here", hint: "rule and composite names are unique across the pack",
                        notes: [.init("first defined here", in: first.file, at: first.span)]))
                } else {
                    firstDefinition[composite.name] = (source, composite.nameSpan)
                }
                if let when = composite.when {
                    checkOperands(when, source, ruleNames, &diagnostics)
                } else if !composite.hadSyntaxErrors {
                    diagnostics.append(Diagnostic(.error, "E012", "composite `\(composite.name)` has no `when` condition", in: source,
                        at: composite.nameSpan, hint: "add a line such as `when publish_threat & payment_demand`"))
                }
                if let level = composite.level {
                    if Level(rawValue: level.value) == nil || level.value == "none" {
                        diagnostics.append(Diagnostic(.error, "E109", "unknown level `\(level.value)`", in: source, at: level.span,
                            hint: "a composite raises the conversation to low, medium, high or critical"))
                    }
                } else if !composite.hadSyntaxErrors {
                    diagnostics.append(Diagnostic(.error, "E115", "composite `\(composite.name)` has no `level`", in: source,
                        at: composite.nameSpan, hint: "add a line such as `level critical`: the level it raises the conversation to"))
                }
                if let weight = composite.minWeight, !(weight.value >= 0 && weight.value.isFinite) {
                    diagnostics.append(Diagnostic(.error, "E109", "min_weight must be zero or more", in: source, at: weight.span))
                }
            }
            for settings in file.conversation {
                if let first = firstSettings {
                    diagnostics.append(Diagnostic(.error, "E110", "a second `conversation` block", in: source, at: settings.span,
                        hint: "keep one `conversation { … }` block per pack",
                        notes: [.init("the first conversation block is here", in: first.file, at: first.span)]))
                } else {
                    firstSettings = (source, settings.span)
                }
            }
            for stage in file.stages {
                guard let index = stageNames.firstIndex(of: stage.name.value), index > 0 else {
                    diagnostics.append(Diagnostic(.error, "E113", "unknown stage `\(stage.name.value)`", in: source, at: stage.name.span,
                        hint: "the stages after contact are escalation, leverage and extortion"))
                    continue
                }
                if let when = stage.when { checkOperands(when, source, ruleNames, &diagnostics) }
            }
        }
        return diagnostics
    }

    private static func checkOperands(_ expression: CompositeExpressionSyntax, _ source: SourceFile, _ ruleNames: Set<String>,
                                      _ diagnostics: inout [Diagnostic]) {
        switch expression {
        case .operand(let name, let span, let minWeight):
            if minWeight != nil && Category(rawValue: name) == nil {
                diagnostics.append(Diagnostic(.error, "E112", "`>=` applies to categories, not to `\(name)`", in: source, at: span,
                    hint: "a rule either fires or not; weigh categories, e.g. `payment_demand >= 1.5`"))
            }
            if Category(rawValue: name) == nil && !ruleNames.contains(name) {
                diagnostics.append(Diagnostic(.error, "E111", "`\(name)` is neither a category nor a rule", in: source, at: span,
                    hint: "composites combine categories (\(Category.namesList)) and rule names"))
            }
        case .and(let a, let b), .or(let a, let b):
            checkOperands(a, source, ruleNames, &diagnostics)
            checkOperands(b, source, ruleNames, &diagnostics)
        case .count(let n, let operands, let span):
            operands.forEach { checkOperands($0, source, ruleNames, &diagnostics) }
            if n > operands.count {
                diagnostics.append(Diagnostic(.error, "E112", "`\(n) of` needs at least \(n) operands, found \(operands.count)", in: source,
                    at: span, hint: "list more operands, or lower the count"))
            }
        case .sequence(let steps, _):
            for step in steps {
                if case .operand = step { checkOperands(step, source, ruleNames, &diagnostics); continue }
                diagnostics.append(Diagnostic(.error, "E112", "each step of `then` must be a category or a rule name", in: source,
                    at: step.span, hint: "write `platform_move then image_request then publish_threat`"))
            }
        }
    }
}
