import Foundation

/// Runs work on every core.
public enum Parallel {
    /// `items.map(transform)` on every core (up to 8), keeping the order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        // Many small chunks, so that no core sits idle while another finishes a long last one.
        let chunk = max(1, (items.count + workers * 32 - 1) / (workers * 32))
        let chunks = stride(from: 0, to: items.count, by: chunk).map { $0..<min($0 + chunk, items.count) }
        results.withUnsafeMutableBufferPointer { buffer in
            let out = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                for i in chunks[c] { out.buffer[i] = transform(items[i]) }
            }
        }
        return results.map { $0! }
    }

    private struct Slots<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }
}
