/// The generator's compiled vocabulary: every phrase list of every language, and the indices of
/// the lists the generator starts from.
///
/// ```swift
/// let lists = Vocabulary.lists
/// var text = PhraseBuffer(), random = CorpusRandom(seed: 1)
/// Vocabulary.grammar.expand(list: lists.benign[Int(ChatLanguage.fr.rawValue)].sentence, &random, into: &text)
/// ```
///
/// The lists live in `Vocabulary+English.swift`, `Vocabulary+Languages.swift` and
/// `Vocabulary+Extortion.swift`; compiling them takes about a millisecond, once per process.
enum Vocabulary {
    static let grammar = PhraseGrammar(sections: sections)

    static let lists = ListIndex(grammar)

    static let sections = [
        shared, english, french, spanish, german, portuguese, italian, russian, ukrainian, chinese, japanese, korean, thai,
        arabic, greek, hindi, englishExtortion, spanishExtortion, frenchExtortion, germanExtortion, portugueseExtortion,
        italianExtortion, chineseExtortion,
    ]

    /// The source of a template named as in ``CorpusMessage/template`` (one part, e.g.
    /// `en.x.deadline#6`), for reports: `the clock is ticking{. every minute you wait it gets worse|}`.
    static func source(ofTemplate name: String) -> String? {
        guard let hash = name.lastIndex(of: "#"), let position = Int(name[name.index(after: hash)...]) else { return nil }
        let list = name[..<hash]
        for section in sections {
            for (listName, entries) in section.lists where (section.namespace.isEmpty ? listName : section.namespace + "." + listName) == list {
                guard position < entries.count else { return nil }
                let entry = entries[position]
                if let bar = entry.firstIndex(of: "|"), bar > entry.startIndex, entry[..<bar].allSatisfy(\.isNumber) {
                    return String(entry[entry.index(after: bar)...])  // without the weight
                }
                return entry
            }
        }
        return nil
    }

    /// Where the generator starts expanding, and the template names it reports.
    struct ListIndex: Sendable {
        struct Benign: Sendable {
            var short: Int
            var sentence: Int
            var tricky: Int?
            var story: Int?
        }

        struct Extortion: Sendable {
            /// One list per `Vocabulary.extortionCategories` entry, in that order.
            var categories: [Int]
            var support: Int
            var join: Int
        }

        /// By `ChatLanguage.rawValue`.
        var benign: [Benign]
        /// By `ChatLanguage.rawValue`; nil for languages without extortion templates.
        var extortion: [Extortion?]
        var handle: Int
        var emojiRun: Int
        var victim: Int
        var opener: Int
        /// A few words that end a sentence: " lol", ", Maya", "!!".
        var englishTail: Int
        /// `names[list][position]`: `en.sentence#12`, for the lists the generator starts from.
        private var names: [[String]]

        init(_ grammar: PhraseGrammar) {
            var names: [[String]] = []
            var benign: [Benign] = []
            var extortion: [Extortion?] = []
            func named(_ name: String) -> Int {
                let list = grammar.list(named: name)
                while names.count <= list { names.append([]) }
                if names[list].isEmpty { names[list] = (0..<grammar.count(of: list)).map { "\(name)#\($0)" } }
                return list
            }
            for language in ChatLanguage.allCases {
                let code = language.code
                benign.append(Benign(
                    short: named(code + ".short"), sentence: named(code + ".sentence"),
                    tricky: grammar.listIfPresent(named: code + ".tricky") != nil ? named(code + ".tricky") : nil,
                    story: grammar.listIfPresent(named: code + ".story") != nil ? named(code + ".story") : nil))
                if grammar.listIfPresent(named: code + ".x.support") != nil {
                    extortion.append(Extortion(
                        categories: Vocabulary.extortionCategories.map { named(code + ".x." + $0.name) },
                        support: named(code + ".x.support"), join: grammar.list(named: code + ".x.join")))
                } else {
                    extortion.append(nil)
                }
            }
            let victimList = named("en.victim"), openerList = named("en.opener")
            while names.count < grammar.numberOfLists { names.append([]) }
            self.benign = benign
            self.extortion = extortion
            handle = grammar.list(named: "handle")
            emojiRun = grammar.list(named: "emoji_run")
            victim = victimList
            opener = openerList
            englishTail = grammar.list(named: "en.tail")
            self.names = names
        }

        /// The template name of entry `position` of `list`.
        func name(_ list: Int, _ position: Int) -> String { names[list][position] }
    }
}
