extension RuleSet {
    /// Runs every rule's `example`s (which must fire the rule) and `counterexample`s (which must
    /// not), and returns a W010/W011 diagnostic for each one that fails.
    ///
    /// ```swift
    /// let failures = try rules.checkExamples()
    /// failures.isEmpty   // every example fires its rule, no counterexample does
    /// ```
    ///
    /// The copies of a `languages` rule share its examples: an example must fire one of them
    /// (an English example fires the English copy), and a counterexample none.
    public func checkExamples() throws(ICUError) -> [Diagnostic] {
        let scanner = try MessageScanner(rules: self)
        var failures: [Diagnostic] = []
        for (index, rule) in compiled.enumerated() where isFirstOfFamily(index) {
            let family = rules[index].family
            for example in rule.examples {
                let fired = scanner.scan(example.text).hits.contains { rules[$0.ruleIndex].family == family }
                if fired != example.mustFire { failures.append(example.failure) }
            }
        }
        return failures
    }

    /// The number of examples and counterexamples in the pack (each rule's once, however many
    /// language copies it has).
    public var exampleCount: Int {
        compiled.indices.filter(isFirstOfFamily).reduce(0) { $0 + compiled[$1].examples.count }
    }

    /// Whether rule `index` is the first compiled copy of its family.
    func isFirstOfFamily(_ index: Int) -> Bool {
        index == 0 || rules[index - 1].family != rules[index].family
    }
}
