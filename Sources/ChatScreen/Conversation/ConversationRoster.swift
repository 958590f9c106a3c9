/// How an input holds its conversations, which decides whether silence may end one.
///
/// ```swift
/// tracker.observe(verdict, conversation: "Sam", sender: "Sam", timestamp: t, reference: ref, source: .wholeFile)
/// ```
public enum ConversationSource: Sendable, Hashable {
    /// A stream that interleaves many conversations (JSONL, CSV): a conversation silent for
    /// longer than ``ConversationPolicy/idleSeconds`` is evicted, so that memory follows the
    /// conversations that are still going.
    case stream
    /// A file that holds whole conversations (a chat export, or plain text, one conversation per
    /// file): a gap in time is a pause inside the conversation, never its end. Such a conversation
    /// is never evicted for idleness; ``ConversationPolicy/maxConversations`` still bounds memory.
    case wholeFile
}

/// Which conversations are tracked, and which to evict: the one eviction policy shared by
/// ``ConversationTracker`` and `chatscreen score --jobs` (whose reading thread decides every
/// eviction in input order, then sends it to the worker that follows the conversation).
///
/// ```swift
/// var roster = ConversationRoster(capacity: 2, idleSeconds: 3600)
/// var evicted: [ConversationRoster.Eviction] = []
/// roster.admit("a", time: 0, source: .stream, reference: MessageReference(line: 1), evicting: &evicted)
/// roster.admit("b", time: 0, source: .wholeFile, reference: MessageReference(line: 2), evicting: &evicted)
/// roster.admit("c", time: 7200, source: .stream, reference: MessageReference(line: 3), evicting: &evicted)
/// // evicted: "a" (idle past 1 h); "b" came from a whole file and stays
/// let again = roster.admit("a", time: 7300, source: .stream, reference: MessageReference(line: 4), evicting: &evicted)
/// // evicted: "b" (over capacity, least recently active); again.earlierEvictions == 1
/// ```
///
/// - **Least recently active first.** Conversations sit on two intrusive lists over slot
///   indices, most recently active at the head: one for ``ConversationSource/stream``
///   conversations and one for ``ConversationSource/wholeFile`` ones (a conversation moves to the
///   list of the message that touched it last). Idle eviction walks only the stream list from its
///   tail and stops at the first conversation still active, as the single list did before whole
///   files were exempt. A new conversation over ``capacity`` evicts the least recently active of
///   both tails (each touch stamps a counter).
/// - **Split conversations are said.** When a conversation id evicted earlier comes back, the
///   admission reports how many times it was evicted before (``Admission/earlierEvictions``) and
///   ``splits`` counts it. Evicted ids are remembered in a fixed-size table of 64-bit fingerprints
///   (``EvictionMemory``), so memory stays bounded: an id evicted long ago, after many other
///   evictions, may be forgotten, and two ids with the same FNV-1a 64 fingerprint are taken for
///   one (about one chance in 2⁶⁴ per pair; ids an attacker chooses could collide on purpose, which
///   only marks a summary as resumed).
/// - **Deterministic.** Slots are reused last-freed first and first-seen numbers count up, so the
///   same input gives the same slots, evictions and order on every run and machine.
///
/// - Complexity: O(1) amortised per message, plus O(1) per eviction.
public struct ConversationRoster {
    /// A conversation taken in for a message: where its state lives, and whether it is new.
    public struct Admission: Sendable, Equatable {
        /// The slot of the conversation's state; reused only after the conversation in it was evicted.
        public var slot: Int32
        /// Whether the conversation was not tracked before this message (first seen, or evicted since).
        public var isNew: Bool
        /// How many times this conversation was evicted before this message brought it back (0:
        /// never, as far as ``EvictionMemory`` remembers). Non-zero only when ``isNew``.
        public var earlierEvictions: Int
    }

    /// A conversation evicted to make room or because it fell silent.
    public struct Eviction: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// Silent for longer than ``ConversationRoster/idleSeconds`` (stream conversations only).
            case idle
            /// The least recently active when a new conversation came over ``ConversationRoster/capacity``.
            case capacity
        }
        public var slot: Int32
        public var conversation: String
        public var reason: Reason
        /// How many times the conversation was evicted, this eviction included.
        public var evictions: Int
    }

    /// Conversations that an eviction split: a later message of an evicted id started it again.
    public struct Splits: Sendable, Equatable {
        /// A resumed conversation and the message that brought it back.
        public struct Resumption: Sendable, Equatable {
            public var conversation: String
            public var message: MessageReference
        }
        /// Conversations resumed after an eviction, each counted once (at its first resumption).
        public internal(set) var conversations = 0
        /// Messages that brought an evicted conversation back (a conversation evicted twice and
        /// resumed twice counts twice).
        public internal(set) var resumptions = 0
        /// The first resumption of the run.
        public internal(set) var first: Resumption?
    }

    /// The most conversations tracked at once (at least 1).
    public let capacity: Int
    /// Stream conversations silent this long (by message timestamps) are evicted; nil: never.
    public let idleSeconds: Int?
    /// Conversations evicted so far, for idleness or capacity.
    public private(set) var evictions = 0
    /// Conversations that came back after an eviction.
    public private(set) var splits = Splits()
    /// The evicted ids remembered, to recognise a conversation that comes back.
    private(set) var memory: EvictionMemory

    /// The number of conversations tracked now.
    public var count: Int { index.count }

    // One entry per slot, as parallel arrays: the links and stamps are touched on every message,
    // and keeping them apart from the id avoids retaining and releasing it.
    private var ids: [String?] = []
    private var firstSeen: [Int] = []
    private var lastTimes: [Int64?] = []
    private var stamps: [UInt64] = []
    private var earlier: [Int] = []
    private var lists: [UInt8] = []
    private var newer: [Int32] = []
    private var older: [Int32] = []
    private var freeSlots: [Int32] = []
    private var index: [String: Int32] = [:]
    /// Per list (``ConversationSource/stream`` = 0, ``ConversationSource/wholeFile`` = 1).
    private var newest: (Int32, Int32) = (-1, -1)
    private var oldest: (Int32, Int32) = (-1, -1)
    private var nextFirstSeen = 0
    private var clock: UInt64 = 0

    /// - Parameters:
    ///   - capacity: the most conversations tracked at once (values below 1 are taken as 1).
    ///   - idleSeconds: stream conversations silent longer than this are evicted; nil: never.
    ///   - rememberedEvictions: the size of the table of evicted ids (``EvictionMemory``).
    public init(capacity: Int, idleSeconds: Int?, rememberedEvictions: Int = ConversationRoster.EvictionMemory.defaultCapacity) {
        self.capacity = max(1, capacity)
        self.idleSeconds = idleSeconds
        self.memory = EvictionMemory(capacity: rememberedEvictions)
    }

    /// Takes in a message of `conversation`: first evicts the stream conversations idle at `time`
    /// (oldest first), then, when the conversation is new and the roster is full, the least
    /// recently active one; appends each eviction to `evictions`, in order, and returns where the
    /// conversation's state lives.
    ///
    /// - Parameters:
    ///   - time: the message's time in seconds since the epoch, if it has one.
    ///   - reference: the message, remembered in ``splits`` when it is the first to resume an
    ///     evicted conversation.
    @discardableResult
    public mutating func admit(_ conversation: String, time: Int64?, source: ConversationSource, reference: MessageReference,
                               evicting evictions: inout [Eviction]) -> Admission {
        if let time, let idle = idleSeconds {
            while oldest.0 >= 0, let last = lastTimes[Int(oldest.0)], time - last > Int64(idle) {
                evict(oldest.0, reason: .idle, into: &evictions)
            }
        }
        let list: UInt8 = source == .stream ? 0 : 1
        var admission: Admission
        if let slot = index[conversation] {
            unlink(slot)
            link(slot, list: list)
            admission = Admission(slot: slot, isNew: false, earlierEvictions: 0)
        } else {
            if index.count >= capacity, let victim = leastRecentlyActive { evict(victim, reason: .capacity, into: &evictions) }
            let before = memory.take(Self.fingerprint(conversation))
            let slot: Int32
            if let free = freeSlots.popLast() {
                slot = free
                ids[Int(slot)] = conversation
                firstSeen[Int(slot)] = nextFirstSeen
                lastTimes[Int(slot)] = nil
                earlier[Int(slot)] = before
            } else {
                slot = Int32(ids.count)
                ids.append(conversation)
                firstSeen.append(nextFirstSeen)
                lastTimes.append(nil)
                stamps.append(0)
                earlier.append(before)
                lists.append(0)
                newer.append(-1)
                older.append(-1)
            }
            nextFirstSeen += 1
            index[conversation] = slot
            link(slot, list: list)
            if before > 0 {
                splits.resumptions += 1
                if before == 1 { splits.conversations += 1 }
                if splits.first == nil { splits.first = Splits.Resumption(conversation: conversation, message: reference) }
            }
            admission = Admission(slot: slot, isNew: true, earlierEvictions: before)
        }
        if let time { lastTimes[Int(admission.slot)] = max(lastTimes[Int(admission.slot)] ?? time, time) }
        return admission
    }

    /// The slots of the conversations tracked now, in the order they were first seen (since
    /// their last eviction).
    public func live() -> [Int32] {
        ids.indices.filter { ids[$0] != nil }.sorted { firstSeen[$0] < firstSeen[$1] }.map { Int32($0) }
    }

    /// The conversation in `slot`, if one is tracked there.
    public func conversation(inSlot slot: Int32) -> String? {
        Int(slot) < ids.count ? ids[Int(slot)] : nil
    }

    /// Forgets every tracked conversation (as at the end of an input) without evicting it: no
    /// eviction is counted and nothing is remembered as evicted. Evicted ids stay remembered.
    public mutating func removeAll() {
        ids.removeAll()
        firstSeen.removeAll()
        lastTimes.removeAll()
        stamps.removeAll()
        earlier.removeAll()
        lists.removeAll()
        newer.removeAll()
        older.removeAll()
        freeSlots.removeAll()
        index.removeAll()
        newest = (-1, -1)
        oldest = (-1, -1)
    }

    /// FNV-1a 64 of the id's UTF-8: the same on every run and machine (Swift's `Hasher` is seeded
    /// per process). `chatscreen score --jobs` also picks a conversation's worker with it.
    ///
    /// ```swift
    /// ConversationRoster.fingerprint("a")   // 0xAF63DC4C8601EC8C
    /// ```
    public static func fingerprint(_ conversation: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in conversation.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    // MARK: Lists

    /// The least recently active conversation of both lists.
    private var leastRecentlyActive: Int32? {
        switch (oldest.0, oldest.1) {
        case (-1, -1): nil
        case (let a, -1): a
        case (-1, let b): b
        case (let a, let b): stamps[Int(a)] < stamps[Int(b)] ? a : b
        }
    }

    private mutating func evict(_ slot: Int32, reason: Eviction.Reason, into evictions: inout [Eviction]) {
        guard let id = ids[Int(slot)] else { return }
        unlink(slot)
        ids[Int(slot)] = nil
        freeSlots.append(slot)
        index[id] = nil
        self.evictions += 1
        let count = earlier[Int(slot)] + 1
        memory.remember(Self.fingerprint(id), evictions: count)
        evictions.append(Eviction(slot: slot, conversation: id, reason: reason, evictions: count))
    }

    private mutating func link(_ slot: Int32, list: UInt8) {
        clock += 1
        stamps[Int(slot)] = clock
        lists[Int(slot)] = list
        let head = list == 0 ? newest.0 : newest.1
        older[Int(slot)] = head
        newer[Int(slot)] = -1
        if head >= 0 { newer[Int(head)] = slot }
        if list == 0 {
            newest.0 = slot
            if oldest.0 < 0 { oldest.0 = slot }
        } else {
            newest.1 = slot
            if oldest.1 < 0 { oldest.1 = slot }
        }
    }

    private mutating func unlink(_ slot: Int32) {
        let (before, after) = (older[Int(slot)], newer[Int(slot)])
        let list = lists[Int(slot)]
        if after >= 0 { older[Int(after)] = before } else if list == 0 { newest.0 = before } else { newest.1 = before }
        if before >= 0 { newer[Int(before)] = after } else if list == 0 { oldest.0 = after } else { oldest.1 = after }
        newer[Int(slot)] = -1
        older[Int(slot)] = -1
    }
}
