import TendCore

extension NewEntry {
    /// The values an entry template can use.
    ///
    /// - Parameter time: `HH:MM`, for Obsidian's `{{time}}` in a vault's own template.
    public func json(time: String? = nil) -> JSONValue {
        let title: String
        switch type {
        case .journey: title = "Journey" + (session.map { " \($0)" } ?? "")
        case .integration: title = "Integration" + (session.map { ", journey \($0)" } ?? "")
        default: title = "\(date.longText) \(date.year)"
        }
        return .object([
            ("date", .string(date.description)),
            ("dateText", .string("\(date.longText) \(date.year)")),
            ("weekday", .string(date.weekdayName)),
            ("time", .string(time)),
            ("type", .string(type.rawValue)),
            ("session", .int(session)),
            ("title", .string(title)),
            ("path", .string(path)),
            ("previousIntention", .string(previousIntention)),
            ("previousJourney", .int(previousJourney?.number)),
            ("previousJourneyDate", .string(previousJourney?.date.description)),
            ("previousJourneyText", .string(previousJourney.map { "journey \($0.number), \($0.date.longText)" })),
        ])
    }
}

/// Obsidian's core template placeholders (`{{date}}`, `{{date:YYYY-MM-DD}}`, `{{time}}`,
/// `{{title}}`), so that a vault's existing Obsidian templates work with `tend new`.
public enum ObsidianPlaceholders {
    /// Replaces `{{date:FORMAT}}` and `{{time:FORMAT}}` (Moment-style tokens: `YYYY`, `YY`,
    /// `MMMM`, `MMM`, `MM`, `M`, `DD`, `D`, `dddd`, `ddd`, `HH`, `mm`) with their values; the
    /// plain `{{date}}`, `{{time}}` and `{{title}}` are left to Mustache.
    public static func expand(_ text: String, date: LocalDate, minutes: Int?) -> String {
        guard text.contains("{{date:") || text.contains("{{time:") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if (after.hasPrefix("date:") || after.hasPrefix("time:")), let close = after.range(of: "}}"),
               !after[..<close.lowerBound].contains("\n") {
                let format = after[after.index(after.startIndex, offsetBy: 5)..<close.lowerBound]
                out += Self.format(String(format), date: date, minutes: minutes ?? 0)
                rest = after[close.upperBound...]
            } else {
                out += "{{"
                rest = after
            }
        }
        return out + rest
    }

    static func format(_ format: String, date: LocalDate, minutes: Int) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let month = LocalDate.monthNames[date.month - 1]
        let tokens: [(String, String)] = [
            ("YYYY", String(date.year)), ("YY", String(date.year % 100)), ("MMMM", month), ("MMM", String(month.prefix(3))),
            ("MM", pad(date.month)), ("M", String(date.month)), ("DD", pad(date.day)), ("D", String(date.day)),
            ("dddd", date.weekdayName), ("ddd", date.shortWeekdayName), ("HH", pad(minutes / 60)), ("mm", pad(minutes % 60)),
        ]
        var out = ""
        var rest = Substring(format)
        outer: while !rest.isEmpty {
            if rest.hasPrefix("[") , let close = rest.firstIndex(of: "]") {
                out += rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            for (token, value) in tokens where rest.hasPrefix(token) {
                out += value
                rest = rest.dropFirst(token.count)
                continue outer
            }
            out.append(rest.removeFirst())
        }
        return out
    }
}
