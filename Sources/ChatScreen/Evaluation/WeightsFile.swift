#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A rule weights file: new weights for some rules of a pack, kept apart from the rule logic
/// (as Rspamd keeps scores apart from its rules). `chatscreen rules fit` writes one;
/// `chatscreen eval --weights FILE` (and ``RuleSet/reweighted(_:)``) apply it.
///
/// ```text
/// # chatscreen rules fit: held-out F1 at medium 0.84 (current weights 0.79)
/// PAY_DEMAND_AMOUNT   2.41
/// PUBLISH_GOING_OVER  3     # a trailing comment
/// GROOM_SECRET        0     # evidence against extortion in the data
/// ```
///
/// ```swift
/// let weights = try WeightsFile.parse(text: "PAY_DEMAND_AMOUNT 2.41\n", path: "fit.weights")
/// let tuned = try rules.reweighted(weights)   // rules the file does not list keep their weight
/// ```
///
/// Format: UTF-8 text, one `RULE_NAME weight` per line separated by spaces or tabs; `#` starts
/// a comment that runs to the end of the line; blank lines are ignored. A rule name is letters,
/// digits and `_`, not starting with a digit; a weight is a finite decimal number ≥ 0 (such as
/// `2`, `1.5` or `0.125`). Each rule may appear once. Whether the names exist in the pack is
/// checked when the weights are applied (``RuleWeightsError``).
public enum WeightsFile {
    /// One line of a weights file to write.
    public struct Entry: Sendable, Equatable {
        public var rule: String
        public var weight: Double
        /// Written after the weight as `# comment`; must not contain a line break.
        public var comment: String?
        public init(rule: String, weight: Double, comment: String? = nil) {
            self.rule = rule
            self.weight = weight
            self.comment = comment
        }
    }

    /// Parses a weights file; `path` is only used in error messages.
    ///
    /// ```swift
    /// try WeightsFile.parse(text: "# tuned\nPAY 1.5\nOVER 2  # strong\n", path: "w.txt")   // ["PAY": 1.5, "OVER": 2.0]
    /// try WeightsFile.parse(text: "PAY one\n", path: "w.txt")
    /// // throws: w.txt:1: the weight of PAY is `one`, which is not a number; write a decimal number such as 1.5
    /// ```
    ///
    /// - Throws: ``WeightsFileError`` listing every bad line (not just the first), each with its
    ///   line number, what is wrong and how to fix it.
    /// - Complexity: O(text length).
    public static func parse(text: String, path: String) throws(WeightsFileError) -> [String: Double] {
        var weights: [String: Double] = [:]
        var firstLine: [String: Int] = [:]
        var problems: [WeightsFileError.Problem] = []
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so it is matched as well as "\n".
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let content = rawLine.prefix { $0 != "#" }
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            func problem(_ message: String) { problems.append(.init(line: lineNumber, message: message)) }
            guard fields.count == 2 else {
                problem(fields.count == 1
                    ? "`\(shortened(fields[0]))` has no weight; write `RULE_NAME weight` on each line, such as `PAY_DEMAND_AMOUNT 2.5`"
                    : "expected `RULE_NAME weight` but found \(fields.count) fields; write one rule and its weight per line "
                        + "(comments start with #)")
                continue
            }
            let name = String(fields[0]), value = String(fields[1])
            guard isRuleName(name) else {
                problem("`\(shortened(fields[0]))` is not a rule name; rule names are letters, digits and _, "
                    + "and do not start with a digit")
                continue
            }
            guard isDecimal(value), let weight = Double(value) else {
                problem("the weight of \(name) is `\(shortened(fields[1]))`, which is not a number; "
                    + "write a decimal number such as 1.5")
                continue
            }
            guard weight.isFinite else {
                problem("the weight of \(name) is too large; weights are on the scale of the pack's (0 to about 3)")
                continue
            }
            guard weight >= 0 else {
                problem("the weight of \(name) is negative (\(value)); weights must be 0 or more "
                    + "(give 0 to a rule that is evidence against extortion)")
                continue
            }
            if let first = firstLine[name] {
                problem("\(name) is listed again (first on line \(first)); keep one line per rule")
                continue
            }
            firstLine[name] = lineNumber
            weights[name] = weight
        }
        guard problems.isEmpty else { throw WeightsFileError(path: path, problems: problems) }
        return weights
    }

    /// Reads and parses a weights file.
    ///
    /// ```swift
    /// let weights = try WeightsFile.load(path: "fitted.weights")
    /// ```
    ///
    /// - Throws: ``WeightsFileError`` when the file cannot be read (line 0) or has bad lines.
    public static func load(path: String) throws(WeightsFileError) -> [String: Double] {
        var diagnostics: [Diagnostic] = []
        guard FileSystem.kind(path) == .file, let text = FileSystem.read(path, diagnostics: &diagnostics) else {
            let reason = FileSystem.kind(path) == .directory ? "it is a directory"
                : diagnostics.first.map { $0.message } ?? "no such file"
            throw WeightsFileError(path: path, problems: [.init(line: 0, message:
                "cannot read the weights file (\(reason)); pass the file written by `chatscreen rules fit --output`")])
        }
        return try parse(text: text, path: path)
    }

    /// The text of a weights file: the header lines as `# ` comments, then one line per entry,
    /// in the order given, padded so the weights and comments line up.
    ///
    /// ```swift
    /// WeightsFile.render([.init(rule: "PAY", weight: 1.5, comment: "β 2.1")], header: ["fitted"])
    /// // "# fitted\nPAY  1.5  # β 2.1\n"
    /// ```
    ///
    /// Weights are written with Swift's shortest round-tripping form, so
    /// `parse(render(entries))` gives back exactly the same numbers.
    public static func render(_ entries: [Entry], header: [String] = []) -> String {
        var out = ""
        for line in header {
            for part in line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                out += part.isEmpty ? "#\n" : "# \(part)\n"
            }
        }
        let width = entries.map(\.rule.utf8.count).max() ?? 0
        let numbers = entries.map { number($0.weight) }
        let numberWidth = numbers.map(\.utf8.count).max() ?? 0
        for (entry, weight) in zip(entries, numbers) {
            var line = entry.rule + String(repeating: " ", count: width - entry.rule.utf8.count + 2) + weight
            if let comment = entry.comment, !comment.isEmpty {
                line += String(repeating: " ", count: numberWidth - weight.utf8.count + 2) + "# "
                    + comment.split(whereSeparator: \.isNewline).joined(separator: " ")
            }
            out += line + "\n"
        }
        return out
    }

    /// `2.0` → `2`, `1.5` → `1.5`: the shortest text that parses back to the same value.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func isRuleName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(first &- 0x30 < 10) else { return false }
        return name.utf8.allSatisfy { $0 &- 0x61 < 26 || $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 == 0x5F }
    }

    /// `-? digits (. digits)? ([eE] [+-]? digits)?` or `.5`: no `inf`, `nan` or hexadecimal.
    private static func isDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let mantissa = bytes.prefix { $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") }
        guard mantissa.contains(where: { $0 &- 0x30 < 10 }), mantissa.filter({ $0 == UInt8(ascii: ".") }).count <= 1 else {
            return false
        }
        var rest = bytes.dropFirst(mantissa.count)
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") else { return false }
        rest = rest.dropFirst()
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// At most 40 characters of a field, for error messages.
    private static func shortened(_ text: Substring) -> String {
        text.count <= 40 ? String(text) : String(text.prefix(37)) + "…"
    }
}

/// A weights file that could not be read or parsed: every problem, each with its line.
///
/// ```swift
/// do { _ = try WeightsFile.parse(text: "PAY -1\nPAY 2\n", path: "w.txt") }
/// catch { print(error) }
/// // w.txt:1: error: the weight of PAY is negative (-1); weights must be 0 or more (…)
/// ```
public struct WeightsFileError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable {
        /// 1-based line; 0 when the whole file is the problem (it cannot be read).
        public var line: Int
        public var message: String
    }
    public var path: String
    public var problems: [Problem]

    /// `path:line: error: message`, one problem per line.
    public var description: String {
        problems.map { "\(path)\($0.line > 0 ? ":\($0.line)" : ""): error: \($0.message)" }.joined(separator: "\n")
    }
}
