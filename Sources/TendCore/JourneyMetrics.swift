/// A metric's value in one entry, as the index holds it.
public struct MetricValue: Sendable, Equatable {
    /// The entry's day.
    public var date: LocalDate
    /// The entry's path.
    public var path: String
    /// The metric, lower-cased (`mood`, `anxiety`, `phq9`, `mood_before`).
    public var name: String
    /// The value written.
    public var value: Double

    /// Creates a value.
    public init(date: LocalDate, path: String, name: String, value: Double) {
        self.date = date
        self.path = path
        self.name = name
        self.value = value
    }
}

/// The days around a journey that a metric is compared over: the days before it (the
/// baseline) against windows of days after it. Day 0 is the journey's own day and belongs to
/// no window. Configurable as `session_windows:` in `.tend/config.yaml`.
public struct MetricWindows: Sendable, Equatable {
    /// Days before the journey that make its baseline (days −N … −1).
    public var beforeDays: Int
    /// Windows of days after the journey.
    public var after: [ClosedRange<Int>]
    /// The days a chart by days since the journey shows.
    public var chartDays: ClosedRange<Int>

    /// Creates windows; the defaults are 7 days before against days 1–3, 4–7 and 8–14 after.
    public init(beforeDays: Int = 7, after: [ClosedRange<Int>] = [1...3, 4...7, 8...14], chartDays: ClosedRange<Int> = -3...14) {
        self.beforeDays = max(1, beforeDays)
        self.after = after.isEmpty ? [1...3, 4...7, 8...14] : after
        self.chartDays = chartDays
    }

    /// The last day after the journey that any window looks at.
    public var lastDay: Int { after.map(\.upperBound).max() ?? 14 }
}

/// A metric's mean over some days around a journey.
public struct WindowMean: Sendable, Equatable {
    /// Days since the journey (negative: before it).
    public var days: ClosedRange<Int>
    /// The mean of the values written on those days, when there were any.
    public var mean: Double?
    /// How many values were written.
    public var count: Int
}

/// One metric around one journey: the days before it against the windows after it.
public struct JourneyMetric: Sendable, Equatable {
    /// The metric.
    public var name: String
    /// The mean of the days before the journey.
    public var before: WindowMean
    /// The mean of each window after it, in the order configured.
    public var after: [WindowMean]
    /// The first day after the journey on which the metric was back at its level before (see
    /// ``JourneyMetric/init(name:journey:next:values:windows:)``), if any.
    public var backToBaseline: Int?
    /// The mean of each day of the chart's days that has a value, by days since the journey.
    public var byDay: [Int: Double]
    /// The last day after the journey, within the windows, that has a value.
    public var lastSeenDay: Int?

    /// Compares `values` (of this metric) around a journey on `journey`.
    ///
    /// Windows after the journey stop on the day before the `next` journey, if there is one.
    /// *Back to baseline* is the first day after the journey, within the windows, whose mean is
    /// at or below the level before — or, when the first window with values was lower than
    /// before (as anxiety often is), at or above it. With no values before, there is no
    /// baseline to come back to.
    public init(name: String, journey: LocalDate, next: LocalDate?, values: [MetricValue], windows: MetricWindows) {
        let stop = next.map { journey.days(to: $0) - 1 } ?? Int.max
        var byDayValues: [Int: [Double]] = [:]
        for v in values where v.name == name {
            byDayValues[journey.days(to: v.date), default: []].append(v.value)
        }
        func window(_ days: ClosedRange<Int>) -> WindowMean {
            let inside = days.filter { $0 <= stop }.flatMap { byDayValues[$0] ?? [] }
            return WindowMean(days: days, mean: inside.isEmpty ? nil : inside.reduce(0, +) / Double(inside.count), count: inside.count)
        }
        func dayMean(_ day: Int) -> Double? {
            byDayValues[day].map { $0.reduce(0, +) / Double($0.count) }
        }
        self.name = name
        before = window(-windows.beforeDays ... -1)
        after = windows.after.map(window)
        byDay = [:]
        for day in windows.chartDays where day <= stop {
            if let mean = dayMean(day) { byDay[day] = mean }
        }
        backToBaseline = nil
        lastSeenDay = (1...max(1, windows.lastDay)).last { $0 <= stop && byDayValues[$0] != nil }
        guard let level = before.mean else { return }
        let lower = after.first { $0.mean != nil }.map { $0.mean! < level } ?? false
        for day in 1...max(1, windows.lastDay) where day <= stop {
            guard let mean = dayMean(day) else { continue }
            if lower ? mean >= level : mean <= level {
                backToBaseline = day
                break
            }
        }
    }
}

extension JourneyMetric {
    /// Every metric of `entries` dated up to `end` around a journey on `journey` that has a
    /// value after it, mood first. `NAME_before` / `NAME_after` pairs are left to ``MetricPair``.
    public static func all(in entries: [DatedEntry], through end: LocalDate, journey: LocalDate, next: LocalDate?,
                           windows: MetricWindows) -> [JourneyMetric] {
        let values = entries.filter { $0.date <= end }.flatMap { e in
            e.metrics.map { MetricValue(date: e.date, path: e.path, name: $0.key, value: $0.value) }
        }
        let names = Set(values.map(\.name)).filter { !MetricPair.isHalf($0) }
        return names.sorted { ($0 == "mood" ? 0 : 1, $0) < ($1 == "mood" ? 0 : 1, $1) }
            .map { JourneyMetric(name: $0, journey: journey, next: next, values: values, windows: windows) }
            .filter { m in m.after.contains { $0.mean != nil } }
    }
}

/// Scales people fill in between sessions, shown with their range and never with a label.
public enum MetricScale {
    /// The known scales and their ranges: PHQ-9 (0–27) and GAD-7 (0–21).
    public static let ranges: [String: ClosedRange<Double>] = ["phq9": 0...27, "gad7": 0...21]

    /// The range of `name` (`phq9`, `phq-9`, `PHQ_9`), if it is a known scale.
    public static func range(of name: String) -> ClosedRange<Double>? {
        ranges[key(name)]
    }

    /// How a known scale is written by those who made it (`PHQ-9`, `GAD-7`); nil for any other name.
    public static func displayName(of name: String) -> String? {
        ["phq9": "PHQ-9", "gad7": "GAD-7"][key(name)]
    }

    private static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" })
    }
}
