import Foundation
import GRDB

/// A damaged index (a zeroed page, a dropped table) is tend's own cache: when SQLite says the
/// file is damaged, it is moved aside (never deleted), made anew and filled again from the
/// vault's files, and the command goes on. That happens once per run, with one warning; damage
/// found again after it is reported as a failure.
extension JournalIndex {
    /// Errors that mean the file itself is damaged, as opposed to busy, full or read-only.
    static func isDamage(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return true
        case .SQLITE_ERROR:
            // A table or column the schema made is gone.
            let message = error.message ?? ""
            return message.hasPrefix("no such table") || message.hasPrefix("no such column")
        default:
            return false
        }
    }

    /// Runs `body`; when SQLite finds the file damaged (and it was not rebuilt yet), moves the
    /// file aside, makes a fresh index, and runs `body` again.
    ///
    /// - Parameter resync: fill the fresh index from the last sync's files first (for a read;
    ///   a sync fills it itself).
    func repairing<T>(resync: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where !repaired && Self.isDamage(error) {
            repaired = true
            try? queue.close()
            let aside = try Self.moveAside(path)
            queue = try Self.connect(path, busyTimeout: busyTimeout)
            onRepair?(Self.movedAside(error, to: aside))
            if resync, let lastSync {
                _ = try sync(files: lastSync.files, reader: lastSync.reader, settings: lastSync.settings)
            }
            return try body()
        }
    }
}
