import Foundation
import GRDB
import TendCore

/// Whether a theme comes up more or less than before.
public enum Trend: String, Sendable, Codable {
    /// More entries in the last 4 weeks than in the 4 weeks before.
    case rising
    /// About as many.
    case steady
    /// Fewer, or none lately.
    case fading
}

/// One theme across the journal.
public struct ThemeSummary: Sendable, Equatable {
    /// The theme, lower-cased.
    public var name: String
    /// How many entries carry it.
    public var entries: Int
    /// The sessions it was seen in, ascending.
    public var sessions: [Int]
    /// The first day it was seen.
    public var firstSeen: LocalDate
    /// The last day it was seen.
    public var lastSeen: LocalDate
    /// Entries in the 4 weeks up to today.
    public var recent: Int
    /// Entries in the 4 weeks before those.
    public var previous: Int
    /// Recent against previous.
    public var trend: Trend

    /// `rising` when the last 4 weeks hold more entries than the 4 before (by more than a fifth),
    /// `fading` when fewer or none lately, `steady` otherwise.
    public static func trend(recent: Int, previous: Int) -> Trend {
        let tolerance = previous / 5
        if recent - previous > tolerance { return .rising }
        if previous - recent > tolerance || recent == 0 { return .fading }
        return .steady
    }
}

/// How often an emotion was named in one period (a week or a session), and how strongly.
public struct EmotionTally: Sendable, Equatable {
    /// The first day of the week, when grouped by week.
    public var weekStart: LocalDate?
    /// The session, when grouped by session (nil: before the first journey).
    public var session: Int?
    /// Family.
    public var family: String
    /// Canonical name.
    public var name: String
    /// How many times it was named.
    public var count: Int
    /// The sum of the intensities given.
    public var intensitySum: Double
    /// How many times an intensity was given.
    public var intensityCount: Int
}

/// How emotions are grouped over time.
public enum EmotionGrouping: Sendable, Equatable {
    /// By week; weeks start on this ISO weekday (1 = Monday … 7 = Sunday).
    case week(startingOn: Int)
    /// By session.
    case session
}

/// One action item with its place.
public struct ActionRecord: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Its state.
    public var status: ActionStatus
    /// When it is due.
    public var due: LocalDate?
    /// When it was done.
    public var done: LocalDate?
    /// The entry's vault-relative path.
    public var path: String
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The entry's session.
    public var session: Int?
    /// The entry's day.
    public var date: LocalDate?
    /// Its scheduled, start, created and cancelled dates, priority, recurrence, dependencies and fields.
    public var details = StepDetails()

    /// Open (or in progress) with a due date before `today`.
    public func isOverdue(today: LocalDate) -> Bool {
        (status == .open || status == .inProgress) && (due.map { $0 < today } ?? false)
    }
}

extension JournalIndex {
    /// Every theme with counts and trend, most frequent first.
    ///
    /// - Parameters:
    ///   - since: only entries on or after this day count.
    ///   - today: the day the 4-week windows end on.
    public func themes(since: LocalDate? = nil, today: LocalDate) throws -> [ThemeSummary] {
        try read { db in
            var byName: [String: ThemeSummary] = [:]
            var windows: [String: (recent: Int, previous: Int)] = [:]
            var sessions: [String: Set<Int>] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT t.name, e.day, e.session FROM theme t JOIN entry e ON e.id = t.entry_id WHERE e.day IS NOT NULL
                """)
            let t = today.dayNumber
            let first = since?.dayNumber ?? Int.min
            while let row = try rows.next() {
                let name: String = row[0]
                let day: Int = row[1]
                // The trend always looks at the 8 weeks before today, whatever --since says.
                if day <= t && day > t - 28 { windows[name, default: (0, 0)].recent += 1 }
                if day <= t - 28 && day > t - 56 { windows[name, default: (0, 0)].previous += 1 }
                guard day >= first else { continue }
                let date = LocalDate(dayNumber: day)
                var s = byName[name] ?? ThemeSummary(name: name, entries: 0, sessions: [], firstSeen: date, lastSeen: date,
                                                    recent: 0, previous: 0, trend: .steady)
                s.entries += 1
                s.firstSeen = min(s.firstSeen, date)
                s.lastSeen = max(s.lastSeen, date)
                byName[name] = s
                if let session: Int = row[2] { sessions[name, default: []].insert(session) }
            }
            return byName.values.map { s in
                var s = s
                s.sessions = sessions[s.name, default: []].sorted()
                (s.recent, s.previous) = windows[s.name] ?? (0, 0)
                s.trend = ThemeSummary.trend(recent: s.recent, previous: s.previous)
                return s
            }.sorted { ($0.entries, $1.name) > ($1.entries, $0.name) }
        }
    }

    /// Emotions named in dated entries, counted per period, family and name (counted in SQLite:
    /// a big journal names a hundred thousand emotions), periods in order.
    public func emotionTallies(by grouping: EmotionGrouping, since: LocalDate? = nil) throws -> [EmotionTally] {
        try read { db in
            let key: String
            var arguments: StatementArguments = []
            switch grouping {
            case .week(let first):
                // The ISO weekday of day number d (1970-01-01, a Thursday, is 0) is ((d + 3) mod 7) + 1.
                key = "e.day - ((((e.day + 3) % 7 + 7) % 7 + 1 - ? + 7) % 7)"
                _ = arguments.append(contentsOf: [first])
            case .session:
                key = "e.session"
            }
            _ = arguments.append(contentsOf: [since?.dayNumber ?? Int.min])
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(key) AS period, m.family, m.name, count(*), total(m.intensity), count(m.intensity)
                FROM emotion m JOIN entry e ON e.id = m.entry_id
                WHERE e.day IS NOT NULL AND e.day >= ?
                GROUP BY period, m.family, m.name ORDER BY period IS NOT NULL, period
                """, arguments: arguments)
            return rows.map { row in
                let period: Int? = row[0]
                var tally = EmotionTally(weekStart: nil, session: nil, family: row[1], name: row[2],
                                         count: row[3], intensitySum: row[4], intensityCount: row[5])
                if case .week = grouping { tally.weekStart = period.map { LocalDate(dayNumber: $0) } } else { tally.session = period }
                return tally
            }
        }
    }

    /// Every action item, by due date (undated last), then path and line.
    public func actions() throws -> [ActionRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.text, a.status, a.due, a.done, e.path, a.line, a.col, e.session, e.day,
                       \(Self.stepDetailColumns("a"))
                FROM action a JOIN entry e ON e.id = a.entry_id
                ORDER BY a.due IS NULL, a.due, e.day IS NULL, e.day, e.path, a.line
                """).map { row in
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
                SELECT day, session FROM entry
                WHERE skipped = 0 AND type = 'journey' AND day IS NOT NULL AND session IS NOT NULL ORDER BY day, path
                """).map { (date: LocalDate(dayNumber: $0[0]), number: $0[1] as Int) }
            let row = try Row.fetchOne(db, sql: "SELECT min(day), max(day) FROM entry WHERE skipped = 0")
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
