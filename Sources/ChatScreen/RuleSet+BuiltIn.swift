extension RulePackSource {
    /// The default rule pack (`Rules/` in the repository), as compiled into the library.
    ///
    /// ```swift
    /// var source = RulePackSource.builtIn
    /// source.ruleFiles.append(SourceFile(path: "local.rules", text: "rule LOCAL { … }"))
    /// let rules = try RuleSet.compile(source)     // the default pack plus one rule
    /// ```
    public static var builtIn: RulePackSource {
        RulePackSource(files: BuiltInRulePack.files.map { (path: "<built-in>/" + $0.path, text: $0.text) }, root: "<built-in>")
    }
}

extension RuleSet {
    /// The default rule pack, compiled on first use (about 100 ms) and shared from then on.
    ///
    /// ```swift
    /// let scanner = try MessageScanner(rules: .builtIn)      // one scanner per thread
    /// scanner.scan("pay £500 or this is going over Facebook").level   // .high
    /// ```
    ///
    /// It is `Rules/` of the same commit, byte for byte (a test compares them), so no checkout is
    /// needed at run time; `chatscreen` without `--rules` uses it too. The pack compiles without
    /// errors by construction (the tests compile it and run every rule's examples), so this
    /// stops the process only if the package was built from an edited `Rules/` that has errors
    /// without regenerating `BuiltInRulePack.swift`, which the tests refuse.
    public static let builtIn: RuleSet = {
        do {
            return try RuleSet.compile(.builtIn)
        } catch {
            let count = (error as? RulePackError)?.errorCount ?? 1
            let message = "the built-in rule pack does not compile (\(count) errors); regenerate Sources/ChatScreen/"
                + "BuiltInRulePack.swift with `CHATSCREEN_RECORD=1 swift test --filter BuiltInRulePack`"
            fatalError(message)
        }
    }()
}
