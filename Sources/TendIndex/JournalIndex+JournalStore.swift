import Foundation
import GRDB
import TendCore

extension JournalIndex: JournalStore {
    /// Entries dated from `start` through `end`, both included, by date then path.
    public func entries(from start: LocalDate, through end: LocalDate) throws -> [Entry] {
        try decodedEntries(where: "day BETWEEN ? AND ?", arguments: [start.dayNumber, end.dayNumber])
    }

    /// Every journey, by date, numbered.
    public func journeys() throws -> [Journey] {
        // Decoded entries carry the session as written; numbering journeys needs only journeys.
        var journeys = try decodedEntries(where: "type = 'journey'", arguments: [], writtenSessions: true)
        return Sessions.assign(&journeys)
    }

    /// Entries that hold at least one open or in-progress action item.
    public func entriesWithOpenActions() throws -> [Entry] {
        try decodedEntries(where: "id IN (SELECT entry_id FROM action WHERE status IN ('open', 'in-progress'))", arguments: [])
    }

    /// For each theme: first and last day seen, how many entries carry it, in which sessions.
    public func themeHistory() throws -> [String: ThemeHistory] {
        try read { db in
            var result: [String: ThemeHistory] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT t.name, e.day, e.session FROM theme t JOIN entry e ON e.id = t.entry_id
                WHERE e.day IS NOT NULL
                """)
            while let row = try rows.next() {
                let name: String = row[0]
                let date = LocalDate(dayNumber: row[1])
                let session: Int? = row[2]
                if var h = result[name] {
                    h.firstSeen = min(h.firstSeen, date)
                    h.lastSeen = max(h.lastSeen, date)
                    h.entryCount += 1
                    if let session { h.sessions.insert(session) }
                    result[name] = h
                } else {
                    result[name] = ThemeHistory(firstSeen: date, lastSeen: date, entryCount: 1,
                                                sessions: session.map { [$0] } ?? [])
                }
            }
            return result
        }
    }

    /// The date of the most recent entry, if any.
    public func latestEntryDate() throws -> LocalDate? {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT max(day) FROM entry WHERE skipped = 0").map { LocalDate(dayNumber: $0) }
        }
    }

    /// Every problem stored for the vault's files, sorted by path and place.
    public func storedProblems() throws -> [Diagnostic] {
        try read { db in
            var result: [Diagnostic] = []
            let decoder = JSONDecoder()
            let rows = try Row.fetchCursor(db, sql: "SELECT path, problems FROM entry WHERE warnings + errors > 0 ORDER BY path")
            while let row = try rows.next() {
                let path: String = row[0]
                let json: String = row[1]
                let problems = (try? decoder.decode([Problem].self, from: Data(json.utf8))) ?? []
                result += problems.map { Diagnostic(path: path, problem: $0) }
            }
            return result
        }
    }

    /// Decodes the stored entries matching a condition, with their current session numbers.
    func decodedEntries(where condition: String, arguments: StatementArguments,
                        writtenSessions: Bool = false) throws -> [Entry] {
        try read { db in
            let decoder = JSONDecoder()
            var entries: [Entry] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT entry, session FROM entry
                WHERE skipped = 0 AND day IS NOT NULL AND (\(condition)) ORDER BY day, path
                """, arguments: arguments)
            while let row = try rows.next() {
                guard let blob: Data = row[0] else { continue }
                var entry = try decoder.decode(Entry.self, from: blob)
                if !writtenSessions { entry.session = row[1] }
                entries.append(entry)
            }
            return entries
        }
    }
}
