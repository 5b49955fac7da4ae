import Testing
import TendMarkdown
@testable import TendCore

/// Tables as Obsidian and GitHub write them (`| Feeling | Intensity |`, a row of dashes, a row
/// for each feeling): CommonMark reads them as paragraphs, and tend reads their cells back.
struct PipeTableTests {
    /// (markdown, metrics, feelings).
    static let tables: [(String, [String: Double], [String])] = [
        // Under a feelings heading, each row is a feeling.
        ("Text.\n\n## Feelings\n| Feeling | Intensity |\n|---|---|\n| grief | 7 |\n| relief | 4/10 |\n", [:],
         ["grief/sadness 7", "relief/calm 4"]),
        ("Text.\n\n## Emotions\n| Emotion | How strong | Where |\n| :-- | :-: | --: |\n| anxious | 6 | chest |\n| zorbish | | |\n", [:],
         ["anxiety/fear 6", "zorbish/other"]),
        ("Text.\n\n## Feelings\n| Feeling | Intensity |\n|---|---|\n| anxious | 6 |\n| Mood | 5 |\n", ["mood": 5], ["anxiety/fear 6"]),
        // A row that rates something is a metric, and so is each column of a table of one row.
        ("Text.\n\n## Check-in\n| Metric | Value |\n| --- | --- |\n| Mood | 6 |\n| Sleep | 7.5 |\n| Focus | 8/10 |\n",
         ["mood": 6, "sleep": 7.5, "focus": 8], []),
        ("Text.\n\n| Mood | Energy | Sleep |\n|:---:|---|---|\n| 6 | 4/10 | 7.5 |\n", ["mood": 6, "energy": 4, "sleep": 7.5], []),
        ("Text.\n\nMood | Energy\n--- | ---\n6 | 3 → 5\n", ["mood": 6, "energy_before": 3, "energy_after": 5], []),
        // Columns or rows named before and after the journey are the halves of each pair, as a
        // session note keeps them (the second gap hunt of 2026-12-03); a table naming one half only is
        // read as any other.
        ("Text.\n\n| | Before | After |\n|---|---|---|\n| Mood | 3 | 7 |\n| Anxiety | 8 | 4 |\n",
         ["mood_before": 3, "mood_after": 7, "anxiety_before": 8, "anxiety_after": 4], []),
        ("Text.\n\n| Metric | Pre-session | Post-session |\n|---|---|---|\n| Energy | 4/10 | |\n",
         ["energy_before": 4], []),
        ("Text.\n\n| | Vorher | Nachher |\n|---|---|---|\n| Stimmung | 2 | 6 |\n", ["mood_before": 2, "mood_after": 6], []),
        ("Text.\n\n| | Mood | Anxiety | Notes |\n|---|---|---|---|\n| Pre | 2 | 9 | shaky |\n| Post | 6 | 3 | |\n",
         ["mood_before": 2, "mood_after": 6, "anxiety_before": 9, "anxiety_after": 3], []),
        ("Text.\n\n| | After | Later |\n|---|---|---|\n| Mood | 7 | 8 |\n", ["mood": 7], []),
        // A tracker of many days, other numbers, and what is no table are left alone.
        ("Text.\n\n| Day | Mood |\n|---|---|\n| Mon | 6 |\n| Tue | 7 |\n", [:], []),
        ("Text.\n\n| Item | Count |\n|---|---|\n| Pages | 12 |\n", [:], []),
        ("Text.\n\n| Mood | 6 |\n", [:], []),
        ("Text.\n\nA | B\nMood: 6\n", ["mood": 6], []),
        // Front matter comes first.
        ("---\nmood: 4\n---\nText.\n\n| Mood | 6 |\n|---|---|\n| Sleep | 8 |\n", ["mood": 4, "sleep": 8], []),
    ]

    @Test("a table's feelings and the rows that rate something are read", arguments: tables)
    func reads(_ markdown: String, _ metrics: [String: Double], _ feelings: [String]) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.metrics == metrics)
        #expect(entry.emotionSummary == feelings)
        #expect(entry.insights.isEmpty && entry.gratitude.isEmpty)
    }

    /// The cases of the GFM spec's "Tables (extension)" (https://github.github.com/gfm/#tables-extension-),
    /// their cells made feelings: the header, cells of two lengths, pipes at the ends or not,
    /// alignment colons; the table ends at the paragraph's end; a row of dashes whose cells are
    /// not as many as the header's makes no table; a table may have no rows.
    static let gfm: [(String, [[String]]?)] = [
        ("| foo | bar |\n| --- | --- |\n| baz | bim |", [["baz", "bim"]]),
        ("| abc | defghi |\n:-: | -----------:\nbar | baz", [["bar", "baz"]]),
        ("| abc | def |\n| --- | --- |\n| bar | baz |\nbar", [["bar", "baz"], ["bar"]]),
        ("| abc | def |\n| --- |\n| bar |", nil),
        ("| abc | def |\n| --- | --- |", []),
        ("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |", [["bar"], ["bar", "baz", "boo"]]),
    ]

    @Test("tables as the GFM spec writes them", arguments: gfm)
    func gfmSpec(_ markdown: String, _ rows: [[String]]?) {
        let content = InlineText(lines: markdown.split(separator: "\n").map { InlineText.Line(scannable: String($0)) })
        #expect(PipeTable(content)?.rows.map(\.cells) == rows)
    }

    @Test("a table is never an item of a section that reads paragraphs")
    func notAnItem() {
        let entry = parse("Text.\n\n## Gratitude\n| Who | Why |\n|---|---|\n| Sam | the call |\n", path: "2026-11-03.md")
        #expect(entry.gratitude.isEmpty)
    }

    /// A check-in table of two times of day (the gap hunt of 2026-12-03): the first column is read,
    /// and `tend explain` says what was left aside, where before it said nothing of it.
    @Test func aRowsOtherCellsAreSaid() {
        let text = "Text.\n\n| | Morning | Evening |\n|---|---|---|\n| Mood | 4 | 6 |\n| Sleep | 7 | |\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.metrics == ["mood": 4, "sleep": 7])
        let skipped = trace.readings.filter { $0.what == "skipped" && $0.line > 1 }
        #expect(skipped.map(\.line) == [5])
        #expect(skipped.first?.rule == "the row's other cells ('6' under Evening) are left aside: an entry keeps one mood, the first written")
        #expect(skipped.first?.hint == "write 'Mood before:' and 'Mood after:' rows to keep two")
    }

    /// A session note's table of before and after with a column of notes beside them: the
    /// notes are left aside, and `tend explain` says so.
    @Test func aPairRowsOtherCellsAreSaid() {
        let text = "Text.\n\n| | Before | After | Notes |\n|---|---|---|---|\n| Mood | 3 | 7 | lighter |\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.metrics == ["mood_before": 3, "mood_after": 7])
        let said = trace.readings.filter { $0.line == 5 }
        #expect(said.map(\.what).sorted() == ["metric", "metric", "skipped"])
        #expect(said.first { $0.what == "skipped" }?.rule == "the row's other cells ('lighter') are left aside: only its columns before and after the journey are read")
    }

    @Test("tend explain names a table's rows, and says why a table is passed over")
    func explained() {
        let text = "Text.\n\n## Feelings\n| Feeling | Intensity |\n|---|---|\n| grief | 7 |\n\n## Check-in\n| Mood | Sleep |\n|---|---|\n| 6 | 7 |\n\n## Gratitude\n| a | b |\n|---|---|\n| x | y |\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        let found = trace.readings.filter { ["emotion", "metric", "skipped"].contains($0.what) && $0.line > 3 }
        #expect(found.map(\.line) == [6, 11, 11, 14])
        #expect(found.map(\.rule) == [
            "table row under \"Feelings\"",
            "its table's 'Mood' holds a number, so it is a metric",
            "its table's 'Sleep' holds a number, so it is a metric",
            // Since parser version 58 the sentence also names a first column of feelings and a
            // row whose first cell names a section (`worksheetRows` below).
            "a table under \"Gratitude\" — from a table tend reads feelings under a feelings heading or a column headed Feelings, practices marked done or not under a practices heading, like | Walk | ✅ |, rows that rate something, like | Mood | 6 |, and rows whose first cell names a section, like | Intention | rest |",
        ])
    }

    /// A worksheet kept in a table, a prompt and its answer on each row, and a table of feelings
    /// whose first column says so, with no feelings heading over it (the gap hunt of 2026-12-03's
    /// second session: an integration worksheet in a table, where nothing was read). Until
    /// parser version 58 both were passed over.
    static let worksheets: [(String, [String], [String], [String], [String])] = [
        ("Text.\n\n| Prompt | Response |\n|---|---|\n| What did you feel? | sad, relieved |\n| What did you learn? | The fear is old. |\n| What are you grateful for? | My sister |\n| Next step | Call the clinic |\n",
         ["sadness/sadness", "relief/calm"], ["The fear is old."], ["My sister"], ["Call the clinic"]),
        ("Text.\n\n| Emotion | Intensity |\n|---|---|\n| Grief | 7 |\n| Relief | 5 |\n", ["grief/sadness 7", "relief/calm 5"], [], [], []),
        // A CBT thought record: its column of feelings, out of a hundred as its heading says
        // (since parser version 61; a gap hunt's worksheet, where the table was passed over). The
        // other cells are no feelings.
        ("## Thought record\n| Situation | Automatic thought | Emotion (0-100) | Alternative thought |\n|---|---|---|---|\n| Dad called | I'm a failure | shame 80 | I'm learning |\n| Meeting ran late | They hate me | anxiety 60%, sadness 30% | They were busy |\n",
         ["shame/shame 8", "anxiety/fear 6", "sadness/sadness 3"], [], [], []),
        ("Text.\n\n| Time | Feelings |\n|---|---|\n| 09:00 | anxious (6) |\n| 18:00 | calm |\n", ["anxiety/fear 6", "calm/calm"], [], [], []),
        // Not read: a habit tracker's mark is no answer, nor is a row of several days.
        ("Text.\n\n| Habit | Done |\n|---|---|\n| Gratitude | ✅ |\n", [], [], [], []),
        ("Text.\n\n| | Mon | Tue |\n|---|---|---|\n| Gratitude | x | x |\n| Insight | yes | |\n", [], [], [], []),
        // obsidian-tasks' `tests/Suggestor/…show_all_suggested_text.approved.md`, a table of what
        // its suggestions add: *tomorrow* heads steps, but not as a prompt with a note.
        ("| Searchable Text | Text that is added |\n| ----- | ----- |\n| tomorrow (2022-07-12) | due:: 2022-07-12]  |\n| Tomorrow | scheduled:: 2022-07-12]  |\n", [], [], [], []),
    ]

    @Test(arguments: worksheets)
    func worksheetRows(_ markdown: String, _ feelings: [String], _ insights: [String], _ gratitude: [String], _ steps: [String]) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.emotionSummary == feelings)
        #expect(entry.insights.map(\.text) == insights)
        #expect(entry.gratitude.map(\.text) == gratitude)
        #expect(entry.actions.map(\.text) == steps)
    }

    @Test func aWorksheetRowIsPlacedAtItsAnswer() {
        let text = "Text.\n\n| Prompt | Response |\n|---|---|\n| Intention | Be gentle |\n| Insight | rest is allowed |\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.intentions == ["Be gentle"])
        #expect(parsed.entry?.insights.map(\.source.column) == [13])
        #expect(trace.readings(atLine: 6).map(\.rule) == ["table row whose first cell, \"Insight\", names the section"])
    }
}
