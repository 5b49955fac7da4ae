import Testing
@testable import TendCore

/// A metric's value reads the same wherever it is written: front matter, a Dataview field, a
/// line at the top. Before, `mood: 7/10` in front matter was text while `Mood: 7/10` at the
/// top of the body was the metric 7.
struct MetricValueTests {
    /// (entry, its metrics).
    static let values: [(String, [String: Double])] = [
        ("---\nmood: 7/10\n---\nToday.\n", ["mood": 7]),
        ("---\nmood: 6.5 / 10\nsleep: 7\n---\n", ["mood": 6.5, "sleep": 7]),
        ("---\nmood: 7 🙂\n---\n", ["mood": 7]),
        // Out of five, doubled as an emotion's `joy 3/5` is (since the gap hunt of 2026-12-03's
        // afternoon: `mood: 4/5` was text before; `RatingOutOfFiveTests` has the rest).
        ("---\nmood: 4/5\n---\n", ["mood": 8]),
        // Quoted, YAML keeps it text (docs/vault-format.md).
        ("---\nanxiety: \"4\"\nmood: '7/10'\n---\n", [:]),
        ("---\nsleep: 7h\n---\n", [:]),
        ("mood:: 7/10\n", ["mood": 7]),
        ("A line first.\n\nenergy:: 6/10\n", ["energy": 6]),
        ("Mood: 7/10\n", ["mood": 7]),
        // Out of ten in words, as people say it (the second gap hunt of 2026-12-03), in the languages
        // whose metric names tend reads; out of five is doubled, as `4/5` is (since that
        // afternoon; it stayed text before), and out of a hundred stays text.
        ("---\nmood: 7 out of 10\n---\n", ["mood": 7]),
        ("Anxiety: 4 out of 10\n", ["anxiety": 4]),
        ("Mood: 6 of 10 — steadier\n", ["mood": 6]),
        ("Stimmung: 6 von 10\n", ["mood": 6]),
        ("Humeur : 5 sur 10\n", ["mood": 5]),
        ("Mood: 4 out of 5\n", ["mood": 8]),
        // Read since parser version 50, when a percentage became a rating (RatingOtherScalesTests).
        ("Mood: 4 out of 100\n", ["mood": 0.4]),
        // A face before the number as after it (the second gap hunt of 2026-12-03).
        ("Mood: 😊 7\n", ["mood": 7]),
        ("---\nmood: 😌 6/10\n---\n", ["mood": 6]),
        ("Text.\n\n## Check-in\n- Energy: ⚡️ 4\n", ["energy": 4]),
        ("Calm: ☺️ 6\nFocus: 🧠7\n", ["calm": 6, "focus": 7]),
        // Only an emoji: a minus sign before a number is no face.
        ("---\ntemperature: −3\n---\n", [:]),
        // The night as people log it: `Slept:` and `Hours slept:` are sleep.
        ("Slept: 7h\n", ["sleep": 7]),
        ("Hours slept: 6.5\n", ["sleep": 6.5]),
        ("---\nsleep_hours: 8\n---\n", ["sleep": 8]),
        // A rating named with *level*, *rating* or *score* after it is the rating (since parser
        // version 58; a public daily-journal template's `⚡ **Energy Level**: 8/10`).
        ("Text.\n\n## Mood & Energy\n😊 **Mood**: Good\n⚡ **Energy Level**: 8/10\n", ["mood": 8, "energy": 8]),
        ("Anxiety level: 4\nStress Level: 3\n", ["anxiety": 4, "stress": 3]),
        ("---\nmood_rating: 6\nenergy level before: 3\n---\n", ["mood": 6, "energy_before": 3]),
        ("Energy level: 4\nEnergy: 6\n", ["energy_level": 4, "energy": 6]),
        // A time or a name is no metric (since parser version 61; the weekly review charted them
        // beside mood): Dendron's note header (dendronhq/dendron, test-workspace/vault/dendron.faq.md),
        // a Logseq page's `created_at` (logseq/docs, pages/Queries.md), an `id`.
        ("---\nid: Tb8aD8KYsD13l0W20dIEy\ntitle: Faq\ndesc: ''\nupdated: 1644502845130\ncreated: 1644502827652\n---\n\n## Hello\nhello world\n", [:]),
        ("created_at:: 1609231967174\nmood:: 6\n", ["mood": 6]),
        ("---\nid: 4711\nmodified: 1732780800\nmood: 5\nday: 3\n---\n", ["mood": 5, "day": 3]),
        ("---\njournal-start-date: 2026-11-23\njournal-index: 3\nmood: 5\n---\n", ["mood": 5]),
    ]

    @Test(arguments: values)
    func value(_ markdown: String, _ expected: [String: Double]) {
        #expect(parse(markdown).metrics == expected)
    }

    @Test func theFieldKeepsWhatWasWritten() {
        #expect(parse("---\nmood: 7/10\n---\n").fields["mood"] == .string("7/10"))
    }

    /// (front matter line, what `tend explain` says of it, its hint).
    static let explained: [(String, String, String?)] = [
        ("mood: 7/10", "front matter 'mood' holds a number, so it is a metric", nil),
        ("anxiety: \"4\"", "front matter 'anxiety' holds '4' in quotes, which YAML keeps as text, so it is a field, not a metric",
         "write it without quotes, 'anxiety: 4', to read it as a number"),
        ("Sleep: 7h", "front matter 'Sleep' holds '7h', a number with its unit, so it is a field, not a metric",
         "write it as 'Sleep: 7' to read it as a number"),
        // Out of five is read since the gap hunt of 2026-12-03's afternoon (a field before);
        // out of seven is still a field.
        ("mood: 4/5", "front matter 'mood' holds '4/5', a rating out of five, so it is a metric: 8 out of ten", nil),
        ("mood: 4/7", "front matter 'mood' holds '4/7', a number out of 7, not out of ten, so it is a field, not a metric",
         "write it as 'mood: 6' or 'mood: 6/10' to read it as a number"),
        // Stars and out of five (`RatingOutOfFiveTests`): read, or why not.
        ("energy: ★★★☆☆", "front matter 'energy' holds '★★★☆☆', a rating out of five, so it is a metric: 6 out of ten", nil),
        ("focus: 4/5", "front matter 'focus' holds '4/5', a number out of five, so it is a field, not a metric: \(OpeningLines.outOfFiveWhy)",
         "write it as 'focus: 8/10' to chart it"),
        ("mood: 6/5", "front matter 'mood' holds '6/5', a number over five out of five, so it is a field, not a metric",
         "write it as 'mood: 6' or 'mood: 6/10' to chart it"),
        ("place: the lake", "front matter 'place', kept as a field", nil),
        // A date, a time or a range is a field like any other, with no hint.
        ("due: 2026-11-20", "front matter 'due', kept as a field", nil),
        ("start: 09:30", "front matter 'start', kept as a field", nil),
        ("sleep: 6-7", "front matter 'sleep', kept as a field", nil),
        // A rating in a word or a face, said as at the top (the gap hunt of 2026-12-03); any
        // other word is just a field.
        ("energy: low", "front matter 'energy' holds 'low', a word, not a number, so it is a field, not a metric",
         "write it as 'energy: 6' or 'energy: 6/10' to chart it"),
        // A face that names a feeling is that feeling too, since parser version 61
        // (`faceIsAFeelingAndNoNumber`); this row was `😊`.
        ("mood: 😐", "front matter 'mood' holds '😐', an emoji, not a number, so it is a field, not a metric",
         "write it as 'mood: 6' or 'mood: 6/10' to chart it"),
        // Since parser version 50 a mood in a word also names the words that are read (Daylio's).
        ("stimmung: gut", "front matter 'stimmung' holds 'gut', a word, not a number, so it is a field, not a metric (of words, tend reads Daylio's five moods: rad, good, meh, bad, awful)",
         "write it as 'stimmung: 6' or 'stimmung: 6/10' to chart it"),
    ]

    @Test(arguments: explained)
    func explain(_ line: String, _ rule: String, _ hint: String?) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let bytes = Array("---\ndate: 2026-11-03\n\(line)\n---\nToday.\n".utf8)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: bytes, modificationDate: nil)
        let found = trace.readings(atLine: 3)
        #expect(found.map(\.rule) == [rule])
        #expect(found.first?.hint == hint)
    }

    /// (lines at the top, what `tend explain` says of the first, its hint).
    static let words: [(String, String, String?)] = [
        // `Mood: good` was here until parser version 50, when Daylio's five mood words became
        // ratings (RatingOtherScalesTests); a mood in another word also names those.
        ("Mood: okay\n", "its 'Mood:' line at the top holds 'okay', a word, not a number (of words, tend reads Daylio's five moods: rad, good, meh, bad, awful), so it is not a metric",
         "write it as 'Mood: 6' or 'Mood: 6/10' to chart it"),
        ("Stimmung: gut\n", "its 'Stimmung:' line at the top holds 'gut', a word, not a number (of words, tend reads Daylio's five moods: rad, good, meh, bad, awful), so it is not a metric",
         "write it as 'Stimmung: 6' or 'Stimmung: 6/10' to chart it"),
        // An emoji alone (the gap hunt of 2026-12-03: a Five Minute Journal page ending `Mood: 😌`),
        // which tend explain said nothing of before. Since parser version 61 a face that names a
        // feeling is that feeling (`faceIsAFeelingAndNoNumber`); this row was `😌`.
        ("Mood: 😐\n", "its 'Mood:' line at the top holds '😐', an emoji, not a number, so it is not a metric",
         "write it as 'Mood: 6 😐' or 'Mood: 6/10' to chart it"),
        ("Energy: 🔋🔋\n", "its 'Energy:' line at the top holds '🔋🔋', an emoji, not a number, so it is not a metric",
         "write it as 'Energy: 6 🔋🔋' or 'Energy: 6/10' to chart it"),
    ]

    @Test(arguments: words)
    func aMoodInWords(_ markdown: String, _ rule: String, _ hint: String?) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (parsed, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(markdown.utf8), modificationDate: nil)
        #expect(parsed.entry?.metrics == [:])
        let found = trace.readings(atLine: 1).filter { $0.what == "metric" }
        #expect(found.map(\.rule) == [rule])
        #expect(found.first?.hint == hint)
    }

    /// A face alone that names a feeling (`Lexicon.feeling(ofFace:)`) is that feeling, at the top
    /// and in front matter, and still no metric; `tend explain` says both in front matter.
    @Test func faceIsAFeelingAndNoNumber() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (top, topTrace) = parser.explain(path: "2026-11-03.md", bytes: Array("Mood: 😌\n".utf8), modificationDate: nil)
        #expect(top.entry?.metrics == [:])
        #expect(top.entry?.emotions.map(\.name) == ["relief"])
        #expect(topTrace.readings(atLine: 1).filter { $0.what == "emotion" }.map(\.rule) == ["its 'Mood:' line at the top holds '😌', a feeling, so it is that feeling; a mood in a face has no number to chart"])
        let (front, frontTrace) = parser.explain(path: "2026-11-03.md", bytes: Array("---\nmood: 😊\n---\n".utf8), modificationDate: nil)
        #expect(front.entry?.metrics == [:])
        #expect(front.entry?.emotions.map(\.name) == ["happiness"])
        #expect(frontTrace.readings(atLine: 2).map(\.rule) == [
            "front matter 'mood' holds '😊', an emoji, not a number, so it is a field, not a metric",
            "front matter 'mood' holds '😊', a feeling, so it is that feeling too",
        ])
    }

    @Test func otherLinesInWordsAreJustLines() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array("Weather: rain\nPlace: home\n".utf8), modificationDate: nil)
        #expect(trace.readings.filter { $0.what == "metric" }.isEmpty)
    }

    /// (value, what it was most likely meant as): one rule for front matter and the lines at
    /// the top.
    static let unread: [(String, EntryParser.UnreadNumber?)] = [
        ("7h", .withUnit(number: "7", unit: "h")), ("60 mg", .withUnit(number: "60", unit: "mg")),
        ("4/5", .onScale(top: "5")), ("3 out of 7", .onScale(top: "7")), ("4 of 5", .onScale(top: "5")),
        ("7", nil), ("7/10", nil), ("2026-11-20", nil), ("09:30", nil), ("6-7", nil), ("12°C Cloudy", nil), ("good", nil),
    ]

    @Test(arguments: unread)
    func unreadNumber(_ value: String, _ expected: EntryParser.UnreadNumber?) {
        #expect(EntryParser.unreadNumber(value) == expected)
    }

    /// Regression: a time at the top (`Wake: 07:30`) was told to be written 'Wake: 6/10'.
    @Test func aTimeAtTheTopIsJustALine() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array("Wake: 07:30\nMood: 6\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 1).filter { $0.what == "metric" }.isEmpty)
    }
}
