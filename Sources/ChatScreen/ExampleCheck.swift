extension RuleSet {
    /// Runs every rule's `example`s (which must fire the rule) and `counterexample`s (which must
    /// not), and returns a W010/W011 diagnostic for each one that fails.
    ///
    /// ```swift
    /// let failures = try rules.checkExamples()
    /// failures.isEmpty   // every example fires its rule, no counterexample does
    /// ```
    public func checkExamples() throws(ICUError) -> [Diagnostic] {
        let scanner = try MessageScanner(rules: self)
        var failures: [Diagnostic] = []
        for (index, rule) in compiled.enumerated() {
            for example in rule.examples {
                let fired = scanner.scan(example.text).hits.contains { $0.ruleIndex == index }
                if fired != example.mustFire { failures.append(example.failure) }
            }
        }
        return failures
    }

    /// The number of examples and counterexamples in the pack.
    public var exampleCount: Int { compiled.reduce(0) { $0 + $1.examples.count } }
}
