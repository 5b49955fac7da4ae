import TendCore

/// Prints what a search found: the matching lines grouped by session and entry, or the count
/// per session; as text (with colour on a terminal), one JSON array, or JSON lines. Chosen
/// once from the flags; it only formats, it never searches.
public struct SearchPrinter {
    /// How to write.
    public enum Format: Sendable, Equatable {
        /// For a person: `PATH:LINE:COL: line`, grouped; `colour` paints the matches.
        case text(colour: Bool)
        /// One JSON array.
        case json
        /// One JSON object a line.
        case jsonl
    }

    /// How to write.
    public var format: Format
    /// How a vault-relative path is shown (`2026/11/03.md` or `./2026/11/03.md`).
    public var display: @Sendable (String) -> String
    /// Where the text goes, as UTF-8 bytes valid during the call; called with pieces of about
    /// 64 KB or less, in order.
    public var write: (UnsafeBufferPointer<UInt8>) -> Void

    /// Creates a printer.
    public init(format: Format, display: @escaping @Sendable (String) -> String, write: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.format = format
        self.display = display
        self.write = write
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8(write)
    }

    /// The matching lines: under each session's heading, each entry's day, title and type,
    /// then its lines.
    public func print(_ found: [EntryMatches], spans: [SessionSpan]) {
        switch format {
        case .json: write(JSONValue.array(found.flatMap(json)).pretty + "\n")
        case .jsonl: write(found.flatMap(json).map { $0.compact + "\n" }.joined())
        case .text(let colour):
            let paint = Paint(colour)
            let headings = Self.headings(found, spans: spans, paint: paint)
            let display = display
            // The entries are written as bytes on every core, a run of them at a time, and
            // handed on in order in pieces of about 64 KB. `tend grep anger` prints 31,229 lines
            // (4.5 MB) on the bench vault: printing them took 10 ms on one core and takes 7 on
            // two (the whole command 0.94× the time, `--regex gri.f` 0.91×, alternating runs).
            let runs = stride(from: 0, to: found.count, by: 64).map { $0..<min($0 + 64, found.count) }
            for batch in stride(from: 0, to: runs.count, by: 32).map({ runs[$0..<min($0 + 32, runs.count)] }) {
                let pieces = Parallel.map(Array(batch)) { run in
                    // Each path is shown on the core that writes its entry: made one after the
                    // other first, the 7,578 paths of `tend grep anger` on the bench vault took
                    // 15 million instructions on one core before the printing could start.
                    Self.text(of: found[run], headings: headings[run], shown: found[run].map { display($0.path) }, paint: paint)
                }
                for piece in pieces.joined() { piece.withUnsafeBufferPointer(write) }
            }
        }
    }

    /// The group heading before each entry, or nil when it continues the group before. A
    /// heading is made once, before a group's first entry; worked out in order, as each depends
    /// on the entry before (a search may find thousands).
    private static func headings(_ found: [EntryMatches], spans: [SessionSpan], paint: Paint) -> [String?] {
        var headings: [String?] = []
        var lastGroup: (key: GroupKey, title: String)?
        for i in found.indices {
            // Only the two fields: a copy of each whole entry cost more than the loop.
            let (session, date) = (found[i].session, found[i].date)
            let key = GroupKey(session: session, isNote: date == nil)
            var heading: String?
            if lastGroup?.key != key {
                let group = title(session: session, date: date, spans: spans)
                if group != lastGroup?.title { heading = (lastGroup == nil ? "" : "\n") + "\(paint.bold)\(group)\(paint.reset)\n" }
                lastGroup = (key, group)
            }
            headings.append(heading)
        }
        return headings
    }

    /// The text of a run of entries (each after its group's heading, if it has one), in
    /// pieces that end at an entry's end once they hold 64 KB.
    private static func text(of entries: ArraySlice<EntryMatches>, headings: ArraySlice<String?>, shown: [String],
                             paint: Paint) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        func put(_ piece: String) { out.append(contentsOf: piece.utf8) }
        for ((entry, heading), path) in zip(zip(entries, headings), shown) {
            if let heading { put(heading) }
            // `DAY · TITLE (TYPE)`, dimmed, each part written as it is: made as one String first,
            // the entry lines took a third of the printing of `tend grep anger`.
            put("\n"); put(paint.dim)
            if let date = entry.date { put(date.description); put(" · ") }
            put(entry.title); put(" ("); put(entry.type.rawValue); put(")"); put(paint.reset); put("\n")
            // Each line is `PATH:LINE:COL: text`; the path part is made once an entry, and the
            // numbers are written as digits (a String for each took a tenth of the printing).
            let prefix = Array(paint.path.utf8) + Array(path.utf8) + Array(paint.reset.utf8) + [UInt8(ascii: ":")]
            for line in entry.lines {
                out.append(contentsOf: prefix)
                appendDigits(line.line, to: &out)
                out.append(UInt8(ascii: ":"))
                appendDigits(line.column, to: &out)
                out.append(UInt8(ascii: ":"))
                out.append(UInt8(ascii: " "))
                put(paint.hit.isEmpty ? line.text : highlight(line, paint.hit, paint.reset))
                out.append(UInt8(ascii: "\n"))
            }
            if out.count > 1 << 16 { pieces.append(out); out.removeAll(keepingCapacity: true) }
        }
        if !out.isEmpty { pieces.append(out) }
        return pieces
    }

    /// The count per session: text with a bar scaled to the busiest session, or JSON objects
    /// with `session`, `start`, `end`, `entries`, `matches`.
    public func print(_ tally: SearchTally) {
        switch format {
        case .json: write(JSONValue.array(tally.rows.map(json)).pretty + "\n")
        case .jsonl: write(tally.rows.map { json($0).compact + "\n" }.joined())
        case .text:
            let titles = tally.rows.map { Self.title($0.group, spans: tally.spans) }
            let width = titles.map(\.count).max() ?? 0
            let most = max(1, tally.rows.map(\.lines).max() ?? 1)
            let numberWidth = String(most).count
            var out = ""
            for (title, row) in zip(titles, tally.rows) {
                let bar = String(repeating: "█", count: row.lines == 0 ? 0 : max(1, row.lines * 30 / most))
                let n = String(row.lines)
                out += title + String(repeating: " ", count: width - title.count) + "  "
                    + String(repeating: " ", count: numberWidth - n.count) + n + (bar.isEmpty ? "" : "  " + bar) + "\n"
            }
            write(out)
        }
    }

    /// `Session 3 · 2026-10-06 → 2026-10-27`, `Before the first session`, `Notes (no date)`.
    public static func title(session number: Int?, date: LocalDate?, spans: [SessionSpan]) -> String {
        guard date != nil else { return "Notes (no date)" }
        guard let number else { return "Before the first session" }
        guard let span = spans.first(where: { $0.number == number }), let start = span.start else { return "Session \(number)" }
        return "Session \(number) · \(start) → \(span.end ?? start)"
    }

    private static func title(_ group: SearchTally.Row.Group, spans: [SessionSpan]) -> String {
        switch group {
        case .span(let span): title(session: span.number, date: span.start ?? LocalDate(dayNumber: 0), spans: spans)
        case .numbered(let number): "Session \(number)"
        case .notes: "Notes (no date)"
        }
    }

    /// Appends the decimal digits of `n`.
    static func appendDigits(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else { return out.append(contentsOf: String(n).utf8) }
        if n >= 10 { appendDigits(n / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    /// The line with every matched range between `on` and `off` (nothing added without colour).
    static func highlight(_ line: LineMatch, _ on: String, _ off: String) -> String {
        guard !on.isEmpty else { return line.text }
        var out = ""
        var offset = 0
        var ranges = line.ranges[...]
        for ch in line.text {
            if let r = ranges.first, r.lowerBound == offset { out += on }
            out.append(ch)
            offset += 1
            if let r = ranges.first, r.upperBound == offset { out += off; ranges = ranges.dropFirst() }
        }
        if let r = ranges.first, r.upperBound >= offset, r.lowerBound < offset { out += off }
        return out
    }

    /// One object per matching line; `matches` are 1-based character ranges, both ends included.
    private func json(_ entry: EntryMatches) -> [JSONValue] {
        entry.lines.map { line in
            .object([
                ("path", .string(entry.path)), ("line", .int(line.line)), ("column", .int(line.column)),
                ("text", .string(line.text)),
                ("matches", .array(line.ranges.map { .array([.int($0.lowerBound + 1), .int($0.upperBound)]) })),
                ("date", .string(entry.date?.description)), ("session", .int(entry.session)), ("type", .string(entry.type.rawValue)),
                ("title", .string(entry.title)),
            ])
        }
    }

    private func json(_ row: SearchTally.Row) -> JSONValue {
        // A session numbered by hand has no span: its number is null, as it always was.
        let span: SessionSpan? = if case .span(let span) = row.group { span } else { nil }
        return .object([("session", .int(span?.number)), ("start", .string(span?.start?.description)),
                        ("end", .string(span?.end?.description)), ("entries", .int(row.entries)), ("matches", .int(row.lines))])
    }

    /// What a group heading depends on besides the spans.
    private struct GroupKey: Equatable {
        var session: Int?
        var isNote: Bool
    }

    /// The terminal's escape codes, or empty strings.
    private struct Paint: Sendable {
        var bold = "", dim = "", reset = "", path = "", hit = ""
        init(_ colour: Bool) {
            guard colour else { return }
            (bold, dim, reset, path, hit) = ("\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m", "\u{1B}[35m", "\u{1B}[1;31m")
        }
    }
}
