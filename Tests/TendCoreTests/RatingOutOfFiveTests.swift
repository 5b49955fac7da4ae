import Testing
@testable import TendCore

/// A rating out of five, or in stars, is read on tend's scale of ten, doubled as an emotion's
/// `joy 3/5` always was (docs/vault-format.md, "Front matter"). Until the gap hunt of
/// 2026-12-03's afternoon `Mood: 3/5` and `Energy: ★★★☆☆` stayed text. The forms come from that
/// hunt's check-ins, from a Daily Review template that asks `Sleep Quality: [1-5]` and `Physical
/// State: [1-5]` (bahoerres/DIFFrnt, `content/chats/Optimizing_Obsidian_for_Powerful_Daily_Reviews_c1cab554.md`),
/// and from the same template's `Total Points: /12`, a count written with a slash, which is why
/// only the names of ratings are read out of five.
struct RatingOutOfFiveTests {
    /// (entry, its metrics).
    static let ratings: [(String, [String: Double])] = [
        ("Mood: 3/5\n", ["mood": 6]),
        ("**Energy:** 2 / 5\n", ["energy": 4]),
        ("Anxiety: 1 out of 5\n", ["anxiety": 2]),
        ("Stimmung: 3/5\nSchlaf: 4 von 5\n", ["mood": 6, "sleep": 8]),
        ("Mood: 😊 3/5\n", ["mood": 6]),
        ("Mood: 0/5\n", ["mood": 0]),
        ("mood:: 4/5\n", ["mood": 8]),
        ("---\nmood: 2/5\nstress: 1 of 5\n---\n", ["mood": 4, "stress": 2]),
        ("Mood before: 2/5\nMood after: 4/5\n", ["mood_before": 4, "mood_after": 8]),
        ("- Sleep Quality: 4/5\n- Physical State (1-5): 3\n", ["sleep_quality": 8, "physical_state": 6]),
        // Stars are a rating whatever their label: the filled ones out of all, or out of five.
        ("---\nenergy: ★★★☆☆\n---\n", ["energy": 6]),
        ("**Mood:** ⭐⭐⭐⭐\n", ["mood": 8]),
        ("Focus: ★★★★☆\n", ["focus": 8]),
        ("Rest: ★★★★★★★★☆☆\n", ["rest": 8]),
        ("Mood: ⭐️⭐️⭐️\n", ["mood": 6]),
        // Below the top, in a check-in list, with a remark after it.
        ("Text.\n\n## Check-in\n- Clarity: ★★★★☆\n- Anxiety: 2/5 — after the call\n", ["clarity": 8, "anxiety": 4]),
        // Not read: another label out of five (it may count: the second of five sessions), a
        // number over five, more than five stars with no empty one, stars out of seven.
        ("Focus: 4/5\nInfusion: 2/5\nTotal Points: 3/5\n", [:]),
        ("Mood: 6/5\n", [:]),
        ("Mood: ⭐⭐⭐⭐⭐⭐\n", [:]),
        ("Mood: ★★★☆☆☆☆\n", [:]),
        ("Mood: 3/5 stars\n", [:]),
    ]

    @Test(arguments: ratings)
    func rating(_ markdown: String, _ expected: [String: Double]) {
        #expect(parse(markdown).metrics == expected)
    }

    @Test func anEmotionOutOfFiveIsDoubledAsBefore() {
        let entry = parse("## Feelings\n- joy 3/5\n")
        #expect(entry.emotions.map(\.intensity) == [6])
    }

    /// A count after a feeling says how often, not how strong (`sadness x2`, the gap hunt of
    /// 2026-12-03's evening, was read as sadness at 2 until parser version 57).
    @Test func aCountIsNoIntensity() {
        let entry = parse("## Feelings\n- sadness x2\n- anxious ×3\n- grief 2x\n- joy (7)\n- anger x 4\n")
        #expect(entry.emotions.map(\.name) == ["sadness", "anxiety", "grief", "joy", "anger"])
        #expect(entry.emotions.map(\.intensity) == [nil, nil, nil, 7, 4])
        #expect(entry.emotions.map(\.written) == ["sadness", "anxious", "grief", "joy", "anger x"])
    }

    /// A feeling rated in stars, as the gap hunt of 2026-12-03's evening wrote one under
    /// *Feelings* (parser version 55; before, the stars were part of no intensity).
    @Test func anEmotionInStars() {
        let entry = parse("## Feelings\n- Joy ★★★☆☆\n- grief (★★★★★)\n- calm: ⭐⭐\n- sad ★ maybe\n")
        #expect(entry.emotions.map(\.name) == ["joy", "grief", "calm", "sadness"])
        #expect(entry.emotions.map(\.intensity) == [6, 10, 4, nil])
    }

    /// (lines at the top, what `tend explain` says of the first, its hint).
    static let explained: [(String, String, String?)] = [
        ("Mood: 3/5\n", "its 'Mood:' line at the top holds '3/5', a rating out of five, so it is a metric: 6 out of ten", nil),
        ("Energy: ★★★☆☆\n", "its 'Energy:' line at the top holds '★★★☆☆', a rating out of five, so it is a metric: 6 out of ten", nil),
        ("Stimmung: 3/5\n", "its 'Stimmung:' line at the top holds '3/5', a rating out of five, so it is a metric (mood): 6 out of ten", nil),
        ("Focus: 4/5\n", "its 'Focus:' line at the top holds '4/5', a number out of five: \(OpeningLines.outOfFiveWhy), so it is not a metric",
         "write it as 'Focus (1-5): 4' or 'Focus: 8/10' to chart it"),
        ("Mood: 6/5\n", "its 'Mood:' line at the top holds '6/5', a number over five out of five, so it is not a metric",
         "write it as 'Mood: 6' or 'Mood: 6/10'"),
    ]

    @Test(arguments: explained)
    func explain(_ markdown: String, _ rule: String, _ hint: String?) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(markdown.utf8), modificationDate: nil)
        let found = trace.readings(atLine: 1).filter { $0.what == "metric" }
        #expect(found.map(\.rule) == [rule])
        #expect(found.first?.hint == hint)
    }

    /// (value, the stars read on a scale of ten).
    static let stars: [(String, Double?)] = [
        ("★★★☆☆", 6), ("★★★★★", 10), ("☆☆☆☆☆", 0), ("⭐⭐", 4), ("⭐️⭐️⭐️⭐️⭐️", 10), ("★ ★ ★ ☆ ☆", 6),
        ("★★★★★★★☆☆☆", 7), ("★★★★★★", nil), ("★★☆", nil), ("", nil), ("★★★ good", nil), ("✨✨✨", nil),
    ]

    @Test(arguments: stars)
    func starsRead(_ value: String, _ expected: Double?) {
        #expect(OpeningLines.stars(value) == expected)
    }
}
