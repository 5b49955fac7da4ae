/// A week of seven days, numbered like ISO 8601 weeks.
///
/// With the default Monday start this is exactly the ISO week: week 1 is the week that holds
/// the year's first Thursday, and a week belongs to the year that holds most of its days
/// (so 2026-W53 runs from 2026-12-28 to 2027-01-03). With another `weekStart` the same rule
/// applies to weeks that begin on that day: a week belongs to the year of its fourth day.
public struct Week: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The week-numbering year (can differ from the calendar year of the first or last days).
    public let year: Int
    /// The week's number in its year, 1–53.
    public let number: Int
    /// The first day of the week.
    public let start: LocalDate
    /// The first weekday: 1 = Monday (ISO) … 7 = Sunday.
    public let weekStart: Int

    /// The week that holds `date`.
    public init(containing date: LocalDate, weekStart: Int = 1) {
        let firstDay = (1...7).contains(weekStart) ? weekStart : 1
        let back = (date.weekday - firstDay + 7) % 7
        start = date.adding(days: -back)
        self.weekStart = firstDay
        let fourth = start.adding(days: 3)
        year = fourth.year
        number = (fourth.dayOfYear - 1) / 7 + 1
    }

    /// Week `number` of `year`, when the year has that many weeks.
    public init?(year: Int, number: Int, weekStart: Int = 1) {
        guard (1...53).contains(number), let january4 = LocalDate(year: year, month: 1, day: 4) else { return nil }
        let first = Week(containing: january4, weekStart: weekStart)
        let week = Week(containing: first.start.adding(days: 7 * (number - 1)), weekStart: weekStart)
        guard week.year == year, week.number == number else { return nil }
        self = week
    }

    /// Reads `2026-W45` (also `2026-w45`, `2026W45`, `2026-W5`).
    public init?(parsing text: String, weekStart: Int = 1) {
        let parts = text.trimmingWhitespace().uppercased().split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var yearText = parts[0]
        if yearText.hasSuffix("-") { yearText = yearText.dropLast() }
        guard yearText.count == 4, let year = Int(yearText), (1...2).contains(parts[1].count),
              let number = Int(parts[1]) else { return nil }
        self.init(year: year, number: number, weekStart: weekStart)
    }

    /// The last day of the week.
    public var end: LocalDate { start.adding(days: 6) }

    /// The seven days, first to last.
    public var days: [LocalDate] { (0..<7).map { start.adding(days: $0) } }

    /// The week before.
    public var previous: Week { Week(containing: start.adding(days: -7), weekStart: weekStart) }

    /// The week after.
    public var next: Week { Week(containing: start.adding(days: 7), weekStart: weekStart) }

    /// True when `date` falls in the week.
    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// `2026-W45` (the year with four digits, as ISO 8601 writes it: `0001-W01`).
    public var description: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-W\(number < 10 ? "0" : "")\(number)"
    }

    /// Orders by first day.
    public static func < (lhs: Week, rhs: Week) -> Bool { lhs.start < rhs.start }
}

extension LocalDate {
    /// English weekday names, Monday first.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// `Monday` … `Sunday`.
    public var weekdayName: String { Self.weekdayNames[weekday - 1] }

    /// `Mon` … `Sun`.
    public var shortWeekdayName: String { String(weekdayName.prefix(3)) }

    /// `17 November 2026`-style text is avoided for ambiguity; this is `Tuesday 17 November`.
    public var longText: String { "\(weekdayName) \(day) \(Self.monthNames[month - 1])" }

    /// `17 Nov`.
    public var shortText: String { "\(day) \(Self.monthNames[month - 1].prefix(3))" }
}
