import GRDB
import GRDBSQLite

/// Writes many rows through SQLite's C API, on a statement that GRDB prepared and caches.
///
/// A full index writes about 40 item rows per entry (400,000 for 10,000 entries); GRDB's
/// general `execute(arguments:)` converts and checks every value on the way, which cost more
/// than SQLite's own work. Only plain inserts inside the sync's transaction go this way.
struct RowWriter {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private let sql: String

    /// Prepares (or takes from GRDB's cache) the statement.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection
        self.sql = sql
    }

    /// Binds `values` to the statement's parameters in order, runs it once and resets it.
    /// (A parameter pack: no array of boxed values is made for each row.)
    func insert<each Value: RowValue>(_ values: repeat each Value) throws {
        defer { sqlite3_reset(statement) }
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            let code = value.bind(to: statement, at: index)
            guard code == SQLITE_OK else { throw error(code) }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
}

/// A value a ``RowWriter`` can bind.
protocol RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32
}

/// SQLite copies the bytes before the bind returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

extension Int64: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Int: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Bool: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self ? 1 : 0) }
}

extension Double: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 { sqlite3_bind_double(statement, index, self) }
}

extension String: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would store as NULL.
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(statement, index, "", 0, transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
            }
        }
    }
}

extension Optional: RowValue where Wrapped: RowValue {
    func bind(to statement: SQLiteStatement, at index: Int32) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }
}
