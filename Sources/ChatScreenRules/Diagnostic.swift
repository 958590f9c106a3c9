/// A problem found in a rule pack: a stable code, where it is, what is wrong, and how to fix it.
///
/// ```swift
/// print(diagnostic.rendered())
/// // Rules/en/pay.rules:14:6: error[E100]: duplicate rule `PAY_NOW`
/// //    |
/// // 14 | rule PAY_NOW {
/// //    |      ^^^^^^^ defined again here
/// //    = note: Rules/en/pay.rules:3:6: first defined here
/// //    = hint: rename one of the rules; rule names are unique across the pack
/// ```
public struct Diagnostic: Sendable, Error, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    /// A secondary location ("first defined here").
    public struct Note: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var message: String
        public init(path: String, line: Int, column: Int, message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.message = message
        }

        /// A note pointing at `span` in `file`, e.g. `Note("first defined here", in: file, at: span)`.
        public init(_ message: String, in file: SourceFile, at span: SourceSpan) {
            let (line, column) = file.location(of: span.start)
            self.init(path: file.path, line: line, column: column, message: message)
        }
    }

    public var severity: Severity
    /// `E0xx` syntax, `E1xx` meaning, `W0xx` warnings. Stable: tools may match on it.
    public var code: String
    public var message: String
    public var path: String
    public var line: Int
    public var column: Int
    /// Length of the underlined span on its line, in scalars (at least 1).
    public var length: Int
    /// The source line the diagnostic points into.
    public var sourceLine: String
    public var label: String?
    public var notes: [Note]
    public var hint: String?

    public init(
        _ severity: Severity, _ code: String, _ message: String, in file: SourceFile, at span: SourceSpan,
        label: String? = nil, hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = file.path
        let (line, column) = file.location(of: span.start)
        self.line = line
        self.column = column
        self.sourceLine = file.lineText(line)
        let (endLine, endColumn) = file.location(of: span.end)
        self.length = endLine == line ? max(1, endColumn - column) : max(1, sourceLine.unicodeScalars.count - column + 1)
        self.label = label
        self.hint = hint
        self.notes = notes
    }

    /// A diagnostic about a whole file or a file that could not be read (no source line).
    public init(_ severity: Severity, _ code: String, _ message: String, path: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
        self.line = 0
        self.column = 0
        self.length = 0
        self.sourceLine = ""
        self.hint = hint
        self.notes = []
    }

    /// `path:line:col: error[E100]: message`.
    public var description: String {
        let location = line > 0 ? "\(path):\(line):\(column)" : path
        return "\(location): \(severity.rawValue)[\(code)]: \(message)"
    }

    /// The compiler-style rendering: headline, source line with a caret underline, notes, hint.
    public func rendered() -> String {
        var out = description
        if line > 0 {
            let gutter = String(repeating: " ", count: String(line).count)
            let indent = String(sourceLine.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }
                .joined())
            out += "\n\(gutter) |\n\(line) | \(sourceLine)\n\(gutter) | \(indent)\(String(repeating: "^", count: length))"
            if let label { out += " \(label)" }
        }
        let pad = line > 0 ? String(repeating: " ", count: String(line).count) : ""
        for note in notes {
            out += "\n\(pad) = note: \(note.path):\(note.line):\(note.column): \(note.message)"
        }
        if let hint { out += "\n\(pad) = hint: \(hint)" }
        return out
    }
}

/// The diagnostics of a load that failed: at least one is an error.
///
/// ```swift
/// do { _ = try RuleSet.load(directory: "Rules") } catch let failure as RulePackError {
///     for diagnostic in failure.diagnostics { print(diagnostic.rendered()) }
/// }
/// ```
public struct RulePackError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var description: String {
        diagnostics.map { $0.rendered() }.joined(separator: "\n") + "\n\(errorCount) error(s); the rule pack was not loaded"
    }
}
