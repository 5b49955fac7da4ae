import GRDBSQLite

extension JournalIndex {
    /// The version of the SQLite library tend runs with, as the library itself reports it (`3.46.1`).
    public static var sqliteVersion: String {
        String(cString: sqlite3_libversion())
    }
}
