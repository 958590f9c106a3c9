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
/// live in one byte arena. A lookup allocates nothing.
struct WordTable: Sendable {
    struct Builder {
        private(set) var words: [[UInt8]] = []
        private var ids: [[UInt8]: Int32] = [:]

        /// Returns the word's id, adding it if new.
        mutating func insert(_ word: [UInt8]) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(words.count)
            ids[word] = id
            words.append(word)
            return id
        }

        func id(of word: [UInt8]) -> Int32? { ids[word] }

        func build() -> WordTable { WordTable(words: words) }
    }

    private let arena: [UInt8]
    private let offsets: [Int32]        // word id -> start in arena; offsets[id + 1] is its end
    private let slots: [Int32]          // -1 empty, else word id
    private let hashes: [UInt32]        // per slot, the word's hash (cheap reject)
    private let mask: Int
    let count: Int

    init(words: [[UInt8]]) {
        var arena: [UInt8] = []
        var offsets: [Int32] = [0]
        for word in words {
            arena.append(contentsOf: word)
            offsets.append(Int32(arena.count))
        }
        var capacity = 16
        while capacity < words.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt32](repeating: 0, count: capacity)
        for (id, word) in words.enumerated() {
            let hash = word.withUnsafeBufferPointer { WordTable.hash($0) }
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(id)
            hashes[slot] = hash
        }
        self.arena = arena
        self.offsets = offsets
        self.slots = slots
        self.hashes = hashes
        self.mask = capacity - 1
        self.count = words.count
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
            hashes.withUnsafeBufferPointer { hashes in
                arena.withUnsafeBufferPointer { arena in
                    while true {
                        let id = slots[slot]
                        if id < 0 { return -1 }
                        if hashes[slot] == hash {
                            let start = Int(offsets[Int(id)]), end = Int(offsets[Int(id) + 1])
                            if end - start == word.count && memcmpEqual(arena.baseAddress! + start, word.baseAddress, word.count) {
                                return id
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The bytes of word `id`.
    func word(_ id: Int32) -> ArraySlice<UInt8> {
        arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
    }

    @inline(__always)
    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard let b else { return count == 0 }
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }
}
