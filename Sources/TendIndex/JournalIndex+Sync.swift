import Foundation
import GRDB
import GRDBSQLite
import TendCore

/// What a sync did.
public struct SyncReport: Sendable, Equatable {
    /// Files new to the index.
    public var added = 0
    /// Files whose content changed.
    public var updated = 0
    /// Files that left the vault (deleted or renamed).
    public var removed = 0
    /// Files that were touched but whose content is the same.
    public var touched = 0
    /// Files in the index after the sync (entries and notes).
    public var entries = 0
    /// Of those, the notes: files with no date.
    public var notes = 0
    /// True when the whole index was rebuilt (asked for, a new parser version, or a migration).
    public var rebuilt = false
    /// The problems of the files read in this sync (paths vault-relative).
    public var problems: [Diagnostic] = []

    /// Creates an empty report.
    public init() {}

    /// True when nothing in the index changed.
    public var isUnchanged: Bool { added == 0 && updated == 0 && removed == 0 && !rebuilt }
}

extension JournalIndex {
    /// Brings the index up to date with the files of the vault, in one transaction.
    ///
    /// Files are compared by path, size and modification time; when only the time changed,
    /// by content hash. Only changed files are parsed. Sessions are renumbered afterwards.
    ///
    /// - Parameters:
    ///   - files: every entry file of the vault, as walked now.
    ///   - reader: reads and parses files.
    ///   - settings: everything in the configuration that changes what is read from a file
    ///     (``Configuration/readingFingerprint``); when it differs from the one the index was
    ///     built with, every entry is read again.
    ///   - rebuild: start over from an empty index.
    ///   - progress: called with (files parsed, files to parse) between batches.
    public func sync(files: [IndexFileStamp], reader: VaultReader, settings: String = "", rebuild: Bool = false,
                     progress: ((Int, Int) -> Void)? = nil) throws -> SyncReport {
        lastSync = (files, reader, settings)
        do {
            let settingsHash = String(ContentHash.fnv1a(Array(settings.utf8)), radix: 16)
            return try repairing(resync: false) {
                try syncInTransaction(files: files, reader: reader, settings: settingsHash, rebuild: rebuild, progress: progress)
            }
        } catch let error as DatabaseError {
            throw Diagnostic.error(Self.sentence(for: error))
        }
    }

    /// A plain sentence for what went wrong while updating the index.
    static func sentence(for error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another tend is still updating the index; nothing was changed, try again in a moment"
        case .SQLITE_FULL:
            return "the disk is full, so the index could not be updated; your entries are untouched"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return "the index cannot be written here (\(error.message ?? "read-only")); point --index or TEND_INDEX to a folder you can write"
        default:
            return "the index could not be updated (\(error.message ?? "\(error.resultCode)")); 'tend index --rebuild' starts it over"
        }
    }

    private func syncInTransaction(files: [IndexFileStamp], reader: VaultReader, settings: String, rebuild: Bool,
                                   progress: ((Int, Int) -> Void)?) throws -> SyncReport {
        var report = SyncReport()
        let files = Self.inByteOrder(files)
        let digest = Self.digest(of: files)
        // Most syncs find nothing to do: decide that in a read transaction, which never waits
        // for (or blocks) another tend, and write nothing at all.
        if !rebuild {
            let quiet: (entries: Int, notes: Int)? = try queue.read { db in
                let meta = try Self.meta(db)
                let changes = try self.changes(files: files, digest: digest, settings: settings, meta: meta, db)
                guard !changes.full, changes.isEmpty else { return nil }
                return try Self.counts(meta: meta, db)
            }
            if let quiet {
                (report.entries, report.notes) = quiet
                return report
            }
        }
        try queue.inTransaction(.immediate) { db in
            // Again, under the write lock: another tend may have synced in between.
            var changes = try self.changes(files: files, digest: digest, settings: settings, meta: Self.meta(db), db)
            let full = rebuild || changes.full
            if full {
                report.rebuilt = true
                changes = Changes(full: true, toParse: files)
            }
            var toParse = changes.toParse
            var replaced = changes.replaced
            if !changes.touched.isEmpty {
                let hashes = Parallel.map(changes.touched.map(\.file.path)) { reader.hash($0) }
                for ((file, old), hash) in zip(changes.touched, hashes) {
                    if let hash, Int64(bitPattern: hash) == old.hash {
                        try db.execute(sql: "UPDATE entry SET mtime = ? WHERE id = ?", arguments: [file.modified, old.id])
                        report.touched += 1
                    } else {
                        toParse.append(file); replaced[file.path] = old
                    }
                }
            }
            // Parse and write in batches: both cores parse, a few batches ahead of the writer
            // (a single thread), and memory stays flat on big vaults. The first batches are
            // parsed while a rebuild clears the old rows.
            let batchSize = 512
            let batches = stride(from: 0, to: toParse.count, by: batchSize).map {
                Array(toParse[$0..<min($0 + batchSize, toParse.count)])
            }
            // The parser (and its lexicon) is made only now that some file needs it.
            let parser = try toParse.isEmpty ? nil : reader.parser()
            let parsing = parser.map { ParsedBatches(reader: reader, parser: $0, batches: batches) }
            var bulk = full ? try BulkLoad.begin(db) : nil
            for id in changes.removed {
                try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [id])
                report.removed += 1
            }
            var done = 0
            var unreadable = false
            for batch in batches {
                for input in parsing?.next() ?? [] {
                    unreadable = unreadable || input.isUnreadable
                    if let old = replaced[input.stamp.path] {
                        try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [old.id])
                        // A file that still cannot be read has not changed for the person.
                        if !(input.isUnreadable && old.size == Self.unreadableSize) {
                            report.updated += 1
                        }
                    } else {
                        report.added += 1
                    }
                    try insert(input, db)
                    report.problems += input.parsed.problems.map { $0.placed(in: input.stamp.path) }
                }
                try bulk?.indexText(db)
                done += batch.count
                progress?(done, toParse.count)
            }
            try bulk?.finish(db)
            if !report.isUnchanged { try Self.renumberSessions(db) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('parser_version', ?)", arguments: [String(parserVersion)])
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('reading_settings', ?)", arguments: [settings])
            try db.execute(sql: "DELETE FROM meta WHERE key = 'needs_reindex'")
            // The rows now hold these files as walked, but for an unreadable file's (its size is
            // one no file has, so that every sync reads it again): then there is no digest.
            if unreadable {
                try db.execute(sql: "DELETE FROM meta WHERE key = 'files_digest'")
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('files_digest', ?)", arguments: [digest])
            }
            (report.entries, report.notes) = try Self.countRows(db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('entry_count', ?), ('note_count', ?)",
                           arguments: [String(report.entries), String(report.notes)])
            return .commit
        }
        for suffix in ["-wal", "-shm"] { chmod(path + suffix, 0o600) }
        return report
    }

    /// The `meta` table: the parser version, the reading settings, the files' digest and the
    /// counts the last sync that wrote kept.
    static func meta(_ db: Database) throws -> [String: String] {
        try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0[0] as String, $0[1] as String) })
    }

    /// How many entries the index holds, and of them notes (files with no date), as the sync
    /// that last wrote counted them (`meta`). Counting them at every command read the 10,000
    /// rows of an index twice on the bench vault (4 million instructions); an index from before
    /// they were kept is counted.
    static func counts(meta: [String: String], _ db: Database) throws -> (entries: Int, notes: Int) {
        if let entries = meta["entry_count"].flatMap(Int.init), let notes = meta["note_count"].flatMap(Int.init) {
            return (entries, notes)
        }
        return try countRows(db)
    }

    /// The entries and notes counted in their rows (through the entry_sessions index).
    static func countRows(_ db: Database) throws -> (entries: Int, notes: Int) {
        (try Int.fetchOne(db, sql: "SELECT count(*) FROM entry WHERE skipped = 0") ?? 0,
         try Int.fetchOne(db, sql: "SELECT count(*) FROM entry WHERE skipped = 0 AND day IS NULL") ?? 0)
    }

    /// A rebuild: every table emptied and filled again. Deleting entries through their trigger
    /// would take the full-text index apart word by word, and keeping each index up to date
    /// row by row costs several times more than building it once from the finished table. So
    /// the indexes and the entry triggers are set aside, the tables emptied at once, and the
    /// indexes built at the end — all inside the sync's transaction: a crash in between leaves
    /// the previous index as it was.
    ///
    /// The full-text index is filled batch by batch, one statement per batch, while the next
    /// batches are parsed on the other cores: building it whole at the end took about 0.45 s
    /// of the 10,000-entry rebuild on one core while the others waited. (Not row by row: FTS5
    /// writes out the words it holds at every savepoint, which SQLite opens for each statement
    /// that fires a trigger or inserts into it; a row a statement, as the insert trigger does,
    /// made the rebuild 1.3–1.7× slower.)
    struct BulkLoad {
        /// The statements that put the indexes and triggers back, as the schema wrote them.
        var restore: [String]
        /// The last entry row whose text is in the full-text index.
        var indexed: Int64 = 0

        static func begin(_ db: Database) throws -> BulkLoad {
            let rows = try Row.fetchAll(db, sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND name IN ('entry_ai', 'entry_ad')))
                ORDER BY type, name
                """)
            for row in rows {
                let type: String = row["type"]
                let name: String = row["name"]
                try db.execute(sql: "DROP \(type == "index" ? "INDEX" : "TRIGGER") \(name.quotedDatabaseIdentifier)")
            }
            try db.execute(sql: """
                INSERT INTO entry_fts(entry_fts) VALUES ('delete-all');
                DELETE FROM theme; DELETE FROM insight; DELETE FROM emotion;
                DELETE FROM action; DELETE FROM practice; DELETE FROM gratitude; DELETE FROM question;
                DELETE FROM entry;
                """)
            return BulkLoad(restore: rows.map { $0["sql"] })
        }

        /// Adds the text of the entry rows written since the last call to the full-text index.
        mutating func indexText(_ db: Database) throws {
            guard let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry"), last > indexed else { return }
            try db.execute(sql: "INSERT INTO entry_fts(rowid, text) SELECT id, text FROM entry WHERE id > ?", arguments: [indexed])
            indexed = last
        }

        /// Puts the indexes and triggers back.
        func finish(_ db: Database) throws {
            for sql in restore { try db.execute(sql: sql) }
        }
    }

    /// What a file's index row holds about it.
    struct Stored {
        var id: Int64
        var size: Int64
        var mtime: Int64
        var hash: Int64
        var mtimeDated: Bool
    }

    /// What a sync has to do.
    struct Changes {
        /// The index must be rebuilt (a new parser version, other reading settings, a migration asked for it).
        var full = false
        /// New and changed files.
        var toParse: [IndexFileStamp] = []
        /// Changed files and their rows.
        var replaced: [String: Stored] = [:]
        /// Files whose time changed but not their size: their content hash decides.
        var touched: [(file: IndexFileStamp, old: Stored)] = []
        /// Rows of files that left the vault.
        var removed: [Int64] = []

        var isEmpty: Bool { toParse.isEmpty && touched.isEmpty && removed.isEmpty }
    }

    /// Compares the walked files (in byte order) with the index rows.
    ///
    /// When their `digest` is the one the last sync stored, the rows hold these very files
    /// and nothing is to do. Otherwise one pass over both, in path order, reading the paths'
    /// bytes in place (no strings). The digest saves reading 10,000 rows of the bench vault at
    /// every command: 20 million instructions, a fifth of a `tend grep` that finds nothing.
    func changes(files: [IndexFileStamp], digest: String, settings: String, meta: [String: String], _ db: Database) throws -> Changes {
        var changes = Changes()
        if meta["needs_reindex"] == "1" || meta["parser_version"] != String(parserVersion)
            || meta["reading_settings"] != settings {
            changes.full = true
            return changes
        }
        if meta["files_digest"] == digest { return changes }
        // Covered by the entry_stamp index, which is ordered by path (bytes, like `inByteOrder`).
        let statement = try db.makeStatement(sql: "SELECT path, size, mtime, hash, mtime_dated, id FROM entry ORDER BY path")
        let rows = try Row.fetchCursor(statement)
        let sqlite = statement.sqliteStatement
        func stored() -> Stored {
            Stored(id: sqlite3_column_int64(sqlite, 5), size: sqlite3_column_int64(sqlite, 1),
                   mtime: sqlite3_column_int64(sqlite, 2), hash: sqlite3_column_int64(sqlite, 3),
                   mtimeDated: sqlite3_column_int64(sqlite, 4) != 0)
        }
        func compare(_ file: IndexFileStamp) -> Int32 {
            let count = Int(sqlite3_column_bytes(sqlite, 0))
            let bytes = sqlite3_column_text(sqlite, 0)
            var path = file.path
            return path.withUTF8 { Self.compareBytes($0, UnsafeBufferPointer(start: bytes, count: count)) }
        }
        var haveRow = try rows.next() != nil
        var i = 0
        while i < files.count || haveRow {
            let order: Int32 = i == files.count ? 1 : haveRow ? compare(files[i]) : -1
            if order < 0 {
                changes.toParse.append(files[i])   // new
                i += 1
            } else if order > 0 {
                changes.removed.append(sqlite3_column_int64(sqlite, 5))   // gone
                haveRow = try rows.next() != nil
            } else {
                let file = files[i], old = stored()
                if old.size != file.size || (old.mtimeDated && old.mtime != file.modified) {
                    changes.toParse.append(file)
                    changes.replaced[file.path] = old
                } else if old.mtime != file.modified {
                    changes.touched.append((file, old))
                }
                i += 1
                haveRow = try rows.next() != nil
            }
        }
        return changes
    }

    /// One number for the files as walked: each one's path, size and modification time, in
    /// byte order, through 64-bit FNV-1a, and how many there are. A change to one byte always
    /// changes it (each step of FNV-1a maps a different state to a different one); changes to
    /// several bytes could cancel out, about once in 2⁶⁴.
    static func digest(of files: [IndexFileStamp]) -> String {
        var hash = ContentHash.fnvStart
        for file in files {
            var path = file.path
            hash = path.withUTF8 { ContentHash.fnv1a($0, from: hash) }
            // A path never holds a NUL byte, so it ends one path from the next.
            hash = ContentHash.fnv1a(CollectionOfOne(0), from: hash)
            withUnsafeBytes(of: file.size.littleEndian) { hash = ContentHash.fnv1a($0, from: hash) }
            withUnsafeBytes(of: file.modified.littleEndian) { hash = ContentHash.fnv1a($0, from: hash) }
        }
        return String(hash, radix: 16) + " " + String(files.count)
    }

    /// `memcmp` order (SQLite's BINARY collation), shorter first on a tie.
    static func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        let common = min(a.count, b.count)
        if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, common)
            if c != 0 { return c }
        }
        return a.count < b.count ? -1 : a.count > b.count ? 1 : 0
    }

    /// The files sorted by the bytes of their paths (the walker sorts as Swift strings, which
    /// only differs for names that are not in Unicode normal form C).
    static func inByteOrder(_ files: [IndexFileStamp]) -> [IndexFileStamp] {
        func less(_ a: IndexFileStamp, _ b: IndexFileStamp) -> Bool {
            var a = a.path, b = b.path
            return a.withUTF8 { pa in b.withUTF8 { pb in compareBytes(pa, pb) < 0 } }
        }
        for i in files.indices.dropFirst() where !less(files[i - 1], files[i]) {
            return files.sorted(by: less)
        }
        return files
    }

    /// The size stored for a file that could not be read.
    static let unreadableSize: Int64 = -1

    /// Batches of files read and parsed in the background, in order, one batch at a time, up to
    /// `ahead` batches ahead of the writer (so memory stays flat). The first batch, which the
    /// writer waits for, is parsed on every core; the others leave the writer a core of its
    /// own. The writer is the one thread a rebuild of many batches waits for, and on a 2-core
    /// machine it otherwise shared both cores with two parsing threads: keeping one for it made
    /// the 10,000-entry rebuild 0.92× as long (1.67 s against 1.83 s, 15 alternating runs),
    /// parsing on one core then keeping about level with the writer.
    private final class ParsedBatches: @unchecked Sendable {
        private let reader: VaultReader
        private let parser: EntryParser
        private var waiting: ArraySlice<[IndexFileStamp]>
        private var parsing: [Parsing] = []
        /// Serial: a batch takes the cores it is given, so two at once would only slow the first.
        private let queue = DispatchQueue(label: "tend.parse")
        /// How many batches have been started.
        private var started = 0

        init(reader: VaultReader, parser: EntryParser, batches: [[IndexFileStamp]], ahead: Int = 4) {
            self.reader = reader
            self.parser = parser
            waiting = batches[...]
            for _ in 0..<ahead { startNext() }
        }

        private func startNext() {
            guard let batch = waiting.popFirst() else { return }
            parsing.append(Parsing(reader: reader, parser: parser, batch: batch, leavingFree: started == 0 ? 0 : 1, on: queue))
            started += 1
        }

        /// Waits for the next batch (empty when there is none left).
        func next() -> [IndexInput] {
            guard !parsing.isEmpty else { return [] }
            let inputs = parsing.removeFirst().result()
            startNext()
            return inputs
        }
    }

    /// One batch being read and parsed in the background.
    private final class Parsing: @unchecked Sendable {
        private let group = DispatchGroup()
        private var inputs: [IndexInput] = []

        init(reader: VaultReader, parser: EntryParser, batch: [IndexFileStamp], leavingFree free: Int, on queue: DispatchQueue) {
            group.enter()
            queue.async {
                self.inputs = reader.read(batch, with: parser, leavingFree: free)
                self.group.leave()
            }
        }

        /// Waits for the batch.
        func result() -> [IndexInput] {
            group.wait()
            return inputs
        }
    }

    private func insert(_ input: IndexInput, _ db: Database) throws {
        let stamp = input.stamp
        let insertEntry = try RowWriter(db, sql: """
            INSERT INTO entry (path, size, mtime, hash, skipped, day, date, type, written_session, session, title,
                               fields, metrics, body_line, text, problems, warnings, errors, mtime_dated,
                               minutes, intentions, date_source, written_fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let problems = input.parsed.problems
        let warnings = problems.filter { $0.severity == .warning }.count
        guard let entry = input.parsed.entry else {
            // An unreadable file is stored with an impossible size, so every sync tries it again
            // (permissions fixed with chmod change no modification time).
            try insertEntry.insert(stamp.path, input.isUnreadable ? Self.unreadableSize : stamp.size, stamp.modified,
                                   Int64(bitPattern: input.hash), 1, Int?.none, String?.none, "", Int?.none, Int?.none, "",
                                   "{}", "{}", 0, "", input.problemsJSON, warnings, problems.count - warnings, false,
                                   Int?.none, "", DateSource.none.rawValue, "{}")
            return
        }
        let day = entry.date?.dayNumber
        try insertEntry.insert(
            stamp.path, stamp.size, stamp.modified, Int64(bitPattern: input.hash), 0,
            day, entry.date?.description, entry.type.rawValue, entry.session, entry.session,
            entry.title, input.fieldsJSON, input.metricsJSON, input.bodyLine, entry.text, input.problemsJSON,
            warnings, problems.count - warnings, entry.dateSource == .modificationTime,
            entry.minutes, entry.intentions.joined(separator: JournalIndex.intentionSeparator),
            entry.dateSource.rawValue, input.writtenFieldsJSON)
        let id = db.lastInsertedRowID
        if !entry.themes.isEmpty {
            let s = try RowWriter(db, sql: "INSERT INTO theme (entry_id, name, day, session) VALUES (?, ?, ?, ?)")
            for theme in entry.themes { try s.insert(id, theme, day, entry.session) }
        }
        if !entry.insights.isEmpty {
            let s = try RowWriter(db, sql: "INSERT INTO insight (entry_id, text, line, col, heading, fields) VALUES (?, ?, ?, ?, ?, ?)")
            for i in entry.insights {
                try s.insert(id, i.text, i.source.line, i.source.column, i.source.heading, Self.itemFieldsJSON(i.fields))
            }
        }
        if !entry.emotions.isEmpty {
            let s = try RowWriter(db, sql: """
                INSERT INTO emotion (entry_id, name, family, intensity, written, line, col, heading) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in entry.emotions {
                try s.insert(id, e.name, e.family, e.intensity, e.written, e.source.line, e.source.column, e.source.heading)
            }
        }
        if !entry.actions.isEmpty {
            let s = try RowWriter(db, sql: """
                INSERT INTO action (entry_id, text, status, due, done, line, col, tags, heading, day, due_day, topic,
                                    scheduled, start, created, cancelled, priority, recurrence, task_id, depends_on,
                                    on_completion, fields)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for a in entry.actions {
                try s.insert(id, a.text, a.status.rawValue, a.due?.description, a.done?.description,
                             a.source.line, a.source.column, a.tags.joined(separator: " "), a.source.heading,
                             day, a.due?.dayNumber, a.topic(entryThemes: entry.themes) ?? "",
                             a.details.scheduled?.description, a.details.start?.description,
                             a.details.created?.description, a.details.cancelled?.description,
                             a.details.priority?.rawValue, a.details.recurrence, a.details.id,
                             a.details.dependsOn.joined(separator: ","), a.details.onCompletion,
                             Self.itemFieldsJSON(a.details.fields))
            }
        }
        if !entry.practices.isEmpty {
            let s = try RowWriter(db, sql: "INSERT INTO practice (entry_id, name, minutes, line, col, heading) VALUES (?, ?, ?, ?, ?, ?)")
            for p in entry.practices { try s.insert(id, p.name, p.minutes, p.source.line, p.source.column, p.source.heading) }
        }
        if !entry.gratitude.isEmpty {
            let s = try RowWriter(db, sql: "INSERT INTO gratitude (entry_id, text, line, col, heading, fields) VALUES (?, ?, ?, ?, ?, ?)")
            for g in entry.gratitude {
                try s.insert(id, g.text, g.source.line, g.source.column, g.source.heading, Self.itemFieldsJSON(g.fields))
            }
        }
        if !entry.questions.isEmpty {
            let s = try RowWriter(db, sql: "INSERT INTO question (entry_id, text, line, col, heading, fields) VALUES (?, ?, ?, ?, ?, ?)")
            for q in entry.questions {
                try s.insert(id, q.text, q.source.line, q.source.column, q.source.heading, Self.itemFieldsJSON(q.fields))
            }
        }
    }

    /// Numbers journeys and ties every dated entry to its journey by ``Sessions/numbers(_:)``,
    /// from a few columns (journeys are few; every entry's number depends on all of them).
    static func renumberSessions(_ db: Database) throws {
        struct Stored { var id: Int64; var dated: Sessions.Dated; var session: Int? }
        var rows: [Stored] = []
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, day, type, written_session, session FROM entry
            WHERE skipped = 0 AND day IS NOT NULL ORDER BY day, path
            """)
        while let row = try cursor.next() {
            let dated = Sessions.Dated(day: LocalDate(dayNumber: row[1]),
                                       isJourney: (row[2] as String) == EntryType.journey.rawValue, written: row[3])
            rows.append(Stored(id: row[0], dated: dated, session: row[4]))
        }
        let numbers = Sessions.numbers(rows.map(\.dated))
        let update = try db.cachedStatement(sql: "UPDATE entry SET session = ? WHERE id = ?")
        let updateThemes = try db.cachedStatement(sql: "UPDATE theme SET session = ? WHERE entry_id = ?")
        for (row, session) in zip(rows, numbers) where session != row.session {
            try update.execute(arguments: [session, row.id])
            try updateThemes.execute(arguments: [session, row.id])
        }
    }
}
