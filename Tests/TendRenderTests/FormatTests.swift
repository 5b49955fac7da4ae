import Testing
@testable import TendRender
import TendCore

/// How numbers and changes are worded.
struct FormatTests {
    @Test(arguments: [(7.0, "7"), (6.75, "6.8"), (6.04, "6"), (0.0, "0"), (-1.25, "-1.3")])
    func numbers(value: Double, text: String) {
        #expect(Format.number(value) == text)
    }

    @Test(arguments: [(0.8 as Double?, "+0.8"), (-1.3, "−1.3"), (0.04, "±0"), (nil, "–")])
    func changes(value: Double?, text: String) {
        #expect(Format.change(value) == text)
    }

    @Test(arguments: [(9, 0, " (the week before had none)"), (10, 3, ", 7 more than the week before"),
                      (2, 5, ", 3 fewer than the week before"), (4, 4, ", as many as the week before"), (0, 0, "")])
    func againstThePreviousWeek(now: Int, before: Int, text: String) {
        #expect(Format.against(now, before) == text)
    }

    /// Regression: the weekly review said a theme was "with you since 5 Nov" for a theme first
    /// seen in 2022, read in a review of 2025: a day of another year keeps its year.
    @Test(arguments: [("2026-09-10", 2026, "10 Sep"), ("2022-11-05", 2025, "5 Nov 2022"),
                      ("2026-12-28", 2027, "28 Dec 2026")])
    func dayOfAYear(date: String, year: Int, text: String) {
        #expect(Format.day(LocalDate(parsing: date)!, seenFrom: year) == text)
    }

    @Test(arguments: [("2026-11-16", "2026-11-22", "16–22 November 2026"),
                      ("2026-10-26", "2026-11-01", "26 October – 1 November 2026"),
                      ("2026-12-28", "2027-01-03", "28 December 2026 – 3 January 2027")])
    func spans(start: String, end: String, text: String) {
        #expect(Format.span(LocalDate(parsing: start)!, LocalDate(parsing: end)!) == text)
    }
}

/// Issue 15: a review's change of mood came out in JSON as `0.7999999999999998`. Numbers are
/// written as a person wrote them, with the noise of arithmetic rounded away.
@Suite struct JSONNumberTests {
    @Test(arguments: [
        (6.8 - 6.0, "0.8"),
        (0.1 + 0.2, "0.3"),
        (7.0, "7"),
        (-3.0, "-3"),
        (2.9999999999999996, "3"),
        (6.5, "6.5"),
        (3.14159265358979, "3.14159265358979"),
        (-0.25, "-0.25"),
        (1e20, "1e+20"),
        (0.00001, "1e-05"),
        (Double.nan, "null"),
    ])
    func numbers(_ value: Double, _ written: String) {
        #expect(JSONValue.number(value).compact == written)
    }
}

/// Metric names as a table or chart shows them. Regression: `phq9` was shown as `Phq9`. Until
/// 2026-12-03's evening `mood_before` was shown as its key, `Mood_before`, in the week's "How
/// you felt" table; a reader sees words.
struct MetricLabelTests {
    @Test(arguments: [("mood", "Mood"), ("mood_before", "Mood before"), ("sleep_quality", "Sleep quality"),
                      ("phq9", "PHQ-9"), ("PHQ_9", "PHQ-9"),
                      ("gad7", "GAD-7"), ("gad-7", "GAD-7"), ("sleep", "Sleep")])
    func label(_ name: String, _ shown: String) {
        #expect(Format.label(name) == shown)
    }
}
