/// Mood around each journey (`tend sessions`): one row per journey with a metric's level in
/// the days before it against the windows after it, the day it was back at its level, the
/// `NAME_before` / `NAME_after` pairs written on the journey's day, and the scales people
/// report between sessions with their range.
public struct SessionsOverview: Sendable, Equatable {
    /// The metric compared (`mood` by default).
    public var metric: String
    /// The windows compared.
    public var windows: MetricWindows
    /// One row per journey, by date.
    public var rows: [SessionRow]
    /// The journeys the chart by days since journey shows: the latest few that have a value.
    public var chartSessions: [Int]
    /// Known scales (PHQ-9, GAD-7) with their range and change since the first value.
    public var scales: [ScaleSummary]

    /// How many journeys the chart shows at most.
    public static let chartLimit = 5

    /// True when the metric was written in the days before or after some journey (or as a
    /// `NAME_before` / `NAME_after` pair on one): false for a name never written, like a typo.
    public var hasValues: Bool {
        rows.contains { row in
            row.metric.before.count > 0 || row.metric.after.contains { $0.count > 0 }
                || row.pairs.contains { $0.name == metric }
        }
    }
}

/// One journey in ``SessionsOverview``.
public struct SessionRow: Sendable, Equatable {
    /// The journey, its intention and integration window.
    public var journey: JourneyReview
    /// The metric around it.
    public var metric: JourneyMetric
    /// Pairs such as `mood_before: 4` / `mood_after: 7` written on the journey's day.
    public var pairs: [MetricPair]
}

/// A metric written before and after something on the same day (`mood_before`, `mood_after`).
public struct MetricPair: Sendable, Equatable {
    /// The metric without its suffix (`mood`).
    public var name: String
    /// The `…_before` value.
    public var before: Double
    /// The `…_after` value.
    public var after: Double

    /// Creates a pair.
    public init(name: String, before: Double, after: Double) {
        self.name = name
        self.before = before
        self.after = after
    }

    /// The pairs written in `entries` on `day`.
    public static func pairs(on day: LocalDate, in entries: [DatedEntry]) -> [MetricPair] {
        pairs(in: entries.filter { $0.date == day }.flatMap { e in
            e.metrics.sorted { $0.key < $1.key }.map { MetricValue(date: day, path: e.path, name: $0.key, value: $0.value) }
        })
    }

    /// True for `mood_before`, `mood_after` and the like: one half of a pair.
    public static func isHalf(_ name: String) -> Bool { name.hasSuffix("_before") || name.hasSuffix("_after") }

    /// Where a metric stands wherever metrics are listed: mood first, then by name, each name's
    /// value before its pair's `_before` and `_after` halves, in that order (`mood`,
    /// `mood_before`, `mood_after`, `anxiety_before`, `anxiety_after`).
    public static func order(_ name: String) -> (Int, String, Int) {
        for (rank, half) in [(1, "_before"), (2, "_after")] where name.hasSuffix(half) {
            let base = String(name.dropLast(half.count))
            return (base == "mood" ? 0 : 1, base, rank)
        }
        return (name == "mood" ? 0 : 1, name, 0)
    }

    /// The pairs among `values` (those of one day): `NAME_before` with `NAME_after`, mood
    /// first, then by name, as the week's table orders them.
    public static func pairs(in values: [MetricValue]) -> [MetricPair] {
        var before: [String: Double] = [:], after: [String: Double] = [:]
        for v in values {
            if v.name.hasSuffix("_before") { before[String(v.name.dropLast(7))] = v.value }
            if v.name.hasSuffix("_after") { after[String(v.name.dropLast(6))] = v.value }
        }
        return before.keys.sorted { order($0) < order($1) }.compactMap { name in
            after[name].map { MetricPair(name: name, before: before[name]!, after: $0) }
        }
    }
}

/// A scale such as PHQ-9 over time: where it started, where it is now. Never labelled.
public struct ScaleSummary: Sendable, Equatable {
    /// The metric's name as written (`phq9`).
    public var name: String
    /// The scale's range (0–27 for PHQ-9).
    public var range: ClosedRange<Double>
    /// The first value written.
    public var first: MetricValue
    /// The latest value written.
    public var latest: MetricValue
    /// How many values were written.
    public var count: Int
    /// `latest - first`.
    public var change: Double { latest.value - first.value }
}

extension SessionsOverview {
    /// Builds the overview of `metric` from a journal.
    public init(metric: String = "mood", store: some JournalStore, today: LocalDate, links: LinkOptions = LinkOptions(),
                windows: MetricWindows = MetricWindows()) throws {
        let journeys = try store.journeys()
        let values = try store.metricValues(from: LocalDate(year: 1, month: 1, day: 1)!,
                                            through: LocalDate(year: 9999, month: 12, day: 31)!)
        let name = metric.lowercased()
        // Each journey looks at a few weeks of values: by day, so no journey reads them all.
        let valuesByDay = Dictionary(grouping: values) { $0.date }
        let reach = min(-windows.beforeDays, windows.chartDays.lowerBound)...max(windows.lastDay, windows.chartDays.upperBound)
        func nearby(_ day: LocalDate) -> [MetricValue] {
            reach.flatMap { offset in
                (valuesByDay[day.adding(days: offset)] ?? []).filter { $0.name == name }
            }
        }
        func ref(_ e: DatedEntry) -> EntryRef {
            EntryRef(date: e.date, path: e.path, title: e.title, type: e.type.rawValue, session: e.session,
                     link: links.link(to: e.path, title: e.title))
        }
        // Every entry that could keep a window (two and three days after a journey), read once
        // for all journeys, by day.
        let windowDays = Set(journeys.flatMap { j in [2, 3].map { j.date.adding(days: $0) } })
        let byDay = Dictionary(grouping: try store.entryHeads(on: windowDays)) { $0.date }
        var rows: [SessionRow] = []
        for (i, journey) in journeys.enumerated() {
            let next = journeys[(i + 1)...].first { $0.date > journey.date }
            let window = [2, 3].flatMap { byDay[journey.date.adding(days: $0)] ?? [] }
            rows.append(SessionRow(
                journey: Review.journeyReview(journey.entry, around: window, today: today, ref: ref),
                metric: JourneyMetric(name: name, journey: journey.date, next: next?.date, values: nearby(journey.date),
                                      windows: windows),
                pairs: MetricPair.pairs(in: valuesByDay[journey.date] ?? [])))
        }
        self.metric = name
        self.windows = windows
        self.rows = rows
        chartSessions = Array(rows.filter { !$0.metric.byDay.isEmpty }.suffix(Self.chartLimit).map(\.journey.number))
        var scales: [ScaleSummary] = []
        for scale in Set(values.map(\.name)).sorted() {
            guard let range = MetricScale.range(of: scale) else { continue }
            let written = values.filter { $0.name == scale }
            scales.append(ScaleSummary(name: scale, range: range, first: written.first!, latest: written.last!, count: written.count))
        }
        self.scales = scales
    }
}
