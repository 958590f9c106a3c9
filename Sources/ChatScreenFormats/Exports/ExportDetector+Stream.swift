#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What ``ExportDetector/sniff(fileDescriptor:textField:)`` read from a stream and made of it.
public struct SniffedInput: Sendable, Equatable {
    /// The format, by the rules of ``ExportDetector`` applied to ``prefix``.
    public var guess: InputFormatGuess
    /// Every byte read from the stream, in order: hand them to the reader (`replaying:`), which
    /// reads them before the rest of the stream.
    public var prefix: [UInt8]
    /// The stream ended within ``prefix``.
    public var reachedEnd: Bool

    public init(guess: InputFormatGuess, prefix: [UInt8], reachedEnd: Bool) {
        self.guess = guess
        self.prefix = prefix
        self.reachedEnd = reachedEnd
    }
}

extension ExportDetector {
    /// Reads the start of a stream (standard input) and guesses its format, reading no further
    /// than the rules need, so a live stream is not held back.
    ///
    /// ```swift
    /// let sniffed = try ExportDetector.sniff(fileDescriptor: STDIN_FILENO)
    /// switch sniffed.guess {
    /// case .export(let format):
    ///     reader = try ChatExports.reader(format: format, fileDescriptor: STDIN_FILENO,
    ///                                     replaying: sniffed.prefix, conversation: "-")
    /// default:
    ///     reader = MessageReader(fileDescriptor: STDIN_FILENO, format: .jsonl, fields: fields,
    ///                            replaying: sniffed.prefix)
    /// }
    /// ```
    ///
    /// The stream is read once; the bytes read are returned in ``SniffedInput/prefix`` to be
    /// replayed. Reading stops at ``prefixLength`` bytes, at the end of the stream, or as soon as
    /// more bytes cannot change the answer (``isSettled(_:textField:)``): a text or JSONL stream
    /// is decided at its first line, as ``MessageReader`` always decided it. The guess is then
    /// ``detect(prefix:isDirectory:textField:)`` of the prefix, so a stream and a file of the same
    /// bytes get the same answer, with one exception: a stream whose first line is neither an
    /// export line nor a CSV header is text at once, where a file with export lines further down
    /// is ``InputFormatGuess/undetermined(candidates:reason:)``.
    ///
    /// - Throws: ``InputReadError`` when `read(2)` fails.
    public static func sniff(fileDescriptor: Int32, textField: String = "text") throws(InputReadError) -> SniffedInput {
        var buffer = [UInt8](repeating: 0, count: prefixLength)
        var count = 0
        var reachedEnd = false
        while count < prefixLength {
            let n = try buffer.withUnsafeMutableBufferPointer { p throws(InputReadError) in
                try readRetrying(fileDescriptor, p.baseAddress! + count, prefixLength - count)
            }
            if n == 0 {
                reachedEnd = true
                break
            }
            count += n
            let settled = buffer.withUnsafeBufferPointer {
                isSettled(UnsafeBufferPointer(rebasing: $0[..<count]), textField: textField)
            }
            if settled { break }
        }
        buffer.removeSubrange(count...)
        let guess = buffer.withUnsafeBufferPointer {
            detect(prefix: $0, isDirectory: false, textField: textField)
        }
        return SniffedInput(guess: guess, prefix: buffer, reachedEnd: reachedEnd)
    }

    /// Whether more bytes after `p` (the start of a stream) cannot change what
    /// ``detect(prefix:isDirectory:textField:)`` says, other than by the exception in
    /// ``sniff(fileDescriptor:textField:)``:
    /// - a ZIP signature is settled at 4 bytes;
    /// - nothing is settled before the first non-blank line is complete;
    /// - `{`: an object that closes on its first line with the text field among its keys is JSONL
    ///   at once; one without it waits for the first byte of the next non-blank line (another
    ///   `{` means JSONL); an object that goes on past its first line is a document, read to
    ///   the limit;
    /// - `[`: a WhatsApp or IRC line, or an array that closes on its line, or a line that does
    ///   not go on as JSON (`[link] hi`) is settled; `[` followed by `{` or nothing is a JSON
    ///   array (a Slack day file), read to the limit;
    /// - anything else is settled by its first line, unless that line could be a CSV header
    ///   (``looksLikeCSV(_:textField:)``): then the next record must be complete too.
    static func isSettled(_ p: UnsafeBufferPointer<UInt8>, textField: String) -> Bool {
        let zip: [UInt8] = [0x50, 0x4B]
        if p.count < 2 && p.elementsEqual(zip.prefix(p.count)) { return false }
        if p.count >= 2 && p[0] == zip[0] && p[1] == zip[1] && p.count < 4 { return false }
        if isZipSignature(p) { return true }
        var i = 0
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if p.count < 3 && p.elementsEqual(bom.prefix(p.count)) { return false }
        if p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
        while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        guard i < p.count else { return false }
        guard let newline = p[i...].firstIndex(of: 0x0A) else { return false }   // the first line goes on
        let body = UnsafeBufferPointer(rebasing: p[i...])
        let firstLine = UnsafeBufferPointer(rebasing: p[i..<newline])
        switch p[i] {
        case UInt8(ascii: "{"):
            let sketch = JSONSketch(body)
            if sketch.spansLines { return false }
            if sketch.topKeys.contains(textField) { return true }
            return CSVSketch.nextNonBlank(p, from: newline + 1) != nil
        case UInt8(ascii: "["):
            if case .export = detect(prefix: firstLine, isDirectory: false, textField: textField) { return true }
            if JSONSketch(firstLine).closedOnFirstLine { return true }
            var k = 1
            while k < firstLine.count, firstLine[k] == 0x20 || firstLine[k] == 0x09 || firstLine[k] == 0x0D { k += 1 }
            return !(k == firstLine.count || firstLine[k] == UInt8(ascii: "{"))
        default:
            // A CSV header waits for its first record, to count the record's fields.
            guard isCSVHeader(CSVSketch(firstLine, from: 0, collectNames: true), textField: textField) else { return true }
            let header = CSVSketch(body, from: 0, collectNames: false)
            guard let next = header.next, let start = CSVSketch.nextNonBlank(body, from: next) else { return false }
            return CSVSketch(body, from: start, collectNames: false).next != nil
        }
    }
}
