import TendCore

/// Number and date wording shared by the review and the plan.
enum Format {
    /// At most one decimal: `7`, `6.5`.
    static func number(_ value: Double) -> String { Review.number(value) }

    /// Always one decimal: `6.0`, `6.5` for 6.4999 (rounded half away from zero).
    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((abs(x) * 10).rounded())
        return (x < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// A signed change with one decimal: `+0.5`, `−1`, `±0`.
    static func change(_ value: Double?) -> String {
        guard let value else { return "–" }
        let text = number(abs(value))
        if text == "0" { return "±0" }
        return (value > 0 ? "+" : "−") + text
    }

    /// A signed count change: `+2`, `−1`, `±0`.
    static func change(_ value: Int) -> String {
        value == 0 ? "±0" : (value > 0 ? "+\(value)" : "−\(-value)")
    }

    /// `, 3 more than the week before` / `, 2 fewer …` / `, as many as …` / `; the week before had none`.
    static func against(_ now: Int, _ before: Int, _ period: String = "the week before") -> String {
        if before == 0 { return now == 0 ? "" : " (\(period) had none)" }
        if now == before { return ", as many as \(period)" }
        return now > before ? ", \(now - before) more than \(period)" : ", \(before - now) fewer than \(period)"
    }

    /// `1 day`, `3 days`.
    static func count(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? word : plural ?? word + "s")"
    }

    /// `Mon 16 Nov`.
    static func day(_ date: LocalDate) -> String { "\(date.shortWeekdayName) \(date.shortText)" }

    /// `10 Sep` in its own year, `5 Nov 2022` when read from another.
    static func day(_ date: LocalDate, seenFrom year: Int) -> String {
        date.year == year ? date.shortText : "\(date.shortText) \(date.year)"
    }

    /// `16–22 November 2026`, `28 December 2026 – 3 January 2027`.
    static func span(_ start: LocalDate, _ end: LocalDate) -> String {
        let months = LocalDate.monthNames
        if start.year != end.year {
            return "\(start.day) \(months[start.month - 1]) \(start.year) – \(end.day) \(months[end.month - 1]) \(end.year)"
        }
        if start.month != end.month {
            return "\(start.day) \(months[start.month - 1]) – \(end.day) \(months[end.month - 1]) \(end.year)"
        }
        return "\(start.day)–\(end.day) \(months[end.month - 1]) \(end.year)"
    }

    /// `3 days out of 7`, `1 day out of 12`: practices are counted by days, never as a chain.
    static func daysOutOf(_ days: Int, _ outOf: Int) -> String { "\(count(days, "day")) out of \(outOf)" }

    /// `days 1–3`, `day 5`.
    static func days(_ range: ClosedRange<Int>) -> String {
        range.count == 1 ? "day \(range.lowerBound)" : "days \(range.lowerBound)–\(range.upperBound)"
    }

    /// `mood` → `Mood`; a known scale as its makers write it, `phq9` → `PHQ-9`.
    static func label(_ name: String) -> String {
        // `mood_before` is a key; a reader sees "Mood before".
        let words = name.replacing("_", with: " ")
        return MetricScale.displayName(of: name) ?? words.prefix(1).uppercased() + words.dropFirst()
    }
}
