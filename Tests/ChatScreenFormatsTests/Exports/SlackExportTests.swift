import Foundation
import Testing
@testable import ChatScreenFormats

/// A Slack export folder.
@Suite struct SlackExportTests {
    @Test func twoChannelsOverTwoDays() throws {
        let records = try readExport(.slack, "slack")
        #expect(records.map(\.exportKind) == ["system", "message", "message", "message", "media", "deleted",
                                        "message", "system", "message"])
        #expect(records.map(\.line) == Array(1...9))
        #expect(records.map { $0.exportCarried?.conversation } == Array(repeating: "general", count: 6) + Array(repeating: "random", count: 3))
        // Sorted by ts within the day; mentions, channels, links and entities rendered.
        #expect(records[1] == .message(exportMessage(line: 2, "hi @diego.ramos! see #random & the doc", id: "1710151260.000300",
                                                     conversation: "general", sender: "hana.sato", timestamp: "2024-03-11T10:01:00Z")))
        #expect(records[2].exportText == "morning all ☀️")
        #expect(records[3].exportText == "line one\nline two")
        #expect(records[3].exportCarried?.timestamp == "2024-03-12T09:00:00Z")
        #expect(records[6].exportText == "مرحبا من القناة العشوائية")
        #expect(records[8].exportCarried?.sender == "deploybot")
        #expect(records[0].exportCarried?.sender == "hana.sato")
    }

    @Test func foldersWithoutListsAndBrokenDayFiles() throws {
        let root = try exportTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/ops", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/notes", withIntermediateDirectories: true)   // no day files
        try writeExportFile(root + "/ops/2024-01-02.json", #"[{"type":"message","user":"U1","text":"b","ts":"1704153600.000001"}]"#)
        try writeExportFile(root + "/ops/2024-01-01.json", #"[{"type":"message","user":"U1","text":"a","ts":"1704067200.000001"},{"type":"message","text":"SECRET"#)
        try writeExportFile(root + "/ops/readme.txt", "not a day file")
        let records = try readExport(.slack, root)
        #expect(records.map(\.exportKind) == ["message", "error", "message"])
        #expect(records.map(\.exportText) == ["a", nil, "b"])
        #expect(records.map { $0.exportCarried?.sender } == ["U1", nil, "U1"])   // no users.json: ids stay
        #expect(records[1].reason?.hasPrefix("ops/2024-01-01.json: invalid JSON at byte ") == true)
        #expect(records[1].reason?.contains("SECRET") == false)
        #expect(records.map(\.line) == [1, 2, 2])
    }

    @Test func notAFolder() {
        #expect(throws: InputReadError.self) { try SlackReader(path: exportFixture("slack/users.json")) }
    }
}
