import Testing
@testable import ChatScreenFormats

/// The optional label field (`FieldNames.label`), read for `chatscreen eval` and `rules fit`.
@Suite struct LabelFieldTests {
    static let labelled = FieldNames(label: "label")

    @Test func labelsAreNotReadUnlessAsked() throws {
        #expect(FieldNames().label == nil)
        let message = try jsonl(#"{"text":"hi","label":"benign"}"#)?.message
        #expect(message == InputMessage(line: 1, text: Array("hi".utf8)))
        #expect(message?.label == nil)
        // Not asked for, a label of any kind is skipped like any other field.
        #expect(try jsonl(#"{"text":"hi","label":{"x":[1]}}"#)?.message?.label == nil)
    }

    @Test func jsonlStringLabel() throws {
        let message = try jsonl(#"{"id":7,"label":"payment_demand","text":"pay \u00a3500"}"#, fields: Self.labelled)?.message
        #expect(message == InputMessage(line: 1, text: Array("pay £500".utf8), id: "7", label: "payment_demand"))
        // Escapes are decoded; the last of repeated keys wins, as for the other fields.
        #expect(try jsonl(#"{"text":"x","label":"a","label":"ben\u0069gn"}"#, fields: Self.labelled)?.message?.label == "benign")
        // A custom name.
        let custom = FieldNames(label: "gold")
        #expect(try jsonl(#"{"text":"x","label":"no","gold":"extortion"}"#, fields: custom)?.message?.label == "extortion")
    }

    @Test func jsonlAbsentOrNullLabelIsNil() throws {
        #expect(try jsonl(#"{"text":"x"}"#, fields: Self.labelled)?.message?.label == nil)
        #expect(try jsonl(#"{"text":"x","label":null}"#, fields: Self.labelled)?.message?.label == nil)
    }

    @Test func jsonlLabelOfAnotherKindIsAnErrorRecord() throws {
        for (value, kind) in [("1", "a number"), ("true", "a boolean"), (#"["benign"]"#, "an array"), (#"{"a":1}"#, "an object")] {
            let record = try jsonl(#"{"text":"secret words","label":\#(value)}"#, fields: Self.labelled)
            #expect(record?.reason == #"field "label" must be a string, not \#(kind); write the label as a string such as "benign""#)
            #expect(record?.reason?.contains("secret") == false, "no message text in errors")
        }
    }

    @Test func csvLabelColumn() throws {
        let input = "id,text,label\n1,hello,benign\n2,\"pay, now\",payment_demand\n3,no label,\n"
        #expect(try readRecords(input, format: .csv, fields: Self.labelled) == [
            .message(InputMessage(line: 2, text: Array("hello".utf8), id: "1", label: "benign")),
            .message(InputMessage(line: 3, text: Array("pay, now".utf8), id: "2", label: "payment_demand")),
            .message(InputMessage(line: 4, text: Array("no label".utf8), id: "3")),
        ])
        // Without FieldNames.label the column is an ordinary unused column.
        #expect(try readRecords(input, format: .csv).compactMap(\.message).allSatisfy { $0.label == nil })
        // A header without the column gives nil labels, not errors.
        #expect(try readRecords("text\nhi\n", format: .csv, fields: Self.labelled).first?.message?.label == nil)
    }
}
