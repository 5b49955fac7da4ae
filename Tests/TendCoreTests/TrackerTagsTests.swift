import Testing
@testable import TendCore

/// Obsidian Tracker's tags with a value are measures, not themes (docs/vault-format.md,
/// "Obsidian Tracker"). The cases are pyrochlore/obsidian-tracker's own example diary
/// (`examples/diary/2021-01-01.md` and `2021-01-05.md`: `#weight:71.7kg`, `#exercise-pushup:43`,
/// `#exercise-plank:48sec`, `#finance/bank1:-2.7USD`, `#crazy-tag:0.99978/-0.04149/…`) and the
/// rule its `docs/TargetEvaluation.md` states: the value right after the tag and a colon,
/// without spaces. Until the gap hunt of 2026-12-03's afternoon each was a theme (`weight`).
struct TrackerTagsTests {
    /// (entry, its metrics, its themes).
    static let tags: [(String, [String: Double], [String])] = [
        ("#weight:71.7kg\n\n#exercise-pushup:43\n#exercise-plank:48sec\n",
         ["weight": 71.7, "exercise-pushup": 43, "exercise-plank": 48], []),
        // Two values, or one tend does not read: neither a metric nor a theme.
        ("#finance/bank1:-2.7USD\n\n#crazy-tag:0.99978/-0.04149/-0.99806\n\n#bloodpressure:180/120mmHg\n", [:], []),
        // Read as a value at the top is: out of ten, out of five for a rating, hours of sleep.
        ("Today #mood:7/10 and #anxiety:2/5, #sleep:7h30.\n", ["mood": 7, "anxiety": 4, "sleep": 7.5], []),
        ("A walk by the river #energy:6. #kap\n", ["energy": 6], []),
        ("#Stimmung:6\n", ["mood": 6], []),
        // The front matter's value comes first; the tag's is left aside.
        ("---\nmood: 5\n---\nLater #mood:8\n", ["mood": 5], []),
        // A colon and a space, or a word after the colon, leave a tag a tag.
        ("#family: they came over.\n", [:], ["family"]),
        ("#meeting:noon\n", [:], ["meeting"]),
        // A key with a meaning of its own stays what it was, and an emotion's tag is a feeling.
        ("#session:3\n", [:], ["session"]),
        ("## Feelings\n- #emotion/grief:7 at the lake\n", [:], []),
    ]

    @Test(arguments: tags)
    func tag(_ markdown: String, _ metrics: [String: Double], _ themes: [String]) {
        let entry = parse(markdown)
        #expect(entry.metrics == metrics)
        #expect(entry.themes == themes)
    }

    @Test func anEmotionTagWithAValueIsTheFeelingAtThatIntensity() {
        let entry = parse("## Feelings\n- #emotion/grief:7 at the lake\n")
        #expect(entry.emotions.map(\.name) == ["grief"])
        #expect(entry.emotions.map(\.intensity) == [7])
    }

    @Test func explainSaysWhatEachTagWithAValueBecame() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "---\nmood: 5\n---\n#weight:71.7kg and #mood:8\n#bloodpressure:180/120\n"
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        let found = trace.readings.filter { $0.rule.hasPrefix("the tag '") }
        #expect(found.map(\.rule) == [
            "the tag '#weight:71.7kg' holds a value, as Obsidian Tracker writes one, so it is a metric, not a theme",
            "the tag '#mood:8' holds a value, but the entry's mood was already read, so this one is left aside",
            "the tag '#bloodpressure:180/120' holds a value, as Obsidian Tracker writes one, but not one number tend reads, so it is neither a metric nor a theme",
        ])
        #expect(found.map(\.column) == [1, 20, 1])
    }

    /// (line, the value after its first tag).
    static let values: [(String, String?)] = [
        ("#mood:7", "7"), ("#mood:7.", "7"), ("#mood:7.5, then", "7.5"), ("(#mood:6)", "6"), ("#bank:-2.7USD", "-2.7USD"),
        ("#mood: 7", nil), ("#mood:", nil), ("#mood:good", nil), ("#mood", nil), ("#mood:.5", ".5"),
    ]

    @Test(arguments: values)
    func value(_ line: String, _ expected: String?) {
        let tag = TagScanner.tags(in: line)[0]
        #expect(TrackerTags.value(after: tag, in: line) == expected)
    }
}
