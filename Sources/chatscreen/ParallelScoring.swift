import ChatScreen
import ChatScreenFormats
import Glibc

/// `chatscreen score --jobs N`: the same bytes as `--jobs 1`, scored on N threads.
///
/// ```
///            main thread                          worker w (one per job)
///  read + parse ─► batch (≤ 2048 records) ──┐   phase 1: scan w's messages, then others' leftovers
///  ConversationOracle: shard, evictions     ├─► phase 2: shard w's records in input order:
///  merge shard outputs in input order ◄─────┘            tracker, verdict JSON, summaries
///  write stdout and the summary file
/// ```
///
/// - **Two phases per batch.** Phase 1 scans, which needs no state; phase 2 follows
///   conversations and formats, which must see a conversation's messages in order on one
///   thread: record i goes to the worker that owns its conversation (FNV-1a of the id, never
///   `Hasher`, whose seed changes per process); records without a conversation (errors, skipped
///   records, `--no-conversation`) go round-robin. A worker scans its own messages first, so a
///   verdict is usually used on the core that made it, then takes chunks of 32 from whichever
///   worker has most left, so all cores scan even when one conversation has all the messages. A
///   worker scans batch k + 1 before it finishes batch k, so it rarely waits for the others.
/// - **Identity with `--jobs 1`.** Each worker formats its records with ``VerdictFormat`` (the
///   code `--jobs 1` uses) into its own buffer and records where each line ends; the main thread
///   copies the lines back in input order. Conversation state would differ where conversations
///   meet: `--max-conversations` evicts the least recently active conversation of *all* of them,
///   and idle eviction walks that global LRU list and stops at the first one still active. So the
///   main thread runs ``ConversationOracle``, a copy of the tracker's LRU and idle bookkeeping
///   (ids, last times, links; no evidence), which decides every eviction at the moment
///   `ConversationTracker` would, and sends it to the owning worker in order. Workers keep one
///   `ConversationTracker` per live conversation, which never evicts by itself, and finish it when
///   told. Evicted summaries keep the order they were evicted in, and the final summaries come in
///   the oracle's first-seen order: the summary file and the eviction count match `--jobs 1` too.
/// - **Bounded memory.** At most ``maxInFlight`` batches are in flight; the main thread stops
///   reading until the oldest is written (back-pressure). Batches, their buffers and the
///   trackers of evicted conversations are reused. The price of identity is one
///   `ConversationTracker` per live conversation (about 0.6 KB more than `--jobs 1` per
///   conversation); a `ConversationTracker.evict(conversation:)` in the library would let each
///   worker keep one tracker.
/// - **What stays serial** (measured with perf on 1,000,000 generated messages: about 15% of
///   the CPU time of `--jobs 2`): reading and parsing (the conversation id and timestamp are
///   needed to route a record and to decide evictions in input order), the oracle, copying the
///   workers' lines into order, `write`, and freeing the parsed records.
/// - **Signals** are blocked on the workers, so SIGINT and SIGTERM reach the reading thread,
///   whose blocked `read` the handler ends; what was read is still scored and written in order.
final class ParallelScorer: ScoringSink {
    static let maximumJobs = 256
    /// A batch is dispatched at this many records or ``batchBytes`` of message text.
    static let batchRecords = 2048
    static let batchBytes = 1 << 20
    /// Batches read but not yet written, at most.
    let maxInFlight: Int
    /// Records per batch: ``batchRecords``, or the environment's `CHATSCREEN_JOBS_BATCH_RECORDS`
    /// (the tests use batches of a few records to exercise many hand-overs on small inputs).
    let batchLimit: Int

    private let jobs: Int
    private let coordinator: Coordinator
    private var oracle: ConversationOracle?
    private var summaries: SummaryOutput?
    private var current: Batch
    private var spare: [Batch] = []
    private var nextSequence = 0
    private var file = "-"
    private var merged: [UInt8] = []
    private var mergedSummaries: [UInt8] = []
    private var threads: [pthread_t] = []

    init(jobs: Int, rules: RuleSet, format: VerdictFormat, tracking: Bool, maxConversations: Int?,
         summaries: SummaryOutput?) throws {
        precondition(jobs > 1 && jobs <= Self.maximumJobs)
        self.jobs = jobs
        self.maxInFlight = jobs + 4
        let requested = getenv("CHATSCREEN_JOBS_BATCH_RECORDS").flatMap { Int(String(cString: $0)) }
        self.batchLimit = min(Self.batchRecords, max(1, requested ?? Self.batchRecords))
        self.summaries = summaries
        if tracking {
            let policy = ConversationTracker(rules: rules, maxConversations: maxConversations).policy
            oracle = ConversationOracle(capacity: policy.maxConversations, idleSeconds: policy.idleSeconds, jobs: jobs)
        }
        _ = try MessageScanner(rules: rules)  // fails here, on the main thread, if ICU cannot start
        let workers = (0..<jobs).map { index in
            Worker(index: index, rules: rules, format: format, tracking: tracking, writeSummaries: summaries != nil)
        }
        let coordinator = Coordinator(workers: workers)
        self.coordinator = coordinator
        current = Batch(jobs: jobs)
        merged.reserveCapacity(1 << 20)
        threads = spawnBlockingSignals(count: jobs) { index in coordinator.run(worker: index) }
    }

    func startFile(_ path: String) throws(WriteError) {
        if !current.entries.isEmpty { try dispatch() }
        file = path
    }

    func score(_ record: consuming InputRecord, time: Int64?) throws(WriteError) {
        let batch = current
        var entry = Batch.Entry(record: record, time: time)
        if case .message(let message) = entry.record {
            batch.bytes += message.text.count
            if oracle != nil {
                (entry.owner, entry.slot) = oracle!.observe(message.conversation ?? "-", time: time,
                                                            before: Int32(batch.entries.count), closing: &batch.closing)
            }
        }
        batch.entries.append(entry)
        if batch.entries.count >= batchLimit || batch.bytes >= Self.batchBytes { try dispatch() }
    }

    func flush() throws(WriteError) {
        if !current.entries.isEmpty { try dispatch() }
        try collect(leavingAtMost: 0)
    }

    func finishConversations() throws(WriteError) -> Int? {
        guard let oracle else { return nil }
        if !current.entries.isEmpty { try dispatch() }
        if summaries != nil {
            // The conversations still tracked, in the order `ConversationTracker.finish()` gives.
            for (shard, slot) in oracle.live() {
                current.closing.append(Closing(shard: shard, slot: slot, before: 0))
            }
            current.closingIsEviction = false
            try dispatch()
            try collect(leavingAtMost: 0)
        }
        try summaries?.close()
        return oracle.evictions
    }

    func stop() {
        guard !threads.isEmpty else { return }
        coordinator.shutDown()
        for thread in threads { pthread_join(thread, nil) }
        threads.removeAll()
    }

    deinit { stop() }

    // MARK: Main thread: dispatching and writing

    /// Hands `current` to the workers and starts a new batch; waits while too many are in flight.
    private func dispatch() throws(WriteError) {
        let batch = current
        batch.sequence = nextSequence
        nextSequence += 1
        batch.file = file
        batch.plan()
        coordinator.publish(batch)
        current = spare.popLast() ?? Batch(jobs: jobs)
        try collect(leavingAtMost: maxInFlight - 1)
    }

    /// Writes every finished batch at the head of the queue, waiting until at most `limit` are
    /// in flight.
    private func collect(leavingAtMost limit: Int) throws(WriteError) {
        while let batch = coordinator.takeFinished(waitingWhileMoreThan: limit) {
            try write(batch)
            batch.recycle()
            spare.append(batch)
        }
    }

    /// Copies the workers' lines back into input order and writes them.
    private func write(_ batch: Batch) throws(WriteError) {
        merged.removeAll(keepingCapacity: true)
        var cursor = [Int](repeating: 0, count: jobs), line = [Int](repeating: 0, count: jobs)
        for index in batch.entries.indices {
            let shard = Int(batch.entries[index].owner)
            let output = batch.outputs[shard]
            let end = output.ends[line[shard]]
            if end > cursor[shard] {
                merged.append(contentsOf: output.writer.bytes[cursor[shard]..<end])
                cursor[shard] = end
            }
            line[shard] += 1
        }
        if !merged.isEmpty { try writeAll(fd: STDOUT_FILENO, merged) }
        guard summaries != nil, !batch.closing.isEmpty else { return }
        mergedSummaries.removeAll(keepingCapacity: true)
        for index in cursor.indices { cursor[index] = 0; line[index] = 0 }
        for closing in batch.closing {
            let shard = Int(closing.shard)
            let output = batch.outputs[shard]
            let end = output.summaryEnds[line[shard]]
            mergedSummaries.append(contentsOf: output.summaries.bytes[cursor[shard]..<end])
            cursor[shard] = end
            line[shard] += 1
        }
        try summaries!.write(lines: mergedSummaries)
    }
}

// MARK: - Batches

/// A conversation to finish before record `before` of a batch: evicted, or (in the last batch)
/// still tracked at the end.
struct Closing {
    var shard: UInt16
    /// The conversation's slot in ``ConversationOracle`` (and in its worker's tracker table).
    var slot: Int32
    var before: Int32
}

/// What one worker wrote in phase 2 of a batch: its verdict lines and summary lines, and where
/// each one ends.
final class ShardOutput {
    var writer = JSONWriter(capacity: 1 << 16)
    var ends: [Int] = []
    var summaries = JSONWriter(capacity: 1 << 12)
    var summaryEnds: [Int] = []
    /// Keeps the next object's fields off this one's cache lines: the writer's state changes on
    /// every JSON token, and the workers' outputs are allocated one after another.
    private let padding = CacheLinePadding()

    func reset() {
        writer.reset()
        ends.removeAll(keepingCapacity: true)
        summaries.reset()
        summaryEnds.removeAll(keepingCapacity: true)
    }
}

/// Up to ``ParallelScorer/batchRecords`` consecutive records and everything the workers make of
/// them. The main thread fills the first group of properties, then publishes the batch through
/// ``Coordinator`` (its mutex orders every access); workers only read those, and write their
/// own slots of ``verdicts`` (phase 1: the chunks they claim) and their own ``outputs`` element
/// (phase 2).
final class Batch: @unchecked Sendable {
    static let unassigned = UInt16.max

    // Written by the main thread before publication; read-only while in flight.
    var sequence = 0
    var file = "-"
    /// A record and what the main thread learnt about it while reading.
    struct Entry {
        var record: InputRecord
        /// Its timestamp, parsed.
        var time: Int64?
        /// The worker that runs phase 2 for it.
        var owner = Batch.unassigned
        /// Its conversation's slot in ``ConversationOracle`` (-1 without conversations).
        var slot: Int32 = -1
    }
    var entries: [Entry] = []
    /// The bytes of message text in ``entries``.
    var bytes = 0
    /// Conversations to finish, in the order `--jobs 1` finishes them.
    var closing: [Closing] = []
    /// Whether ``closing`` holds evictions (every batch but the one that ends the input).
    var closingIsEviction = true
    /// Phase 1: each worker's messages (its conversations'), scanned in chunks of ``chunk``.
    var scanLists: [[Int32]]
    /// Phase 2: each worker's records (index ≥ 0) and closings (`~index`), in input order.
    var items: [[Int32]]

    // Written by the workers.
    /// Phase 1 results, uninitialised memory: phase 1 initialises a message's slot, phase 2
    /// moves the verdict out, so a slot is never read before it is written (and no worker reads
    /// the cache line of another's last write just to release a nil). A batch abandoned after a
    /// failure leaks its verdicts; the process is exiting then.
    private(set) var verdicts: UnsafeMutableBufferPointer<Verdict>
    let outputs: [ShardOutput]

    // Guarded by the coordinator's mutex.
    /// Per worker, the chunks of its scan list not yet claimed: `front..<back`. The owner takes
    /// chunks from the front, a worker with nothing left of its own takes them from the back.
    var front: [Int]
    var back: [Int]
    var chunks = 0
    var chunksScanned = 0
    var finished = 0

    /// Records per phase-1 chunk: small enough to balance, large enough that claiming one (under
    /// the coordinator's mutex) costs nothing measurable.
    static let chunk = 32

    init(jobs: Int) {
        scanLists = Array(repeating: [], count: jobs)
        front = Array(repeating: 0, count: jobs)
        back = Array(repeating: 0, count: jobs)
        items = Array(repeating: [], count: jobs)
        outputs = (0..<jobs).map { _ in ShardOutput() }
        verdicts = .allocate(capacity: ParallelScorer.batchRecords)
        entries.reserveCapacity(ParallelScorer.batchRecords)
    }

    deinit { verdicts.deallocate() }

    /// Lists each worker's messages to scan (phase 1) and its records and closings to finish
    /// (phase 2). A message is scanned by the worker that follows its conversation, so its verdict
    /// stays on that core, unless another worker runs out of work and takes it; records without a
    /// conversation (errors, skipped records, `--no-conversation`) go round-robin by chunk.
    func plan() {
        let jobs = items.count
        if verdicts.count < entries.count {
            verdicts.deallocate()
            verdicts = .allocate(capacity: entries.count)
        }
        for worker in 0..<jobs {
            items[worker].removeAll(keepingCapacity: true)
            scanLists[worker].removeAll(keepingCapacity: true)
        }
        var next = 0
        for index in entries.indices {
            while next < closing.count && Int(closing[next].before) <= index {
                items[Int(closing[next].shard)].append(~Int32(next))
                next += 1
            }
            if entries[index].owner == Batch.unassigned { entries[index].owner = UInt16(index / Self.chunk % jobs) }
            let worker = Int(entries[index].owner)
            items[worker].append(Int32(index))
            if case .message = entries[index].record { scanLists[worker].append(Int32(index)) }
        }
        while next < closing.count {
            items[Int(closing[next].shard)].append(~Int32(next))
            next += 1
        }
        chunks = 0
        for worker in 0..<jobs {
            front[worker] = 0
            back[worker] = (scanLists[worker].count + Self.chunk - 1) / Self.chunk
            chunks += back[worker]
        }
        chunksScanned = 0
    }

    /// Ready for reuse by the main thread (keeps the capacities).
    func recycle() {
        entries.removeAll(keepingCapacity: true)
        closing.removeAll(keepingCapacity: true)
        closingIsEviction = true
        bytes = 0
        finished = 0
    }
}

// MARK: - Workers

/// One worker's state: its scanner, and a tracker per conversation it owns. Everything it
/// allocates is allocated on its own thread (the scanner on first use), so it sits in that
/// thread's malloc arena, away from the other workers' memory.
final class Worker: @unchecked Sendable {
    let index: Int
    private lazy var scanner: MessageScanner = {
        do { return try MessageScanner(rules: rules) } catch {
            preconditionFailure("a scanner could be made on the main thread but not on a worker: \(error)")
        }
    }()
    private let rules: RuleSet
    private let format: VerdictFormat
    private let tracking: Bool
    private let writeSummaries: Bool
    /// By conversation slot (see ``ConversationOracle``); nil for other workers' conversations.
    private var trackers: [ConversationTracker?] = []
    private var spareTrackers: [ConversationTracker] = []
    private let padding = CacheLinePadding()

    init(index: Int, rules: RuleSet, format: VerdictFormat, tracking: Bool, writeSummaries: Bool) {
        self.index = index
        self.rules = rules
        self.format = format
        self.tracking = tracking
        self.writeSummaries = writeSummaries
    }

    /// Phase 1: scans chunk `chunk` of worker `list`'s messages.
    func scan(_ batch: Batch, list: Int, chunk: Int) {
        let verdicts = batch.verdicts
        let indices = batch.scanLists[list]
        batch.entries.withUnsafeBufferPointer { entries in   // borrowed: no reference counting per record
            for position in (chunk * Batch.chunk)..<min(indices.count, (chunk + 1) * Batch.chunk) {
                let index = Int(indices[position])
                guard case .message(let message) = entries[index].record else { continue }
                var verdict = message.text.withUnsafeBufferPointer { scanner.scan(bytes: $0) }
                if message.hadInvalidUTF8 { verdict.flags.insert(.invalidUTF8) }
                (verdicts.baseAddress! + index).initialize(to: verdict)
            }
        }
    }

    /// Phase 2: follows this worker's conversations through the batch and formats its records.
    func finish(_ batch: Batch) {
        let verdicts = batch.verdicts
        let output = batch.outputs[index]
        output.reset()
        batch.entries.withUnsafeBufferPointer { entries in
            for item in batch.items[index] {
                guard item >= 0 else {
                    close(batch.closing[Int(~item)], evicted: batch.closingIsEviction, into: output)
                    continue
                }
                let index = Int(item)
                switch entries[index].record {
                case .message(let message):
                    let verdict = (verdicts.baseAddress! + index).move()
                    var update: ConversationVerdict?
                    if tracking {
                        update = tracker(Int(entries[index].slot)).observe(
                            verdict, conversation: message.conversation ?? "-", sender: message.sender,
                            timestamp: entries[index].time, reference: MessageReference(line: message.line, id: message.id))
                    }
                    format.message(message, verdict: verdict, conversation: update, file: batch.file, into: &output.writer)
                case .error(let line, let reason):
                    format.error(line: line, reason: reason, file: batch.file, into: &output.writer)
                case .skipped(let message, let reason):
                    format.skipped(message, reason: reason, file: batch.file, into: &output.writer)
                }
                output.ends.append(output.writer.bytes.count)
            }
        }
    }

    /// The tracker of the conversation in `slot`, created on its first message. Each live
    /// conversation has its own tracker, which never evicts by itself (one conversation, idle
    /// time `Int.max`): the main thread's ``ConversationOracle`` decides evictions, as one shared
    /// tracker would, and a slot is reused only after its conversation was closed here.
    private func tracker(_ slot: Int) -> ConversationTracker {
        if slot >= trackers.count { trackers += Array(repeating: nil, count: max(slot + 1 - trackers.count, trackers.count)) }
        if let tracker = trackers[slot] { return tracker }
        let tracker = spareTrackers.popLast() ?? ConversationTracker(rules: rules, maxConversations: 1, idleSeconds: Int.max)
        trackers[slot] = tracker
        return tracker
    }

    private func close(_ closing: Closing, evicted: Bool, into output: ShardOutput) {
        guard Int(closing.slot) < trackers.count, let tracker = trackers[Int(closing.slot)] else {
            preconditionFailure("the oracle closed a conversation its worker does not track")
        }
        trackers[Int(closing.slot)] = nil
        let summaries = tracker.finish()
        if writeSummaries, var summary = summaries.first {
            summary.evicted = evicted
            output.summaries.summary(summary)
            output.summaryEnds.append(output.summaries.bytes.count)
        }
        if spareTrackers.count < 1024 { spareTrackers.append(tracker) }
    }
}

/// The batches in flight, and the mutex and condition variables that order every hand-over
/// between the main thread and the workers.
final class Coordinator: @unchecked Sendable {
    private let workers: [Worker]
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Workers wait here for a new batch, or for the others to finish scanning one.
    private let workAvailable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// The main thread waits here for the oldest batch to be finished.
    private let batchFinished = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// In sequence order; the first is the oldest not yet taken by the main thread.
    private var inFlight: [Batch] = []
    private var closed = false

    init(workers: [Worker]) {
        self.workers = workers
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(workAvailable, nil)
        pthread_cond_init(batchFinished, nil)
    }

    deinit {
        pthread_cond_destroy(batchFinished)
        pthread_cond_destroy(workAvailable)
        pthread_mutex_destroy(mutex)
        batchFinished.deallocate()
        workAvailable.deallocate()
        mutex.deallocate()
    }

    /// Main thread: appends a batch for every worker.
    func publish(_ batch: Batch) {
        pthread_mutex_lock(mutex)
        inFlight.append(batch)
        pthread_cond_broadcast(workAvailable)
        pthread_mutex_unlock(mutex)
    }

    /// Main thread: removes and returns the oldest batch when it is finished; waits for it while
    /// more than `limit` batches are in flight; nil when it need not wait and the oldest is not done.
    func takeFinished(waitingWhileMoreThan limit: Int) -> Batch? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while let first = inFlight.first {
            if first.finished == workers.count {
                inFlight.removeFirst()
                return first
            }
            if inFlight.count <= limit { return nil }
            pthread_cond_wait(batchFinished, mutex)
        }
        return nil
    }

    /// Main thread: tells the workers to stop once they are idle, or at once after a failure
    /// (batches still in flight are then abandoned).
    func shutDown() {
        pthread_mutex_lock(mutex)
        closed = true
        pthread_cond_broadcast(workAvailable)
        pthread_mutex_unlock(mutex)
    }

    /// A worker's loop: scan (its share of) batch k + 1, then run phase 2 of batch k. Scanning
    /// one batch ahead, and taking other workers' chunks when its own are done, lets a worker
    /// whose conversations are cheap do more of the scanning, so neither waits for the other.
    func run(worker index: Int) {
        let worker = workers[index]
        let jobs = workers.count
        var nextSequence = 0
        var pending: Batch?
        while true {
            pthread_mutex_lock(mutex)
            var batch: Batch?
            while !closed {
                if let first = inFlight.first, nextSequence - first.sequence < inFlight.count {
                    batch = inFlight[nextSequence - first.sequence]
                    nextSequence += 1
                    break
                }
                if pending != nil { break }
                pthread_cond_wait(workAvailable, mutex)
            }
            if closed { pthread_mutex_unlock(mutex); return }
            if let batch {
                while let (list, chunk) = claimChunk(of: batch, for: index, jobs: jobs) {
                    pthread_mutex_unlock(mutex)
                    worker.scan(batch, list: list, chunk: chunk)
                    pthread_mutex_lock(mutex)
                    batch.chunksScanned += 1
                    if batch.chunksScanned == batch.chunks { pthread_cond_broadcast(workAvailable) }
                }
            }
            if let previous = pending {
                while previous.chunksScanned < previous.chunks && !closed { pthread_cond_wait(workAvailable, mutex) }
                if closed { pthread_mutex_unlock(mutex); return }
                pthread_mutex_unlock(mutex)
                worker.finish(previous)
                pthread_mutex_lock(mutex)
                previous.finished += 1
                if previous.finished == jobs { pthread_cond_signal(batchFinished) }
            }
            pthread_mutex_unlock(mutex)
            pending = batch
        }
    }

    /// The next phase-1 chunk for `worker` (with the mutex held): the first of its own, else the
    /// last of the worker with the most left.
    private func claimChunk(of batch: Batch, for worker: Int, jobs: Int) -> (list: Int, chunk: Int)? {
        if batch.front[worker] < batch.back[worker] {
            batch.front[worker] += 1
            return (worker, batch.front[worker] - 1)
        }
        var victim = -1, most = 0
        for other in 0..<jobs where batch.back[other] - batch.front[other] > most {
            victim = other
            most = batch.back[other] - batch.front[other]
        }
        guard victim >= 0 else { return nil }
        batch.back[victim] -= 1
        return (victim, batch.back[victim])
    }
}

// MARK: - Conversation bookkeeping on the main thread

/// Decides, message by message, which conversations `ConversationTracker` would evict, without
/// its evidence: the same LRU list over slots, the same idle walk from the least recently active
/// conversation, the same capacity check before a new conversation, and the same first-seen
/// numbering for the summaries at the end. Each conversation also gets its worker here.
///
/// ```swift
/// var oracle = ConversationOracle(capacity: 100_000, idleSeconds: 21_600, jobs: 2)
/// let worker = oracle.observe("c1", time: 1_773_522_300, before: 0, closing: &closing)
/// ```
///
/// - Complexity: O(1) amortised per message, plus O(1) per eviction.
struct ConversationOracle {
    let capacity: Int
    let idleSeconds: Int?
    let jobs: Int
    private(set) var evictions = 0

    // One slot per tracked conversation, as parallel arrays (the links are touched on every
    // message; keeping them apart from the id avoids retaining and releasing it).
    private var ids: [String?] = []
    private var shards: [UInt16] = []
    private var firstSeen: [Int] = []
    private var lastTimes: [Int64?] = []
    private var newer: [Int32] = []
    private var older: [Int32] = []
    private var freeSlots: [Int32] = []
    private var index: [String: Int32] = [:]
    private var newest: Int32 = -1, oldest: Int32 = -1
    private var nextFirstSeen = 0

    init(capacity: Int, idleSeconds: Int?, jobs: Int) {
        self.capacity = max(1, capacity)
        self.idleSeconds = idleSeconds
        self.jobs = jobs
    }

    /// The worker of a conversation: FNV-1a 64 of its UTF-8, modulo the number of jobs. Stable
    /// across runs and machines (Swift's `Hasher` is seeded per process).
    static func shard(of conversation: String, jobs: Int) -> UInt16 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in conversation.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return UInt16(hash % UInt64(jobs))
    }

    /// Records a message of `conversation` as `ConversationTracker.observe` would, appending the
    /// conversations it evicts first (idle, then over capacity) to `closing`; returns the
    /// conversation's worker and slot.
    mutating func observe(_ conversation: String, time: Int64?, before record: Int32,
                          closing: inout [Closing]) -> (shard: UInt16, slot: Int32) {
        if let time, let idle = idleSeconds {
            while oldest >= 0, let last = lastTimes[Int(oldest)], time - last > Int64(idle) {
                evict(oldest, before: record, closing: &closing)
            }
        }
        let slot: Int32
        if let found = index[conversation] {
            slot = found
            unlink(slot)
            link(slot)
        } else {
            if index.count >= capacity, oldest >= 0 { evict(oldest, before: record, closing: &closing) }
            let shard = Self.shard(of: conversation, jobs: jobs)
            if let free = freeSlots.popLast() {
                slot = free
                ids[Int(slot)] = conversation
                shards[Int(slot)] = shard
                firstSeen[Int(slot)] = nextFirstSeen
                lastTimes[Int(slot)] = nil
            } else {
                slot = Int32(ids.count)
                ids.append(conversation)
                shards.append(shard)
                firstSeen.append(nextFirstSeen)
                lastTimes.append(nil)
                newer.append(-1)
                older.append(-1)
            }
            nextFirstSeen += 1
            index[conversation] = slot
            link(slot)
        }
        if let time { lastTimes[Int(slot)] = max(lastTimes[Int(slot)] ?? time, time) }
        return (shards[Int(slot)], slot)
    }

    /// The conversations tracked now, in first-seen order: their workers and slots.
    func live() -> [(shard: UInt16, slot: Int32)] {
        ids.indices.filter { ids[$0] != nil }.sorted { firstSeen[$0] < firstSeen[$1] }.map { (shards[$0], Int32($0)) }
    }

    /// The conversation in `slot`, if one is tracked there.
    func conversation(inSlot slot: Int32) -> String? { ids[Int(slot)] }

    private mutating func evict(_ slot: Int32, before record: Int32, closing: inout [Closing]) {
        guard let id = ids[Int(slot)] else { return }
        unlink(slot)
        ids[Int(slot)] = nil
        freeSlots.append(slot)
        index[id] = nil
        evictions += 1
        closing.append(Closing(shard: shards[Int(slot)], slot: slot, before: record))
    }

    private mutating func link(_ slot: Int32) {
        older[Int(slot)] = newest
        newer[Int(slot)] = -1
        if newest >= 0 { newer[Int(newest)] = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }

    private mutating func unlink(_ slot: Int32) {
        let (before, after) = (older[Int(slot)], newer[Int(slot)])
        if after >= 0 { older[Int(after)] = before } else { newest = before }
        if before >= 0 { newer[Int(before)] = after } else { oldest = after }
        newer[Int(slot)] = -1
        older[Int(slot)] = -1
    }
}

// MARK: - Threads

/// 128 bytes (two cache lines, for the adjacent-line prefetcher) at the end of an object that
/// one worker writes often, so that another worker's object allocated next to it shares no line.
struct CacheLinePadding {
    private var bytes: (SIMD64<UInt8>, SIMD64<UInt8>) = (.zero, .zero)
}

/// Starts `count` threads running `body(index)`, with SIGINT and SIGTERM blocked on them so the
/// signals reach the main thread (whose `read` the handler must interrupt).
private func spawnBlockingSignals(count: Int, _ body: @escaping @Sendable (Int) -> Void) -> [pthread_t] {
    final class Start: @unchecked Sendable {
        let body: @Sendable (Int) -> Void
        let index: Int
        init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) { self.body = body; self.index = index }
    }
    var blocked = sigset_t(), previous = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGINT)
    sigaddset(&blocked, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 16 << 20)  // as deep as a main thread's; rule evaluation recurses
    var threads: [pthread_t] = []
    for index in 0..<count {
        let start = Unmanaged.passRetained(Start(body, index)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { raw in
            let start = Unmanaged<Start>.fromOpaque(raw!).takeRetainedValue()
            start.body(start.index)
            return nil
        }, start)
        precondition(status == 0, "cannot start a scoring thread: \(String(cString: strerror(status)))")
        threads.append(thread)
    }
    return threads
}
