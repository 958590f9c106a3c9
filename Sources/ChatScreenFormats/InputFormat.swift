/// The shape of the input fed to `chatscreen score`.
///
/// ```swift
/// let format = InputFormat(rawValue: "jsonl") ?? .auto   // .jsonl
/// ```
///
/// - `auto`: decide from the first non-blank byte: `{` means ``jsonl``, anything else ``text``.
///   (``MessageReader`` never guesses CSV; ``ExportDetector`` recognises it by a `.csv` name or
///   a header row naming the text field, and `chatscreen score --input auto` follows it.)
/// - `text`: every non-blank line is one message.
/// - `jsonl`: every non-blank line is one JSON object; see ``FieldNames``.
/// - `csv`: RFC 4180 with a header row naming the columns; see ``FieldNames``.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, jsonl, csv
}
