import Foundation
import Testing
import TendCore
import TendIndex

/// The index must answer every `JournalStore` question exactly as the in-memory journal does,
/// so the weekly review reads the same thing from either.
@Suite("JournalStore over the index")
struct JournalStoreTests {
    /// The fixture vault parsed in memory, and the same vault through a fresh index.
    static func both() throws -> (memory: InMemoryJournal, index: JournalIndex) {
        let reader = VaultReader(root: fixtureVault, parser: TempVault.parser)
        var stamps: [IndexFileStamp] = []
        let enumerator = FileManager.default.enumerator(atPath: fixtureVault)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            stamps.append(IndexFileStamp(path: path, size: 1, modified: 1))
        }
        stamps.sort { $0.path < $1.path }
        let entries = stamps.compactMap { reader.read($0).parsed.entry }
        let scratch = NSTemporaryDirectory() + "tend-store-" + UUID().uuidString + "/index.sqlite"
        let (index, _) = try JournalIndex.open(at: scratch)
        _ = try index.sync(files: stamps, reader: reader)
        return (InMemoryJournal(entries: entries), index)
    }

    @Test("same entries, journeys, open actions, theme history and latest date")
    func sameAnswers() throws {
        let (memory, index) = try Self.both()
        let start = LocalDate(parsing: "2026-08-01")!, end = LocalDate(parsing: "2026-12-31")!
        #expect(try index.entries(from: start, through: end) == memory.entries(from: start, through: end))
        let september = (LocalDate(parsing: "2026-09-01")!, LocalDate(parsing: "2026-09-30")!)
        #expect(try index.entries(from: september.0, through: september.1).map(\.path)
                == memory.entries(from: september.0, through: september.1).map(\.path))
        #expect(try index.journeys() == memory.journeys())
        #expect(try index.openActions() == memory.openActions())
        #expect(!memory.openActions().isEmpty)
        #expect(try index.themeHistory() == memory.themeHistory())
        #expect(try index.latestEntryDate() == memory.latestEntryDate())
        #expect(try index.journeys().map(\.number) == [1, 2])
    }
}
