/// An error-tolerant parser for rule files: it reports every syntax error in a file in one pass.
///
/// ```swift
/// let result = RuleParser.parse(SourceFile(path: "pay.rules", text: """
///     rule PAY_NOW {
///       category payment_demand
///       weight 2.5
///       when "pay" near(entity(money), 4)
///       example "pay £500 now"
///     }
///     """))
/// result.diagnostics.isEmpty   // true
/// result.file.rules[0].name    // "PAY_NOW"
/// ```
///
/// After an error the parser skips to the next line that starts a rule field, a rule, or `}`,
/// so one typo yields one diagnostic, not a cascade.
public struct RuleParser {
    public struct Result: Sendable {
        public var file: RuleFileSyntax
        public var diagnostics: [Diagnostic]
    }

    struct Failure: Error {}

    let source: SourceFile
    private var tokens: [LexToken]
    var index = 0
    var diagnostics: [Diagnostic] = []

    static let ruleFields: Set<String> = ["category", "weight", "description", "terms", "when", "unless", "example", "counterexample", "languages",
                                          "within", "from", "level", "min_weight"]
    /// Keywords that start a top-level block.
    static let blockKeywords: Set<String> = ["rule", "scoring", "composite", "conversation", "stage", "terms"]

    public static func parse(_ source: SourceFile) -> Result {
        var lexer = Lexer(file: source)
        let tokens = lexer.tokenize()
        var parser = RuleParser(source: source, tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        let file = parser.parseFile()
        return Result(file: file, diagnostics: parser.diagnostics)
    }

    private init(source: SourceFile, tokens: [LexToken]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: Token helpers

    var current: LexToken { tokens[index] }
    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func isSymbol(_ c: Character) -> Bool {
        if case .symbol(let b) = current.kind { return b == c.asciiValue! }
        return false
    }

    func isIdentifier(_ name: String) -> Bool {
        if case .identifier(let n) = current.kind { return n == name }
        return false
    }

    mutating func error(_ code: String, _ message: String, at span: SourceSpan, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, in: source, at: span, hint: hint))
    }

    mutating func expectSymbol(_ c: Character, _ context: String) throws(Failure) {
        guard isSymbol(c) else {
            error("E010", "expected `\(c)` \(context), found \(current.describe)", at: current.span)
            throw Failure()
        }
        advance()
    }

    mutating func expectIdentifier(_ context: String, hint: String? = nil) throws(Failure) -> Located<String> {
        guard case .identifier(let name) = current.kind else {
            error("E010", "expected \(context), found \(current.describe)", at: current.span, hint: hint)
            throw Failure()
        }
        let span = current.span
        advance()
        return Located(name, span)
    }

    mutating func expectNumber(_ context: String) throws(Failure) -> Located<Double> {
        guard case .number(let value, _) = current.kind else {
            error("E010", "expected \(context), found \(current.describe)", at: current.span)
            throw Failure()
        }
        let span = current.span
        advance()
        return Located(value, span)
    }

    mutating func expectString(_ context: String) throws(Failure) -> Located<String> {
        guard case .string(let value) = current.kind else {
            error("E010", "expected \(context), found \(current.describe)", at: current.span, hint: "write the text in double quotes")
            throw Failure()
        }
        let span = current.span
        advance()
        return Located(value, span)
    }

    /// Skips to the next token that starts a line and is a rule field, `rule`, `scoring` or `}`.
    mutating func synchronize() {
        if !isSyncPoint { advance() }
        while true {
            if case .end = current.kind { return }
            if current.startsLine {
                if case .identifier(let name) = current.kind,
                   Self.ruleFields.contains(name) || Self.blockKeywords.contains(name) { return }
                if isSymbol("}") { return }
            }
            advance()
        }
    }

    /// Whether the current token starts a line with a rule field, `rule`, `scoring` or `}`.
    var isSyncPoint: Bool {
        guard current.startsLine else { return false }
        if case .identifier(let name) = current.kind {
            return Self.ruleFields.contains(name) || Self.blockKeywords.contains(name)
        }
        return isSymbol("}")
    }

    // MARK: Grammar

    mutating func parseFile() -> RuleFileSyntax {
        var file = RuleFileSyntax(source: source)
        while true {
            if case .end = current.kind { break }
            if isIdentifier("rule") {
                if let rule = parseRule() { file.rules.append(rule) }
            } else if isIdentifier("scoring") {
                parseScoring(into: &file)
            } else if isIdentifier("composite") {
                if let composite = parseComposite() { file.composites.append(composite) }
            } else if isIdentifier("conversation") {
                if let settings = parseConversationSettings() { file.conversation.append(settings) }
            } else if isIdentifier("stage") {
                if let stage = parseStage() { file.stages.append(stage) }
            } else if isIdentifier("terms") {
                let keyword = current.span
                advance()
                do throws(Failure) {
                    // `terms languages de nl { … }`: definitions for those languages' copies only.
                    var languages: [String]?
                    if isIdentifier("languages") {
                        advance()
                        var codes: [String] = []
                        while case .identifier(let code) = current.kind { codes.append(code); advance() }
                        guard !codes.isEmpty else {
                            error("E010", "expected language codes after `terms languages`, found \(current.describe)", at: current.span,
                                  hint: "e.g. `terms languages de nl {`")
                            throw Failure()
                        }
                        languages = codes
                    }
                    var terms: [TermSyntax] = []
                    try parseTermsBlock(into: &terms, opened: keyword)
                    for var term in terms {
                        term.languages = languages
                        file.sharedTerms.append(term)
                    }
                } catch {
                    skipToNextBlock()
                }
            } else {
                error("E010", "expected `rule`, `composite`, `terms`, `scoring`, `conversation` or `stage`, found \(current.describe)", at: current.span,
                      hint: "a rule file holds `rule NAME { … }`, `composite NAME { … }` and shared `terms { … }` blocks, and the settings blocks")
                skipToNextBlock()
            }
        }
        return file
    }

    mutating func parseRule() -> RuleSyntax? {
        let keyword = current.span
        advance()
        guard case .identifier(let name) = current.kind else {
            error("E010", "expected a rule name after `rule`, found \(current.describe)", at: current.span,
                  hint: "rule names are UPPER_SNAKE, e.g. `rule PAY_NOW {`")
            synchronize()
            skipBlockRemainder()
            return nil
        }
        var rule = RuleSyntax(name: name, nameSpan: current.span)
        advance()
        do throws(Failure) {
            try expectSymbol("{", "after the rule name")
        } catch {
            synchronize()
        }
        _ = keyword
        while true {
            if case .end = current.kind {
                self.error("E014", "rule `\(name)` is not closed", at: rule.nameSpan, hint: "add `}` after the rule's last field")
                return rule
            }
            if isSymbol("}") { advance(); return rule }
            if isIdentifier("rule") && current.startsLine {
                self.error("E014", "rule `\(name)` is not closed", at: rule.nameSpan, hint: "add `}` after the rule's last field")
                return rule
            }
            do throws(Failure) {
                try parseField(into: &rule)
            } catch {
                rule.hadSyntaxErrors = true
                synchronize()
            }
        }
    }

    /// Skips to the next token that starts a line with a top-level keyword.
    mutating func skipToNextBlock() {
        advance()
        while !(current.kind == .end) {
            if current.startsLine, case .identifier(let name) = current.kind, Self.blockKeywords.contains(name) { return }
            advance()
        }
    }

    /// After a broken rule header, skip to the rule's closing brace.
    mutating func skipBlockRemainder() {
        while !(current.kind == .end) && !(current.startsLine && isIdentifier("rule")) {
            if isSymbol("}") && current.startsLine { advance(); return }
            advance()
        }
    }

    mutating func parseField(into rule: inout RuleSyntax) throws(Failure) {
        guard case .identifier(let field) = current.kind else {
            error("E010", "expected a rule field, found \(current.describe)", at: current.span,
                  hint: "the fields are category, weight, description, terms, when, unless, example, counterexample")
            throw Failure()
        }
        let fieldSpan = current.span
        advance()
        func duplicate(_ what: String) -> Bool {
            diagnostics.append(Diagnostic(.error, "E013", "`\(what)` is given twice in rule `\(rule.name)`", in: source,
                at: fieldSpan, hint: "keep one `\(what)` line"))
            return true
        }
        switch field {
        case "category":
            let value = try expectIdentifier("a category name", hint: "e.g. `category payment_demand`")
            if rule.category != nil { _ = duplicate(field) } else { rule.category = value }
        case "weight":
            let value = try expectNumber("a weight such as `2.5`")
            if rule.weight != nil { _ = duplicate(field) } else { rule.weight = value }
        case "description":
            let value = try expectString("a description string")
            if rule.description != nil { _ = duplicate(field) } else { rule.description = value }
        case "example":
            rule.examples.append(try expectString("an example message"))
        case "counterexample":
            rule.counterexamples.append(try expectString("a counterexample message"))
        case "when":
            let expression = try parseExpression()
            if rule.when != nil { _ = duplicate(field) } else { rule.when = expression }
        case "unless":
            rule.unless.append(try parseExpression())
        case "terms":
            try parseTermsBlock(into: &rule.terms, opened: fieldSpan)
        case "languages":
            // `languages all` or `languages en de pl`: identifiers up to the end of the line.
            var codes: [String] = []
            var span = fieldSpan
            while case .identifier(let code) = current.kind, !current.startsLine {
                codes.append(code)
                span = span.union(current.span)
                advance()
            }
            guard !codes.isEmpty else {
                error("E010", "expected `all` or language codes after `languages`, found \(current.describe)", at: current.span,
                      hint: "e.g. `languages all` or `languages en de`")
                throw Failure()
            }
            if rule.languages != nil { _ = duplicate(field) } else { rule.languages = Located(codes, span) }
        default:
            error("E011", "unknown rule field `\(field)`", at: fieldSpan,
                  hint: "the fields are category, weight, description, terms, when, unless, languages, example, counterexample")
            throw Failure()
        }
    }

    /// `{ $name = … }`, in a rule or at the top level of a file; the `terms` keyword is consumed.
    mutating func parseTermsBlock(into terms: inout [TermSyntax], opened keyword: SourceSpan) throws(Failure) {
        try expectSymbol("{", "after `terms`")
        while !isSymbol("}") {
            if case .end = current.kind { error("E014", "`terms` block is not closed", at: keyword, hint: "add `}`"); throw Failure() }
            do throws(Failure) {
                terms.append(try parseTerm())
            } catch {
                // Resynchronise inside the terms block: the next line starting with $name or }.
                advance()
                while true {
                    if case .end = current.kind { break }
                    if isSymbol("}") { break }
                    if case .variable = current.kind, current.startsLine { break }
                    advance()
                }
            }
        }
        advance()
    }

    /// `$name = any(…)` (an atom term) or `$name = CONDITION` (a term that names a condition).
    mutating func parseTerm() throws(Failure) -> TermSyntax {
        guard case .variable(let name) = current.kind else {
            error("E010", "expected a term such as `$verb = any(\"pay\", \"send\")`, found \(current.describe)", at: current.span)
            throw Failure()
        }
        let span = current.span
        advance()
        try expectSymbol("=", "after the term name")
        let definition = try parseExpression()
        if case .atoms(let atoms, _) = definition { return TermSyntax(name: name, span: span, atoms: atoms) }
        return TermSyntax(name: name, span: span, atoms: [], expression: definition)
    }

    /// An atom, or `any(atom, …)`.
    mutating func parseAtomList() throws(Failure) -> [AtomSyntax] {
        if isIdentifier("any") {
            let start = current.span
            advance()
            try expectSymbol("(", "after `any`")
            var atoms: [AtomSyntax] = []
            while !isSymbol(")") {
                atoms.append(try parseAtom())
                if isSymbol(",") { advance() } else if !isSymbol(")") {
                    error("E010", "expected `,` or `)` in `any(…)`, found \(current.describe)", at: current.span)
                    throw Failure()
                }
            }
            if atoms.isEmpty {
                error("E010", "`any()` needs at least one term", at: start.union(current.span))
                throw Failure()
            }
            advance()
            return atoms
        }
        return [try parseAtom()]
    }

    mutating func parseAtom() throws(Failure) -> AtomSyntax {
        switch current.kind {
        case .string(let text):
            let span = current.span
            advance()
            return .phrase(text, span)
        case .lexicon(let name):
            let span = current.span
            advance()
            return .lexicon(name, span)
        case .identifier("entity"):
            let start = current.span
            advance()
            try expectSymbol("(", "after `entity`")
            let kind = try expectIdentifier("an entity kind (money, duration, url, number)")
            let end = current.span
            try expectSymbol(")", "after the entity kind")
            _ = end
            return .entity(kind.value, start.union(kind.span))
        default:
            error("E010", "expected a term (a string, `@lexicon`, `entity(kind)` or `any(…)`), found \(current.describe)",
                  at: current.span)
            throw Failure()
        }
    }

    // expression := and ( ("|" | "or") and )*
    mutating func parseExpression() throws(Failure) -> ExpressionSyntax {
        var left = try parseAnd()
        while isSymbol("|") || isIdentifier("or") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(Failure) -> ExpressionSyntax {
        var left = try parseUnary()
        while isSymbol("&") || isIdentifier("and") {
            advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    mutating func parseUnary() throws(Failure) -> ExpressionSyntax {
        if isIdentifier("not") {
            let span = current.span
            advance()
            let operand = try parseUnary()
            return .not(operand, span.union(operand.span))
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws(Failure) -> ExpressionSyntax {
        var left = try parsePrimary()
        while isIdentifier("near") || isIdentifier("then") || isIdentifier("before") {
            guard case .identifier(let keyword) = current.kind else { break }
            let operatorSpan = current.span
            advance()
            try expectSymbol("(", "after `\(keyword)`")
            let right = try parseExpression()
            try expectSymbol(",", "before the distance in `\(keyword)(…, N)`")
            guard case .number(let value, let isInteger) = current.kind, isInteger, value >= 0 else {
                error("E010", "expected a whole number of words, found \(current.describe)", at: current.span,
                      hint: "e.g. `$verb near($amount, 4)`: at most 4 words between them")
                throw Failure()
            }
            advance()
            let end = current.span
            try expectSymbol(")", "to close `\(keyword)(…)`")
            let span = left.span.union(operatorSpan).union(end)
            switch keyword {
            case "near": left = .near(left, right, distance: Int(value), span)
            case "then": left = .then(left, right, gap: Int(value), span)
            default: left = .before(left, right, gap: Int(value), span)
            }
        }
        return left
    }

    mutating func parsePrimary() throws(Failure) -> ExpressionSyntax {
        switch current.kind {
        case .variable(let name):
            let span = current.span
            advance()
            return .variable(name, span)
        case .symbol(0x28):
            advance()
            let inner = try parseExpression()
            try expectSymbol(")", "to close `(`")
            return inner
        case .string, .lexicon, .identifier("entity"), .identifier("any"):
            let start = current.span
            let atoms = try parseAtomList()
            let end = atoms.last?.span ?? start
            return .atoms(atoms, start.union(end))
        default:
            error("E010", "expected a condition (a `$term`, a string, `@lexicon`, `entity(…)`, `any(…)`, `not` or `(`), found \(current.describe)",
                  at: current.span)
            throw Failure()
        }
    }

    mutating func parseScoring(into file: inout RuleFileSyntax) {
        let keyword = current.span
        advance()
        var block = RuleFileSyntax(source: source)
        if let first = file.scoringSpan {
            diagnostics.append(Diagnostic(.error, "E110", "a second `scoring` block", in: source, at: keyword,
                hint: "keep one `scoring { … }` block per pack, in scoring.rules",
                notes: [.init("the first scoring block is here", in: source, at: first)]))
        } else {
            file.scoringSpan = keyword
        }
        defer { if file.scoringSpan == keyword { file.scoring = block.scoring } }
        parseScoringBody(into: &block)
    }

    mutating func parseScoringBody(into file: inout RuleFileSyntax) {
        do throws(Failure) { try expectSymbol("{", "after `scoring`") } catch { synchronize() }
        while true {
            if case .end = current.kind { error("E014", "`scoring` block is not closed", at: current.span, hint: "add `}`"); return }
            if isSymbol("}") { advance(); return }
            do throws(Failure) {
                let field = try expectIdentifier("`scale`, `cap`, `level` or `obfuscation`")
                switch field.value {
                case "scale":
                    file.scoring.append(.scale(try expectNumber("a scale such as `3.0`")))
                case "cap":
                    let category = try expectIdentifier("a category name or `default`")
                    file.scoring.append(.cap(category: category, try expectNumber("a cap such as `3.0`")))
                case "level":
                    let name = try expectIdentifier("a level name (low, medium, high, critical)")
                    file.scoring.append(.level(name: name, try expectNumber("a threshold between 0 and 1")))
                case "obfuscation":
                    file.scoring.append(.obfuscation(try expectNumber("a bonus such as `0.3`")))
                default:
                    error("E011", "unknown scoring field `\(field.value)`", at: field.span, hint: "the fields are scale, cap, level and obfuscation")
                    throw Failure()
                }
            } catch {
                // Skip the rest of this line.
                advance()
                while !current.startsLine { advance() }
            }
        }
    }
}
