import Foundation
import CSQLiteOptions
import GRDB
import TendCore

/// The SQLite index of a vault: entries, their items and a full-text table, kept up to date
/// incrementally by ``sync(files:reader:rebuild:progress:)``.
///
/// The file and its `-wal`/`-shm` companions are owner-only (0600), in an owner-only folder.
/// The database runs in WAL mode with a busy timeout, so several `tend` processes may use it
/// at once; every sync is one transaction, so an interrupted one leaves the previous index.
public final class JournalIndex: @unchecked Sendable {
    /// The database file.
    public let path: String
    /// The parser version the index must have been built with.
    public let parserVersion: Int
    /// The connection; replaced when a damaged file is moved aside (see ``repairing(resync:_:)``).
    /// tend uses an index from one thread at a time.
    var queue: DatabaseQueue
    let busyTimeout: TimeInterval
    /// True once the file was found damaged and rebuilt: that happens at most once per index.
    var repaired = false
    /// The files and reader of the last sync, to fill a rebuilt index again.
    var lastSync: (files: [IndexFileStamp], reader: VaultReader, settings: String)?
    /// Called with a sentence when the index was found damaged, moved aside and rebuilt.
    public var onRepair: ((String) -> Void)?

    /// A file at a named index path that tend did not make: it is left as it is, and the run
    /// stops (other failures to open an index let a report read the entries directly instead).
    public struct NotAnIndex: DiagnosticConvertible, Equatable {
        /// What the file is, and what to do instead (no place: the caller names the path as the
        /// person gave it).
        public var diagnostic: Diagnostic
    }

    /// Opens (creating when needed) the index at `path`. In tend's own folder, an index that
    /// cannot be read is moved aside (never deleted) and a fresh one is created; `warnings` then
    /// says so. At a path the person named, a file that is not an index tend made is left as it
    /// is, and opening fails with a sentence that says why.
    ///
    /// - Parameters:
    ///   - path: the database file; its folder is created with mode 0700 when missing.
    ///   - place: whether `path` is in tend's own folder or named by the person.
    ///   - parserVersion: the extraction rules' version; a different stored one forces a reindex.
    ///   - busyTimeout: how long to wait for another `tend` process that is writing.
    public static func open(at path: String, place: IndexPlace = .tendFolder, parserVersion: Int = EntryParser.version,
                            busyTimeout: TimeInterval = 60) throws -> (index: JournalIndex, warnings: [String]) {
        if let refusal = IndexFile.refusal(at: path, place: place) { throw NotAnIndex(diagnostic: .error(refusal)) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw Diagnostic.error("the folder for the index, \(folder), could not be created (\(error.localizedDescription))")
            }
        }
        func make() throws -> JournalIndex {
            try JournalIndex(path: path, parserVersion: parserVersion, busyTimeout: busyTimeout)
        }
        var failure: any Error
        do { return (try make(), []) } catch { failure = error }
        // Two tend processes creating the same new index: the one that waited finds the schema
        // already there ("table exists"), or finds its read turned stale by the other's
        // migration ("database is locked", which SQLite reports at once rather than wait into a
        // deadlock). Opening again sees the migrations as applied; while the other is still
        // migrating, it may take a few tries, and a race is never taken for damage.
        var tries = 0
        while let error = failure as? DatabaseError, Self.isConcurrentCreation(error), tries < 40 {
            tries += 1
            if tries > 1 { usleep(50_000) }
            do { return (try make(), []) } catch { failure = error }
        }
        // At a named path, an empty file may be the person's own: only a file that passed as
        // tend's index (it has content) is moved aside.
        guard let error = failure as? DatabaseError, isUnreadable(error),
              place == .tendFolder || ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 else {
            throw Diagnostic.error("the index at \(path) could not be opened (\(describe(failure)))")
        }
        let aside = try moveAside(path)
        do {
            let index = try make()
            index.repaired = true
            return (index, [movedAside(error, to: aside)])
        } catch {
            throw Diagnostic.error("the index at \(path) could not be created (\(describe(error)))")
        }
    }

    private init(path: String, parserVersion: Int, busyTimeout: TimeInterval) throws {
        self.path = path
        self.parserVersion = parserVersion
        self.busyTimeout = busyTimeout
        queue = try Self.connect(path, busyTimeout: busyTimeout)
    }

    /// Opens the database file (creating it owner-only), migrates it and checks it whole.
    static func connect(_ path: String, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        _ = skipsMemoryStatistics
        // Create the file owner-only before SQLite does; SQLite gives -wal and -shm the same mode.
        // A file that was already there keeps its mode: it is tend's own, made so.
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 { fchmod(fd, 0o600); close(fd) }
        // Two tends opening a new index at once would each see the other's half-made schema
        // ("table exists", "no such column") and take it for damage: one migrates and checks
        // while the other waits. The lock is on the index's folder (an advisory lock only tend
        // takes), not on the file, whose own locks are SQLite's.
        let folder = (path as NSString).deletingLastPathComponent
        let lock = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
        var configuration = GRDB.Configuration()
        // WAL mode is set below, not with GRDB's `journalMode = .wal`: that makes sure of a
        // non-empty log by creating and dropping a table whenever it finds none, which it does
        // on every open after a clean close (SQLite deletes the log then). So every command
        // wrote to the index and waited for four `fdatasync`s, and could wait for another tend
        // writing; a sync that finds nothing changed now writes nothing. (GRDB does it for its
        // read-only connections, which fail to open a WAL database with no log: tend's readers
        // are opened while this connection is, which has made the log.)
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tend.index"
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync never corrupts; a power cut may lose the last sync, which the
            // next run redoes from the files. It saves an fsync per command.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 KB pages instead of SQLite's 4 KB, so that most entries' text (4 KB on average)
            // lies in the page of its row rather than in a chain of overflow pages, each read
            // with a call of its own. Measured on the 10,000-entry bench vault against 4 KB:
            // `tend grep anger` 0.92×, `--regex gri.f` 0.91×, `index --rebuild` 0.85×, a sync
            // of one changed file 1.04× (64 KB pages: 1.14×, every page written being larger).
            // It takes effect only on a new, empty file; an older index keeps its pages.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            // Kept in the file: on an index already in WAL mode this only reads its header.
            // (The same check and error as GRDB's.)
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "could not activate WAL mode")
            }
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try IndexSchema.migrator.migrate(queue)
        // Touch every table once, so a damaged file is found now, not halfway through a command.
        try queue.read { db in
            let schema = try Row.fetchAll(db, sql: "SELECT type, name FROM sqlite_master").map { ($0[0] as String, $0[1] as String) }
            for (kind, needed) in [("table", IndexSchema.tables), ("index", IndexSchema.namedIndexes)] {
                let present = Set(schema.filter { $0.0 == kind }.map(\.1))
                if let missing = needed.subtracting(present).sorted().first {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "its \(kind) '\(missing)' is missing")
                }
            }
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'x'")
        }
        for suffix in ["-wal", "-shm"] { chmod(path + suffix, 0o600) }
        return queue
    }

    /// SQLite keeps statistics of its memory by default, taking a lock around each of its
    /// allocations; tend reads none of them. Set once, before the first connection of the
    /// process (SQLite refuses it later, and the result says so). Without them the locks (2.6%
    /// of the 10,000-entry rebuild's writer) are gone: the rebuild's CPU time 0.95–0.97×, its
    /// time 0.96–1.0× (three sets of 11 alternating runs on a busy machine).
    static let skipsMemoryStatistics = tend_sqlite3_skip_memory_statistics() == SQLITE_OK

    /// The page size of a new index file, in bytes.
    static let pageSize = 32_768

    /// One more connection to the index at `path`, for reading only: for a search that reads
    /// on every core at once. The index is already open, migrated and checked.
    ///
    /// It reads pages with `read` calls, as the main connection does: memory mapping the file
    /// (`PRAGMA mmap_size`) made `tend grep anger` cost more, the kernel mapping and unmapping
    /// the pages of 32 MB of text about as long as copying them.
    static func connectReader(_ path: String, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tend.index.reader"
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The warning when a damaged index was moved aside to `aside`.
    static func movedAside(_ error: DatabaseError, to aside: String) -> String {
        let reason = error.message ?? "\(error.resultCode)"
        return "the index could not be read (\(reason)), so it was moved aside to \((aside as NSString).lastPathComponent) and is being rebuilt from your entries"
    }

    /// Errors that mean "this file is not a usable index", as opposed to "busy, try later".
    /// True for what another tend creating the same index at the same moment makes this one
    /// see: the schema already made, a read turned stale, or the file locked.
    static func isConcurrentCreation(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CONSTRAINT: return true
        case .SQLITE_ERROR:
            // A migration the other tend ran first: a table, index or column made twice.
            let message = error.message ?? ""
            return message.contains("already exists") || message.hasPrefix("duplicate column name")
        default: return false
        }
    }

    static func isUnreadable(_ error: DatabaseError) -> Bool {
        if isConcurrentCreation(error) { return false }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_ERROR, .SQLITE_IOERR, .SQLITE_READONLY:
            return true
        default:
            return false
        }
    }

    /// Renames the file (and its WAL companions) to `NAME.unreadable-TIMESTAMP`.
    static func moveAside(_ path: String) throws -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        var aside = "\(path).unreadable-\(stamp)"
        var n = 1
        while FileManager.default.fileExists(atPath: aside) { n += 1; aside = "\(path).unreadable-\(stamp)-\(n)" }
        guard rename(path, aside) == 0 || errno == ENOENT else {
            throw Diagnostic.error("the index at \(path) cannot be read and could not be moved aside (\(String(cString: strerror(errno))))")
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            _ = rename(path + suffix, aside + suffix)
        }
        return aside
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// How many entries the index holds (files that were read as entries).
    public func entryCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry WHERE skipped = 0") ?? 0 }
    }

    /// Reads from the database (a damaged file is rebuilt once, see ``repairing(resync:_:)``);
    /// an SQLite error becomes a plain ``Diagnostic`` (with no place: the caller knows how the
    /// person names the index).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try repairing(resync: true) { try queue.read(body) }
        } catch let error as DatabaseError {
            throw Diagnostic.error("the index could not be read (\(error.message ?? "\(error.resultCode)")); 'tend index --rebuild' builds it again")
        }
    }
}
