import Testing
@testable import TendCore

/// Practices marked done or not done without a checkbox, as habit trackers write them.
/// Before, the mark was part of the name: `walk ❌` was a practice done, named `walk ❌`.
struct PracticeMarkTests {
    /// (list under `## Practices`, the practices done as name/minutes).
    static let lists: [(String, [String])] = [
        ("- meditation 10 min ✅\n- walk ❌\n", ["meditation/10"]),
        ("- ✅ yoga 20 min\n- ✔️ breathwork\n- ☑ journaling\n", ["yoga/20", "breathwork/-", "journaling/-"]),
        ("- journaling: yes\n- yoga: no\n- cold shower – skipped\n- walk - done\n", ["journaling/-", "walk/-"]),
        ("- 🚫 alcohol\n- ✖ screens after 10\n", []),
        // Not marks: a name with a dash or a colon, a cancelled Tasks date (Obsidian Tasks'
        // cancelled signifier, as in the obsidian-tasks-vault fixture's Journal/2026-11-03.md),
        // a plain practice.
        ("- self-compassion - 5 min\n- box breathing: 4-4-4-4\n- the long retreat ❌ 2026-11-03\n- walk\n",
         ["self-compassion/5", "box breathing: 4-4-4-4/-", "the long retreat ❌ 2026-11-03/-", "walk/-"]),
        // Words before it that say it was not done (since parser version 61, a gap hunt's
        // self-care list: each was a practice done, named `skipped meditation`); `no` is none of
        // them, since `no phone after 9` is a practice kept.
        ("- skipped meditation\n- Missed my walk\n- didn't stretch\n- no time for yoga\n- no phone after 9\n- 20 min breathwork\n",
         ["no phone after 9/-", "breathwork/20"]),
        ("- skipped yoga – too tired\n- missed\n", ["missed/-"]),
        // A checkbox says it already; a mark after it is part of the name, as before.
        ("- [x] stretch\n- [ ] run\n", ["stretch/-"]),
    ]

    @Test(arguments: lists)
    func practices(_ list: String, _ expected: [String]) {
        let entry = parse("## Practices\n" + list)
        #expect(entry.practices.map { "\($0.name)/\($0.minutes.map(String.init) ?? "-")" } == expected)
        #expect(entry.actions.isEmpty)
    }

    /// (a habit tracker's table, the practices done as name/minutes). A daily note's tracker, as
    /// the gap hunt's Obsidian journal wrote it (`| Meditation | ✅ |`); the hand-ticked `x` cells
    /// of the tracker in alessandropisent/HabitTrackerObsidian's README; a first column named
    /// Habit marks the table wherever it is. A week's grid (more than one cell marked) says
    /// nothing of this day, and a row with no mark is passed over.
    static let tables: [(String, [String])] = [
        ("## Habit tracker\n| Habit | Done |\n|---|---|\n| Meditation | ✅ |\n| Walk | ✅ |\n| Journaling | ❌ |\n",
         ["meditation/-", "walk/-"]),
        ("## Practices\n| Practice | Time | Done |\n| --- | --- | :-: |\n| Yoga | 20 min | x |\n| Breathwork | | [x] |\n| Cold shower | 2 min | |\n| Stretch | | no |\n",
         ["yoga/20", "breathwork/-"]),
        ("## Evening\n| Habit | |\n|---|---|\n| Walk | yes |\n| Screens off at 10 | ✔️ |\n", ["walk/-", "screens off at 10/-"]),
        ("## Practices\n| Habit | Mon | Tue | Wed |\n|---|---|---|---|\n| Walk | x | | x |\n| Yoga | 20 min | |\n", []),
        ("## Evening\n| Thing | Done |\n|---|---|\n| Walk | ✅ |\n", []),
    ]

    @Test(arguments: tables)
    func trackerTables(_ markdown: String, _ expected: [String]) {
        let entry = parse("Text.\n\n" + markdown)
        #expect(entry.practices.map { "\($0.name)/\($0.minutes.map(String.init) ?? "-")" } == expected)
        #expect(entry.actions.isEmpty && entry.metrics.isEmpty)
    }

    @Test func explainSaysWhatATrackerRowMeant() {
        let text = "## Habits\n| Habit | Done |\n|---|---|\n| Walk | ✅ |\n| Yoga | ❌ |\n| Journaling | |\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 4).map(\.rule) == ["table row under \"Habits\", marked done ('✅')"])
        #expect(trace.readings(atLine: 5).map(\.rule) == ["table row under \"Habits\" marked not done ('❌') — a practice not done that day"])
        #expect(trace.readings(atLine: 6).map(\.rule) == ["table row under \"Habits\" left unmarked — a practice not done that day"])
    }

    /// (lines under `## Self-care`, the practices done as name/minutes). A habit tracker typed
    /// without a list's marks, one practice a line, as the gap hunt of 2026-12-03's afternoon
    /// wrote it (until then prose, and no practice): each line is read when every line is
    /// marked. Prose, or a paragraph with a line unmarked, stays prose.
    static let lines: [(String, [String])] = [
        ("Meditation: ✅\nNature walk: ✔\nTherapy: ❌\n", ["meditation/-/2", "nature walk/-/3"]),
        ("Breathwork 10 min ✅\nYoga: no\nJournaling – done\n", ["breathwork/10/2", "journaling/-/4"]),
        ("Self-care:\nwalk ✅\nbath ✅\n", ["walk/-/3", "bath/-/4"]),
        ("Walk ✅\n", ["walk/-/2"]),
        ("I meditated after lunch.\n", []),
        ("Meditation ✅\nthen a long walk by the river\n", []),
    ]

    @Test(arguments: lines)
    func linesOfTheirOwn(_ paragraph: String, _ expected: [String]) {
        let entry = parse("## Self-care\n" + paragraph)
        #expect(entry.practices.map { "\($0.name)/\($0.minutes.map(String.init) ?? "-")/\($0.source.line)" } == expected)
    }

    @Test func explainSaysEachLineIsAPracticeOfItsOwn() {
        let text = "## Self-care\nMeditation: ✅\nTherapy: ❌\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 2).map(\.rule) == ["a line of its own under \"Self-care\", marked done ('✅')"])
        #expect(trace.readings(atLine: 3).map(\.rule) == ["a line of its own under \"Self-care\" marked not done ('❌') — a practice not done that day"])
    }

    @Test func aMarkOutsidePracticesIsTheItemsOwn() {
        #expect(parse("## Gratitude\n- the walk ✅\n").gratitude.map(\.text) == ["the walk ✅"])
    }

    @Test func explainSaysWhatTheMarkMeant() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array("## Habits\n- walk ✅\n- yoga: no\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 2).map(\.rule) == ["list item under \"Habits\", marked done ('✅')"])
        #expect(trace.readings(atLine: 3).map(\.rule) == ["list item under \"Habits\" marked not done ('no') — a practice not done that day"])
    }
}
