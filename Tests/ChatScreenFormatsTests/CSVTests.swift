import Testing
@testable import ChatScreenFormats

/// RFC 4180 records, the header row, and line numbers of records that span lines.
@Suite struct CSVTests {
    static func message(_ line: Int, _ text: String, id: String? = nil, conversation: String? = nil, sender: String? = nil) -> InputRecord {
        .message(InputMessage(line: line, text: Array(text.utf8), id: id, conversation: conversation, sender: sender))
    }

    @Test func quotedCommasQuotesAndNewlines() throws {
        let input = [
            "id,text,sender",
            #"1,plain,alice"#,
            #"2,"with, comma",bob"#,
            #"3,"say ""hi""",carol"#,
            #"4,"two"#,
            #"lines",dave"#,
            #"5,"three"#,
            "",
            #"lines, ""quoted"" too",erin"#,
            #"6,"",frank"#,
            #"7,"""",gina"#,
            #""8",unquoted "inner" quotes,"h""#,
        ].joined(separator: "\n") + "\n"
        #expect(try readRecords(input, format: .csv) == [
            Self.message(2, "plain", id: "1", sender: "alice"),
            Self.message(3, "with, comma", id: "2", sender: "bob"),
            Self.message(4, "say \"hi\"", id: "3", sender: "carol"),
            Self.message(5, "two\nlines", id: "4", sender: "dave"),
            Self.message(7, "three\n\nlines, \"quoted\" too", id: "5", sender: "erin"),
            Self.message(10, "", id: "6", sender: "frank"),
            Self.message(11, "\"", id: "7", sender: "gina"),
            Self.message(12, "unquoted \"inner\" quotes", id: "8", sender: "h"),
        ])
    }

    @Test func crlfLineEndingsAreKeptInsideQuotedFields() throws {
        let input = "text,id\r\n\"a\r\nb\",1\r\nc,2\r\n\"d\ne\",3"
        #expect(try readRecords(input, format: .csv) == [
            Self.message(2, "a\r\nb", id: "1"),
            Self.message(4, "c", id: "2"),
            Self.message(5, "d\ne", id: "3"),
        ])
    }

    @Test func blankLinesBetweenRecordsAndBeforeHeader() throws {
        let input = "\n \t\r\n\u{FEFF}x,text\n\n1,a\n  \n\n2,b\n\n"
        // U+FEFF here is not at the start of the input, so it is part of the first column's name.
        #expect(try readRecords(input, format: .csv) == [Self.message(5, "a"), Self.message(8, "b")])
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try readRecords(bom + Array("text,id\nhi,1\n".utf8), format: .csv) == [Self.message(2, "hi", id: "1")])
    }

    @Test func headerMatchingAndOptionalColumns() throws {
        // Names are trimmed; the first matching column wins; absent columns give nil; empty cells give nil.
        let input = " conversation , text ,text,id\nc1,first,second,\n,x,y,7\n"
        #expect(try readRecords(input, format: .csv) == [
            Self.message(2, "first", conversation: "c1"),
            Self.message(3, "x", id: "7"),
        ])
        let fields = FieldNames(text: "body", id: "msg_id", conversation: "chat", sender: "from")
        let custom = "from,body,chat,msg_id\nann,\"hello, you\",room,99\n"
        #expect(try readRecords(custom, format: .csv, fields: fields) == [
            Self.message(2, "hello, you", id: "99", conversation: "room", sender: "ann"),
        ])
        // A single-column file.
        #expect(try readRecords("text\nalpha\n\"beta, gamma\"\n", format: .csv) == [
            Self.message(2, "alpha"), Self.message(3, "beta, gamma"),
        ])
    }

    @Test func missingTextColumnMakesEveryRecordAnError() throws {
        let records = try readRecords("id,body\n1,a\n2,b\n", format: .csv)
        let reason = #"CSV header has no column "text" (its columns are "id", "body"); choose the text column with --text-field"#
        #expect(records == [.error(line: 2, reason: reason), .error(line: 3, reason: reason)])
        // Long and many header names are shortened in the message.
        let names = (0..<30).map { "column_with_a_rather_long_name_number_\($0)_padding" }
        let long = try readRecords(names.joined(separator: ",") + "\nx\n", format: .csv)
        let longReason = try #require(long.first?.reason)
        #expect(longReason.contains(", …)"))
        #expect(!longReason.contains("number_20"))
        #expect(longReason.utf8.count < 1200)
        // A file without a header row: its first message is read as the header and never quoted.
        let headerless = try readRecords("1,\"pay me £500, or else\",rex\n2,hello,sam\n", format: .csv)
        let headerlessReason = try #require(headerless.first?.reason)
        #expect(headerlessReason == #"CSV header has no column "text" (its columns are "1", "#
            + #"(column 2: 21 bytes, not shown), "rex"); choose the text column with --text-field, "#
            + "or add a header row if the first row holds messages")
        #expect(!headerlessReason.contains("pay"))
    }

    @Test func fieldCountMismatches() throws {
        let input = "id,text,sender\n1,a\n2,b,c,d\n3,\"x,y\",z\n4,,\n"
        #expect(try readRecords(input, format: .csv) == [
            .error(line: 2, reason: "CSV record has 2 fields but the header has 3; check for a missing field or a line break outside quotes"),
            .error(line: 3, reason: "CSV record has 4 fields but the header has 3; quote fields that contain commas"),
            Self.message(4, "x,y", id: "3", sender: "z"),
            Self.message(5, "", id: "4"),
        ])
        #expect(try readRecords("a,text\nonly\n", format: .csv) == [
            .error(line: 2, reason: "CSV record has 1 field but the header has 2; check for a missing field or a line break outside quotes"),
        ])
    }

    @Test func textAfterClosingQuoteIsAnErrorAndReadingResumesOnTheNextLine() throws {
        let input = "id,text\n1,\"ab\"c\n2,\"multi\nline\"x, more\n3,ok\n"
        let reason = "CSV field 2 has text after its closing quote; write a quote inside a quoted field as \"\" and quote the whole field"
        #expect(try readRecords(input, format: .csv) == [
            .error(line: 2, reason: reason),
            .error(line: 3, reason: reason),
            Self.message(5, "ok", id: "3"),
        ])
    }

    @Test func unterminatedQuoteAtEndOfInput() throws {
        let input = "id,text\n1,fine\n2,\"never\nclosed, at all\n3,x\n"
        #expect(try readRecords(input, format: .csv) == [
            Self.message(2, "fine", id: "1"),
            .error(line: 3, reason: "CSV record has a quoted field with no closing quote before the end of the input"),
        ])
        // Without a final newline, and with a quote that opens at the very end.
        #expect(try readRecords("text\n\"", format: .csv) == [
            .error(line: 2, reason: "CSV record has a quoted field with no closing quote before the end of the input"),
        ])
    }

    @Test func finalRecordWithoutNewlineAndEmptyFields() throws {
        #expect(try readRecords("text,id\n,\n\"\",\"\"\nlast,9", format: .csv) == [
            Self.message(2, ""), Self.message(3, ""), Self.message(4, "last", id: "9"),
        ])
    }

    @Test(arguments: [1, 3, 8, 1 << 20])
    func recordsLongerThanTheBuffer(bufferSize: Int) throws {
        let long = String(repeating: "word, \"quoted\"\n", count: 40)
        let escaped = long.replacingOccurrences(of: "\"", with: "\"\"")
        let input = "text,id\r\n\"\(escaped)\",1\r\nshort,2"
        #expect(try readRecords(input, format: .csv, bufferSize: bufferSize) == [
            Self.message(2, long, id: "1"), Self.message(43, "short", id: "2"),
        ])
    }

    @Test func invalidUTF8InCellsIsKeptInTextAndRepairedInIdentifiers() throws {
        let input: [UInt8] = Array("text,id\n".utf8) + [0x61, 0xFF] + Array(",".utf8) + [0x62, 0xC3] + [0x0A]
        #expect(try readRecords(input, format: .csv) == [
            .message(InputMessage(line: 2, text: [0x61, 0xFF], id: "b\u{FFFD}")),
        ])
    }
}

extension String {
    /// Foundation-free replacement for the test inputs above.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
