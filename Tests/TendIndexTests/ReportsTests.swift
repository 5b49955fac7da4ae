import Foundation
import Testing
import TendCore
import TendIndex

/// The reports read the index alone: once a vault is synced, what its files say now does
/// not change a review, a plan, a session brief or a shared summary until the next sync.
@Suite("Reports read the index, not the files")
struct ReportsTests {
    /// Every report of the sample vault's autumn, made from `store` on 2026-11-20.
    struct Reports: Equatable {
        var reviews: [Review]
        var plan: Plan
        var briefs: [SessionBrief?]
        var shares: [ShareSummary?]

        init(_ store: some JournalStore) throws {
            let today = LocalDate(parsing: "2026-11-20")!
            reviews = try ["2026-W37", "2026-W39", "2026-W41", "2026-W45", "2026-W47"].map {
                try Review(week: Week(parsing: $0)!, store: store, today: today)
            }
            plan = try Plan(store: store, configuration: Configuration(), today: today)
            briefs = try [nil, 1, 3].map { try SessionBrief(session: $0, store: store, today: today) }
            shares = try [nil, 2].map { try ShareSummary(scope: .session($0), store: store, today: today) }
        }
    }

    @Test("the review, plan, session brief and share are the indexed ones after every file changed on disk")
    func reportsIgnoreChangedFiles() throws {
        let vault = try TempVault()
        let sample = packageRoot + "/sample-vault/2026"
        for path in try FileManager.default.subpathsOfDirectory(atPath: sample) where path.hasSuffix(".md") {
            try vault.write("2026/" + path, String(contentsOfFile: sample + "/" + path, encoding: .utf8), modified: 1_000)
        }
        let (index, _) = try vault.sync()
        let journal = IndexedJournal(index: index)
        let indexed = try Reports(journal)
        #expect(indexed.reviews.allSatisfy { !$0.isEmpty && !$0.insights.isEmpty })
        #expect(indexed.briefs.allSatisfy { $0 != nil } && indexed.shares.allSatisfy { $0 != nil })

        // Every file rewritten on the same day with other words, and every other one removed,
        // without a sync.
        for (n, stamp) in vault.stamps().enumerated() {
            if n % 2 == 0 {
                try vault.remove(stamp.path)
            } else if let date = try vault.reader.read(stamp).parsed.entry?.date {
                try vault.write(stamp.path, entry(date.description, "Other words. #elsewhere\n\n- [ ] another step"), modified: 2_000)
            }
        }
        #expect(try Reports(journal) == indexed)
        // What the files say now is another journal altogether: reading them would show.
        let now = try vault.stamps().compactMap { try vault.reader.read($0).parsed.entry }
        #expect(try Reports(InMemoryJournal(entries: now)).reviews != indexed.reviews)
    }
}
