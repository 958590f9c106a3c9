/// The syntax tree of one rule file. Every node keeps its ``SourceSpan`` for diagnostics.
///
/// ```swift
/// let parsed = RuleParser.parse(SourceFile(path: "x.rules", text: source))
/// parsed.file.rules.first?.name      // "PAY_NOW"
/// parsed.diagnostics                 // every syntax error in the file, in one pass
/// ```
public struct RuleFileSyntax: Sendable {
    public var source: SourceFile
    public var rules: [RuleSyntax] = []
    public var scoring: [ScoringSyntax] = []
    /// Where the file's `scoring` keyword is, if it has a scoring block.
    public var scoringSpan: SourceSpan?
}

/// One `rule NAME { … }` block.
public struct RuleSyntax: Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    public var category: Located<String>?
    public var weight: Located<Double>?
    public var description: Located<String>?
    public var terms: [TermSyntax] = []
    public var when: ExpressionSyntax?
    public var unless: [ExpressionSyntax] = []
    public var examples: [Located<String>] = []
    public var counterexamples: [Located<String>] = []
    /// A field failed to parse; checks for missing fields are skipped to avoid cascades.
    public var hadSyntaxErrors = false
}

/// A value with the span it was written at.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan
    public init(_ value: Value, _ span: SourceSpan) { self.value = value; self.span = span }
}

/// `$name = any(…)` inside `terms { }`.
public struct TermSyntax: Sendable {
    public var name: String
    public var span: SourceSpan
    public var atoms: [AtomSyntax]
}

/// The smallest thing a rule can match.
public enum AtomSyntax: Sendable {
    /// `"going over facebook"`: a word or a sequence of words.
    case phrase(String, SourceSpan)
    /// `@payment_rails`: every entry of a lexicon.
    case lexicon(String, SourceSpan)
    /// `entity(money)`.
    case entity(String, SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .phrase(_, let span), .lexicon(_, let span), .entity(_, let span): span
        }
    }
}

/// A condition in `when` or `unless`.
public indirect enum ExpressionSyntax: Sendable {
    case variable(String, SourceSpan)
    /// One atom, or `any(…)` written inline.
    case atoms([AtomSyntax], SourceSpan)
    case and(ExpressionSyntax, ExpressionSyntax)
    case or(ExpressionSyntax, ExpressionSyntax)
    case not(ExpressionSyntax, SourceSpan)
    /// `A near(B, N)`.
    case near(ExpressionSyntax, ExpressionSyntax, distance: Int, SourceSpan)
    /// `A then(B, N)`.
    case then(ExpressionSyntax, ExpressionSyntax, gap: Int, SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .variable(_, let s), .atoms(_, let s), .not(_, let s), .near(_, _, _, let s), .then(_, _, _, let s): s
        case .and(let a, let b), .or(let a, let b): a.span.union(b.span)
        }
    }
}

/// One line of a `scoring { }` block.
public enum ScoringSyntax: Sendable {
    case scale(Located<Double>)
    case cap(category: Located<String>, Located<Double>)
    case level(name: Located<String>, Located<Double>)
}
