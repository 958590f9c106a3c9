#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a rule pack, read but not yet compiled.
///
/// ```swift
/// let source = try RulePackSource.directory("Rules")          // every *.rules file + lexicons/*.txt
/// let inline = RulePackSource(files: [
///     (path: "pay.rules", text: "rule PAY { … }"),
///     (path: "lexicons/payment_rails.txt", text: "paypal\ncash app\n"),
/// ])
/// ```
///
/// A path `…/lexicons/NAME.txt` or `…/lexicons/LANG/NAME.txt` is (part of) the lexicon `NAME`:
/// every language's file of one name adds to the same lexicon, so `@material` holds the English,
/// German, Polish… entries of `lexicons/*/material.txt` together, and a language is added by
/// writing its files. Every path ending in `.rules` is a rule file; others are ignored.
/// Loading reads only the files under the paths it is given and never executes anything.
public struct RulePackSource: Sendable {
    public var ruleFiles: [SourceFile]
    /// Lexicon name (`payment_rails`) → its files (one per language directory), sorted by path.
    public var lexicons: [String: [SourceFile]]
    /// Chat spellings (`spellings/*.txt`): lines `ur = your`, one word for another.
    public var spellings: [SourceFile]
    /// Words too common to trigger rules (`common_words.txt`): a performance hint, see ``TriggerSlots``.
    public var commonWords: [SourceFile]
    /// A fingerprint of the pack's files, so an audit can say which rules judged:
    /// `fnv1a64:` and 16 hex digits over every file's path (relative to the pack directory) and
    /// bytes, in path order. The built-in pack and `Rules/` read from a checkout have the same one.
    public var contentHash: String

    public init(ruleFiles: [SourceFile], lexicons: [String: [SourceFile]], spellings: [SourceFile] = [], commonWords: [SourceFile] = []) {
        self.ruleFiles = ruleFiles
        self.lexicons = lexicons
        self.spellings = spellings
        self.commonWords = commonWords
        contentHash = ""
        contentHash = RulePackSource.fingerprint(allFiles, root: nil)
    }

    /// Builds a pack from in-memory files (this is how the built-in pack loads).
    ///
    /// - Parameter root: the directory the paths start with (`Rules` for `Rules/frames/x.rules`),
    ///   left out of ``contentHash`` so that a pack hashes the same wherever it lies.
    public init(files: [(path: String, text: String)], root: String? = nil) {
        var rules: [SourceFile] = []
        var lexicons: [String: [SourceFile]] = [:]
        var spellings: [SourceFile] = []
        var commonWords: [SourceFile] = []
        for (path, text) in files.sorted(by: { $0.path < $1.path }) {
            if let name = RulePackSource.lexiconName(path) {
                lexicons[name, default: []].append(SourceFile(path: path, text: text))
            } else if RulePackSource.isSpellings(path) {
                spellings.append(SourceFile(path: path, text: text))
            } else if RulePackSource.isCommonWords(path) {
                commonWords.append(SourceFile(path: path, text: text))
            } else if path.hasSuffix(".rules") {
                rules.append(SourceFile(path: path, text: text))
            }
        }
        self.init(ruleFiles: rules, lexicons: lexicons, spellings: spellings, commonWords: commonWords)
        if root != nil { contentHash = RulePackSource.fingerprint(allFiles, root: root) }
    }

    /// FNV-1a 64 over `path NUL text NUL` of every file that is part of a pack, in path order,
    /// with `root/` cut from the front of each path.
    static func fingerprint(_ files: [SourceFile], root: String?) -> String {
        let prefix = root.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0) &* 0x0000_0100_0000_01B3
        }
        let relative = files.map { file -> (path: String, bytes: [UInt8]) in
            guard let prefix, file.path.hasPrefix(prefix) else { return (file.path, file.bytes) }
            return (String(file.path.dropFirst(prefix.count)), file.bytes)
        }
        for file in relative.sorted(by: { $0.path < $1.path }) {
            add(file.path.utf8)
            add(file.bytes)
        }
        let digits = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The lexicon a path holds: `…/lexicons/NAME.txt` or `…/lexicons/LANG/NAME.txt` → `NAME`, or nil.
    ///
    /// Works on the path's UTF-8 bytes: `String.split` and `hasSuffix` (which compare by
    /// Unicode canonical equivalence) cost 20,000 instructions per path, 4% of start-up.
    static func lexiconName(_ path: String) -> String? {
        let slash = UInt8(ascii: "/")
        // The last components, ignoring empty ones ("a//b", a trailing "/"), as `split` did.
        var components = path.utf8.split(separator: slash)
        guard components.count >= 2, let file = components.popLast(), let directory = components.last,
              file.count >= 4, file.suffix(4).elementsEqual(".txt".utf8) else { return nil }
        let lexicons = "lexicons".utf8
        guard directory.elementsEqual(lexicons)
                || (components.count >= 2 && components[components.count - 2].elementsEqual(lexicons)) else { return nil }
        return String(decoding: file.dropLast(4), as: UTF8.self)
    }

    /// Whether a path is the pack's list of common words: `…/common_words.txt`.
    static func isCommonWords(_ path: String) -> Bool {
        path == "common_words.txt" || path.utf8.elementsEqual("common_words.txt".utf8) || path.hasSuffix("/common_words.txt")
    }

    /// Whether a path is a chat-spellings file: `…/spellings/NAME.txt`.
    static func isSpellings(_ path: String) -> Bool {
        let components = path.utf8.split(separator: UInt8(ascii: "/"))
        guard components.count >= 2, let file = components.last, file.count > 4, file.suffix(4).elementsEqual(".txt".utf8) else { return false }
        return components[components.count - 2].elementsEqual("spellings".utf8)
    }

    /// The language of a lexicon file: `…/lexicons/LANG/NAME.txt` → `LANG`; nil for a
    /// language-neutral `…/lexicons/NAME.txt` or a path that is not a lexicon.
    static func lexiconLanguage(_ path: String) -> String? {
        var components = path.utf8.split(separator: UInt8(ascii: "/"))
        guard components.count >= 3, lexiconName(path) != nil else { return nil }
        components.removeLast()
        let directory = components.removeLast()
        guard components.last!.elementsEqual("lexicons".utf8) else { return nil }
        return String(decoding: directory, as: UTF8.self)
    }

    /// Reads a pack directory: every `*.rules` file below it, and `lexicons/*.txt`.
    ///
    /// - Throws: ``RulePackError`` (E120) when the directory or a file cannot be read.
    public static func directory(_ path: String) throws(RulePackError) -> RulePackSource {
        var source = try paths([path])
        source.contentHash = fingerprint(source.allFiles, root: path)
        return source
    }

    /// Every file of the pack.
    var allFiles: [SourceFile] { ruleFiles + lexicons.values.joined() + spellings + commonWords }

    /// Reads rule files and directories. For a single `.rules` file, lexicons are taken from a
    /// `lexicons/` directory beside it or one level up.
    public static func paths(_ paths: [String]) throws(RulePackError) -> RulePackSource {
        var files: [(path: String, text: String)] = []
        var diagnostics: [Diagnostic] = []
        var lexiconDirectories: [String] = []
        for path in paths {
            switch FileSystem.kind(path) {
            case .directory:
                FileSystem.walk(path, into: &files, diagnostics: &diagnostics)
            case .file:
                if let text = FileSystem.read(path, diagnostics: &diagnostics) { files.append((path, text)) }
                let directory = FileSystem.parent(path)
                for candidate in [directory + "/lexicons", FileSystem.parent(directory) + "/lexicons"]
                where FileSystem.kind(candidate) == .directory && !lexiconDirectories.contains(candidate) {
                    lexiconDirectories.append(candidate)
                    FileSystem.walk(candidate, into: &files, diagnostics: &diagnostics)
                    break
                }
            case .missing:
                diagnostics.append(Diagnostic(.error, "E120", "cannot read `\(path)`: no such file or directory", path: path,
                    hint: "pass a rule pack directory (the one holding scoring.rules) or .rules files"))
            }
        }
        if !diagnostics.isEmpty { throw RulePackError(diagnostics: diagnostics) }
        return RulePackSource(files: files)
    }
}

extension Array where Element == UInt8 {
    /// Appends `count` zeroed bytes and passes them to `body`; the caller trims what `body` did
    /// not fill.
    fileprivate mutating func withUnsafeMutableBufferPointerGrowing<R>(by count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> R) -> R {
        let start = self.count
        append(contentsOf: repeatElement(0, count: count))
        return withUnsafeMutableBufferPointer { body(UnsafeMutableBufferPointer(rebasing: $0[start...])) }
    }
}

/// `read(2)`, named apart from ``FileSystem/read(_:diagnostics:)`` without naming the C module.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The few POSIX file operations the rule loader needs (the engine does not import Foundation).
enum FileSystem {
    enum Kind { case file, directory, missing }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func read(_ path: String, diagnostics: inout [Diagnostic]) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            diagnostics.append(Diagnostic(.error, "E120", "cannot read `\(path)`: \(String(cString: strerror(errno)))", path: path))
            return nil
        }
        defer { close(fd) }
        // Read straight into a buffer of the file's size (a pack has over a thousand small files:
        // zeroing a 64 KiB chunk per file was a tenth of loading a pack from disk).
        var info = stat()
        var room = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) + 1 : 65536
        var bytes: [UInt8] = []
        while true {
            let n = bytes.withUnsafeMutableBufferPointerGrowing(by: room) { systemRead(fd, $0.baseAddress, $0.count) }
            bytes.removeLast(room - max(n, 0))
            if n < 0 {
                if errno == EINTR { continue }
                diagnostics.append(Diagnostic(.error, "E120", "cannot read `\(path)`: \(String(cString: strerror(errno)))", path: path))
                return nil
            }
            if n == 0 { break }
            room = 65536
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends every `.rules`, `lexicons/*.txt` and `lexicons/*/*.txt` file below `directory`, in sorted order.
    static func walk(_ directory: String, into files: inout [(path: String, text: String)], diagnostics: inout [Diagnostic]) {
        guard let handle = opendir(directory) else {
            diagnostics.append(Diagnostic(.error, "E120", "cannot read directory `\(directory)`: \(String(cString: strerror(errno)))",
                path: directory))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(handle)
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(path) {
            case .directory:
                walk(path, into: &files, diagnostics: &diagnostics)
            case .file where name.hasSuffix(".rules") || RulePackSource.lexiconName(path) != nil || RulePackSource.isSpellings(path)
                || RulePackSource.isCommonWords(path):
                if let text = read(path, diagnostics: &diagnostics) { files.append((path, text)) }
            default:
                break
            }
        }
    }
}
