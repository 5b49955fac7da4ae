import TendCore

extension SessionBrief {
    /// The brief as one JSON value: `tend review --session N --format json` and the context of
    /// `Templates/session-review.md`.
    public var json: JSONValue {
        let period = summary.period
        let days = Format.count(period.dayCount, "day")
        let until = nextJourney.map { "the day before journey \($0)" } ?? "today"
        var pairs: [(String, JSONValue)] = [
            ("session", .int(journey.number)),
            ("start", .string(period.start.description)), ("end", .string(period.end.description)),
            ("spanText", .string(Format.span(period.start, period.end))),
            ("periodText", .string("From the journey on \(period.start.longText) to \(until), \(days).")),
            ("days", .int(period.dayCount)),
            ("nextJourney", .int(nextJourney)),
            ("today", .string(today.description)),
            ("journey", journey.json),
            ("intention", .string(journey.intentions.isEmpty ? nil : journey.intentions.joined(separator: " · "))),
        ]
        pairs += summary.jsonPairs(during: "since the journey", before: "the \(days) before it")
        let mood = windows.first { $0.name == "mood" && windowDays.hasChartValue($0) }
        let moodLine = mood.map { [("Journey \(journey.number)", $0)] }
        let moodChart = moodLine.map { windowDays.mermaid(metric: "Mood", $0) }
        let moodChartNote = moodLine.flatMap { windowDays.chartNote(metric: "Mood", $0) }
        let recurringText = recurringThemes.map { t in
            "*\(t.name)* (since \(t.firstSeen.shortText) \(t.firstSeen.year), \(Format.count(t.sessions, "session")))"
        }.joined(separator: " · ")
        let pairsJSON: [JSONValue] = self.pairs.map { p in
            let text = "\(Format.label(p.name)) \(Format.number(p.before)) before the journey, \(Format.number(p.after)) after it, on the day."
            return .object([("name", .string(p.name)), ("before", .number(p.before)), ("after", .number(p.after)), ("text", .string(text))])
        }
        pairs += [
            ("windows", .array(windows.map { $0.json(windowDays) })),
            ("pairs", .array(pairsJSON)),
            ("hasWindows", .bool(!windows.isEmpty || !self.pairs.isEmpty)),
            ("hasTable", .bool(!windows.isEmpty)), ("hasPairs", .bool(!self.pairs.isEmpty)),
            ("windowHeader", .string(windowDays.header)),
            ("windowRule", .string(windowDays.headerRule)),
            ("moodChart", .string(moodChart)), ("hasMoodChart", .bool(moodChart != nil)),
            ("moodChartNote", .string(moodChartNote)),
            ("themes", .object([
                ("recurring", .array(recurringThemes.map(\.json))), ("new", .array(newThemes.map(\.json))),
                ("hasRecurring", .bool(!recurringThemes.isEmpty)), ("hasNew", .bool(!newThemes.isEmpty)),
                ("recurringText", .string(recurringText)),
                ("newText", .string(newThemes.map { "*\($0.name)*" }.joined(separator: " · "))),
            ])),
            ("toBring", .array(toBring.map { .string($0) })), ("hasToBring", .bool(!toBring.isEmpty)),
        ]
        return .object(pairs)
    }
}

extension PeriodSummary {
    /// The summary's values; `during` and `before` name the period and the days before it.
    func jsonPairs(during: String, before: String) -> [(String, JSONValue)] {
        [
            ("entries", .array(entries.map(\.json))),
            ("entryCount", .int(entries.count)),
            ("entryCountText", .string(Format.count(entries.count, "entry", "entries"))),
            ("insights", .array(insights.map(\.json))), ("hasInsights", .bool(!insights.isEmpty)),
            ("emotions", emotions.json(during: during, before: before)), ("hasEmotions", .bool(emotions.total > 0)),
            ("metrics", .array(metrics.map(\.json))), ("hasMetrics", .bool(!metrics.isEmpty)),
            ("steps", .object([
                ("opened", .array(steps.opened.map(\.json))), ("openedCount", .int(steps.opened.count)),
                ("completed", .array(steps.completed.map(\.json))), ("hasCompleted", .bool(!steps.completed.isEmpty)),
                ("stillOpen", .array(steps.stillOpen.map(\.json))), ("hasStillOpen", .bool(!steps.stillOpen.isEmpty)),
                ("sentence", .string(stepsSentence(during: during))),
            ])),
            ("practices", .array(practices.map { p in
                .object([("name", .string(p.name)), ("label", .string(Format.label(p.name))), ("days", .int(p.days)),
                         ("outOf", .int(p.outOf)), ("daysText", .string(Format.daysOutOf(p.days, p.outOf))),
                         ("minutes", .int(p.minutes)), ("minutesText", .string(p.minutes > 0 ? "\(p.minutes) min" : nil))])
            })),
            ("hasPractices", .bool(!practices.isEmpty)),
            ("gratitude", .array(gratitude.map(\.json))), ("hasGratitude", .bool(!gratitude.isEmpty)),
            ("questions", .array(questions.map(\.json))), ("hasQuestions", .bool(!questions.isEmpty)),
            ("waiting", .array(waiting.map(\.json))), ("hasWaiting", .bool(!waiting.isEmpty)),
        ]
    }

    func stepsSentence(during: String) -> String {
        let written = steps.opened.isEmpty ? "No steps were written down \(during)"
            : "You wrote down \(Format.count(steps.opened.count, "step")) \(during)"
        let done = steps.completed.isEmpty ? "" : ", \(steps.completed.count) done"
        let open = steps.stillOpen.isEmpty ? "" : "; \(steps.stillOpen.count == 1 ? "one is" : "\(steps.stillOpen.count) are") still open"
        return written + done + open + "."
    }
}

extension JourneyMetric {
    /// The metric around its journey, with the words a table shows.
    func json(_ windows: MetricWindows) -> JSONValue {
        func mean(_ w: WindowMean) -> JSONValue {
            .object([("days", .string(Format.days(w.days))), ("mean", .number(w.mean)), ("count", .int(w.count)),
                     ("meanText", .string(w.mean.map(Format.number) ?? "–"))])
        }
        let back = backText(windows)
        return .object([
            ("name", .string(name)), ("label", .string(Format.label(name))),
            ("before", mean(before)), ("after", .array(after.map(mean))),
            ("backToBaseline", .int(backToBaseline)), ("backText", .string(back)),
            ("row", .string(([Format.label(name), before.mean.map(Format.number) ?? "–"]
                + after.map { $0.mean.map(Format.number) ?? "–" } + [back]).joined(separator: " | "))),
            ("byDay", .object(byDay.sorted { $0.key < $1.key }.map { (String($0.key), .number($0.value)) })),
        ])
    }
}

extension JourneyMetric {
    /// `day 5`; `not by day 9` (the last day with a value); `–` with no level before or no value after.
    func backText(_ windows: MetricWindows) -> String {
        if let day = backToBaseline { return "day \(day)" }
        guard before.mean != nil, let last = lastSeenDay else { return "–" }
        return "not by day \(last)"
    }
}

extension MetricWindows {
    /// `| | before (7 days) | days 1–3 | days 4–7 | days 8–14 | back by |`
    var header: String {
        "| | \(Format.count(beforeDays, "day")) before | " + after.map { Format.days($0) }.joined(separator: " | ") + " | back to before |"
    }

    /// The Markdown rule under ``header``.
    var headerRule: String { "|---|" + String(repeating: "---:|", count: after.count + 2) }

    /// The chart's x axis: days since the journey.
    var axis: [String] { chartDays.map { $0 == 0 ? "J" : ($0 > 0 ? "+\($0)" : "\($0)") } }

    /// A Mermaid chart of `metric` by days since journey, one line per journey.
    func mermaid(metric: String, _ lines: [(name: String, metric: JourneyMetric)]) -> String {
        Chart.mermaid(title: "\(metric) by days since journey (" + lines.map(\.name).joined(separator: ", ") + ")",
                      axis: axis, yLabel: metric, lines: lines.map { l in chartDays.map { l.metric.byDay[$0] } })
    }

    /// True when the metric was written on at least two days of the chart. A line with no value
    /// would be drawn as made-up numbers, and one through a single day as the same number every
    /// day, so both are left out: the table says what was written.
    func hasChartValue(_ metric: JourneyMetric) -> Bool {
        chartDays.filter { metric.byDay[$0] != nil }.count >= 2
    }

    /// A sentence under the chart when a line has days with no value: Mermaid draws every
    /// day, so those are drawn from the days around them (``Chart/filled(_:)``), and the reader
    /// should know which days were written. Nil when every day of every line was.
    func chartNote(metric: String, _ lines: [(name: String, metric: JourneyMetric)]) -> String? {
        let parts = lines.compactMap { line -> String? in
            let written = chartDays.filter { line.metric.byDay[$0] != nil }
            guard let first = written.first, let last = written.last, written.count < chartDays.count else { return nil }
            let span = first == last ? "on day \(dayLabel(first))" : "from day \(dayLabel(first)) to \(dayLabel(last))"
            return "\(line.name) on \(written.count) of \(chartDays.count) days, \(span)"
        }
        guard !parts.isEmpty else { return nil }
        return "Days with no \(metric.lowercased()) written are drawn from the days around them. It was written for "
            + parts.joined(separator: "; ") + "."
    }

    private func dayLabel(_ day: Int) -> String { day > 0 ? "+\(day)" : "\(day)" }
}
