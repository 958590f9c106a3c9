import ArgumentParser
import ChatScreen
import ChatScreenFormats
import Foundation

/// `chatscreen explain --arc chat.jsonl`: the arc of each conversation, message by message.
///
/// ```
/// line  id   sender    message level  conversation  stage       what changed
/// 15    m15  amber_lx  medium         high          leverage    → leverage (recording_claim); VIDEO_TO_RECORDING_ARC [5, 11, 15]
/// 17    m17  amber_lx  high           critical      extortion   → extortion (payment_demand + …); SEXTORTION_THREAT_AND_DEMAND [17]
/// ```
struct ConversationArc {
    let rules: RuleSet
    let scanner: MessageScanner
    let colour: Bool

    /// Prints the arc of each conversation in the JSONL file at `path`. Exits 1 when the file
    /// cannot be opened or read, and 3 when every record of it is an error record (it is not
    /// JSONL: a chat export, plain text); stderr then says how many and where the first is.
    func explain(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            Terminal.standardError("error: cannot open \(path): \(String(cString: strerror(errno))); "
                + "check the path and its permissions\n")
            throw ExitStatus.ioFailure
        }
        defer { close(fd) }
        let tracker = ConversationTracker(rules: rules)
        var times = MessageTimes(field: "timestamp")
        var reader = MessageReader(fileDescriptor: fd, format: .jsonl, fields: FieldNames())
        var fired: [String: Set<String>] = [:]
        var tally = InputTally()
        tally.begin(path)
        print("line  id        sender          message   conversation  stage       what changed")
        while true {
            let next: InputRecord?
            do {
                next = try reader.next()
            } catch {
                Terminal.standardError("error: reading \(path) failed: \(error)\n")
                throw ExitStatus.ioFailure
            }
            guard let record = next else { break }
            tally.count(record)
            guard case .message(let message) = record else {
                if case .error(let line, let reason) = record { print("\(line)  error: \(reason)") }
                continue
            }
            let verdict = scanner.scan(message)
            let conversation = message.conversationKey
            let update = tracker.observe(verdict, of: message, timestamp: times.epochSeconds(of: message))
            var notes: [String] = []
            if let change = update.stageChange { notes.append("→ \(change.stage.rawValue) (\(change.reason))") }
            for composite in update.composites where fired[conversation, default: []].insert(composite.name).inserted {
                notes.append("\(composite.name) → \(composite.level.rawValue), evidence lines \(composite.evidence.map(\.line))")
            }
            if !verdict.hits.isEmpty { notes.append("hits: " + verdict.hits.map(\.rule).joined(separator: ", ")) }
            let row = [String(message.line).padded(6), (message.id ?? "").padded(10), (message.sender ?? "").padded(16),
                       verdict.level.rawValue.padded(10), update.level.rawValue.padded(14), update.stage.rawValue.padded(12)]
                .joined()
            let line = row + notes.joined(separator: "; ")
            print(colour && update.level >= .high ? "\u{1B}[1;31m\(line)\u{1B}[0m" : line)
        }
        for summary in tracker.finish() {
            print("\nconversation \(summary.conversation): \(summary.messages) messages, peak \(summary.peakLevel.rawValue)"
                + " (\(summary.peakScore)) at line \(summary.peakMessage?.line ?? 0), stage \(summary.stage.rawValue)")
            for change in summary.stageHistory {
                print("  stage \(change.stage.rawValue) at line \(change.message.line): \(change.reason)")
            }
            for composite in summary.composites {
                print("  composite \(composite.name) (\(composite.level.rawValue)) from lines \(composite.evidence.map(\.line))")
            }
        }
        if let summary = tally.summary(of: "record(s) could not be read (shown as errors above)") {
            Terminal.standardError(summary)
        }
        try tally.requireSomethingRead(hint: "--arc reads JSONL, one object per line with a \"text\" field "
            + "(for a chat export, use chatscreen score)")
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
