import Foundation
import Testing
@testable import chatscreen

/// The exit statuses and stderr summaries of README's "Exit status", one row per case, for every
/// command that reads or writes: 0 success (also `| head`), 1 I/O failure, 2 usage or rule-pack
/// errors, 3 nothing could be read from an input, 4 a check that did not pass.
///
/// Each case runs the binary in a fresh directory holding the synthetic inputs below
/// (``ExitStatusTests/files``): `$DIR` in an argument or a shell line is that directory, `$BIN`
/// the binary and `$PACK` a two-rule pack (fast to compile in a debug build). Every message in
/// the inputs holds the word `zebracorn`, which must never reach stderr.
@Suite("Exit statuses and stderr summaries (README, Exit status)")
struct ExitStatusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The command line, or nil for ``shell``.
        var arguments: [String]?
        /// A bash line for pipes and /dev/full; it must send chatscreen's stderr to `$DIR/err`
        /// and print `status=N` (chatscreen's status).
        var shell: String?
        var stdin: String?
        var status: Int32
        /// Substrings stderr must hold.
        var stderr: [String] = []
        /// The number of stderr lines, when it matters (one clear message, not a flood).
        var stderrLines: Int?
        /// Substrings stdout must hold, and its line count when it matters.
        var stdout: [String] = []
        var stdoutLines: Int?
        /// Files (in `$DIR`) that must exist, or must not, after the run.
        var created: [String] = []
        var notCreated: [String] = []

        var testDescription: String { "\(status): \(name)" }
    }

    static let pack = """
        scoring {
          scale 3.0
          cap default 3.0
          level low 0.10
          level medium 0.40
          level high 0.70
          level critical 0.90
        }
        rule PAY {
          category payment_demand
          weight 2.0
          when "pay"
        }
        rule NEVER {
          category intimidation
          weight 1.0
          when "zyzzyva"
        }
        """

    /// A pack with a warning (a weight above 10) and no error.
    static let warningPack = "rule HEAVY {\n  category grooming\n  weight 25\n  when \"zebracorn\"\n}\n"
    static let brokenPack = "rule BAD {\n  category nope\n  weight 1\n  when \"zebracorn\"\n}\n"

    /// 40 conversations of 20 labelled messages: "pay zebracorn" is positive 6 times and negative
    /// twice, "hello zebracorn" negative 12 times. The pack's PAY (2.0) flags every "pay" at
    /// medium (held-out F1 0.857); with --fp-cost 20 the fit pushes PAY below medium (F1 0).
    static var fitData: String {
        var lines = "", n = 0
        for conversation in 0..<40 {
            let block = Array(repeating: ("extortion", "pay zebracorn"), count: 6) + Array(repeating: ("benign", "pay zebracorn"), count: 2)
                + Array(repeating: ("benign", "hello zebracorn"), count: 12)
            for (label, text) in block {
                n += 1
                lines += #"{"id":"m\#(n)","conversation":"c\#(conversation)","label":"\#(label)","text":"\#(text)"}"# + "\n"
            }
        }
        return lines
    }

    static let files: [String: String] = [
        "pack/test.rules": pack,
        "warnings/test.rules": warningPack,
        "broken/test.rules": brokenPack,
        "chat.jsonl": #"{"id":"m1","conversation":"c1","sender":"rex","text":"pay zebracorn 500 tonight"}"# + "\n"
            + #"{"id":"m2","conversation":"c1","sender":"sam","text":"no zebracorn"}"# + "\n",
        // Line 2 is cut short: one error record between two messages.
        "mixed.jsonl": #"{"id":"m1","text":"pay zebracorn"}"# + "\n" + #"{"id":"m2","text":"zebracorn"# + "\n"
            + #"{"id":"m3","text":"hello zebracorn"}"# + "\n",
        "whatsapp.txt": "[14/03/2026, 09:00:00] Rex: pay zebracorn now\n[14/03/2026, 09:01:00] Sam: no zebracorn\n",
        "export.csv": "id,body,sender\n1,pay zebracorn,rex\n2,no zebracorn,sam\n",
        "header-only.csv": "id,body,sender\n",
        "labelled.jsonl": #"{"id":"m1","label":"extortion","text":"pay zebracorn"}"# + "\n"
            + #"{"id":"m2","text":"hello zebracorn"}"# + "\n" + #"{"id":"m3","label":"benign","text":"hello zebracorn"}"# + "\n",
        "labelled.csv": "id,label,body\n1,extortion,pay zebracorn\n2,benign,hello zebracorn\n",
        "fit.jsonl": fitData,
        "big.txt": String(repeating: "pay zebracorn 500 or this goes to your friends\n", count: 40_000),
        "many.txt": String(repeating: "pay zebracorn 500\n", count: 5_000),
    ]

    static let noSuchFile = ": No such file or directory; check the path and its permissions"
    static let nothingRead = "error: nothing could be read from "

    static let cases: [Case] = [
        // 0: success.
        Case(name: "score reads a JSONL file", arguments: ["score", "--rules", "$PACK", "$DIR/chat.jsonl"], status: 0,
             stderrLines: 0, stdoutLines: 2),
        Case(name: "score with one error record says how many and where the first is",
             arguments: ["score", "--rules", "$PACK", "$DIR/mixed.jsonl"], status: 0,
             stderr: ["chatscreen: 1 record(s) could not be read and were written as error records; the first is line 2 of "
                      + "$DIR/mixed.jsonl (invalid JSON"], stderrLines: 1, stdout: [#"{"line":2,"error":"#], stdoutLines: 3),
        Case(name: "score names the file of the first error record among several files",
             arguments: ["score", "--rules", "$PACK", "$DIR/chat.jsonl", "$DIR/mixed.jsonl"], status: 0,
             stderr: ["chatscreen: 1 record(s) could not be read and were written as error records; the first is line 2 of "
                      + "$DIR/mixed.jsonl"], stderrLines: 1, stdoutLines: 5),
        Case(name: "score from standard input names it", arguments: ["score", "--rules", "$PACK", "--input", "jsonl"],
             stdin: #"{"text":"pay zebracorn"}"# + "\n" + "zebracorn\n", status: 0,
             stderr: ["the first is line 2 of standard input (invalid JSON at column 1"], stderrLines: 1),
        Case(name: "eval with an unlabelled record says how many and where the first is",
             arguments: ["eval", "--rules", "$PACK", "--format", "json", "$DIR/labelled.jsonl"], status: 0,
             stderr: ["chatscreen: 1 record(s) could not be evaluated and are listed under errors in the report; the first "
                      + "is line 2 of $DIR/labelled.jsonl (field \"label\" is missing or null"], stderrLines: 1),
        Case(name: "score | head stops quietly",
             shell: "'$BIN' score --rules '$PACK' '$DIR/big.txt' 2> '$DIR/err' | head -n 1 > /dev/null; echo \"status=${PIPESTATUS[0]}\"",
             status: 0, stderrLines: 0),
        Case(name: "explain (print) | head stops quietly",
             shell: "'$BIN' explain --rules '$PACK' < '$DIR/many.txt' 2> '$DIR/err' | head -n 1 > /dev/null; echo \"status=${PIPESTATUS[0]}\"",
             status: 0, stderrLines: 0),
        Case(name: "corpus | head stops quietly",
             shell: "'$BIN' corpus --messages 200000 --seed 1 2> '$DIR/err' | head -n 1 > /dev/null; echo \"status=${PIPESTATUS[0]}\"",
             status: 0, stderrLines: 0),
        Case(name: "rules fit writes weights that are not worse",
             arguments: ["rules", "fit", "--rules", "$PACK", "--output", "$DIR/fitted.weights", "--format", "text", "$DIR/fit.jsonl"],
             status: 0, stderrLines: 0,
             stdout: ["Wrote $DIR/fitted.weights.", "Decision: F1 at medium on the held-out split: fitted 0.8571 ≥ current 0.8571"],
             created: ["fitted.weights"]),
        Case(name: "rules fit --force writes worse weights and says so",
             arguments: ["rules", "fit", "--rules", "$PACK", "--fp-cost", "20", "--force", "--output", "$DIR/fitted.weights",
                         "--format", "text", "$DIR/fit.jsonl"],
             status: 0, stderrLines: 0, stdout: ["fitted 0.0000 < current 0.8571, so the fitted weights are worse; written anyway (--force)"],
             created: ["fitted.weights"]),

        // 1: reading or writing failed, or a file could not be opened or created.
        Case(name: "score: a missing file", arguments: ["score", "--rules", "$PACK", "$DIR/missing.jsonl"], status: 1,
             stderr: ["error: cannot open $DIR/missing.jsonl" + noSuchFile], stderrLines: 1, stdoutLines: 0),
        Case(name: "score: a missing second file, after the first file's verdicts",
             arguments: ["score", "--rules", "$PACK", "$DIR/chat.jsonl", "$DIR/missing.jsonl"], status: 1,
             stderr: ["error: cannot open $DIR/missing.jsonl" + noSuchFile], stderrLines: 1, stdoutLines: 2),
        Case(name: "score: a missing chat export", arguments: ["score", "--rules", "$PACK", "--input", "whatsapp", "$DIR/missing.txt"],
             status: 1, stderr: ["error: cannot open $DIR/missing.txt as a whatsapp export: cannot read input: No such file or directory"],
             stderrLines: 1),
        Case(name: "eval: a missing file", arguments: ["eval", "--rules", "$PACK", "$DIR/missing.jsonl"], status: 1,
             stderr: ["error: cannot open $DIR/missing.jsonl" + noSuchFile], stderrLines: 1),
        Case(name: "rules fit: a missing file",
             arguments: ["rules", "fit", "--rules", "$PACK", "--output", "$DIR/w.weights", "$DIR/missing.jsonl"], status: 1,
             stderr: ["error: cannot open $DIR/missing.jsonl" + noSuchFile], stderrLines: 1, notCreated: ["w.weights"]),
        Case(name: "explain --arc: a missing file", arguments: ["explain", "--rules", "$PACK", "--arc", "$DIR/missing.jsonl"],
             status: 1, stderr: ["error: cannot open $DIR/missing.jsonl" + noSuchFile], stderrLines: 1),
        Case(name: "score: reading fails (a directory read as text)", arguments: ["score", "--rules", "$PACK", "--input", "text", "$DIR"],
             status: 1, stderr: ["error: reading $DIR failed: cannot read input: Is a directory"], stderrLines: 1),
        Case(name: "eval: reading fails (a directory)", arguments: ["eval", "--rules", "$PACK", "--input", "jsonl", "$DIR"],
             status: 1, stderr: ["error: reading $DIR failed: cannot read input: Is a directory"], stderrLines: 1),
        Case(name: "score: --conversation-summary cannot be created",
             arguments: ["score", "--rules", "$PACK", "--conversation-summary", "$DIR/no/such/dir/s.jsonl", "$DIR/chat.jsonl"],
             status: 1, stderr: ["error: cannot create $DIR/no/such/dir/s.jsonl: No such file or directory; check that its directory "
                                 + "exists and is writable"], stderrLines: 1),
        Case(name: "corpus: --output cannot be created",
             arguments: ["corpus", "--messages", "3", "--seed", "1", "--output", "$DIR/no/such/dir/c.jsonl"], status: 1,
             stderr: ["error: cannot create $DIR/no/such/dir/c.jsonl: No such file or directory"], stderrLines: 1),
        Case(name: "score > /dev/full",
             shell: "'$BIN' score --rules '$PACK' '$DIR/chat.jsonl' > /dev/full 2> '$DIR/err'; echo \"status=$?\"", status: 1,
             stderr: ["error: writing the verdicts failed", "No space left on device"], stderrLines: 1),
        Case(name: "eval > /dev/full",
             shell: "'$BIN' eval --rules '$PACK' --format json '$DIR/fit.jsonl' > /dev/full 2> '$DIR/err'; echo \"status=$?\"",
             status: 1, stderr: ["error: writing to standard output failed", "No space left on device"], stderrLines: 1),
        Case(name: "rules list (print) > /dev/full",
             shell: "'$BIN' rules list --rules '$PACK' > /dev/full 2> '$DIR/err'; echo \"status=$?\"", status: 1,
             stderr: ["error: writing to standard output failed: No space left on device"], stderrLines: 1),
        Case(name: "explain --arc (print) > /dev/full",
             shell: "'$BIN' explain --rules '$PACK' --arc '$DIR/chat.jsonl' > /dev/full 2> '$DIR/err'; echo \"status=$?\"",
             status: 1, stderr: ["error: writing to standard output failed: No space left on device"], stderrLines: 1),

        // 2: usage, rule-pack or weights-file errors.
        Case(name: "score: a bad option value", arguments: ["score", "--min-level", "extreme"], status: 2, stderr: ["--min-level"]),
        Case(name: "score: a broken rule pack", arguments: ["score", "--rules", "$DIR/broken", "$DIR/chat.jsonl"], status: 2,
             stderr: ["error[E101]: unknown category `nope`", "error: the rule pack has 1 error(s) and was not loaded"], stdoutLines: 0),
        Case(name: "eval: plain text has no labels", arguments: ["eval", "--rules", "$PACK", "$DIR/big.txt"], status: 2,
             stderr: ["is plain text, which has no labels"], stderrLines: 1),
        Case(name: "eval: a missing weights file", arguments: ["eval", "--rules", "$PACK", "--weights", "$DIR/missing.weights", "$DIR/fit.jsonl"],
             status: 2, stderr: ["missing.weights"]),
        Case(name: "rules check: errors in the rules", arguments: ["rules", "check", "$DIR/broken"], status: 2,
             stdout: ["error[E101]: unknown category `nope`"]),

        // 3: nothing could be read from an input.
        Case(name: "score --input whatsapp on JSONL", arguments: ["score", "--rules", "$PACK", "--input", "whatsapp", "$DIR/chat.jsonl"],
             status: 3,
             stderr: [nothingRead + "$DIR/chat.jsonl: all 2 of its record(s) are error records (the first, line 1: not a WhatsApp "
                      + "message header", "check the input format (--input"], stderrLines: 1,
             stdout: [#"{"line":1,"error":"not a WhatsApp message header"#], stdoutLines: 2),
        Case(name: "score --input jsonl on a WhatsApp export, after a good file",
             arguments: ["score", "--rules", "$PACK", "--input", "jsonl", "$DIR/chat.jsonl", "$DIR/whatsapp.txt"], status: 3,
             stderr: [nothingRead + "$DIR/whatsapp.txt: all 2 of its record(s) are error records (the first, line 1: invalid JSON"],
             stderrLines: 1, stdoutLines: 4),
        Case(name: "score from standard input, all error records", arguments: ["score", "--rules", "$PACK", "--input", "jsonl"],
             stdin: "zebracorn one\nzebracorn two\n", status: 3,
             stderr: [nothingRead + "standard input: all 2 of its record(s) are error records"], stderrLines: 1),
        Case(name: "score: a CSV header without the text column stops at once",
             arguments: ["score", "--rules", "$PACK", "--input", "csv", "$DIR/export.csv"], status: 3,
             stderr: [#"error: nothing can be read from $DIR/export.csv: CSV header has no column "text" (its columns are "id", "#
                      + #""body", "sender"); choose the text column with --text-field"#], stderrLines: 1, stdoutLines: 0),
        Case(name: "score: a CSV file of only a header without the text column",
             arguments: ["score", "--rules", "$PACK", "--input", "csv", "$DIR/header-only.csv"], status: 3,
             stderr: [#"$DIR/header-only.csv: CSV header has no column "text""#], stderrLines: 1, stdoutLines: 0),
        Case(name: "explain --arc on a WhatsApp export read as JSONL",
             arguments: ["explain", "--rules", "$PACK", "--input", "jsonl", "--arc", "$DIR/whatsapp.txt"],
             status: 3, stderr: [nothingRead + "$DIR/whatsapp.txt: all 2 of its record(s) are error records", "--input"],
             stderrLines: 1, stdout: ["error  invalid JSON at column 1"]),
        Case(name: "explain --arc on a WhatsApp export (read as score reads it)",
             arguments: ["explain", "--rules", "$PACK", "--arc", "$DIR/whatsapp.txt"], status: 0, stderrLines: 0),
        Case(name: "eval: no record has a label", arguments: ["eval", "--rules", "$PACK", "--format", "json", "$DIR/chat.jsonl"],
             status: 3, stderr: [nothingRead + "$DIR/chat.jsonl: all 2 of its record(s) are error records (the first, line 1: "
                                 + "field \"label\" is missing", "--label-field"], stderrLines: 1, stdout: [#""error_count":2"#]),
        Case(name: "eval: a CSV header without the text column",
             arguments: ["eval", "--rules", "$PACK", "--input", "csv", "$DIR/labelled.csv"], status: 3,
             stderr: [#"error: nothing can be read from $DIR/labelled.csv: CSV header has no column "text" (its columns are "id", "#
                      + #""label", "body"); choose the text column with --text-field"#], stderrLines: 1, stdoutLines: 0),
        Case(name: "rules fit: no record has a label",
             arguments: ["rules", "fit", "--rules", "$PACK", "--output", "$DIR/w.weights", "$DIR/chat.jsonl"], status: 3,
             stderr: [nothingRead + "$DIR/chat.jsonl: all 2 of its record(s) are error records"], notCreated: ["w.weights"]),

        // 4: a check did not pass.
        Case(name: "rules check --strict with a warning", arguments: ["rules", "check", "--strict", "$DIR/warnings"], status: 4,
             stderr: ["error: --strict: 4 warning(s) (0 failing example(s))"], stderrLines: 1, stdout: ["warning[W"]),
        Case(name: "rules fit refuses weights worse than the pack's on the held-out split",
             arguments: ["rules", "fit", "--rules", "$PACK", "--fp-cost", "20", "--output", "$DIR/fitted.weights", "--format", "text",
                         "$DIR/fit.jsonl"], status: 4,
             stderr: ["error: the fitted weights were refused: F1 at medium on the held-out split: fitted 0.0000 < current 0.8571, "
                      + "so the fitted weights are worse", "$DIR/fitted.weights was not written", "--force"], stderrLines: 1,
             stdout: ["Did not write $DIR/fitted.weights."], notCreated: ["fitted.weights"]),
    ]

    @Test("Exit status and stderr", arguments: cases)
    func exitStatus(_ example: Case) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-exit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in Self.files {
            let path = directory + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        func expand(_ text: String) -> String {
            text.replacingOccurrences(of: "$DIR", with: directory).replacingOccurrences(of: "$PACK", with: directory + "/pack")
                .replacingOccurrences(of: "$BIN", with: chatscreenBinary)
        }
        let status: Int32, stdout: String, stderr: String
        if let line = example.shell {
            try #require(FileManager.default.fileExists(atPath: "/dev/full") || !line.contains("/dev/full"))
            let result = try shell(expand(line))
            let reported = result.output.split(separator: "\n").last { $0.hasPrefix("status=") }
            status = Int32(reported?.dropFirst("status=".count) ?? "") ?? -1
            stdout = ""
            stderr = (try? String(contentsOfFile: directory + "/err", encoding: .utf8)) ?? ""
        } else {
            let result = try run((example.arguments ?? []).map(expand), input: example.stdin.map { Data($0.utf8) })
            status = result.status
            stdout = String(decoding: result.stdout, as: UTF8.self)
            stderr = result.stderr
        }
        #expect(status == example.status, "status \(status); stderr: \(stderr)")
        for expected in example.stderr.map(expand) {
            #expect(stderr.contains(expected), "stderr lacks \(expected.debugDescription): \(stderr)")
        }
        if let lines = example.stderrLines {
            #expect(stderr.split(separator: "\n").count == lines, "stderr: \(stderr)")
        }
        #expect(!stderr.contains("zebracorn"), "message text on stderr: \(stderr)")
        for expected in example.stdout.map(expand) {
            #expect(stdout.contains(expected), "stdout lacks \(expected.debugDescription): \(stdout.prefix(2000))")
        }
        if let lines = example.stdoutLines {
            #expect(stdout.split(separator: "\n").count == lines, "stdout: \(stdout.prefix(2000))")
        }
        for name in example.created {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + name), "\(name) was not written")
        }
        for name in example.notCreated {
            #expect(!FileManager.default.fileExists(atPath: directory + "/" + name), "\(name) was written")
        }
    }
}
