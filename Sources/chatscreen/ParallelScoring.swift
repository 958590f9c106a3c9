import ChatScreen
import ChatScreenFormats

/// `chatscreen score --jobs N`: the same bytes as `--jobs 1`, scored on N threads.
///
/// ```
///            main thread                          worker w (one per job)
///  read + parse ─► batch (≤ 2048 records) ──┐   phase 1: scan w's messages, then others' leftovers
///  ConversationRoster: shard, evictions     ├─► phase 2: shard w's records in input order:
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
///   main thread keeps the ``ConversationRoster``, the very type `ConversationTracker` decides
///   evictions with (ids, last times, links, evicted ids; no evidence): every eviction and every
///   resumption of an evicted conversation is decided at the moment `--jobs 1` decides it, and
///   sent to the owning worker in order. Each worker keeps one tracker made by
///   `ConversationTracker.admittedElsewhere(rules:)`, which never evicts by itself, and closes a
///   conversation when told. Evicted summaries keep the order they were evicted in, and the final
///   summaries come in the roster's first-seen order: the summary file, the eviction count and
///   the split conversations on stderr match `--jobs 1` too.
/// - **Bounded memory.** At most ``maxInFlight`` batches are in flight; the main thread stops
///   reading until the oldest is written (back-pressure). Batches and their buffers are reused.
///   Conversation state is the roster on the main thread plus each worker's tracker states,
///   indexed by the roster's slots (a slot table per worker, 8 bytes per slot).
/// - **What stays serial** (measured with perf on 1,000,000 generated messages: about 15% of
///   the CPU time of `--jobs 2`): reading and parsing (the conversation id and timestamp are
///   needed to route a record and to decide evictions in input order), the roster, copying the
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
    /// Which conversations are tracked (nil with `--no-conversation`), and each slot's worker.
    private var roster: ConversationRoster?
    private var shards: [UInt16] = []
    private var evicted: [ConversationRoster.Eviction] = []
    /// The file of the first message that resumed an evicted conversation.
    private var firstSplitFile: String?
    private var summaries: SummaryOutput?
    private var current: Batch
    private var spare: [Batch] = []
    private var nextSequence = 0
    private var file = "-"
    private var merged: [UInt8] = []
    private var mergedSummaries: [UInt8] = []
    private var threads: [pthread_t] = []
    /// The counts of the batches written so far (each worker counts its records of a batch).
    private(set) var statistics = ScoreStatistics()

    init(jobs: Int, rules: RuleSet, format: ScoreRecordFormat, tracking: Bool, maxConversations: Int?,
         summaries: SummaryOutput?) throws {
        precondition(jobs > 1 && jobs <= Self.maximumJobs)
        self.jobs = jobs
        self.maxInFlight = jobs + 4
        let requested = getenv("CHATSCREEN_JOBS_BATCH_RECORDS").flatMap { Int(String(cString: $0)) }
        self.batchLimit = min(Self.batchRecords, max(1, requested ?? Self.batchRecords))
        self.summaries = summaries
        if tracking {
            let policy = rules.conversation.overriding(maxConversations: maxConversations)
            roster = ConversationRoster(capacity: policy.maxConversations, idleSeconds: policy.idleSeconds)
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

    func score(_ record: consuming InputRecord, time: Int64?, source: ConversationSource) throws(WriteError) {
        let batch = current
        var entry = Batch.Entry(record: record, time: time)
        if case .message(let message) = entry.record {
            batch.bytes += message.text.count
            if roster != nil {
                let admission = roster!.admit(message.conversationKey, time: time, source: source,
                                              reference: message.reference, evicting: &evicted)
                if !evicted.isEmpty {
                    // Before the slot's worker changes: an evicted slot may be the one admitted.
                    for eviction in evicted {
                        batch.closing.append(Closing(shard: shards[Int(eviction.slot)], slot: eviction.slot,
                                                     before: Int32(batch.entries.count)))
                    }
                    evicted.removeAll(keepingCapacity: true)
                }
                let slot = Int(admission.slot)
                if admission.isNew {
                    if slot == shards.count { shards.append(0) }
                    shards[slot] = Self.shard(of: message.conversationKey, jobs: jobs)
                    if admission.earlierEvictions > 0 && firstSplitFile == nil { firstSplitFile = file }
                }
                entry.owner = shards[slot]
                entry.admission = admission
            }
        }
        batch.entries.append(entry)
        if batch.entries.count >= batchLimit || batch.bytes >= Self.batchBytes { try dispatch() }
    }

    func flush() throws(WriteError) {
        if !current.entries.isEmpty { try dispatch() }
        try collect(leavingAtMost: 0)
    }

    func finishConversations() throws(WriteError) -> ConversationTotals? {
        guard let roster else { return nil }
        if !current.entries.isEmpty { try dispatch() }
        if summaries != nil {
            // The conversations still tracked, in the order `ConversationTracker.finish()` gives.
            for slot in roster.live() {
                current.closing.append(Closing(shard: shards[Int(slot)], slot: slot, before: 0))
            }
            current.closingIsEviction = false
            try dispatch()
            try collect(leavingAtMost: 0)
        }
        try summaries?.close()
        return ConversationTotals(evictions: roster.evictions, splits: roster.splits, firstSplitFile: firstSplitFile,
                                  conversations: roster.count + roster.evictions)
    }

    /// The worker of a conversation: the FNV-1a 64 fingerprint of its id
    /// (``ConversationRoster/fingerprint(_:)``) modulo the number of jobs, the same on every run
    /// and machine (Swift's `Hasher` is seeded per process).
    static func shard(of conversation: String, jobs: Int) -> UInt16 {
        UInt16(ConversationRoster.fingerprint(conversation) % UInt64(jobs))
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
        for output in batch.outputs { statistics.merge(output.statistics) }
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
    /// The conversation's slot in the ``ConversationRoster`` (and in its worker's tracker).
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
    /// What the worker wrote of the batch, counted (``ScoreStatistics``).
    var statistics = ScoreStatistics()
    /// Keeps the next object's fields off this one's cache lines: the writer's state changes on
    /// every JSON token, and the workers' outputs are allocated one after another.
    private let padding = CacheLinePadding()

    func reset() {
        writer.reset()
        ends.removeAll(keepingCapacity: true)
        summaries.reset()
        summaryEnds.removeAll(keepingCapacity: true)
        statistics = ScoreStatistics()
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
        /// Its conversation's slot in the ``ConversationRoster``, and whether it starts there
        /// (nil without conversations).
        var admission: ConversationRoster.Admission?
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

/// One worker's state: its scanner, and the tracker of the conversations it owns. Everything it
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
    private let format: ScoreRecordFormat
    private let tracking: Bool
    private let writeSummaries: Bool
    /// Follows this worker's conversations, in the roster's slots; evictions come from the main
    /// thread (made on first use, on this thread).
    private lazy var tracker = ConversationTracker.admittedElsewhere(rules: rules)
    private let padding = CacheLinePadding()

    init(index: Int, rules: RuleSet, format: ScoreRecordFormat, tracking: Bool, writeSummaries: Bool) {
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
                (verdicts.baseAddress! + index).initialize(to: scanner.scan(message))
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
                        update = tracker.observe(verdict, of: message, admission: entries[index].admission!,
                                                 timestamp: entries[index].time)
                    }
                    format.message(message, verdict: verdict, conversation: update, file: batch.file, into: &output.writer,
                                   counting: &output.statistics)
                case .error(let line, let reason):
                    format.error(line: line, reason: reason, file: batch.file, into: &output.writer,
                                 counting: &output.statistics)
                case .skipped(let message, let reason):
                    format.skipped(message, reason: reason, file: batch.file, into: &output.writer,
                                   counting: &output.statistics)
                }
                output.ends.append(output.writer.bytes.count)
            }
        }
    }

    private func close(_ closing: Closing, evicted: Bool, into output: ShardOutput) {
        let summary = tracker.close(slot: closing.slot, evicted: evicted)
        if writeSummaries {
            output.summaries.summary(summary, rules: rules.contentHash)
            output.summaryEnds.append(output.summaries.bytes.count)
        }
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
