import TendCore

/// `tend sessions`: a row per journey, the metric before it against the windows after it.
public struct SessionListing: Listing, Sendable {
    /// The overview the rows come from.
    public var overview: SessionsOverview

    /// A listing of `overview`'s rows.
    public init(_ overview: SessionsOverview) { self.overview = overview }

    /// One row per journey.
    public var rows: [SessionRow] { overview.rows }

    /// One object per journey (`--format jsonl`, and `sessions` in the document).
    public func write(_ row: SessionRow, to json: inout JSONWriter) {
        json.object { json in
            json.field("session", row.journey.number)
            json.field("date", row.journey.entry.date.description)
            json.field("path", row.journey.entry.path)
            json.field("intentions", row.journey.intentions)
            json.field("window", row.journey.window.rawValue)
            json.field("hours_after", row.journey.hoursAfter)
            json.field("metric", overview.metric)
            json.field("before", row.metric.before.mean)
            json.objects("after", row.metric.after) { window, json in
                json.field("days", "\(window.days.lowerBound)-\(window.days.upperBound)")
                json.field("mean", window.mean)
                json.field("count", window.count)
            }
            json.field("back_to_baseline_day", row.metric.backToBaseline)
            json.objects("pairs", row.pairs) { pair, json in
                json.field("name", pair.name)
                json.field("before", pair.before)
                json.field("after", pair.after)
            }
        }
    }

    /// Everything as one object (`--format json`): the metric, the windows, the rows, the
    /// journeys charted and the scales.
    public func writeDocument(to json: inout JSONWriter) {
        let windows = overview.windows
        json.object { json in
            json.field("metric", overview.metric)
            json.field("before_days", windows.beforeDays)
            json.field("windows", windows.after.map { "\($0.lowerBound)-\($0.upperBound)" })
            json.key("sessions")
            json.array { json in for row in rows { write(row, to: &json) } }
            json.key("chart_sessions")
            json.array { json in for session in overview.chartSessions { json.int(session) } }
            json.objects("scales", overview.scales) { scale, json in
                json.field("name", scale.name)
                json.field("min", scale.range.lowerBound)
                json.field("max", scale.range.upperBound)
                json.field("first", scale.first.value)
                json.field("first_date", scale.first.date.description)
                json.field("latest", scale.latest.value)
                json.field("latest_date", scale.latest.date.description)
                json.field("count", scale.count)
                json.field("change", scale.change)
            }
        }
    }

    /// The table and the notes under it, or the sentence said when there is no journey.
    public var text: String {
        guard !rows.isEmpty else { return SessionsOverview.none + "\n" }
        let notes = overview.notes
        return Table.render(overview.tableRows, rightAligned: overview.rightAlignedColumns)
            + (notes.isEmpty ? "" : "\n" + notes.map { $0 + "\n" }.joined())
    }

    /// The table, the chart of the latest journeys and the notes.
    public var markdown: String? { overview.markdown }
}

extension SessionsOverview {
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
