import ArgumentParser
import ChatScreenFormats
import Foundation

/// `--color auto|always|never`: whether output for people is coloured. The one place every
/// command decides it.
///
/// ```swift
/// ColorChoice.auto.enabled(isTerminal: true, environment: [:])                  // true
/// ColorChoice.auto.enabled(isTerminal: true, environment: ["NO_COLOR": "1"])    // false
/// ColorChoice.always.enabled(isTerminal: false, environment: ["NO_COLOR": "1"]) // true
/// ```
///
/// `auto` colours when the output is a terminal, unless `NO_COLOR` is set to a non-empty value
/// (https://no-color.org) or `TERM` is `dumb`. `always` colours even then (as ripgrep's
/// `--color always` does); `never` never colours. JSON output is never coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto, always, never

    func enabled(isTerminal: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    /// The style of standard output.
    var standardOutputStyle: TerminalStyle {
        TerminalStyle(colour: enabled(isTerminal: Terminal.standardOutputIsTerminal))
    }
}

/// `--color`, for every command that prints for people (`score --format text`, `explain`).
struct ColorOptions: ParsableArguments {
    @Option(name: .customLong("color"), help: ArgumentHelp("""
        Colour the output for people: auto (on a terminal, unless NO_COLOR is set and not empty), \
        always or never.
        """, valueName: "when"))
    var color: ColorChoice = .auto
}

/// How wide a line may be: `COLUMNS` when set, else the terminal's width (standard output's, or
/// standard error's when the output is piped, as into `less`), else 80.
///
/// ```swift
/// TerminalWidth.current(environment: ["COLUMNS": "100"])   // 100
/// ```
enum TerminalWidth {
    static let fallback = 80

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            return columns
        }
        for fd in [STDOUT_FILENO, STDERR_FILENO] where isatty(fd) == 1 {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
        }
        return fallback
    }
}
