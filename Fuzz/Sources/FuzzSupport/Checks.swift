// Shared by every fuzz target: the property check, the UTF-8 oracle and a scratch directory.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Crashes with `message` when a property does not hold, so libFuzzer saves the input.
@inline(__always)
public func require(
    _ condition: @autoclosure () -> Bool,
    _ message: @autoclosure () -> String,
    file: StaticString = #fileID,
    line: UInt = #line
) {
    if !condition() { fatalError("property failed: " + message(), file: file, line: line) }
}

/// Byte offsets where a scalar (or a maximal invalid subpart) of the repaired reading starts,
/// found with the standard library's UTF-8 parser: an oracle independent of ChatScreen's own
/// repair code (the one `Tests/ChatScreenTextTests/NormalizationTests.swift` uses).
public struct UTF8Boundaries {
    /// `isBoundary[i]` for `i` in `0...count`.
    public private(set) var isBoundary: [Bool]
    /// Whether the bytes were valid UTF-8.
    public private(set) var isValid = true

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        isBoundary = [Bool](repeating: false, count: bytes.count + 1)
        isBoundary[0] = true
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .error(let length):
                position += length
                isValid = false
            case .emptyInput: break loop
            }
            isBoundary[position] = true
        }
    }

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { UTF8Boundaries($0) }
    }

    @inline(__always)
    public subscript(_ offset: Int32) -> Bool {
        offset >= 0 && Int(offset) < isBoundary.count && isBoundary[Int(offset)]
    }
}

/// Hex of (the start of) some bytes, for failure messages.
public func hex<C: Collection>(_ bytes: C, limit: Int = 256) -> String where C.Element == UInt8 {
    let digits = Array("0123456789abcdef")
    var out = ""
    for byte in bytes.prefix(limit) {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 15)])
    }
    if bytes.count > limit { out += "… (\(bytes.count) bytes)" }
    return out
}

/// A private directory under `$TMPDIR` (or /tmp) for the files the readers open, removed at
/// exit (a crashed process leaves it behind; `Fuzz/run.sh` points TMPDIR at a scratch folder).
public final class ScratchDirectory: @unchecked Sendable {
    public let path: String
    private var files: Set<String> = []

    public init() {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/chatscreen-fuzz-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed in \(base)")
        path = String(cString: template)
        ScratchDirectory.registerCleanup(self)
    }

    /// Writes `bytes` to `name` inside the directory (creating subdirectories) and returns the
    /// full path.
    @discardableResult
    public func write(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let full = path + "/" + name
        if let slash = name.lastIndex(of: "/") {
            mkdir(path + "/" + name[..<slash], 0o700)
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot open \(full): errno \(errno)")
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(n > 0, "cannot write \(full): errno \(errno)")
            offset += n
        }
        close(fd)
        files.insert(name)
        return full
    }

    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { write(name, $0) }
    }

    /// Removes one file written earlier.
    public func remove(_ name: String) {
        unlink(path + "/" + name)
        files.remove(name)
    }

    func removeAll() {
        // Deepest first, so that directories are empty when they are removed.
        for name in files.sorted(by: { $0.count > $1.count }) {
            unlink(path + "/" + name)
            var dir = name
            while let slash = dir.lastIndex(of: "/") {
                dir = String(dir[..<slash])
                rmdir(path + "/" + dir)
            }
        }
        rmdir(path)
    }

    nonisolated(unsafe) private static var all: [ScratchDirectory] = []

    private static func registerCleanup(_ directory: ScratchDirectory) {
        if all.isEmpty {
            atexit { for directory in ScratchDirectory.all { directory.removeAll() } }
        }
        all.append(directory)
    }
}

/// Opens `path` read-only; crashes if it cannot (a fuzz harness error, not a finding).
public func openForReading(_ path: String) -> Int32 {
    let fd = open(path, O_RDONLY)
    precondition(fd >= 0, "cannot open \(path): errno \(errno)")
    return fd
}

/// The number of open file descriptors of this process (to catch readers that leak them).
public func openDescriptorCount() -> Int {
    guard let dir = opendir("/proc/self/fd") else { return -1 }
    defer { closedir(dir) }
    var count = 0
    while readdir(dir) != nil { count += 1 }
    return count - 3   // ".", ".." and the directory stream itself
}
