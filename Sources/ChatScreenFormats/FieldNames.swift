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

    /// Creates a set of field names; every name defaults to its own label.
    public init(
        text: String = "text",
        id: String = "id",
        conversation: String = "conversation",
        sender: String = "sender"
    ) {
        self.text = text
        self.id = id
        self.conversation = conversation
        self.sender = sender
    }
}
