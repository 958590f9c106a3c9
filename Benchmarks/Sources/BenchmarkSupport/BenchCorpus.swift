import ChatScreenCorpus

/// A generated corpus held the way a reader holds a chat log: the text of every message in one
/// contiguous byte buffer, with the end offset of each, plus its conversation, sender and label.
///
/// ```swift
/// let corpus = BenchCorpus(profile: .mixed, count: 1_000_000)   // seed 7 unless given
/// corpus.forEachMessage { index, bytes in … }                     // UnsafeBufferPointer<UInt8>
/// corpus.byteCount                                                // text bytes (no JSON framing)
/// ```
///
/// The corpus comes from `ChatScreenCorpus.CorpusGenerator(seed:profile:)` at benchmark time and
/// is never committed. `CHATSCREEN_BENCH_MESSAGES` overrides every suite's message count (for a
/// quick run) and `CHATSCREEN_BENCH_SEED` the seed.
public struct BenchCorpus: Sendable {
    public let profile: CorpusProfile
    public let seed: UInt64
    /// Every message's UTF-8 text, back to back.
    @usableFromInline let bytes: [UInt8]
    /// `ends[i]` is where message `i` ends in `bytes`; it starts at `ends[i - 1]` (or 0).
    @usableFromInline let ends: [Int]
    public let conversations: [String]
    public let senders: [String]
    public let timestamps: [Int64]
    /// Whether the generator labelled the message as extortion.
    public let isExtortion: [Bool]

    public var count: Int { ends.count }
    /// Text bytes, without any JSON framing (what MB/s is computed from).
    public var byteCount: Int { bytes.count }
    public var extortionCount: Int { isExtortion.lazy.filter { $0 }.count }

    /// Generates `count` messages (or `CHATSCREEN_BENCH_MESSAGES`, unless `exactCount`).
    public init(profile: CorpusProfile, count: Int, seed: UInt64? = nil, exactCount: Bool = false) {
        let count = exactCount ? count : BenchEnvironment.messageCount(default: count)
        let seed = seed ?? BenchEnvironment.seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 64)
        var ends: [Int] = [], conversations: [String] = [], senders: [String] = []
        var timestamps: [Int64] = [], labels: [Bool] = []
        ends.reserveCapacity(count); conversations.reserveCapacity(count); senders.reserveCapacity(count)
        timestamps.reserveCapacity(count); labels.reserveCapacity(count)
        for message in CorpusGenerator(seed: seed, profile: profile).prefix(count) {
            bytes.append(contentsOf: message.text.utf8)
            ends.append(bytes.count)
            conversations.append(message.conversation)
            senders.append(message.sender)
            timestamps.append(message.timestamp)
            labels.append(message.isExtortion)
        }
        precondition(ends.count == count, "CorpusGenerator(profile: \(profile)) yielded \(ends.count) of \(count) messages")
        self.init(profile: profile, seed: seed, bytes: bytes, ends: ends, conversations: conversations,
                  senders: senders, timestamps: timestamps, isExtortion: labels)
    }

    private init(profile: CorpusProfile, seed: UInt64, bytes: [UInt8], ends: [Int], conversations: [String],
                 senders: [String], timestamps: [Int64], isExtortion: [Bool]) {
        self.profile = profile
        self.seed = seed
        self.bytes = bytes
        self.ends = ends
        self.conversations = conversations
        self.senders = senders
        self.timestamps = timestamps
        self.isExtortion = isExtortion
    }

    /// The messages whose index satisfies `keep`, in order.
    public func filter(_ keep: (Int) -> Bool) -> BenchCorpus {
        var bytes: [UInt8] = [], ends: [Int] = [], conversations: [String] = [], senders: [String] = []
        var timestamps: [Int64] = [], labels: [Bool] = []
        forEachMessage { index, message in
            guard keep(index) else { return }
            bytes.append(contentsOf: message)
            ends.append(bytes.count)
            conversations.append(self.conversations[index])
            senders.append(self.senders[index])
            timestamps.append(self.timestamps[index])
            labels.append(isExtortion[index])
        }
        return BenchCorpus(profile: profile, seed: seed, bytes: bytes, ends: ends, conversations: conversations,
                           senders: senders, timestamps: timestamps, isExtortion: labels)
    }

    /// The first `count` messages.
    public func prefix(_ count: Int) -> BenchCorpus { filter { $0 < count } }

    /// Calls `body` with each message's index and bytes, in order, without copying.
    @inlinable
    public func forEachMessage(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            for index in ends.indices {
                let end = ends[index]
                try body(index, UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
    }

    /// Message `index` as a `String` (for the Swift `Regex` baseline).
    public func string(_ index: Int) -> String {
        String(decoding: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]], as: UTF8.self)
    }

    /// The share of messages with at least one non-ASCII byte.
    public var nonASCIIFraction: Double {
        var nonASCII = 0
        forEachMessage { _, message in if message.contains(where: { $0 >= 0x80 }) { nonASCII += 1 } }
        return count == 0 ? 0 : Double(nonASCII) / Double(count)
    }

    /// "1,000,000 mixed messages (55.1 MB, 10.2% non-ASCII, 1.0% extortion, seed 7)".
    public var summary: String {
        let mb = Double(byteCount) / 1e6
        let nonASCII = (nonASCIIFraction * 1000).rounded() / 10
        let extortion = count == 0 ? 0 : (Double(extortionCount) / Double(count) * 1000).rounded() / 10
        return "\(count) \(profile.rawValue) messages (\((mb * 10).rounded() / 10) MB, \(nonASCII)% non-ASCII, \(extortion)% extortion, seed \(seed))"
    }
}
