import Foundation
import Synchronization

/// Runs work on every core (or all but a few).
public enum Parallel {
    /// `items.map(transform)` on every core (up to 8) but `free` of them, keeping the order.
    /// Leaving a core free keeps it for a thread that the others wait for (the index's writer).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], leavingFree free: Int = 0,
                                                     _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount - free, 8))
        if items.count < 2 || workers == 1 { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        // Many small chunks, taken in turn, so that no core sits idle while another finishes a
        // long last one.
        let chunk = max(1, (items.count + workers * 32 - 1) / (workers * 32))
        let chunks = stride(from: 0, to: items.count, by: chunk).map { $0..<min($0 + chunk, items.count) }
        let taken = Atomic(0)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while case let c = taken.add(1, ordering: .relaxed).oldValue, c < chunks.count {
                    for i in chunks[c] { out.buffer[i] = transform(items[i]) }
                }
            }
        }
        return results.map { $0! }
    }

    private struct Slots<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }
}
