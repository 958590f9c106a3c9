// Fuzzes MessageScanner over a small fixed rule pack (inline below; every condition operator,
// lexicons, entities, `unless`, a scoring block) and, when it can be found, the repository's own
// pack (Rules/, the pack the CLI embeds), on arbitrary message bytes. Checks:
//
// - every hit span and entity span is inside the input, non-empty, on UTF-8 boundaries;
// - a hit names a rule of the pack, with its category and weight, and `categories` is the set
//   of the hits' categories;
// - score is in 0...1 (never NaN), equals the policy's score of `raw`, and `raw` equals the
//   policy's breakdown of the hits; level is the policy's level for the score; no hit means
//   score 0 and level none;
// - a hit's folds are in the verdict's flags;
// - scanning is deterministic: the same bytes scanned again after another message give the
//   same verdict (no state leaks between messages).

import ChatScreen
import FuzzSupport

let inlinePack: [(path: String, text: String)] = [
    (path: "scoring.rules", text: """
        scoring {
          scale 3.0
          cap default 3.0
          cap payment_demand 2.5
          level low 0.10
          level medium 0.40
          level high 0.70
          level critical 0.90
          obfuscation 0.3
        }
        """),
    (path: "fuzz.rules", text: #"""
        rule PAY_AMOUNT {
          category    payment_demand
          weight      2.5
          description "pay next to an amount"
          terms {
            $verb   = any("pay", "send me", "transfer", @payment_verbs)
            $amount = entity(money)
          }
          when   $verb near($amount, 4)
          unless @refund_context
          example        "pay £500 or this is going over Facebook"
          example        "send me 300 dollars now"
          counterexample "can you pay me back the £5 tomorrow"
          counterexample "I paid the rent"
        }

        rule GOING_OVER {
          category    publish_threat
          weight      2.5
          description "going over a platform"
          when   any("going over", "going on") then(any("facebook", "instagram", "insta", @chat_platforms), 1)
          example        "this is going over Facebook"
          example        "it's going on your insta tonight"
          counterexample "I'm going over to Sam's later"
          counterexample "going on holiday next week"
        }

        rule DEADLINE {
          category    deadline
          weight      1.0
          description "a deadline"
          when   (entity(duration) | "tonight" | "now") & not "tomorrow"
          example        "you have 24 hours"
          example        "do it tonight"
          counterexample "see you tomorrow"
          counterexample "nice day"
        }

        rule CRYPTO {
          category    payment_demand
          weight      1.5
          description "a wallet or a payment link"
          when   entity(btc_address) | entity(eth_address) | entity(iban) | entity(paypal_link) | entity(cashtag) | entity(gift_card_code)
          example        "send to paypal.me/someone"
          example        "my cashtag is $bigmoney"
          counterexample "hello there"
          counterexample "nothing to see"
        }

        rule FRIENDS {
          category    friends_listing
          weight      2.0
          description "a list of the victim's friends"
          when   entity(name_list) & any("friends", "family", "followers") | entity(handle) near("send", 3)
          example        "I have Tom, Sarah, Mike and Jess, your friends"
          example        "send it to snap: jess_22"
          counterexample "friends are nice"
          counterexample "family dinner"
        }

        rule RECORDED {
          category    recording_claim
          weight      2.0
          description "a recording claim with proof"
          when   any("i recorded", "i screen recorded") then(any("you", "our call"), 2) & any("proof", "look at this") & entity(number)
          unless any("tutorial", "lecture")
          example        "I recorded you. look at this 1"
          example        "i screen recorded our call, proof 2"
          counterexample "I recorded the lecture, look at this 3"
          counterexample "hello"
        }

        rule ADD_ME {
          category    platform_move
          weight      0.6
          description "moving to another app"
          when   any("add me on", "message me on") then(@chat_platforms, 1) | entity(url)
          example        "add me on snap"
          example        "message me on telegram"
          counterexample "add me to the group chat"
          counterexample "message me when you get home"
        }
        """#),
    (path: "lexicons/payment_verbs.txt", text: "wire\ncash app me\nvenmo me\n"),
    (path: "lexicons/chat_platforms.txt", text: "snap\nsnapchat\ntelegram\nwhats app\nkik\n"),
    (path: "lexicons/refund_context.txt", text: "pay me back\npay you back\nrefund\n"),
]

func compileInline() -> RuleSet {
    do {
        return try RuleSet.compile(RulePackSource(files: inlinePack))
    } catch {
        fatalError("the inline pack does not compile:\n\(error)")
    }
}

/// The repository's pack, if this source file sits in its checkout (Fuzz/Sources/FuzzScanner/).
func loadRepositoryPack() -> RuleSet? {
    var root = #filePath
    for _ in 0..<4 { root = String(root[..<root.lastIndex(of: "/")!]) }
    return try? RuleSet.load(directory: root + "/Rules")
}

nonisolated(unsafe) let scanners: [MessageScanner] = {
    let inline = compileInline()
    var scanners = [try! MessageScanner(rules: inline)]
    var note = "FuzzScanner: inline pack (\(inline.rules.count) rules)"
    if let pack = loadRepositoryPack() {
        scanners.append(try! MessageScanner(rules: pack))
        note += " and the repository's Rules/ (\(pack.rules.count) rules)"
    } else {
        note += "; the repository's Rules/ did not load"
    }
    print(note)
    return scanners
}()
let interlude = Array("pay £500 or this is going over f4ceb00k tonight, I have Tom, Sarah, Mike and Jess".utf8)

func check(_ verdict: Verdict, scanner: MessageScanner, input: UnsafeBufferPointer<UInt8>, boundaries: UTF8Boundaries) {
    let rules = scanner.rules
    let policy = rules.scoring
    let analyzed = input.count   // spans point into the whole message, even when it was truncated
    let context = { "input \(hex(input))" }
    func inside(_ span: ByteSpan) -> Bool {
        span.start >= 0 && span.start < span.end && span.end <= analyzed
            && boundaries[Int32(span.start)] && boundaries[Int32(span.end)]
    }
    require(!verdict.score.isNaN && verdict.score >= 0 && verdict.score <= 1, "score \(verdict.score); \(context())")
    require(verdict.level == policy.level(for: verdict.score), "level \(verdict.level) for score \(verdict.score); \(context())")
    if verdict.hits.isEmpty {
        require(verdict.score == 0 && verdict.level == .none && verdict.categories.isEmpty,
                "no hit but score \(verdict.score) level \(verdict.level) categories \(verdict.categories); \(context())")
    } else {
        let raw = policy.breakdown(verdict.hits).raw
        require(abs(raw - verdict.raw) < 1e-9, "raw \(verdict.raw) but the hits break down to \(raw); \(context())")
        require(verdict.score == policy.score(raw: verdict.raw), "score \(verdict.score) for raw \(verdict.raw); \(context())")
    }
    require(Set(verdict.categories) == Set(verdict.hits.map(\.category)) && Set(verdict.categories).count == verdict.categories.count,
            "categories \(verdict.categories) for hits \(verdict.hits.map(\.category)); \(context())")
    var seen: Set<Int> = []
    for hit in verdict.hits {
        require(hit.ruleIndex >= 0 && hit.ruleIndex < rules.rules.count, "hit of rule index \(hit.ruleIndex); \(context())")
        let info = rules.rules[hit.ruleIndex]
        require(seen.insert(hit.ruleIndex).inserted, "rule \(info.name) hit twice; \(context())")
        require(hit.rule == info.name && hit.category == info.category && hit.weight == info.weight,
                "hit \(hit.rule)/\(hit.category)/\(hit.weight) but rule \(info.name)/\(info.category)/\(info.weight); \(context())")
        require(!hit.spans.isEmpty || rules.rules.isEmpty, "hit \(hit.rule) without spans; \(context())")
        for span in hit.spans { require(inside(span), "hit \(hit.rule) span \(span) outside 0..<\(analyzed) or off a boundary; \(context())") }
        require(verdict.flags.isSuperset(of: hit.folds), "hit \(hit.rule) folds \(hit.folds.names) not in flags \(verdict.flags.names); \(context())")
    }
    for entity in verdict.entities {
        require(inside(entity.span), "entity \(entity.kind) span \(entity.span) outside 0..<\(analyzed); \(context())")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let boundaries = UTF8Boundaries(input)
    for scanner in scanners {
        let first = scanner.scan(bytes: input)
        check(first, scanner: scanner, input: input, boundaries: boundaries)
        _ = interlude.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
        let again = scanner.scan(bytes: input)
        require(again == first, "scanning again gave \(again), first \(first); input \(hex(input))")
    }
    return 0
}
