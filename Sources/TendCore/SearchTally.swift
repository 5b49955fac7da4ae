/// `tend grep --count`: matching lines and entries per session, every session included (so a
/// theme's rise and fade shows), then sessions numbered by hand that no journey has, then notes.
public struct SearchTally: Sendable, Equatable {
    /// One session's (or the notes') count.
    public struct Row: Sendable, Equatable {
        /// What the row counts.
        public enum Group: Sendable, Equatable {
            /// A session of the vault, or the time before the first one (`number` nil).
            case span(SessionSpan)
            /// A session number written by hand that no journey has.
            case numbered(Int)
            /// Entries with no date.
            case notes
        }
        /// What the row counts.
        public var group: Group
        /// Entries with a matching line.
        public var entries: Int
        /// Matching lines.
        public var lines: Int
    }

    /// The rows, in session order.
    public var rows: [Row]
    /// Every session, as the rows were made from.
    public var spans: [SessionSpan]

    /// Counts `found` by session.
    public init(_ found: [EntryMatches], spans: [SessionSpan]) {
        var lines: [Int?: Int] = [:], entries: [Int?: Int] = [:]
        var notes = (entries: 0, lines: 0)
        for entry in found {
            if entry.date == nil { notes.entries += 1; notes.lines += entry.lines.count; continue }
            lines[entry.session, default: 0] += entry.lines.count
            entries[entry.session, default: 0] += 1
        }
        var rows: [Row] = []
        for span in spans where span.number != nil || lines[nil] != nil {
            rows.append(Row(group: .span(span), entries: entries[span.number] ?? 0, lines: lines[span.number] ?? 0))
        }
        for number in lines.keys.compactMap({ $0 }).sorted() where !spans.contains(where: { $0.number == number }) {
            rows.append(Row(group: .numbered(number), entries: entries[number] ?? 0, lines: lines[number] ?? 0))
        }
        if notes.entries > 0 { rows.append(Row(group: .notes, entries: notes.entries, lines: notes.lines)) }
        self.rows = rows
        self.spans = spans
    }
}
