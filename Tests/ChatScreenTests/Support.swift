@_exported import ChatScreenTestSupport
@testable import ChatScreen


/// A small scoring block so inline packs don't draw the "no scoring" warning.
let standardScoring = """
    scoring {
      scale 3.0
      cap default 3.0
      level low 0.10
      level medium 0.40
      level high 0.70
      level critical 0.90
    }
    """

/// Compiles an inline pack: `rules` is one .rules file, `lexicons` maps names to entries.
func compile(_ rules: String, lexicons: [String: [String]] = [:]) throws -> RuleSet {
    var files: [(path: String, text: String)] = [(path: "test.rules", text: standardScoring + "\n" + rules)]
    for (name, entries) in lexicons { files.append((path: "lexicons/\(name).txt", text: entries.joined(separator: "\n"))) }
    return try RuleSet.compile(RulePackSource(files: files))
}

/// A rule with the boilerplate filled in.
func rule(_ name: String, _ body: String, category: String = "payment_demand", weight: Double = 1) -> String {
    "rule \(name) {\n  category \(category)\n  weight \(weight)\n\(body)\n}\n"
}

extension Verdict {
    var ruleNames: [String] { hits.map(\.rule) }
}

/// The substrings of `text` that a hit's spans cut out.
func evidence(_ hit: RuleHit, in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return hit.spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
}

/// Reads a UTF-8 file without Foundation.
func readFile(_ path: String) throws -> String {
    var diagnostics: [Diagnostic] = []
    guard let text = FileSystem.read(path, diagnostics: &diagnostics) else { throw RulePackError(diagnostics: diagnostics) }
    return text
}
