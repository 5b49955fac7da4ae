import Foundation
import GRDB

/// A rebuild's full-text index, built on a thread of its own while the writer puts the rows in.
///
/// SQLite lets one connection write a file at a time, and tokenizing the texts into FTS5 was a
/// third of the writer's work in a rebuild (0.5 s of 1.6 s on 10,000 entries) while the
/// other core only parsed. So the texts go, batch by batch as the writer inserts their
/// entries, to a second connection with a database of its own in memory, under an FTS5 table
/// made from the same statement as the index's own; at the end the writer copies that
/// table's finished pages (its `_data`, `_idx` and `_docsize` tables, about 17 MB on 10,000
/// entries) into the index, inside the sync's transaction. A crash or a failure anywhere
/// leaves the previous index as it was, and nothing is left behind on disk.
final class FullTextBuilder: @unchecked Sendable {
    /// FTS5's own tables that hold the index (its `_config` stays as the schema made it).
    static let tables = ["entry_fts_data", "entry_fts_idx", "entry_fts_docsize"]

    private let scratch: DatabaseQueue
    /// Serial: the batches go into the index in order, one after the other.
    private let queue = DispatchQueue(label: "tend.fulltext")
    /// The first error of the thread, handed to the writer at the end.
    private var failure: (any Error)?

    /// Makes the in-memory database, with `entry_fts` exactly as the index's schema wrote it
    /// (read from `db`) and an `entry` table that holds one batch's texts at a time.
    init(like db: Database) throws {
        guard let fullText = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'entry_fts'") else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "its table 'entry_fts' is missing")
        }
        scratch = try DatabaseQueue()
        try scratch.inDatabase { scratch in
            try scratch.execute(sql: "CREATE TABLE entry (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            try scratch.execute(sql: fullText)
        }
    }

    /// Adds the texts of entry rows to the full-text index, in the background. The rows go in
    /// with one statement per batch, as the index's own rebuild did: FTS5 writes out what it
    /// holds at every statement that inserts into it, so a row a statement leaves thousands
    /// of small segments to merge.
    func add(_ rows: [(id: Int64, text: String)]) {
        guard !rows.isEmpty else { return }
        queue.async { [self] in
            guard failure == nil else { return }
            do {
                try scratch.inTransaction { db in
                    let stage = try RowWriter(db, sql: "INSERT INTO entry (id, text) VALUES (?, ?)")
                    for row in rows { try stage.insert(row.id, row.text) }
                    try db.execute(sql: "INSERT INTO entry_fts(rowid, text) SELECT id, text FROM entry")
                    try db.execute(sql: "DELETE FROM entry")
                    return .commit
                }
            } catch {
                failure = error
            }
        }
    }

    /// Waits for every batch, then replaces the index's full-text tables in `db` with the
    /// ones built here. The caller's connection must not read `entry_fts` again (FTS5 keeps
    /// what it read of its tables per connection): ``JournalIndex`` opens a new one.
    func finish(into db: Database) throws {
        queue.sync {}
        if let failure { throw failure }
        try scratch.inDatabase { scratch in
            for table in Self.tables {
                try db.execute(sql: "DELETE FROM \(table)")
                let rows = try Row.fetchCursor(scratch, sql: "SELECT * FROM \(table)")
                var insert: Statement?
                while let row = try rows.next() {
                    let statement = try insert ?? db.makeStatement(
                        sql: "INSERT INTO \(table) VALUES (\(Array(repeating: "?", count: row.count).joined(separator: ", ")))")
                    insert = statement
                    try statement.execute(arguments: StatementArguments(row.databaseValues))
                }
            }
        }
    }
}
