import Testing
@testable import TendCore

/// Labelled lines that open an entry (`Mood: 6/10` under its title, as many plain templates
/// begin and as Day One exports `Date:` and `Tags:`): their numbers are metrics, so that the
/// mood around each journey shows for people who never write front matter.
struct OpeningLinesTests {
    /// (markdown, the metrics expected).
    static let metrics: [(String, [String: Double])] = [
        ("Mood: 6/10\nEnergy: low\n\nText", ["mood": 6]),
        ("# Thursday\n\nMood: 6 / 10\nSleep: 7.5\nAnxiety: 3\n\nText", ["mood": 6, "sleep": 7.5, "anxiety": 3]),
        ("**Anxiety:** 3\n**Mood**: 7\n", ["anxiety": 3, "mood": 7]),
        ("\tDate:\tDecember 5, 2019 at 12:00:00 AM EST\n\tWeather:\t12°C Cloudy\n\nText", [:]),
        // Front matter and a field come first.
        ("---\nmood: 4\n---\nMood: 6\nSleep: 8\n", ["mood": 4, "sleep": 8]),
        ("mood:: 4\nEnergy: 2\n", ["mood": 4, "energy": 2]),
        // Only the opening lines; only numbers, and out of ten when a scale is written.
        ("Text first.\n\nMood: 6", [:]),
        ("Mood: 6\n\nText.\n\nMood: 2", ["mood": 6]),
        ("Mood: 4/5\n", [:]),
        ("Mood: 6, a bit better\n", [:]),
        ("- Mood: 6\n", [:]),
        // A label front matter gives a meaning of its own is no metric.
        ("Session: 3\nDay: 2\nType: 5\n", [:]),
    ]

    @Test("numbers on the lines that open an entry are its metrics", arguments: metrics)
    func readsMetrics(_ markdown: String, _ expected: [String: Double]) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.metrics == expected)
        #expect(entry.session == nil)
    }

    @Test("tend explain says why a number that opens an entry is not a metric, and says nothing of words")
    func unreadNumberExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "Mood: 4/5\nSleep: 7h\nWeather: cloudy\nEnergy: 3\n\nText\n"
        let (parsed, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.metrics == ["energy": 3])
        let metrics = trace.readings.filter { $0.what == "metric" }
        #expect(metrics.map(\.line) == [1, 2, 4])
        #expect(metrics.first?.rule == "its 'Mood:' line at the top holds '4/5', which is not a plain number or one out of ten, so it is not a metric")
        #expect(metrics.first?.hint == "write it as 'Mood: 6' or 'Mood: 6/10'")
    }

    @Test("tend explain names each metric line")
    func explained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "# Thursday\n\nEnergy: low\nMood: 6/10\n\nText\n"
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        let metrics = trace.readings.filter { $0.what == "metric" }
        #expect(metrics.map(\.line) == [4])
        #expect(metrics.first?.rule == "its 'Mood:' line at the top holds a number, so it is a metric")
    }
}
