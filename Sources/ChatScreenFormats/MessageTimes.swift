/// Reads the times of a stream of messages for conversation tracking, and counts the ones that
/// could not be parsed so that the caller can say so once at the end.
///
/// ```swift
/// var times = MessageTimes(field: "timestamp")
/// times.epochSeconds(of: message)   // 1773522300 for "2026-03-14T21:05:00Z"; nil for "yesterday" or no time
/// times.unparsed                    // 1: "yesterday" was not a time
/// times.warning                     // "1 timestamp(s) in field \"timestamp\" were not ISO 8601 or epoch seconds and were ignored"
/// ```
///
/// `chatscreen score` and `chatscreen eval --by conversation` read times this way, so both feed
/// the conversation tracker the same timestamps. A message without a time (absent or `null`) is
/// not counted as unparsed.
public struct MessageTimes: Sendable {
    /// The field the times come from (named in ``warning``).
    public let field: String
    /// Times given that were neither ISO 8601 nor epoch seconds.
    public private(set) var unparsed = 0

    public init(field: String) {
        self.field = field
    }

    /// The message's time in seconds since the epoch (see ``Timestamp``), or nil when it has no
    /// time or the time cannot be parsed (then ``unparsed`` grows).
    public mutating func epochSeconds(of message: InputMessage) -> Int64? {
        guard let text = message.timestamp else { return nil }
        let time = Timestamp.epochSeconds(text)
        if time == nil { unparsed += 1 }
        return time
    }

    /// What to tell the user when some times were ignored, or nil when none were.
    public var warning: String? {
        guard unparsed > 0 else { return nil }
        return "\(unparsed) timestamp(s) in field \"\(field)\" were not ISO 8601 or epoch seconds and were ignored"
    }
}
