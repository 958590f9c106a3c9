// Prints the rule pack translated to regular expressions, one pattern per line (see
// RuleRegexTranslation), and a summary on stderr. The CLI end-to-end script feeds the Python
// dialect to its `re` baseline.
//
//   chatscreen-regex-patterns [--dialect re2|swift|python] [--rules DIR] [--names]
import BenchmarkSupport
#if canImport(Glibc)
import Glibc
#endif

func printError(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

var dialect = RuleRegexTranslation.Dialect.re2
var rules = BenchEnvironment.rulesDirectory
var names = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--dialect":
        guard let value = arguments.popFirst(), let parsed = RuleRegexTranslation.Dialect(rawValue: value) else {
            printError("--dialect takes re2, swift or python\n")
            exit(2)
        }
        dialect = parsed
    case "--rules":
        guard let value = arguments.popFirst() else { printError("--rules takes a directory\n"); exit(2) }
        rules = value
    case "--names":
        names = true
    default:
        printError("usage: chatscreen-regex-patterns [--dialect re2|swift|python] [--rules DIR] [--names]\n")
        exit(2)
    }
}

do {
    let translation = try RuleRegexTranslation(rulesDirectory: rules, dialect: dialect)
    for pattern in translation.patterns {
        print(names ? "\(pattern.rule)\t\(pattern.regex)" : pattern.regex)
    }
    let characters = translation.patterns.reduce(0) { $0 + $1.regex.count }
    printError("""
        \(translation.patterns.count) patterns (\(characters) characters) from \(rules); \
        \(translation.skippedRules.count) rules skipped (negation only), \(translation.untranslatedRules.count) not \
        translatable (first: \(translation.untranslatedRules.first.map { "\($0.rule): \($0.reason)" } ?? "none")), \
        \(translation.droppedUnless) unless clauses \
        and \(translation.droppedNot) not operands dropped, \(translation.unspacedRules) rules in unspaced mode\n
        """)
} catch {
    printError("error: \(error)\n")
    exit(1)
}
