import Testing
import TendCore

/// Week maths: one line per case, input → expected.
struct WeekTests {
    static func d(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    @Test(arguments: [
        // date, ISO week, first day
        ("2026-11-17", "2026-W47", "2026-11-16"),
        ("2026-11-16", "2026-W47", "2026-11-16"),
        ("2026-11-22", "2026-W47", "2026-11-16"),
        ("2026-12-28", "2026-W53", "2026-12-28"),
        ("2026-12-31", "2026-W53", "2026-12-28"),
        ("2027-01-01", "2026-W53", "2026-12-28"),
        ("2027-01-03", "2026-W53", "2026-12-28"),
        ("2027-01-04", "2027-W01", "2027-01-04"),
        ("2026-01-01", "2026-W01", "2025-12-29"),
        ("2025-12-29", "2026-W01", "2025-12-29"),
        ("2025-12-28", "2025-W52", "2025-12-22"),
        ("2024-12-30", "2025-W01", "2024-12-30"),
        ("2021-01-03", "2020-W53", "2020-12-28"),
        ("2020-12-31", "2020-W53", "2020-12-28"),
        ("2008-12-29", "2009-W01", "2008-12-29"),
        ("2010-01-03", "2009-W53", "2009-12-28"),
        ("2024-02-29", "2024-W09", "2024-02-26"),
    ])
    func isoWeekOfDate(date: String, week: String, start: String) {
        let w = Week(containing: Self.d(date))
        #expect(w.description == week)
        #expect(w.start == Self.d(start))
        #expect(w.end == Self.d(start).adding(days: 6))
        #expect(w.contains(Self.d(date)))
    }

    @Test(arguments: [
        ("2026-W53", "2026-12-28"),
        ("2026-W01", "2025-12-29"),
        ("2026-W47", "2026-11-16"),
        ("2026-w47", "2026-11-16"),
        ("2026W5", "2026-01-26"),
        ("2020-W53", "2020-12-28"),
        ("2027-W01", "2027-01-04"),
    ])
    func parsesWeeks(text: String, start: String) {
        #expect(Week(parsing: text)?.start == Self.d(start))
    }

    @Test(arguments: ["2025-W53", "2026-W54", "2026-W00", "26-W01", "latest", "2026-11-17", "", "2026-W"])
    func rejectsWeeks(text: String) {
        #expect(Week(parsing: text) == nil)
    }

    @Test(arguments: [
        // date, week start (1 Mon … 7 Sun), week, first day
        ("2026-11-22", 7, "2026-W47", "2026-11-22"),
        ("2026-11-21", 7, "2026-W46", "2026-11-15"),
        ("2026-12-27", 7, "2026-W52", "2026-12-27"),
        ("2027-01-02", 7, "2026-W52", "2026-12-27"),
        ("2027-01-03", 7, "2027-W01", "2027-01-03"),
        ("2026-11-21", 6, "2026-W47", "2026-11-21"),
        ("2026-11-20", 6, "2026-W46", "2026-11-14"),
    ])
    func configuredWeekStart(date: String, weekStart: Int, week: String, start: String) {
        let w = Week(containing: Self.d(date), weekStart: weekStart)
        #expect(w.description == week)
        #expect(w.start == Self.d(start))
        #expect(w.start.weekday == weekStart)
        #expect(Week(parsing: week, weekStart: weekStart) == w)
    }

    @Test func previousAndNextCrossYearEnds() {
        let w53 = Week(parsing: "2026-W53")!
        #expect(w53.next.description == "2027-W01")
        #expect(w53.previous.description == "2026-W52")
        #expect(Week(parsing: "2027-W01")!.previous == w53)
        #expect(w53.days.map(\.description) == ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31",
                                                "2027-01-01", "2027-01-02", "2027-01-03"])
    }

    @Test(arguments: [
        // written date (times and offsets), the day it counts on, its week
        ("2026-11-08T23:30:00-08:00", "2026-11-08", "2026-W45"),
        ("2026-11-09T00:30:00+14:00", "2026-11-09", "2026-W46"),
        ("2026-11-08 23:59", "2026-11-08", "2026-W45"),
        ("2027-01-03T23:00:00Z", "2027-01-03", "2026-W53"),
        ("2026-12-31T23:30:00-10:00", "2026-12-31", "2026-W53"),
    ])
    func datesAreAsWritten(written: String, day: String, week: String) {
        let date = WrittenDate(parsing: written)!.date
        #expect(date == Self.d(day))
        #expect(Week(containing: date).description == week)
    }

    /// Regression: `review --date 9999-12-31`, `--date 0001-01-01`, `--week 9999-W52`, `--week 0001-W01`
    /// and entries dated 9999-12-27…31 trapped (SIGILL): the week number was counted from
    /// January 1 of a year past 9999 or before 1, which is no date.
    @Test(arguments: [
        // date, week start, week, first day, the week after's first day
        ("9999-12-31", 1, "9999-W52", "9999-12-27", "10000-01-03"),
        ("9999-12-27", 1, "9999-W52", "9999-12-27", "10000-01-03"),
        ("9999-12-31", 7, "9999-W52", "9999-12-26", "10000-01-02"),
        ("0001-01-01", 1, "0001-W01", "0001-01-01", "0001-01-08"),
        ("0001-01-01", 7, "0001-W01", "0000-12-31", "0001-01-07"),
    ])
    func calendarEnds(date: String, weekStart: Int, week: String, start: String, nextStart: String) {
        let w = Week(containing: Self.d(date), weekStart: weekStart)
        #expect(w.description == week)
        #expect(w.start.description == start)
        #expect(w.next.start.description == nextStart)
        #expect(w.previous.next == w)
        #expect(w.days.count == 7)
    }

    @Test func calendarEndsByNumber() {
        #expect(Week(parsing: "9999-W52")?.start.description == "9999-12-27")
        #expect(Week(parsing: "0001-W01")?.start.description == "0001-01-01")
        #expect(Week(parsing: "9999-W53") == nil)
    }
}
