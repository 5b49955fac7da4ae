import Foundation
import Testing
import TendCore
import TendIndex

/// `tend export` reads every entry from the index a batch at a time: what it gets must be
/// exactly what parsing every file in memory gives, in the same order, however it is batched.
@Suite("Every entry from the index")
struct EveryEntryTests {
    /// A vault with what the export must keep apart: notes (no date, last, by path), a file with
    /// problems, a series of journeys (sessions numbered), several entries on one day (by path),
    /// a private entry, and a file that is no entry at all (left out).
    static func vault() throws -> TempVault {
        let vault = try TempVault()
        // (path, text)
        let files: [(String, String)] = [
            ("2026/2026-09-01 journey.md", entry("2026-09-01", type: "journey", "First session. #grief\n\n## Emotions\n\n- grief (6)")),
            ("2026/2026-09-02 b.md", entry("2026-09-02", "Second on the day. #family\n\n- [ ] call Sam 📅 2026-09-10")),
            ("2026/2026-09-02 a.md", entry("2026-09-02", "First on the day, by path.\n\n## Insights\n\n- I can rest")),
            ("2026/2026-09-02 C.md", entry("2026-09-02", "A capital sorts before the small letters.")),
            ("2026/2026-09-05 broken.md", "---\ndate: 2026-09-05\nmood: [\n---\nThe front matter is not YAML.\n"),
            ("2026/2026-09-06 private.md", "---\ndate: 2026-09-06\nprivate: true\n---\nNot for sharing. #private/family\n"),
            ("2026/2026-09-20 journey.md", entry("2026-09-20", type: "ketamine", "Second session.\n\n## Practices\n\n- breathwork 10m")),
            ("2026/2026-09-21.md", entry("2026-09-21", "After the second. [mood:: 6]")),
            ("2026/2026-08-30 before.md", entry("2026-08-30", "Before any session.")),
            ("notes/zebra.md", "A note with no date.\n\n- [ ] still something to do\n"),
            ("notes/apple.md", "Another note. #grief\n"),
            ("photo.md", "\u{0}\u{1}binary bytes, not an entry"),
        ]
        for (path, text) in files { try vault.write(path, text, modified: 1_000) }
        return vault
    }

    @Test("the same entries as a parse in memory, in the same order, in batches of any size", arguments: [1, 2, 3, 256])
    func sameAsParsed(batch: Int) throws {
        let vault = try Self.vault()
        let (index, _) = try vault.sync()
        let parsed = vault.stamps().compactMap { vault.reader.parse($0, with: TempVault.parser).entry }
        var expected: [Entry] = []
        InMemoryJournal(entries: parsed).everyEntry { expected += $0 }
        var batches: [[Entry]] = []
        try index.everyEntry(inBatchesOf: batch) { batches.append($0) }
        #expect(batches.flatMap { $0 } == expected)
        #expect(batches.allSatisfy { $0.count <= batch } && batches.count == (expected.count + batch - 1) / batch)
        // The order the export promises: by date, then path; notes last, by path; the binary file left out.
        #expect(expected.map(\.path) == [
            "2026/2026-08-30 before.md", "2026/2026-09-01 journey.md", "2026/2026-09-02 C.md", "2026/2026-09-02 a.md",
            "2026/2026-09-02 b.md", "2026/2026-09-05 broken.md", "2026/2026-09-06 private.md", "2026/2026-09-20 journey.md",
            "2026/2026-09-21.md", "notes/apple.md", "notes/zebra.md",
        ])
        #expect(expected.map(\.session) == [nil, 1, 1, 1, 1, 1, 1, 2, 2, nil, nil])
        #expect(expected.contains { !$0.problems.isEmpty } && expected.contains { !$0.actions.isEmpty && $0.date == nil })
        // Whole but for the body text, which the export does not write.
        #expect(batches.joined().allSatisfy { $0.text.isEmpty && $0.textLine == 0 } && parsed.contains { !$0.text.isEmpty })
    }

    @Test("the fixture vault comes back whole, as parsed")
    func fixtureVaultAsParsed() throws {
        let (memory, index) = try JournalStoreTests.both()
        var fromMemory: [Entry] = [], fromIndex: [Entry] = []
        memory.everyEntry { fromMemory += $0 }
        try index.everyEntry { fromIndex += $0 }
        #expect(!fromIndex.isEmpty && fromIndex == fromMemory)
    }

    struct Stop: Error {}

    @Test("what the caller throws stops the batches and is thrown")
    func callerFails() throws {
        let vault = try Self.vault()
        let (index, _) = try vault.sync()
        var calls = 0
        #expect(throws: Stop.self) {
            try index.everyEntry(inBatchesOf: 2) { _ in
                calls += 1
                if calls == 2 { throw Stop() }
            }
        }
        #expect(calls == 2)
    }

    @Test("an empty vault hands over nothing")
    func empty() throws {
        let vault = try TempVault()
        let (index, _) = try vault.sync()
        var calls = 0
        try index.everyEntry { _ in calls += 1 }
        #expect(calls == 0)
    }
}
