/// The names of the fields to pull out of JSONL objects, or of the CSV header columns.
///
/// ```swift
/// let fields = FieldNames(text: "body", id: "message_id")
/// // {"message_id": 7, "body": "hi"}  ->  InputMessage(text: "hi", id: "7")
/// ```
///
/// Only `text` is required in the input; the others are optional. JSONL keys are matched
/// exactly (after JSON unescaping) at the top level of each object; CSV header names are
/// matched exactly after trimming surrounding spaces and tabs, and the first matching column wins.
public struct FieldNames: Sendable, Equatable {
    /// The field holding the message text (required in every record).
    public var text: String
    /// The field holding an optional message identifier, echoed into the verdict.
    public var id: String
    /// The field holding an optional conversation identifier.
    public var conversation: String
    /// The field holding an optional sender identifier.
    public var sender: String
    /// The field holding an optional evaluation label (`benign`, `extortion`, a category name),
    /// or nil (the default) to not look for one. `chatscreen eval` and `rules fit` set it.
    ///
    /// ```swift
    /// let fields = FieldNames(label: "label")
    /// // {"text": "pay £500", "label": "payment_demand"}  ->  InputMessage(…, label: "payment_demand")
    /// ```
    public var label: String?
    /// The field holding the message time: ISO 8601 (`2026-03-14T21:05:00Z`) or seconds since
    /// the epoch. Conversation windows in time and idle eviction use it.
    public var timestamp: String
    /// Further fields to read as text into ``InputMessage/extra``, in this order (none by
    /// default). `chatscreen eval --facet` reads them to group its metrics.
    ///
    /// ```swift
    /// let fields = FieldNames(extra: ["lang", "strength"])
    /// // {"text": "hi", "lang": "de", "n": 3}  ->  InputMessage(…, extra: ["de", nil])
    /// ```
    ///
    /// JSONL: a string keeps its decoded text, a number its literal text, a boolean becomes
    /// `true` or `false`; an absent field or `null` is nil; an object or an array makes the line
    /// an error record. CSV: the cell, or nil when it is empty or the column is missing.
    public var extra: [String]

    /// Creates a set of field names; every name defaults to its parameter's name, except
    /// `label`, which defaults to nil (no label is read), and `extra`, which defaults to none.
    public init(
        text: String = "text",
        id: String = "id",
        conversation: String = "conversation",
        sender: String = "sender",
        label: String? = nil,
        timestamp: String = "timestamp",
        extra: [String] = []
    ) {
        self.text = text
        self.id = id
        self.conversation = conversation
        self.sender = sender
        self.label = label
        self.timestamp = timestamp
        self.extra = extra
    }
}
