import Foundation
import Testing

/// Hostile input, end to end through the built `chatscreen` binary: invalid UTF-8 of every kind,
/// NUL bytes, a 100 MB line, CR/CRLF line endings, byte order marks, pathological JSON and CSV,
/// empty input, a pipe that delivers one byte at a time, and a full disk.
///
/// Every case checks that the process exits normally, that there is exactly one output record per
/// non-blank input line (CSV record) in input order with the expected line numbers, that every
/// output line is one well-formed JSON object, that hit spans lie inside the message bytes, and
/// that the secret marker planted in every input never reaches standard error (nor an error reason).
@Suite("chatscreen score on hostile input (end to end)", .serialized)
struct HostileInputTests {
    // MARK: Invalid UTF-8

    @Test("Invalid UTF-8 of every kind in plain text: every line gets a verdict flagged invalid_utf8, spans inside the line")
    func invalidUTF8PlainText() throws {
        var input: [UInt8] = []
        var expected: [Expect] = []
        var texts: [Int: [UInt8]] = [:]
        var threatening: Set<Int> = []
        var names: [Int: String] = [:]
        var lineNumber = 0
        let rows = malformedRows()
        for (index, row) in rows.enumerated() {
            lineNumber += 1
            texts[lineNumber] = row.bytes
            names[lineNumber] = row.name
            if row.carriesThreat { threatening.insert(lineNumber) }
            expected.append(.verdict(lineNumber))
            input += row.bytes
            if index < rows.count - 1 { input.append(0x0A) }   // the last line (truncated sequence) ends at EOF
            if index % 7 == 6 {   // blank lines keep their numbers
                input += utf8("  \t\n")
                lineNumber += 1
            }
        }
        let result = try run(["score", "--input", "text"], input: Data(input))
        let verdicts = expectRecords(result, expected)
        for verdict in verdicts {
            guard let line = verdict["line"] as? Int, let text = texts[line] else { continue }
            let flags = strings(verdict["flags"])
            #expect(flags.contains("invalid_utf8"), "line \(line) (\(names[line] ?? "?")) is not flagged invalid_utf8: \(flags)")
            expectEvidence(verdict, inside: text)
            if threatening.contains(line) {
                let categories = strings(verdict["categories"])
                #expect(categories.contains("payment_demand"), "line \(line) (\(names[line] ?? "?")): the invalid bytes hid the threat: \(categories)")
            }
        }
        // auto detection (first byte not `{`) reads the same input as text, byte for byte.
        #expect(try run(["score"], input: Data(input)).stdout == result.stdout)
    }

    @Test("Invalid UTF-8 of every kind inside JSONL strings: verdicts flagged invalid_utf8, spans inside the decoded text")
    func invalidUTF8InsideJSONStrings() throws {
        var input: [UInt8] = []
        var expected: [Expect] = []
        var decoded: [Int: [UInt8]] = [:]
        let rows = malformedRows()
        for (index, row) in rows.enumerated() {
            let line = index + 1
            input += utf8(#"{"id":"r\#(line)","text":""#) + row.bytes + utf8("\"}\n")
            // Invalid sequences become one U+FFFD per maximal subpart, as String(decoding:) does.
            decoded[line] = Array(String(decoding: row.bytes, as: UTF8.self).utf8)
            expected.append(.verdict(line))
        }
        // Invalid bytes in the other fields, in a skipped member, and outside any string.
        var line = rows.count
        let extras: [([UInt8], Expect)] = [
            (utf8(#"{"id":""#) + [0xFF, 0xC0, 0x80] + utf8(#"","sender":""#) + [0xED, 0xA0, 0x80] + utf8(#"","conversation":""#)
                + [0xF0, 0x9F] + utf8(#"","text":"SECRETMARK hi"}"#), .verdict(0)),
            (utf8(#"{"meta":""#) + [0xFE, 0xFF] + utf8(#"",""#) + [0x80] + utf8(#"":1,"text":"SECRETMARK hi"}"#), .verdict(0)),
            (utf8(#"{"text":"SECRETMARK hi"}"#) + [0xFF], .error(0)),
            (utf8("{") + [0xC0, 0x80] + utf8(#":"SECRETMARK"}"#), .error(0)),
            ([0xEF, 0xBB, 0xBF] + utf8(#"{"text":"SECRETMARK a BOM that is not at the start"}"#), .error(0)),
        ]
        for (bytes, kind) in extras {
            line += 1
            input += bytes + [0x0A]
            expected.append(kind.at(line))
        }
        let result = try run(["score"], input: Data(input))
        let records = expectRecords(result, expected)
        for record in records {
            guard let number = record["line"] as? Int, let text = decoded[number], record["error"] == nil else { continue }
            let flags = strings(record["flags"])
            #expect(flags.contains("invalid_utf8"), "JSONL line \(number) is not flagged invalid_utf8: \(flags)")
            #expect(record["id"] as? String == "r\(number)")
            expectEvidence(record, inside: text)
        }
        if let first = records.dropFirst(rows.count).first {
            #expect(first["id"] as? String == "\u{FFFD}\u{FFFD}\u{FFFD}", "an invalid id is repaired, not dropped")
            #expect(first["sender"] as? String == "\u{FFFD}\u{FFFD}\u{FFFD}")
            #expect(first["conversation"] as? String == "\u{FFFD}")
        }
        #expect(try run(["score", "--input", "jsonl"], input: Data(input)).stdout == result.stdout)
    }

    // MARK: NUL bytes

    @Test("NUL bytes inside text lines and \\u0000 inside JSON strings are message text; a raw NUL in JSON is an error")
    func nulBytes() throws {
        let lines: [[UInt8]] = [
            utf8("SECRETMARK") + [0] + utf8(threat),
            [0],
            [0, 0, 0, 0x20, 0],
            utf8("pay £500") + [0] + utf8("or this is going over Facebook SECRETMARK"),
            utf8(threat) + [0],
        ]
        var input: [UInt8] = []
        for line in lines { input += line + [0x0A] }
        let text = try run(["score", "--input", "text"], input: Data(input))
        let verdicts = expectRecords(text, (1...lines.count).map { .verdict($0) })
        for (verdict, line) in zip(verdicts, lines) { expectEvidence(verdict, inside: line) }
        #expect(try run(["score"], input: Data(input)).stdout == text.stdout, "a leading NUL is not `{`: auto reads text")

        let jsonLines: [(String, Expect, [UInt8]?)] = [
            (#"{"text":"SECRETMARK\u0000pay £500 or this is going over Facebook"}"#, .verdict(1),
             utf8("SECRETMARK") + [0] + utf8(threat)),
            (#"{"text":"\u0000"}"#, .verdict(2), [0]),
            (#"{"id":"a\u0000b","text":"\u0000\u0000SECRETMARK"}"#, .verdict(3), [0, 0] + utf8("SECRETMARK")),
            ("{\"text\":\"SECRETMARK raw \u{0} NUL\"}", .error(4), nil),
            ("{\"text\":\"SECRETMARK\"}\u{0}", .error(5), nil),
            ("\u{0}{\"text\":\"SECRETMARK\"}", .error(6), nil),
            (#"{"text":"last \u0000"}"#, .verdict(7), utf8("last ") + [0]),
        ]
        let json = try run(["score", "--input", "jsonl"], input: Data(jsonLines.map { $0.0 + "\n" }.joined().utf8))
        let records = expectRecords(json, jsonLines.map(\.1))
        for (record, row) in zip(records, jsonLines) {
            guard let decoded = row.2 else { continue }
            expectEvidence(record, inside: decoded)
        }
        if records.count > 2 {
            #expect(records[2]["id"] as? String == "a\u{0}b", "the id keeps its NUL and is written escaped")
            #expect(String(decoding: json.stdout, as: UTF8.self).contains(#""a\u0000b""#))
        }
        let firstCategories = strings(records.first?["categories"])
        #expect(firstCategories.contains("payment_demand"), "a NUL before the threat does not hide it")
    }

    // MARK: One 100 MB line

    @Test("A 100 MB line without a newline, read from a file: exactly one verdict, bounded memory")
    func hundredMegabyteLineFromFile() throws {
        try hundredMegabyteLine(throughPipe: false)
    }

    @Test("A 100 MB line without a newline, read through a pipe: exactly one verdict, bounded memory")
    func hundredMegabyteLineThroughPipe() throws {
        try hundredMegabyteLine(throughPipe: true)
    }

    /// Measured on the debug build (Linux x86-64, 2 cores), 100 MiB of plain text without `\n`:
    /// about 2.4 s for the binary (under 3 s for the whole test) each way; peak RSS 278–284 MB
    /// (104,857,600-byte input; 2.65–2.71 ×) both from a file and through a pipe. The binary with
    /// the embedded pack alone peaks at ≈ 50 MB on a one-line input; the rest is the line buffer,
    /// which doubles to 128 MiB to hold the line whole, plus one more copy of the line in the
    /// record (`InputMessage.text`). Below the 3 × bound asserted here, but not by much. 100 MB
    /// (not 20 MB) is used because the whole case takes under 3 s in a debug build.
    private func hundredMegabyteLine(throughPipe: Bool) throws {
        try withTemporaryDirectory { directory in
            let pattern = utf8("pay 500 pounds or this goes over Facebook SECRETMARK ")
            let size = 100 << 20
            let input = directory.appendingPathComponent("big.txt")
            try writeRepeating(pattern, size: size, to: input)
            let out = directory.appendingPathComponent("out").path, err = directory.appendingPathComponent("err").path,
                rssFile = directory.appendingPathComponent("rss").path
            let timer = peakRSSTool.map { "\($0) -v -o '\(rssFile)' " } ?? ""
            let command = throughPipe
                ? "cat '\(input.path)' | \(timer)'\(chatscreenBinary)' score > '\(out)' 2> '\(err)'"
                : "\(timer)'\(chatscreenBinary)' score '\(input.path)' > '\(out)' 2> '\(err)'"
            let shellResult = try shell(command)
            let result = ProcessResult(status: shellResult.status, stdout: try Data(contentsOf: URL(fileURLWithPath: out)),
                                       stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self))
            #expect(shellResult.output.isEmpty, "nothing else on the terminal: \(shellResult.output.prefix(300))")
            let verdicts = expectRecords(result, [.verdict(1)])
            if let verdict = verdicts.first {
                #expect(strings(verdict["flags"]).contains("truncated"), "longer than the analysis budget")
                #expect(strings(verdict["categories"]).contains("payment_demand"))
                expectEvidence(verdict, count: size) { range in range.map { pattern[$0 % pattern.count] } }
            }
            if let tool = peakRSSTool {
                let report = (try? String(contentsOfFile: rssFile, encoding: .utf8)) ?? ""
                let kilobytes = report.split(separator: "\n").first { $0.contains("Maximum resident set size") }
                    .flatMap { $0.split(separator: ":").last }.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                let rss = try #require(kilobytes, "no peak RSS in the report of \(tool): \(report)") * 1024
                print("chatscreen: 100 MiB line via \(throughPipe ? "pipe" : "file"): peak RSS \(rss / 1_000_000) MB "
                    + String(format: "(%.2f × the input)", Double(rss) / Double(size)))
                #expect(rss < 3 * size, "peak RSS \(rss) bytes for a \(size)-byte line")
            } else {
                print("chatscreen: peak RSS assertion skipped: GNU time (/usr/bin/time -v) is not available")
            }
        }
    }

    // MARK: Line endings

    @Test("CRLF line endings: the CR is not message text, CRLF-only lines are blank, in every format")
    func crlf() throws {
        let lines: [[UInt8]] = [utf8("SECRETMARK " + threat), [], utf8("second\r"), utf8("   "), utf8("third SECRETMARK")]
        let input = lines.flatMap { $0 + utf8("\r\n") }
        let text = try run(["score", "--input", "text"], input: Data(input))
        let verdicts = expectRecords(text, [.verdict(1), .verdict(3), .verdict(5)])
        for (verdict, line) in zip(verdicts, [lines[0], lines[2], lines[4]]) { expectEvidence(verdict, inside: line) }
        let lf = try run(["score", "--input", "text"], input: Data(input.filter { $0 != 0x0D }))
        #expect(text.lines.first == lf.lines.first, "CRLF and LF give the same verdict for the same message")

        let json = try run(["score"], input: Data(utf8(#"{"id":"1","text":"SECRETMARK \#(threat)"}"# + "\r\n\r\n \r\n"
            + #"{"id":"3","text":"x"}"# + "\r\n" + #"{"id":"4","text":"y"}"# + "\r")))
        let records = expectRecords(json, [.verdict(1), .verdict(4), .verdict(5)])
        #expect(records.map { $0["id"] as? String } == ["1", "3", "4"])
    }

    /// A lone CR (not followed by LF) is NOT a line break: it is part of the message text, and
    /// line numbers advance only at LF. Only one CR directly before an LF (or before the end of
    /// the input) is removed, and a line of only spaces, tabs and CRs is blank.
    @Test("A lone CR is part of the message text, not a line break")
    func loneCR() throws {
        let first = utf8("SECRETMARK hello\r" + threat + "\rbye")
        var input = first + [0x0A]
        input += utf8("second\r\r\rline\n")
        input += utf8("\r\r\r\n")            // only CRs: blank
        input += utf8("last\r")              // a final CR at EOF
        let result = try run(["score", "--input", "text"], input: Data(input))
        let verdicts = expectRecords(result, [.verdict(1), .verdict(2), .verdict(4)])
        if let verdict = verdicts.first {
            expectEvidence(verdict, inside: first)
            let categories = strings(verdict["categories"])
            #expect(categories.contains("payment_demand") && categories.contains("publish_threat"),
                    "the threat after the lone CR belongs to line 1")
            let starts = (verdict["hits"] as? [[String: Any]] ?? []).flatMap { $0["spans"] as? [[Int]] ?? [] }.map { $0[0] }
            #expect(starts.contains(17), "`pay` is at byte 17 of line 1, after `SECRETMARK hello\\r`: \(starts)")
        }
        // JSONL objects separated by lone CRs are one line, and so one error record: nothing could
        // be read from the input (exit status 3).
        let json = try run(["score"], input: Data(#"{"text":"SECRETMARK a"}"#.utf8 + [0x0D] + #"{"text":"b"}"#.utf8 + [0x0D]))
        expectRecords(json, [.error(1)], status: 3)
    }

    // MARK: Byte order mark

    @Test("A UTF-8 byte order mark at the start is skipped in text, JSONL and CSV input")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let jsonLine = utf8(#"{"id":"b1","text":"SECRETMARK hi"}"# + "\n")
        let runs = try runConcurrently([
            (["score"], bom + utf8("SECRETMARK \(threat)\nsecond\n")),
            (["score"], utf8("SECRETMARK \(threat)\nsecond\n")),
            (["score", "--input", "auto"], bom + jsonLine),
            (["score", "--input", "jsonl"], bom + jsonLine),
            (["score", "--input", "csv"], bom + utf8("text,id\nSECRETMARK hi,c1\n")),
            (["score"], [0xEF, 0xBB] + utf8("SECRETMARK\n")),
        ])
        let verdicts = expectRecords(runs[0], [.verdict(1), .verdict(2)])
        if let verdict = verdicts.first {
            expectEvidence(verdict, inside: utf8("SECRETMARK \(threat)"))
            let starts = (verdict["hits"] as? [[String: Any]] ?? []).flatMap { $0["spans"] as? [[Int]] ?? [] }.map { $0[0] }
            #expect(starts.contains(11), "spans count from after the BOM: \(starts)")
            #expect(!strings(verdict["flags"]).contains("hidden_characters"), "the BOM is not message text")
        }
        #expect(runs[0].stdout == runs[1].stdout, "with and without the BOM, the same output")
        for (index, format) in [(2, "auto"), (3, "jsonl")] {
            let records = expectRecords(runs[index], [.verdict(1)])
            #expect(records.first?["id"] as? String == "b1", "--input \(format)")
        }
        let records = expectRecords(runs[4], [.verdict(2)])
        #expect(records.first?["id"] as? String == "c1", "the first header column is `text`, not BOM + `text`")

        // A truncated BOM is invalid UTF-8 text, not a BOM.
        let flagged = expectRecords(runs[5], [.verdict(1)])
        let flags = strings(flagged.first?["flags"])
        #expect(flags.contains("invalid_utf8"), "\(flags)")
    }

    // MARK: Pathological JSON

    @Test("JSON: deep nesting, 10 MB strings and keys, duplicate keys, surrogate escapes, invalid escapes, in order")
    func pathologicalJSON() throws {
        let big = String(repeating: "pay 500 pounds or this goes over Facebook SECRETMARK ", count: 200_000)   // 10.6 MB
        var rows: [(json: String, kind: Expect, decoded: [UInt8]?)] = [
            (#"{"id":"plain","text":"SECRETMARK \#(threat)"}"#, .verdict(0), utf8("SECRETMARK \(threat)")),
            // Duplicate keys: the last wins, for text and for id.
            (#"{"text":"SECRETMARK hello","id":"first","text":"\#(threat)","id":"last"}"#, .verdict(0), utf8(threat)),
            (#"{"text":"\#(threat)","text":"SECRETMARK hello"}"#, .verdict(0), utf8("SECRETMARK hello")),
            // Escaped surrogate pairs combine; lone or mismatched surrogates become U+FFFD.
            (#"{"text":"\ud83d\ude00 pay £500 SECRETMARK"}"#, .verdict(0), utf8("😀 pay £500 SECRETMARK")),
            (#"{"text":"\uD83D\uDE00\uD83D\uDE00 pay £500 SECRETMARK"}"#, .verdict(0), utf8("😀😀 pay £500 SECRETMARK")),
            (#"{"text":"\ud83d pay £500 SECRETMARK"}"#, .verdict(0), utf8("\u{FFFD} pay £500 SECRETMARK")),
            (#"{"text":"\ude00 pay £500 SECRETMARK"}"#, .verdict(0), utf8("\u{FFFD} pay £500 SECRETMARK")),
            (#"{"text":"\ud83d\u0041 pay £500 SECRETMARK"}"#, .verdict(0), utf8("\u{FFFD}A pay £500 SECRETMARK")),
            (#"{"text":"\ude00\ud83d pay £500 SECRETMARK"}"#, .verdict(0), utf8("\u{FFFD}\u{FFFD} pay £500 SECRETMARK")),
            (#"{"text":"pay £500 SECRETMARK \ud83d"}"#, .verdict(0), utf8("pay £500 SECRETMARK \u{FFFD}")),
            (#"{"text":"pay £500 SECRETMARK \ud83d\""}"#, .verdict(0), utf8("pay £500 SECRETMARK \u{FFFD}\"")),
            // Invalid escapes.
            (#"{"text":"SECRETMARK \x41"}"#, .error(0), nil),
            (#"{"text":"SECRETMARK \u12"}"#, .error(0), nil),
            (#"{"text":"SECRETMARK \u12"#, .error(0), nil),
            (#"{"text":"SECRETMARK \uZZZZ"}"#, .error(0), nil),
            (#"{"text":"SECRETMARK \U0041"}"#, .error(0), nil),
            (#"{"text":"SECRETMARK \"#, .error(0), nil),
            (#"{"text":"SECRETMARK \'"}"#, .error(0), nil),
            // Nesting: within the limit is fine, 1,000 and 100,000 levels are error records (the
            // parser's documented limit is 256 levels), and nothing overflows the stack.
            (#"{"text":"SECRETMARK nested","m":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
             .verdict(0), utf8("SECRETMARK nested")),
            (#"{"text":"SECRETMARK","m":"# + String(repeating: #"{"a":"#, count: 1_000) + "1" + String(repeating: "}", count: 1_000) + "}",
             .error(0), nil),
            (#"{"text":"SECRETMARK","m":"# + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000) + "}",
             .error(0), nil),
            (#"{"text":"#+String(repeating: "[", count: 1_000) + #""SECRETMARK""# + String(repeating: "]", count: 1_000) + "}",
             .error(0), nil),
            (#"{"text":"SECRETMARK","m":"# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}",
             .error(0), nil),
            (#"{"text":"SECRETMARK","m":"# + String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000) + "}",
             .error(0), nil),
            (#"{"text":"SECRETMARK","m":"# + String(repeating: "[", count: 100_000), .error(0), nil),
            (String(repeating: "[", count: 100_000), .error(0), nil),
            // 10 MB strings: as the text, as another field, as a key.
            (#"{"id":"huge","text":"\#(big)"}"#, .verdict(0), nil),
            (#"{"blob":"\#(big)","text":"\#(threat)","id":"after-blob"}"#, .verdict(0), utf8(threat)),
            (#"{"\#(big)":1,"text":"SECRETMARK hi","id":"after-key"}"#, .verdict(0), utf8("SECRETMARK hi")),
            (#"{"id":"end","text":"SECRETMARK \#(threat)"}"#, .verdict(0), utf8("SECRETMARK \(threat)")),
        ]
        var input: [UInt8] = []
        var line = 0
        for index in rows.indices {
            line += 1
            rows[index].kind = rows[index].kind.at(line)
            input += utf8(rows[index].json) + [0x0A]
            if index % 5 == 4 { input += [0x0A]; line += 1 }   // blank lines keep their numbers
        }
        let result = try run(["score", "--no-conversation"], input: Data(input))
        let records = expectRecords(result, rows.map(\.kind))
        guard records.count == rows.count else { return }
        for (record, row) in zip(records, rows) {
            guard let decoded = row.decoded else { continue }
            expectEvidence(record, inside: decoded)
        }
        #expect(records[1]["id"] as? String == "last")
        #expect(strings(records[1]["categories"]).contains("publish_threat"), "the last text wins")
        #expect((records[2]["hits"] as? [[String: Any]] ?? []).isEmpty, "the last text wins")
        for index in 3...10 {
            let flags = records[index]["flags"] as? [String] ?? []
            #expect(flags.contains("invalid_utf8") == (index >= 5), "row \(index): \(flags)")
        }
        let paySpan = { (record: [String: Any]) in
            (record["hits"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "PAY_SEND_AMOUNT" }?["spans"] as? [[Int]]
        }
        #expect(paySpan(records[3])?.first == [5, 8], "😀 is 4 bytes, so `pay` starts at byte 5")
        #expect(paySpan(records[4])?.first == [9, 12])
        #expect(paySpan(records[5])?.first == [4, 7], "a lone surrogate is one 3-byte U+FFFD")
        for index in 11...17 {
            let reason = records[index]["error"] as? String ?? ""
            #expect(reason.contains("escape") || reason.contains("unterminated"), "row \(index): \(reason)")
        }
        for index in 19...25 {
            let reason = records[index]["error"] as? String ?? ""
            #expect(reason.contains("nesting") || reason.contains("expected"), "row \(index): \(reason)")
        }
        #expect(records[26]["id"] as? String == "huge")
        #expect(strings(records[26]["flags"]).contains("truncated"))
        expectEvidence(records[26], inside: utf8(big))
        #expect(records[27]["id"] as? String == "after-blob")
        #expect(records[28]["id"] as? String == "after-key")
    }

    // MARK: CSV

    @Test("CSV with quoted newlines, commas and quotes: one record per CSV record, numbered where it starts")
    func csvQuoting() throws {
        let input = utf8("id,text,sender\r\n")                                                // line 1: header
            + utf8("1,\"SECRETMARK pay £500, or \"\"this\"\" is going\nover Facebook\",u1\n")   // lines 2-3
            + utf8("\n")                                                                      // line 4: blank
            + utf8("2,\"line one\r\nline two, \"\"quoted\"\"\r\n\r\nafter, blank\",u2\n")      // lines 5-8
            + utf8("3,plain SECRETMARK text,u3\n")                                            // line 9
            + utf8("4,\"a,b,c\",u4\n")                                                        // line 10
            + utf8("5,\"\"\"\",u5\n")                                                         // line 11
            + utf8("6,a") + [0] + utf8("b SECRETMARK,u6\n")                                   // line 12
            + utf8("7,\"SECRETMARK\"junk,u7\n")                                               // line 13: text after the quote
            + utf8("8,SECRETMARK, unquoted comma,u8\n")                                       // line 14: 4 fields
            + utf8("9,\",\",u9\n")                                                            // line 15
            + utf8("10,\"SECRETMARK never closed\nmore text\n")                               // lines 16-17: open at EOF
        let result = try run(["score", "--input", "csv"], input: Data(input))
        let records = expectRecords(result, [.verdict(2), .verdict(5), .verdict(9), .verdict(10), .verdict(11), .verdict(12),
                                             .error(13), .error(14), .verdict(15), .error(16)])
        guard records.count == 10 else { return }
        #expect(records.map { $0["id"] as? String } == ["1", "2", "3", "4", "5", "6", nil, nil, "9", nil])
        #expect(records.map { $0["sender"] as? String } == ["u1", "u2", "u3", "u4", "u5", "u6", nil, nil, "u9", nil])
        let texts: [Int: [UInt8]] = [
            0: utf8("SECRETMARK pay £500, or \"this\" is going\nover Facebook"),
            1: utf8("line one\r\nline two, \"quoted\"\r\n\r\nafter, blank"),
            2: utf8("plain SECRETMARK text"), 3: utf8("a,b,c"), 4: utf8("\""), 5: utf8("a") + [0] + utf8("b SECRETMARK"),
            8: utf8(","),
        ]
        for (index, text) in texts { expectEvidence(records[index], inside: text) }
        let categories = strings(records[0]["categories"])
        #expect(categories.contains("payment_demand"), "the quoted comma and newline stay inside the message: \(categories)")
    }

    // MARK: Empty input

    @Test("Empty input and input of only blank lines give no output and exit 0, in every format")
    func emptyAndBlank() throws {
        let inputs: [(String, [UInt8])] = [
            ("empty", []),
            ("blank lines", utf8("\n\n   \n\t\t\n\r\n \t\r\n\r\r\n")),
            ("blank lines without a final newline", utf8("\n \n\t")),
            ("a BOM alone", [0xEF, 0xBB, 0xBF]),
            ("a BOM and blank lines", [0xEF, 0xBB, 0xBF] + utf8("\n \r\n\n")),
        ]
        var jobs: [(name: String, arguments: [String], input: [UInt8])] = []
        for format in ["auto", "text", "jsonl", "csv"] {
            // text and jsonl share auto's line reader: the BOM variants are run for auto and csv only.
            for (name, bytes) in inputs where ["auto", "csv"].contains(format) || !name.contains("BOM") {
                jobs.append(("--input \(format), \(name)", ["score", "--input", format], bytes))
            }
        }
        jobs.append(("a CSV header alone", ["score", "--input", "csv"], utf8("id,text\r\n\r\n")))
        jobs.append(("an empty file argument", ["score", "/dev/null"], []))
        let results = try runConcurrently(jobs.map { ($0.arguments, $0.input) })
        for (job, result) in zip(jobs, results) {
            #expect(result.status == 0, "\(job.name): status \(result.status), \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(job.name): \(String(decoding: result.stdout, as: UTF8.self))")
        }
    }

    // MARK: A pipe that delivers one byte at a time

    @Test("Reading from a pipe that delivers one byte at a time gives byte-identical output to reading a file")
    func oneByteAtATime() throws {
        let text = [0xEF, 0xBB, 0xBF] + utf8("SECRETMARK \(threat)\r\n\n  \nfirst £ ü 😀 ") + [0xE2, 0x82] + utf8("\r\n")
            + utf8("lone\rCR \(threat)\n") + [0xF0, 0x9F, 0x98, 0x0A] + utf8("a") + [0] + utf8("b\n") + utf8("end without newline 😀")
        let jsonl = [0xEF, 0xBB, 0xBF] + utf8(#"{"id":"1","conversation":"c","text":"SECRETMARK \#(threat)"}"# + "\r\n\n")
            + utf8(#"{"id":"2","text":"\ud83d\ude00 pay £500 \ud83d"}"# + "\n" + #"{"text":"SECRETMARK broken"# + "\n")
            + utf8(#"{"id":"4","conversation":"c","text":""#) + [0xC0, 0x80, 0xFF] + utf8(#" send nudes"}"#)
        let csv = [0xEF, 0xBB, 0xBF] + utf8("id,text\r\n1,\"SECRETMARK \(threat),\r\nsecond \"\"line\"\"\"\r\n\r\n2,plain £ 😀\n3,\"open")
        let cases: [(String, [UInt8], [Expect])] = [
            ("text", text, [.verdict(1), .verdict(4), .verdict(5), .verdict(6), .verdict(7), .verdict(8)]),
            ("jsonl", jsonl, [.verdict(1), .verdict(3), .error(4), .verdict(5)]),
            ("csv", csv, [.verdict(2), .verdict(5), .error(6)]),
        ]
        try withTemporaryDirectory { directory in
            for (format, bytes, expected) in cases {
                let file = directory.appendingPathComponent("in.\(format)")
                try Data(bytes).write(to: file)
                let fromFile = try run(["score", "--input", format], input: Data(bytes))
                expectRecords(fromFile, expected)
                let out = directory.appendingPathComponent("out").path, err = directory.appendingPathComponent("err").path
                // python3 writes one byte, sleeps 1 ms, writes the next, so each read(2) sees about
                // one byte; without python3, dd bs=1 still writes one byte per write(2).
                let script = directory.appendingPathComponent("feed.py")
                try Data(utf8("""
                    import os, sys, time
                    data = open(sys.argv[1], "rb").read()
                    for i in range(len(data)):
                        os.write(1, data[i:i + 1])
                        time.sleep(0.001)

                    """)).write(to: script)
                let feeder = "if command -v python3 >/dev/null 2>&1; then python3 '\(script.path)' '\(file.path)'; "
                    + "else dd if='\(file.path)' bs=1 status=none; fi"
                let piped = try shell("(\(feeder)) | '\(chatscreenBinary)' score --input \(format) > '\(out)' 2> '\(err)'")
                #expect(piped.status == 0, "\(format): \(piped.output)")
                let pipedOut = try Data(contentsOf: URL(fileURLWithPath: out))
                let pipedErr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self)
                #expect(!pipedErr.contains(marker))
                #expect(pipedOut == fromFile.stdout,
                        "\(format): one byte at a time gave\n\(String(decoding: pipedOut, as: UTF8.self))\nfrom a file:\n\(String(decoding: fromFile.stdout, as: UTF8.self))")
            }
        }
    }

    // MARK: A full disk

    @Test("Writing to a full disk (/dev/full) is a clear error on stderr and exit status 1, not a crash or silence")
    func fullDisk() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "/dev/full is needed")
        try withTemporaryDirectory { directory in
            let small = directory.appendingPathComponent("small.txt"), large = directory.appendingPathComponent("large.txt")
            try Data(utf8("SECRETMARK \(threat)\n")).write(to: small)
            try writeRepeating(utf8("SECRETMARK \(threat)\n"), size: 8 << 20, to: large)   // output flushed mid-stream
            let err = directory.appendingPathComponent("err").path
            for (name, file, extra) in [("one line", small, ""), ("8 MB", large, ""), ("8 MB, --conversation-summary", large,
                                        "--conversation-summary '\(directory.appendingPathComponent("summary").path)'")] {
                let result = try shell("'\(chatscreenBinary)' score \(extra) '\(file.path)' > /dev/full 2> '\(err)'")
                let stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self)
                #expect(result.status == 1, "\(name): exit status \(result.status) (a crash is >= 128); stderr: \(stderr)")
                #expect(stderr.contains("error: writing the verdicts failed") && stderr.contains("No space left on device"),
                        "\(name): \(stderr)")
                #expect(!stderr.contains(marker), "\(name): message text on stderr")
                #expect(stderr.split(separator: "\n").count == 1, "\(name): one clear error, not one per line: \(stderr.prefix(500))")
            }
        }
    }
}

// MARK: - Helpers

/// Planted in every hostile input; must never appear on standard error or in an error reason.
fileprivate let marker = "SECRETMARK"
/// Reaches payment_demand and publish_threat on its own.
fileprivate let threat = "pay £500 or this is going over Facebook"

fileprivate func utf8(_ string: String) -> [UInt8] { Array(string.utf8) }

/// A verdict's `flags` or `categories` (empty when absent).
fileprivate func strings(_ value: Any?) -> [String] { value as? [String] ?? [] }

/// The expected output record for an input line.
fileprivate enum Expect: Equatable, CustomStringConvertible {
    case verdict(Int)
    case error(Int)

    var line: Int {
        switch self {
        case .verdict(let line), .error(let line): line
        }
    }

    func at(_ line: Int) -> Expect {
        switch self {
        case .verdict: .verdict(line)
        case .error: .error(line)
        }
    }

    var description: String {
        switch self {
        case .verdict(let line): "verdict@\(line)"
        case .error(let line): "error@\(line)"
        }
    }
}

/// Checks a run end to end and returns its records: exit status `status` (0 unless every record
/// is an error record), output that is valid UTF-8 and
/// ends in a newline, one well-formed JSON object per line, exactly the `expected` records in
/// order (verdicts with score, level and hits; error records with a reason), and no marker on
/// stderr or in an error reason.
@discardableResult
fileprivate func expectRecords(_ result: ProcessResult, _ expected: [Expect], status: Int32 = 0,
                               sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
    #expect(result.status == status, "exit status \(result.status); stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
    #expect(!result.stderr.contains(marker), "message text on stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
    #expect(String(data: result.stdout, encoding: .utf8) != nil, "the output is not valid UTF-8", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty || result.stdout.last == 0x0A, "the output does not end with a newline", sourceLocation: sourceLocation)
    var records: [[String: Any]] = []
    var actual: [Expect] = []
    for line in result.stdout.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
            Issue.record("not one JSON object: \(String(decoding: line.prefix(300), as: UTF8.self))", sourceLocation: sourceLocation)
            actual.append(.error(-1))
            records.append([:])
            continue
        }
        records.append(object)
        let number = object["line"] as? Int ?? -1
        if let reason = object["error"] {
            actual.append(.error(number))
            #expect((reason as? String).map { !$0.isEmpty && !$0.contains(marker) } == true,
                    "line \(number): the error reason must name the problem, not quote the text: \(reason)", sourceLocation: sourceLocation)
        } else {
            actual.append(.verdict(number))
            #expect(object["score"] is Double || object["score"] is Int, "line \(number): no score", sourceLocation: sourceLocation)
            #expect(object["level"] is String && object["hits"] is [Any], "line \(number): not a verdict", sourceLocation: sourceLocation)
        }
    }
    #expect(actual == expected, "records (kind@line) differ from the input's lines", sourceLocation: sourceLocation)
    return records
}

/// Every hit span and entity span lies inside `text` (the message bytes exactly as given), and each
/// hit's `text` is those bytes joined by " … ".
fileprivate func expectEvidence(_ verdict: [String: Any], inside text: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    expectEvidence(verdict, count: text.count, sourceLocation: sourceLocation) { Array(text[$0]) }
}

fileprivate func expectEvidence(_ verdict: [String: Any], count: Int, sourceLocation: SourceLocation = #_sourceLocation,
                                bytes: (Range<Int>) -> [UInt8]) {
    let line = verdict["line"] as? Int ?? -1
    func valid(_ span: [Int]) -> Bool { span.count == 2 && 0 <= span[0] && span[0] <= span[1] && span[1] <= count }
    for hit in verdict["hits"] as? [[String: Any]] ?? [] {
        let spans = hit["spans"] as? [[Int]] ?? []
        #expect(!spans.isEmpty, "line \(line): a hit without spans", sourceLocation: sourceLocation)
        var joined: [UInt8] = []
        for (index, span) in spans.enumerated() {
            guard valid(span) else {
                Issue.record("line \(line): span \(span) of \(hit["rule"] ?? "?") is outside the \(count) message bytes",
                             sourceLocation: sourceLocation)
                return
            }
            if index > 0 { joined += utf8(" … ") }
            joined += bytes(span[0]..<span[1])
        }
        #expect(hit["text"] as? String == String(decoding: joined, as: UTF8.self),
                "line \(line): the text of \(hit["rule"] ?? "?") is not the bytes of its spans", sourceLocation: sourceLocation)
    }
    for entity in verdict["entities"] as? [[String: Any]] ?? [] {
        let span = entity["span"] as? [Int] ?? []
        #expect(valid(span), "line \(line): entity span \(span) is outside the \(count) message bytes", sourceLocation: sourceLocation)
    }
}

/// One message line for each kind of invalid UTF-8 in each position: at the start, in the middle
/// (directly before a letter), at the end of the line, and alone.
fileprivate struct MalformedRow {
    var name: String
    var bytes: [UInt8]
    var carriesThreat: Bool
}

fileprivate func malformedRows() -> [MalformedRow] {
    let kinds: [(String, [UInt8])] = [
        ("overlong NUL C0 80", [0xC0, 0x80]),
        ("overlong C1 BF", [0xC1, 0xBF]),
        ("overlong E0 80 80", [0xE0, 0x80, 0x80]),
        ("overlong E0 9F BF", [0xE0, 0x9F, 0xBF]),
        ("overlong F0 80 80 80", [0xF0, 0x80, 0x80, 0x80]),
        ("overlong F0 8F BF BF", [0xF0, 0x8F, 0xBF, 0xBF]),
        ("high surrogate ED A0 80", [0xED, 0xA0, 0x80]),
        ("low surrogate ED BF BF", [0xED, 0xBF, 0xBF]),
        ("CESU-8 pair ED A0 BD ED B8 80", [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]),
        ("above U+10FFFF F4 90 80 80", [0xF4, 0x90, 0x80, 0x80]),
        ("truncated C3", [0xC3]),
        ("truncated E2 82", [0xE2, 0x82]),
        ("truncated F0 9F 98", [0xF0, 0x9F, 0x98]),
        ("lone continuation 80", [0x80]),
        ("lone continuation BF", [0xBF]),
        ("continuation run 80 81 BE BF", [0x80, 0x81, 0xBE, 0xBF]),
        ("C0", [0xC0]), ("C1", [0xC1]),
        ("F5", [0xF5]), ("F7 BF BF BF", [0xF7, 0xBF, 0xBF, 0xBF]), ("F8 88 80 80 80", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ("FC 84 80 80 80 80", [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]), ("FE", [0xFE]), ("FF", [0xFF]), ("FE FF", [0xFE, 0xFF]),
        ("FF FE", [0xFF, 0xFE]),
    ]
    var rows: [MalformedRow] = []
    for (name, bad) in kinds {
        rows.append(MalformedRow(name: name + " at the start", bytes: bad + utf8("\(threat) \(marker)"), carriesThreat: true))
        rows.append(MalformedRow(name: name + " mid-line", bytes: utf8("\(marker) pay £500 ") + bad + utf8("or this is going over Facebook"),
                                 carriesThreat: true))
        rows.append(MalformedRow(name: name + " alone", bytes: bad, carriesThreat: false))
        rows.append(MalformedRow(name: name + " at the end", bytes: utf8("\(marker) \(threat) ") + bad, carriesThreat: true))
    }
    return rows
}

/// Runs the CLI once per job, two at a time (a debug binary spends about a second compiling the
/// embedded rule pack before it reads any input); the results are in the order of `jobs`.
fileprivate func runConcurrently(_ jobs: [([String], [UInt8])]) throws -> [ProcessResult] {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var values: [Int: Result<ProcessResult, any Error>] = [:]
    }
    let results = Results()
    let queue = DispatchQueue(label: "chatscreen-hostile", attributes: .concurrent)
    let group = DispatchGroup(), slots = DispatchSemaphore(value: 2)
    for (index, job) in jobs.enumerated() {
        let (arguments, input) = job
        slots.wait()
        queue.async(group: group) {
            let result = Result { try run(arguments, input: Data(input)) }
            results.lock.withLock { results.values[index] = result }
            slots.signal()
        }
    }
    group.wait()
    return try jobs.indices.map { try results.values[$0]!.get() }
}

/// The path of GNU time when it supports `-v` (for peak RSS), or nil.
fileprivate let peakRSSTool: String? = {
    let path = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: path),
          let probe = try? shell("\(path) -v true 2>&1"), probe.status == 0,
          probe.output.contains("Maximum resident set size") else { return nil }
    return path
}()

/// Writes `size` bytes of `pattern` repeated (byte `i` is `pattern[i % pattern.count]`) in 1 MiB chunks.
fileprivate func writeRepeating(_ pattern: [UInt8], size: Int, to url: URL) throws {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let chunk = Data((0..<((1 << 20) / pattern.count * pattern.count)).map { pattern[$0 % pattern.count] })
    var written = 0
    while written + chunk.count <= size {
        try handle.write(contentsOf: chunk)
        written += chunk.count
    }
    try handle.write(contentsOf: chunk.prefix(size - written))
}

/// Runs `body` with a fresh temporary directory that is removed afterwards.
fileprivate func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatscreen-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}
