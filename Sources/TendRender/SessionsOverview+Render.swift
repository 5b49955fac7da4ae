import TendCore

extension SessionsOverview {
    /// One JSON object per journey (`tend sessions --format jsonl`, and `sessions` in ``json``).
    public var rowsJSON: [JSONValue] {
        rows.map { row in
            .object([
                ("session", .int(row.journey.number)), ("date", .string(row.journey.entry.date.description)),
                ("path", .string(row.journey.entry.path)),
                ("intentions", .array(row.journey.intentions.map { .string($0) })),
                ("window", .string(row.journey.window.rawValue)), ("hours_after", .int(row.journey.hoursAfter)),
                ("metric", .string(metric)),
                ("before", .number(row.metric.before.mean)),
                ("after", .array(row.metric.after.map { w in
                    .object([("days", .string("\(w.days.lowerBound)-\(w.days.upperBound)")), ("mean", .number(w.mean)), ("count", .int(w.count))])
                })),
                ("back_to_baseline_day", .int(row.metric.backToBaseline)),
                ("pairs", .array(row.pairs.map { p in
                    .object([("name", .string(p.name)), ("before", .number(p.before)), ("after", .number(p.after))])
                })),
            ])
        }
    }

    /// Everything as one JSON value (`tend sessions --format json`).
    public var json: JSONValue {
        .object([
            ("metric", .string(metric)),
            ("before_days", .int(windows.beforeDays)),
            ("windows", .array(windows.after.map { .string("\($0.lowerBound)-\($0.upperBound)") })),
            ("sessions", .array(rowsJSON)),
            ("chart_sessions", .array(chartSessions.map { .int($0) })),
            ("scales", .array(scales.map { s in
                .object([("name", .string(s.name)), ("min", .number(s.range.lowerBound)), ("max", .number(s.range.upperBound)),
                         ("first", .number(s.first.value)), ("first_date", .string(s.first.date.description)),
                         ("latest", .number(s.latest.value)), ("latest_date", .string(s.latest.date.description)),
                         ("count", .int(s.count)), ("change", .number(s.change))])
            })),
        ])
    }

    /// The table's rows, a header first: journey, date, intention, window, the metric before
    /// and in each window after, and the day it was back.
    public var tableRows: [[String]] {
        let header = ["journey", "date", "intention", "window", "\(windows.beforeDays) days before"]
            + windows.after.map { Format.days($0) } + ["back to before"]
        return [header] + rows.map { row in
            [String(row.journey.number), Format.day(row.journey.entry.date), Self.short(row.journey.intentions.first ?? "–"),
             windowText(row.journey)] + metricCells(row)
        }
    }

    /// The columns a table shows right-aligned.
    public var rightAlignedColumns: Set<Int> { Set(4...(5 + windows.after.count)) }

    /// Sentences under the table: the pairs written on a journey's day, and the scales.
    public var notes: [String] {
        var lines: [String] = []
        if !rows.isEmpty, !hasValues {
            lines.append("No \(metric) was written in the days around a journey, so the table is empty; "
                + "a number in an entry's front matter (\(metric): 6) or a line \(metric):: 6 is one.")
        }
        for row in rows {
            for pair in row.pairs {
                lines.append("Journey \(row.journey.number): \(pair.name) \(Format.number(pair.before)) before, \(Format.number(pair.after)) after.")
            }
        }
        for scale in scales {
            lines.append("\(scale.name.uppercased()) (\(Format.number(scale.range.lowerBound))–\(Format.number(scale.range.upperBound))): "
                + "\(Format.number(scale.latest.value)) on \(Format.day(scale.latest.date)) \(scale.latest.date.year); "
                + "first \(Format.number(scale.first.value)) on \(Format.day(scale.first.date)) \(scale.first.date.year) "
                + "(\(Format.change(scale.change)) since then, \(Format.count(scale.count, "value")) in all).")
        }
        return lines
    }

    /// The overview as Markdown: the table, the chart of the latest journeys, the notes.
    public var markdown: String {
        guard !rows.isEmpty else { return Self.none + "\n" }
        let label = Format.label(metric)
        var text = "# \(label) around each journey\n\n"
        text += "Means of \(metric) in the \(Format.count(windows.beforeDays, "day")) before each journey against the days after it "
            + "(day 0 is the journey). *Back to before* is the first day after it that was at the level from before.\n\n"
        let table = tableRows
        text += "| " + table[0].joined(separator: " | ") + " |\n"
        text += "|---:|---|---|---|" + String(repeating: "---:|", count: windows.after.count + 2) + "\n"
        for row in table.dropFirst() { text += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
        let charted = rows.filter { chartSessions.contains($0.journey.number) && windows.hasChartValue($0.metric) }
        if !charted.isEmpty {
            let lines = charted.map { ("Journey \($0.journey.number)", $0.metric) }
            text += "\n" + windows.mermaid(metric: label, lines) + "\n"
            if charted.count > 1 {
                text += "\nLines in order: " + charted.map { "journey \($0.journey.number)" }.joined(separator: ", ") + ".\n"
            }
            if let note = windows.chartNote(metric: label, lines) { text += "\n" + note + "\n" }
        }
        let notes = notes
        if !notes.isEmpty { text += "\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return text
    }

    /// What is said when the vault has no journey.
    public static let none = "No journeys yet. An entry with `type: journey` (or KAP, session…) in its front matter, a `#journey` or `#kap` tag, or a folder named under `journeys:` in `.tend/config.yaml` is a journey."

    private func windowText(_ journey: JourneyReview) -> String {
        switch journey.window {
        case .kept: return journey.hoursAfter.map { "kept, \($0) h after" } ?? "kept"
        case .missed: return "nothing written"
        case .ahead: return "still ahead"
        }
    }

    private func metricCells(_ row: SessionRow) -> [String] {
        let m = row.metric
        return [m.before.mean.map(Format.number) ?? "–"] + m.after.map { $0.mean.map(Format.number) ?? "–" } + [m.backText(windows)]
    }

    /// A long intention, shortened for a table.
    private static func short(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// A Markdown table cell: a `|` would end it.
    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
