import TendCore

extension ShareSummary {
    /// The summary as a document to print as Markdown or HTML. Entries are named by their day
    /// (and, with their text, their title); no path or link leads back into the vault.
    public var document: SharedDocument {
        let span = Format.span(period.start, period.end)
        let title = session.map { "Integration summary · Journey \($0) · \(span)" } ?? "Integration summary · \(span)"
        let during = session == nil ? "in these days" : "since the journey"
        let before = "the \(Format.count(period.dayCount, "day")) before"
        var blocks: [SharedDocument.Block] = [
            .paragraph("From my journal, made on \(today.longText) \(today.year). Entries I keep private are not part of it."),
        ]

        if !journeys.isEmpty {
            blocks.append(.heading(journeys.count == 1 ? "Journey" : "Journeys"))
            for j in journeys {
                let intention = j.intentions.isEmpty ? "no intention written" : "intention: " + j.intentions.joined(separator: " · ")
                blocks.append(.labeled("Journey \(j.number) · \(Format.day(j.entry.date)):", intention))
                blocks.append(.paragraph(Self.window(j)))
                for pair in pairs[j.number] ?? [] {
                    blocks.append(.paragraph("\(Format.label(pair.name)) on the day: \(Format.number(pair.before)) before the journey, \(Format.number(pair.after)) after it."))
                }
            }
        }
        if !summary.questions.isEmpty {
            blocks.append(.heading("Questions I want to bring"))
            blocks.append(.list(summary.questions.map { "\($0.text) (\(Format.day($0.entry.date)))" }))
        }
        if !summary.insights.isEmpty {
            blocks.append(.heading("Insights"))
            blocks.append(.list(summary.insights.map { "\($0.text) (\(Format.day($0.entry.date)))" }))
        }
        if !summary.waiting.isEmpty {
            blocks.append(.heading("Still waiting for a first step"))
            blocks.append(.list(summary.waiting.map { "\($0.text) (\(Format.day($0.entry.date)))" }))
        }
        let feelings = summary.emotions
        if feelings.total > 0 {
            blocks.append(.heading("Feelings"))
            blocks.append(.paragraph("I named \(Format.count(feelings.total, "feeling")) \(during)\(Format.against(feelings.total, feelings.previousTotal, before))."))
            blocks.append(.table(["family", during, before], feelings.families.map { [$0.name, String($0.count), String($0.previous)] },
                                 right: [1, 2]))
            blocks.append(.paragraph("Most named: " + feelings.top.map { e in
                "\(e.name) ×\(e.count)" + (e.meanIntensity.map { " (intensity \(Format.number($0)))" } ?? "")
            }.joined(separator: " · ")))
        }
        if !summary.metrics.isEmpty {
            blocks.append(.heading("How I felt"))
            blocks.append(.table(["", "mean", "low", "high", before], summary.metrics.map { m in
                [Format.label(m.name), Format.number(m.mean), Format.number(m.min), Format.number(m.max),
                 m.previousMean.map(Format.number) ?? "–"]
            }, right: [1, 2, 3, 4]))
            if summary.moodByDay.contains(where: { $0.value != nil }) {
                blocks.append(.chart("Mood by day", axis: summary.moodByDay.map { "\($0.date.day)/\($0.date.month)" },
                                     series: [.init(name: "Mood", values: summary.moodByDay.map(\.value))]))
            }
        }
        if !windows.isEmpty {
            blocks.append(.heading("Before and after the journey"))
            blocks.append(.paragraph("Means of the \(Format.count(windowDays.beforeDays, "day")) before the journey against the days after it. "
                + "Back to before: the first day after it that was at the level from before."))
            blocks.append(.table(["", "\(Format.count(windowDays.beforeDays, "day")) before"] + windowDays.after.map { Format.days($0) } + ["back to before"],
                                 windows.map { m in
                                     [Format.label(m.name), m.before.mean.map(Format.number) ?? "–"]
                                         + m.after.map { $0.mean.map(Format.number) ?? "–" } + [m.backText(windowDays)]
                                 }, right: Set(1...(windowDays.after.count + 1))))
            if let mood = windows.first(where: { $0.name == "mood" && !$0.byDay.isEmpty }) {
                blocks.append(.chart("Mood by days since the journey (J)", axis: windowDays.axis,
                                     series: [.init(name: "Mood", values: windowDays.chartDays.map { mood.byDay[$0] })]))
            }
        }
        blocks.append(.heading("Small steps"))
        blocks.append(.paragraph(summary.stepsSentence(during: during).replacingOccurrences(of: "You wrote", with: "I wrote")))
        if !summary.steps.completed.isEmpty {
            blocks.append(.paragraph("Done:"))
            blocks.append(.list(summary.steps.completed.map { "✓ \($0.text)" }))
        }
        if !summary.steps.stillOpen.isEmpty {
            blocks.append(.paragraph("Still open:"))
            blocks.append(.list(summary.steps.stillOpen.map { $0.text + ($0.due.map { " (due \(Format.day($0)))" } ?? "") }))
        }
        if !summary.practices.isEmpty {
            blocks.append(.heading("Practices"))
            blocks.append(.list(summary.practices.map { "\(Format.label($0.name)): \(Format.daysOutOf($0.days, $0.outOf))" }))
        }
        if !texts.isEmpty {
            blocks.append(.heading("In my own words"))
            for t in texts { blocks.append(.text("\(Format.day(t.entry.date)) · \(t.entry.title)", t.text)) }
        }
        return SharedDocument(title: title, blocks: blocks)
    }

    private static func window(_ j: JourneyReview) -> String {
        switch j.window {
        case .kept:
            return "Integration window kept: I wrote on \(j.keptBy.map { Format.day($0.date) } ?? "")" + (j.hoursAfter.map { ", \($0) hours after" } ?? "") + "."
        case .missed: return "Nothing was written in the 48–72 hours after it."
        case .ahead: return "The 48–72 hour integration window is still ahead."
        }
    }
}
