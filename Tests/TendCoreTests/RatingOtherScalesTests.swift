import Testing
@testable import TendCore

/// A rating as a percentage, and mood in Daylio's words, are read on tend's scale of ten
/// (docs/vault-format.md, "Front matter"). Until parser version 50, `Anxiety: 30%` was a label
/// tend did not read, and `mood: good` a field with a hint. The forms come from the gap hunt of
/// 2026-12-03 (a sleep app's score, a mood tracker's percentage) and from Daylio's exports into
/// Markdown: Geronimoes/daylio-to-markdown writes `mood: {mood entry}` in front matter, "by
/// default 🙂 is 'good'", of Daylio's five moods rad, good, meh, bad and awful (5 to 1).
struct RatingOtherScalesTests {
    /// (entry, its metrics).
    static let ratings: [(String, [String: Double])] = [
        ("Anxiety: 30%\n", ["anxiety": 3]),
        ("Mood: 70 %\n", ["mood": 7]),
        ("Energy: 70/100\n", ["energy": 7]),
        ("Sleep: 85% 😴\n", ["sleep": 8.5]),
        ("---\nenergy: 70%\nstress: 0%\n---\n", ["energy": 7, "stress": 0]),
        ("Mood before: 30% → after: 80%\n", ["mood_before": 3, "mood_after": 8]),
        ("Text.\n\n## Check-in\n- Anxiety: 40% — before the call\n", ["anxiety": 4]),
        // Daylio's five moods, for mood only; a face beside the word or not, any case.
        ("---\nmood: good\n---\n", ["mood": 8]),
        ("Mood: 😊 rad\n", ["mood": 10]),
        ("Mood: Meh\n", ["mood": 6]),
        ("mood:: bad\n", ["mood": 4]),
        ("Stimmung: awful\n", ["mood": 2]),
        ("Mood: bad → good\n", ["mood_before": 4, "mood_after": 8]),
        // Below the lines that open an entry too, as a number is (since parser version 58; the
        // gap hunt of 2026-12-03's second session: a journey note's `## Check-in` over `Mood:
        // meh` and `Anxiety: 6`, where only the anxiety was read).
        ("# Session 5\n\nText.\n\n## Check-in\nMood: meh\nAnxiety: 6\n", ["mood": 6, "anxiety": 6]),
        ("Text first.\n\nMood: 😊 Good.\n", ["mood": 8]),
        ("Text first.\n\n- Mood: awful\n", ["mood": 2]),
        ("Text first.\n\nMood: good but tired\nEnergy: good\n", [:]),
        // Not read: a percentage of another name (a battery, a share of the day), over a
        // hundred, a mood word that is not Daylio's, Daylio's words for another rating.
        ("Focus: 40%\nBattery: 40%\nProgress: 50/100\n", [:]),
        ("Mood: 120%\n", [:]),
        ("Mood: okay\n", [:]),
        ("Energy: good\nSleep: bad\n", [:]),
    ]

    @Test(arguments: ratings)
    func rating(_ markdown: String, _ expected: [String: Double]) {
        #expect(parse(markdown).metrics == expected)
    }

    /// A mood written as a feeling's word is that feeling, with no number to chart (since parser
    /// version 58). NotePlan's journal plugin writes `Mood:: <mood>` from its list of moods
    /// "🤩 Great,🙂 Good,😇 Blessed,🥱 Tired,😫 Stressed,😤 Frustrated,😔 Low,🥵 Sick,Other"
    /// (NotePlan/plugins, `jgclark.DailyJournal/README.md`); the others are the gap hunt's.
    static let moodFeelings: [(String, [String], [String: Double])] = [
        ("Mood:: 😫 Stressed\n", ["stress/fear"], [:]),
        ("Text.\n\n## Journal\nMood:: 😤 Frustrated\n", ["frustration/anger"], [:]),
        ("---\nmood: anxious\n---\nText.\n", ["anxiety/fear"], [:]),
        ("Mood: tired.\nEnergy: 4\n\n## Feelings\n- hopeful\n", ["exhaustion/sadness", "hope/anticipation"], ["energy": 4]),
        ("Mood before: a bit anxious\n", ["anxiety/fear"], [:]),
        // Below the top too, since parser version 59 (2026-12-03, evening; a gap hunt's journal
        // kept `## Check-in` over `Mood: anxious` and `Energy: low`). This row held `[]` until then.
        ("Text.\n\nMood: anxious\n", ["anxiety/fear"], [:]),
        ("Text.\n\n## Check-in\nMood: anxious\nEnergy: low\n", ["anxiety/fear"], [:]),
        ("Text.\n\n- **Mood**: tender\n", ["tenderness/trust"], [:]),
        ("Text.\n\n**Mood:** hopeful\n", ["hope/anticipation"], [:]),
        // Daylio's words stay ratings; a word that is no feeling, and a sentence, stay words;
        // a label that only ends in the letters of *mood* is none.
        ("Mood:: 🙂 Good\n", [], ["mood": 8]),
        ("Mood: okay\nMood: sunny\n", [], [:]),
        ("Mood: anxious about the call tomorrow\n", [], [:]),
        ("Energy: tired\n", [], [:]),
        ("Text.\n\nMood: anxious about the call tomorrow\n", [], [:]),
        ("Text.\n\nEnergy: low\n", [], [:]),
        ("Text.\n\nFirewood: calm\n", [], [:]),
    ]

    @Test(arguments: moodFeelings)
    func moodInAFeelingsWord(_ markdown: String, _ feelings: [String], _ metrics: [String: Double]) {
        let entry = parse(markdown)
        #expect(entry.emotionSummary == feelings)
        #expect(entry.metrics == metrics)
    }

    @Test func aMoodInAFeelingsWordIsExplained() {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-10.md", bytes: Array("Mood: 😫 Stressed\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 1).filter { $0.what != "date" }.map(\.rule)
                == ["its 'Mood:' line at the top holds 'Stressed', a feeling, so it is that feeling; a mood in words has no number to chart"])
    }

    /// (the entry, the line `tend explain` speaks of, what it says, its hint).
    static let explained: [(String, Int, String, String?)] = [
        ("Anxiety: 30%\n", 1, "its 'Anxiety:' line at the top holds '30%', a rating out of a hundred, so it is a metric: 3 out of ten", nil),
        ("Mood: 😊 rad\n", 1, "its 'Mood:' line at the top holds '😊 rad', one of Daylio's five moods (rad, good, meh, bad, awful), so it is a metric: 10 out of ten", nil),
        ("---\nmood: good\n---\n", 2, "front matter 'mood' holds 'good', one of Daylio's five moods (rad, good, meh, bad, awful), so it is a metric: 8 out of ten", nil),
        ("Focus: 40%\n", 1, "its 'Focus:' line at the top holds '40%', a number out of a hundred: \(OpeningLines.percentWhy), so it is not a metric",
         "write it as 'Focus: 4/10' to chart it"),
        ("---\nfocus: 45%\n---\n", 2, "front matter 'focus' holds '45%', a number out of a hundred, so it is a field, not a metric: \(OpeningLines.percentWhy)",
         "write it as 'focus: 4.5/10' to chart it"),
        // Before parser version 50 a face before the word hid it: the line was not named at all.
        ("Mood: 😊 okay\n", 1, "its 'Mood:' line at the top holds '😊 okay', a word, not a number (of words, tend reads Daylio's five moods: rad, good, meh, bad, awful), so it is not a metric",
         "write it as 'Mood: 6' or 'Mood: 6/10' to chart it"),
        ("Energy: 😴 low\n", 1, "its 'Energy:' line at the top holds '😴 low', a word, not a number, so it is not a metric",
         "write it as 'Energy: 6' or 'Energy: 6/10' to chart it"),
    ]

    @Test(arguments: explained)
    func explain(_ markdown: String, _ line: Int, _ rule: String, _ hint: String?) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(markdown.utf8), modificationDate: nil)
        let found = trace.readings(atLine: line).filter { $0.what == "metric" || $0.what == "field" }
        #expect(found.map(\.rule) == [rule])
        #expect(found.first?.hint == hint)
    }
}
