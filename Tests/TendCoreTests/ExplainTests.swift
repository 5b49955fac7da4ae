import Testing
@testable import TendCore

/// `tend explain`: the parser's own record of what it read each line as (issue 14).
struct ExplainTests {
    static let entry = """
    ---
    type: KAP
    mood: 4
    tags: [daily, father]
    ---
    #daily
    ## 💡 Insights
    - the grief is love
    ## What came up
    A thought about the lake.
    ## Habits
    - [x] walk
    - [ ] yoga

    Feelings: sad, hopeful
    """

    /// (line, what it was read as, the start of the rule, the hint).
    static let readings: [(Int, String, String, String?)] = [
        (1, "date", "2026-11-03 from the file name", nil),
        (2, "type", "journey: its type 'KAP'", nil),
        (3, "metric", "front matter 'mood' holds a number", nil),
        (4, "themes", "front matter 'tags'", nil),
        (6, "tags", "#daily", nil),
        (7, "section", "\"💡 Insights\" starts insights (matched without its emoji)", nil),
        (8, "insight", "list item under \"💡 Insights\" (matched without its emoji)", nil),
        (9, "heading", "\"What came up\" is not a known section name", nil),
        (10, "skipped", "prose under \"What came up\" — not a known section", "add \"what came up\" to headings.insights to read it"),
        (12, "practice", "ticked box under \"Habits\"", nil),
        (13, "skipped", "unticked box under \"Habits\" — a practice not done that day", nil),
        (15, "emotion", "labelled \"Feelings:\"", nil),
    ]

    @Test(arguments: readings)
    func reading(_ line: Int, _ what: String, _ rule: String, _ hint: String?) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(Self.entry.utf8), modificationDate: nil)
        let found = trace.readings(atLine: line)
        #expect(found.map(\.what) == [what])
        #expect(found.first?.rule.hasPrefix(rule) == true, "\(found.first?.rule ?? "nothing")")
        #expect(found.first?.hint == hint)
    }

    @Test func anOrdinaryParseRecordsNothingAndReadsTheSame() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let bytes = Array(Self.entry.utf8)
        let (explained, _) = parser.explain(path: "2026-11-03.md", bytes: bytes, modificationDate: nil)
        #expect(parser.parse(path: "2026-11-03.md", bytes: bytes, modificationDate: nil) == explained)
    }

    /// Regression: `tend check` gathered its heading hints with every reading's words built,
    /// which made it 2.3× as slow as an ordinary parse. A headings-only trace builds no reading,
    /// finds the same headings, and reads the entry the same.
    @Test func aHeadingsOnlyTraceGathersHeadingsAndNoReadings() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let bytes = Array("## Things to try\n- walk at dusk\n\n## Insights\n- rest\n".utf8)
        let (full, fullTrace) = parser.explain(path: "2026-11-03.md", bytes: bytes, modificationDate: nil)
        let (light, lightTrace) = parser.explain(path: "2026-11-03.md", bytes: bytes, modificationDate: nil, into: .headingsOnly)
        #expect(lightTrace.readings.isEmpty)
        #expect(!fullTrace.readings.isEmpty)
        #expect(lightTrace.unknownListHeadings == ["Things to try"])
        #expect(lightTrace.unknownListHeadings == fullTrace.unknownListHeadings)
        #expect(light == full)
    }
}

/// The hint for an unknown heading names it as a config list would hold it, without a
/// worksheet's numbering and a note in parentheses (a public post-session journal template's
/// `### Section 1: Immediate Impressions (2 min)`, found with the code search on 2026-12-03):
/// it offered `section 1: immediate impressions (2 min`, which matches no heading. The name it
/// offers, added to the list, reads the section.
struct UnknownHeadingHintTests {
    @Test func theHintNamesWhatTheListWouldHoldAndAddingItReads() {
        let text = "### Section 1: Immediate Impressions (2 min)\n\nWarmth, and my grandmother's hands.\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-28.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 3).map(\.hint) == ["add \"immediate impressions\" to headings.insights to read it"])
        var vocabulary = Vocabulary()
        vocabulary.insightHeadings.append("immediate impressions")
        let entry = EntryParser(vocabulary: vocabulary, lexicon: shippedLexicon)
            .parse(path: "2026-11-28.md", bytes: Array(text.utf8), modificationDate: nil).entry
        #expect(entry?.insights.map(\.text) == ["Warmth, and my grandmother's hands."])
    }
}

/// A month's journal kept in one file, a day under each dated heading, is one entry of one day;
/// `tend explain` says so at each other day.
struct ManyDaysInOneFileTests {
    @Test func eachOtherDayIsNamed() {
        let text = "# 2026-11-03\n\nA walk.\n\n## 2026-11-04\n\n- sad (4)\n\n## November 5, 2026\n\nRest.\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "November.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.date?.description == "2026-11-03")
        let others = trace.readings.filter { $0.what == "date" && $0.line > 1 }
        #expect(others.map(\.line) == [5, 9])
        #expect(others.first?.rule == "\"2026-11-04\" names 2026-11-04, but tend reads one entry a file, so what follows counts for 2026-11-03")
        #expect(others.first?.hint == "keep each day in a file of its own (a daily note) to see it in its own week")
        // Regression: the list under a heading with no words was given the hint to add "" to the config.
        #expect(trace.readings(atLine: 7).map(\.hint) == [nil])
        #expect(trace.otherDays == 2)
        // tend check's trace counts them too, with no reading's words.
        let (_, light) = EntryParser(lexicon: shippedLexicon).explain(path: "November.md", bytes: Array(text.utf8), modificationDate: nil,
                                                                      into: .headingsOnly)
        #expect(light.otherDays == 2)
        #expect(light.readings.isEmpty)
    }

    @Test func checksHintNamesTheFileAndHowMany() {
        #expect(EntryParser.manyDaysHint([], display: { $0 }) == nil)
        #expect(EntryParser.manyDaysHint([("Nov.md", 29), ("Dec.md", 30)], display: { "./" + $0 })
                == "./Nov.md and 1 more name days in their headings (29 in the first); tend reads one entry a file, so a file a day shows each day in its week ('tend explain ./Nov.md' shows where)")
    }

    @Test func aMonthTitledWithNoDayIsANoteAndSaysSo() {
        let text = "# November 2026\n\n## 2026-11-03\n\nA walk.\n\n## 2026-11-04\n\nRest.\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "November.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.date == nil)
        #expect(trace.otherDays == 2)
        #expect(trace.readings(atLine: 3).first?.rule == "\"2026-11-03\" names 2026-11-03, but tend reads one entry a file, so what follows is part of this note, in no week")
    }

    @Test(arguments: [
        "# 2026-11-03\n\n## Remembering 2019-05-02\n\nThe lake.\n",      // one other date: a heading like any other
        "# 2026-11-03\n\n## 2026-11-03 evening\n\n## 3 November 2026, night\n", // the same day
    ])
    func noNoteForOneOtherDateOrTheSameDay(_ text: String) {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "a.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings.filter { $0.what == "date" && $0.line > 1 }.isEmpty)
        #expect(trace.otherDays == 0)
    }
}

/// A feeling's strength written in a word has no intensity; `tend explain` says so, and how to
/// chart it.
struct IntensityInWordsTests {
    /// (item, the words tend explain names, or nil when there are none).
    static let items: [(String, String?)] = [
        ("anxious (high)", "high"), ("sad: a little", "a little"), ("overwhelmed - strong", "strong"),
        ("hopeful [mild]", "mild"), ("grief (7)", nil), ("grief in my chest", nil), ("joy 8/10", nil), ("calm", nil),
    ]

    @Test(arguments: items)
    func words(_ item: String, _ expected: String?) {
        #expect(ItemParsing.intensityInWords(item) == expected)
    }

    @Test func explainNamesTheWordAndHowToWriteANumber() {
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array("## Feelings\n- anxious (high)\n".utf8), modificationDate: nil)
        #expect(parsed.entry?.emotions.map(\.intensity) == [nil])
        let readings = trace.readings(atLine: 2)
        #expect(readings.map(\.rule) == ["list item under \"Feelings\"", "'anxious' has 'high' where an intensity goes, a word, so it has none"])
        #expect(readings.last?.hint == "write a number from 0 to 10, like 'anxious (7)', to chart how strong it was")
    }

    /// Dendron's note header (dendronhq/dendron, test-workspace/vault/dendron.faq.md): its times
    /// say why they are no metrics (since parser version 61 they are none).
    @Test func aTimeInFrontMatterSaysWhyItIsNoMetric() {
        let text = "---\nid: Tb8aD8KYsD13l0W20dIEy\ntitle: Faq\ndesc: ''\nupdated: 1644502845130\ncreated: 1644502827652\n---\n\n## Hello\nhello world\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "dendron.faq.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parse(text, path: "dendron.faq.md").metrics.isEmpty)
        for line in [5, 6] {
            #expect(trace.readings(atLine: line).map(\.rule) == [
                "front matter '\(line == 5 ? "updated" : "created")' holds a number that says when the note was made or changed, or names it, so it is a field, not a metric",
            ])
        }
    }

    /// A feelings item with no name in it (`- 6`) is said to be passed over, with the form that
    /// is read (since parser version 61; it was said to be a feeling, and none was read).
    @Test func aFeelingItemWithNoNameSaysSo() {
        let text = "## Feelings\n- 6\n- grief (7)\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.emotions.map(\.name) == ["grief"])
        #expect(trace.readings(atLine: 2).map(\.what) == ["skipped"])
        #expect(trace.readings(atLine: 2).first?.rule == "list item under \"Feelings\" — '6' holds no feeling's name")
        #expect(trace.readings(atLine: 2).first?.hint == "write the feeling first, like 'grief (7)'")
        #expect(trace.readings(atLine: 3).map(\.what) == ["emotion"])
    }
}
