/// The outcomes of one value of a facet (such as `lang` = `de`): how many positive and negative
/// items it has at each level, so that recall and false-positive rates come out at any level.
///
/// ```swift
/// let german = report.facets[0].values[0]          // facet "lang", value "de"
/// german.items                                     // 12 (5 positive, 7 negative)
/// german.recall(atLeast: .medium)                  // 0.6: 3 of the 5 positives reached medium
/// german.falsePositiveRate(atLeast: .medium)       // 0.0: no negative reached medium
/// ```
///
/// Recall at L is the share of the value's positives with level ≥ L; the false-positive rate at L
/// is the share of its negatives with level ≥ L. Both are nil when the value has no positives
/// (no negatives), not 0.
public struct FacetValueCounts: Sendable, Equatable {
    /// The field's value; ``FacetCounts/missing`` when the item has no value.
    public var value: String
    /// Positive items per level (indexed like `Level.allCases`: none, low, medium, high, critical).
    public var positiveLevels: [Int]
    /// Negative items per level, indexed the same way.
    public var negativeLevels: [Int]

    public init(value: String, positiveLevels: [Int] = [0, 0, 0, 0, 0], negativeLevels: [Int] = [0, 0, 0, 0, 0]) {
        self.value = value
        self.positiveLevels = positiveLevels
        self.negativeLevels = negativeLevels
    }

    public var positives: Int { positiveLevels.reduce(0, +) }
    public var negatives: Int { negativeLevels.reduce(0, +) }
    public var items: Int { positives + negatives }

    /// Positives with level ≥ `level`.
    public func recalled(atLeast level: Level) -> Int { positiveLevels[OutcomeHistogram.levelIndex(level)...].reduce(0, +) }

    /// Negatives with level ≥ `level`.
    public func flaggedNegatives(atLeast level: Level) -> Int {
        negativeLevels[OutcomeHistogram.levelIndex(level)...].reduce(0, +)
    }

    /// The share of positives with level ≥ `level`, or nil without positives.
    public func recall(atLeast level: Level) -> Double? {
        positives == 0 ? nil : Double(recalled(atLeast: level)) / Double(positives)
    }

    /// The share of negatives with level ≥ `level`, or nil without negatives.
    public func falsePositiveRate(atLeast level: Level) -> Double? {
        negatives == 0 ? nil : Double(flaggedNegatives(atLeast: level)) / Double(negatives)
    }

    mutating func add(level: Level, positive: Bool) {
        if positive { positiveLevels[OutcomeHistogram.levelIndex(level)] += 1 } else { negativeLevels[OutcomeHistogram.levelIndex(level)] += 1 }
    }
}

/// One facet of an evaluation: a field of the input (`lang`, `style`, `strength`, …) and the
/// outcomes per value of it, as `chatscreen eval --facet FIELD` reports them.
///
/// ```swift
/// var evaluator = Evaluator(rules: rules, facets: ["lang"])
/// evaluator.add(scanner.scan("zahl 500 euro oder das video geht raus"), label: .positive(nil), line: 1, facets: ["de"])
/// evaluator.add(scanner.scan("see you at 6"), label: .negative, line: 2, facets: [nil])
/// let lang = evaluator.report().facets[0]
/// lang.values.map(\.value)     // ["-", "de"]: most items first, then by value
/// ```
///
/// Values are ordered by item count (descending), then by value (byte order), so the report is
/// the same on every run. A field with very many distinct values (an id, a timestamp) would make
/// a table as long as the input: after ``maximumValues`` distinct values, the items of further
/// new values are counted together under ``other``.
public struct FacetCounts: Sendable, Equatable {
    /// The value of an item that has no value for the field (absent or null).
    public static let missing = "-"
    /// The value of a conversation whose messages have different values.
    public static let mixed = "(mixed)"
    /// The value under which values beyond ``maximumValues`` are counted.
    public static let other = "(other)"
    /// Distinct values kept per facet before the rest go to ``other``.
    public static let maximumValues = 1000

    /// The field's name.
    public var name: String
    /// Every value seen (at most ``maximumValues``, then ``other``), most items first.
    public var values: [FacetValueCounts]

    public init(name: String, values: [FacetValueCounts]) {
        self.name = name
        self.values = values
    }
}

/// Accumulates ``FacetCounts`` for every facet of an ``Evaluator``.
struct FacetAccumulator {
    private struct Facet {
        var index: [String: Int] = [:]
        var values: [FacetValueCounts] = []
    }

    let names: [String]
    private var facets: [Facet]

    init(names: [String]) {
        self.names = names
        facets = Array(repeating: Facet(), count: names.count)
    }

    /// Counts one item: its value of each facet (nil: missing), its level and its label.
    mutating func add(values: [String?], level: Level, positive: Bool) {
        for k in facets.indices {
            let value = k < values.count ? values[k] ?? FacetCounts.missing : FacetCounts.missing
            let slot: Int
            if let existing = facets[k].index[value] {
                slot = existing
            } else if facets[k].values.count < FacetCounts.maximumValues {
                slot = facets[k].values.count
                facets[k].index[value] = slot
                facets[k].values.append(FacetValueCounts(value: value))
            } else {
                if let existing = facets[k].index[FacetCounts.other] {
                    slot = existing
                } else {
                    slot = facets[k].values.count
                    facets[k].index[FacetCounts.other] = slot
                    facets[k].values.append(FacetValueCounts(value: FacetCounts.other))
                }
            }
            facets[k].values[slot].add(level: level, positive: positive)
        }
    }

    /// The facets in the order they were named, their values sorted.
    func report() -> [FacetCounts] {
        zip(names, facets).map { name, facet in
            let sorted = facet.values.sorted { a, b in
                a.items != b.items ? a.items > b.items : Array(a.value.utf8).lexicographicallyPrecedes(b.value.utf8)
            }
            return FacetCounts(name: name, values: sorted)
        }
    }
}
