import ChatScreenText
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// UTS #39 skeletons of the vocabulary and the word each stands for, so a look-alike token
/// ("fаcebook" with a Cyrillic а) finds its word. Built on first use.
///
/// ```swift
/// rules.skeletonWord(skeletonBytes)   // the vocabulary word id, or -1
/// ```
///
/// Computing 20,000 skeletons with ICU was 9% of compiling the shipped pack (callgrind,
/// 2026-11-29), and only messages with Greek, Cyrillic or Armenian letters ever ask for one, so
/// the table is built the first time such a message is scanned. A pthread mutex makes that safe
/// when scanners on several threads share the rule set; after the first build a lookup takes the
/// uncontended lock once. (Swift's `Synchronization.Mutex` was used first: ThreadSanitizer cannot
/// see its futex-based locking and reported every lookup as a race under `--jobs`, so the real
/// races it might find would have been buried.)
final class SkeletonIndex: @unchecked Sendable {
    private struct Table: Sendable {
        var skeletons: WordTable
        var words: [Int32]
    }

    private let vocabulary: WordTable
    /// Guarded by `lock`.
    private var table: Table?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init(vocabulary: WordTable) {
        self.vocabulary = vocabulary
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The vocabulary word whose skeleton is `skeleton`, or -1.
    func word(forSkeleton skeleton: UnsafeBufferPointer<UInt8>) -> Int32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if table == nil { table = Self.build(vocabulary) }
        let id = table!.skeletons.lookup(skeleton)
        return id < 0 ? -1 : table!.words[Int(id)]
    }

    private static func build(_ vocabulary: WordTable) -> Table {
        var builder = WordTable.Builder()
        var words: [Int32] = []
        // Every word and every chat spelling ("vіd" with a Cyrillic і reads as "vid", which is "video").
        let entries = (0..<Int32(vocabulary.count)).map { (Array(vocabulary.word($0)), $0) } + vocabulary.aliases.map { ($0.bytes, $0.id) }
        for (word, id) in entries {
            guard let skeleton = word.withUnsafeBufferPointer({ ConfusableSkeleton.skeleton($0) }) else { continue }
            let key = builder.insert(skeleton)
            if Int(key) == words.count { words.append(id) }
        }
        return Table(skeletons: builder.build(), words: words)
    }
}
