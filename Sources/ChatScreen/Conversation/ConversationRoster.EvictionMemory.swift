extension ConversationRoster {
    /// A fixed-size memory of evicted conversations: the FNV-1a 64 fingerprint of each id and how
    /// many times it was evicted, so that a conversation that comes back can be marked as resumed.
    ///
    /// ```swift
    /// var memory = ConversationRoster.EvictionMemory(capacity: 1024)
    /// memory.remember(ConversationRoster.fingerprint("c7"), evictions: 1)
    /// memory.take(ConversationRoster.fingerprint("c7"))   // 1 (and forgets it: "c7" is tracked again)
    /// memory.take(ConversationRoster.fingerprint("c7"))   // 0
    /// ```
    ///
    /// - **Bounded.** ``capacity`` entries of 12 bytes (a fingerprint and a count) plus a byte per
    ///   set of four, allocated at the first eviction and never grown: 65,536 entries (about
    ///   800 KB) by default, whatever the number of conversations in the input.
    /// - **Forgetting.** The table is 4-way set-associative: a fingerprint can sit only in the
    ///   four entries of its set. When all four are taken, the next eviction in that set
    ///   overwrites them in turn (first in, first out), so an id is remembered at least until four
    ///   later evicted ids fall in its set, and in practice for about the last ``capacity``
    ///   evictions. A forgotten id that comes back counts as new: its summary is not marked as
    ///   resumed (a missed split, never a wrong verdict).
    /// - **False positives.** Only fingerprints are kept, so two ids with the same 64-bit
    ///   fingerprint are taken for one: a new conversation is then marked as resumed. For n
    ///   remembered ids the chance per new id is about n / 2⁶⁴ (1 in 2.8 × 10¹⁴ when full).
    ///   FNV-1a is not a keyed hash, so ids chosen to collide can force it; a false mark changes
    ///   only the `resumed_after_eviction` field and the count on stderr, never a score.
    /// - Complexity: O(1) per call (four comparisons).
    public struct EvictionMemory: Sendable {
        /// 65,536 ids: about 800 KB once the first conversation is evicted.
        public static let defaultCapacity = 1 << 16
        static let ways = 4

        /// The number of ids the table holds at most (a power of two, at least 4).
        public let capacity: Int
        /// The ids remembered now.
        public private(set) var count = 0
        /// Ids overwritten by later ones before they came back (forgotten).
        public private(set) var forgotten = 0

        /// 0 marks an empty entry (a fingerprint of 0 is stored as 1).
        private var fingerprints: [UInt64] = []
        private var evictions: [UInt32] = []
        /// Per set, the way the next insertion into a full set overwrites.
        private var cursors: [UInt8] = []
        private let shift: UInt64

        /// - Parameter capacity: the most ids remembered, rounded up to a power of two (at least 4).
        public init(capacity: Int) {
            var size = Self.ways
            while size < capacity && size < 1 << 40 { size <<= 1 }
            self.capacity = size
            let sets = size / Self.ways
            shift = UInt64(64 - sets.trailingZeroBitCount)
        }

        /// The entries allocated (0 before the first eviction, then ``capacity``), for tests of the
        /// memory bound.
        var allocatedEntries: Int { fingerprints.count }

        /// Remembers that the conversation with this fingerprint was evicted, `evictions` times in all.
        public mutating func remember(_ fingerprint: UInt64, evictions times: Int) {
            if fingerprints.isEmpty {
                fingerprints = Array(repeating: 0, count: capacity)
                evictions = Array(repeating: 0, count: capacity)
                cursors = Array(repeating: 0, count: capacity / Self.ways)
            }
            let key = fingerprint == 0 ? 1 : fingerprint
            let set = self.set(of: key)
            let base = set * Self.ways
            var empty = -1
            for way in base..<(base + Self.ways) {
                if fingerprints[way] == key {
                    evictions[way] = UInt32(clamping: times)
                    return
                }
                if empty < 0 && fingerprints[way] == 0 { empty = way }
            }
            if empty < 0 {
                empty = base + Int(cursors[set])
                cursors[set] = (cursors[set] + 1) % UInt8(Self.ways)
                forgotten += 1
            } else {
                count += 1
            }
            fingerprints[empty] = key
            evictions[empty] = UInt32(clamping: times)
        }

        /// How many times the conversation with this fingerprint was evicted (0 if it is not
        /// remembered), forgetting it: it is about to be tracked again.
        public mutating func take(_ fingerprint: UInt64) -> Int {
            guard !fingerprints.isEmpty else { return 0 }
            let key = fingerprint == 0 ? 1 : fingerprint
            let base = set(of: key) * Self.ways
            for way in base..<(base + Self.ways) where fingerprints[way] == key {
                fingerprints[way] = 0
                count -= 1
                return Int(evictions[way])
            }
            return 0
        }

        /// The set of a fingerprint: its top bits after a multiplicative mix (Fibonacci hashing),
        /// so ids that differ only in their last bytes spread over the sets.
        private func set(of key: UInt64) -> Int {
            Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
    }
}
