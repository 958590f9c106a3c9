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
    public var composites: [CompositeSyntax] = []
    public var conversation: [ConversationSettingsSyntax] = []
    public var stages: [StageSyntax] = []
    /// Terms written in a top-level `terms { }` block: shared by every rule of the pack.
    public var sharedTerms: [TermSyntax] = []
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
    /// `languages all` or `languages en de`: the rule is compiled once per language, each copy
    /// reading its lexicons from that language's directory (`lexicons/de/material.txt`) plus the
    /// language-neutral file (`lexicons/material.txt`). Nil for a rule compiled once over every
    /// lexicon file of each name.
    public var languages: Located<[String]>?
    /// A field failed to parse; checks for missing fields are skipped to avoid cascades.
    public var hadSyntaxErrors = false
}

/// A value with the span it was written at.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan
    public init(_ value: Value, _ span: SourceSpan) { self.value = value; self.span = span }
}

/// `$name = any(…)` or `$name = CONDITION` inside `terms { }`.
///
/// A term made only of atoms (`$verb = any("pay", @payment_verbs)`) is one *slot*: its
/// occurrences are the occurrences of any of its atoms. A term defined by a condition
/// (`$your_video = $your then($video, 2)`) names that condition, so rules can combine it like
/// any other term; each use matches where the condition does.
public struct TermSyntax: Sendable {
    public var name: String
    public var span: SourceSpan
    /// The atoms of an atom term; empty when the term is defined by a condition.
    public var atoms: [AtomSyntax]
    /// The condition of a term defined by one (`$a then($b, 2)`), or nil for an atom term.
    public var expression: ExpressionSyntax?
    /// For a shared term written in a `terms languages de nl { }` block: the languages whose
    /// copies of `languages` rules read this definition instead of the general one (German and
    /// Dutch put the infinitive at the end of the clause, so their `$will_publish` reaches
    /// further). Nil for a general definition or a rule's own term.
    public var languages: [String]?

    public init(name: String, span: SourceSpan, atoms: [AtomSyntax], expression: ExpressionSyntax? = nil, languages: [String]? = nil) {
        self.name = name
        self.span = span
        self.atoms = atoms
        self.expression = expression
        self.languages = languages
    }
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
    /// `A before(B, N)`: A, when B starts after it with at most N words between; the match is
    /// A's words, so A can be combined further as if B were not there ("ich werde" before the
    /// verb at the end of a German clause).
    case before(ExpressionSyntax, ExpressionSyntax, gap: Int, SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .variable(_, let s), .atoms(_, let s), .not(_, let s), .near(_, _, _, let s), .then(_, _, _, let s), .before(_, _, _, let s): s
        case .and(let a, let b), .or(let a, let b): a.span.union(b.span)
        }
    }
}

/// One line of a `scoring { }` block.
public enum ScoringSyntax: Sendable {
    case scale(Located<Double>)
    case cap(category: Located<String>, Located<Double>)
    case level(name: Located<String>, Located<Double>)
    /// `obfuscation 0.3`: added to raw per de-obfuscation fold the hits needed (at most two).
    case obfuscation(Located<Double>)
}

/// `composite NAME { … }`: a conversation rule over the categories and rules that fired in
/// earlier messages.
///
/// ```
/// composite SEXTORTION_THREAT_AND_DEMAND {
///   when   publish_threat & payment_demand
///   within 20 messages
///   from   same sender
///   level  critical
/// }
/// ```
public struct CompositeSyntax: Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    public var description: Located<String>?
    public var when: CompositeExpressionSyntax?
    public var withinMessages: Located<Int>?
    public var withinSeconds: Located<Int>?
    /// `from same sender` (the default) or `from any sender`.
    public var sameSender = true
    public var level: Located<String>?
    /// `min_weight W`: a category counts only once the sender's distinct rules of that category
    /// in the window weigh at least W together (default: any hit counts).
    public var minWeight: Located<Double>?
    public var hadSyntaxErrors = false
}

/// A condition over earlier messages: categories (`payment_demand`) and rule names (`PAY_NOW`).
public indirect enum CompositeExpressionSyntax: Sendable {
    /// A category or rule name; `payment_demand >= 1.5` also sets the weight the category's
    /// evidence must reach.
    case operand(String, SourceSpan, minWeight: Double? = nil)
    case and(CompositeExpressionSyntax, CompositeExpressionSyntax)
    case or(CompositeExpressionSyntax, CompositeExpressionSyntax)
    /// `2 of (a, b, c)`.
    case count(Int, [CompositeExpressionSyntax], SourceSpan)
    /// `a then b then c`: each in a later message than the one before.
    case sequence([CompositeExpressionSyntax], SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .operand(_, let s, _), .count(_, _, let s), .sequence(_, let s): s
        case .and(let a, let b), .or(let a, let b): a.span.union(b.span)
        }
    }
}

/// `conversation { … }`: how long evidence is kept and how many conversations are tracked.
public struct ConversationSettingsSyntax: Sendable {
    public var span: SourceSpan
    public var windowMessages: Located<Int>?
    public var windowSeconds: Located<Int>?
    public var maxConversations: Located<Int>?
    public var idleSeconds: Located<Int>?
}

/// `stage NAME { when … }`: when a conversation reaches a stage.
public struct StageSyntax: Sendable {
    public var name: Located<String>
    public var when: CompositeExpressionSyntax?
}
