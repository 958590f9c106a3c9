import Foundation

/// The naive regex baselines: every pattern compiled on its own, each tried over each message in
/// turn, the way a moderation script loops over a list of patterns. Two engines: Swift `Regex`
/// (the standard library's backtracking engine) and `NSRegularExpression` (ICU's).
///
/// ```swift
/// let baseline = try NaiveRegexBaseline(translation.patterns.map(\.regex), engine: .swiftRegex)
/// baseline.matchCount("pay £500 now")     // how many patterns match
/// ```
///
/// Both compile every pattern case-insensitive with `.` matching newlines. Swift `Regex` uses
/// its default (grapheme-cluster) semantics with simple word boundaries.
public final class NaiveRegexBaseline {
    public enum Engine: String, Sendable {
        case swiftRegex = "Swift Regex", nsRegularExpression = "NSRegularExpression"
        /// `SwiftRegex`, `NSRegularExpression`.
        public var benchmarkName: String { rawValue.replacingOccurrences(of: " ", with: "") }
    }

    public let engine: Engine
    private let regexes: [Regex<AnyRegexOutput>]
    private let nsRegexes: [NSRegularExpression]
    public var count: Int { max(regexes.count, nsRegexes.count) }

    public init(_ patterns: [String], engine: Engine) throws {
        self.engine = engine
        switch engine {
        case .swiftRegex:
            regexes = try patterns.map { try Regex("(?s)" + $0).ignoresCase().wordBoundaryKind(.simple) }
            nsRegexes = []
        case .nsRegularExpression:
            regexes = []
            nsRegexes = try patterns.map { try NSRegularExpression(pattern: $0, options: [.caseInsensitive, .dotMatchesLineSeparators]) }
        }
    }

    /// How many patterns match somewhere in `text`.
    public func matchCount(_ text: String) -> Int {
        var n = 0
        switch engine {
        case .swiftRegex:
            for regex in regexes where text.contains(regex) { n += 1 }
        case .nsRegularExpression:
            let range = NSRange(text.startIndex..., in: text)
            for regex in nsRegexes where regex.firstMatch(in: text, range: range) != nil { n += 1 }
        }
        return n
    }
}
