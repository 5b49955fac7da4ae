import Testing
@testable import TendCore

/// Dates, types, front matter, titles, positions and bad input.
struct EntryTests {
    static let dates: [(String, String, String, String)] = [
        // (front matter date line, path, expected date, expected source)
        ("date: 2026-10-03", "x.md", "2026-10-03", "front-matter"),
        ("date: 2026-10-03 09:30", "x.md", "2026-10-03", "front-matter"),
        ("date: 2026-11-02T22:30:00-08:00", "x.md", "2026-11-02", "front-matter"),
        ("date: 2026-11-02T23:59:00+14:00", "x.md", "2026-11-02", "front-matter"),
        ("date: '2026-01-05'", "x.md", "2026-01-05", "front-matter"),
        ("mood: 5", "2026/09/2026-09-08 journey.md", "2026-09-08", "file-name"),
        ("mood: 5", "notes/walk 2026-10-11.md", "2026-10-11", "file-name"),
        ("date: someday", "2026-10-12.md", "2026-10-12", "file-name"),
        ("mood: 5", "2026-02-30.md", "none", "none"),   // no date anywhere: a note
        // A weekly note, as Obsidian's Periodic Notes names one (its default `gggg-[W]ww`, and
        // ISO's `GGGG-[W]WW`): the first day of its week (the gap hunt of 2026-12-03).
        ("mood: 5", "Weekly/2026-W47.md", "2026-11-16", "file-name"),
        ("mood: 5", "2026-w05.md", "2026-01-26", "file-name"),
        ("mood: 5", "2026-W53.md", "2026-12-28", "file-name"),
        ("mood: 5", "2027-W53.md", "none", "none"),   // 2027 has 52 weeks
        ("mood: 5", "Week 47.md", "none", "none"),
        ("date: 2026-11-20", "2026-W47.md", "2026-11-20", "front-matter"),
    ]

    /// Front matter as clinics' forms and other templates name it (the gap hunt of 2026-12-03):
    /// the kind and the journey's number under keys of their own, a pair as `pre` and `post`.
    /// (front matter lines, type, session, metrics as key=value.)
    static let keys: [(String, String, Int?, [String])] = [
        ("session_type: KAP\nsession_number: 4\nmood_pre: 3\nmood_post: 7", "journey", 4, ["mood_after=7.0", "mood_before=3.0"]),
        ("kind: journey\njourney: 5", "journey", 5, []),
        ("category: integration", "integration", nil, []),
        ("Session Type: ketamine\nSession number: 2", "journey", 2, []),
        // Values that mean no kind and no number stay fields, never metrics or types.
        ("category: work\nkind: note", "journal", nil, []),
        ("journey: [[2026-11-05]]\nsession_number: four", "journal", nil, []),
    ]

    @Test(arguments: keys)
    func kindAndNumberUnderOtherKeys(_ lines: String, _ type: String, _ session: Int?, _ metrics: [String]) {
        let entry = parse("---\ndate: 2026-11-05\n\(lines)\n---\nText\n", path: "x.md")
        #expect(entry.type.rawValue == type)
        #expect(entry.session == session)
        #expect(entry.metrics.map { "\($0.key)=\($0.value)" }.sorted() == metrics)
        #expect(entry.fields.count == lines.split(separator: "\n").count + 1)
    }

    @Test(arguments: dates)
    func date(_ line: String, _ path: String, _ expected: String, _ source: String) {
        let entry = parse("---\n\(line)\n---\nText\n", path: path, modified: LocalDate(year: 2020, month: 1, day: 1))
        #expect(entry.date?.description ?? "none" == expected)
        #expect(entry.dateSource.rawValue == source)
    }

    @Test func timeIsKeptAsWritten() {
        #expect(parse("---\ndate: 2026-11-02T22:30:00-08:00\n---\n").minutes == 22 * 60 + 30)
        #expect(parse("---\ndate: 2026-11-02 09:05\n---\n").minutes == 9 * 60 + 5)
    }

    @Test func modificationDateIsAWarningInADailyNotesFolder() {
        var parser = EntryParser(lexicon: shippedLexicon)
        parser.dates.dailyFolders = ["Daily"]
        let entry = parser.parse(path: "Daily/walk.md", bytes: Array("no date here".utf8),
                                 modificationDate: LocalDate(year: 2026, month: 3, day: 4)).entry!
        #expect(entry.date == LocalDate(year: 2026, month: 3, day: 4))
        #expect(entry.problems.count == 1)
        #expect(entry.problems[0].severity == .warning)
        #expect(entry.problems[0].sentence.contains("modification day 2026-03-04"))
    }

    static let types: [(String, String)] = [
        ("journey", "journey"), ("Journey", "journey"), ("session", "journey"), ("dosing", "journey"),
        ("medicine", "journey"), ("KETAMINE", "journey"), ("integration", "integration"),
        ("journal", "journal"), ("dream", "dream"), ("", "journal"),
    ]

    @Test(arguments: types)
    func type(_ written: String, _ expected: String) {
        #expect(parse("---\ntype: \(written)\n---\n").type.rawValue == expected)
    }

    @Test func frontMatterFieldsAndMetrics() {
        let entry = parse("""
        ---
        date: 2026-11-03
        type: journey
        session: 3
        intention: Meet the grief without running
        mood: 6
        Sleep: 7.5
        anxiety: "4"
        note: a string
        done: true
        ---
        """)
        #expect(entry.session == 3)
        #expect(entry.intentions == ["Meet the grief without running"])
        #expect(entry.metrics == ["mood": 6, "sleep": 7.5])
        #expect(entry.fields["intention"] == .string("Meet the grief without running"))
        #expect(entry.fields["anxiety"] == .string("4"))
        #expect(entry.fields["done"] == .bool(true))
        #expect(entry.fields["date"] == .string("2026-11-03"))
        #expect(entry.fields["Sleep"] == .number(7.5))
    }

    @Test func intentionList() {
        #expect(parse("---\nintention:\n  - rest\n  - listen\n---\n").intentions == ["rest", "listen"])
    }

    @Test func intentionFromHeadingWhenFrontMatterHasNone() {
        #expect(parse("## Intention\nTo be gentle.").intentions == ["To be gentle."])
        #expect(parse("---\nintention: a\n---\n## Intention\nb").intentions == ["a"])
    }

    static let titles: [(String, String, String)] = [
        ("---\ntitle: Given\n---\n# Heading", "x.md", "Given"),
        ("# The lake\ntext", "x.md", "The lake"),
        ("## Not level one", "2026-11-03 journey.md", "2026-11-03 journey"),
        ("text", "walk by the river.markdown", "walk by the river"),
    ]

    @Test(arguments: titles)
    func title(_ text: String, _ path: String, _ expected: String) {
        #expect(parse(text, path: path).title == expected)
    }

    static let positions: [(String, [String])] = [
        // Each extracted item as "kind line:column".
        ("## Insights\n- first", ["insight 2:3"]),
        ("---\ndate: 2026-11-03\n---\n## Insights\n- first", ["insight 5:3"]),
        ("---\r\ndate: 2026-11-03\r\n---\r\n## Insights\r\n- first\r\n", ["insight 5:3"]),
        ("\u{FEFF}---\ndate: 2026-11-03\n---\n- [ ] task", ["action 4:3"]),
        ("Grüße und Tränen #emotion/grief", ["emotion 1:18"]),
        ("    - [ ] not a list, a code block", []),
        ("1. [ ] numbered", ["action 1:4"]),
        ("text\n  insight:: second line", ["insight 2:3"]),
        ("- a\n\t- [ ] tab-indented", ["action 2:4"]),
        ("> - [ ] quoted", ["action 1:5"]),
        ("## Emotions\n- é (3)", ["emotion 2:3"]),
        ("---\nemotions: [grief]\n---\n", ["emotion 2:12"]),
    ]

    @Test(arguments: positions)
    func position(_ text: String, _ expected: [String]) {
        let e = parse(text)
        let found = e.insights.map { "insight \($0.source.line):\($0.source.column)" }
            + e.actions.map { "action \($0.source.line):\($0.source.column)" }
            + e.emotions.map { "emotion \($0.source.line):\($0.source.column)" }
        #expect(found == expected)
    }

    @Test func headingOfAnItem() {
        let e = parse("## Insights\n### Morning\n- still insight")
        #expect(e.insights.first?.source.heading == "Morning")
    }

    static let sections: [(String, String)] = [
        // Markdown, then counts "insights/emotions/actions/practices/gratitude".
        ("## Insights\n- a\n### Morning\n- b\n## Notes\n- c", "2/0/0/0/0"),
        ("## Emotions\n- grief\n## Practices\n- yoga\n## Gratitude\n- tea", "0/1/0/1/1"),
        ("# Day\n## Insights\n- a\n# Next\n- b", "1/0/0/0/0"),
        ("## Action items\n- a\n### Later\n- b", "0/0/2/0/0"),
        ("## INSIGHTS\n- shouty heading", "1/0/0/0/0"),
        ("## What came up\n- nothing special", "0/0/0/0/0"),
    ]

    @Test(arguments: sections)
    func section(_ text: String, _ expected: String) {
        let e = parse(text)
        #expect("\(e.insights.count)/\(e.emotions.count)/\(e.actions.count)/\(e.practices.count)/\(e.gratitude.count)" == expected)
    }

    @Test func inlineFieldsBecomeFieldsAndMetrics() {
        let e = parse("energy:: 7\nplace:: the lake")
        #expect(e.metrics["energy"] == 7)
        #expect(e.fields["place"] == .string("the lake"))
    }

    // MARK: - Bad input: every case still gives an entry (or a clear skip) and a problem with a place.

    @Test func emptyFile() {
        let e = parse("", path: "2026-11-03.md")
        #expect(e.date == LocalDate(year: 2026, month: 11, day: 3))
        #expect(e.problems.isEmpty)
    }

    @Test func frontMatterOnly() {
        let e = parse("---\ndate: 2026-11-04\nmood: 5\n---")
        #expect(e.date == LocalDate(year: 2026, month: 11, day: 4))
        #expect(e.metrics == ["mood": 5])
    }

    @Test func unclosedFrontMatter() {
        let e = parse("---\ndate: 2026-11-04\n\n## Insights\n- still read")
        #expect(e.insightTexts == ["still read"])
        #expect(e.problems.first == Diagnostic(.warning, line: 1, column: 1,
            "the front matter starts with '---' but is never closed; the file was read as Markdown only"))
    }

    @Test func brokenYAMLIsMappedToTheFileLine() {
        let e = parse("---\ndate: 2026-11-04\ntags: [a, b\nmood: 3\n---\n## Insights\n- body still read")
        #expect(e.insightTexts == ["body still read"])
        #expect(e.problems.count == 1)
        // Regression: broken front matter was a warning, so `tend check` exited 0 in a
        // pre-commit hook although the date, type and session written there were lost.
        #expect(e.problems[0].severity == .error)
        #expect((3...5).contains(e.problems[0].place.line ?? 0))
        #expect(e.problems[0].sentence.hasPrefix("the front matter is not valid YAML"))
    }

    @Test func frontMatterThatIsNotAMapping() {
        let e = parse("---\n- just\n- a list\n---\n")
        #expect(e.problems.map(\.place.line) == [2])
        #expect(e.problems.map(\.severity) == [.error])
    }

    /// Regression: a key written twice got a misleading message ("could not be read as YAML").
    @Test(arguments: [
        // front matter, the problem
        ("---\ndate: 2026-11-04\nmood: 3\ndate: 2026-11-05\n---\nx\n",
         Diagnostic(.error, line: 2, column: 1, "the key 'date' is written more than once in the front matter (first here), so it could not be read; keep one of each; the rest of the entry was still read")),
        ("---\ntitle: a\ntags: [x]\ntitle: b\ntags: [y]\n---\nx\n",
         Diagnostic(.error, line: 3, column: 1, "the keys 'tags', 'title' are written more than once in the front matter (first here), so it could not be read; keep one of each; the rest of the entry was still read")),
    ])
    func keyWrittenTwice(text: String, problem: Diagnostic) {
        #expect(parse(text).problems == [problem])
    }

    /// Regression: CR-only line endings (classic Mac editors) lost the front-matter date.
    @Test func carriageReturnLinesKeepTheFrontMatter() {
        let e = parse("---\rdate: 2026-11-04\rmood: 6\r---\r## Insights\r- read all the same\r")
        #expect(e.date == LocalDate(parsing: "2026-11-04"))
        #expect(e.metrics["mood"] == 6)
        #expect(e.insightTexts == ["read all the same"])
        #expect(e.insights.first?.source.line == 6)
        #expect(e.textLine == 4, "the text starts after the closing fence, on line 5")
    }

    /// Regression: a UTF-16 entry with a byte-order mark was called binary.
    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsRead(littleEndian: Bool) {
        let text = "---\ndate: 2026-11-04\n---\n## Insights\n- café, read from UTF-16 🌊\n"
        let bom: [UInt8] = littleEndian ? [255, 254] : [254, 255]
        let bytes = bom + text.utf16.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 255))
            return littleEndian ? [low, high] : [high, low]
        }
        guard case .entry(let e) = parse(bytes: bytes) else { Issue.record("skipped as binary"); return }
        #expect(e.date == LocalDate(parsing: "2026-11-04"))
        #expect(e.insightTexts == ["café, read from UTF-16 🌊"])
        #expect(e.problems.map(\.sentence) == ["this file is UTF-16; tend read it, but many tools expect UTF-8 (re-saving it as UTF-8 keeps it readable everywhere)"])
    }

    /// Regression: a 10 MB line of `*a` took libcmark to 1.7 GB. Past the limits a file is read
    /// as plain text: its front matter and words are kept, no item is read.
    static let hugeLines: [(String, Int?)] = {
        let long = "## Insights\n- " + String(repeating: "*a", count: EntryLimits.maximumLineBytes / 2 + 1) + "\n"
        let justShort = "## Insights\n- " + String(repeating: "*a", count: EntryLimits.maximumLineBytes / 2 - 10) + "\n"
        let item = "## Insights\n- " + String(repeating: "a", count: 1_000) + "\n"
        let large = String(repeating: item, count: EntryLimits.maximumMarkdownBytes / 1_000 + 1)
        // body, the warning's line (nil: read as Markdown)
        return [(long, 6), (justShort, nil), (large, 1)]
    }()

    @Test(arguments: hugeLines)
    func hugeLinesAreReadAsPlainText(body: String, warningLine: Int?) {
        let e = parse("---\ndate: 2026-11-04\ntags: [long]\n---\n" + body)
        #expect(e.date == LocalDate(parsing: "2026-11-04"))
        #expect(e.themes == ["long"])
        #expect(e.text.hasSuffix(String(body.suffix(100))), "the words are kept for search")
        if let warningLine {
            #expect(e.problems.map(\.place.line) == [warningLine])
            #expect(e.problems.first?.sentence.contains("so tend read") == true)
            #expect(e.insights.isEmpty)
        } else {
            #expect(e.problems.isEmpty)
            #expect(e.insights.count == 1)
        }
    }

    /// Regression: nested YAML aliases ("billion laughs") took 20 s and 4.6 GB; ten levels never finished.
    @Test(arguments: [3, 6, 10, 20])
    func yamlAliasBombsStopAtOnce(levels: Int) {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1..<levels { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        let clock = ContinuousClock()
        let start = clock.now
        let e = parse("---\ndate: 2026-11-04\n" + yaml + "---\nbody #kept\n")
        #expect(clock.now - start < .seconds(1))
        #expect(e.themes == ["kept"])
        if levels <= 3 {
            #expect(e.problems.isEmpty, "a few aliases are fine: \(e.problems)")
        } else {
            #expect(e.problems == [Diagnostic(.error, line: 2, column: 1, "the front matter repeats values through aliases (*name) far more often than it is long, so it was not read; the rest of the entry was still read")])
        }
    }

    /// Regression: a front matter of 40,000 tags took 4.5 s, and time grew with its square (each
    /// item's column was counted from the start of the line); so did 40,000 keys, or an
    /// `emotions: {…}` of 40,000 names (each key was compared with every key before it).
    static let longFrontMatters: [(String, @Sendable (Int) -> String)] = [
        ("tags", { n in "tags: [" + (0..<n).map { "t\($0)" }.joined(separator: ", ") + "]\n" }),
        ("emotions", { n in "emotions: {" + (0..<n).map { "e\($0): 3" }.joined(separator: ", ") + "}\n" }),
        ("keys", { n in (0..<n).map { "k\($0): \($0)\n" }.joined() }),
        ("practices", { n in "practices:\n" + (0..<n).map { "  - p\($0) 5m\n" }.joined() }),
    ]

    @Test(arguments: longFrontMatters)
    func longFrontMattersReadInLinearTime(shape: String, yaml: @Sendable (Int) -> String) {
        func seconds(_ count: Int) -> Double {
            let text = "---\n" + yaml(count) + "---\nx\n"
            let clock = ContinuousClock()
            let start = clock.now
            let e = parse(text)
            let took = clock.now - start
            #expect(!e.problems.contains { $0.severity == .error }, "\(shape): \(e.problems.prefix(1))")
            return Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        }
        // The quickest of three rounds, the two sizes taking turns: the machine is shared, and
        // only a slow-down is noise. Eight times as long: linear is 8×, a quadratic reader 64×
        // (the old ones took 14–16× for four times as long), so the line at 24× leaves room for a
        // loaded machine on both sides.
        var small = Double.infinity, large = Double.infinity
        for _ in 0..<3 {
            small = min(small, seconds(1_000))
            large = min(large, seconds(8_000))
        }
        #expect(large < 1.0, "\(shape): 8,000 in \(large) s")
        #expect(large < small * 24, "\(shape): 8× as long took \(large / small)× the time")
    }

    @Test func largeEntry() {
        var text = "---\ndate: 2026-11-06\n---\n## Insights\n"
        let line = "- an insight with #theme words to make the line long enough to matter, again and again\n"
        // Just under the size past which a file is read as plain text (EntryLimits).
        while text.utf8.count < EntryLimits.maximumMarkdownBytes - 100 { text += line }
        let e = parse(text)
        #expect(e.insights.count > 20_000)
        #expect(e.insights.last?.source.line == e.insights.count + 4)
        #expect(e.themes == ["theme"])
    }

    // MARK: - Sessions

    @Test func sessionsAreNumberedAndEntriesTiedToTheLatestJourney() {
        var entries = [
            parse("---\ntype: journal\n---\n", path: "2026-09-01.md"),
            parse("---\ntype: journey\n---\n", path: "2026-09-08.md"),
            parse("---\ntype: integration\n---\n", path: "2026-09-10.md"),
            parse("---\ntype: journey\n---\n", path: "2026-09-22.md"),
            parse("---\ntype: journal\n---\n", path: "2026-09-22 later.md"),
            parse("---\ntype: journey\nsession: 7\n---\n", path: "2026-10-06.md"),
            parse("---\ntype: journal\n---\n", path: "2026-10-07.md"),
        ]
        let journeys = Sessions.assign(&entries)
        #expect(journeys.map(\.number) == [1, 2, 7])
        #expect(entries.map(\.session) == [nil, 1, 1, 2, 2, 7, 7])
    }
}
