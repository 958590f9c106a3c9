import ChatScreen
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Encodes verdicts as JSON lines (the contract in the README). A value type with no buffer of
/// its own, so the `--jobs` workers format on their threads with the very code `--jobs 1` uses.
///
/// ```swift
/// var writer = JSONWriter()
/// format.message(message, verdict: verdict, conversation: update, file: "-", into: &writer)
/// // writer.bytes: {"line":1,…,"score":0.811,"level":"high",…}\n
/// ```
public struct VerdictFormat: Sendable {
    public let minLevel: Level
    public let flaggedOnly: Bool
    public let explain: Bool
    public let scoring: ScoringPolicy
    /// Several input files: each record names its `file`.
    public let includeFile: Bool
    /// `--redact`: message text never leaves the process; hit and entity text become a length
    /// and a hash (FNV-1a 64), so identical evidence can still be grouped.
    public var redact = false

    public init(minLevel: Level, flaggedOnly: Bool, explain: Bool, scoring: ScoringPolicy, includeFile: Bool) {
        self.minLevel = minLevel
        self.flaggedOnly = flaggedOnly
        self.explain = explain
        self.scoring = scoring
        self.includeFile = includeFile
    }

    /// Appends the verdict line of `message` (nothing with `--flagged-only` when it is not flagged).
    public func message(_ message: InputMessage, verdict: Verdict, conversation: ConversationVerdict?, file: String,
                 into writer: inout JSONWriter) {
        let flagged = verdict.isFlagged(atLeast: minLevel)
        if flaggedOnly && !flagged { return }
        writer.beginObject()
        if includeFile { writer.key("file"); writer.string(file) }
        writer.key("line"); writer.int(message.line)
        if let id = message.id { writer.key("id"); writer.string(id) }
        if let conversation = message.conversation { writer.key("conversation"); writer.string(conversation) }
        if let sender = message.sender { writer.key("sender"); writer.string(sender) }
        writer.key("score"); writer.double(verdict.score, decimals: 3)
        writer.key("level"); writer.string(verdict.level.rawValue)
        writer.key("flagged"); writer.bool(flagged)
        writer.key("categories")
        writer.beginArray()
        for category in verdict.categories { writer.string(category.rawValue) }
        writer.endArray()
        writer.key("hits")
        writer.beginArray()
        message.text.withUnsafeBufferPointer { text in
            for hit in verdict.hits {
                writer.beginObject()
                writer.key("rule"); writer.string(hit.rule)
                writer.key("category"); writer.string(hit.category.rawValue)
                writer.key("weight"); writer.double(hit.weight, decimals: 3)
                writer.key("spans")
                writer.beginArray()
                for span in hit.spans {
                    writer.beginArray(); writer.int(span.start); writer.int(span.end); writer.endArray()
                }
                writer.endArray()
                writer.key("text")
                // The evidence as it appears in the original text; several spans are joined by " … ".
                var joined: [UInt8] = []
                for (index, span) in hit.spans.enumerated() {
                    if index > 0 { joined += Array(" … ".utf8) }
                    joined += text[max(0, min(span.start, text.count))..<max(0, min(span.end, text.count))]
                }
                if redact { writer.string(Self.redacted(joined)) } else { joined.withUnsafeBufferPointer { writer.string(utf8: $0) } }
                writer.endObject()
            }
        }
        writer.endArray()
        if !verdict.entities.isEmpty {
            writer.key("entities")
            writer.beginArray()
            message.text.withUnsafeBufferPointer { text in
                for entity in verdict.entities {
                    writer.beginObject()
                    writer.key("entity"); writer.string(entity.kind.description)
                    writer.key("value")
                    let value = UnsafeBufferPointer(rebasing: text[max(0, min(entity.span.start, text.count))..<max(0, min(entity.span.end, text.count))])
                    if redact { writer.string(Self.redacted(Array(value))) } else { writer.string(utf8: value) }
                    writer.key("span"); writer.beginArray(); writer.int(entity.span.start); writer.int(entity.span.end); writer.endArray()
                    writer.key("valid"); writer.bool(entity.valid)
                    writer.endObject()
                }
            }
            writer.endArray()
        }
        if !verdict.flags.isEmpty {
            writer.key("flags")
            writer.beginArray()
            for name in verdict.flags.names { writer.string(name) }
            writer.endArray()
        }
        if let conversation {
            writer.key("conversation_score"); writer.double(conversation.score, decimals: 3)
            writer.key("conversation_level"); writer.string(conversation.level.rawValue)
            writer.key("stage"); writer.string(conversation.stage.rawValue)
            if !conversation.composites.isEmpty {
                writer.key("composites")
                writer.beginArray()
                for composite in conversation.composites { writer.composite(composite) }
                writer.endArray()
            }
            if let change = conversation.stageChange {
                writer.key("stage_change")
                writer.beginObject()
                writer.key("stage"); writer.string(change.stage.rawValue)
                writer.key("reason"); writer.string(change.reason)
                writer.endObject()
            }
        }
        if explain {
            let (rows, raw) = scoring.breakdown(verdict.hits)
            writer.key("explain")
            writer.beginObject()
            writer.key("categories")
            writer.beginArray()
            for row in rows {
                writer.beginObject()
                writer.key("category"); writer.string(row.category.rawValue)
                writer.key("sum"); writer.double(row.sum, decimals: 3)
                writer.key("capped"); writer.double(row.capped, decimals: 3)
                writer.endObject()
            }
            writer.endArray()
            let bonus = scoring.obfuscation(verdict.hits)
            if bonus > 0 { writer.key("obfuscation"); writer.double(bonus, decimals: 3) }
            writer.key("raw"); writer.double(raw, decimals: 3)
            writer.key("scale"); writer.double(scoring.scale, decimals: 3)
            writer.endObject()
        }
        writer.endObject()
        writer.newline()
    }

    /// `{"line": N, "id": …, "conversation": …, "sender": …, "skipped": "system"}`.
    public func skipped(_ message: InputMessage, reason: String, file: String, into writer: inout JSONWriter) {
        if flaggedOnly { return }
        writer.beginObject()
        if includeFile { writer.key("file"); writer.string(file) }
        writer.key("line"); writer.int(message.line)
        if let id = message.id { writer.key("id"); writer.string(id) }
        if let conversation = message.conversation { writer.key("conversation"); writer.string(conversation) }
        if let sender = message.sender { writer.key("sender"); writer.string(sender) }
        writer.key("skipped"); writer.string(reason)
        writer.endObject()
        writer.newline()
    }

    /// `{"line": N, "error": "…"}`.
    public func error(line: Int, reason: String, file: String, into writer: inout JSONWriter) {
        writer.beginObject()
        if includeFile { writer.key("file"); writer.string(file) }
        writer.key("line"); writer.int(line)
        writer.key("error"); writer.string(reason)
        writer.endObject()
        writer.newline()
    }

    /// `[redacted: 8 bytes, fnv1a64 3d2f…]`.
    public static func redacted(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return "[redacted: \(bytes.count) bytes, fnv1a64 \(String(repeating: "0", count: 16 - hex.count) + hex)]"
    }
}

/// Writes verdict lines to standard output through a buffer, in large chunks (`--jobs 1`).
public struct VerdictOutput {
    public let format: VerdictFormat
    public var file = "-"
    private var writer = JSONWriter(capacity: 1 << 17)

    public init(format: VerdictFormat) { self.format = format }

    public mutating func write(message: InputMessage, verdict: Verdict, conversation: ConversationVerdict? = nil) throws(WriteError) {
        format.message(message, verdict: verdict, conversation: conversation, file: file, into: &writer)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    public mutating func writeSkipped(message: InputMessage, reason: String) throws(WriteError) {
        format.skipped(message, reason: reason, file: file, into: &writer)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    public mutating func writeError(line: Int, reason: String) throws(WriteError) {
        format.error(line: line, reason: reason, file: file, into: &writer)
        if writer.bytes.count >= 1 << 16 { try flush() }
    }

    public mutating func flush() throws(WriteError) {
        guard !writer.bytes.isEmpty else { return }
        try writeAll(fd: 1, writer.bytes)
        writer.reset()
    }
}

extension JSONWriter {
    /// `{"rule": …, "level": …, "sender": …, "evidence": [lines], "evidence_ids": [ids]}`.
    public mutating func composite(_ composite: CompositeHit) {
        beginObject()
        key("rule"); string(composite.name)
        key("level"); string(composite.level.rawValue)
        if let sender = composite.sender, !sender.isEmpty { key("sender"); string(sender) }
        references("evidence", composite.evidence)
        endObject()
    }

    /// `"name": [lines]` and, when the messages have ids, `"name_ids": [ids]`.
    public mutating func references(_ name: String, _ references: [MessageReference]) {
        key(named: name)
        beginArray()
        for reference in references { int(reference.line) }
        endArray()
        let ids = references.compactMap(\.id)
        if ids.count == references.count && !ids.isEmpty {
            key(named: name + "_ids")
            beginArray()
            for id in ids { string(id) }
            endArray()
        }
    }
}

extension JSONWriter {
    /// One `--conversation-summary` line: `{"conversation": …, "messages": N, "peak_score": …, …,
    /// "evicted": false, "resumed_after_eviction": true, "earlier_evictions": 1, "rules":
    /// "fnv1a64:…"}` and a newline (`earlier_evictions` only when resumed). `rules` is the
    /// ``RuleSet/contentHash`` of the pack that judged the conversation, so an audit can tell
    /// which rules (and weights) a summary came from.
    ///
    /// ```swift
    /// writer.summary(summary, rules: rules.contentHash)
    /// ```
    public mutating func summary(_ summary: ConversationSummary, rules: String) {
        beginObject()
        key("conversation"); string(summary.conversation)
        key("messages"); int(summary.messages)
        key("peak_score"); double(summary.peakScore, decimals: 3)
        key("peak_level"); string(summary.peakLevel.rawValue)
        if let peak = summary.peakMessage { references("peak_message", [peak]) }
        key("stage"); string(summary.stage.rawValue)
        key("stage_history")
        beginArray()
        for change in summary.stageHistory {
            beginObject()
            key("stage"); string(change.stage.rawValue)
            key("line"); int(change.message.line)
            if let id = change.message.id { key("id"); string(id) }
            key("reason"); string(change.reason)
            endObject()
        }
        endArray()
        key("composites")
        beginArray()
        for composite in summary.composites { self.composite(composite) }
        endArray()
        references("key_messages", summary.keyMessages)
        key("evicted"); bool(summary.evicted)
        key("resumed_after_eviction"); bool(summary.resumedAfterEviction)
        if summary.resumedAfterEviction { key("earlier_evictions"); int(summary.earlierEvictions) }
        key("rules"); string(rules)
        endObject()
        newline()
    }
}

#if canImport(Glibc)
private let closeFile = Glibc.close
#elseif canImport(Musl)
private let closeFile = Musl.close
#endif

/// Writes `--conversation-summary` records: one JSON line per conversation.
public struct SummaryOutput {
    private let fd: Int32
    private var writer = JSONWriter(capacity: 1 << 14)

    public init?(path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return nil }
        self.fd = fd
    }

    /// Writes one summary; `rules` is the ``RuleSet/contentHash`` of the pack that judged it.
    public mutating func write(_ summary: ConversationSummary, rules: String) throws(WriteError) {
        writer.summary(summary, rules: rules)
        try writeAll(fd: fd, writer.bytes)
        writer.reset()
    }

    /// Writes summary lines formatted elsewhere (by the `--jobs` workers).
    public func write(lines: [UInt8]) throws(WriteError) {
        try writeAll(fd: fd, lines)
    }

    public func close() throws(WriteError) {
        if closeFile(fd) != 0 { throw WriteError.failed(errno: errno, description: String(cString: strerror(errno))) }
    }
}
