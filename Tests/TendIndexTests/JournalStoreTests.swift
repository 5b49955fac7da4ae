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
        return (InMemoryJournal(entries: entries), IndexedJournal(index: index))
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

    /// Every part of an entry the parser reads comes back from the index as it was parsed, one
    /// case per part (the whole fixture vault is compared in `sameAnswers`).
    @Test("every part of an entry comes back from the index as parsed")
    func everyPartComesBack() throws {
        // (what, file, text, what the parsed entry must hold for the case to mean something)
        let cases: [(String, String, String, (Entry) -> Bool)] = [
            ("date from the file name", "2026-09-01.md", "No front matter, a plain day.\n", \Entry.dateSource.isFileName),
            ("date from a heading", "heading.md", "# 2026-09-02\n\nWritten under a dated heading.\n", \Entry.dateSource.isHeading),
            ("date from the file's time", "Daily/undated.md", "No date anywhere.\n", \Entry.dateSource.isModificationTime),
            ("date from a Date: line", "dayone.md", "\tDate:\tSeptember 2, 2026 at 9:30:00 AM PDT\n\nWritten in Day One.\n", \Entry.dateSource.isDateLine),
            ("a mood labelled at the top", "2026-09-10.md", "# Evening\n\nMood: 6/10\nSleep: 7.5\n\nText.\n", { $0.metrics == ["mood": 6, "sleep": 7.5] }),
            ("front-matter keys as written", "keys.md", "---\ndate: 2026-09-03\nMood: 6\nMotivation: My kids\nmood: 5\n---\nbody\n", \Entry.hasMixedCaseKey),
            ("a problem", "2026-09-04 problem.md", "---\nmood: [\n---\nbody\n", \Entry.hasProblems),
            ("items under headings", "headings.md", "---\ndate: 2026-09-06\n---\n## Emotions\n\n- grief (4)\n\n## Practices\n\n- breathwork 10m\n", \Entry.hasItemHeadings),
            ("fields on insights and gratitude", "fields.md", "---\ndate: 2026-09-07\n---\n## Insights\n\n- I can rest [with:: Sam]\n\n## Gratitude\n\n- the river [where:: park]\n", \Entry.hasItemFields),
            ("questions to bring", "questions.md", "---\ndate: 2026-09-07\n---\n## Questions for my therapist\n\n- why now? [asked:: no]\n\nTo bring: the lake\n", { $0.questions.count == 2 && $0.questions[0].fields == ["asked": "no"] }),
            ("a step's details", "step.md", "---\ndate: 2026-09-08\n---\n- [ ] call Sam ⏫ 🔁 every week ⏳ 2026-09-09 🆔 a1 ⛔ b2 [energy:: low] 📅 2026-09-10 #family\n", \Entry.hasStepDetails),
            ("text and time", "text.md", "---\ndate: 2026-09-09 21:30\nintention: [be here, be kind]\n---\n# Title\n\nSome words, #grief.\n", \Entry.hasTextAndTime),
        ]
        for (part, path, text, holds) in cases {
            let vault = try TempVault()
            try vault.write(path, text, modified: 1_788_000_000)
            let parsed = try #require(try vault.reader.read(vault.stamps()[0]).parsed.entry)
            #expect(holds(parsed), "the case must hold what it checks: \(part)")
            let (index, _) = try vault.sync()
            let date = try #require(parsed.date, "\(part)")
            #expect(try index.entries(from: date, through: date) == [parsed], "\(part)")
        }
    }

    /// The views of many days read metric values and entry heads from their own narrow queries.
    @Test("metric values and entry heads match the parsed entries")
    func metricValuesAndHeads() throws {
        let (memory, index) = try Self.both()
        let start = LocalDate(parsing: "2026-08-01")!, end = LocalDate(parsing: "2026-12-31")!
        #expect(try index.entries(from: start, through: end).contains { !$0.insights.isEmpty && !$0.emotions.isEmpty && !$0.actions.isEmpty })
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

    @Test("whole entries come from the index: files changed, gone or moved in time since the sync are read as the sync stored them")
    func entriesComeFromTheIndex() throws {
        let vault = try TempVault()
        try vault.write("j.md", entry("2026-09-01", type: "journey", "the journey"), modified: 1_000)
        try vault.write("a.md", entry("2026-09-02", "first words #grief"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-03", "to be deleted"), modified: 1_000)
        try vault.write("c.md", entry("2026-09-04", "to be moved away in time"), modified: 1_000)
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        _ = try index.sync(files: vault.stamps(), reader: vault.reader)
        let journal = IndexedJournal(index: index)
        let september = (LocalDate(parsing: "2026-09-01")!, LocalDate(parsing: "2026-09-30")!)
        let synced = try journal.entries(from: september.0, through: september.1)
        #expect(synced.map(\.path) == ["j.md", "a.md", "b.md", "c.md"])
        #expect(synced.map(\.session) == [1, 1, 1, 1])
        #expect(synced[1].themes == ["grief"])
        // Changed after the sync, before the query: nothing is read from the files.
        try vault.write("a.md", entry("2026-09-02", "other words #joy"), modified: 2_000)
        try vault.remove("b.md")
        try vault.write("c.md", entry("2026-10-04", "now in October"), modified: 2_000)
        try vault.remove("j.md")
        try FileManager.default.createDirectory(atPath: vault.root + "/j.md", withIntermediateDirectories: false)
        #expect(try journal.entries(from: september.0, through: september.1) == synced)
    }
}

/// What an entry holds, for the cases of `everyPartComesBack`.
extension Entry {
    var hasMixedCaseKey: Bool { fields.keys.contains("Mood") && fields.keys.contains("mood") }
    var hasProblems: Bool { !problems.isEmpty }
    var hasItemHeadings: Bool {
        emotions.first?.source.heading != nil && practices.first?.source.heading != nil
    }
    var hasItemFields: Bool { insights.first?.fields.isEmpty == false && gratitude.first?.fields.isEmpty == false }
    var hasStepDetails: Bool {
        guard let d = actions.first?.details else { return false }
        return d.priority != nil && d.recurrence != nil && d.scheduled != nil && d.id != nil && !d.dependsOn.isEmpty
            && !d.fields.isEmpty && actions.first?.due != nil && actions.first?.tags.isEmpty == false
    }
    var hasTextAndTime: Bool { minutes != nil && intentions.count == 2 && !text.isEmpty && textLine > 0 && !themes.isEmpty }
}

extension DateSource {
    var isFileName: Bool { self == .fileName }
    var isHeading: Bool { self == .heading }
    var isModificationTime: Bool { self == .modificationTime }
    var isDateLine: Bool { self == .dateLine }
}
