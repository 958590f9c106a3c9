/// Every diagnostic code ChatScreen reports, with a title and what to do about it.
///
/// ```swift
/// DiagnosticCatalog.entry("E100")?.title   // "duplicate rule"
/// ```
///
/// Codes are stable: tools and CI bots may match on them. `E0xx` are syntax errors, `E1xx` errors
/// of meaning, `W0xx` warnings. `Rules/DIAGNOSTICS.md` is generated from this list and the golden
/// files in `Tests/ChatScreenTests/Diagnostics/`.
public enum DiagnosticCatalog {
    public struct Entry: Sendable {
        public var code: String
        public var title: String
        public var explanation: String
    }

    public static let entries: [Entry] = [
        Entry(code: "E001", title: "unexpected character", explanation: "A character that cannot start any token, or `$`/`@` without a name."),
        Entry(code: "E002", title: "unterminated string", explanation: "A string must close with `\"` on the line where it opens."),
        Entry(code: "E003", title: "invalid escape sequence", explanation: "Strings accept `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{…}` only."),
        Entry(code: "E004", title: "invalid number", explanation: "Weights, distances and thresholds are decimal numbers such as `2.5`."),
        Entry(code: "E010", title: "unexpected token", explanation: "The parser expected something else here; the message says what."),
        Entry(code: "E011", title: "unknown field", explanation: "A rule has the fields category, weight, description, terms, when, unless, example and counterexample; `scoring` has scale, cap and level."),
        Entry(code: "E012", title: "no `when` condition", explanation: "Every rule and composite needs exactly one `when` condition."),
        Entry(code: "E013", title: "field given twice", explanation: "category, weight, description and when may appear once per rule."),
        Entry(code: "E014", title: "block not closed", explanation: "A `{` without its `}` before the next rule or the end of the file."),
        Entry(code: "E100", title: "duplicate rule", explanation: "Rule names are unique across the whole pack."),
        Entry(code: "E101", title: "unknown category", explanation: "Categories are the nine tactic names verdicts report."),
        Entry(code: "E102", title: "undefined term", explanation: "A `$name` used in `when` or `unless` must be defined in the rule's `terms` block."),
        Entry(code: "E103", title: "unknown lexicon", explanation: "`@name` refers to `lexicons/name.txt` in the pack."),
        Entry(code: "E104", title: "unknown entity", explanation: "The entities are money, duration, url and number."),
        Entry(code: "E105", title: "term defined twice", explanation: "Each `$name` is defined once per rule."),
        Entry(code: "E106", title: "rule has no category", explanation: "Every rule needs a `category`."),
        Entry(code: "E107", title: "rule has no weight", explanation: "Every rule needs a `weight`."),
        Entry(code: "E108", title: "term has no words", explanation: "A term or lexicon entry of only punctuation or spaces can never match."),
        Entry(code: "E109", title: "invalid scoring value", explanation: "Scale and caps are positive; levels are low, medium, high, critical with rising thresholds in 0…1."),
        Entry(code: "E110", title: "more than one settings block", explanation: "A pack has one `scoring { … }` block and at most one `conversation { … }` block."),
        Entry(code: "E111", title: "unknown composite operand", explanation: "A composite combines category names and rule names defined in the pack."),
        Entry(code: "E112", title: "malformed composite", explanation: "`N of (…)` needs at least N operands; each step of `then` is a category or a rule name."),
        Entry(code: "E113", title: "unknown stage", explanation: "Stages are contact, escalation, leverage and extortion; contact needs no condition."),
        Entry(code: "E114", title: "term refers to itself", explanation: "A term defined by a condition may use other terms, but never itself, directly or through others."),
        Entry(code: "E115", title: "composite has no level", explanation: "A composite states the level it raises the conversation to."),
        Entry(code: "E116", title: "unknown language", explanation: "`languages en de` names languages that have a directory under lexicons/; `languages all` takes every such directory."),
        Entry(code: "E117", title: "language-only shared term", explanation: "A `terms languages …` block replaces a general shared term for some languages; the general definition must exist."),
        Entry(code: "E118", title: "malformed spelling", explanation: "A line of `spellings/*.txt` is `alias = word`, one word for one word; multi-word forms belong in the lexicons."),
        Entry(code: "E120", title: "cannot read a file", explanation: "A path given to the loader is missing or unreadable."),
        Entry(code: "E130", title: "rule pack too large", explanation: "The pack would compile to more automaton states than the limit (2,000,000 by default); it is rejected instead of exhausting memory."),
        Entry(code: "E199", title: "ICU unavailable", explanation: "The system ICU could not be opened; install libicu (this comes from the machine, not a rule file)."),
        Entry(code: "W001", title: "weight outside the documented range", explanation: "Weights run from 0.1 to 10; see Scoring in Rules/README.md."),
        Entry(code: "W002", title: "too few examples", explanation: "Each rule should carry at least two examples and two counterexamples."),
        Entry(code: "W003", title: "unused term", explanation: "A term defined in `terms` but used in neither `when` nor `unless`."),
        Entry(code: "W004", title: "rule name not UPPER_SNAKE", explanation: "Rule names are written like `PAY_WITH_AMOUNT`."),
        Entry(code: "W005", title: "condition is only a negation", explanation: "A `when` that is only `not …` fires on almost every message."),
        Entry(code: "W006", title: "no scoring block", explanation: "Without `scoring.rules` the standard policy applies."),
        Entry(code: "W007", title: "term not in normal form", explanation: "The term as written never occurs in normalised text; it matches as its normal form, which the message shows."),
        Entry(code: "W008", title: "unused lexicon", explanation: "A lexicon no rule references."),
        Entry(code: "W009", title: "duplicate lexicon entry", explanation: "The same entry twice in one lexicon."),
        Entry(code: "W010", title: "example does not fire", explanation: "An `example` on which its rule does not fire."),
        Entry(code: "W011", title: "counterexample fires", explanation: "A `counterexample` on which its rule fires."),
        Entry(code: "W012", title: "rule can never fire", explanation: "A condition that needs an empty lexicon, or requires a term while excluding it."),
        Entry(code: "W013", title: "entry shared across categories", explanation: "The same entry in lexicons that are evidence on their own for rules of different categories: one phrase counts for two tactics. A lexicon that is one slot of a frame (`$verb near($material, 4)`) is not evidence alone and is not checked."),
        Entry(code: "W014", title: "unused shared term", explanation: "A term of a top-level `terms { }` block that no rule uses."),
        Entry(code: "W015", title: "spelling given twice", explanation: "A chat spelling listed twice, or a spelling that is already a word of the pack."),
    ]

    public static func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }
}
