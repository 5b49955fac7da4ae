import ArgumentParser
import Foundation
import TendCore

/// The day a command treats as today: the hidden `--today D`, else `TEND_TODAY`, else the clock
/// in the local time zone. Tests set it so that output does not depend on when they run.
struct DayOptions: ParsableArguments {
    @Option(name: .long, help: .hidden)
    var today: String?

    func validate() throws { _ = try Self.today(today) }

    /// Today's date (validated already).
    func date() -> LocalDate {
        (try? Self.today(today)) ?? Self.clockDay()
    }

    /// `given` (a `--today` option), else `TEND_TODAY`, else the clock's day in the local time zone.
    static func today(_ given: String?) throws -> LocalDate {
        if let text = given ?? ProcessInfo.processInfo.environment["TEND_TODAY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard text.count == 10, let date = LocalDate(parsing: text) else {
                throw ValidationError("'\(text)' is not a date tend can read; write it as YYYY-MM-DD, like 2026-11-22.")
            }
            return date
        }
        return clockDay()
    }

    /// The clock's day in the local time zone (asked once a run, so Foundation's calendar is
    /// quick enough; the index's reader uses `localtime_r` for the day of every file).
    private static func clockDay() -> LocalDate {
        let now = Date()
        let today = Calendar.current.dateComponents([.year, .month, .day], from: now)
        guard let year = today.year, let month = today.month, let day = today.day,
              let date = LocalDate(year: year, month: month, day: day) else {
            return LocalDate(dayNumber: Int(now.timeIntervalSince1970) / 86_400)
        }
        return date
    }
}
