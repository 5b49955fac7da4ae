import Foundation
import GRDB
import TendCore

/// Whole entries and metric values read from the index's tables, for the views that span
/// many days (the session brief, the shared summary, mood around every journey): no file is
/// parsed again.
extension JournalIndex {
    /// The entries dated from `start` through `end`, by date then path, put together from the
    /// entry row (fields, metrics, text) and the item tables. Only the date's source, the
    /// problems and the heading above an emotion or a practice are not kept: the views that
    /// read stored entries need none of them. Front-matter keys come back lower-cased.
    public func storedEntries(from start: LocalDate, through end: LocalDate) throws -> [Entry] {
        try read { db in
            var entries: [Entry] = []
            var position: [Int64: Int] = [:]
            let decoder = JSONDecoder()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.headColumns), id, fields, metrics, text, body_line
                FROM entry INDEXED BY entry_day WHERE skipped = 0 AND day BETWEEN ? AND ? ORDER BY day, path
                """, arguments: [start.dayNumber, end.dayNumber])
            while let row = try rows.next() {
                var entry = Self.head(row)
                let fields: String = row[8], metrics: String = row[9]
                entry.fields = (try? decoder.decode([String: FieldValue].self, from: Data(fields.utf8))) ?? [:]
                entry.metrics = (try? decoder.decode([String: Double].self, from: Data(metrics.utf8))) ?? [:]
                entry.text = row[10]
                entry.textLine = row[11]
                position[row[7]] = entries.count
                entries.append(entry)
            }
            guard !entries.isEmpty else { return [] }
            let ids = try Self.jsonArray(position.keys)
            // Each item table in its written order (rowid), for the entries read above.
            func items(_ sql: String, _ add: (inout Entry, Row) -> Void) throws {
                let rows = try Row.fetchCursor(db, sql: sql + " WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                                               arguments: [ids])
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    if let i = position[id] { add(&entries[i], row) }
                }
            }
            func source(_ row: Row, _ line: Int, _ heading: Int? = nil) -> ItemSource {
                ItemSource(line: row[line] ?? 0, column: row[line + 1] ?? 0, heading: heading.flatMap { row[$0] })
            }
            try items("SELECT entry_id, name FROM theme") { $0.themes.append($1[1]) }
            try items("SELECT entry_id, text, line, col, heading FROM insight") {
                $0.insights.append(Insight(text: $1[1], source: source($1, 2, 4)))
            }
            try items("SELECT entry_id, name, family, intensity, written, line, col FROM emotion") {
                $0.emotions.append(Emotion(name: $1[1], family: $1[2], intensity: $1[3], written: $1[4] ?? $1[1], source: source($1, 5)))
            }
            try items("SELECT entry_id, text, status, due, done, line, col, tags, heading FROM action") { entry, row in
                let tags: String = row[7]
                entry.actions.append(ActionItem(
                    text: row[1], status: ActionStatus(rawValue: row[2]) ?? .open,
                    due: (row[3] as String?).flatMap { LocalDate(parsing: $0) },
                    done: (row[4] as String?).flatMap { LocalDate(parsing: $0) },
                    tags: tags.split(separator: " ").map(String.init), source: source(row, 5, 8)))
            }
            try items("SELECT entry_id, name, minutes, line, col FROM practice") {
                $0.practices.append(Practice(name: $1[1], minutes: $1[2], source: source($1, 3)))
            }
            try items("SELECT entry_id, text, line, col FROM gratitude") {
                $0.gratitude.append(Gratitude(text: $1[1], source: source($1, 2)))
            }
            for i in entries.indices { entries[i].themes.sort() }
            return entries
        }
    }

    /// The entries dated on any of `days`, by date then path, from a few columns of the entry
    /// row: path, date, time, type, session, title and intentions, no items.
    public func entryHeads(on days: Set<LocalDate>) throws -> [Entry] {
        guard !days.isEmpty else { return [] }
        return try read { db in
            var entries: [Entry] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.headColumns) FROM entry INDEXED BY entry_day
                WHERE skipped = 0 AND day IN (SELECT value FROM json_each(?)) ORDER BY day, path
                """, arguments: [try Self.jsonArray(days.map(\.dayNumber))])
            while let row = try rows.next() { entries.append(Self.head(row)) }
            return entries
        }
    }

    /// The entry row's columns that ``head(_:)`` reads, first in a query, in this order.
    static let headColumns = "path, day, minutes, type, session, title, intentions"

    /// An entry with what its row says of what and when it is (the ``headColumns``), no items.
    static func head(_ row: Row) -> Entry {
        var entry = Entry(path: row[0])
        entry.date = LocalDate(dayNumber: row[1])
        entry.minutes = row[2]
        entry.type = EntryType(rawValue: row[3])
        entry.session = row[4]
        entry.title = row[5]
        let intentions: String = row[6]
        entry.intentions = intentions.isEmpty ? [] : intentions.components(separatedBy: Self.intentionSeparator)
        return entry
    }

    /// Every metric value of the entries dated from `start` through `end`, by date, path and
    /// name, read with SQLite's JSON functions (no row is decoded in Swift).
    public func metricValues(from start: LocalDate, through end: LocalDate) throws -> [MetricValue] {
        try read { db in
            var values: [MetricValue] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.day, e.path, m.key, m.value FROM entry e INDEXED BY entry_day, json_each(e.metrics) m
                WHERE e.skipped = 0 AND e.day BETWEEN ? AND ? AND e.metrics != '{}' ORDER BY e.day, e.path, m.key
                """, arguments: [start.dayNumber, end.dayNumber])
            while let row = try rows.next() {
                values.append(MetricValue(date: LocalDate(dayNumber: row[0]), path: row[1], name: row[2], value: row[3]))
            }
            return values
        }
    }
}
