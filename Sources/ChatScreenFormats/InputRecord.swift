/// One record of the input: a message, or the reason a record could not be read.
///
/// ```swift
/// switch record {
/// case .message(let message): screen(message)
/// case .error(let line, let reason): emit(#"{"line":\#(line),"error":…}"#)   // reason holds no message text
/// }
/// ```
public enum InputRecord: Sendable, Equatable {
    /// A message to screen.
    case message(InputMessage)
    /// A malformed record starting at `line`. `reason` never contains message text: it names
    /// the field, the JSON column (1-based, counted in bytes) or the CSV field, says what is
    /// wrong, and how to fix it when that helps, e.g.
    /// `invalid JSON at column 17: expected ',' or '}' after an object member`.
    /// The caller reports it (`{"line":N,"error":reason}`) and carries on with the next record.
    case error(line: Int, reason: String)
    /// A record that is not a message to screen: a system line ("Messages and calls are
    /// end-to-end encrypted"), a media placeholder or a deleted message. Chat-export readers report
    /// these instead of dropping them; `reason` is `system`, `media` or `deleted`. The message
    /// carries the line, id, conversation, sender and time; its text is empty.
    case skipped(InputMessage, reason: String)

    /// The 1-based line number where the record starts.
    public var line: Int {
        switch self {
        case .message(let message), .skipped(let message, _): message.line
        case .error(let line, _): line
        }
    }
}
