/// An immutable hash table from normalised words (UTF-8 bytes) to dense ids.
///
/// ```swift
/// var builder = WordTable.Builder()
/// let pay = builder.insert(Array("pay".utf8))      // 0
/// let table = builder.build()
/// "pay".utf8.withContiguousStorageIfAvailable { table.lookup($0) }   // 0
/// ```
///
/// Open addressing with linear probing over a power-of-two slot array, FNV-1a hashing; words
/// live in one byte arena. A lookup allocates nothing. An *alias* is another spelling of a word
/// with the word's id (`ur` → the id of `your`): the pack's chat spellings cost nothing per token.
struct WordTable: Sendable {
    struct Builder {
        private(set) var words: [[UInt8]] = []
        /// Other spellings of words, with the id they stand for.
        private(set) var aliases: [(bytes: [UInt8], id: Int32)] = []
        // Open addressing by FNV-1a, like the table it builds: a word already present is found
        // without allocating (a `[[UInt8]: Int32]` dictionary needed an array per lookup and
        // SipHash; the pack's 22,000 lexicon entries look words up about 60,000 times).
        private var slots = [Int32](repeating: -1, count: 1024)
        private var hashes = [UInt32](repeating: 0, count: 1024)

        /// Returns the word's id, adding it if new.
        mutating func insert(_ word: [UInt8]) -> Int32 {
            word.withUnsafeBufferPointer { insert($0) }
        }

        // Slots hold a key: a word id (>= 0) or an alias (-2 - its index in `aliases`).
        private func key(_ entry: Int32) -> (bytes: [UInt8], id: Int32) {
            entry >= 0 ? (words[Int(entry)], entry) : aliases[Int(-2 - entry)]
        }

        /// Returns the word's id (or the id an alias stands for), adding the word if new.
        mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
            if (words.count + aliases.count) * 2 >= slots.count { rehash(capacity: slots.count * 2) }
            let hash = WordTable.hash(word)
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while slots[slot] != -1 {
                if hashes[slot] == hash {
                    let found = key(slots[slot])
                    if found.bytes.elementsEqual(word) { return found.id }
                }
                slot = (slot + 1) & mask
            }
            let id = Int32(words.count)
            words.append(Array(word))
            slots[slot] = id
            hashes[slot] = hash
            return id
        }

        /// The id of `word` (or of the word an alias stands for), or nil; adds nothing.
        func find(_ word: [UInt8]) -> Int32? {
            let hash = word.withUnsafeBufferPointer { WordTable.hash($0) }
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while slots[slot] != -1 {
                if hashes[slot] == hash {
                    let found = key(slots[slot])
                    if found.bytes == word { return found.id }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Makes `word` another spelling of word `id`; returns false (and changes nothing) when
        /// `word` is already a word or an alias.
        mutating func alias(_ word: [UInt8], to id: Int32) -> Bool {
            if (words.count + aliases.count) * 2 >= slots.count { rehash(capacity: slots.count * 2) }
            let hash = word.withUnsafeBufferPointer { WordTable.hash($0) }
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while slots[slot] != -1 {
                if hashes[slot] == hash && key(slots[slot]).bytes == word { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = -2 - Int32(aliases.count)
            hashes[slot] = hash
            aliases.append((word, id))
            return true
        }

        private mutating func rehash(capacity: Int) {
            slots = [Int32](repeating: -1, count: capacity)
            hashes = [UInt32](repeating: 0, count: capacity)
            let entries = (0..<Int32(words.count)).map { $0 } + (0..<Int32(aliases.count)).map { -2 - $0 }
            for entry in entries {
                let hash = key(entry).bytes.withUnsafeBufferPointer { WordTable.hash($0) }
                var slot = Int(hash) & (capacity - 1)
                while slots[slot] != -1 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = entry
                hashes[slot] = hash
            }
        }

        func build() -> WordTable { WordTable(words: words, aliases: aliases) }
    }

    /// Each word as `[id: 4 bytes LE][length: 2 bytes LE][bytes]`, so a lookup that finds a
    /// matching hash reads one place (id, length and bytes together).
    private let arena: [UInt8]
    private let offsets: [Int32]        // word id -> start of its bytes in `arena`, for ``word(_:)``
    /// Per slot: 0 if empty, else the word's hash in the high 32 bits and its record's offset in
    /// `arena` plus one in the low 32. One 8-byte load decides most probes; the separate
    /// `slots`/`hashes`/`offsets` arrays this replaced cost three cache misses per token.
    private let slots: [UInt64]
    private let mask: Int
    let count: Int
    /// The other spellings (``Builder/alias(_:to:)``) and the word ids they stand for.
    let aliases: [(bytes: [UInt8], id: Int32)]

    init(words: [[UInt8]], aliases: [(bytes: [UInt8], id: Int32)] = []) {
        var arena: [UInt8] = []
        var offsets: [Int32] = []
        var records: [UInt32] = []
        var keys: [[UInt8]] = []
        func append(_ word: [UInt8], id: Int32) {
            precondition(word.count <= Int(UInt16.max), "a vocabulary word is longer than 65,535 bytes")
            records.append(UInt32(arena.count))
            withUnsafeBytes(of: UInt32(bitPattern: id).littleEndian) { arena.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt16(word.count).littleEndian) { arena.append(contentsOf: $0) }
            keys.append(word)
        }
        for (id, word) in words.enumerated() {
            append(word, id: Int32(id))
            offsets.append(Int32(arena.count))
            arena.append(contentsOf: word)
        }
        offsets.append(Int32(arena.count))
        for alias in aliases {
            append(alias.bytes, id: alias.id)
            arena.append(contentsOf: alias.bytes)
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            let hash = key.withUnsafeBufferPointer { WordTable.hash($0) }
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(records[index] + 1)
        }
        self.arena = arena
        self.offsets = offsets
        self.slots = slots
        self.mask = capacity - 1
        self.count = words.count
        self.aliases = aliases
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return h
    }

    /// The id of `word`, or -1.
    ///
    /// - Complexity: O(length of word), expected.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = WordTable.hash(word)
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBytes { arena in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return -1 }
                    if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                        let record = Int(UInt32(truncatingIfNeeded: entry)) - 1
                        let length = Int(UInt16(littleEndian: arena.loadUnaligned(fromByteOffset: record + 4, as: UInt16.self)))
                        if length == word.count && memcmpEqual(arena.baseAddress!.assumingMemoryBound(to: UInt8.self) + record + 6,
                                                               word.baseAddress, length) {
                            return Int32(littleEndian: arena.loadUnaligned(fromByteOffset: record, as: Int32.self))
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The bytes of word `id`.
    func word(_ id: Int32) -> ArraySlice<UInt8> {
        let start = Int(offsets[Int(id)])
        let length = Int(arena[start - 2]) | Int(arena[start - 1]) << 8
        return arena[start..<(start + length)]
    }

    @inline(__always)
    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard let b else { return count == 0 }
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }
}
