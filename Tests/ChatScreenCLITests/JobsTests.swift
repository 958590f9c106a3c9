import ChatScreen
import Foundation
import Testing
@testable import chatscreen

/// `chatscreen score --jobs N` must write the bytes `--jobs 1` writes: verdicts, error and
/// skipped records, the summary file, stderr and the exit status. Each case runs the binary with
/// `--jobs 1` as the oracle; `CHATSCREEN_JOBS_BATCH_RECORDS` shrinks the batches so that small
/// inputs cross many batch boundaries (conversations that span batches, evictions decided in one
/// batch and applied in the next, back-pressure).
@Suite("chatscreen score --jobs")
struct JobsTests {
    // MARK: Randomised: --jobs 1 against --jobs 2, 3 and 4, byte for byte

    /// (seed, messages, records per batch).
    static let stressCases: [(UInt64, Int, Int)] = [(1, 1200, 2048), (2, 800, 7), (3, 500, 1), (0x5EED_CAFE, 900, 64)]

    @Test("Random interleaved conversations: --jobs 2, 3 and 4 write what --jobs 1 writes", arguments: stressCases)
    func stress(seed: UInt64, messages: Int, batch: Int) throws {
        try withDirectory { directory in
            let input = directory + "/in.jsonl"
            try Data(Self.stressInput(seed: seed, messages: messages)).write(to: URL(fileURLWithPath: input))
            let optionSets: [(name: String, options: [String], jobs: [Int])] = [
                ("--explain, summary", ["--explain"], [2, 3, 4]),
                ("--redact --flagged-only --min-level high, 40 conversations at most", ["--redact", "--flagged-only", "--min-level", "high",
                                                                                        "--max-conversations", "40"], [2]),
                ("--no-conversation --explain", ["--no-conversation", "--explain"], [3]),
            ]
            for set in optionSets {
                let expected = try score(jobs: 1, set.options, [input], directory: directory)
                #expect(expected.status == 0, "seed \(seed): \(expected.stderr)")
                #expect(expected.stdout.count > 1000 && (set.options.contains("--no-conversation") || expected.summary.count > 100),
                        "seed \(seed): the oracle run wrote too little to compare")
                for jobs in set.jobs {
                    let actual = try score(jobs: jobs, set.options, [input], directory: directory, batch: batch)
                    expectSame(actual, expected, "seed \(seed), \(set.name), --jobs \(jobs), batches of \(batch)")
                }
            }
        }
    }

    /// The stress input really has what the comparison is about: hits, composites, stage changes,
    /// evictions (capacity and idle), conversations resumed after them, error records and invalid UTF-8.
    @Test("The random input exercises composites, stages, evictions, errors and invalid UTF-8")
    func stressInputCoverage() throws {
        try withDirectory { directory in
            let input = directory + "/in.jsonl"
            try Data(Self.stressInput(seed: 1, messages: 1200)).write(to: URL(fileURLWithPath: input))
            let result = try score(jobs: 2, ["--max-conversations", "40"], [input], directory: directory, batch: 5)
            let text = String(decoding: result.stdout, as: UTF8.self)
            for needle in ["\"composites\"", "\"stage_change\"", "\"error\"", "invalid_utf8", "\"level\":\"critical\""] {
                #expect(text.contains(needle), "no \(needle) in the output")
            }
            #expect(result.stderr.contains("idle or excess conversation(s) were evicted"))
            #expect(result.stderr.contains("were not ISO 8601 or epoch seconds"))
            #expect(result.stderr.contains("conversation(s) were split by eviction"))
            let summary = String(decoding: result.summary, as: UTF8.self)
            #expect(summary.contains("\"evicted\":true") && summary.contains("\"evicted\":false"))
            #expect(summary.contains("\"resumed_after_eviction\":true,\"earlier_evictions\":2"), "conversations split twice or more")
            // Idle evictions too, not only --max-conversations: without it, the 8-day jumps still evict.
            let idleOnly = try score(jobs: 2, [], [input], directory: directory, batch: 5)
            #expect(idleOnly.stderr.contains("idle or excess conversation(s) were evicted"), "\(idleOnly.stderr)")
            #expect(idleOnly.stderr.contains("conversation(s) were split by eviction"), "\(idleOnly.stderr)")
        }
    }

    // MARK: Conversation bookkeeping

    @Test("Conversations go to workers by FNV-1a 64 of the id's UTF-8, the same in every run")
    func stableShards() {
        // FNV-1a 64 of "" is the offset basis; of "a" it is 0xAF63DC4C8601EC8C.
        #expect(ParallelScorer.shard(of: "", jobs: 256) == UInt16(UInt64(0xCBF2_9CE4_8422_2325) % 256))
        #expect(ParallelScorer.shard(of: "a", jobs: 256) == UInt16(UInt64(0xAF63_DC4C_8601_EC8C) % 256))
        #expect(ParallelScorer.shard(of: "a", jobs: 7) == UInt16(UInt64(0xAF63_DC4C_8601_EC8C) % 7))
        #expect(ParallelScorer.shard(of: "café", jobs: 2) == ParallelScorer.shard(of: "caf\u{E9}", jobs: 2))
    }

    // MARK: Edge cases

    @Test("Empty input, one message, and more jobs than conversations")
    func smallInputs() throws {
        try withDirectory { directory in
            var threeConversations = ""
            for n in 0..<30 {
                threeConversations += #"{"conversation":"c\#(n % 3)","sender":"s","text":"\#(n % 4 == 0 ? "pay £500 or this is going over Facebook" : "hi \(n)")"}"# + "\n"
            }
            let cases: [(String, String, [Int])] = [
                ("empty", "", [2, 8]),
                ("blank lines only", "\n \n\t\n", [2]),
                ("one message", "I recorded our video call, pay £300 now\n", [2, 16]),
                ("three conversations", threeConversations, [8, 32]),
            ]
            for (name, text, jobsList) in cases {
                let input = directory + "/\(name).txt"
                try Data(text.utf8).write(to: URL(fileURLWithPath: input))
                let expected = try score(jobs: 1, ["--explain"], [input], directory: directory)
                #expect(expected.status == 0)
                for jobs in jobsList {
                    expectSame(try score(jobs: jobs, ["--explain"], [input], directory: directory), expected, "\(name), --jobs \(jobs)")
                    expectSame(try score(jobs: jobs, ["--explain"], [input], directory: directory, batch: 1), expected,
                               "\(name), --jobs \(jobs), batches of 1")
                }
            }
            let empty = try score(jobs: 2, [], [directory + "/empty.txt"], directory: directory)
            #expect(empty.stdout.isEmpty && empty.summary.isEmpty && empty.stderr.isEmpty)
        }
    }

    @Test("Error records, skipped export records and several files keep their order and their file names")
    func mixedRecordsAndFiles() throws {
        try withDirectory { directory in
            let jsonl = directory + "/a.jsonl", text = directory + "/b.txt"
            var lines = ""
            for n in 0..<200 {
                switch n % 9 {
                case 4: lines += "{broken \(n)\n"
                case 5: lines += #"{"conversation":"x","text":42}"# + "\n"
                case 6: lines += "\n"
                default: lines += #"{"conversation":"k\#(n % 5)","sender":"u\#(n % 2)","text":"\#(n % 3 == 0 ? "send nudes or I post the video" : "pay £\(n) or this is going over Facebook")"}"# + "\n"
                }
            }
            try Data(lines.utf8).write(to: URL(fileURLWithPath: jsonl))
            try Data("I recorded our whole video call\nhello\npay £300 now or everyone sees it\n".utf8).write(to: URL(fileURLWithPath: text))
            let whatsapp = repositoryRoot + "/Tests/Fixtures/exports/whatsapp/ios-24h.txt"
            let irc = repositoryRoot + "/Tests/Fixtures/exports/irc/#chatscreen.log"
            let files = [jsonl, whatsapp, text, irc, jsonl]
            for options in [["--explain"], ["--flagged-only", "--redact"], ["--no-conversation"]] {
                let expected = try score(jobs: 1, options, files, directory: directory)
                #expect(expected.status == 0, "\(expected.stderr)")
                let output = String(decoding: expected.stdout, as: UTF8.self)
                if options == ["--explain"] {
                    #expect(output.contains("\"skipped\":") && output.contains("\"error\":") && output.contains("\"file\":"),
                            "the case needs skipped and error records")
                }
                for jobs in [2, 3] {
                    expectSame(try score(jobs: jobs, options, files, directory: directory, batch: 3), expected, "\(options), --jobs \(jobs)")
                }
            }
        }
    }

    @Test("Exports and text mixed with streams: whole files are never idle-evicted, streams are split and resumed; --jobs 2 and 3 agree")
    func wholeFilesAndResumedStreams() throws {
        try withDirectory { directory in
            // Two exports whose messages are 10 days apart (past the 7-day idle time), plain text, and
            // streams whose conversations pause for 8 days and come back, read in between.
            let exportA = directory + "/Chat with Rex.txt", exportB = directory + "/Chat with Max.txt"
            try whatsAppExport(spanningArc, gap: 10 * 86_400).write(toFile: exportA, atomically: true, encoding: .utf8)
            try whatsAppExport(Array(spanningArc.reversed()), start: spanningStart + 3600, gap: 10 * 86_400)
                .write(toFile: exportB, atomically: true, encoding: .utf8)
            let text = directory + "/notes.txt"
            try "I screen recorded you\nhello\npay me 200 dollars now\n".write(toFile: text, atomically: true, encoding: .utf8)
            var stream = ""
            for round in 0..<6 {
                let start = spanningStart + Int64(round) * 8 * 86_400
                for n in 0..<5 {
                    stream += jsonlStream(Array(spanningArc[(round + n) % 8...(round + n) % 8]), conversation: "s\(n)",
                                          start: start + Int64(n) * 60, gap: 60, firstID: round * 10 + n)
                }
            }
            let streamA = directory + "/a.jsonl", streamB = directory + "/b.jsonl"
            try stream.write(toFile: streamA, atomically: true, encoding: .utf8)
            try stream.write(toFile: streamB, atomically: true, encoding: .utf8)
            let files = [exportA, streamA, text, exportB, streamB]
            for options in [["--explain"], ["--max-conversations", "4"]] {
                let expected = try score(jobs: 1, options, files, directory: directory)
                #expect(expected.status == 0, "\(expected.stderr)")
                let records = String(decoding: expected.summary, as: UTF8.self).split(separator: "\n").map {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
                }
                #expect(records.contains { $0["resumed_after_eviction"] as? Bool == true }, "\(options): streams must resume")
                #expect(expected.stderr.contains("were split by eviction"), "\(options): \(expected.stderr)")
                if options == ["--explain"] {
                    for conversation in ["Chat with Rex", "Chat with Max", "-"] {
                        let parts = records.filter { $0["conversation"] as? String == conversation }
                        #expect(parts.count == 1 && parts.first?["evicted"] as? Bool == false,
                                "\(conversation): a whole file is one summary, never idle-evicted")
                    }
                }
                for jobs in [2, 3] {
                    for batch in [1, 7] {
                        expectSame(try score(jobs: jobs, options, files, directory: directory, batch: batch), expected,
                                   "\(options), --jobs \(jobs), batches of \(batch)")
                    }
                }
            }
        }
    }

    @Test("One conversation (plain text) and --jobs 0 give the --jobs 1 output")
    func oneConversationAndAllCores() throws {
        try withDirectory { directory in
            let input = directory + "/chat.txt"
            var text = ""
            for n in 0..<300 { text += n % 7 == 0 ? "I recorded you, pay £\(n) or it goes to your friends\n" : "how was your day \(n)\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: input))
            let expected = try score(jobs: 1, ["--explain"], [input], directory: directory)
            expectSame(try score(jobs: 2, ["--explain"], [input], directory: directory, batch: 16), expected, "one conversation, --jobs 2")
            expectSame(try score(jobs: 0, ["--explain"], [input], directory: directory, batch: 16), expected, "--jobs 0")
        }
    }

    @Test("--jobs outside 0...256 is a usage error (exit 2)", arguments: ["-1", "257", "many"])
    func badJobs(value: String) throws {
        let result = try run(["score", "--jobs", value], input: Data("hi\n".utf8))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: Failures and signals

    @Test("A closed downstream pipe ends --jobs 2 quietly with status 0")
    func brokenPipe() throws {
        try withDirectory { directory in
            let big = directory + "/big.txt"
            try String(repeating: "pay £500 or this is going over Facebook\nhello there\n", count: 60_000)
                .write(toFile: big, atomically: true, encoding: .utf8)
            let result = try shell("'\(chatscreenBinary)' score --jobs 2 '\(big)' | head -n 2; echo \"status=${PIPESTATUS[0]}\"")
            #expect(result.output.contains("status=0"), "\(result.output)")
            #expect(!result.output.contains("error"))
            #expect(result.output.split(separator: "\n").count == 3)
        }
    }

    @Test("A write error (/dev/full) is one clear message and exit 1 with --jobs 2")
    func fullDisk() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        try withDirectory { directory in
            let big = directory + "/big.txt"
            try String(repeating: "pay £500 or this is going over Facebook\n", count: 30_000).write(toFile: big, atomically: true, encoding: .utf8)
            for extra in ["", "--conversation-summary '\(directory)/summary.jsonl'"] {
                let result = try shell("'\(chatscreenBinary)' score --jobs 2 \(extra) '\(big)' > /dev/full 2> '\(directory)/err'; echo \"status=$?\"")
                let stderr = try String(contentsOfFile: directory + "/err", encoding: .utf8)
                #expect(result.output.contains("status=1"), "\(result.output) \(stderr)")
                #expect(stderr.contains("error: writing the verdicts failed") && stderr.contains("No space left on device"), "\(stderr)")
                #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
            }
        }
    }

    @Test("A read error writes every verdict before it, then exits 1, as --jobs 1 does")
    func readError() throws {
        try withDirectory { directory in
            let good = directory + "/good.txt"
            var text = ""
            for n in 0..<100 { text += "pay £\(n) or this is going over Facebook\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: good))
            // A directory opens, and read(2) then fails with EISDIR.
            let files = [good, directory]
            let expected = try score(jobs: 1, ["--input", "text"], files, directory: directory)
            #expect(expected.status == 1)
            #expect(expected.stderr.contains("error: reading \(directory) failed"))
            expectSame(try score(jobs: 2, ["--input", "text"], files, directory: directory, batch: 8), expected, "read error, --jobs 2")
        }
    }

    @Test("SIGTERM mid-stream with --jobs 2: the output is the --jobs 1 output of the records read, with no gap; exit 143")
    func sigtermMidStream() throws {
        try withDirectory { directory in
            // An endless, deterministic stream: line k is a function of k alone.
            let generator = #"""
                awk 'BEGIN { for (k = 1; ; k++) {
                  c = (k * 7919) % 613; t = 1773522300 + k * 3
                  if (k % 11 == 0) text = "pay " k " euros or this video goes to all your friends"
                  else if (k % 13 == 0) text = "I recorded our video call"
                  else if (k % 97 == 0) text = "{broken"
                  else text = "see you at " (k % 24) " tomorrow"
                  if (text == "{broken") print "{broken " k
                  else printf "{\"id\":\"m%d\",\"conversation\":\"c%d\",\"sender\":\"u%d\",\"timestamp\":\"%d\",\"text\":\"%s\"}\n", k, c, k % 2, t, text
                } }'
                """#
            let script = """
                cd '\(directory)'
                \(generator) | CHATSCREEN_JOBS_BATCH_RECORDS=300 '\(chatscreenBinary)' score --jobs 2 --explain \
                  --conversation-summary summary.jsonl > out.jsonl 2> err.txt &
                pid=$! generator=$(jobs -p)
                # Wait until verdicts are being written (workers busy, input still flowing), then stop it.
                for i in $(seq 1 600); do
                  [ $(stat -c %s out.jsonl 2>/dev/null || echo 0) -gt 200000 ] && break
                  sleep 0.05
                done
                kill -TERM $pid
                # `wait` waits for the whole pipeline: let chatscreen exit, stop the generator, then
                # collect chatscreen's status.
                for i in $(seq 1 400); do
                  state=$(cut -d' ' -f3 /proc/$pid/stat 2>/dev/null)
                  { [ -z "$state" ] || [ "$state" = Z ]; } && break
                  sleep 0.05
                done
                kill -KILL $generator 2>/dev/null
                wait $pid; echo "status=$?"
                """
            let result = try shell(script)
            #expect(result.output.contains("status=143"), "\(result.output)")
            #expect(try String(contentsOfFile: directory + "/err.txt", encoding: .utf8).contains("interrupted"))
            let output = try Data(contentsOf: URL(fileURLWithPath: directory + "/out.jsonl"))
            let count = output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            #expect(count > 500, "the signal should arrive mid-stream, after many verdicts")
            #expect(output.last == 0x0A, "no partial line")
            // Every input line gives one output line: the records read are the first `count` lines.
            let prefix = try shell("\(generator) | head -n \(count) > '\(directory)/prefix.jsonl'")
            #expect(prefix.status == 0)
            let expected = try score(jobs: 1, ["--explain"], [directory + "/prefix.jsonl"], directory: directory)
            #expect(output == expected.stdout, "the interrupted output is not the --jobs 1 output of the \(count) records read")
            let summary = try Data(contentsOf: URL(fileURLWithPath: directory + "/summary.jsonl"))
            #expect(summary == expected.summary, "the summaries written at the signal differ")
        }
    }

    @Test("SIGINT while --jobs 2 waits on an idle pipe: the verdicts read so far are written; exit 130")
    func sigintOnIdlePipe() throws {
        try withDirectory { directory in
            let result = try shell("""
                cd '\(directory)'
                sh -c 'echo $$ > writer.pid; printf "pay £500 or this is going over Facebook\\nhello\\n"; exec sleep 120' 2>/dev/null \
                  | '\(chatscreenBinary)' score --jobs 2 --conversation-summary summary.jsonl > out.jsonl 2> err.txt &
                pid=$!
                for i in $(seq 1 200); do
                  mask=$(awk '/SigCgt/ {print $2}' /proc/$pid/status 2>/dev/null)
                  [ -n "$mask" ] && [ $(( 0x$mask & 0x4002 )) -eq $(( 0x4002 )) ] && break
                  sleep 0.1
                done
                sleep 1; kill -INT $pid
                # `wait` waits for the whole pipeline: let chatscreen exit, stop the idle writer
                # (with KILL: the runner's blocked TERM is inherited), then collect the status.
                for i in $(seq 1 400); do
                  state=$(cut -d' ' -f3 /proc/$pid/stat 2>/dev/null)
                  { [ -z "$state" ] || [ "$state" = Z ]; } && break
                  sleep 0.05
                done
                kill -KILL "$(cat writer.pid)" 2>/dev/null
                wait $pid; echo "status=$?"
                """)
            #expect(result.output.contains("status=130"), "\(result.output)")
            let out = try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8).split(separator: "\n")
            #expect(out.count == 2)
            let summary = try String(contentsOfFile: directory + "/summary.jsonl", encoding: .utf8).split(separator: "\n")
            #expect(summary.count == 1)
        }
    }
}

// MARK: - Helpers

extension JobsTests {
    static let rules: RuleSet = RuleSet.builtIn

    struct Scored {
        var status: Int32
        var stdout: Data
        var stderr: String
        var summary: Data
    }

    /// Runs `chatscreen score --jobs N` with a summary file (unless `--no-conversation`).
    func score(jobs: Int, _ options: [String], _ files: [String], directory: String, batch: Int? = nil) throws -> Scored {
        let summaryPath = directory + "/summary-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: summaryPath) }
        let arguments = ["score", "--jobs", "\(jobs)", "--conversation-summary", summaryPath] + options + files
        var environment = ProcessInfo.processInfo.environment
        if let batch { environment["CHATSCREEN_JOBS_BATCH_RECORDS"] = "\(batch)" }
        let result = try run(arguments, environment: environment)
        let summary = (try? Data(contentsOf: URL(fileURLWithPath: summaryPath))) ?? Data()
        return Scored(status: result.status, stdout: result.stdout, stderr: result.stderr, summary: summary)
    }

    func expectSame(_ actual: Scored, _ expected: Scored, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.status == expected.status, "\(context): exit status", sourceLocation: sourceLocation)
        #expect(actual.stderr == expected.stderr, "\(context): stderr\n\(actual.stderr)\nvs\n\(expected.stderr)", sourceLocation: sourceLocation)
        if actual.stdout != expected.stdout {
            Issue.record("\(context): stdout differs \(firstDifference(actual.stdout, expected.stdout))", sourceLocation: sourceLocation)
        }
        if actual.summary != expected.summary {
            Issue.record("\(context): summary file differs \(firstDifference(actual.summary, expected.summary))", sourceLocation: sourceLocation)
        }
    }

    func firstDifference(_ a: Data, _ b: Data) -> String {
        let left = a.split(separator: 0x0A, omittingEmptySubsequences: false), right = b.split(separator: 0x0A, omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? String(decoding: left[index], as: UTF8.self) : "<none>"
            let y = index < right.count ? String(decoding: right[index], as: UTF8.self) : "<none>"
            if x != y { return "at line \(index + 1) of \(left.count) vs \(right.count):\n  got      \(x.prefix(400))\n  expected \(y.prefix(400))" }
        }
        return "(same lines, different bytes)"
    }

    func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    /// JSONL with thousands of conversations (a few hot ones carrying extortion arcs, thousands
    /// with a message or two), texts of 0 to about 3 KB mixing ASCII, other scripts, emoji and
    /// invalid UTF-8, timestamps that jump past the idle limit, go backwards, are missing or are
    /// not times, plus blank lines and malformed records.
    static func stressInput(seed: UInt64, messages: Int) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        let threats = ["pay £500 or this is going over Facebook", "I recorded our whole video call, you were naked",
                       "send $1,000 in bitcoin to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or your family sees everything",
                       "I have screenshots of all your followers", "you have 24 hours", "let's move to snapchat, add me there",
                       "send me a pic, nobody has to know", "paga 300 euros o envío el video a tus amigos",
                       "zahl 200 Euro oder ich schicke das Video an deine Familie", "I'll ruin your life, don't tell anyone",
                       "p4y m3 n0w or 1 p0st th3 v1d30", "pаy £500 оr I send it", "給我轉賬五千元，否則我就把視頻發給你的朋友"]
        let benign = ["hello", "how was school today?", "can you pay me back the £5 tomorrow", "see you at the café 😀",
                      "lol", "did you watch the game", "¿vienes mañana?", "ich bin gleich da", "晚上一起吃饭吗", "ok 👍🏽",
                      "the video call dropped, try again?", "my friends say hi"]
        let invalid: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xED, 0xA0, 0x80]]
        var out: [UInt8] = []
        func append(_ s: String) { out += Array(s.utf8) }
        func appendJSONString(_ bytes: [UInt8]) {
            out.append(0x22)
            for byte in bytes {
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case ..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
                default: out.append(byte)   // raw bytes, invalid UTF-8 included
                }
            }
            out.append(0x22)
        }
        var time: Int64 = 1_773_522_300
        for k in 0..<messages {
            switch rng.next() % 100 {
            case 0: append("{\"text\": \"unterminated \(k)\n"); continue
            case 1: append("{\"text\": \(k)}\n"); continue
            case 2: append("\n"); continue
            default: break
            }
            let hot = rng.next() % 10 < 6
            let conversation = hot ? "hot-\(rng.next() % 25)" : "c\(rng.next() % 4000)"
            switch rng.next() % 25 {
            case 0: time += 8 * 86_400          // past the 7-day idle limit: idle evictions, then resumed conversations
            case 1: time -= 5000                 // backwards
            default: time += Int64(rng.next() % 90)
            }
            let size = rng.next() % 8 == 0 ? Int(rng.next() % 3000) : Int(rng.next() % 160)
            var text: [UInt8] = []
            while text.count < size {
                switch rng.next() % 20 {
                case 0...2: text += Array(pick(threats).utf8)
                case 3: text += pick(invalid)
                default: text += Array(pick(benign).utf8)
                }
                text.append(rng.next() % 9 == 0 ? 0x0A : 0x20)
            }
            if hot && rng.next() % 4 == 0 { text = Array(pick(threats).utf8) }
            append("{\"id\":")
            if rng.next() % 3 == 0 { append("\(k)") } else { appendJSONString(Array("m\(k)".utf8)) }
            if rng.next() % 30 != 0 { append(",\"conversation\":"); appendJSONString(Array(conversation.utf8)) }
            if rng.next() % 10 != 0 { append(",\"sender\":"); appendJSONString(Array("u\(rng.next() % 3)".utf8)) }
            switch rng.next() % 20 {
            case 0: append(",\"timestamp\":\"yesterday\"")
            case 1: break
            case 2: append(",\"timestamp\":\"2026-03-14T21:05:\(10 + rng.next() % 50)Z\"")
            default: append(",\"timestamp\":\"\(time)\"")
            }
            append(",\"text\":")
            appendJSONString(text)
            append("}\n")
        }
        return out
    }
}
