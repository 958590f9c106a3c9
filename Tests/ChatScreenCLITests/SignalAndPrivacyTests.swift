import Foundation
import Testing

@Suite("chatscreen score: signals and --redact", .serialized)
struct SignalAndPrivacyTests {
    /// (signal, expected exit status).
    static let signals: [(String, Int32)] = [("INT", 130), ("TERM", 143)]

    @Test("SIGINT and SIGTERM flush the verdicts so far, write the summaries, and exit 128 + signal", arguments: signals)
    func interrupt(signal: String, status: Int32) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sig-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Two messages arrive, then the writer stays open: chatscreen blocks reading the pipe. The
        // writer outlives any slow start (a ThreadSanitizer build compiles the pack for >20 s) and is
        // killed at the end.
        let result = try shell("""
            cd '\(directory)'
            sh -c 'echo $$ > writer.pid; printf "pay £500 or this is going over Facebook\\nhello\\n"; exec sleep 120' 2>/dev/null \
              | '\(chatscreenBinary)' score --conversation-summary summary.jsonl > out.jsonl 2> err.txt &
            pid=$!
            # Wait until chatscreen has installed its handlers (SigCgt has SIGINT and SIGTERM),
            # however slowly it starts under load, then give it a moment to score the two lines.
            for i in $(seq 1 200); do
              mask=$(awk '/SigCgt/ {print $2}' /proc/$pid/status 2>/dev/null)
              [ -n "$mask" ] && [ $(( 0x$mask & 0x4002 )) -eq $(( 0x4002 )) ] && break
              sleep 0.1
            done
            sleep 1; kill -\(signal) $pid
            # `wait` waits for the whole pipeline, writer included: let chatscreen exit (a zombie
            # until waited for), stop the idle writer, then collect chatscreen's status.
            while [ -r /proc/$pid/stat ] && [ "$(cut -d' ' -f3 /proc/$pid/stat)" != Z ]; do sleep 0.05; done
            kill -KILL "$(cat writer.pid)" 2>/dev/null   # TERM may be blocked: the test runner's mask is inherited
            wait $pid; echo "status=$?"
            """)
        #expect(result.output.contains("status=\(status)"), "\(result.output)")
        let out = try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(out.count == 2, "both verdicts computed before the signal were written")
        let summary = try String(contentsOfFile: directory + "/summary.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(summary.count == 1)
        #expect(try String(contentsOfFile: directory + "/err.txt", encoding: .utf8).contains("interrupted"))
    }

    @Test("--redact writes lengths and hashes instead of hit and entity text")
    func redact() throws {
        let secret = "pay £500 or this is going over Facebook, send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
        let plain = try run(["score", "--no-conversation"], input: Data((secret + "\n").utf8))
        let redacted = try run(["score", "--no-conversation", "--redact"], input: Data((secret + "\n").utf8))
        let output = String(decoding: redacted.stdout, as: UTF8.self)
        #expect(String(decoding: plain.stdout, as: UTF8.self).contains("Facebook"))
        #expect(!output.contains("Facebook") && !output.contains("£500") && !output.contains("1A1zP1eP5Q"))
        #expect(output.contains("[redacted: "))
        // Same verdict otherwise: rules, spans and scores are unchanged.
        let a = try #require(plain.json.first), b = try #require(redacted.json.first)
        #expect(a["score"] as? Double == b["score"] as? Double)
        #expect((a["hits"] as? [[String: Any]])?.map { $0["rule"] as? String } == (b["hits"] as? [[String: Any]])?.map { $0["rule"] as? String })
    }
}
