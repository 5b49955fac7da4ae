import Foundation
import GRDB
import TendCore

/// The questions of ``JournalStore`` about journeys, open steps and themes, answered from
/// narrow columns and indexes (whole entries: see `JournalIndex+StoredEntries.swift`).
extension JournalIndex {
    /// Joins an entry's intentions in one column (a character no one types).
    static let intentionSeparator = "\u{1F}"

    /// Every journey, by date, numbered — read from columns, with no stored entry decoded.
    public func journeys() throws -> [Journey] {
        var journeys: [Entry] = try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, day, minutes, written_session, intentions FROM \(IndexSchema.journeyRows)
                WHERE \(IndexSchema.isJourney) ORDER BY day, path
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

    /// Open steps of entries dated on or before `day`: counted in the partial index, and the
    /// last `limit` read by going back from the latest day.
    public func openActions(through day: LocalDate, limit: Int) throws -> OpenActionPage {
        try read { db in try openPage(db, through: day, topic: nil, limit: limit) }
    }

    /// Open steps due before `dueBefore`, counted in the partial index; the `limit` due last
    /// are read by going back from the latest due day.
    public func overdueActions(through day: LocalDate, dueBefore: LocalDate, limit: Int) throws -> OpenActionPage {
        try read { db in
            let count = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM action INDEXED BY action_open_day WHERE \(IndexSchema.openStep()) AND day <= ? AND due_day < ?
                """, arguments: [day.dayNumber, dueBefore.dayNumber]) ?? 0
            guard count > 0, limit > 0 else { return OpenActionPage(count: count, shown: []) }
            // The (due day, day) of the limit-th step from the end: every step shown is at or after it.
            let cut = try Row.fetchOne(db, sql: """
                SELECT due_day, day FROM action INDEXED BY action_open_due WHERE \(IndexSchema.openStep()) AND day <= ? AND due_day < ?
                ORDER BY due_day DESC, day DESC LIMIT 1 OFFSET ?
                """, arguments: [day.dayNumber, dueBefore.dayNumber, min(limit, count) - 1])
            let cutDue: Int = cut?[0] ?? Int.min, cutDay: Int = cut?[1] ?? Int.min
            let steps = try openSteps(db, where: """
                a.day <= ? AND a.due_day < ? AND (a.due_day > ? OR (a.due_day = ? AND a.day >= ?))
                """, arguments: [day.dayNumber, dueBefore.dayNumber, cutDue, cutDue, cutDay],
                order: "a.due_day DESC, a.day DESC, e.path DESC, a.line DESC, a.col DESC", index: "action_open_due", limit: limit)
            return OpenActionPage(count: count, shown: steps.reversed())
        }
    }

    /// Open steps by topic: counted per topic in the partial index, then each topic's last
    /// `limit` read from it.
    public func openActionsByTopic(through day: LocalDate, limit: Int) throws -> [String: OpenActionPage] {
        // One read transaction for every topic, with cached statements: a plan asks for dozens.
        try read { db in
            let topics: [(String, Int)] = try Row.fetchAll(db, sql: """
                SELECT topic, count(*) FROM action INDEXED BY action_open_topic WHERE \(IndexSchema.openStep()) AND day <= ? GROUP BY topic
                """, arguments: [day.dayNumber]).map { ($0[0], $0[1]) }
            var result: [String: OpenActionPage] = [:]
            for (topic, count) in topics {
                result[topic] = try openPage(db, through: day, topic: topic, limit: limit, count: count)
            }
            return result
        }
    }

    /// Open steps of entries dated on or before `day` (of one topic, when given): how many, and
    /// the last `limit` in written order. `count`, when the caller has it, saves counting again.
    private func openPage(_ db: Database, through day: LocalDate, topic: String?, limit: Int, count known: Int? = nil) throws -> OpenActionPage {
        let topicCondition = topic == nil ? "" : " AND topic = ?"
        let index = topic == nil ? "action_open_day" : "action_open_topic"
        var arguments: StatementArguments = [day.dayNumber]
        if let topic { arguments += [topic] }
        let count = try known ?? Int.fetchOne(db, sql: """
            SELECT count(*) FROM action INDEXED BY \(index) WHERE \(IndexSchema.openStep()) AND day <= ?\(topicCondition)
            """, arguments: arguments) ?? 0
        guard count > 0, limit > 0 else { return OpenActionPage(count: count, shown: []) }
        // The day of the limit-th step from the end: every step shown is on or after it.
        // (Cached statements: the plan asks this once per topic.)
        let cutDay = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT day FROM action INDEXED BY \(index) WHERE \(IndexSchema.openStep()) AND day <= ?\(topicCondition)
            ORDER BY day DESC LIMIT 1 OFFSET ?
            """), arguments: arguments + [min(limit, count) - 1]) ?? Int.min
        let steps = try openSteps(db, where: "a.day <= ? AND a.day >= ?" + (topic == nil ? "" : " AND a.topic = ?"),
                                  arguments: [day.dayNumber, cutDay] + (topic.map { [$0] } ?? []),
                                  order: "a.day DESC, e.path DESC, a.line DESC, a.col DESC", index: index, limit: limit)
        return OpenActionPage(count: count, shown: steps.reversed())
    }

    /// Open steps matching `condition`, in `order`, with their entries' summaries. Each query
    /// names its partial index (migration 5): without statistics SQLite would pick the wider
    /// status index and read every open step.
    private func openSteps(_ db: Database, where condition: String, arguments: StatementArguments,
                           order: String, index: String, limit: Int) throws -> [OpenAction] {
        var steps: [(id: Int64, action: ActionItem, summary: EntrySummary)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.id, e.path, e.day, e.title, e.type, e.session,
                   a.text, a.status, a.due, a.done, a.line, a.col, a.tags, a.heading
            FROM action a INDEXED BY \(index) JOIN entry e ON e.id = a.entry_id
            WHERE \(IndexSchema.openStep("a")) AND \(condition)
            ORDER BY \(order) LIMIT ?
            """), arguments: arguments + [limit])
        while let row = try rows.next() {
            let tags: String = row[12]
            let action = ActionItem(
                text: row[6], status: ActionStatus(rawValue: row[7]) ?? .open,
                due: (row[8] as String?).flatMap { LocalDate(parsing: $0) },
                done: (row[9] as String?).flatMap { LocalDate(parsing: $0) },
                tags: tags.split(separator: " ").map(String.init),
                source: ItemSource(line: row[10] ?? 0, column: row[11] ?? 0, heading: row[13]))
            let summary = EntrySummary(path: row[1], date: LocalDate(dayNumber: row[2]), title: row[3],
                                       type: EntryType(rawValue: row[4]), session: row[5], themes: [])
            steps.append((row[0], action, summary))
        }
        let themes = try themes(ofEntries: Set(steps.map(\.id)), db)
        return steps.map { step in
            var summary = step.summary
            summary.themes = themes[step.id] ?? []
            return OpenAction(action: step.action, entry: summary)
        }
    }

    /// The sorted themes of a few entries.
    private func themes(ofEntries ids: Set<Int64>, _ db: Database) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        var themes: [Int64: [String]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entry_id, name FROM theme WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, name
            """), arguments: [try Self.jsonArray(ids)])
        while let row = try rows.next() { themes[row[0], default: []].append(row[1]) }
        return themes
    }

    /// For each of `themes`: first and last day seen, how many entries carry it, in how many
    /// sessions — counted in the theme_history index alone.
    public func themeHistory(of themes: Set<String>) throws -> [String: ThemeHistory] {
        guard !themes.isEmpty else { return [:] }
        return try read { db in
            var result: [String: ThemeHistory] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT name, min(day), max(day), count(*), count(DISTINCT session) FROM theme INDEXED BY theme_history
                WHERE name IN (SELECT value FROM json_each(?)) AND day IS NOT NULL GROUP BY name
                """, arguments: [try Self.jsonArray(themes)])
            while let row = try rows.next() {
                result[row[0]] = ThemeHistory(firstSeen: LocalDate(dayNumber: row[1]), lastSeen: LocalDate(dayNumber: row[2]),
                                              entryCount: row[3], sessionCount: row[4])
            }
            return result
        }
    }

    /// Values as one JSON array, for `json_each` (one bound argument, however many values).
    static func jsonArray<T: Encodable>(_ values: some Collection<T>) throws -> String {
        String(decoding: try JSONEncoder().encode(Array(values)), as: UTF8.self)
    }

    /// The date of the most recent entry, if any.
    public func latestEntryDate() throws -> LocalDate? {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT max(day) FROM entry WHERE skipped = 0").map { LocalDate(dayNumber: $0) }
        }
    }

    /// Every error stored for the vault's files (a file tend could not read), sorted by path and
    /// place: what a report mentions. Warnings are for `tend check`.
    public func storedErrors() throws -> [Diagnostic] {
        try read { db in
            var result: [Diagnostic] = []
            let decoder = JSONDecoder()
            let rows = try Row.fetchCursor(db, sql: Self.storedErrorsSQL)
            while let row = try rows.next() {
                let path: String = row[0]
                let json: String = row[1]
                let problems = (try? decoder.decode([Diagnostic].self, from: Data(json.utf8))) ?? []
                result += problems.filter { $0.severity == .error }.map { $0.placed(in: path) }
            }
            return result
        }
    }

    /// The entries with errors, by path. `errors > 0` is the partial index's own condition,
    /// so SQLite uses it (migration 11) and reads no entry without an error.
    static let storedErrorsSQL = "SELECT path, problems FROM entry INDEXED BY entry_errors WHERE errors > 0 ORDER BY path"
}
