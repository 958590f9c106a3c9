import Foundation
import Testing
@testable import ChatScreenFormats

/// WhatsApp "Export chat" text: both phone shapes, both clocks, both date orders.
@Suite struct WhatsAppExportTests {
    @Test func androidTwentyFourHourDayFirst() throws {
        let records = try readExport(.whatsapp, "whatsapp/android-24h-dayfirst.txt", conversation: "Lisbon Trip")
        #expect(records.map(\.exportKind) == ["system", "system", "system", "message", "message", "media", "deleted",
                                        "message", "message", "system"])
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 8, 9, 10, 11, 12])
        #expect(records[3] == .message(exportMessage(line: 4, "Welcome everyone! 🎉", conversation: "Lisbon Trip",
                                                     sender: "Priya Nair", timestamp: "2024-03-12T09:02:00")))
        // A multi-line message keeps its lines, joined with \n, and the line where it starts.
        #expect(records[4] == .message(exportMessage(line: 5, "Flights are booked.\nArriving Friday 18:40\nTerminal 1",
                                                     conversation: "Lisbon Trip", sender: "Tomás Ferreira",
                                                     timestamp: "2024-03-12T09:05:00")))
        #expect(records[7].exportText == "مرحبا، أنا متحمسة جداً للرحلة")
        #expect(records[7].exportCarried?.timestamp == "2024-03-13T20:15:00")
        // Direction marks around a phone number are removed from the sender.
        #expect(records[8].exportCarried?.sender == "+44 7700 900123")
        // Skipped records carry the header fields and no text.
        #expect(records[5] == .skipped(exportMessage(line: 8, "", conversation: "Lisbon Trip", sender: "Priya Nair",
                                                     timestamp: "2024-03-12T09:06:00"), reason: "media"))
        #expect(records[6].exportCarried?.sender == "Tomás Ferreira")
        #expect(records[0].exportCarried?.sender == nil)
        #expect(records.allSatisfy { $0.exportCarried?.text.isEmpty ?? false || $0.exportKind == "message" })
        #expect(records.allSatisfy { $0.exportCarried?.conversation == "Lisbon Trip" && $0.exportCarried?.id == nil })
    }

    @Test func androidTwelveHourMonthFirst() throws {
        var reader = try WhatsAppReader(path: exportFixture("whatsapp/android-12h-monthfirst.txt"), conversation: "Dana")
        let records = try drainExport(&reader)
        #expect(reader.dateOrder == .monthFirst)
        #expect(records.map(\.exportKind) == ["system", "message", "message", "media", "deleted", "message"])
        #expect(records.map { $0.exportCarried?.timestamp } == [
            "2024-03-12T09:00:00", "2024-03-12T21:15:00", "2024-03-12T21:16:00",
            "2024-03-13T00:05:00", "2024-03-13T12:30:00", "2024-03-13T12:31:00",
        ])
        #expect(records[2].exportText == "yes! 12pm at the park 🌳")
        #expect(records[5].exportText == "שלום, מה שלומך?\nsee you at noon")
        #expect(records[5].line == 6)
        #expect(records.compactMap { $0.exportCarried?.sender } == ["Dana Whitfield", "Marcus Lee", "Marcus Lee", "Dana Whitfield", "Dana Whitfield"])
    }

    @Test func iosTwentyFourHourWithCRLF() throws {
        let records = try readExport(.whatsapp, "whatsapp/ios-24h.txt", conversation: "Noor")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "media", "media", "deleted", "message"])
        #expect(records.map(\.line) == [1, 2, 3, 5, 6, 7, 8])
        #expect(records[0].exportCarried?.sender == "Noor Al-Amin")
        #expect(records[1] == .message(exportMessage(line: 2, "hi Noor 👋", conversation: "Noor", sender: "Eitan Levi",
                                                     timestamp: "2024-03-12T21:15:03")))
        #expect(records[2].exportText == "hey!\nhow was the exam?")
        #expect(records[3].exportCarried?.sender == "Eitan Levi")   // the LRM before "[" is not part of anything
        #expect(records[6].exportText == "صباح الخير")
        #expect(records[6].exportCarried?.timestamp == "2024-03-14T08:00:00")
    }

    @Test func iosTwelveHour() throws {
        let records = try readExport(.whatsapp, "whatsapp/ios-12h.txt", conversation: nil)
        #expect(records.map(\.exportKind) == ["system", "message", "media", "message", "deleted"])
        #expect(records.map { $0.exportCarried?.timestamp } == [
            "2024-03-12T21:15:03", "2024-03-12T21:15:03", "2024-03-12T21:20:11", "2024-03-12T21:21:00", "2024-03-14T07:05:09",
        ])
        #expect(records[3] == .message(exportMessage(line: 4, "yes thanks 😊", conversation: nil, sender: "Jamie Park",
                                                     timestamp: "2024-03-12T21:21:00")))
    }

    @Test func ambiguousDatesDefaultToDayFirstAndCanBeForced() throws {
        var reader = try WhatsAppReader(path: exportFixture("whatsapp/ambiguous-dates.txt"), conversation: nil)
        let auto = try drainExport(&reader)
        #expect(reader.dateOrder == .dayFirst)
        #expect(auto.map { $0.exportCarried?.timestamp } == ["2024-02-01T10:00:00", "2024-02-02T10:05:00"])
        let forced = try readExport(.whatsapp, "whatsapp/ambiguous-dates.txt",
                                    options: ExportOptions(whatsAppDateOrder: .monthFirst))
        #expect(forced.map { $0.exportCarried?.timestamp } == ["2024-01-02T10:00:00", "2024-02-02T10:05:00"])
        // Forcing the wrong order on a decisive file gives error records, not wrong dates.
        let wrong = try readExport(.whatsapp, "whatsapp/android-24h-dayfirst.txt",
                                   options: ExportOptions(whatsAppDateOrder: .monthFirst))
        #expect(wrong.filter { $0.exportKind == "error" }.map(\.line) == [10, 11, 12])
        #expect(wrong[9].reason == "the date in the message header is not a valid month-first date")
    }

    @Test func dateOrderOnAPipeIsDecidedByALaterLine() throws {
        // 30 ambiguous messages, then a month-first date: the held records get month-first dates.
        var text = ""
        for k in 1...30 { text += "1/2/24, 10:\(String(format: "%02d", k)) AM - Ana: message \(k)\n" }
        text += "1/20/24, 9:00 PM - Ben: late\n"
        let records = try withExportPipe(Array(text.utf8), chunk: 7) { fd in
            var reader = WhatsAppReader(fileDescriptor: fd, conversation: "c", bufferSize: 64)
            let records = try drainExport(&reader)
            #expect(reader.dateOrder == .monthFirst)
            return records
        }
        #expect(records.count == 31)
        #expect(records.first?.exportCarried?.timestamp == "2024-01-02T10:01:00")
        #expect(records.last?.exportCarried?.timestamp == "2024-01-20T21:00:00")
        #expect(records.map(\.line) == Array(1...31))
        // The same through a file (pre-scan and rewind).
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        #expect(try readExport(.whatsapp, path, conversation: "c") == records)
    }

    @Test func headerVariants() throws {
        let lines = [
            "12/03/2024, 21:15 - A: one",              // Android 24h
            "12/03/24, 9:15 pm - A: two",              // lower-case pm, 2-digit year
            "12.03.24, 21:15 - A: three",              // dots
            "[12/03/2024 21:15:03] A: four",           // iOS without comma
            "2024-03-12, 21:15 - A: five",             // year first
            "12/03/2024, 9:15 p. m. - A: six",         // Spanish-style p. m.
            "12/03/2024, 21:15 – A: seven",            // en dash
            "\u{200E}[12/03/2024, 21:15:03] A: eight",
            "13/03/2024, 12:00 AM - A: nine",          // midnight
        ]
        let path = try temporaryFile(Array(lines.joined(separator: "\n").utf8))
        defer { unlink(path) }
        let records = try readExport(.whatsapp, path)
        #expect(records.map(\.exportKind) == Array(repeating: "message", count: 9))
        #expect(records.map(\.exportText) == ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
        #expect(records.map { $0.exportCarried?.timestamp } == [
            "2024-03-12T21:15:00", "2024-03-12T21:15:00", "2024-03-12T21:15:00", "2024-03-12T21:15:03",
            "2024-03-12T21:15:00", "2024-03-12T21:15:00", "2024-03-12T21:15:00", "2024-03-12T21:15:03",
            "2024-03-13T00:00:00",
        ])
    }

    @Test func notHeaders() throws {
        // Lines that look a little like headers continue the previous message.
        let text = """
        12/03/2024, 21:15 - A: start
        12/03/2024 was a Tuesday
        21:15 - not a date
        [12/03/2024, 25:15] out of range
        12/03/2024, 21:15 no dash
        """
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let records = try readExport(.whatsapp, path)
        #expect(records.count == 1)
        #expect(records[0].exportText == "start\n12/03/2024 was a Tuesday\n21:15 - not a date\n[12/03/2024, 25:15] out of range\n12/03/2024, 21:15 no dash")
    }

    @Test func linesBeforeTheFirstHeaderAreErrors() throws {
        let text = "\n\nhello there SECRET\n12/03/2024, 21:15 - A: hi\n"
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let records = try readExport(.whatsapp, path)
        #expect(records.map(\.exportKind) == ["error", "message"])
        #expect(records[0].line == 3)
        #expect(!(records[0].reason ?? "").contains("SECRET"))
    }

    @Test func systemMediaAndDeletedClassification() throws {
        let text = """
        12/03/2024, 21:00 - Sam changed the subject from "Plans: v1" to "Plans: v2"
        12/03/2024, 21:01 - Sam: <Video message omitted>
        12/03/2024, 21:02 - Sam: document omitted
        12/03/2024, 21:03 - Sam: This message was deleted by admin Priya
        12/03/2024, 21:04 - Sam: I left my keys
        12/03/2024, 21:05 - Sam: This message was deleted, really
        12/03/2024, 21:06 - Sam: the photo omitted the best part
        12/03/2024, 21:07 - Sam: Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
        """
        let path = try temporaryFile(Array(text.utf8))
        defer { unlink(path) }
        let records = try readExport(.whatsapp, path)
        #expect(records.map(\.exportKind) == ["system", "media", "media", "deleted", "message", "message", "message", "system"])
    }
}
