import ArgumentParser
import ChatScreenFormats

/// The exit statuses every command shares (README, "Exit status"; each command's help repeats
/// the ones it can return).
///
/// ```swift
/// throw ExitStatus.nothingRead   // every record of chat.jsonl was an error record
/// ```
///
/// 0 is success (also when the reader of the output goes away, as with `| head`), and 130 or
/// 143 follow SIGINT or SIGTERM.
enum ExitStatus {
    /// 1: reading or writing failed, an input could not be opened or an output file created.
    static let ioFailure = ExitCode(1)
    /// 2: a usage error, or a rule pack or weights file with errors (or that cannot be read).
    static let usage = ExitCode(2)
    /// 3: an input yielded records but every one was an error record (the wrong `--input`, a
    /// CSV header without the text column): nothing could be read from it.
    static let nothingRead = ExitCode(3)
    /// 4: a check the command runs did not pass: `rules check --strict` found warnings or
    /// failing examples, or `rules fit` refused weights worse than the current ones.
    static let checkFailed = ExitCode(4)
}

/// What each input of a run yielded: how many records, how many of them error records, and
/// the first error; for the summary on standard error and ``ExitStatus/nothingRead``.
///
/// ```swift
/// var tally = InputTally()
/// tally.begin("chat.jsonl")
/// tally.count(record)                 // per record read
/// if let summary = tally.summary(of: "record(s) could not be read and were written as error records") {
///     Terminal.standardError(summary)
/// }
/// try tally.requireSomethingRead(hint: InputHints.score)   // exit 3 when an input was all error records
/// ```
///
/// Only line numbers, file names and error reasons (which never hold message text, see
/// `InputRecord.error`) are kept.
struct InputTally {
    /// One input: a file, a folder (Slack) or `-` for standard input.
    struct Input {
        var path: String
        var records = 0
        var errors = 0
        var firstError: (line: Int, reason: String)?

        /// `chat.jsonl`, or `standard input` for `-`.
        var name: String { path == "-" ? "standard input" : path }

        /// True when the input had records and every one was an error record.
        var nothingRead: Bool { records > 0 && errors == records }
    }

    private(set) var inputs: [Input] = []

    var errorCount: Int { inputs.reduce(0) { $0 + $1.errors } }

    /// The records that follow come from `path`.
    mutating func begin(_ path: String) { inputs.append(Input(path: path)) }

    /// Counts a record of the current input: an error record, or anything else (a message, a
    /// skipped system line).
    mutating func count(_ record: InputRecord) {
        if case .error(let line, let reason) = record {
            countError(line: line, reason: reason)
        } else {
            countUsable()
        }
    }

    /// Counts a record that was read and used (or skipped as a system line).
    mutating func countUsable() {
        if inputs.isEmpty { begin("-") }
        inputs[inputs.count - 1].records += 1
    }

    /// Counts a record that could not be used: unreadable, or (for `eval` and `rules fit`)
    /// without a known label. `reason` must not contain message text.
    mutating func countError(line: Int, reason: String) {
        if inputs.isEmpty { begin("-") }
        inputs[inputs.count - 1].records += 1
        inputs[inputs.count - 1].errors += 1
        if inputs[inputs.count - 1].firstError == nil { inputs[inputs.count - 1].firstError = (line, reason) }
    }

    /// `chatscreen: 3 record(s) could not be read and were written as error records; the first is
    /// line 7 of chat.jsonl (invalid JSON at column 1: …)` and a newline, or nil when there were
    /// no errors or every error is explained by ``nothingReadMessages``. `what` says what
    /// happened to the records.
    func summary(of what: String) -> String? {
        let total = errorCount
        guard total > 0, inputs.contains(where: { $0.errors > 0 && !$0.nothingRead }),
              let first = inputs.first(where: { $0.errors > 0 }), let error = first.firstError else { return nil }
        return "chatscreen: \(total) \(what); the first is line \(error.line) of \(first.name) (\(error.reason))\n"
    }

    /// One `error: nothing could be read from …` line per input whose records were all error
    /// records, naming the first one's line and reason and what to check.
    func nothingReadMessages(hint: String) -> [String] {
        inputs.filter(\.nothingRead).map { input in
            let first = input.firstError.map { " (the first, line \($0.line): \($0.reason))" } ?? ""
            return "error: nothing could be read from \(input.name): all \(input.records) of its record(s) are error "
                + "records\(first); \(hint)\n"
        }
    }

    /// Prints ``nothingReadMessages(hint:)`` and exits 3 when an input yielded only error records.
    func requireSomethingRead(hint: String) throws {
        let messages = nothingReadMessages(hint: hint)
        guard !messages.isEmpty else { return }
        for message in messages { Terminal.standardError(message) }
        throw ExitStatus.nothingRead
    }
}

/// What to check when an input was all error records, by command.
enum InputHints {
    /// For `score` and `explain --arc`.
    static let score = "check the input format (--input: auto, text, jsonl, csv or a chat export such as whatsapp) "
        + "and the field names (--text-field)"
    /// For `eval` and `rules fit`, where a record without a known label is an error record too.
    static let labelled = "check the input format (--input jsonl or csv), the field names (--text-field) and the "
        + "label field (--label-field; labels are benign, extortion or a category name)"
}

/// A record `eval` or `rules fit` could not use: where it is and why (never its text).
struct UnusableRecord {
    var line: Int
    var reason: String
}

/// Thrown out of `score`'s reading loop when an input cannot yield a single record
/// (``ChatExportReader/unreadableReason``): it stops at once, with exit status 3.
struct UnreadableInput: Error {
    var reason: String
}
