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
