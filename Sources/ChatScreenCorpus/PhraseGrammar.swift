/// The generator's template language, compiled once into flat arrays and expanded into bytes.
///
/// ```swift
/// let grammar = PhraseGrammar(sections: [
///     .init(namespace: "", lists: [
///         ("greeting", ["{hi|hey|hello} {name}{!|}", "2|morning {name}"]),
///         ("name", ["Maya", "Tom"]),
///     ]),
/// ])
/// var random = CorpusRandom(seed: 1)
/// var text = PhraseBuffer()
/// _ = grammar.expand(list: grammar.list(named: "greeting"), &random, into: &text)
/// // text.bytes: "hey Tom!" (or another expansion)
/// ```
///
/// Syntax of a list entry (a template):
/// - `{name}` expands a named list, looked up in the entry's namespace first (`fr.name`), then
///   globally; `{name/l}` lower-cases the ASCII letters of the expansion.
/// - `{a|b|c}` picks one alternative uniformly; each may hold templates; `{|x}` is optional `x`.
/// - `{#3-40}` an integer in 3...40; `{#d4}` four digits; `{#x6}` six lower-case letters or
///   digits; `{#X5}` five upper-case letters or digits (no I, O, 0 or 1, as on gift cards);
///   `{#bech32}` a `bc1q…` address with a valid checksum.
/// - `[word]` marks `word` as a keyword that obfuscation may rewrite.
/// - `\` takes the next character literally.
/// - An entry that starts with `N|` (digits, then `|`) has weight N (default 1).
///
/// A malformed template, or one with a line feed or carriage return, is a programming error and
/// traps at compile time (the first use).
///
/// Why not `String` concatenation: expansion only appends slices of one byte pool to a reused
/// buffer, so a message costs no allocation until the caller makes its `String`.
final class PhraseGrammar: Sendable {
    /// One named group of lists, e.g. all French benign lists under `fr`.
    struct Section {
        var namespace: String
        var lists: [(String, [String])]
    }

    enum Op: Sendable {
        case literal(start: Int32, end: Int32)
        case list(Int32, lowercased: Bool)
        case integer(lower: Int32, upper: Int32)
        case digits(Int32)
        case lowerAlphanumerics(Int32)
        case upperAlphanumerics(Int32)
        case bech32
        case markOpen
        case markClose
    }

    private let pool: [UInt8]
    private let ops: [Op]
    /// `ops[entryStart[e]..<entryEnd[e]]` is entry `e`.
    private let entryStart: [Int32], entryEnd: [Int32]
    /// `entryIDs[listStart[l]..<listStart[l] + listCount[l]]` are the entries of list `l`.
    private let listStart: [Int32], listCount: [Int32], entryIDs: [Int32]
    /// Cumulative weights, `weights[listStart[l]...]`, used when `listWeighted[l]`.
    private let weights: [UInt32], listTotal: [UInt32], listWeighted: [Bool]
    private let names: [String]
    private let indexByName: [String: Int]

    init(sections: [Section]) {
        var builder = Builder()
        for section in sections {
            for (name, _) in section.lists {
                let full = section.namespace.isEmpty ? name : section.namespace + "." + name
                precondition(builder.indexByName[full] == nil, "duplicate phrase list \(full)")
                builder.indexByName[full] = builder.lists.count
                builder.lists.append(Builder.Draft(name: full))
            }
        }
        for section in sections {
            for (name, entries) in section.lists {
                let full = section.namespace.isEmpty ? name : section.namespace + "." + name
                let list = builder.indexByName[full]!
                precondition(!entries.isEmpty, "phrase list \(full) is empty")
                for entry in entries {
                    var bytes = Array(entry.utf8)
                    var weight: UInt32 = 1
                    if let bar = bytes.firstIndex(of: UInt8(ascii: "|")), bar > 0, bar <= 4,
                       bytes[..<bar].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                        weight = UInt32(String(decoding: bytes[..<bar], as: UTF8.self))!
                        bytes.removeSubrange(...bar)
                    }
                    let id = builder.compileEntry(bytes, namespace: section.namespace, context: full)
                    builder.lists[list].entries.append(id)
                    builder.lists[list].weights.append(weight)
                }
            }
        }
        precondition(!builder.pool.contains(0x0A) && !builder.pool.contains(0x0D), "a template holds a line break")
        pool = builder.pool
        ops = builder.ops
        entryStart = builder.entryStart
        entryEnd = builder.entryEnd
        var listStart: [Int32] = [], listCount: [Int32] = [], entryIDs: [Int32] = []
        var weights: [UInt32] = [], totals: [UInt32] = [], weighted: [Bool] = []
        for draft in builder.lists {
            listStart.append(Int32(entryIDs.count))
            listCount.append(Int32(draft.entries.count))
            entryIDs += draft.entries
            var sum: UInt32 = 0
            for w in draft.weights {
                sum += w
                weights.append(sum)
            }
            totals.append(sum)
            weighted.append(draft.weights.contains { $0 != 1 })
        }
        self.listStart = listStart
        self.listCount = listCount
        self.entryIDs = entryIDs
        self.weights = weights
        self.listTotal = totals
        self.listWeighted = weighted
        names = builder.lists.map(\.name)
        indexByName = builder.indexByName
    }

    /// The index of a named list (full name, e.g. `fr.sentence`); traps when it does not exist.
    func list(named name: String) -> Int {
        guard let index = indexByName[name] else { preconditionFailure("no phrase list \(name)") }
        return index
    }

    /// The index of a named list, or nil.
    func listIfPresent(named name: String) -> Int? { indexByName[name] }

    /// The name of list `list`.
    func name(of list: Int) -> String { names[list] }

    /// How many lists there are (named and inline alternatives).
    var numberOfLists: Int { listStart.count }

    /// How many entries list `list` has.
    func count(of list: Int) -> Int { Int(listCount[list]) }

    /// Picks an entry of `list` by weight, appends its expansion, and returns the entry's
    /// position in the list (for naming templates).
    @discardableResult
    func expand(list: Int, _ random: inout CorpusRandom, into text: inout PhraseBuffer) -> Int {
        let position = pick(list, &random)
        expand(entry: Int(entryIDs[Int(listStart[list]) + position]), &random, into: &text)
        return position
    }

    /// Appends the expansion of the entry at `position` in `list`.
    func expand(list: Int, position: Int, _ random: inout CorpusRandom, into text: inout PhraseBuffer) {
        expand(entry: Int(entryIDs[Int(listStart[list]) + position]), &random, into: &text)
    }

    @inline(__always)
    private func pick(_ list: Int, _ random: inout CorpusRandom) -> Int {
        let count = Int(listCount[list])
        guard listWeighted[list] else { return random.below(count) }
        let start = Int(listStart[list])
        let target = UInt32(random.below(Int(listTotal[list])))
        var low = 0, high = count - 1  // first position whose cumulative weight exceeds target
        while low < high {
            let mid = (low + high) >> 1
            if weights[start + mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    private func expand(entry: Int, _ random: inout CorpusRandom, into text: inout PhraseBuffer) {
        var i = Int(entryStart[entry])
        let end = Int(entryEnd[entry])
        while i < end {
            switch ops[i] {
            case .literal(let start, let stop):
                text.bytes.append(contentsOf: pool[Int(start)..<Int(stop)])
            case .list(let list, let lowercased):
                let from = text.bytes.count
                expand(list: Int(list), &random, into: &text)
                if lowercased {
                    for k in from..<text.bytes.count where text.bytes[k] >= 0x41 && text.bytes[k] <= 0x5A {
                        text.bytes[k] |= 0x20
                    }
                }
            case .integer(let lower, let upper):
                text.appendDecimal(random.inRange(Int(lower), Int(upper)))
            case .digits(let n):
                for _ in 0..<n { text.bytes.append(0x30 + UInt8(random.below(10))) }
            case .lowerAlphanumerics(let n):
                for _ in 0..<n { text.bytes.append(Self.lowerAlphabet[random.below(Self.lowerAlphabet.count)]) }
            case .upperAlphanumerics(let n):
                for _ in 0..<n { text.bytes.append(Self.upperAlphabet[random.below(Self.upperAlphabet.count)]) }
            case .bech32:
                Self.appendBech32Address(&random, into: &text.bytes)
            case .markOpen:
                text.openMark = text.bytes.count
            case .markClose:
                if text.openMark >= 0, text.openMark < text.bytes.count {
                    text.marks.append(Int32(text.openMark))
                    text.marks.append(Int32(text.bytes.count))
                }
                text.openMark = -1
            }
            i += 1
        }
    }

    private static let lowerAlphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
    private static let upperAlphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)  // no I, O, 0, 1, as on gift cards

    /// A P2WPKH address (`bc1q` + 32 data characters + 6 checksum characters, BIP 173).
    static func appendBech32Address(_ random: inout CorpusRandom, into bytes: inout [UInt8]) {
        let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
        var values: [UInt32] = [3, 3, 0, 2, 3, 0]  // hrp "bc" expanded, then witness version 0
        values.reserveCapacity(44)
        for _ in 0..<32 { values.append(UInt32(random.below(32))) }
        let dataStart = 5
        var checksumInput = values
        checksumInput.append(contentsOf: [0, 0, 0, 0, 0, 0])
        let polymod = bech32Polymod(checksumInput) ^ 1
        bytes.append(contentsOf: Array("bc1".utf8))
        for v in values[dataStart...] { bytes.append(charset[Int(v)]) }
        for k in 0..<6 { bytes.append(charset[Int((polymod >> (5 * (5 - UInt32(k)))) & 31)]) }
    }

    static func bech32Polymod(_ values: [UInt32]) -> UInt32 {
        let generator: [UInt32] = [0x3B6A_57B2, 0x2650_8E6D, 0x1EA1_19FA, 0x3D42_33DD, 0x2A14_62B3]
        var check: UInt32 = 1
        for v in values {
            let top = check >> 25
            check = ((check & 0x1FF_FFFF) << 5) ^ v
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { check ^= generator[i] }
        }
        return check
    }

    /// Compiles entries into the flat arrays.
    private struct Builder {
        struct Draft {
            var name: String
            var entries: [Int32] = []
            var weights: [UInt32] = []
        }

        var pool: [UInt8] = []
        var ops: [Op] = []
        var entryStart: [Int32] = [], entryEnd: [Int32] = []
        var lists: [Draft] = []
        var indexByName: [String: Int] = [:]

        /// Compiles one template; returns its entry id.
        mutating func compileEntry(_ bytes: [UInt8], namespace: String, context: String) -> Int32 {
            var local: [Op] = []
            parse(bytes, 0, bytes.count, namespace: namespace, context: context, into: &local)
            let id = Int32(entryStart.count)
            entryStart.append(Int32(ops.count))
            ops += local
            entryEnd.append(Int32(ops.count))
            return id
        }

        /// Index of the `}` that closes the `{` at `open`, honouring nesting and `\`.
        func closing(_ s: [UInt8], _ open: Int, _ end: Int, context: String) -> Int {
            var depth = 0, i = open
            while i < end {
                switch s[i] {
                case UInt8(ascii: "\\"): i += 1
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return i }
                default: break
                }
                i += 1
            }
            preconditionFailure("unbalanced { in a template of \(context): \(String(decoding: s, as: UTF8.self))")
        }

        mutating func parse(_ s: [UInt8], _ from: Int, _ end: Int, namespace: String, context: String, into out: inout [Op]) {
            var literal: [UInt8] = []
            func flush(_ out: inout [Op], _ pool: inout [UInt8]) {
                guard !literal.isEmpty else { return }
                let start = Int32(pool.count)
                pool += literal
                out.append(.literal(start: start, end: Int32(pool.count)))
                literal.removeAll(keepingCapacity: true)
            }
            var i = from
            while i < end {
                let c = s[i]
                switch c {
                case UInt8(ascii: "\\"):
                    precondition(i + 1 < end, "a template of \(context) ends in \\")
                    literal.append(s[i + 1])
                    i += 2
                    continue
                case UInt8(ascii: "["):
                    flush(&out, &pool)
                    out.append(.markOpen)
                case UInt8(ascii: "]"):
                    flush(&out, &pool)
                    out.append(.markClose)
                case UInt8(ascii: "{"):
                    flush(&out, &pool)
                    let close = closing(s, i, end, context: context)
                    out.append(compileBraces(s, i + 1, close, namespace: namespace, context: context))
                    i = close + 1
                    continue
                case UInt8(ascii: "}"):
                    preconditionFailure("unbalanced } in a template of \(context): \(String(decoding: s, as: UTF8.self))")
                default:
                    literal.append(c)
                }
                i += 1
            }
            flush(&out, &pool)
        }

        /// `{…}`: a builtin, a list reference or inline alternatives.
        mutating func compileBraces(_ s: [UInt8], _ from: Int, _ end: Int, namespace: String, context: String) -> Op {
            let body = Array(s[from..<end])
            // Top-level `|` separators.
            var bars: [Int] = []
            var depth = 0, i = 0
            while i < body.count {
                switch body[i] {
                case UInt8(ascii: "\\"): i += 1
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"): depth -= 1
                case UInt8(ascii: "|") where depth == 0: bars.append(i)
                default: break
                }
                i += 1
            }
            if !bars.isEmpty {
                let list = lists.count
                lists.append(Draft(name: context + "/alt\(list)"))
                var start = 0
                for bar in bars + [body.count] {
                    var local: [Op] = []
                    parse(body, start, bar, namespace: namespace, context: context, into: &local)
                    let id = Int32(entryStart.count)
                    entryStart.append(Int32(ops.count))
                    ops += local
                    entryEnd.append(Int32(ops.count))
                    lists[list].entries.append(id)
                    lists[list].weights.append(1)
                    start = bar + 1
                }
                return .list(Int32(list), lowercased: false)
            }
            let text = String(decoding: body, as: UTF8.self)
            if text.hasPrefix("#") {
                let spec = text.dropFirst()
                if spec == "bech32" { return .bech32 }
                if let kind = spec.first, kind == "d" || kind == "x" || kind == "X", let n = Int32(spec.dropFirst()) {
                    switch kind {
                    case "d": return .digits(n)
                    case "x": return .lowerAlphanumerics(n)
                    default: return .upperAlphanumerics(n)
                    }
                }
                let parts = spec.split(separator: "-")
                if parts.count == 2, let lower = Int32(parts[0]), let upper = Int32(parts[1]), lower <= upper {
                    return .integer(lower: lower, upper: upper)
                }
                preconditionFailure("unknown builtin {\(text)} in \(context)")
            }
            var name = text, lowercased = false
            if name.hasSuffix("/l") {
                name.removeLast(2)
                lowercased = true
            }
            let local = namespace.isEmpty ? nil : indexByName[namespace + "." + name]
            guard let list = local ?? indexByName[name] else {
                preconditionFailure("unknown phrase list {\(name)} in \(context)")
            }
            return .list(Int32(list), lowercased: lowercased)
        }
    }
}

/// The bytes of a message being built, with the keyword marks its templates set.
struct PhraseBuffer: Sendable {
    var bytes: [UInt8] = []
    /// Pairs of byte offsets `[start, end)` of `[marked]` keywords.
    var marks: [Int32] = []
    var openMark = -1

    init() {
        bytes.reserveCapacity(4096)
        marks.reserveCapacity(32)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        openMark = -1
    }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func appendDecimal(_ value: Int) {
        var v = value
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            v = -v
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = 0x30 + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[k]) }
        }
    }
}
