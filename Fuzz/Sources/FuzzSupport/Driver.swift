// The plain-executable mode of a fuzz target (a build without `-sanitize=fuzzer`): replays
// files, or mutates the seed corpus with a seeded generator and prints the seed of a failure.
//
//   .build/debug/FuzzTextPipeline Fuzz/crashers/FuzzTextPipeline/crash-…   # replay files
//   .build/debug/FuzzTextPipeline -runs=100000 -seed=42                       # mutate Fuzz/corpus/FuzzTextPipeline
//   .build/debug/FuzzTextPipeline -runs=100000 -seed=42 some/corpus/dir
//
// A failing iteration prints `FUZZ FAILURE: … replay with -seed=S -runs=1` before the crash
// report and writes its input to `fuzz-failure-<target>-<S>` in the current directory.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A small seeded generator (SplitMix64), the same as the tests' `SplitMix64`.
public struct FuzzRandom: RandomNumberGenerator {
    public private(set) var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

// State the crash handler reads (a signal handler cannot capture context).
nonisolated(unsafe) private var failureMessage: [UInt8] = []
nonisolated(unsafe) private var failurePath: [CChar] = []
nonisolated(unsafe) private var currentInput: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var currentInputCount = 0
nonisolated(unsafe) private var previousActions: [Int32: sigaction] = [:]

private let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

private func crashHandler(_ signal: Int32) {
    failureMessage.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
    if let input = currentInput {
        let fd = failurePath.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        if fd >= 0 {
            _ = write(fd, input, currentInputCount)
            close(fd)
        }
    }
    // Hand the signal to the handler that was there before (the Swift runtime's backtracer).
    if var previous = previousActions[signal] {
        sigaction(signal, &previous, nil)
    } else {
        Glibc.signal(signal, SIG_DFL)
    }
    // A faulting instruction (ud2, a bad load) faults again on return; a raised signal is re-raised.
    if signal == SIGABRT || signal == SIGTRAP { raise(signal) }
}

/// A fuzz target's `LLVMFuzzerTestOneInput`.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

#if LIBFUZZER
// libFuzzer's public entry point (FuzzerInterface.h). SwiftPM names an executable's entry point
// `<Target>_main` and points `main` at it, so libFuzzer's own `main` is never linked: the
// target's main.swift calls this instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzTarget
) -> CInt
#endif

public enum FuzzDriver {
#if LIBFUZZER
    /// Hands the command line to libFuzzer (all of its options work) and exits with its status.
    public static func runLibFuzzer(_ body: FuzzTarget) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, body))
    }
#endif

    /// Runs `body` over files named on the command line, or over mutations of the corpus.
    public static func main(
        target: String,
        _ body: FuzzTarget,
        corpusFile: String = #filePath
    ) -> Never {
        var runs = 10_000
        var seed = UInt64(UInt32(truncatingIfNeeded: time(nil)))
        var maxLength = 4096
        var paths: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument.hasPrefix("-runs=") { runs = Int(argument.dropFirst(6)) ?? runs }
            else if argument.hasPrefix("-seed=") { seed = UInt64(argument.dropFirst(6)) ?? seed }
            else if argument.hasPrefix("-max_len=") { maxLength = Int(argument.dropFirst(9)) ?? maxLength }
            else if argument.hasPrefix("-") { printError("ignoring option \(argument) (libFuzzer options need a -sanitize=fuzzer build)") }
            else { paths.append(argument) }
        }

        // Files named on the command line are replayed once each.
        let files = paths.filter { isRegularFile($0) }
        if !files.isEmpty && files.count == paths.count {
            for file in files {
                let bytes = readFile(file)
                print("replaying \(file) (\(bytes.count) bytes)")
                _ = bytes.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
            }
            print("replayed \(files.count) file(s): no property failed")
            exit(0)
        }

        // Otherwise mutate the seeds of the corpus directories (default: Fuzz/corpus/<target>).
        var directories = paths
        if directories.isEmpty {
            var root = corpusFile   // …/Fuzz/Sources/<target>/<file>.swift
            for _ in 0..<3 { root = String(root[..<root.lastIndex(of: "/")!]) }
            directories = [root + "/corpus/" + target]
        }
        var seeds: [[UInt8]] = [[]]
        for directory in directories { seeds += listFiles(directory).map(readFile) }
        print("\(target): \(runs) runs from \(seeds.count) seeds, -seed=\(seed)")

        for signal in crashSignals {
            var action = sigaction()
            sigaction(signal, nil, &action)
            previousActions[signal] = action
            Glibc.signal(signal, crashHandler)
        }
        var master = FuzzRandom(seed: seed)
        for iteration in 0..<runs {
            let iterationSeed = iteration == 0 ? seed : master.next()
            var rng = FuzzRandom(seed: iterationSeed)
            let input = mutate(seeds[rng.below(seeds.count)], seeds: seeds, maxLength: maxLength, rng: &rng)
            failureMessage = Array("\nFUZZ FAILURE: \(target) iteration \(iteration), replay with -seed=\(iterationSeed) -runs=1 (input saved to fuzz-failure-\(target)-\(iterationSeed))\n".utf8)
            failurePath = Array("fuzz-failure-\(target)-\(iterationSeed)".utf8CString)
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(input.count, 1))
            copy.initialize(from: input, count: input.count)
            currentInput = copy
            currentInputCount = input.count
            _ = body(copy, input.count)
            currentInput = nil
            copy.deallocate()
        }
        print("\(target): \(runs) runs, no property failed (-seed=\(seed))")
        exit(0)
    }

    /// One to eight random edits of `base`: bit flips, interesting bytes, inserted and deleted
    /// ranges, copies within the input and splices from another seed.
    static func mutate(_ base: [UInt8], seeds: [[UInt8]], maxLength: Int, rng: inout FuzzRandom) -> [UInt8] {
        var bytes = base
        let interesting: [UInt8] = [0x00, 0x0A, 0x0D, 0x20, 0x22, 0x2C, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A,
                                    0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<(1 + rng.below(8)) {
            switch rng.below(7) {
            case 0 where !bytes.isEmpty:
                bytes[rng.below(bytes.count)] ^= UInt8(1 << rng.below(8))
            case 1 where !bytes.isEmpty:
                bytes[rng.below(bytes.count)] = interesting[rng.below(interesting.count)]
            case 2:
                let at = rng.below(bytes.count + 1)
                bytes.insert(contentsOf: (0..<(1 + rng.below(4))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
            case 3 where !bytes.isEmpty:
                let at = rng.below(bytes.count)
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.below(16)))
            case 4 where !bytes.isEmpty:
                let from = rng.below(bytes.count)
                let piece = Array(bytes[from..<min(bytes.count, from + 1 + rng.below(32))])
                bytes.insert(contentsOf: piece, at: rng.below(bytes.count + 1))
            case 5:
                let other = seeds[rng.below(seeds.count)]
                if !other.isEmpty {
                    let from = rng.below(other.count)
                    let piece = other[from..<min(other.count, from + 1 + rng.below(64))]
                    bytes.insert(contentsOf: piece, at: rng.below(bytes.count + 1))
                }
            default:
                if !bytes.isEmpty { bytes.removeSubrange(rng.below(bytes.count)...) }
            }
        }
        if bytes.count > maxLength { bytes.removeSubrange(maxLength...) }
        return bytes
    }
}

private func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    bytes.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
}

private func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
}

private func listFiles(_ directory: String) -> [String] {
    guard let dir = opendir(directory) else {
        printError("cannot open corpus directory \(directory)")
        return []
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name.hasPrefix(".") { continue }
        let full = directory + "/" + name
        if isRegularFile(full) { names.append(full) }
    }
    return names.sorted()
}

private func readFile(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { fatalError("cannot read \(path)") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}
