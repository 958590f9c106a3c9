import Foundation
import Testing
@testable import ChatScreenFormats

#if canImport(Glibc)
import Glibc
#endif

/// `writeAll` loops on partial writes and reports a closed pipe as `.brokenPipe`.
@Suite(.serialized) struct WriteAllTests {
    @Test func writesEverythingThroughAPipeWithPartialWrites() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let payload = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }   // far above the pipe capacity
        let received = ReceivedBytes()
        let readEnd = ends[0]
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, 4096) }
                if count <= 0 { break }
                received.append(buffer[0..<count])
            }
            done.signal()
        }
        try writeAll(fd: ends[1], payload)
        close(ends[1])
        done.wait()
        close(readEnd)
        #expect(received.bytes == payload)
    }

    @Test func closedPipeIsBrokenPipe() throws {
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        let error = #expect(throws: WriteError.self) { try writeAll(fd: ends[1], Array("x\n".utf8)) }
        guard case .brokenPipe? = error else {
            Issue.record("expected .brokenPipe, got \(String(describing: error))")
            return
        }
        #expect(error?.description == "cannot write output: broken pipe")
    }

    @Test func badDescriptorFails() {
        let error = #expect(throws: WriteError.self) { try writeAll(fd: -1, Array("x".utf8)) }
        guard case .failed(let code, let description)? = error else {
            Issue.record("expected .failed, got \(String(describing: error))")
            return
        }
        #expect(code == EBADF)
        #expect(!description.isEmpty)
    }

    @Test func emptyWriteIsANoOp() throws {
        try writeAll(fd: -1, [])
        try writeAll(fd: -1, UnsafeRawBufferPointer(start: nil, count: 0))
    }
}

/// Bytes collected by a reader thread.
final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []

    func append(_ bytes: ArraySlice<UInt8>) {
        lock.lock()
        storage.append(contentsOf: bytes)
        lock.unlock()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
