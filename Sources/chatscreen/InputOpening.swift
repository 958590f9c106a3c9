import ArgumentParser
import ChatScreenFormats
import ChatScreenZip
import Glibc

/// Opens the inputs of `chatscreen score` that are not plain files: standard input, sniffed once
/// with ``ExportDetector/sniff(fileDescriptor:textField:)`` (the bytes it read are handed to the
/// reader to read first, so no byte is read twice, lost or reordered), and WhatsApp zips.
///
/// ```swift
/// let reader = try InputOpening.standardInput(input: .auto, fields: fields, options: options)
/// // `cat "WhatsApp Chat with Sam.txt" | chatscreen score` → a WhatsAppReader, conversation "-"
/// ```
///
/// - `text`, `jsonl`, `csv`: read as before, without sniffing.
/// - `auto`: a WhatsApp zip (read whole into memory, then ``WhatsAppArchiveReader``), a
///   single-file export, CSV with a header naming the text field, JSONL or text, by the rules of
///   ``ExportDetector``; an input it cannot tell apart is a usage error (status 2), as for files.
/// - `whatsapp`: a zip or the chat text, told apart by the zip signature; the other single-file
///   exports are read as named; `slack` is a folder and is refused (status 2).
///
/// Exports on standard input have no file name, so the conversation of a WhatsApp or IRC
/// export is `-`.
enum InputOpening {
    static func standardInput(input: ScoreInput, fields: FieldNames, options: ExportOptions) throws -> any ChatExportReader {
        if let format = input.lineFormat, format != .auto {
            return MessageReader(fileDescriptor: STDIN_FILENO, format: format, fields: fields)
        }
        if let export = input.export, export != .whatsapp {
            return try exportReader(export, replaying: [], options: options)
        }
        let sniffed: SniffedInput
        do {
            sniffed = try ExportDetector.sniff(fileDescriptor: STDIN_FILENO, textField: fields.text)
        } catch where Interruption.signal != 0 {
            return MessageReader(fileDescriptor: -1, format: .text, fields: fields)   // stopped before the first record
        } catch {
            Terminal.standardError("error: reading standard input failed: \(error)\n")
            throw ExitCode(1)
        }
        if sniffed.guess == .zip {
            return try whatsAppArchive(sniffed, options: options)
        }
        let replay = sniffed.prefix
        if input == .whatsapp {
            return try exportReader(.whatsapp, replaying: replay, options: options)
        }
        switch sniffed.guess {
        case .export(let format):
            return try exportReader(format, replaying: replay, options: options)
        case .undetermined(let candidates, let reason):
            Terminal.standardError("error: cannot tell which chat export standard input is (\(reason)); candidates: "
                + "\(candidates.map(\.rawValue).joined(separator: ", ")). Choose one with --input.\n")
            throw ExitCode(2)
        case .csv:
            return MessageReader(fileDescriptor: STDIN_FILENO, format: .csv, fields: fields, replaying: replay)
        case .jsonl:
            return MessageReader(fileDescriptor: STDIN_FILENO, format: .jsonl, fields: fields, replaying: replay)
        case .text, .zip:
            return MessageReader(fileDescriptor: STDIN_FILENO, format: .text, fields: fields, replaying: replay)
        }
    }

    /// An export reader of standard input after `replay`; Slack (a folder) is a usage error.
    private static func exportReader(_ format: ExportFormat, replaying replay: [UInt8],
                                     options: ExportOptions) throws -> any ChatExportReader {
        do {
            return try ChatExports.reader(format: format, fileDescriptor: STDIN_FILENO, replaying: replay,
                                          conversation: "-", options: options)
        } catch {
            Terminal.standardError("error: cannot read standard input as a \(format.rawValue) export: \(error)\n")
            throw ExitCode(2)
        }
    }

    /// The WhatsApp zip at `path`; an unreadable archive or one without a chat text is a usage
    /// error (status 2), as for the other exports.
    static func whatsAppArchive(path: String, options: ExportOptions) throws -> any ChatExportReader {
        do {
            return try WhatsAppArchiveReader(path: path, conversation: ChatExports.conversationName(path: path), options: options)
        } catch {
            Terminal.standardError("error: cannot read \(path) as a WhatsApp export: \(error)\n")
            throw ExitCode(2)
        }
    }

    /// A zip on standard input: the rest of the stream joins the sniffed bytes, then the archive
    /// is read from memory (a zip's directory is at its end).
    private static func whatsAppArchive(_ sniffed: SniffedInput, options: ExportOptions) throws -> any ChatExportReader {
        var bytes = sniffed.prefix
        if !sniffed.reachedEnd {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while Interruption.signal == 0 {
                let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if n > 0 {
                    bytes.append(contentsOf: chunk[..<n])
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    Terminal.standardError("error: reading standard input failed: \(String(cString: strerror(errno)))\n")
                    throw ExitCode(1)
                }
            }
        }
        do {
            return try WhatsAppArchiveReader(bytes: bytes, name: "standard input", conversation: "-", options: options)
        } catch {
            Terminal.standardError("error: cannot read standard input as a WhatsApp export: \(error)\n")
            throw ExitCode(2)
        }
    }
}

/// Notices messages that have no conversation but come from more than one sender: the tracker
/// follows all of them as the one conversation `-`, so one person's messages can complete
/// another's composites. `score` says so once, at the end, naming the flag that fixes it.
///
/// ```swift
/// var check = SharedConversationCheck()
/// check.observe(message, file: path)       // for each message read
/// check.warning(field: "conversation")     // "chatscreen: messages from more than one sender …"
/// ```
struct SharedConversationCheck {
    private var firstSender: String?
    /// Where the first message from a second sender was read.
    private(set) var mixedAt: (line: Int, file: String)?

    mutating func observe(_ message: InputMessage, file: String) {
        guard mixedAt == nil, message.conversation == nil, let sender = message.sender else { return }
        guard let firstSender else {
            self.firstSender = sender
            return
        }
        if sender != firstSender { mixedAt = (message.line, file) }
    }

    /// The warning (one line, no message text or sender names), or nil when there is nothing to say.
    func warning(field: String) -> String? {
        guard let mixedAt else { return nil }
        let place = "line \(mixedAt.line)" + (mixedAt.file == "-" ? "" : " of \(mixedAt.file)")
        return "chatscreen: messages from more than one sender have no \(field.debugDescription) field or column, so "
            + "they were all followed as one conversation \"-\" (a second sender first at \(place)); name the field "
            + "that holds the conversation with --conversation-field, or score messages alone with --no-conversation\n"
    }
}
