import Testing
@testable import ChatScreenFormats

/// Extra fields (`FieldNames.extra`), read as text for `chatscreen eval --facet`.
@Suite struct ExtraFieldTests {
    static let fields = FieldNames(extra: ["lang", "n", "ok", "gone"])

    @Test func notReadUnlessAsked() throws {
        let message = try jsonl(#"{"text":"hi","lang":"de"}"#)?.message
        #expect(message?.extra == [] && message == InputMessage(line: 1, text: Array("hi".utf8)))
    }

    @Test func jsonlValuesAsText() throws {
        // A string (escapes decoded), a number (its literal), a boolean (true/false), an absent field (nil).
        let message = try jsonl(#"{"lang":"d\u0065","text":"hi","n":-1.5e3,"ok":false}"#, fields: Self.fields)?.message
        #expect(message?.extra == ["de", "-1.5e3", "false", nil])
        #expect(try jsonl(#"{"text":"hi","ok":true,"lang":null}"#, fields: Self.fields)?.message?.extra == [nil, nil, "true", nil])
        // The last of repeated keys wins; nested keys of the same name are not read.
        let nested = try jsonl(#"{"text":"hi","lang":"en","lang":"it","meta":{"n":1}}"#, fields: Self.fields)?.message
        #expect(nested?.extra == ["it", nil, nil, nil])
    }

    @Test func jsonlExtraSharingANameWithAnotherField() throws {
        let fields = FieldNames(extra: ["conversation", "conversation", "id"])
        let message = try jsonl(#"{"text":"hi","id":7,"conversation":"c1"}"#, fields: fields)?.message
        #expect(message?.conversation == "c1" && message?.id == "7")
        #expect(message?.extra == ["c1", "c1", "7"])
    }

    @Test func jsonlContainerIsAnErrorRecord() throws {
        for (value, kind) in [(#"["de"]"#, "an array"), (#"{"a":1}"#, "an object")] {
            let record = try jsonl(#"{"text":"secret words","lang":\#(value)}"#, fields: Self.fields)
            #expect(record?.reason == #"field "lang" must be a string, a number or a boolean, not \#(kind); choose another field"#)
            #expect(record?.reason?.contains("secret") == false, "no message text in errors")
        }
    }

    @Test func booleansStayErrorsForTheOtherFields() throws {
        #expect(try jsonl(#"{"text":"x","id":true}"#, fields: Self.fields)?.reason == #"field "id" must be a string or a number, not a boolean"#)
    }

    @Test func csvColumns() throws {
        let csv = "id,lang,text,ok\n1,de,hallo,\n2,,hi,yes\n"
        let records = try readRecords(csv, format: .csv, fields: Self.fields)
        // Empty cells and columns the header lacks are nil.
        #expect(records.map { $0.message?.extra ?? [] } == [["de", nil, nil, nil], [nil, nil, "yes", nil]])
    }
}
