import Foundation
import GRDB
import TendCore

extension JournalIndex: JournalStore {
    /// Entries dated from `start` through `end`, both included, by date then path.
    public func entries(from start: LocalDate, through end: LocalDate) throws -> [Entry] {
        try decodedEntries(where: "day BETWEEN ? AND ?", arguments: [start.dayNumber, end.dayNumber])
    }

    /// Joins an entry's intentions in one column (a character no one types).
    static let intentionSeparator = "\u{1F}"

    /// Every journey, by date, numbered — read from columns, with no stored entry decoded.
    public func journeys() throws -> [Journey] {
        var journeys: [Entry] = try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, day, minutes, written_session, intentions FROM entry
                WHERE skipped = 0 AND day IS NOT NULL AND type = 'journey' ORDER BY day, path
                """)
            var result: [Entry] = []
            while let row = try rows.next() {
                // Sessions are numbered from what was written, as when the vault is read directly.
                var entry = Entry(path: row[0])
                entry.type = .journey
                entry.date = LocalDate(dayNumber: row[1])
                entry.minutes = row[2]
                entry.session = row[3]
                let intentions: String = row[4]
                entry.intentions = intentions.isEmpty ? [] : intentions.components(separatedBy: Self.intentionSeparator)
                result.append(entry)
            }
            return result
        }
        return Sessions.assign(&journeys)
    }

    /// Every open or in-progress action item with its entry's summary, read from the action,
    /// entry and theme tables (no stored entry is decoded).
    public func openActions() throws -> [OpenAction] {
        try read { db in
            var themes: [Int64: [String]] = [:]
            let themeRows = try Row.fetchCursor(db, sql: """
                SELECT entry_id, name FROM theme
                WHERE entry_id IN (SELECT entry_id FROM action WHERE status IN ('open', 'in-progress'))
                ORDER BY entry_id, name
                """)
            while let row = try themeRows.next() { themes[row[0], default: []].append(row[1]) }
            var result: [OpenAction] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.path, e.day, e.title, e.type, e.session,
                       a.text, a.status, a.due, a.done, a.line, a.col, a.tags, a.heading
                FROM action a JOIN entry e ON e.id = a.entry_id
                WHERE a.status IN ('open', 'in-progress') AND e.day IS NOT NULL AND e.skipped = 0
                ORDER BY e.day, e.path, a.line, a.col
                """)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let tags: String = row[12]
                let action = ActionItem(
                    text: row[6], status: ActionStatus(rawValue: row[7]) ?? .open,
                    due: (row[8] as String?).flatMap { LocalDate(parsing: $0) },
                    done: (row[9] as String?).flatMap { LocalDate(parsing: $0) },
                    tags: tags.split(separator: " ").map(String.init),
                    source: ItemSource(line: row[10] ?? 0, column: row[11] ?? 0, heading: row[13]))
                let summary = EntrySummary(path: row[1], date: LocalDate(dayNumber: row[2]), title: row[3],
                                           type: EntryType(rawValue: row[4]), session: row[5], themes: themes[id] ?? [])
                result.append(OpenAction(action: action, entry: summary))
            }
            return result
        }
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
    func decodedEntries(where condition: String, arguments: StatementArguments) throws -> [Entry] {
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
                entry.session = row[1]
                entries.append(entry)
            }
            return entries
        }
    }
}
