import Foundation
import GRDB
import GRDBSQLite
import Testing
import TendCore
@testable import TendIndex

@Suite("Incremental sync")
struct SyncTests {
    @Test("a new index reads every file, a second sync reads none")
    func addThenNothing() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "one #grief"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "two"), modified: 1_000)
        let (_, first) = try vault.sync()
        #expect(first.added == 2)
        #expect(first.entries == 2)
        let (_, second) = try vault.sync()
        #expect(second.isUnchanged)
        #expect(second.added == 0 && second.updated == 0 && second.removed == 0)
    }

    /// After a clean close SQLite deletes the write-ahead log; GRDB's WAL setting then
    /// created and dropped a table at every open, so every command wrote to the index.
    @Test("a sync that finds nothing changed writes nothing: the index is the same byte for byte, and its log stays empty")
    func nothingChangedWritesNothing() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "one #grief"), modified: 1_000)
        _ = try vault.sync()   // released at once: closed, its log checkpointed and deleted
        #expect(!FileManager.default.fileExists(atPath: vault.indexPath + "-wal"))
        let before = try Data(contentsOf: URL(fileURLWithPath: vault.indexPath))
        func logSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: vault.indexPath + "-wal")[.size] as? Int) ?? 0 }
        do {
            let (index, report) = try vault.sync()
            #expect(report.isUnchanged)
            #expect(try index.entryCount() == 1)
            #expect(logSize() == 0)
        }
        #expect(logSize() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: vault.indexPath)) == before)
    }

    /// Every report names the files tend could not read; through the index of entries with any
    /// problem SQLite read the wide row of every entry with a warning (1,519 on the bench vault,
    /// 32 MB a report) to find the few with an error.
    @Test("a report's errors come from the entries with errors alone, found through their own index")
    func storedErrorsThroughTheirIndex() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "calm"), modified: 1_000)
        try vault.write("b.md", "---\ndate: someday\n---\nA date that is not one is a warning.\n", modified: 1_000)
        try vault.write("c.md", "---\nmood: [\n---\nFront matter that cannot be read is an error.\n", modified: 1_000)
        let (index, _) = try vault.sync()
        let errors = try index.storedErrors()
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.isError && $0.place.path == "c.md" })
        let plan = try index.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + JournalIndex.storedErrorsSQL).map { $0["detail"] as String }
        }
        #expect(plan == ["SCAN entry USING INDEX entry_errors"])
    }

    @Test("a modified file is read again, also when its size did not change")
    func modify() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "the river"), modified: 1_000)
        try vault.sync()
        try vault.write("a.md", entry("2026-09-01", "the ocean and more"), modified: 2_000)
        var (index, report) = try vault.sync()
        #expect(report.updated == 1)
        #expect(try index.candidates(matching: SearchPattern("ocean"), filter: SearchFilter()).count == 1)
        // Same size, new content, new mtime.
        try vault.write("a.md", entry("2026-09-01", "the forest and more"), modified: 3_000)
        (index, report) = try vault.sync()
        #expect(report.updated == 1)
        #expect(try index.candidates(matching: SearchPattern("ocean"), filter: SearchFilter()).isEmpty)
        #expect(try index.candidates(matching: SearchPattern("forest"), filter: SearchFilter()).count == 1)
    }

    @Test("a touched file whose content is the same is not read again")
    func touch() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "the river"), modified: 1_000)
        try vault.sync()
        try vault.touch("a.md", modified: 5_000)
        let (_, report) = try vault.sync()
        #expect(report.touched == 1)
        #expect(report.isUnchanged)
        let (_, again) = try vault.sync()
        #expect(again.touched == 0, "the new mtime was stored")
    }

    @Test("deleted and renamed files leave the index")
    func deleteAndRename() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "beta"), modified: 1_000)
        try vault.sync()
        try vault.remove("a.md")
        try vault.move("b.md", "c.md")
        let (index, report) = try vault.sync()
        #expect(report.removed == 2)
        #expect(report.added == 1)
        #expect(report.entries == 1)
        let found = try index.candidates(matching: SearchPattern("alpha OR beta"), filter: SearchFilter())
        #expect(found.map(\.path) == ["c.md"])
    }

    @Test("a new parser version rebuilds the whole index")
    func parserVersionBump() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try vault.sync(parserVersion: 1)
        let (_, same) = try vault.sync(parserVersion: 1)
        #expect(!same.rebuilt)
        let (_, bumped) = try vault.sync(parserVersion: 2)
        #expect(bumped.rebuilt)
        #expect(bumped.added == 1)
        let (_, after) = try vault.sync(parserVersion: 2)
        #expect(!after.rebuilt && after.isUnchanged)
    }

    @Test("--rebuild starts over")
    func rebuild() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try vault.sync()
        let (_, report) = try vault.sync(rebuild: true)
        #expect(report.rebuilt && report.added == 1 && report.entries == 1)
    }

    @Test("a rebuild leaves a consistent full-text index, items and delete trigger")
    func rebuildKeepsEverythingConsistent() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha river #grief\n\n- [ ] call Sam"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "beta river #joy"), modified: 1_000)
        try vault.sync()
        var (index, report) = try vault.sync(rebuild: true)
        #expect(report.rebuilt && report.added == 2)
        func count(_ sql: String) throws -> Int {
            try DatabaseQueue(path: vault.indexPath).read { try Int.fetchOne($0, sql: sql) ?? -1 }
        }
        // FTS5 checks its index against the entry table.
        try DatabaseQueue(path: vault.indexPath).write { try $0.execute(sql: "INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')") }
        #expect(try index.candidates(matching: SearchPattern("river"), filter: SearchFilter()).count == 2)
        #expect(try count("SELECT count(*) FROM theme") == 2)
        #expect(try count("SELECT count(*) FROM action") == 1)
        #expect(try count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'entry_ad'") == 1)
        // A rebuild sets the indexes and the insert trigger aside while it loads: all are back,
        // exactly as a freshly made index has them.
        func schema(_ path: String) throws -> [String] {
            try DatabaseQueue(path: path).read {
                try String.fetchAll($0, sql: "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
            }
        }
        let pristine = try TempVault()
        _ = try JournalIndex.open(at: pristine.indexPath, parserVersion: EntryParser.version)
        let expected = try schema(pristine.indexPath)
        #expect(expected.count > 10)
        #expect(try schema(vault.indexPath) == expected)
        // The delete trigger is back: a removed file leaves the search and its items.
        try vault.remove("a.md")
        (index, report) = try vault.sync()
        #expect(report.removed == 1)
        #expect(try index.candidates(matching: SearchPattern("river"), filter: SearchFilter()).count == 1)
        #expect(try count("SELECT count(*) FROM theme") == 1)
        #expect(try count("SELECT count(*) FROM action") == 0)
        try DatabaseQueue(path: vault.indexPath).write { try $0.execute(sql: "INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')") }
    }

    @Test("a rebuild of more files than one batch puts every entry's words in the full-text index once")
    func rebuildAcrossBatches() throws {
        // A rebuild fills the full-text index batch by batch (512 files a batch): 1,200 files
        // make three, the last one short.
        let vault = try TempVault()
        for i in 0..<1_200 {
            try vault.write(String(format: "%04d.md", i), entry("2026-09-01", String(format: "river w%04d", i)), modified: 1_000)
        }
        try vault.sync()
        let (index, report) = try vault.sync(rebuild: true)
        #expect(report.rebuilt && report.added == 1_200)
        try DatabaseQueue(path: vault.indexPath).write { try $0.execute(sql: "INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')") }
        let cases: [(word: String, entries: Int)] = [
            ("river", 1_200),   // every entry, once each
            ("w0000", 1),       // the first file of the first batch
            ("w0511", 1),       // the last of the first batch
            ("w0512", 1),       // the first of the second
            ("w1199", 1),       // the last file of the short last batch
            ("w1200", 0),       // no such file
        ]
        for (word, entries) in cases {
            #expect(try index.candidates(matching: SearchPattern(word), filter: SearchFilter()).count == entries, "\(word)")
        }
    }

    /// FTS5 keeps what it read of its tables on each connection: a rebuild through an index
    /// that searched before must leave it answering from the new tables. (A rebuild that built
    /// the full-text tables on a second connection and copied them in failed exactly this; see
    /// docs/performance-log.md, "FTS5 on a thread of its own".)
    @Test("an index that searched before a rebuild finds the new words after it, not the old ones")
    func rebuildThroughAnOpenIndex() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha river"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "beta river"), modified: 1_000)
        let (index, _) = try vault.sync()
        #expect(try index.candidates(matching: SearchPattern("river"), filter: SearchFilter()).count == 2)
        try vault.write("a.md", entry("2026-09-01", "gamma lake"), modified: 2_000)
        try vault.write("c.md", entry("2026-09-03", "delta lake river"), modified: 2_000)
        let report = try index.sync(files: vault.stamps(), reader: vault.reader, rebuild: true)
        #expect(report.rebuilt && report.added == 3)
        let cases: [(pattern: String, paths: [String])] = [
            ("river", ["b.md", "c.md"]),
            ("lake", ["a.md", "c.md"]),
            ("alpha", []),
            ("beta", ["b.md"]),
        ]
        for (pattern, paths) in cases {
            let found = try index.candidates(matching: SearchPattern(pattern), filter: SearchFilter())
            #expect(found.map(\.path).sorted() == paths, "\(pattern)")
        }
        try DatabaseQueue(path: vault.indexPath).write { try $0.execute(sql: "INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')") }
    }

    /// The index stores a file's fields twice: keys as written (for the entry) and lower-cased
    /// (for `--where`); when every key is already lower case it encodes them once.
    @Test("--where finds front-matter keys in any case, lower-case keys encoded once or mixed ones twice")
    func whereKeysInAnyCase() throws {
        let vault = try TempVault()
        try vault.write("lower.md", "---\ndate: 2026-09-01\nmood: 6\n---\n\nriver\n", modified: 1_000)
        try vault.write("upper.md", "---\ndate: 2026-09-02\nMood: 7\nTherapist: Reyes\n---\n\nriver\n", modified: 1_000)
        let (index, _) = try vault.sync()
        let cases: [(condition: String, paths: [String])] = [
            ("mood>5", ["lower.md", "upper.md"]),
            ("Mood=6", ["lower.md"]),
            ("mood=7", ["upper.md"]),
            ("therapist=reyes", ["upper.md"]),
        ]
        for (condition, paths) in cases {
            var filter = SearchFilter()
            filter.conditions = [try FieldCondition(parsing: condition)]
            let found = try index.candidates(matching: SearchPattern("river"), filter: filter)
            #expect(found.map(\.path).sorted() == paths, "\(condition)")
        }
        let written = try DatabaseQueue(path: vault.indexPath).read {
            try String.fetchAll($0, sql: "SELECT written_fields FROM entry ORDER BY path")
        }
        #expect(written.map { $0.contains("\"Mood\"") } == [false, true], "keys as written are kept: \(written)")
    }

    @Test("a sync with nothing to parse never makes the parser (nor loads the lexicon)")
    func parserIsMadeOnlyWhenNeeded() throws {
        struct NotNeeded: Error {}
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try vault.sync()
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        let reader = VaultReader(root: vault.root, parser: Lazy { throw NotNeeded() })
        #expect(try index.sync(files: vault.stamps(), reader: reader).isUnchanged)
        let journal = IndexedJournal(index: index)
        #expect(try journal.entries(from: LocalDate(parsing: "2027-01-01")!, through: LocalDate(parsing: "2027-12-31")!).isEmpty)
        // Once a file changed, the parser is asked for, and its failure reaches the caller.
        try vault.write("a.md", entry("2026-09-01", "alpha beta"), modified: 2_000)
        #expect(throws: NotNeeded.self) { try index.sync(files: vault.stamps(), reader: reader) }
    }

    @Test("a lazy value is made once, and a failure is kept")
    func lazyIsMadeOnce() throws {
        final class Count: @unchecked Sendable { var n = 0 }
        let count = Count()
        let lazy = Lazy { count.n += 1; return 7 }
        #expect(try lazy.get() == 7 && lazy.get() == 7)
        #expect(count.n == 1)
        struct Broken: Error {}
        let failing = Lazy<Int> { count.n += 1; throw Broken() }
        #expect(throws: Broken.self) { try failing.get() }
        #expect(throws: Broken.self) { try failing.get() }
        #expect(count.n == 2)
    }

    @Test("sessions are renumbered when a journey is added before others")
    func sessionsRecomputed() throws {
        let vault = try TempVault()
        try vault.write("j2.md", entry("2026-10-01", type: "journey", "second"), modified: 1_000)
        try vault.write("after.md", entry("2026-10-05", "after"), modified: 1_000)
        var (index, _) = try vault.sync()
        #expect(try index.journeys().map(\.number) == [1])
        try vault.write("j1.md", entry("2026-09-01", type: "journey", "first"), modified: 1_000)
        try vault.write("mid.md", entry("2026-09-05", "between"), modified: 1_000)
        (index, _) = try vault.sync()
        #expect(try index.journeys().map(\.number) == [1, 2])
        let sessions = try IndexedJournal(index: index).entries(from: LocalDate(parsing: "2026-01-01")!, through: LocalDate(parsing: "2026-12-31")!)
            .map { "\($0.path):\($0.session.map(String.init) ?? "-")" }
        #expect(sessions == ["j1.md:1", "mid.md:1", "j2.md:2", "after.md:2"])
    }

    @Test("a theme's sessions follow the renumbering")
    func themeSessionsRecomputed() throws {
        let vault = try TempVault()
        try vault.write("j2.md", entry("2026-10-01", type: "journey", "second #grief"), modified: 1_000)
        try vault.write("after.md", entry("2026-10-05", "after #grief"), modified: 1_000)
        try vault.write("before.md", entry("2026-09-05", "before #grief"), modified: 1_000)
        var (index, _) = try vault.sync()
        // before.md comes before any journey: no session.
        #expect(try index.themeHistory(of: ["grief"])["grief"]?.sessionCount == 1)
        try vault.write("j1.md", entry("2026-09-01", type: "journey", "first"), modified: 1_000)
        (index, _) = try vault.sync()
        let grief = try #require(try index.themeHistory(of: ["grief"])["grief"])
        #expect(grief.sessionCount == 2, "before.md now belongs to journey 1, j2 and after.md to journey 2")
        #expect(grief.entryCount == 3)
        #expect(grief.firstSeen == LocalDate(parsing: "2026-09-05")!)
        #expect(grief.lastSeen == LocalDate(parsing: "2026-10-05")!)
        // `tend themes` reads the same rows: each session once, and the three entries.
        let listed = try #require(try index.themes(today: LocalDate(parsing: "2026-10-06")!).first { $0.name == "grief" })
        #expect(listed.sessions == [1, 2])
        #expect(listed.entries == 3)
    }

    @Test("a garbage file at the index path is moved aside and the index rebuilt")
    func garbageIndex() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try FileManager.default.createDirectory(atPath: vault.root + "/.tend", withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: vault.indexPath))
        let (index, warnings) = try JournalIndex.open(at: vault.indexPath)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("moved aside") == true)
        let report = try index.sync(files: vault.stamps(), reader: vault.reader)
        #expect(report.added == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: vault.root + "/.tend")
        #expect(names.contains { $0.hasPrefix("index.sqlite.unreadable-") }, "the old file is kept, never deleted")
    }

    @Test("the index, its WAL files and its folder are owner-only")
    func modes() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        let (index, _) = try vault.sync()
        _ = try index.entryCount()
        func mode(_ path: String) -> mode_t? {
            var info = stat()
            return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
        }
        #expect(mode(vault.indexPath) == 0o600)
        #expect(mode(vault.root + "/.tend") == 0o700)
        for suffix in ["-wal", "-shm"] {
            if let m = mode(vault.indexPath + suffix) { #expect(m == 0o600, "\(suffix)") }
        }
    }

    @Test("a new index has 32 KB pages; one begun with 4 KB pages keeps them and still syncs and searches")
    func pageSize() throws {
        func pageSize(_ path: String) throws -> Int? {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
        }
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "lanterns in the fog"), modified: 1_000)
        _ = try vault.sync()
        #expect(try pageSize(vault.indexPath) == JournalIndex.pageSize)
        #expect(JournalIndex.pageSize == 32_768)

        let older = try TempVault()
        try older.write("a.md", entry("2026-09-01", "lanterns in the fog"), modified: 1_000)
        try FileManager.default.createDirectory(atPath: older.root + "/.tend", withIntermediateDirectories: true)
        let begun = try DatabaseQueue(path: older.indexPath)
        try begun.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try begun.close()
        let (index, report) = try older.sync()
        #expect(report.added == 1)
        #expect(try index.search(.words(SearchPattern("lanterns")), filter: SearchFilter()).count == 1)
        #expect(try pageSize(older.indexPath) == 4096)
    }

    /// Migration 10 makes emoji and newer symbols separators in the full-text index: an index
    /// made before it (emoji read as letters, so `better🙂` was one word) finds the word after
    /// the next sync opens it, without reading the files again.
    @Test("an index made before emoji separated words is brought up to date, and finds the word beside one")
    func emojiSeparatorMigration() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "feeling better🙂 today"), modified: 1_000)
        _ = try vault.sync()
        // Back to how migration 9 left it.
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TABLE entry_fts;
                CREATE VIRTUAL TABLE entry_fts USING fts5(text, content='entry', content_rowid='id',
                                                          tokenize='unicode61 remove_diacritics 2');
                INSERT INTO entry_fts(entry_fts) VALUES ('rebuild');
                DELETE FROM grdb_migrations WHERE identifier LIKE '10:%';
                PRAGMA user_version = 9;
                """)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'better'") == 0)
        }
        try queue.close()
        let (index, report) = try vault.sync()
        #expect(report.added == 0 && report.updated == 0)
        #expect(try index.search(.words(SearchPattern("better")), filter: SearchFilter()).flatMap(\.lines).map(\.line) == [6])
    }

    /// Migration 13 lists the separators from the last, which FTS5 reads faster; the words are
    /// the same, so an index from before it finds what it found, with no file read again.
    @Test("an index whose separators were listed rising is brought to the list from the last")
    func separatorsFromTheLast() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "feeling better🙂 today"), modified: 1_000)
        _ = try vault.sync()
        let rising = String(String.UnicodeScalarView(IndexSchema.separatorRanges.flatMap { $0.compactMap(Unicode.Scalar.init) }))
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TABLE entry_fts;
                CREATE VIRTUAL TABLE entry_fts USING fts5(text, content='entry', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2 separators ''\(rising)''');
                INSERT INTO entry_fts(entry_fts) VALUES ('rebuild');
                DELETE FROM grdb_migrations WHERE identifier LIKE '13:%';
                PRAGMA user_version = 12;
                """)
        }
        let (index, report) = try vault.sync()
        #expect(report.added == 0 && report.updated == 0)
        #expect(try index.search(.words(SearchPattern("better")), filter: SearchFilter()).flatMap(\.lines).map(\.line) == [6])
        let declared = try queue.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'entry_fts'") } ?? ""
        #expect(declared.contains("separators ''\(IndexSchema.separators)''"))
        #expect(IndexSchema.separators.unicodeScalars.first == "\u{1FAFF}" && IndexSchema.separators.unicodeScalars.last == "\u{2066}")
        try queue.close()
    }

    /// Migration 14 adds the table of questions and has the delete trigger clear it: an index
    /// from before it is rebuilt (the files hold questions its rows never had), and a file
    /// deleted afterwards takes its questions with it.
    @Test("an index made before questions had a table gains one, reads them, and drops them with their file")
    func questionsMigration() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "## Questions for my therapist\n\n- why now?\n"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "To bring: the lake\n"), modified: 1_000)
        _ = try vault.sync()
        // Back to how migration 13 left it.
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TABLE question;
                DROP TRIGGER entry_ad;
                \(IndexSchema.deleteTrigger(clearing: ["theme", "insight", "emotion", "action", "practice", "gratitude"]));
                DELETE FROM grdb_migrations WHERE identifier LIKE '14:%';
                PRAGMA user_version = 13;
                """)
        }
        try queue.close()
        let (index, report) = try vault.sync()
        #expect(report.added == 2, "rebuilt: the rows had no questions")
        let start = LocalDate(parsing: "2026-09-01")!, end = LocalDate(parsing: "2026-09-02")!
        #expect(try index.entries(from: start, through: end).flatMap(\.questions).map(\.text) == ["why now?", "the lake"])
        try vault.remove("a.md")
        _ = try vault.sync()
        let left = try DatabaseQueue(path: vault.indexPath)
        #expect(try left.read { try String.fetchAll($0, sql: "SELECT text FROM question") } == ["the lake"])
        try left.close()
    }

    @Test("SQLite keeps no statistics of its memory when the setting came in time, and says so when it came too late")
    func memoryStatistics() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "lanterns in the fog"), modified: 1_000)
        let (index, _) = try vault.sync()
        var used: Int64 = -1, highest: Int64 = -1
        // Read while the index is open: SQLite holds memory for it.
        withExtendedLifetime(index) {
            #expect(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0) == SQLITE_OK)
        }
        // Other tests in this process may have opened SQLite before any index did; then the
        // setting was refused and the statistics run on. Either way the answer must be true.
        #expect(JournalIndex.skipsMemoryStatistics == (used == 0))
    }

    @Test("the stored body line maps matches back to file lines")
    func bodyLines() throws {
        let vault = try TempVault()
        try vault.write("a.md", "---\ndate: 2026-09-01\ntags: [x]\n---\n\nfirst\n\nthe river here\n", modified: 1_000)
        try vault.write("b.md", "no front matter\nriver\n", modified: 1_000)
        let (index, _) = try vault.sync()
        let found = try index.candidates(matching: SearchPattern("river"), filter: SearchFilter())
        let lines = found.flatMap { c in c.lines(matching: try! SearchPattern("river")).map { "\(c.path):\($0.line):\($0.column)" } }
        #expect(Set(lines) == ["a.md:8:5", "b.md:2:1"])
    }
}

@Suite("Sync edge cases")
struct SyncEdgeTests {
    @Test("an entry dated by its file's time is read again when only the time changes")
    func modificationDated() throws {
        let vault = try TempVault()
        try vault.write("Daily/notes.md", "no date here, the river\n", modified: 1_700_000_000)
        var (index, _) = try vault.sync()
        let first = try index.latestEntryDate()
        try vault.touch("Daily/notes.md", modified: 1_700_000_000 + 10 * 86_400)
        let report: SyncReport
        (index, report) = try vault.sync()
        #expect(report.updated == 1)
        #expect(try index.latestEntryDate() == first.map { $0.adding(days: 10) })
    }

    @Test("a change of the reading settings (an edited config) reads every entry again; the same settings read nothing")
    func settingsChangeRereads() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-11-03", "## Things to try\n- a walk"))
        _ = try vault.sync(settings: "headings: defaults")
        #expect(try vault.sync(settings: "headings: defaults").1.isUnchanged)
        let (_, report) = try vault.sync(settings: "headings.actions: things to try")
        #expect(report.rebuilt)
        #expect(try vault.sync(settings: "headings.actions: things to try").1.isUnchanged)
    }

    @Test("a --where key with quotes or brackets is data, never SQL")
    func whereKeyIsBound() throws {
        let vault = try TempVault()
        try vault.write("a.md", "---\ndate: 2026-09-01\nmood: 6\n---\n\nthe river\n", modified: 1_000)
        let (index, _) = try vault.sync()
        var filter = SearchFilter()
        filter.conditions = [try FieldCondition(parsing: "mo'od) OR 1=1 --=5")]
        #expect(try index.candidates(matching: SearchPattern("river"), filter: filter).isEmpty)
        filter.conditions = [try FieldCondition(parsing: "MOOD>=6")]
        #expect(try index.candidates(matching: SearchPattern("river"), filter: filter).count == 1)
    }
}

@Suite("Line and column mapping")
struct LineMappingTests {
    func places(_ file: String, _ search: String, regex: Bool = false) throws -> [String] {
        let vault = try TempVault()
        try vault.write("a.md", file, modified: 1_000)
        let (index, _) = try vault.sync()
        if regex {
            return try index.search(.regex(search), filter: SearchFilter()).flatMap { entry in
                entry.lines.map { "\($0.line):\($0.column):\($0.text)" }
            }
        }
        let pattern = try SearchPattern(search)
        return try index.candidates(matching: pattern, filter: SearchFilter()).flatMap { c in
            c.lines(matching: pattern).map { "\($0.line):\($0.column):\($0.text)" }
        }
    }

    @Test("CRLF files: lines keep their numbers, the text has no \\r, in both search kinds")
    func crlf() throws {
        let file = "---\r\ndate: 2026-09-01\r\n---\r\n\r\nthe river\r\nand the river again\r\n"
        #expect(try places(file, "river") == ["5:5:the river", "6:9:and the river again"])
        #expect(try places(file, "river$", regex: true) == ["5:5:the river"])
        #expect(try places(file, "^and", regex: true) == ["6:1:and the river again"])
    }

    @Test("a byte-order mark and accents before the match count as characters, not bytes")
    func bomAndAccents() throws {
        let file = "\u{FEFF}---\ndate: 2026-09-01\n---\n\nÉtienne à café: déjà vu\n"
        #expect(try places(file, "deja vu") == ["5:17:Étienne à café: déjà vu"])
        #expect(try places(file, "\"deja vu\"") == ["5:17:Étienne à café: déjà vu"])
        #expect(try places(file, "déjà", regex: true) == ["5:17:Étienne à café: déjà vu"])
    }

    @Test("a phrase across two lines shows the lines of its words")
    func phraseAcrossLines() throws {
        let file = "---\ndate: 2026-09-01\n---\nheld on an ordinary\nday by the river\n"
        #expect(try places(file, "\"ordinary day\"") == ["4:12:held on an ordinary", "5:1:day by the river"])
    }

    @Test("an unclosed front matter is searched as body, from line 1")
    func unclosed() throws {
        let file = "---\ndate: 2026-09-01\nthe river\n"
        #expect(try places(file, "river") == ["3:5:the river"])
    }
}

extension LineMappingTests {
    @Test("a byte-order mark does not shift the first line's columns")
    func bomFirstLine() throws {
        #expect(try places("\u{FEFF}the river\n", "river") == ["1:5:the river"])
    }
}

extension SyncEdgeTests {
    @Test("a file that could not be read is tried again at every sync, without counting as a change")
    func unreadableRetried() throws {
        let vault = try TempVault()
        // The walker saw the file, but it is gone (or unreadable) when it is read.
        let ghost = IndexFileStamp(path: "ghost.md", size: 30, modified: 1_000_000_000_000)
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        let first = try index.sync(files: [ghost], reader: vault.reader)
        #expect(first.added == 1 && first.entries == 0)
        #expect(first.problems.first?.severity == .error)
        let again = try index.sync(files: [ghost], reader: vault.reader)
        #expect(again.updated == 0 && again.added == 0, "still unreadable is no change")
        #expect(again.problems.count == 1, "and it is reported again")
        // Readable now, with the very same size and time the walker saw: read, not skipped.
        try vault.write("ghost.md", entry("2026-09-01", "the river"))
        let fixed = try index.sync(files: [ghost], reader: vault.reader)
        #expect(fixed.updated == 1 && fixed.entries == 1)
        #expect(try index.candidates(matching: SearchPattern("river"), filter: SearchFilter()).count == 1)
        let digest = try DatabaseQueue(path: vault.indexPath).read {
            try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'files_digest'")
        }
        #expect(digest != nil, "read at last, the file is held as walked")
    }

    /// A sync stores a digest of the files it walked; the next sync that walks the same files
    /// (each path, size and time) knows from it alone that nothing changed, without reading the
    /// rows. A row made to disagree shows which one answered.
    @Test("the walked files' digest answers a sync with nothing to do; without it the rows do")
    func filesDigest() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "alpha"), modified: 1_000)
        try vault.write("b.md", entry("2026-09-02", "beta"), modified: 2_000)
        try vault.sync()
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.write { try $0.execute(sql: "UPDATE entry SET size = size + 1 WHERE path = 'b.md'") }
        #expect(try vault.sync().1.isUnchanged, "the digest vouches for the files")
        try queue.write { try $0.execute(sql: "DELETE FROM meta WHERE key = 'files_digest'") }
        let compared = try vault.sync().1
        #expect(compared.updated == 1, "without the digest, the rows are compared: \(compared)")
        #expect(try vault.sync().1.isUnchanged)
        // Any file's new time, a new file or a file gone is a new digest.
        try vault.write("a.md", entry("2026-09-01", "alpha!"), modified: 3_000)
        #expect(try vault.sync().1.updated == 1)
        try vault.write("c.md", entry("2026-09-03", "gamma"), modified: 4_000)
        #expect(try vault.sync().1.added == 1)
        try FileManager.default.removeItem(atPath: vault.root + "/b.md")
        #expect(try vault.sync().1.removed == 1)
        try queue.close()
    }

    @Test("the digest changes with any path, size or time, and with a file more or less", arguments: [
        IndexFileStamp(path: "a.mdx", size: 10, modified: 1), IndexFileStamp(path: "a.md", size: 11, modified: 1),
        IndexFileStamp(path: "a.md", size: 10, modified: 2), IndexFileStamp(path: "b.md", size: 10, modified: 1),
    ])
    func digestOfStamps(changed: IndexFileStamp) {
        let base = [IndexFileStamp(path: "a.md", size: 10, modified: 1), IndexFileStamp(path: "c.md", size: 5, modified: 9)]
        let digest = JournalIndex.digest(of: base)
        #expect(JournalIndex.digest(of: base) == digest)
        #expect(JournalIndex.digest(of: [changed, base[1]]) != digest)
        #expect(JournalIndex.digest(of: [base[0]]) != digest)
    }
}

extension SyncEdgeTests {
    @Test("a sync that waits too long for another writer says so in a sentence and changes nothing")
    func busy() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "the river"), modified: 1_000)
        let (index, _) = try JournalIndex.open(at: vault.indexPath, busyTimeout: 0.2)
        // Another process holds the write lock.
        var configuration = GRDB.Configuration()
        configuration.allowsUnsafeTransactions = true   // a lock held across accesses, on purpose
        let other = try DatabaseQueue(path: vault.indexPath, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        #expect(throws: Diagnostic.error("another tend is still updating the index; nothing was changed, try again in a moment")) {
            try index.sync(files: vault.stamps(), reader: vault.reader)
        }
        try other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        #expect(try index.sync(files: vault.stamps(), reader: vault.reader).added == 1)
    }
}

extension SyncEdgeTests {
    @Test("a sync with nothing to do reads only: it goes ahead while another tend holds the write lock")
    func unchangedSyncNeverWaits() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "the river"), modified: 1_000)
        try vault.sync()
        let (index, _) = try JournalIndex.open(at: vault.indexPath, busyTimeout: 0.2)
        var configuration = GRDB.Configuration()
        configuration.allowsUnsafeTransactions = true   // a lock held across accesses, on purpose
        let other = try DatabaseQueue(path: vault.indexPath, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
        let report = try index.sync(files: vault.stamps(), reader: vault.reader)
        #expect(report.isUnchanged)
        #expect(report.entries == 1)
        // A change does need the lock, and says so when it cannot have it.
        try vault.write("b.md", entry("2026-09-02", "the sea"), modified: 1_000)
        #expect(throws: Diagnostic.self) { try index.sync(files: vault.stamps(), reader: vault.reader) }
    }

    @Test("names whose string order differs from their byte order (decomposed accents) stay unchanged")
    func decomposedNames() throws {
        let vault = try TempVault()
        // "é" written as e + combining accent sorts after "f" as a string, before it as bytes.
        let decomposed = "e\u{301}t\u{301}e\u{301}.md"
        try vault.write(decomposed, entry("2026-09-01", "summer"), modified: 1_000)
        try vault.write("f.md", entry("2026-09-02", "autumn"), modified: 1_000)
        try vault.write("a.md", entry("2026-09-03", "spring"), modified: 1_000)
        let stamps = vault.stamps()
        #expect(stamps.map(\.path).last != "f.md", "the case this test is about: string order puts the accent last")
        let (index, _) = try JournalIndex.open(at: vault.indexPath)
        #expect(try index.sync(files: stamps, reader: vault.reader).added == 3)
        let again = try index.sync(files: stamps, reader: vault.reader)
        #expect(again.isUnchanged)
        #expect(again.entries == 3)
        try vault.remove("f.md")
        let removed = try index.sync(files: vault.stamps(), reader: vault.reader)
        #expect(removed.removed == 1 && removed.added == 0 && removed.entries == 2)
    }

    @Test("files are compared by the bytes of their paths, as SQLite orders them")
    func byteOrder() {
        func stamp(_ path: String) -> IndexFileStamp { IndexFileStamp(path: path, size: 0, modified: 0) }
        let sorted = JournalIndex.inByteOrder(["f.md", "e\u{301}.md", "a/b.md", "a.md", "ab.md"].map(stamp))
        #expect(sorted.map(\.path) == ["a.md", "a/b.md", "ab.md", "e\u{301}.md", "f.md"])
    }
}
