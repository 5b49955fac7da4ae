import Synchronization
import Testing
import TendCore

/// `Parallel.pipeline`: what one stage makes, the other takes, all of it, in order, however
/// far ahead the first may get; a failure of the first is thrown once the second is done.
@Suite("Pipeline")
struct PipelineTests {
    struct Stop: Error {}

    @Test("every item is taken once, in order", arguments: [
        // (items, how many may wait)
        (0, 1), (1, 1), (100, 1), (100, 2), (1_000, 4), (5, 10),
    ])
    func inOrder(count: Int, ahead: Int) throws {
        var taken: [Int] = []
        try Parallel.pipeline(ahead: ahead, produce: { put in
            for i in 0..<count { put(i) }
        }, consume: { take in
            while let i = take() { taken.append(i) }
        })
        #expect(taken == Array(0..<count))
    }

    @Test("what the producer throws is thrown after the consumer took what came before")
    func failure() {
        var taken: [Int] = []
        #expect(throws: Stop.self) {
            try Parallel.pipeline(ahead: 1, produce: { put in
                for i in 0..<10 { put(i) }
                throw Stop()
            }, consume: { take in
                while let i = take() { taken.append(i) }
            })
        }
        #expect(taken == Array(0..<10))
    }
}

/// `Parallel.map`: the same as `map`, in order, whatever the number of items and of cores it
/// leaves free (more than the machine has leaves it one).
@Suite("Parallel map")
struct ParallelMapTests {
    @Test("the same as map, in order", arguments: [
        // (items, cores left free)
        (0, 0), (1, 0), (2, 0), (1_000, 0), (1_000, 1), (1_000, 7), (3, 100), (10_000, 1),
    ])
    func sameAsMap(count: Int, free: Int) {
        let items = Array(0..<count)
        #expect(Parallel.map(items, leavingFree: free) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }

    @Test("each item is transformed once")
    func once() {
        let calls = Mutex(0)
        _ = Parallel.map(Array(0..<5_000), leavingFree: 1) { i in calls.withLock { $0 += 1 }; return i }
        #expect(calls.withLock { $0 } == 5_000)
    }
}
