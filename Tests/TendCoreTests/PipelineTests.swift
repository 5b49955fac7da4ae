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
