/// Finds lists of three or more capitalised personal names (`Tom, Sarah, Mike and Jess`) and
/// platform handles (`snap: jess_22`, `@jess_22`): the `friends_listing` and `platform_move`
/// evidence of the sextortion arc.
///
/// Capitalisation is read from the caller's original bytes (the normalised text is case-folded).
/// A name is a letter token that starts with an upper-case letter and is not all capitals
/// (`OMG`), not `I`, and not a day, month or other capitalised word that is rarely a name.
/// Names are separated by commas or a conjunction (`and`, `&`, `y`, `e`, `et`, `und`), and the
/// list needs at least three names, so "Tom and Sarah" is not a list.
enum NameListRecognizer {
    static let conjunctions = WordList("and", "&", "y", "e", "et", "und", "och", "en", "i")
    /// Capitalised words that are rarely first names in a list.
    static let notNames = WordList(
        "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "facebook", "instagram", "snapchat", "tiktok", "youtube", "twitter", "whatsapp", "telegram",
        "skype", "discord", "google", "apple", "amazon", "steam", "paypal", "venmo", "zelle",
        "london", "paris", "rome", "berlin", "madrid", "ok", "okay", "yes", "no", "hi", "hey", "lol")
    static let platforms = WordList(
        "snap", "snapchat", "sc", "insta", "ig", "instagram", "skype", "telegram", "tg", "kik",
        "discord", "whatsapp", "wa", "twitter", "tiktok", "wickr", "signal", "line", "wechat")

    static func recognize(in text: AnalyzedText, normalized: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>) {
        let tokens = text.tokens
        @inline(__always) func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: normalized[Int(tokens[i].normalizedStart)..<Int(tokens[i].normalizedEnd)])
        }
        @inline(__always) func isPunctuation(_ i: Int, _ byte: UInt8) -> Bool {
            tokens[i].kind == .punctuation && tokens[i].normalizedLength == 1 && normalized[Int(tokens[i].normalizedStart)] == byte
        }
        func isName(_ i: Int) -> Bool {
            let token = tokens[i]
            guard token.kind == .letter, token.normalizedLength >= 2 else { return false }
            let start = Int(token.originalStart), end = Int(token.originalEnd)
            guard start < end, end <= original.count else { return false }
            let first = original[start]
            let upperFirst = first &- 0x41 < 26 || (first == 0xC3 && start + 1 < end && original[start + 1] &- 0x80 < 0x1F)
            // Not all capitals ("OMG", "NOW"); the word list last, as the dearest test.
            guard upperFirst, original[(start + 1)..<end].contains(where: { $0 &- 0x61 < 26 || ($0 >= 0x80 && $0 != 0xC3) }) else { return false }
            return !notNames.contains(bytes(i))
        }

        // Cheap exits: a list needs three capitalised words; a handle needs `@`, `:`, `-` or `=`.
        var capitals = 0, handleMarks = false, separators = false
        for byte in original {
            if byte &- 0x41 < 26 { capitals += 1 }
            if byte == 0x40 || byte == 0x3A || byte == 0x2D || byte == 0x3D { handleMarks = true }
            if byte == 0x2C || byte == 0x26 { separators = true }
        }
        if capitals >= 3 && separators { recognizeNameLists(text, tokens, bytes, isPunctuation, isName) }
        if handleMarks { recognizeHandles(text, tokens, normalized, bytes, isPunctuation) }
    }

    private static func recognizeNameLists(
        _ text: AnalyzedText, _ tokens: [Token], _ bytes: (Int) -> UnsafeBufferPointer<UInt8>,
        _ isPunctuation: (Int, UInt8) -> Bool, _ isName: (Int) -> Bool
    ) {
        var i = 0
        while i < tokens.count {
            guard isName(i) else { i += 1; continue }
            var nameCount = 1, lastName = i   // the first name is token i
            var j = i + 1
            while j < tokens.count {
                var k = j
                if isPunctuation(k, 0x2C) { k += 1 }                       // ,
                if k < tokens.count && tokens[k].kind.isWord && conjunctions.contains(bytes(k)) { k += 1 }
                else if k < tokens.count && isPunctuation(k, 0x26) { k += 1 } // &
                guard k > j, k < tokens.count, isName(k) else { break }
                nameCount += 1
                lastName = k
                j = k + 1
            }
            if nameCount >= 3 {
                addEntity(text, .nameList, first: i, last: lastName)
                i = lastName + 1
            } else {
                i += 1
            }
        }

    }

    private static func recognizeHandles(
        _ text: AnalyzedText, _ tokens: [Token], _ normalized: UnsafeBufferPointer<UInt8>,
        _ bytes: (Int) -> UnsafeBufferPointer<UInt8>, _ isPunctuation: (Int, UInt8) -> Bool
    ) {
        // "snap: name", "insta - name", "@name".
        let platforms = Self.platforms   // once, not a lazy-initialisation check per token
        for i in tokens.indices {
            if tokens[i].kind.isWord && platforms.contains(bytes(i)), i + 2 < tokens.count,
               isPunctuation(i + 1, 0x3A) || isPunctuation(i + 1, 0x2D) || isPunctuation(i + 1, 0x3D),
               tokens[i + 2].kind.isWord, !platforms.contains(bytes(i + 2)) {
                // The user name runs on through glued dots and words: "jess.22".
                var last = i + 2
                while last + 1 < tokens.count, tokens[last + 1].normalizedStart == tokens[last].normalizedEnd,
                      tokens[last + 1].kind.isWord || isPunctuation(last + 1, 0x2E) || isPunctuation(last + 1, 0x5F) {
                    last += 1
                }
                if tokens[last].kind == .punctuation { last -= 1 }   // a sentence's full stop is not part of it
                addEntity(text, .handle, first: i, last: last)
            } else if tokens[i].kind.isWord, tokens[i].normalizedLength >= 3, normalized[Int(tokens[i].normalizedStart)] == 0x40,
                      !bytes(i).dropFirst().contains(0x40) {
                // ICU keeps "@name" as one word token; an e-mail address has text before its "@".
                addEntity(text, .handle, first: i, last: i)
            }
        }
    }

    static func addEntity(_ text: AnalyzedText, _ kind: EntityKind, first: Int, last: Int, valid: Bool = true) {
        text.appendEntity(kind, firstToken: first, lastToken: last, valid: valid)
    }
}
