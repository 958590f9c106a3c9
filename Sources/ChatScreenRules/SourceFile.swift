/// A rule file's text, with the line table that diagnostics need.
///
/// ```swift
/// let file = SourceFile(path: "Rules/en/payment.rules", text: "rule X {\n  weight 2\n}\n")
/// file.location(of: 11)   // (line: 2, column: 3)
/// file.lineText(2)        // "  weight 2"
/// ```
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = bytes[lineStarts[low]..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// A byte range `[start, end)` in one ``SourceFile``.
public struct SourceSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = max(start, end) }
    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan { SourceSpan(min(start, other.start), max(end, other.end)) }
}
