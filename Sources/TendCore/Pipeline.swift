import Foundation

extension Parallel {
    /// Two stages of work at once: `consume` runs on another thread and takes, in order,
    /// what `produce` makes on this one, with at most `ahead` items waiting between them (a
    /// producer that gets ahead waits). `consume` takes the next item with the function it is
    /// handed, nil once `produce` has returned; it must take until then.
    ///
    /// Returns when both are done. What `produce` throws is thrown then, after `consume` has
    /// finished with what it was given.
    ///
    /// `tend export` chains two: SQLite is read on one thread while the batch read before is
    /// decoded on a second and the one before that written as JSON on a third.
    public static func pipeline<T: Sendable>(ahead: Int = 2, produce: (_ put: (T) -> Void) throws -> Void,
                                             consume: (_ take: () -> T?) -> Void) throws {
        let handoff = Handoff<T>(capacity: ahead)
        let consumed = DispatchSemaphore(value: 0)
        try withoutActuallyEscaping(consume) { consume in
            let stage = Stage(consume)
            DispatchQueue.global().async {
                stage.run(handoff.take)
                consumed.signal()
            }
            defer {
                handoff.close()
                consumed.wait()
            }
            try produce(handoff.put)
        }
    }

    /// `consume`, run once on another thread while the caller waits for it, and let go of
    /// before the caller goes on (it does not escape the call).
    private final class Stage<T>: @unchecked Sendable {
        private var body: ((() -> T?) -> Void)?

        init(_ body: @escaping (() -> T?) -> Void) { self.body = body }

        func run(_ take: () -> T?) {
            body?(take)
            body = nil
        }
    }
}

/// Items handed from one thread to another in order, at most `capacity` waiting.
final class Handoff<T: Sendable>: @unchecked Sendable {
    // Every stored property is read and changed only with `condition` locked.
    private var waiting: [T] = []
    private var first = 0
    private var closed = false
    private let capacity: Int
    private let condition = NSCondition()

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds `item`, first waiting while `capacity` items wait.
    func put(_ item: T) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count - first >= capacity { condition.wait() }
        waiting.append(item)
        condition.broadcast()
    }

    /// No more items will come.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// The next item, waiting for it; nil once closed and every item was taken.
    func take() -> T? {
        condition.lock()
        defer { condition.unlock() }
        while first == waiting.count && !closed { condition.wait() }
        guard first < waiting.count else { return nil }
        let item = waiting[first]
        first += 1
        if first == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            first = 0
        }
        condition.broadcast()
        return item
    }
}
