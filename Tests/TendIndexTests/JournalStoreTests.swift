import Foundation
import Testing
import TendCore
import TendIndex

/// The index must answer every `JournalStore` question exactly as the in-memory journal does,
/// so the weekly review reads the same thing from either.
@Suite("JournalStore over the index")
struct JournalStoreTests {
    /// The fixture vault parsed in memory, and the same vault through a fresh index.
    static func both() throws -> (memory: InMemoryJournal, index: IndexedJournal) {
        let reader = VaultReader(root: fixtureVault, parser: TempVault.parser)
        var stamps: [IndexFileStamp] = []
        let enumerator = FileManager.default.enumerator(atPath: fixtureVault)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            stamps.append(IndexFileStamp(path: path, size: 1, modified: 1))
        }
        stamps.sort { $0.path < $1.path }
        let entries = try stamps.compactMap { try reader.read($0).parsed.entry }
        let scratch = NSTemporaryDirectory() + "tend-store-" + UUID().uuidString + "/index.sqlite"
        let (index, _) = try JournalIndex.open(at: scratch)
        _ = try index.sync(files: stamps, reader: reader)
        return (InMemoryJournal(entries: entries), IndexedJournal(index: index, reader: reader))
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
        let themes = Set(memory.entries.flatMap(\.themes))
        #expect(themes.count > 3)
        #expect(try index.themeHistory(of: themes) == memory.themeHistory(of: themes))
        let some: Set<String> = [themes.sorted()[1], "no such theme"]
        #expect(try index.themeHistory(of: some) == memory.themeHistory(of: some))
        #expect(try index.themeHistory(of: some).count == 1)
        #expect(try index.latestEntryDate() == memory.latestEntryDate())
        #expect(try index.journeys().map(\.number) == [1, 2])
    }

    /// The views over long periods read entries from the tables, not the files: the same
    /// entries as parsed, but for what the index does not keep (the date's source, problems,
    /// and the heading above an emotion or a practice).
    @Test("stored entries and metric values match the parsed entries")
    func storedEntries() throws {
        let (memory, index) = try Self.both()
        let start = LocalDate(parsing: "2026-08-01")!, end = LocalDate(parsing: "2026-12-31")!
        let parsed = memory.entries(from: start, through: end).map { dated -> Entry in
            var e = dated.entry
            e.dateSource = .none
            e.problems = []
            e.fields = Dictionary(uniqueKeysWithValues: e.fields.map { ($0.key.lowercased(), $0.value) })
            for i in e.emotions.indices { e.emotions[i].source.heading = nil }
            for i in e.practices.indices { e.practices[i].source.heading = nil }
            return e
        }
        let stored = try index.storedEntries(from: start, through: end)
        #expect(stored.count == parsed.count)
        for (a, b) in zip(stored, parsed) { #expect(a.entry == b, "\(a.path)") }
        #expect(stored.contains { !$0.insights.isEmpty && !$0.emotions.isEmpty && !$0.actions.isEmpty })
        let values = try index.metricValues(from: start, through: end)
        #expect(!values.isEmpty)
        #expect(values == memory.metricValues(from: start, through: end))
        let days = Set(["2026-09-03", "2026-10-06", "2026-10-12", "2026-12-01"].map { LocalDate(parsing: $0)! })
        #expect(try index.entryHeads(on: days) == memory.entryHeads(on: days))
        #expect(try index.entryHeads(on: days).count == 2)
    }

    /// A vault with many open steps: several entries a day (ties broken by path and place),
    /// steps with and without due dates, tags and themes, done, cancelled and empty ones.
    static func stepVault() throws -> (memory: InMemoryJournal, index: JournalIndex) {
        let vault = try TempVault()
        let themes = ["#grief", "#family", "", "#body #grief"]
        let statuses = ["[ ]", "[/]", "[x]", "[-]", "[ ]"]
        var n = 0
        for day in 1...12 {
            for slot in 0..<((day % 3) + 1) {
                var body = "Theme line \(themes[(day + slot) % themes.count])\n\n"
                for step in 0..<4 {
                    n += 1
                    let status = statuses[n % statuses.count]
                    let due = n % 3 == 0 ? " 📅 2026-09-\(String(format: "%02d", (n % 20) + 1))" : ""
                    let tag = n % 4 == 0 ? " #walk" : n % 7 == 0 ? " #rest" : ""
                    let text = n % 11 == 0 ? "" : "step \(n)"
                    body += "- \(status) \(text)\(tag)\(due)\n"
                    if step == 1 { body += "\nMore words.\n\n" }
                }
                let date = String(format: "2026-09-%02d", day)
                try vault.write("\(date) \(["b", "a", "c"][slot]).md", entry(date, body), modified: 1_000)
            }
        }
        // Steps with no topic at all: no tag on the step, no theme in the entry.
        try vault.write("2026-09-05 quiet.md", entry("2026-09-05", "- [ ] plain step one\n- [ ] plain step two 📅 2026-09-02"), modified: 1_000)
        let stamps = vault.stamps()
        let entries = try stamps.compactMap { try vault.reader.read($0).parsed.entry }
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        _ = try index.sync(files: stamps, reader: vault.reader)
        return (InMemoryJournal(entries: entries), index)
    }

    /// Every day of the vault (and one before it), with page sizes from none to more than
    /// there are: the index's counted and paged open steps must be the in-memory ones.
    @Test("open steps: counts and pages agree with the in-memory journal on every day")
    func openStepPages() throws {
        let (memory, index) = try Self.stepVault()
        let first = LocalDate(parsing: "2026-08-31")!, last = LocalDate(parsing: "2026-09-14")!
        var day = first
        while day <= last {
            for limit in [0, 1, 2, 3, 7, 1000] {
                #expect(try index.openActions(through: day, limit: limit) == memory.openActions(through: day, limit: limit),
                        "open steps through \(day), limit \(limit)")
                for dueBefore in [day, day.adding(days: 10)] {
                    #expect(try index.overdueActions(through: day, dueBefore: dueBefore, limit: limit)
                            == memory.overdueActions(through: day, dueBefore: dueBefore, limit: limit),
                            "overdue through \(day) before \(dueBefore), limit \(limit)")
                }
                #expect(try index.openActionsByTopic(through: day, limit: limit) == memory.openActionsByTopic(through: day, limit: limit),
                        "by topic through \(day), limit \(limit)")
            }
            day = day.adding(days: 1)
        }
        // The vault must hold enough to make the comparison mean something.
        let all = memory.openActions(through: last, limit: 1000)
        #expect(all.count > 40)
        #expect(all.shown.allSatisfy { !$0.action.text.isEmpty && $0.action.isOpen })
        #expect(memory.overdueActions(through: last, dueBefore: last, limit: 1000).count > 10)
        #expect(Set(memory.openActionsByTopic(through: last, limit: 1000).keys) == ["", "body", "family", "grief", "rest", "walk"])
    }

    @Test("whole entries are read from their files: as they are now, gone ones left out, with the index's sessions")
    func entriesComeFromFiles() throws {
        let vault = try TempVault()
        try vault.write("j.md", entry("2026-09-01", type: "journey", "the journey"), modified: 1_000)
        try vault.write("a.md", entry("2026-09-02", "first words #grief"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-03", "to be deleted"), modified: 1_000)
        try vault.write("c.md", entry("2026-09-04", "to be moved away in time"), modified: 1_000)
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        _ = try index.sync(files: vault.stamps(), reader: vault.reader)
        let journal = IndexedJournal(index: index, reader: vault.reader)
        let september = (LocalDate(parsing: "2026-09-01")!, LocalDate(parsing: "2026-09-30")!)
        #expect(try journal.entries(from: september.0, through: september.1).map(\.path) == ["j.md", "a.md", "b.md", "c.md"])
        #expect(try journal.entries(from: september.0, through: september.1).map(\.session) == [1, 1, 1, 1])
        #expect(try journal.entries(from: september.0, through: september.1)[1].themes == ["grief"])
        // Changed after the sync, before the query.
        try vault.write("a.md", entry("2026-09-02", "other words #joy"), modified: 2_000)
        try vault.remove("b.md")
        try vault.write("c.md", entry("2026-10-04", "now in October"), modified: 2_000)
        let now = try journal.entries(from: september.0, through: september.1)
        #expect(now.map(\.path) == ["j.md", "a.md"])
        #expect(now[1].themes == ["joy"])
    }
}
