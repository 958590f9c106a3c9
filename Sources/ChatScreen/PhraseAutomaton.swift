/// A trie over token symbols: every phrase, lexicon entry and entity a rule pack mentions is a
/// path from the root, and accepting nodes list the patterns that end there.
///
/// ```
/// symbols: entity kinds 0..<4, then word ids + 4
/// "pay"          root -pay-> n1 (accepts P0)
/// "pay me"       root -pay-> n1 -me-> n2 (accepts P1)
/// entity(money)  root -money-> n3 (accepts P2)
/// ```
///
/// The scanner runs it as a set simulation over word positions: at each position it starts a
/// walk from the root and extends the walks that reached this position. The number of live
/// walks is bounded by the trie (not the input), so matching is linear in the message length.
struct PhraseAutomaton: Sendable {
    /// Symbols 0..<entitySymbolCount are entity kinds; a word id `w` is symbol `w + entitySymbolCount`.
    static let entitySymbolCount: Int32 = Int32(EntityKind.allCases.count)

    struct Builder {
        /// Every edge of the trie in one map, keyed `node << 32 | symbol`. (A dictionary per node
        /// allocated 37,000 small tables for the shipped pack; this is one.)
        fileprivate private(set) var edges: [UInt64: Int32] = [:]
        private(set) var nodeCount = 1
        fileprivate private(set) var acceptingPattern: [Int32] = [-1]
        fileprivate private(set) var hasChildren: [Bool] = [false]
        fileprivate private(set) var patternLengths: [Int] = []

        /// Adds a symbol path as a pattern; returns the pattern id (an existing path is reused).
        mutating func add(_ symbols: [Int32]) -> Int32 {
            var node: Int32 = 0
            for symbol in symbols {
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
                if let next = edges[key] {
                    node = next
                } else {
                    let next = Int32(nodeCount)
                    nodeCount += 1
                    acceptingPattern.append(-1)
                    hasChildren.append(false)
                    hasChildren[Int(node)] = true
                    edges[key] = next
                    node = next
                }
            }
            if acceptingPattern[Int(node)] >= 0 { return acceptingPattern[Int(node)] }
            let pattern = Int32(patternLengths.count)
            patternLengths.append(symbols.count)
            acceptingPattern[Int(node)] = pattern
            return pattern
        }

        func build() -> PhraseAutomaton { PhraseAutomaton(self) }
    }

    /// Transition table: open addressing keyed by (node << 32 | symbol).
    /// A transition: `node << 32 | symbol` and the node it leads to, side by side so that a probe
    /// touches one cache line (separate key and value arrays cost a second miss per step).
    private struct Edge {
        var key: UInt64
        var next: Int32
    }
    private let edges: [Edge]
    private let mask: Int
    /// The root's transitions as a dense table by symbol (-1: none). Every candidate of every
    /// word position tries the root, and a probe of the hashed table was a cache miss: 40% of
    /// the automaton's cycles (perf, 2026-11-29). The dense table is one Int32 per symbol.
    private let rootNext: [Int32]
    /// What a walk needs to know about the node it reached, in one record.
    struct Node {
        /// One bit per child symbol (a hash of it): a walk whose next symbol's bit is clear stops
        /// without probing `edges`. Most walks stop after one word, and that probe was a cache
        /// miss in a table of half a megabyte; the node's record was read a moment before, when
        /// the walk reached it, and is still in cache. Zero for a node without children.
        var childFilter: UInt64
        /// The pattern accepted here, or -1.
        var acceptingPattern: Int32
        /// Whether a walk here may continue.
        @inline(__always) var hasChildren: Bool { childFilter != 0 }
    }
    let nodes: [Node]
    let nodeCount: Int
    let transitionCount: Int
    let maxPatternLength: Int
    /// The number of symbols (words or entities) of each pattern.
    let patternLengths: [Int32]

    private init(_ builder: Builder) {
        // Sorted so that the table (and so the probe order) does not depend on hashing seeds.
        let transitions = builder.edges.sorted { $0.key < $1.key }
        var capacity = 16
        while capacity < transitions.count * 2 { capacity <<= 1 }
        var edges = [Edge](repeating: Edge(key: .max, next: -1), count: capacity)
        var rootCount = 0
        for (key, value) in transitions {
            var slot = PhraseAutomaton.slot(key, capacity - 1)
            while edges[slot].key != .max { slot = (slot + 1) & (capacity - 1) }
            edges[slot] = Edge(key: key, next: value)
            if key >> 32 == 0 { rootCount = max(rootCount, Int(key & 0xFFFF_FFFF) + 1) }
        }
        var rootNext = [Int32](repeating: -1, count: rootCount)
        for (key, value) in transitions where key >> 32 == 0 { rootNext[Int(key & 0xFFFF_FFFF)] = value }
        self.edges = edges
        self.rootNext = rootNext
        self.mask = capacity - 1
        var nodes = builder.acceptingPattern.map { Node(childFilter: 0, acceptingPattern: $0) }
        for (key, _) in transitions {
            nodes[Int(key >> 32)].childFilter |= PhraseAutomaton.filterBit(Int32(truncatingIfNeeded: key))
        }
        self.nodes = nodes
        self.nodeCount = builder.nodeCount
        self.transitionCount = transitions.count
        self.maxPatternLength = builder.patternLengths.max() ?? 0
        self.patternLengths = builder.patternLengths.map { Int32($0) }
    }

    /// Every pattern's symbols, indexed by pattern id, read back from the transitions. For the
    /// reference scanner in the tests, which matches each pattern on its own instead of walking
    /// the trie.
    func patternSymbols() -> [[Int32]] {
        var parent = [(node: Int32, symbol: Int32)](repeating: (-1, -1), count: nodeCount)
        for edge in edges where edge.key != .max {
            parent[Int(edge.next)] = (Int32(truncatingIfNeeded: edge.key >> 32), Int32(truncatingIfNeeded: edge.key))
        }
        var patterns = [[Int32]](repeating: [], count: patternLengths.count)
        for node in 0..<nodeCount where nodes[node].acceptingPattern >= 0 {
            var symbols: [Int32] = []
            var current = Int32(node)
            while current != 0 {
                symbols.append(parent[Int(current)].symbol)
                current = parent[Int(current)].node
            }
            patterns[Int(nodes[node].acceptingPattern)] = symbols.reversed()
        }
        return patterns
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The bit of `symbol` in a ``Node/childFilter``.
    @inline(__always)
    static func filterBit(_ symbol: Int32) -> UInt64 {
        1 << UInt64((UInt32(bitPattern: symbol) &* 0x9E37_79B1) >> 26)
    }

    /// The node reached from `node` on `symbol`, or -1.
    @inline(__always)
    func next(_ node: Int32, _ symbol: Int32) -> Int32 {
        if node == 0 {
            return rootNext.withUnsafeBufferPointer { UInt(bitPattern: Int(symbol)) < UInt($0.count) ? $0[Int(symbol)] : -1 }
        }
        guard nodes.withUnsafeBufferPointer({ $0[Int(node)].childFilter }) & PhraseAutomaton.filterBit(symbol) != 0 else { return -1 }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
        var slot = PhraseAutomaton.slot(key, mask)
        return edges.withUnsafeBufferPointer { edges in
            while true {
                let edge = edges[slot]
                if edge.key == key { return edge.next }
                if edge.key == .max { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
