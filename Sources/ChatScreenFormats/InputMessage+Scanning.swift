import ChatScreen

/// Scoring an input record the way `chatscreen score` does, for embedders: the same verdict,
/// the same conversation key and message reference, so `VerdictFormat` writes the same JSON line.
///
/// ```swift
/// let scanner = try MessageScanner(rules: .builtIn)
/// let tracker = ConversationTracker(rules: .builtIn)
/// var times = MessageTimes(field: "timestamp")
/// let format = VerdictFormat(minLevel: .medium, flaggedOnly: false, explain: false,
///                            scoring: RuleSet.builtIn.scoring, includeFile: false)
/// var writer = JSONWriter()
/// var reader = MessageReader(fileDescriptor: STDIN_FILENO, format: .auto, fields: FieldNames())
/// while let record = try reader.next() {
///     guard case .message(let message) = record else { continue }
///     let verdict = scanner.scan(message)
///     let update = tracker.observe(verdict, of: message, timestamp: times.epochSeconds(of: message))
///     format.message(message, verdict: verdict, conversation: update, file: "-", into: &writer)
/// }
/// ```
extension MessageScanner {
    /// Scores a record's text (``scan(bytes:)``) and adds the `invalid_utf8` flag when its reader
    /// replaced malformed bytes (JSONL strings are repaired while parsing, so the scanner alone
    /// cannot see it).
    public func scan(_ message: InputMessage) -> Verdict {
        var verdict = message.text.withUnsafeBufferPointer { scan(bytes: $0) }
        if message.hadInvalidUTF8 { verdict.flags.insert(.invalidUTF8) }
        return verdict
    }
}

extension InputMessage {
    /// The conversation the message is tracked in: its `conversation` field, or `"-"` (one
    /// conversation for a whole input without conversation ids).
    public var conversationKey: String { conversation ?? "-" }

    /// How verdicts, composites and summaries point back at this message: its line and id.
    public var reference: MessageReference { MessageReference(line: line, id: id) }
}

extension ConversationTracker {
    /// Adds a scored record to its conversation (``conversationKey``), as `chatscreen score` does.
    /// `timestamp` is the record's time in epoch seconds (``MessageTimes/epochSeconds(of:)``);
    /// `source` says whether the input holds whole conversations, which are never evicted for idleness.
    public func observe(_ verdict: Verdict, of message: InputMessage, timestamp: Int64?,
                        source: ConversationSource = .stream) -> ConversationVerdict {
        observe(verdict, conversation: message.conversationKey, sender: message.sender, timestamp: timestamp,
                reference: message.reference, source: source)
    }

    /// The `--jobs` form: the conversation's slot was decided by a shared ``ConversationRoster``.
    public func observe(_ verdict: Verdict, of message: InputMessage, admission: ConversationRoster.Admission,
                        timestamp: Int64?) -> ConversationVerdict {
        observe(verdict, admission: admission, conversation: message.conversationKey, sender: message.sender,
                timestamp: timestamp, reference: message.reference)
    }
}
