import Foundation
import GRDB
import TendCore

/// Whole entries and metric values read from the index's tables, for every report (the
/// weekly review, the plan, the session brief, the shared summary, mood around every
/// journey): no file is parsed again.
extension JournalIndex {
    /// The entries dated from `start` through `end`, by date then path, put together from the
    /// entry row and the item tables: everything the parser read from each file, as it was
    /// at the last sync.
    public func entries(from start: LocalDate, through end: LocalDate) throws -> [Entry] {
        try read { db in
            try Self.storedEntries(db, where: "INDEXED BY entry_day WHERE skipped = 0 AND day BETWEEN ? AND ? ORDER BY day, path",
                                   arguments: [start.dayNumber, end.dayNumber]).map { $0.decoded() }
        }
    }

    /// Every entry and every note, by date then path (notes, which have no date, last), handed
    /// to `body` `size` at a time, each put together as ``entries(from:through:)`` does but for
    /// its body text, which the export does not write (reading it was 40 MB of the 10,000-entry
    /// bench vault's rows): what `tend export` writes, never held whole. All of it is read in one read transaction, so a
    /// sync running at the same time is seen either whole or not at all.
    ///
    /// SQLite is read on one core while the values stored as JSON are decoded and `body` runs
    /// on another: decoding took a third of the reading core's time, and that core was what
    /// the export waited for.
    public func everyEntry(inBatchesOf size: Int = 256, _ body: ([Entry]) throws -> Void) throws {
        var failure: (any Error)?
        // Batches already handed over: a damaged index is rebuilt and read again (``read(_:)``),
        // and what was written must not be written twice.
        var handed = 0
        try Parallel.pipeline(produce: { put in
            try read { db in
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM entry WHERE skipped = 0 ORDER BY day IS NULL, day, path")
                for start in stride(from: handed * size, to: ids.count, by: size) {
                    let batch = ids[start..<min(start + size, ids.count)]
                    put(try Self.storedEntries(db, withText: false, where: """
                        WHERE id IN (SELECT value FROM json_each(?)) ORDER BY day IS NULL, day, path
                        """, arguments: [try Self.jsonArray(batch)]))
                    handed += 1
                }
            }
        }, consume: { take in
            while let batch = take() {
                guard failure == nil else { continue }
                do { try body(batch.map { $0.decoded() }) } catch { failure = error }
            }
        })
        if let failure { throw failure }
    }

    /// An entry as its rows hold it, with the values stored as JSON (front-matter fields,
    /// metrics, problems) not yet decoded.
    struct StoredEntry: Sendable {
        var entry: Entry
        var fields: String
        var metrics: String
        var problems: String

        /// The whole entry.
        func decoded() -> Entry {
            var entry = entry
            entry.fields = JournalIndex.decode(fields, empty: "{}") ?? [:]
            entry.metrics = JournalIndex.decode(metrics, empty: "{}") ?? [:]
            entry.problems = JournalIndex.decode(problems, empty: "[]") ?? []
            return entry
        }
    }

    /// The entries of the entry rows `clause` picks and orders (what follows `FROM entry`),
    /// with their items from every item table, in written order.
    private static func storedEntries(_ db: Database, withText: Bool = true, where clause: String,
                                      arguments: StatementArguments) throws -> [StoredEntry] {
        var entries: [StoredEntry] = []
        var position: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Self.headColumns), id, date_source, written_fields, metrics, \(withText ? "text, body_line" : "'', 0"), problems
            FROM entry \(clause)
            """, arguments: arguments)
        while let row = try rows.next() {
            var entry = Self.head(row)
            entry.dateSource = DateSource(rawValue: row[8]) ?? .none
            entry.text = row[11]
            entry.textLine = row[12]
            position[row[7]] = entries.count
            entries.append(StoredEntry(entry: entry, fields: row[9], metrics: row[10], problems: row[13]))
        }
        guard !entries.isEmpty else { return [] }
        let ids = try Self.jsonArray(position.keys)
        // Each entry's items in their written order (rowid), for the entries read above. By entry
        // first, the order of the table's `entry_id` index, so SQLite sorts nothing: ordered by
        // rowid alone, it copied every row into a sorter, four times the CPU of the query itself
        // (0.076 against 0.019 s for the 66,037 steps of the 10,000-entry vault, `sqlite3`).
        func items(_ sql: String, _ add: (inout Entry, Row) -> Void) throws {
            let rows = try Row.fetchCursor(db, sql: sql + " WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, rowid",
                                           arguments: [ids])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                if let i = position[id] { add(&entries[i].entry, row) }
            }
        }
        // An item's line, column and heading, from three columns in that order.
        func source(_ row: Row, _ line: Int) -> ItemSource {
            ItemSource(line: row[line] ?? 0, column: row[line + 1] ?? 0, heading: row[line + 2])
        }
        try items("SELECT entry_id, name FROM theme") { $0.themes.append($1[1]) }
        try items("SELECT entry_id, text, line, col, heading, fields FROM insight") {
            $0.insights.append(Insight(text: $1[1], source: source($1, 2), fields: Self.itemFields(fromJSON: $1[5])))
        }
        try items("SELECT entry_id, name, family, intensity, written, line, col, heading FROM emotion") {
            $0.emotions.append(Emotion(name: $1[1], family: $1[2], intensity: $1[3], written: $1[4] ?? $1[1], source: source($1, 5)))
        }
        try items("""
            SELECT entry_id, text, status, due, done, tags, line, col, heading, \(Self.stepDetailColumns()) FROM action
            """) { entry, row in
            let tags: String = row[5]
            var step = ActionItem(
                text: row[1], status: ActionStatus(rawValue: row[2]) ?? .open,
                due: (row[3] as String?).flatMap { LocalDate(parsing: $0) },
                done: (row[4] as String?).flatMap { LocalDate(parsing: $0) },
                tags: tags.split(separator: " ").map(String.init), source: source(row, 6))
            step.details = Self.stepDetails(row, from: 9)
            entry.actions.append(step)
        }
        try items("SELECT entry_id, name, minutes, line, col, heading FROM practice") {
            $0.practices.append(Practice(name: $1[1], minutes: $1[2], source: source($1, 3)))
        }
        try items("SELECT entry_id, text, line, col, heading, fields FROM gratitude") {
            $0.gratitude.append(Gratitude(text: $1[1], source: source($1, 2), fields: Self.itemFields(fromJSON: $1[5])))
        }
        try items("SELECT entry_id, text, line, col, heading, fields FROM question") {
            $0.questions.append(Question(text: $1[1], source: source($1, 2), fields: Self.itemFields(fromJSON: $1[5])))
        }
        for i in entries.indices { entries[i].entry.themes.sort() }
        return entries
    }

    /// A value stored as JSON; nil when it cannot be read. `empty` is how an empty value is
    /// stored (most are), which needs no decoding.
    static func decode<T: Decodable>(_ json: String, empty: String) -> T? {
        json == empty ? nil : try? decoder.decode(T.self, from: Data(json.utf8))
    }

    // One decoder for every value: `tend export` decodes tens of thousands.
    private static let decoder = JSONDecoder()

    /// The action table's columns that ``stepDetails(_:from:)`` reads, in this order; `table`
    /// names the action table's alias in a join.
    static func stepDetailColumns(_ table: String? = nil) -> String {
        let t = table.map { $0 + "." } ?? ""
        return ["scheduled", "start", "created", "cancelled", "priority", "recurrence", "task_id", "depends_on",
                "on_completion", "fields"].map { t + $0 }.joined(separator: ", ")
    }

    /// A step's details from the ``stepDetailColumns(_:)``, the first at `column`.
    static func stepDetails(_ row: Row, from column: Int) -> StepDetails {
        let date: (Int) -> LocalDate? = { (row[column + $0] as String?).flatMap { LocalDate(parsing: $0) } }
        var details = StepDetails()
        details.scheduled = date(0)
        details.start = date(1)
        details.created = date(2)
        details.cancelled = date(3)
        details.priority = (row[column + 4] as String?).flatMap(TaskPriority.init(rawValue:))
        details.recurrence = row[column + 5]
        details.id = row[column + 6]
        details.dependsOn = (row[column + 7] as String).split(separator: ",").map(String.init)
        details.onCompletion = row[column + 8]
        details.fields = itemFields(fromJSON: row[column + 9])
        return details
    }

    /// The Dataview fields written on an item, as stored: a JSON object of strings, keys sorted.
    static func itemFieldsJSON(_ fields: [String: String]) -> String {
        guard !fields.isEmpty else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// An item's fields read back from their stored JSON.
    static func itemFields(fromJSON json: String) -> [String: String] {
        decode(json, empty: "{}") ?? [:]
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

    /// An entry with what its row says of what and when it is (the ``headColumns``), no items;
    /// a note's row has no day.
    static func head(_ row: Row) -> Entry {
        var entry = Entry(path: row[0])
        entry.date = (row[1] as Int?).map(LocalDate.init(dayNumber:))
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
