// Fuzzes the chat-export readers. The input is written to a file and read by every reader:
// WhatsApp (auto, day-first and month-first dates), Telegram, Discord, Messenger, Skype and IRC;
// and, for Slack, as the day file `general/2024-03-11.json` of a fixed export folder and as the
// folder's `channels.json`. ExportDetector also looks at it. Checks:
//
// - no reader crashes or throws on a readable file, and every reader ends;
// - records come in source order: message and skipped records with strictly increasing line
//   numbers (Slack errors share the number of the next message, so: non-decreasing), and every
//   line number is at least 1 (for the text formats, at most the input's line count);
// - skipped records carry an empty text and a reason `system`, `media` or `deleted`;
// - the records do not depend on the buffer size (16 to 47 bytes against 1 MiB);
// - no reader leaks a file descriptor.

import ChatScreenFormats
import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

let scratch = ScratchDirectory()
let fixedDay = """
    [{"type": "message", "user": "U0AAAAAAA", "text": "hi <@U0BBBBBBB> &amp; <https://x.example|the doc>", "ts": "1710151200.000100"},
     {"type": "message", "subtype": "channel_join", "user": "U0BBBBBBB", "text": "<@U0BBBBBBB> has joined", "ts": "1710151100.000100"}]
    """
let fixedChannels = #"[{"id": "C0GENERAL1", "name": "general"}, {"id": "C0RANDOM01", "name": "random"}]"#
let fixedUsers = #"[{"id": "U0AAAAAAA", "name": "sam"}, {"id": "U0BBBBBBB", "real_name": "Rina K"}]"#

nonisolated(unsafe) var prepared = false
func prepare() {
    guard !prepared else { return }
    prepared = true
    scratch.write("slack-day/channels.json", fixedChannels)
    scratch.write("slack-day/users.json", fixedUsers)
    scratch.write("slack-channels/users.json", fixedUsers)
    scratch.write("slack-channels/general/2024-03-11.json", fixedDay)
    scratch.write("slack-channels/random/2024-03-12.json", fixedDay)
}

func readAll(_ format: ExportFormat, _ path: String, options: ExportOptions, input: UnsafeBufferPointer<UInt8>) -> [InputRecord] {
    do {
        var reader = try ChatExports.reader(format: format, path: path, conversation: "fuzz", options: options)
        var records: [InputRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    } catch {
        fatalError("\(format) reader threw \(error) on a readable file; input \(hex(input))")
    }
}

func check(_ records: [InputRecord], _ name: String, textLines: Int?, strictErrors: Bool, input: UnsafeBufferPointer<UInt8>) {
    var previous = 0
    var previousWasError = false
    for record in records {
        let line = record.line
        require(line >= 1, "\(name): line \(line) in \(record); input \(hex(input))")
        if let textLines { require(line <= textLines, "\(name): line \(line) past the input's \(textLines) lines; input \(hex(input))") }
        switch record {
        case .error:
            require(strictErrors ? line > previous : line >= previous,
                    "\(name): error at line \(line) after line \(previous): \(records); input \(hex(input))")
            previousWasError = true
        case .message, .skipped:
            require(line > previous || (!strictErrors && previousWasError && line == previous),
                    "\(name): record at line \(line) after line \(previous): \(records); input \(hex(input))")
            previousWasError = false
        }
        if case .skipped(let message, let reason) = record {
            require(["system", "media", "deleted"].contains(reason), "\(name): skip reason \(reason); input \(hex(input))")
            require(message.text.isEmpty, "\(name): skipped record with text \(record); input \(hex(input))")
        }
        previous = line
    }
}

func readAndCheck(_ format: ExportFormat, _ path: String, name: String, whatsApp: WhatsAppDateOrder = .auto,
                  textLines: Int?, input: UnsafeBufferPointer<UInt8>) {
    let records = readAll(format, path, options: ExportOptions(whatsAppDateOrder: whatsApp), input: input)
    check(records, name, textLines: textLines, strictErrors: format != .slack, input: input)
    let small = 16 + input.count % 32
    let smallRecords = readAll(format, path, options: ExportOptions(whatsAppDateOrder: whatsApp, bufferSize: small), input: input)
    require(smallRecords == records, "\(name): buffer \(small) read \(smallRecords) but 1 MiB read \(records); input \(hex(input))")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    prepare()
    let input = UnsafeBufferPointer(start: data, count: size)
    let descriptors = openDescriptorCount()
    let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }

    _ = ExportDetector.detect(prefix: input, isDirectory: false)
    _ = ExportDetector.detect(prefix: UnsafeBufferPointer(rebasing: input.prefix(size / 2)), isDirectory: false)

    let path = scratch.write("export", input)
    for order in WhatsAppDateOrder.allCases {
        readAndCheck(.whatsapp, path, name: "whatsapp(\(order))", whatsApp: order, textLines: lines, input: input)
    }
    readAndCheck(.irc, path, name: "irc", textLines: lines, input: input)
    for format in [ExportFormat.telegram, .discord, .messenger, .skype] {
        readAndCheck(format, path, name: format.rawValue, textLines: nil, input: input)
    }

    scratch.write("slack-day/general/2024-03-11.json", input)
    readAndCheck(.slack, scratch.path + "/slack-day", name: "slack(day file)", textLines: nil, input: input)
    scratch.write("slack-channels/channels.json", input)
    readAndCheck(.slack, scratch.path + "/slack-channels", name: "slack(channels.json)", textLines: nil, input: input)

    require(openDescriptorCount() == descriptors, "a reader leaked a file descriptor (\(descriptors) -> \(openDescriptorCount())); input \(hex(input))")
    return 0
}
