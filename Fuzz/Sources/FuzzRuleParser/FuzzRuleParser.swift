// Fuzzes the rule language: bytes -> diagnostics or a rule set, never a crash.
//
// The input is one rule file, `fuzz.rules`; when it holds a line `@@@`, the bytes after that
// line are the lexicon `lexicons/fuzz.txt` (beside two fixed lexicons). Checks:
//
// - RuleParser.parse returns; every diagnostic has a sane line, column and length, and renders;
// - RuleSet.compile of the pack either throws a RulePackError with at least one error (and every
//   diagnostic renders), or returns a rule set; a parse error always makes compile throw;
// - a compiled rule set runs its own examples (checkExamples) and scans a few fixed messages
//   with scores in 0...1.

import ChatScreen
import FuzzSupport

let separator = Array("\n@@@\n".utf8)
let fixedLexicons: [String: String] = [
    "payment_verbs": "pay\nsend me\ntransfer\n# comment\n\nwire\n",
    "chat_platforms": "snap\nsnapchat\ntelegram\nwhats app\n",
]
let probes = ["pay £500 or this is going over Facebook", "p4y n0w", "hi", "", "send me 300 dollars on snap",
              "f a c e b o o k", "wire it to paypal.me/x in 24 hours"]

func split(_ input: UnsafeBufferPointer<UInt8>) -> (rules: [UInt8], lexicon: [UInt8]?) {
    let bytes = Array(input)
    guard bytes.count >= separator.count else { return (bytes, nil) }
    for i in 0...(bytes.count - separator.count) where bytes[i] == 0x0A && Array(bytes[i..<(i + separator.count)]) == separator {
        return (Array(bytes[..<i]), Array(bytes[(i + separator.count)...]))
    }
    return (bytes, nil)
}

func checkDiagnostic(_ diagnostic: Diagnostic, files: [String: SourceFile], input: UnsafeBufferPointer<UInt8>) {
    let context = "\(diagnostic.description); input \(hex(input))"
    require(diagnostic.length >= 0, "negative length \(diagnostic.length): \(context)")
    require(diagnostic.line >= 0 && diagnostic.column >= 0, "negative line or column: \(context)")
    if diagnostic.line > 0 {
        require(diagnostic.column >= 1, "line without a column: \(context)")
        if let file = files[diagnostic.path] {
            let lines = file.bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            require(diagnostic.line <= lines, "line \(diagnostic.line) past the end (\(lines) lines): \(context)")
        }
    }
    _ = diagnostic.rendered()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let (ruleBytes, lexiconBytes) = split(input)
    let ruleFile = SourceFile(path: "fuzz.rules", bytes: ruleBytes)
    var files = ["fuzz.rules": ruleFile]

    let parsed = RuleParser.parse(ruleFile)
    for diagnostic in parsed.diagnostics { checkDiagnostic(diagnostic, files: files, input: input) }
    let parseFailed = parsed.diagnostics.contains { $0.severity == .error }

    var lexicons: [String: SourceFile] = [:]
    for (name, text) in fixedLexicons { lexicons[name] = SourceFile(path: "lexicons/\(name).txt", text: text) }
    if let lexiconBytes {
        let file = SourceFile(path: "lexicons/fuzz.txt", bytes: lexiconBytes)
        lexicons["fuzz"] = file
        files[file.path] = file
    }
    for file in lexicons.values { files[file.path] = file }

    let rules: RuleSet
    do {
        rules = try RuleSet.compile(RulePackSource(ruleFiles: [ruleFile], lexicons: lexicons.mapValues { [$0] }))
    } catch {
        require(error.errorCount >= 1, "compile threw without an error diagnostic: \(error.diagnostics); input \(hex(input))")
        for diagnostic in error.diagnostics { checkDiagnostic(diagnostic, files: files, input: input) }
        _ = error.description
        return 0
    }
    require(!parseFailed, "the parser reported \(parsed.diagnostics.filter { $0.severity == .error }) but compile succeeded; input \(hex(input))")
    for warning in rules.warnings { checkDiagnostic(warning, files: files, input: input) }

    _ = try! rules.checkExamples()
    let scanner = try! MessageScanner(rules: rules)
    for probe in probes {
        let verdict = scanner.scan(probe)
        require(verdict.score >= 0 && verdict.score <= 1, "score \(verdict.score) for \(probe.debugDescription); input \(hex(input))")
        for hit in verdict.hits {
            for span in hit.spans {
                require(span.start >= 0 && span.start < span.end && span.end <= probe.utf8.count,
                        "hit \(hit.rule) span \(span) outside \(probe.debugDescription); input \(hex(input))")
            }
        }
    }
    return 0
}
