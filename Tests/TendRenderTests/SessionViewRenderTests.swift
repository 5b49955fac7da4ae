import Testing
@testable import TendRender
import TendCore

/// Wording and escaping of the session views.
struct SessionViewRenderTests {
    @Test(arguments: [(3, 7, "3 days out of 7"), (1, 12, "1 day out of 12"), (0, 5, "0 days out of 5")])
    func daysOutOf(days: Int, outOf: Int, text: String) {
        #expect(Format.daysOutOf(days, outOf) == text)
    }

    @Test(arguments: [("a & b", "a &amp; b"), ("<script>", "&lt;script&gt;"), ("\"it's\"", "&quot;it&#39;s&quot;"), ("plain", "plain")])
    func htmlEscaping(text: String, escaped: String) {
        #expect(HTML.escape(text) == escaped)
    }

    // Mermaid needs a value at every point: gaps take the line between their neighbours.
    @Test(arguments: [([4, nil, 6], [4, 5, 6]), ([nil, 3, nil], [3, 3, 3]), ([nil, nil], [0, 0]), ([2, nil, nil, 8], [2, 4, 6, 8])]
          as [([Double?], [Double])])
    func chartGapsAreFilled(values: [Double?], filled: [Double]) {
        #expect(Chart.filled(values) == filled)
    }

    @Test func streaksOnlyWhenAskedFor() throws {
        let entries = ["2026-11-02", "2026-11-03", "2026-11-04"].map { day -> Entry in
            var e = Entry(path: day + ".md")
            e.date = LocalDate(parsing: day)
            e.practices = [Practice(name: "walk", minutes: nil, source: ItemSource(line: 1, column: 1))]
            return e
        }
        let week = Week(parsing: "2026-W45")!, today = LocalDate(parsing: "2026-11-20")!
        for streaks in [false, true] {
            let review = try Review(week: week, store: InMemoryJournal(entries: entries), today: today, streaks: streaks)
            let text = try TemplateRenderer.render(TemplateSource(text: "{{#practices}}{{daysText}}{{#streakText}} · {{.}}{{/streakText}}{{/practices}}", file: "t"),
                                                   context: review.json)
            #expect(text == (streaks ? "3 days out of 7 · 3 days in a row" : "3 days out of 7"))
        }
    }

    @Test func theSharedPageEscapesEverythingAndRunsNothing() {
        let document = SharedDocument(title: "Journey <1>", blocks: [
            .heading("Insights"), .list(["a <b>bold</b> & \"quoted\" idea"]),
            .chart("Mood", axis: ["1", "2"], series: [.init(name: "M<o>od", values: [4, 6])]),
        ])
        let html = document.html
        #expect(html.contains("<h1>Journey &lt;1&gt;</h1>"))
        #expect(html.contains("<li>a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; idea</li>"))
        #expect(html.contains("<polyline"))
        #expect(!html.contains("M<o>od"))
        #expect(!html.contains("<script"))
    }

    /// Regression: the chart drew the latest journey's last mood flat to day +14 with no word
    /// that nothing was written after day +3, and a journey with no mood at all as a line at 0.
    /// Each case: the days since the journey with a value → the note under the chart.
    @Test(arguments: [
        ([-3, -2, -1, 0, 1, 2, 3], "Days with no mood written are drawn from the days around them. It was written for Journey 5 on 7 of 18 days, from day -3 to +3."),
        ([-1, 2], "Days with no mood written are drawn from the days around them. It was written for Journey 5 on 2 of 18 days, from day -1 to +2."),
        (Array(-3...14), nil),
    ])
    func chartSaysWhichDaysWereWritten(days: [Int], note: String?) throws {
        let journey = try #require(LocalDate(parsing: "2026-11-17"))
        let values = days.map { MetricValue(date: journey.adding(days: $0), path: "x.md", name: "mood", value: 6) }
        let metric = JourneyMetric(name: "mood", journey: journey, next: nil, values: values, windows: MetricWindows())
        #expect(MetricWindows().hasChartValue(metric))
        #expect(MetricWindows().chartNote(metric: "Mood", [("Journey 5", metric)]) == note)
    }

    /// A journey with no value, or with one (a line through it would show that mood on every
    /// day), is not charted: the table says what was written.
    @Test(arguments: [[], [2], [-8, 2, 20]])
    func aJourneyWithFewerThanTwoValuesIsNotCharted(days: [Int]) throws {
        let journey = try #require(LocalDate(parsing: "2026-11-17"))
        let values = days.map { MetricValue(date: journey.adding(days: $0), path: "x.md", name: "mood", value: 6) }
        let metric = JourneyMetric(name: "mood", journey: journey, next: nil, values: values, windows: MetricWindows())
        #expect(!MetricWindows().hasChartValue(metric))
    }
}
