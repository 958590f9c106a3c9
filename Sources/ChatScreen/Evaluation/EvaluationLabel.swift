/// The label of one labelled message, as `chatscreen eval` and `chatscreen rules fit` read it.
///
/// ```swift
/// EvaluationLabel("benign")           // .negative
/// EvaluationLabel("extortion")        // .positive(nil)
/// EvaluationLabel("payment_demand")   // .positive(.paymentDemand)
/// EvaluationLabel("Benign")           // .negative: ASCII case is ignored
/// EvaluationLabel("spam")             // nil: the caller reports an error record, never drops it
/// ```
///
/// `benign` is the only negative label. `extortion` and every category name
/// (``Category/namesList``) are positive; a category name also says which tactic the message
/// shows, which per-category recall uses.
public enum EvaluationLabel: Sendable, Hashable {
    /// `benign`.
    case negative
    /// `extortion` (no category) or a category name.
    case positive(Category?)

    /// Parses a label; nil when it is not `benign`, `extortion` or a category name.
    public init?(_ text: String) {
        if let label = Self.table[text] {
            self = label
        } else if let label = Self.table[String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)] {
            self = label
        } else {
            return nil
        }
    }

    /// Whether the label counts as positive (extortion).
    public var isPositive: Bool {
        if case .positive = self { return true }
        return false
    }

    /// The category named by the label, if any.
    public var category: Category? {
        if case .positive(let category) = self { return category }
        return nil
    }

    /// The accepted values, for error messages: `benign, extortion, payment_demand, …`.
    public static var expectedValues: String { "benign, extortion, " + Category.namesList }

    private static let table: [String: EvaluationLabel] = {
        var table: [String: EvaluationLabel] = ["benign": .negative, "extortion": .positive(nil)]
        for category in Category.allCases { table[category.rawValue] = .positive(category) }
        return table
    }()
}
