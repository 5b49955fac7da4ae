import TendCore

extension ReadingTrace {
    /// `tend explain` as text: the entry's path and date, then one line per decision,
    /// `  12: insight — list item under "💡 Insights" (heading matched without its emoji)`,
    /// a skipped part with the config line that would read it.
    public func text(for entry: Entry?, path: String, line: Int? = nil) -> String {
        var out = path + "\n"
        if let entry {
            let kind = entry.date.map { "\(entry.type) entry of \($0)" } ?? "a note (no date)"
            out += "  read as \(kind)" + (entry.session.map { ", session \($0)" } ?? "") + "\n"
        }
        let shown = line.map(readings(atLine:)) ?? readings
        if shown.isEmpty, let line { out += "  \(line): nothing on this line is read (blank, front matter, code or HTML)\n" }
        let width = String(shown.map(\.line).max() ?? 0).count
        for reading in shown {
            let number = String(reading.line)
            out += "  " + String(repeating: " ", count: width - number.count) + number + ": " + reading.what + " — " + reading.rule
            if let hint = reading.hint { out += "; " + hint }
            out += "\n"
        }
        return out
    }

    /// `tend explain --format json`: `{"path", "date", "type", "session", "note", "readings": [{line, column, what, rule, hint}]}`.
    public func json(for entry: Entry?, path: String, line: Int? = nil) -> JSONValue {
        let shown = line.map(readings(atLine:)) ?? readings
        return .object([
            ("path", .string(path)),
            ("date", .string(entry?.date?.description)),
            ("type", .string(entry?.type.rawValue)),
            ("session", .int(entry?.session)),
            ("note", .bool(entry?.isNote ?? false)),
            ("readings", .array(shown.map { r in
                .object([("line", .int(r.line)), ("column", .int(r.column)), ("what", .string(r.what)),
                         ("rule", .string(r.rule)), ("hint", .string(r.hint))])
            })),
        ])
    }
}
