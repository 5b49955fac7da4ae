import Testing
@testable import TendCore

/// Labelled lines that open an entry (`Mood: 6/10` under its title, as many plain templates
/// begin and as Day One exports `Date:` and `Tags:`): their numbers are metrics, so that the
/// mood around each journey shows for people who never write front matter, and the keys front
/// matter knows (`Tags:`, `Type:`, `Session:`, `Title:`) mean what they mean there.
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
        // Only numbers, and out of ten when a scale is written; the first line of a metric wins
        // (lines below the top: `BodyMetricLinesTests`).
        ("Mood: 6\n\nText.\n\nMood: 2", ["mood": 6]),
        // Out of five, doubled (since the gap hunt of 2026-12-03's afternoon; it stayed text).
        ("Mood: 4/5\n", ["mood": 8]),
        ("Mood: 6, a bit better\n", ["mood": 6]),
        // A label front matter gives a meaning of its own is no metric.
        ("Session: 3\nDay: 2\nType: 5\n", [:]),
        // A scale or a unit in parentheses after the label, as templates write them.
        ("**Mood (1-10):** 6\nAnxiety (0–10): 3/10\nSleep (hours): 7.5\nFocus (1 to 10): 8\n",
         ["mood": 6, "anxiety": 3, "sleep": 7.5, "focus": 8]),
        // A scale of five in the label is read for any label, doubled (since the gap hunt of
        // 2026-12-03's afternoon; it stayed text); one of seven stays text.
        ("Calm (1-5): 4\nMood: 6\n", ["calm": 8, "mood": 6]),
        ("Energy 1-10: 5\nMood 0–10: 7\nCalm 1-5: 4\n", ["energy": 5, "mood": 7, "calm": 8]),
        ("Calm (1-7): 4\nMood: 6\n", ["mood": 6]),
        // An emoji after the number, as a face says the same; before it too since 2026-12-03 (later)
        // (`Calm: ☺️ 6` was left as text before: a check-in writes the face first as often).
        ("Mood: 7 🙂\nEnergy: 4/10 😴\nCalm: ☺️ 6\nSleep: 8 ❤️‍🩹\n", ["mood": 7, "energy": 4, "sleep": 8, "calm": 6]),
        ("Mood (1-10) (today): 6\n", [:]),
        // A label of two words names a metric with `_`: `mood_before` and `mood_after` make a pair.
        ("Mood before: 4/10\nMood after: 7/10\n", ["mood_before": 4, "mood_after": 7]),
        ("---\nmood_before: 3\n---\nMood before: 4\n", ["mood_before": 3]),
    ]

    @Test("numbers on the lines that open an entry are its metrics", arguments: metrics)
    func readsMetrics(_ markdown: String, _ expected: [String: Double]) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.metrics == expected)
    }

    /// (markdown, themes, type, session) expected.
    static let properties: [(String, [String], EntryType, Int?)] = [
        // Day One's export: a tab after each label; `kap` names a journey, as a front-matter tag does.
        ("\tDate:\tDecember 5, 2019 at 12:00:00 AM EST\n\tTags:\tkap, grief\n\nA long journey.", ["grief"], .journey, nil),
        ("Tags: grief, [[family]], #boundaries\n\nText", ["boundaries", "family", "grief"], .journal, nil),
        ("**Tags:** anger\n**Type:** integration\n", ["anger"], .integration, nil),
        ("# Thursday\n\nType: KAP\nSession: 3\n\nText", [], .journey, 3),
        ("Keywords: dad\n", ["dad"], .journal, nil),
        ("Tags (optional): grief\n", ["grief"], .journal, nil),
        // Front matter comes first: a key it has is not read again from the lines.
        ("---\ntags: [anger]\nsession: 2\n---\nTags: grief\nSession: 5\nType: KAP\n", ["anger"], .journey, 2),
        // A field (`tags:: grief`) is read as a page property, as before, once.
        ("tags:: grief, family\n\nText", ["family", "grief"], .journal, nil),
        // Only the lines that open the body, and only labels front matter knows.
        ("Text first.\n\nTags: grief\nSession: 3", [], .journal, nil),
        ("- Tags: grief\n- Session: 3\n", [], .journal, nil),
        ("Topics: grief\nSession: with Maya, online\n", [], .journal, nil),
        // Tags are words: a Meta Bind widget (obsidian-tasks, tests/DocumentationSamples/DefaultsDocs/
        // DocsSamplesForDefaults.test.DocsSamplesForDefaults_meta-bind-widgets-snippet.approved.md) is none.
        ("\ntoolbar: `INPUT[toggle:TQ_show_toolbar]`\ntags: `INPUT[toggle:TQ_show_tags]`\n", [], .journal, nil),
        ("Tags: grief (mostly), dad\n", [], .journal, nil),
        // Several labelled values on one line; a `;` inside one value leaves the line whole (and
        // `grief; family` is no list of tags, so it is left aside, as before).
        ("Type: KAP · Session: 4\n", [], .journey, 4),
        ("Tags: grief; family\nType: KAP\n", [], .journey, nil),
    ]

    @Test("keys front matter knows, on the lines that open an entry, mean what they mean there", arguments: properties)
    func readsProperties(_ markdown: String, _ themes: [String], _ type: EntryType, _ session: Int?) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.themes == themes)
        #expect(entry.type == type)
        #expect(entry.session == session)
        #expect(entry.problems.isEmpty)
    }

    /// (markdown, feelings, intentions, gratitude) expected: a labelled section line (`Feelings:`)
    /// among the opening lines is read as it is anywhere, once, after `Date:` or `Mood:` too.
    static let sectionLabels: [(String, [String], [String], [String])] = [
        ("Tags: grief\nFeelings: calm, sad\nIntention: be gentle with myself\n\nText\n", ["calm", "sadness"], ["be gentle with myself"], []),
        ("Date: 2026-11-03\nMood: 6/10\nFeelings: anxious, hopeful\nGratitude: the walk\n", ["anxiety", "hope"], [], ["the walk"]),
        ("**Insight:** the ache eases.\nFeelings: sad, hopeful\n", ["sadness", "hope"], [], []),
        // Not opening lines, but a line of prose that begins with a label tend knows: read where
        // it stands, since parser version 59 (2026-12-03, evening; ParagraphLinesTests). This
        // row held `[]` for the feelings until then, when the paragraph was prose.
        ("Text first.\nFeelings: calm\n", ["calm"], [], []),
        ("Date: 2026-11-03\nMood: 6\n", [], [], []),
    ]

    @Test("a label that names a section is read once, by the body, among the opening lines too", arguments: sectionLabels)
    func sectionLabelsAreTheBodys(_ markdown: String, _ feelings: [String], _ intentions: [String], _ gratitude: [String]) {
        let entry = parse(markdown, path: "2026-11-03.md")
        #expect(entry.emotions.map(\.name) == feelings)
        #expect(entry.intentions == intentions)
        #expect(entry.gratitude.map(\.text) == gratitude)
        #expect(!entry.fields.keys.contains { ["Feelings", "Intention", "Gratitude"].contains($0) })
    }

    @Test("tend explain names the line each property came from, and why a session in words was left aside")
    func propertiesExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "Date: 2026-11-03\nTags: grief\nSession: with Maya\nTitle: After the walk\n\nText\n"
        let (parsed, trace) = parser.explain(path: "notes/a.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.session == nil)
        #expect(parsed.entry?.problems.isEmpty == true)
        #expect(parsed.entry?.title == "After the walk")
        let rules = trace.readings.filter { ["themes", "session", "title"].contains($0.what) }.map { "\($0.line): \($0.rule)" }
        #expect(rules == [
            "2: its 'Tags:' line at the top (the journey, integration and template tags among them are not themes)",
            "3: its 'Session:' line at the top holds 'with Maya', not a journey number like 3, so it was left aside",
            "4: its 'Title:' line at the top",
        ])
        let (_, logseq) = parser.explain(path: "pages/a.md", bytes: Array("tags:: grief\n\n- Text\n".utf8), modificationDate: nil)
        let (_, widget) = parser.explain(path: "a.md", bytes: Array("Tags: `INPUT[toggle:show_tags]`\n".utf8), modificationDate: nil)
        #expect(widget.readings.first { $0.what == "themes" }?.rule
            == "its 'Tags:' line at the top holds '`INPUT[toggle:show_tags]`', which is not a list of tags like 'grief, family', so it was left aside")
        #expect(logseq.readings.first { $0.what == "themes" }?.rule
            == "the page property 'tags::' (the journey, integration and template tags among them are not themes)")
    }

    @Test("tend explain says why a number that opens an entry is not a metric, and says nothing of words")
    func unreadNumberExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        // `Mood: 4/5` was this test's first line until the gap hunt of 2026-12-03's afternoon,
        // when out of five came to be read; a number out of seven is what stays unread.
        let text = "Mood: 4/7\nSleep: 7h\nWeather: cloudy\nEnergy: 3\n\nText\n"
        let (parsed, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        // Hours of sleep are read with their unit (since 2026-12-02's evening).
        #expect(parsed.entry?.metrics == ["energy": 3, "sleep": 7])
        let metrics = trace.readings.filter { $0.what == "metric" }
        #expect(metrics.map(\.line) == [1, 2, 4])
        #expect(metrics.first?.rule == "its 'Mood:' line at the top holds '4/7', which is not a plain number or one out of ten, so it is not a metric")
        #expect(metrics.first?.hint == "write it as 'Mood: 6' or 'Mood: 6/10'")
    }

    @Test("tend explain names a label's scale, and says why a scale that does not end at ten is not read")
    func scaleExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        // `Calm (1-5): 4` was this test's unread scale until the gap hunt of 2026-12-03's
        // afternoon, when a scale of five came to be read, doubled.
        let text = "Mood (1-10): 6\nCalm (1-5): 4\nFocus (1-7): 5\n\nText\n"
        let (parsed, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.metrics == ["mood": 6, "calm": 8])
        #expect(trace.readings.filter { $0.what == "metric" }.map(\.rule) == [
            "its 'Mood (1-10):' line at the top holds a number, so it is a metric",
            "its 'Calm (1-5):' line at the top holds '4', a rating out of five, so it is a metric: 8 out of ten",
            "its 'Focus (1-7):' line at the top gives a scale to 7, not to ten, so it is not a metric",
        ])
    }

    @Test("tend explain says how a number written with its unit would be read")
    func unitExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (parsed, trace) = parser.explain(path: "2026-11-03.md", bytes: Array("Dose: 60 mg\nWalk: 30 min\nSleep: 7h\n".utf8), modificationDate: nil)
        // Hours of sleep are read with their unit; any other number with a unit is not.
        #expect(parsed.entry?.metrics == ["sleep": 7])
        #expect(trace.readings.filter { $0.what == "metric" }.compactMap(\.hint) == [
            "write it as 'Dose: 60' (the unit in the label, as 'Dose (mg): 60') to read it as a number",
            "write it as 'Walk: 30' (the unit in the label, as 'Walk (min): 30') to read it as a number",
        ])
    }

    @Test("tend explain names each metric line")
    func explained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "# Thursday\n\nEnergy: low\nMood: 6/10\n\nText\n"
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        let metrics = trace.readings.filter { $0.what == "metric" }
        #expect(metrics.map(\.line) == [3, 4])
        // Energy in a word is no metric, and tend explain says so (since 2026-12-02).
        #expect(metrics.map(\.rule) == ["its 'Energy:' line at the top holds 'low', a word, not a number, so it is not a metric",
                                        "its 'Mood:' line at the top holds a number, so it is a metric"])
    }

    /// A terse day note, as the gap hunt of 2026-12-03 wrote one: labels tend reads, and labels
    /// of the person's own, which `tend explain` passed over in silence before.
    @Test("tend explain says a line at the top is a label of the person's own, and reads Felt: and Learned:")
    func labelsOfYourOwnAtTheTop() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "# Thursday 19th\n\nFelt: hopeful, tired\nDid: yoga, walk 30m\nLearned: the body keeps the score\nWeather: rain\n"
        let (parsed, trace) = parser.explain(path: "2026-11-19.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.emotions.map(\.name) == ["hope", "exhaustion"])
        #expect(parsed.entry?.insights.map(\.text) == ["the body keeps the score"])
        let own = "line at the top is a label of your own, which tend keeps in the text but does not read; a label that names a section, like 'Feelings:' or 'Gratitude:', is read"
        #expect(trace.readings(atLine: 4).map(\.rule) == ["its 'Did:' " + own])
        #expect(trace.readings(atLine: 6).map(\.rule) == ["its 'Weather:' " + own])
        #expect(trace.readings(atLine: 3).map(\.what) == ["emotion"])
    }
}
