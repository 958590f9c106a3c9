/// Parsing of the conversation-level blocks: `composite`, `conversation` and `stage`.
///
/// ```
/// composite SEXTORTION_THREAT_AND_DEMAND {
///   description "A threat and a demand from one sender"
///   when   publish_threat & payment_demand
///   within 20 messages
///   within 2h
///   from   same sender
///   level  critical
/// }
/// conversation {
///   window 50 messages
///   window 24h
///   max_conversations 100000
///   idle 6h
/// }
/// stage leverage { when recording_claim | friends_listing | publish_threat }
/// ```
extension RuleParser {
    mutating func parseComposite() -> CompositeSyntax? {
        advance()
        guard case .identifier(let name) = current.kind else {
            error("E010", "expected a composite name after `composite`, found \(current.describe)", at: current.span,
                  hint: "composite names are UPPER_SNAKE, e.g. `composite THREAT_AND_DEMAND {`")
            skipToNextBlock()
            return nil
        }
        var composite = CompositeSyntax(name: name, nameSpan: current.span)
        advance()
        do throws(Failure) { try expectSymbol("{", "after the composite name") } catch { synchronize() }
        while true {
            if case .end = current.kind {
                error("E014", "composite `\(name)` is not closed", at: composite.nameSpan, hint: "add `}` after its last field")
                return composite
            }
            if isSymbol("}") { advance(); return composite }
            if current.startsLine, case .identifier(let word) = current.kind, Self.blockKeywords.contains(word) {
                error("E014", "composite `\(name)` is not closed", at: composite.nameSpan, hint: "add `}` after its last field")
                return composite
            }
            do throws(Failure) {
                try parseCompositeField(into: &composite)
            } catch {
                composite.hadSyntaxErrors = true
                synchronize()
            }
        }
    }

    private mutating func parseCompositeField(into composite: inout CompositeSyntax) throws(Failure) {
        let field = try expectIdentifier("a composite field (description, when, within, from, level, min_weight)")
        func once<T>(_ slot: inout T?, _ value: T) {
            if slot != nil {
                diagnostics.append(Diagnostic(.error, "E013", "`\(field.value)` is given twice in composite `\(composite.name)`",
                    in: source, at: field.span, hint: "keep one `\(field.value)` line"))
            } else {
                slot = value
            }
        }
        switch field.value {
        case "description":
            once(&composite.description, try expectString("a description string"))
        case "when":
            once(&composite.when, try parseCompositeExpression())
        case "within":
            let (amount, unit) = try parseAmountWithUnit("a window such as `20 messages` or `1h`")
            if unit == .messages { once(&composite.withinMessages, amount) } else { once(&composite.withinSeconds, amount) }
        case "from":
            let which = try expectIdentifier("`same` or `any`")
            _ = try expectIdentifier("`sender`")
            guard which.value == "same" || which.value == "any" else {
                error("E010", "expected `from same sender` or `from any sender`", at: which.span)
                throw Failure()
            }
            composite.sameSender = which.value == "same"
        case "level":
            once(&composite.level, try expectIdentifier("a level (low, medium, high, critical)"))
        case "min_weight":
            once(&composite.minWeight, try expectNumber("a weight such as `1.5`"))
        default:
            error("E011", "unknown composite field `\(field.value)`", at: field.span,
                  hint: "the fields are description, when, within, from, level and min_weight")
            throw Failure()
        }
    }

    enum WindowUnit { case messages, seconds }

    /// `20 messages`, `1h`, `30m`, `90s`, `2d` (also `hours`, `minutes`, `seconds`, `days`).
    private mutating func parseAmountWithUnit(_ context: String) throws(Failure) -> (Located<Int>, WindowUnit) {
        guard case .number(let value, let isInteger) = current.kind, isInteger, value > 0 else {
            error("E010", "expected \(context), found \(current.describe)", at: current.span)
            throw Failure()
        }
        let numberSpan = current.span
        advance()
        let unit = try expectIdentifier("a unit: messages, s, m, h or d")
        let multiplier: Int
        switch unit.value {
        case "message", "messages": return (Located(Int(value), numberSpan.union(unit.span)), .messages)
        case "s", "sec", "secs", "second", "seconds": multiplier = 1
        case "m", "min", "mins", "minute", "minutes": multiplier = 60
        case "h", "hr", "hrs", "hour", "hours": multiplier = 3600
        case "d", "day", "days": multiplier = 86_400
        default:
            error("E010", "unknown unit `\(unit.value)`", at: unit.span, hint: "use messages, s, m, h or d, e.g. `within 20 messages` or `within 1h`")
            throw Failure()
        }
        return (Located(Int(value) * multiplier, numberSpan.union(unit.span)), .seconds)
    }

    // cexpr := cand ('|' cand)* ; cand := cseq ('&' cseq)* ; cseq := cprim ('then' cprim)*
    // cprim := NAME | INT 'of' '(' cexpr (',' cexpr)* ')' | '(' cexpr ')'
    mutating func parseCompositeExpression() throws(Failure) -> CompositeExpressionSyntax {
        var left = try parseCompositeAnd()
        while isSymbol("|") || isIdentifier("or") {
            advance()
            left = .or(left, try parseCompositeAnd())
        }
        return left
    }

    private mutating func parseCompositeAnd() throws(Failure) -> CompositeExpressionSyntax {
        var left = try parseCompositeSequence()
        while isSymbol("&") || isIdentifier("and") {
            advance()
            left = .and(left, try parseCompositeSequence())
        }
        return left
    }

    private mutating func parseCompositeSequence() throws(Failure) -> CompositeExpressionSyntax {
        let first = try parseCompositePrimary()
        var steps = [first]
        while isIdentifier("then") {
            advance()
            steps.append(try parseCompositePrimary())
        }
        return steps.count == 1 ? first : .sequence(steps, first.span.union(steps.last!.span))
    }

    private mutating func parseCompositePrimary() throws(Failure) -> CompositeExpressionSyntax {
        switch current.kind {
        case .identifier(let name) where !["then", "and", "or", "of"].contains(name):
            let span = current.span
            advance()
            guard isSymbol(">") else { return .operand(name, span) }
            advance()
            try expectSymbol("=", "after `>` (write `>=`)")
            let weight = try expectNumber("a weight such as `1.5` after `>=`")
            return .operand(name, span.union(weight.span), minWeight: weight.value)
        case .number(let value, let isInteger) where isInteger && value >= 1:
            let start = current.span
            advance()
            guard isIdentifier("of") else {
                error("E010", "expected `of` after \(Int(value)), as in `2 of (a, b, c)`", at: current.span)
                throw Failure()
            }
            advance()
            try expectSymbol("(", "after `of`")
            var operands = [try parseCompositeExpression()]
            while isSymbol(",") {
                advance()
                operands.append(try parseCompositeExpression())
            }
            let end = current.span
            try expectSymbol(")", "to close `of (…)`")
            return .count(Int(value), operands, start.union(end))
        case .symbol(0x28):
            advance()
            let inner = try parseCompositeExpression()
            try expectSymbol(")", "to close `(`")
            return inner
        default:
            error("E010", "expected a category, a rule name, `N of (…)` or `(`, found \(current.describe)", at: current.span,
                  hint: "e.g. `when publish_threat & payment_demand` or `when 2 of (recording_claim, deadline, friends_listing)`")
            throw Failure()
        }
    }

    mutating func parseConversationSettings() -> ConversationSettingsSyntax? {
        var settings = ConversationSettingsSyntax(span: current.span)
        advance()
        do throws(Failure) { try expectSymbol("{", "after `conversation`") } catch { synchronize() }
        while true {
            if case .end = current.kind { error("E014", "`conversation` block is not closed", at: settings.span, hint: "add `}`"); return settings }
            if isSymbol("}") { advance(); return settings }
            do throws(Failure) {
                let field = try expectIdentifier("`window`, `max_conversations` or `idle`")
                switch field.value {
                case "window":
                    let (amount, unit) = try parseAmountWithUnit("a window such as `50 messages` or `24h`")
                    if unit == .messages { settings.windowMessages = amount } else { settings.windowSeconds = amount }
                case "max_conversations":
                    guard case .number(let value, true) = current.kind, value >= 1 else {
                        error("E010", "expected a whole number of conversations, found \(current.describe)", at: current.span)
                        throw Failure()
                    }
                    settings.maxConversations = Located(Int(value), current.span)
                    advance()
                case "idle":
                    let (amount, unit) = try parseAmountWithUnit("an idle time such as `6h`")
                    guard unit == .seconds else {
                        error("E010", "`idle` is a time such as `6h`, not a message count", at: amount.span)
                        throw Failure()
                    }
                    settings.idleSeconds = amount
                default:
                    error("E011", "unknown conversation field `\(field.value)`", at: field.span,
                          hint: "the fields are window, max_conversations and idle")
                    throw Failure()
                }
            } catch {
                advance()
                while !current.startsLine { advance() }
            }
        }
    }

    mutating func parseStage() -> StageSyntax? {
        advance()
        guard case .identifier(let name) = current.kind else {
            error("E010", "expected a stage name (escalation, leverage, extortion), found \(current.describe)", at: current.span)
            skipToNextBlock()
            return nil
        }
        var stage = StageSyntax(name: Located(name, current.span))
        advance()
        do throws(Failure) {
            try expectSymbol("{", "after the stage name")
            guard isIdentifier("when") else {
                error("E010", "expected `when` in the stage block, found \(current.describe)", at: current.span)
                throw Failure()
            }
            advance()
            stage.when = try parseCompositeExpression()
            try expectSymbol("}", "to close the stage block")
        } catch {
            skipToNextBlock()
        }
        return stage
    }
}
