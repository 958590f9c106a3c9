/// One message read from the input, ready to be screened.
///
/// ```swift
/// // JSONL line 3: {"id": 42, "text": "pay me"}
/// InputMessage(line: 3, text: Array("pay me".utf8), id: "42")
/// ```
public struct InputMessage: Sendable, Equatable {
    /// The 1-based line number where the record starts in its input.
    public var line: Int
    /// The raw UTF-8 bytes of the message text exactly as given.
    ///
    /// For text and CSV input these are the input bytes unchanged and may be invalid UTF-8
    /// (the engine repairs them). For JSONL they are the decoded JSON string, in which any
    /// invalid UTF-8 and lone surrogate escapes were already replaced by U+FFFD.
    public var text: [UInt8]
    /// The optional message identifier (JSON numbers are kept as their literal text).
    public var id: String?
    /// The optional conversation identifier.
    public var conversation: String?
    /// The optional sender identifier.
    public var sender: String?
    /// The optional evaluation label, read only when ``FieldNames/label`` names a field
    /// (JSONL: a string; CSV: a non-empty cell). Nil when not asked for, absent or `null`.
    public var label: String?
    /// The message time as given (ISO 8601 or epoch seconds); see ``Timestamp``.
    public var timestamp: String?
    /// The reader already replaced invalid UTF-8 or a lone surrogate escape in ``text`` with
    /// U+FFFD (JSONL only); the verdict reports it as `invalid_utf8`.
    public var hadInvalidUTF8 = false
    /// The values of ``FieldNames/extra``, one per name in the same order (nil when absent);
    /// empty when no extra fields were asked for.
    public var extra: [String?] = []

    /// Creates a message.
    public init(
        line: Int,
        text: [UInt8],
        id: String? = nil,
        conversation: String? = nil,
        sender: String? = nil,
        label: String? = nil
    ) {
        self.line = line
        self.text = text
        self.id = id
        self.conversation = conversation
        self.sender = sender
        self.label = label
    }
}
