/// Ratings written the way people log them, beyond a plain number or one out of ten
/// (docs/vault-format.md, "Labelled numbers at the top"): a rating with a remark after it
/// (`Mood: 6/10 — steadier`), and hours of sleep with their unit (`Sleep: 7h30`).
/// ``OpeningLines/metricValues(of:)`` tries them after a plain number.
extension OpeningLines {
    /// A value without the remark after it, set off by a spaced dash, a parenthesis or a comma
    /// and a space before a word (`6/10 — steadier`, `4 - after the call`, `7 (better)`, `6, a
    /// bit better`, `5/10, etwas ruhiger`); nil when it has none, or when a number follows the
    /// mark (`3 - 7` is no remark, nor is `6, 7`; `6,5` has no space). Only a rating is read so
    /// (mood, anxiety, energy, sleep, stress, or a number out of ten): `Dose: 60 — strong`
    /// stays a line.
    static func withoutRemark(_ value: String) -> String? {
        let cuts = [" — ", " – ", " - ", " (", ", "].compactMap { value.firstRange(of: $0) }
        guard let cut = cuts.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let after = value[cut.upperBound...].first
        guard after?.isNumber != true else { return nil }
        // `6, Anxiety: 4` is two ratings (``labelledLines(_:line:)``), not a remark.
        if value[cut] == ", ", after?.isLetter != true || value[cut.upperBound...].contains(":") { return nil }
        let rating = value[..<cut.lowerBound].trimmingWhitespace()
        return rating.isEmpty ? nil : String(rating)
    }

    /// Hours of sleep written with their unit, as people log them: `7h`, `7.5 hours`, `6 hrs`,
    /// `7h30`, `7 h 30 min`, `7,5 Std.`, `8 Stunden`, `7 heures`; nil for any other metric, and
    /// for any other value (`7 hours, woke twice`). Sleep is the one rating people give in hours
    /// as often as on a scale, and `Sleep (h): 7` reads as the same `sleep` already. Other
    /// numbers with a unit (`Dose: 60 mg`) are not read: `tend explain` shows the form that is.
    static func sleepHours(key: String, _ value: String) -> Double? {
        guard (MetricNames.englishName(of: key) ?? key) == "sleep" else { return nil }
        var rest = Substring(value.lowercased())
        func number() -> Double? {
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            rest = rest.dropFirst(digits.count).drop(while: \.isWhitespace)
            return EntryParser.number(String(digits.map { $0 == "," ? "." : $0 }))
        }
        func unit(in units: Set<String>) -> Bool {
            let word = rest.prefix(while: \.isLetter)
            guard units.contains(String(word)) else { return false }
            rest = rest.dropFirst(word.count).drop { $0.isWhitespace || $0 == "." }
            return true
        }
        guard let hours = number(), unit(in: hourUnits) else { return nil }
        if rest.isEmpty { return hours }
        // `7h30`, `7 h 30 min`.
        guard hours == hours.rounded(), let minutes = number(), minutes < 60 else { return nil }
        guard rest.isEmpty || unit(in: minuteUnits) && rest.isEmpty else { return nil }
        return ((hours + minutes / 60) * 100).rounded() / 100
    }

    /// How people write hours and minutes, in the languages ``MetricNames`` knows.
    private static let hourUnits: Set<String> = [
        "h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora", "ore",
        "uur", "u",
    ]
    private static let minuteUnits: Set<String> = [
        "m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
    ]
}
