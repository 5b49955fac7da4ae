import TendCore

/// `tend themes`: every theme with its counts, sessions, first and last day, and trend.
public struct ThemeListing: Listing, Sendable {
    /// The themes, most frequent first.
    public var rows: [ThemeSummary]

    /// A listing of `rows`.
    public init(_ rows: [ThemeSummary]) { self.rows = rows }

    /// `{"theme", "entries", "sessions", "firstSeen", "lastSeen", "last4Weeks", "previous4Weeks", "trend"}`.
    public func write(_ theme: ThemeSummary, to json: inout JSONWriter) {
        json.object { json in
            json.field("theme", theme.name)
            json.field("entries", theme.entries)
            json.key("sessions")
            json.array { json in for session in theme.sessions { json.int(session) } }
            json.field("firstSeen", theme.firstSeen.description)
            json.field("lastSeen", theme.lastSeen.description)
            json.field("last4Weeks", theme.recent)
            json.field("previous4Weeks", theme.previous)
            json.field("trend", theme.trend.rawValue)
        }
    }

    /// A table: theme, entries, sessions (`1–3, 5`), first seen, last seen, trend.
    public var text: String {
        guard !rows.isEmpty else { return "No themes yet. Tags like #trust or #theme/family in your entries become themes.\n" }
        let header = ["theme", "entries", "sessions", "first seen", "last seen", "trend"]
        return Table.render([header] + rows.map { theme in
            [theme.name, String(theme.entries), Self.ranges(theme.sessions), theme.firstSeen.description,
             theme.lastSeen.description, theme.trend.rawValue]
        }, rightAligned: [1])
    }

    /// `1–3, 5` for [1, 2, 3, 5]; `–` for none.
    static func ranges(_ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return "–" }
        var parts: [String] = []
        var start = numbers[0], end = numbers[0]
        for n in numbers.dropFirst() {
            if n == end + 1 { end = n; continue }
            parts.append(start == end ? "\(start)" : "\(start)–\(end)")
            start = n; end = n
        }
        parts.append(start == end ? "\(start)" : "\(start)–\(end)")
        return parts.joined(separator: ", ")
    }
}
