import Foundation
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
    let queue: DatabaseQueue

    /// Something the index could not do, as one plain sentence.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The sentence.
        public var message: String
        /// Creates a failure.
        public init(_ message: String) { self.message = message }
        /// The sentence.
        public var description: String { message }
    }

    /// Opens (creating when needed) the index at `path`. An index that cannot be read is moved
    /// aside (never deleted) and a fresh one is created; `warnings` then says so.
    ///
    /// - Parameters:
    ///   - path: the database file; its folder is created with mode 0700 when missing.
    ///   - parserVersion: the extraction rules' version; a different stored one forces a reindex.
    ///   - busyTimeout: how long to wait for another `tend` process that is writing.
    public static func open(at path: String, parserVersion: Int = EntryParser.version,
                            busyTimeout: TimeInterval = 60) throws -> (index: JournalIndex, warnings: [String]) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw Failure("the folder for the index, \(folder), could not be created (\(error.localizedDescription))")
            }
        }
        func make() throws -> JournalIndex {
            try JournalIndex(path: path, parserVersion: parserVersion, busyTimeout: busyTimeout)
        }
        var failure: any Error
        do { return (try make(), []) } catch { failure = error }
        // Two tend processes creating the same new index: the one that waited finds the schema
        // already there ("table exists"). Opening again sees the migration as applied.
        if let error = failure as? DatabaseError, error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT {
            do { return (try make(), []) } catch { failure = error }
        }
        guard let error = failure as? DatabaseError, isUnreadable(error) else {
            throw Failure("the index at \(path) could not be opened (\(describe(failure)))")
        }
        let aside = try moveAside(path)
        let reason = error.message ?? "\(error.resultCode)"
        let warning = "the index could not be read (\(reason)), so it was moved aside to \((aside as NSString).lastPathComponent) and is being rebuilt from your entries"
        do {
            return (try make(), [warning])
        } catch {
            throw Failure("the index at \(path) could not be created (\(describe(error)))")
        }
    }

    private init(path: String, parserVersion: Int, busyTimeout: TimeInterval) throws {
        self.path = path
        self.parserVersion = parserVersion
        // Create the file owner-only before SQLite does; SQLite gives -wal and -shm the same mode.
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd >= 0 { fchmod(fd, 0o600); close(fd) }
        var configuration = GRDB.Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tend.index"
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync never corrupts; a power cut may lose the last sync, which the
            // next run redoes from the files. It saves an fsync per command.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try IndexSchema.migrator.migrate(queue)
        // Touch every table once, so a damaged file is found now, not halfway through a command.
        try queue.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'x'")
        }
        for suffix in ["-wal", "-shm"] { chmod(path + suffix, 0o600) }
    }

    /// Errors that mean "this file is not a usable index", as opposed to "busy, try later".
    static func isUnreadable(_ error: DatabaseError) -> Bool {
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
            throw Failure("the index at \(path) cannot be read and could not be moved aside (\(String(cString: strerror(errno))))")
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

    /// Reads from the database; an SQLite error becomes a plain ``Failure``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Failure("the index could not be read (\(error.message ?? "\(error.resultCode)")); 'tend index --rebuild' builds it again")
        }
    }
}
