/// A run of days, both ends included: a session's period, or the days a summary covers.
public struct DayRange: Sendable, Equatable {
    /// The first day.
    public var start: LocalDate
    /// The last day (never before `start`).
    public var end: LocalDate

    /// Creates a range; an `end` before `start` is taken as `start`.
    public init(_ start: LocalDate, _ end: LocalDate) {
        self.start = start
        self.end = max(start, end)
    }

    /// True when `date` falls in the range.
    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// How many days the range holds.
    public var dayCount: Int { start.days(to: end) + 1 }

    /// Every day of the range, in order.
    public var days: [LocalDate] { (0..<dayCount).map { start.adding(days: $0) } }

    /// The same number of days right before this range.
    public var before: DayRange { DayRange(start.adding(days: -dayCount), start.adding(days: -1)) }
}
