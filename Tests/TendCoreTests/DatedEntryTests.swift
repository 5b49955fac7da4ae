import Testing
import TendCore

/// A journal store hands out dated entries only: a note (no date anywhere) is never one.
struct DatedEntryTests {
    @Test(arguments: [
        // text, path -> the entry's day, or nil for a note
        ("---\ndate: 2026-11-04\n---\nx\n", "ideas/reading.md", "2026-11-04"),
        ("# 2026-11-05\nx\n", "ideas/reading.md", "2026-11-05"),
        ("x\n", "2026/11/2026-11-03.md", "2026-11-03"),
        ("just a thought, with no day\n", "ideas/reading.md", nil),
    ] as [(String, String, String?)])
    func datedOrNote(text: String, path: String, day: String?) {
        let entry = parse(text, path: path)
        #expect(DatedEntry(entry)?.date == day.flatMap(LocalDate.init(parsing:)))
        #expect(entry.isNote == (day == nil))
    }

    @Test func aStoreLeavesNotesOutAndReadsThrough() throws {
        let note = parse("a note about a book\n", path: "ideas/reading.md")
        let day = parse("---\ndate: 2026-11-04\ntags: [rest]\n---\nx\n", path: "a.md")
        let store = InMemoryJournal(entries: [note, day])
        let all = store.entries(from: LocalDate(parsing: "2000-01-01")!, through: LocalDate(parsing: "2100-01-01")!)
        #expect(all.map(\.entry.path) == ["a.md"])
        #expect(all.first?.themes == ["rest"], "the entry's values read through the dated view")
        #expect(all.first?.date == LocalDate(parsing: "2026-11-04"))
    }
}
