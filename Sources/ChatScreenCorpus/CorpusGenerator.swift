/// One generated chat message.
///
/// ```swift
/// let message = CorpusGenerator(seed: 1).next()!
/// message.id             // 1
/// message.conversation   // "c1"
/// message.text           // "are we still on for friday?"
/// message.label          // "benign"
/// ```
public struct CorpusMessage: Sendable, Equatable {
    /// 1-based position in the corpus.
    public var id: Int
    /// The conversation id, `c1`, `c2`, …; each conversation has two senders.
    public var conversation: String
    /// The sender's handle, e.g. `maya_92`.
    public var sender: String
    /// Epoch seconds, increasing within a conversation.
    public var timestamp: Int64
    /// The message: never empty, at most 2,048 UTF-8 bytes, never a line feed or carriage return.
    public var text: String
    /// `benign`, or for generated extortion the category of its main tactic (`payment_demand`,
    /// `publish_threat`, `friends_listing`, `recording_claim`, `deadline`, `intimidation`), which
    /// `chatscreen eval` accepts as a positive label.
    public var label: String
    /// The templates the text was built from, e.g. `en.x.payment_demand#3+en.x.support#0`, or
    /// `en.tricky#12` for a benign message (its main sentence). For finding which wordings a rule
    /// pack misses; not written by `chatscreen corpus`.
    public var template: String
    public var isExtortion: Bool { label != "benign" }
}

/// What kind of text a corpus holds.
///
/// ```swift
/// CorpusProfile(rawValue: "non-latin")   // .nonLatin
/// CorpusProfile.positives.rawValue        // "positives"
/// ```
public enum CorpusProfile: String, Sendable, CaseIterable {
    /// Realistic chat: ~10% non-ASCII, ~1% extortion.
    case mixed
    /// Only ASCII messages, ~1% extortion.
    case ascii
    /// Mostly non-Latin scripts (Cyrillic, CJK, Thai, Arabic, emoji).
    case nonLatin = "non-latin"
    /// Extortion and benign text with heavy obfuscation (leet, spacing, look-alikes, zero-width).
    case obfuscated
    /// Only extortion messages.
    case positives
}

/// A seeded, deterministic generator of synthetic chat: an endless sequence of messages.
///
/// ```swift
/// for message in CorpusGenerator(seed: 42).prefix(3) {
///     print(message.conversation, message.sender, message.text)
/// }
/// let positives = CorpusGenerator.messages(count: 1_000, seed: 7, profile: .positives)
/// ```
///
/// The same seed and profile give the same messages, byte for byte, on every run and platform:
/// the generator uses its own xoshiro256** generator and integer arithmetic only (no `Hasher`, no
/// system random numbers, no floating point, no Foundation), and all its vocabulary is compiled
/// into the library.
///
/// What a `mixed` corpus looks like (measured over 50,000 messages by the tests):
/// - Lengths: median about 40 bytes; a tail of long messages up to 2,048 bytes (never more).
/// - About 10% of messages are non-ASCII: emoji, £ and €, French, Spanish, German, Portuguese,
///   Italian, Russian, Ukrainian, Chinese, Japanese, Korean, Thai, Arabic, Greek and Hindi.
/// - About 1% are extortion, built from clauses for each tactic (payment demands with amounts and
///   payment rails, publish threats naming platforms, contact-list threats, recording claims,
///   deadlines, intimidation), mostly English, some in the other languages of the default rule
///   pack; about one in eight has an obfuscated keyword (leet, spacing, repeated or look-alike
///   letters, zero-width characters).
/// - Benign text includes near-misses: paying friends back, posting holiday photos, video calls
///   with family, work deadlines, "send me the pics from the party", safety warnings.
/// - Conversations (`c1`, `c2`, …) have two senders and 2 to 200 messages; about 64 are open at
///   once and their messages interleave as in a real log, often in short bursts. Timestamps
///   increase within a conversation and roughly follow the log order.
///
/// The sequence never ends; take a prefix.
///
/// - Complexity: O(1) per message (bounded by the 2,048-byte cap). Release build, 2-core Linux:
///   1,000,000 `mixed` messages in 0.9 s with `chatscreen corpus --format text` and 1.4 s as JSONL
///   (generation, encoding and writing); `obfuscated` takes about 2.4 s.
public struct CorpusGenerator: Sequence, IteratorProtocol, Sendable {
    /// The seed this generator started from.
    public let seed: UInt64
    /// The kind of text it generates.
    public let profile: CorpusProfile

    private let plan: ProfilePlan
    private var random: CorpusRandom
    private var produced = 0
    private var clock: Int64 = 1_704_067_200  // 2024-01-01T00:00:00Z
    private var slots: [Conversation] = []
    private var lastSlot = -1
    private var conversationsStarted = 0
    private var text = PhraseBuffer()
    private var rewrite: [UInt8] = []
    private var words: [Int32] = []

    /// Creates a generator; `seed` and `profile` fully determine the output.
    ///
    /// ```swift
    /// var generator = CorpusGenerator(seed: 9, profile: .ascii)
    /// let first = generator.next()!
    /// ```
    public init(seed: UInt64, profile: CorpusProfile = .mixed) {
        self.seed = seed
        self.profile = profile
        plan = ProfilePlan(profile)
        random = CorpusRandom(seed: seed ^ 0x6368_6174_7363_726E)  // "chatscrn"
        rewrite.reserveCapacity(4096)
        words.reserveCapacity(128)
        for index in 0..<plan.slotCount {
            slots.append(startConversation(slot: index))
        }
    }

    /// The first `count` messages of a corpus.
    ///
    /// ```swift
    /// let corpus = CorpusGenerator.messages(count: 20_000, seed: 1)
    /// corpus.filter(\.isExtortion).count   // about 200
    /// ```
    public static func messages(count: Int, seed: UInt64, profile: CorpusProfile = .mixed) -> [CorpusMessage] {
        var generator = CorpusGenerator(seed: seed, profile: profile)
        var result: [CorpusMessage] = []
        result.reserveCapacity(Swift.max(0, count))
        for _ in 0..<Swift.max(0, count) { result.append(generator.next()!) }
        return result
    }

    /// The next message; never nil (the sequence is endless).
    ///
    /// ```swift
    /// var generator = CorpusGenerator(seed: 3)
    /// while let message = generator.next(), message.id <= 1_000 { benchmark.add(message.text) }
    /// ```
    public mutating func next() -> CorpusMessage? {
        produced += 1
        clock += Int64(random.inRange(0, 6))
        let extortion = random.chance(plan.extortionPerMillion, in: 1_000_000)
        let slot = pickSlot(extortion: extortion)
        var conversation = slots[slot]
        let sender = chooseSender(conversation, extortion: extortion)
        let label: String, template: String
        if extortion {
            (label, template) = extortionText(conversation.language)
        } else {
            label = "benign"
            template = benignText(conversation, sender: sender)
        }
        let timestamp = Swift.max(clock, conversation.lastTime + 1)
        let message = CorpusMessage(
            id: produced, conversation: conversation.id, sender: sender == 0 ? conversation.first : conversation.second,
            timestamp: timestamp, text: String(decoding: text.bytes, as: UTF8.self), label: label, template: template)
        conversation.lastTime = timestamp
        conversation.lastSender = sender
        conversation.count += 1
        conversation.remaining -= 1
        conversation.extorted = conversation.extorted || extortion
        slots[slot] = conversation.remaining > 0 ? conversation : startConversation(slot: slot)
        lastSlot = slot
        return message
    }

    // MARK: Conversations

    private struct Conversation: Sendable {
        var id: String
        var first: String
        var second: String
        /// The sender (0 or 1) who extorts, or -1.
        var offender: Int
        var language: ChatLanguage
        var emojiPerMille: Int
        var remaining: Int
        var count = 0
        var lastTime: Int64 = 0
        var lastSender = 1
        /// Whether the offender has sent an extortion message yet (victims plead only after).
        var extorted = false
    }

    private mutating func startConversation(slot: Int) -> Conversation {
        conversationsStarted += 1
        let kind = plan.kind(ofSlot: slot)
        let language: ChatLanguage
        switch kind {
        case .english: language = .en
        case .foreign: language = plan.foreignLanguages.pick(&random)
        case .extortion: language = plan.extortionLanguages.pick(&random)
        }
        let length: Int
        switch random.below(1000) {
        case ..<400: length = random.inRange(2, 10)
        case ..<750: length = random.inRange(11, 40)
        case ..<950: length = random.inRange(41, 100)
        default: length = random.inRange(101, 200)
        }
        var emoji = 0
        if language == .en && plan.englishEmoji {
            switch random.below(100) {
            case ..<14: emoji = 120
            case ..<20: emoji = 300
            default: emoji = 0
            }
        } else if language.isForeign {
            emoji = 80
        }
        let first = handle()
        var second = handle()
        while second == first { second = handle() }
        return Conversation(
            id: "c\(conversationsStarted)", first: first, second: second,
            offender: kind == .extortion ? random.below(2) : -1, language: language, emojiPerMille: emoji,
            remaining: length, lastTime: clock - Int64(random.inRange(1, 600)))
    }

    private mutating func handle() -> String {
        text.reset()
        Vocabulary.grammar.expand(list: Vocabulary.lists.handle, &random, into: &text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    private mutating func pickSlot(extortion: Bool) -> Int {
        if extortion {
            let range = plan.extortionSlots
            if range.contains(lastSlot) && random.chance(1, in: 2) { return lastSlot }
            return range.lowerBound + random.below(range.count)
        }
        if lastSlot >= 0 && random.chance(55, in: 100) { return lastSlot }
        return random.below(plan.slotCount)
    }

    private mutating func chooseSender(_ conversation: Conversation, extortion: Bool) -> Int {
        if extortion { return conversation.offender }
        if conversation.count == 0 { return 0 }
        if conversation.count == 1 { return 1 - conversation.lastSender }
        return random.chance(7, in: 10) ? 1 - conversation.lastSender : conversation.lastSender
    }

    // MARK: Text

    /// Builds a benign message in `text`; returns its template name.
    private mutating func benignText(_ conversation: Conversation, sender: Int) -> String {
        let lists = Vocabulary.lists
        let language = conversation.language
        var attempts = 0
        while true {
            attempts += 1
            text.reset()
            var name: String
            let offender = sender == conversation.offender
            if conversation.offender >= 0 && language == .en && offender != conversation.extorted && random.chance(45, in: 100) {
                // Before the threats the offender chats people up; after them the victim pleads.
                let list = offender ? lists.opener : lists.victim
                name = lists.name(list, Vocabulary.grammar.expand(list: list, &random, into: &text))
            } else {
                name = composeBenign(language)
            }
            if language == .en && random.chance(1, in: 5) { capitalizeFirst() }
            if conversation.emojiPerMille > 0 && random.chance(conversation.emojiPerMille, in: 1000) {
                if random.chance(1, in: 12) {
                    text.reset()
                    name = "emoji_run"
                } else {
                    text.bytes.append(0x20)
                }
                Vocabulary.grammar.expand(list: lists.emojiRun, &random, into: &text)
            }
            if plan.benignObfuscationPerMille > 0 && random.chance(plan.benignObfuscationPerMille, in: 1000) {
                obfuscateWords(count: random.inRange(1, 3), keywordsOnly: false)
            }
            enforceLimit()
            if !plan.asciiOnly || isASCII() { return name }
            if attempts >= 16 {
                text.bytes.removeAll { $0 >= 0x80 }
                if text.bytes.isEmpty { text.append("ok") }
                return name
            }
        }
    }

    /// A benign message of a random shape: a short reply, a sentence, a few, or a long one.
    private mutating func composeBenign(_ language: ChatLanguage) -> String {
        let lists = Vocabulary.lists
        let grammar = Vocabulary.grammar
        let set = lists.benign[Int(language.rawValue)]
        let english = language == .en
        let roll = random.below(1000)
        if roll < (english ? 120 : 250) {
            return lists.name(set.short, grammar.expand(list: set.short, &random, into: &text))
        }
        // One sentence; English uses a tricky near-miss for about one sentence in fifteen.
        func sentence(_ generator: inout CorpusGenerator, story: Bool) -> (list: Int, position: Int) {
            let list: Int
            if story, let s = set.story, generator.random.chance(1, in: 2) {
                list = s
            } else if let tricky = set.tricky, generator.random.chance(1, in: 15) {
                list = tricky
            } else {
                list = set.sentence
            }
            return (list, grammar.expand(list: list, &generator.random, into: &generator.text))
        }
        var main = sentence(&self, story: false)
        if roll < (english ? 560 : 800) {
            if english && random.chance(3, in: 10) { grammar.expand(list: lists.englishTail, &random, into: &text) }
            return lists.name(main.list, main.position)
        }
        let target: Int
        let long = roll >= (english ? 982 : 990)
        if !long {
            target = text.bytes.count + random.inRange(10, 120)
        } else {
            switch random.below(100) {
            case ..<45: target = random.inRange(200, 500)
            case ..<80: target = random.inRange(500, 1000)
            default: target = random.inRange(1000, Self.maximumLength - 80)
            }
        }
        while text.bytes.count < target {
            let mark = text.bytes.count
            appendJoin(language)
            let next = sentence(&self, story: english && long)
            if text.bytes.count > Self.maximumLength - 40 {
                text.bytes.removeSubrange(mark...)
                break
            }
            if next.list == set.tricky && main.list != set.tricky { main = next }
        }
        return lists.name(main.list, main.position)
    }

    private mutating func appendJoin(_ language: ChatLanguage) {
        switch language {
        case .zh, .ja:
            text.bytes.append(contentsOf: random.chance(1, in: 2) ? [0xE3, 0x80, 0x82] : [0x20])  // "。" or " "
        default:
            if let last = text.bytes.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == UInt8(ascii: ".") {
                text.append(" ")
                return
            }
            switch random.below(10) {
            case 0..<4: text.append(". ")
            case 4..<6: text.append(" ")
            case 6: text.append(", ")
            case 7: text.append("! ")
            case 8: text.append(" - ")
            default: text.append("... ")
            }
        }
    }

    /// Builds an extortion message in `text`; returns its label and template name.
    private mutating func extortionText(_ language: ChatLanguage) -> (String, String) {
        let lists = Vocabulary.lists
        let grammar = Vocabulary.grammar
        let set = lists.extortion[Int(language.rawValue)]!
        var attempts = 0
        while true {
            attempts += 1
            text.reset()
            var total = 0
            for (_, perMille) in Vocabulary.extortionCategories { total += perMille }
            var roll = random.below(total), category = 0
            while roll >= Vocabulary.extortionCategories[category].perMille {
                roll -= Vocabulary.extortionCategories[category].perMille
                category += 1
            }
            let main = set.categories[category]
            var name = lists.name(main, grammar.expand(list: main, &random, into: &text))
            let supports: Int
            switch random.below(100) {
            case ..<35: supports = 0
            case ..<85: supports = 1
            default: supports = 2
            }
            for _ in 0..<supports {
                grammar.expand(list: set.join, &random, into: &text)
                var list = set.support
                if random.chance(2, in: 5) {
                    var other = random.below(set.categories.count - 1)
                    if other >= category { other += 1 }
                    list = set.categories[other]
                }
                name += "+" + lists.name(list, grammar.expand(list: list, &random, into: &text))
            }
            if language != .zh {
                switch random.below(100) {
                case ..<10: text.append(".")
                case ..<15: text.append("!")
                case ..<18: text.append("!!")
                default: break
                }
                switch random.below(100) {
                case ..<25: capitalizeFirst()
                case ..<30: uppercaseASCII()
                default: break
                }
            }
            if random.chance(plan.extortionObfuscationPerMille, in: 1000) {
                obfuscateWords(count: plan.heavyObfuscation ? random.inRange(1, 4) : random.inRange(1, 2), keywordsOnly: true)
            }
            enforceLimit()
            if !plan.asciiOnly || isASCII() || attempts >= 16 {
                if plan.asciiOnly { text.bytes.removeAll { $0 >= 0x80 } }
                return (Vocabulary.extortionCategories[category].name, name)
            }
        }
    }

    private mutating func capitalizeFirst() {
        if let first = text.bytes.first, first >= 0x61, first <= 0x7A { text.bytes[0] = first - 0x20 }
    }

    private mutating func uppercaseASCII() {
        for k in text.bytes.indices where text.bytes[k] >= 0x61 && text.bytes[k] <= 0x7A { text.bytes[k] -= 0x20 }
    }

    private func isASCII() -> Bool { !text.bytes.contains { $0 >= 0x80 } }

    /// Rewrites `count` words: marked keywords (when `keywordsOnly` and the templates marked
    /// some), otherwise ASCII words of three letters or more.
    private mutating func obfuscateWords(count: Int, keywordsOnly: Bool) {
        words.removeAll(keepingCapacity: true)
        let bytes = text.bytes
        var k = 0
        while k + 1 < text.marks.count {
            let start = Int(text.marks[k]), end = Int(text.marks[k + 1])
            if !bytes[start..<end].contains(where: { $0 >= 0x80 }) && bytes[start..<end].contains(where: Obfuscation.isLetter) {
                words.append(Int32(start))
                words.append(Int32(end))
            }
            k += 2
        }
        if words.isEmpty || !keywordsOnly {
            words.removeAll(keepingCapacity: true)
            var i = 0
            while i < bytes.count {
                guard Obfuscation.isLetter(bytes[i]) else { i += 1; continue }
                var j = i
                while j < bytes.count && Obfuscation.isLetter(bytes[j]) { j += 1 }
                let boundaryBefore = i == 0 || bytes[i - 1] < 0x80
                let boundaryAfter = j == bytes.count || bytes[j] < 0x80
                if j - i >= 3 && boundaryBefore && boundaryAfter {
                    words.append(Int32(i))
                    words.append(Int32(j))
                }
                i = j
            }
        }
        let available = words.count / 2
        guard available > 0 else { return }
        // Choose up to `count` distinct words, kept in text order.
        var chosen: [Int] = []
        for _ in 0..<Swift.min(count, available) {
            var pick = random.below(available)
            while chosen.contains(pick) { pick = (pick + 1) % available }
            chosen.append(pick)
        }
        chosen.sort()
        rewrite.removeAll(keepingCapacity: true)
        var cursor = 0
        for pick in chosen {
            let start = Int(words[2 * pick]), end = Int(words[2 * pick + 1])
            rewrite.append(contentsOf: bytes[cursor..<start])
            let kinds = plan.asciiOnly ? Obfuscation.asciiCases : plan.obfuscations
            kinds[random.below(kinds.count)].rewrite(bytes[start..<end], &random, into: &rewrite)
            cursor = end
        }
        rewrite.append(contentsOf: bytes[cursor...])
        swap(&text.bytes, &rewrite)
        text.marks.removeAll(keepingCapacity: true)
    }

    /// The longest message, in UTF-8 bytes.
    ///
    /// ```swift
    /// CorpusGenerator(seed: 1).prefix(1_000).allSatisfy { $0.text.utf8.count <= CorpusGenerator.maximumLength }   // true
    /// ```
    public static let maximumLength = 2048

    /// Cuts the text to ``maximumLength`` bytes at a scalar boundary (rarely needed: only when
    /// obfuscation widened a long message).
    private mutating func enforceLimit() {
        guard text.bytes.count > Self.maximumLength else { return }
        var cut = Self.maximumLength
        while cut > 0 && (text.bytes[cut] & 0xC0) == 0x80 { cut -= 1 }
        text.bytes.removeSubrange(cut...)
    }
}

/// The languages the generator writes.
enum ChatLanguage: UInt8, Sendable, CaseIterable {
    case en, fr, es, de, pt, it, ru, uk, zh, ja, ko, th, ar, el, hi

    var code: String { "\(self)" }
    var isForeign: Bool { self != .en }
}

/// A weighted choice among languages.
struct LanguageMix: Sendable {
    var choices: [(ChatLanguage, Int)]

    func pick(_ random: inout CorpusRandom) -> ChatLanguage {
        var total = 0
        for (_, weight) in choices { total += weight }
        var roll = random.below(total)
        for (language, weight) in choices {
            if roll < weight { return language }
            roll -= weight
        }
        return choices[0].0
    }
}

/// How a profile fills its conversation slots and how much extortion and obfuscation it holds.
struct ProfilePlan: Sendable {
    enum SlotKind { case english, foreign, extortion }

    var slotCount = 64
    /// Slots `0..<extortionSlotCount` hold extortion conversations, then the foreign ones.
    var extortionSlotCount = 2
    var foreignSlotCount = 0
    var extortionPerMillion = 10_000
    var foreignLanguages = LanguageMix(choices: [(.fr, 1)])
    var extortionLanguages = LanguageMix(choices: [(.en, 1)])
    var englishEmoji = true
    var asciiOnly = false
    var extortionObfuscationPerMille = 125
    var benignObfuscationPerMille = 0
    var heavyObfuscation = false
    var obfuscations: [Obfuscation] = [.leet, .leet, .spaced, .dotted, .repeated, .repeated, .confusable, .zeroWidth]

    var extortionSlots: Range<Int> { 0..<extortionSlotCount }

    func kind(ofSlot slot: Int) -> SlotKind {
        if slot < extortionSlotCount { return .extortion }
        if slot < extortionSlotCount + foreignSlotCount { return .foreign }
        return .english
    }

    static let allForeign = LanguageMix(choices: [
        (.fr, 5), (.es, 6), (.de, 5), (.pt, 5), (.it, 4), (.ru, 4), (.uk, 1), (.zh, 4), (.ja, 2), (.ko, 2), (.th, 1),
        (.ar, 2), (.el, 1), (.hi, 1),
    ])
    static let nonLatin = LanguageMix(choices: [
        (.ru, 6), (.uk, 2), (.zh, 6), (.ja, 4), (.ko, 3), (.th, 3), (.ar, 4), (.el, 2), (.hi, 2),
    ])
    static let extortionMix = LanguageMix(choices: [
        (.en, 85), (.es, 3), (.fr, 3), (.de, 3), (.pt, 2), (.it, 2), (.zh, 2),
    ])

    init(_ profile: CorpusProfile) {
        switch profile {
        case .mixed:
            foreignSlotCount = 4
            foreignLanguages = Self.allForeign
            extortionLanguages = Self.extortionMix
        case .ascii:
            englishEmoji = false
            asciiOnly = true
        case .nonLatin:
            foreignSlotCount = 56
            foreignLanguages = Self.nonLatin
            extortionLanguages = LanguageMix(choices: [(.en, 7), (.zh, 3)])
            obfuscations = [.confusable, .confusable, .zeroWidth, .leet, .fullWidth]
        case .obfuscated:
            extortionSlotCount = 24
            extortionPerMillion = 400_000
            extortionObfuscationPerMille = 1000
            benignObfuscationPerMille = 600
            heavyObfuscation = true
            obfuscations = [.leet, .spaced, .dotted, .repeated, .confusable, .zeroWidth, .mathBold, .fullWidth]
        case .positives:
            extortionSlotCount = 64
            extortionPerMillion = 1_000_000
            extortionLanguages = Self.extortionMix
        }
    }
}
