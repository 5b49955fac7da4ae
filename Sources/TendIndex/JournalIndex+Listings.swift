import Foundation
import GRDB
import TendCore

extension JournalIndex {
    /// Every theme with counts and trend, most frequent first.
    ///
    /// - Parameters:
    ///   - since: only entries on or after this day count.
    ///   - today: the day the 4-week windows end on.
    public func themes(since: LocalDate? = nil, today: LocalDate) throws -> [ThemeSummary] {
        // Counted as the rows stream by: a GROUP BY in SQLite took 1.7× as long (147 against
        // 89 ms on 10,000 entries), sorting every theme row first. A theme row holds its entry's
        // day and session (kept when sessions are renumbered): joined to the wide entry rows for
        // them, SQLite read 1,532 pages (48 MB) of the bench vault's index where the theme table
        // alone is about 45. Through the table, not the theme index that would also answer: every
        // row is read, so a damaged page is found (and the index rebuilt) rather than passed over.
        try read { db in
            var seen: [String: (entries: Int, first: Int, last: Int, sessions: Set<Int>)] = [:]
            var windows: [String: (recent: Int, previous: Int)] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT name, day, session FROM theme NOT INDEXED WHERE day IS NOT NULL")
            let t = today.dayNumber
            let first = since?.dayNumber ?? Int.min
            while let row = try rows.next() {
                let name: String = row[0]
                let day: Int = row[1]
                // The trend always looks at the 8 weeks before today, whatever --since says.
                if day <= t && day > t - 28 { windows[name, default: (0, 0)].recent += 1 }
                if day <= t - 28 && day > t - 56 { windows[name, default: (0, 0)].previous += 1 }
                guard day >= first else { continue }
                var theme = seen[name] ?? (entries: 0, first: day, last: day, sessions: [])
                theme.entries += 1
                theme.first = min(theme.first, day)
                theme.last = max(theme.last, day)
                if let session: Int = row[2] { theme.sessions.insert(session) }
                seen[name] = theme
            }
            return seen.map { name, theme in
                let (recent, previous) = windows[name] ?? (0, 0)
                return ThemeSummary(name: name, entries: theme.entries, sessions: theme.sessions.sorted(),
                                    firstSeen: LocalDate(dayNumber: theme.first), lastSeen: LocalDate(dayNumber: theme.last),
                                    recent: recent, previous: previous)
            }.sorted(by: ThemeSummary.byEntriesThenName)
        }
    }

    /// Emotions named in dated entries, counted per day (for ``EmotionGrouping/week(startingOn:)``:
    /// ``EmotionPeriod`` gathers the days into weeks) or per session, family and name, in order
    /// (by session: the time before the first journey first). Counted in SQLite: a big journal
    /// names a hundred thousand emotions.
    public func emotionTallies(by grouping: EmotionGrouping, since: LocalDate? = nil) throws -> [EmotionTally] {
        try read { db in
            let key = grouping == .session ? "e.session" : "e.day"
            return try Row.fetchAll(db, sql: """
                SELECT \(key) AS period, m.family, m.name, count(*), total(m.intensity), count(m.intensity)
                FROM emotion m JOIN entry e ON e.id = m.entry_id
                WHERE e.day IS NOT NULL AND e.day >= ?
                GROUP BY period, m.family, m.name ORDER BY period IS NOT NULL, period
                """, arguments: [since?.dayNumber ?? Int.min]).map { row in
                let period: Int? = row[0]
                return EmotionTally(day: grouping == .session ? nil : period.map { LocalDate(dayNumber: $0) },
                                    session: grouping == .session ? period : nil,
                                    family: row[1], name: row[2], count: row[3], intensitySum: row[4], intensityCount: row[5])
            }
        }
    }

    /// The action items `selection` asks for, by due date (undated last), then path and line;
    /// `today` says which are overdue.
    public func actions(_ selection: ActionSelection = .all, today: LocalDate) throws -> [ActionRecord] {
        var conditions: [String] = [], arguments: StatementArguments = []
        if selection != .all {
            conditions.append("a.status IN (SELECT value FROM json_each(?))")
            _ = arguments.append(contentsOf: [try Self.jsonArray(selection.statuses.map(\.rawValue))])
        }
        if selection == .overdue {
            // Stored as YYYY-MM-DD, so the text's order is the days' order.
            conditions.append("a.due < ?")
            _ = arguments.append(contentsOf: [today.description])
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // Through the table, not the index on status: every item is read, as when all are
        // listed, so a damaged page is found (and the index rebuilt) rather than passed over.
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.text, a.status, a.due, a.done, e.path, a.line, a.col, e.session, e.day,
                       \(Self.stepDetailColumns("a"))
                FROM action a NOT INDEXED JOIN entry e ON e.id = a.entry_id
                \(filter)
                ORDER BY a.due IS NULL, a.due, e.day IS NULL, e.day, e.path, a.line
                """, arguments: arguments).map { row in
                let date: (Int) -> LocalDate? = { (row[$0] as String?).flatMap { LocalDate(parsing: $0) } }
                var record = ActionRecord(text: row[0], status: ActionStatus(rawValue: row[1]) ?? .open,
                                          due: date(2), done: date(3),
                                          path: row[4], line: row[5] ?? 1, column: row[6] ?? 1, session: row[7],
                                          date: (row[8] as Int?).map { LocalDate(dayNumber: $0) })
                record.details = Self.stepDetails(row, from: 9)
                return record
            }
        }
    }

    /// The time before the first journey (when entries fall in it) and every session, in order.
    public func sessionSpans() throws -> [SessionSpan] {
        // Session numbers are already stored (renumbered at every sync): no entry needs decoding.
        let (journeys, first, latest): ([(date: LocalDate, number: Int)], Int?, Int?) = try read { db in
            let journeys = try Row.fetchAll(db, sql: """
                SELECT day, session FROM \(IndexSchema.journeyRows)
                WHERE \(IndexSchema.isJourney) AND session IS NOT NULL ORDER BY day, path
                """).map { (date: LocalDate(dayNumber: $0[0]), number: $0[1] as Int) }
            // Two subqueries, so that SQLite reads each end of the entry_sessions index (together
            // in one SELECT it scanned all 10,000 rows of the bench vault: 0.8 ms).
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT min(day) FROM entry WHERE skipped = 0), (SELECT max(day) FROM entry WHERE skipped = 0)
                """)
            return (journeys, row?[0], row?[1])
        }
        var spans: [SessionSpan] = []
        if let first, journeys.first.map({ first < $0.date.dayNumber }) ?? true {
            let end = journeys.first.map { $0.date.adding(days: -1) } ?? latest.map { LocalDate(dayNumber: $0) }
            spans.append(SessionSpan(number: nil, start: LocalDate(dayNumber: first), end: end))
        }
        for (i, journey) in journeys.enumerated() {
            let end = i + 1 < journeys.count ? journeys[i + 1].date.adding(days: -1)
                : latest.map { LocalDate(dayNumber: max($0, journey.date.dayNumber)) }
            spans.append(SessionSpan(number: journey.number, start: journey.date, end: end))
        }
        return spans
    }
}
