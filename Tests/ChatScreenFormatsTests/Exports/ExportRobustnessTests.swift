import ChatScreenTestSupport
import Foundation
import Testing
@testable import ChatScreenFormats

/// Mutated and truncated exports never crash a reader, always end, and keep every error reason
/// free of the text around the damage.
@Suite struct ExportRobustnessTests {
    static let fixtures: [(ExportFormat, String)] = [
        (.whatsapp, "whatsapp/ios-24h.txt"), (.whatsapp, "whatsapp/android-12h-monthfirst.txt"),
        (.telegram, "telegram/full-export.json"), (.discord, "discord/general.json"),
        (.messenger, "messenger/message_1.json"), (.skype, "skype/messages.json"), (.irc, "irc/#chatscreen.log"),
    ]

    @Test(arguments: 0..<fixtures.count)
    func mutations(_ index: Int) throws {
        let (format, path) = Self.fixtures[index]
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: exportFixture(path))))
        var rng = SplitMix64(seed: testSeed(default: 0xE4_0000 + UInt64(index)))
        for round in 0..<150 {
            var bytes = original
            switch rng.next() % 4 {
            case 0: bytes.removeSubrange(Int(rng.next() % UInt64(bytes.count))...)
            case 1: bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next())
            case 2: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: Int(rng.next() % UInt64(bytes.count)))
            default:
                let at = Int(rng.next() % UInt64(bytes.count))
                bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 40)))
            }
            let file = try temporaryFile(bytes)
            defer { unlink(file) }
            let records = try readExport(format, file, conversation: "c",
                                         options: ExportOptions(bufferSize: 16 + Int(rng.next() % 64)))
            #expect(records.count <= original.count, "round \(round)")
            for case .error(_, let reason) in records {
                #expect(!reason.contains("Zoé") && !reason.contains("hello") && !reason.contains("welcome"), "round \(round): \(reason)")
            }
        }
    }
}
