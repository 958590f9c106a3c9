import ChatScreen

/// A seeded synthetic chat corpus, generated at benchmark time (never committed): short benign
/// chat with amounts, times, emoji and some non-ASCII text, and about 1% extortion messages in
/// several wordings, spread over conversations with two senders each.
struct Corpus {
    struct Message {
        var text: [UInt8]
        var conversation: String
        var sender: String
    }

    let messages: [Message]
    var bytes: Int { messages.reduce(0) { $0 + $1.text.count } }

    static let benign = [
        "hey are you coming tonight?", "lol yes see you at 8", "can you pay me back the £20 tomorrow",
        "I'll post the photos on Facebook later", "send me a pic of the menu pls", "running 10 mins late sorry",
        "did you finish the report? it's due in 48 hours", "happy birthday!! 🎉🎂", "ok 👍", "where are you",
        "mum says dinner is at 7", "the parcel should arrive within 24 hours", "got the tickets, £45 each",
        "ça va? on se voit demain", "¿dónde estás? te espero aquí", "Привет, как дела?", "明天见",
        "let's video call later", "thanks for the lift x", "that match was unreal", "check www.example.com/deals",
        "how much was the taxi? I'll transfer you half", "I'm knackered, going to bed", "omg did you see that 😂",
    ]
    static let extortion = [
        "pay £500 or this is going over Facebook. I want £500.",
        "I recorded our video call. send $300 or I'll send it to all your friends",
        "you have 24 hours to pay or everyone sees the video",
        "I have screenshots of all your followers. Tom, Sarah, Mike and Jess will see it",
        "p4y me 1k in bitcoin or I p0st it",
        "tick tock. last chance. cash app me $200 now",
    ]

    init(count: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var messages: [Message] = []
        messages.reserveCapacity(count)
        for n in 0..<count {
            let conversation = "c\(n / 20)"
            let sender = rng.next() % 2 == 0 ? "a" : "b"
            let text: String
            if rng.next() % 100 == 0 {
                text = Self.extortion[Int(rng.next() % UInt64(Self.extortion.count))]
            } else {
                let first = Self.benign[Int(rng.next() % UInt64(Self.benign.count))]
                text = rng.next() % 4 == 0 ? first + " " + Self.benign[Int(rng.next() % UInt64(Self.benign.count))] : first
            }
            messages.append(Message(text: Array(text.utf8), conversation: conversation, sender: sender))
        }
        self.messages = messages
    }
}

struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
