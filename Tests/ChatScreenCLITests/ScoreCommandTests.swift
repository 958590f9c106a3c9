import Foundation
import Testing

@Suite("chatscreen score (end to end)", .serialized)
struct ScoreCommandTests {
    @Test("The seed case reaches high with payment_demand and publish_threat, and spans cut the evidence out")
    func seedCase() throws {
        let message = "pay £500 or this is going over Facebook. I want £500."
        let result = try run(["score"], input: Data((message + "\n").utf8))
        #expect(result.status == 0)
        let verdict = try #require(result.json.first)
        let categories = verdict["categories"] as? [String] ?? []
        #expect(categories.contains("payment_demand") && categories.contains("publish_threat"))
        #expect(["high", "critical"].contains(verdict["level"] as? String))
        #expect(verdict["flagged"] as? Bool == true)
        let bytes = Array(message.utf8)
        var evidence: [String] = []
        for hit in verdict["hits"] as? [[String: Any]] ?? [] {
            let spans = hit["spans"] as? [[Int]] ?? []
            let texts = spans.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }
            #expect(hit["text"] as? String == texts.joined(separator: " … "), "text is the original bytes of the spans")
            evidence += texts
        }
        #expect(evidence.contains { $0.contains("£500") })
        #expect(evidence.contains { $0.localizedCaseInsensitiveContains("facebook") })
    }

    @Test("100,000 mixed JSONL messages, with invalid UTF-8 and malformed lines, give 100,000 lines in order")
    func hundredThousand() throws {
        var input = Data()
        var expectErrors = Set<Int>(), expectInvalid = Set<Int>()
        let texts = ["see you at 6", "pay £500 or this is going over Facebook", "can you pay me back the £5 tomorrow",
                     "I'll post the photos on Facebook", "ok 👍", "¿dónde estás?", "send me a pic of the menu"]
        for n in 1...100_000 {
            if n % 997 == 0 {
                input.append(Data("{\"id\": \(n), \"text\": \"broken\n".utf8))          // malformed JSON
                expectErrors.insert(n)
            } else if n % 1009 == 0 {
                input.append(Data("{\"id\": \(n), \"text\": \"bad ".utf8) + Data([0xFF, 0xC0]) + Data(" bytes\"}\n".utf8))
                expectInvalid.insert(n)
            } else {
                input.append(Data("{\"id\": \"m\(n)\", \"conversation\": \"c\(n % 50)\", \"text\": \"\(texts[n % texts.count])\"}\n".utf8))
            }
        }
        let result = try run(["score"], input: input)
        #expect(result.status == 0)
        let lines = result.lines
        #expect(lines.count == 100_000)
        var previous = 0, errors = 0
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let number = object["line"] as? Int ?? -1
            #expect(number == previous + 1, "output out of order at line \(previous + 1)")
            if number != previous + 1 { return }
            previous = number
            if object["error"] != nil {
                errors += 1
                #expect(expectErrors.contains(number))
            } else if expectInvalid.contains(number) {
                #expect((object["flags"] as? [String])?.contains("invalid_utf8") == true)
            }
        }
        #expect(errors == expectErrors.count)
    }

    @Test("Ordinary chat stays at none or low")
    func ordinaryChat() throws {
        let fixture = try String(contentsOfFile: repositoryRoot + "/Tests/Fixtures/benign-chat.txt", encoding: .utf8)
        let messages = fixture.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(messages.count >= 300)
        let result = try run(["score", "--input", "text"], input: Data(fixture.utf8))
        #expect(result.lines.count == messages.count)
        let loud = zip(messages, result.json).filter { !["none", "low"].contains($0.1["level"] as? String) }
        #expect(loud.isEmpty, "benign messages above low: \(loud.map { "\($0.0) → \($0.1["level"] ?? "?")" })")
    }

    @Test("Text, JSONL and CSV inputs; fields echoed; --flagged-only; --min-level")
    func formats() throws {
        let text = try run(["score", "--input", "text"], input: Data("hello\n\n  \npay £500 or this is going over Facebook\n".utf8))
        #expect(text.json.map { $0["line"] as? Int } == [1, 4], "blank lines give no output but keep their numbers")

        let jsonl = try run(["score"], input: Data((#"{"id": 7, "conversation": "c1", "sender": "u2", "text": "hi"}"# + "\n").utf8))
        let verdict = try #require(jsonl.json.first)
        #expect(verdict["id"] as? String == "7")
        #expect(verdict["conversation"] as? String == "c1")
        #expect(verdict["sender"] as? String == "u2")
        #expect(verdict["level"] as? String == "none")
        #expect(verdict["flagged"] as? Bool == false)

        let csv = try run(["score", "--input", "csv", "--text-field", "body"],
                          input: Data("id,body\n1,\"pay £500, or this is going over Facebook\"\n2,\"two\nlines\"\n".utf8))
        #expect(csv.json.map { $0["id"] as? String } == ["1", "2"])
        #expect(csv.json.first?["flagged"] as? Bool == true)

        let flagged = try run(["score", "--flagged-only"], input: Data("hello\npay £500 or this is going over Facebook\n".utf8))
        #expect(flagged.json.map { $0["line"] as? Int } == [2])

        let critical = try run(["score", "--min-level", "critical"], input: Data("pay £500 or this is going over Facebook\n".utf8))
        #expect(critical.json.first?["flagged"] as? Bool == (critical.json.first?["level"] as? String == "critical"))
    }

    @Test("A file argument gives the same output as standard input")
    func fileInput() throws {
        let input = "hello\npay £500 or this is going over Facebook\nbye\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-\(UUID()).txt").path
        try input.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try run(["score", path]).stdout == (try run(["score"], input: Data(input.utf8))).stdout)
    }

    @Test("Errors: a missing file exits 1, a broken rule pack 2, each with a clear message")
    func errors() throws {
        let missing = try run(["score", "/nonexistent/chat.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot open /nonexistent/chat.txt"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-bad-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "rule BAD {\n  category nope\n  weight 1\n  when \"x\"\n}\n".write(to: directory.appendingPathComponent("bad.rules"), atomically: true, encoding: .utf8)
        let broken = try run(["score", "--rules", directory.path], input: Data("hi\n".utf8))
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("bad.rules:2:12: error[E101]: unknown category `nope`"))
        #expect(broken.stdout.isEmpty, "nothing is scored with a half-loaded pack")

        let usage = try run(["score", "--min-level", "extreme"])
        #expect(usage.status == 2)
    }

    @Test("A closed downstream pipe ends the program quietly with status 0")
    func brokenPipe() throws {
        let big = repositoryRoot + "/.build/chatscreen-pipe-test.txt"
        try String(repeating: "pay £500 or this is going over Facebook\n", count: 200_000).write(toFile: big, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: big) }
        let result = try shell("'\(chatscreenBinary)' score '\(big)' | head -n 2; echo \"status=${PIPESTATUS[0]}\"")
        #expect(result.output.contains("status=0"))
        #expect(!result.output.contains("error"))
        #expect(result.output.split(separator: "\n").count == 3)
    }

    @Test("No message text appears on standard error for malformed input")
    func privacy() throws {
        let result = try run(["score"], input: Data("{\"text\": \"SECRET-PAYLOAD\n".utf8))
        let reason = try #require(result.json.first?["error"] as? String)
        let leaks = reason.contains("SECRET")
        #expect(!leaks, "the error record names the line and the problem, not the text: \(reason)")
        #expect(!result.stderr.contains("SECRET"))
    }
}

@Suite("chatscreen explain and rules")
struct ExplainAndRulesTests {
    @Test("explain shows the hits, the score arithmetic and the level")
    func explain() throws {
        let result = try run(["explain", "--no-color", "pay £500 or this is going over Facebook. I want £500."])
        #expect(result.status == 0)
        let output = String(decoding: result.stdout, as: UTF8.self)
        #expect(output.contains("level:      high") || output.contains("level:      critical"))
        #expect(output.contains("payment_demand"))
        #expect(output.contains("publish_threat"))
        #expect(output.contains("score = 1 - exp("))
        #expect(output.contains("\"£500\""))
    }

    @Test("rules check passes on the shipped pack and fails with a diagnostic on a broken one")
    func rulesCheck() throws {
        let shipped = try run(["rules", "check", repositoryRoot + "/Rules"])
        #expect(shipped.status == 0)
        #expect(String(decoding: shipped.stdout, as: UTF8.self).contains("0 failed"))
        let builtIn = try run(["rules", "check"])
        #expect(builtIn.status == 0)
        let strict = try run(["rules", "check", "--strict", repositoryRoot + "/Rules"])
        #expect(strict.status == 0, "the shipped pack is clean under --strict")

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-check-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "rule A {\n  category grooming\n  weight 1\n  when @nothing\n}\n".write(to: directory.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        let broken = try run(["rules", "check", directory.path])
        #expect(broken.status == 2)
        #expect(String(decoding: broken.stdout, as: UTF8.self).contains("a.rules:4:8: error[E103]: unknown lexicon `@nothing`"))
        try "rule B {\n  category grooming\n  weight 25\n  when \"x\"\n}\n".write(to: directory.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        #expect(try run(["rules", "check", directory.path]).status == 0, "warnings alone do not fail without --strict")
        #expect(try run(["rules", "check", "--strict", directory.path]).status == 4, "--strict fails on warnings")
        try "rule A {\n  category grooming\n  weight 1\n  when @nothing\n}\n".write(to: directory.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        let json = try run(["rules", "check", "--format", "json", directory.path])
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["code"] as? String == "E103" && $0["line"] as? Int == 4 })
    }

    @Test("rules list prints every rule with its category and weight")
    func rulesList() throws {
        let result = try run(["rules", "list", "--format", "json"])
        let rules = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]] ?? []
        #expect(rules.count >= 9)
        let categories = Set(rules.compactMap { $0["category"] as? String })
        #expect(categories == ["payment_demand", "publish_threat", "friends_listing", "deadline", "recording_claim",
                               "platform_move", "image_request", "grooming", "intimidation"])
    }
}
