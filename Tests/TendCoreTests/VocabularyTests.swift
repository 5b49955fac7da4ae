import Testing
@testable import TendCore

/// Section names as people write them, labelled lines, paragraphs under known headings,
/// journeys by type, tag and folder, and structural tags (issue 14).
struct VocabularyTests {
    /// (heading as written, kind it starts). The markup and white-space cases follow
    /// obsidian-dataview `src/test/util/normalize.test.ts` "Header Normalization" (Markup, Dash);
    /// the rest are the headings of the KAP journal.
    static let headings: [(String, SectionKind?)] = [
        ("💡 Insights", .insights),
        ("3. Feelings:", .emotions),
        ("Gratitude", .gratitude),          // `## **Gratitude**`: the reader hands on the shown text
        ("Takeaways", .insights),
        ("Key insights ✨", .insights),
        ("Gratitude 🙏 list", .gratitude),
        ("Lessons learned", .insights),
        ("Aha moments!", .insights),
        ("Realisations", .insights),
        ("Emotional check-in", .emotions),
        ("Habits", .practices),
        ("Self-care", .practices),
        ("🙏 Grateful for", .gratitude),
        ("Thankful for:", .gratitude),
        ("I’m grateful for", .gratitude),
        ("1) Next steps", .actions),
        ("Intention", .intention),
        // Integration templates' own headings.
        ("🌱 Integration practices", .practices),
        ("Integration steps", .actions),
        ("Commitments", .actions),
        ("What I want to remember", .insights),
        ("What came up", nil),
        ("Morning", nil),
        ("Insights from the trip", nil),
        // A heading of one emoji (the gap hunt of 2026-12-03's afternoon: a minimal daily-note
        // template, `## 🙏` over a list); until then such a heading named nothing.
        ("🙏", .gratitude),
        ("🙏🏽", .gratitude),
        ("💡:", .insights),
        ("❓", .questions),
        ("🙏 💡", nil),
        ("🎯", nil),
        ("📅", nil),
    ]

    @Test(arguments: headings)
    func heading(_ written: String, _ kind: SectionKind?) {
        #expect(Vocabulary().section(forHeading: written) == kind)
    }

    /// (heading, what `tend explain` says was set aside).
    static let ignored: [(String, String)] = [
        ("💡 Insights", " (matched without its emoji)"),
        ("3. Feelings:", " (matched without its number, punctuation and colon)"),
        ("Insights", ""),
    ]

    @Test(arguments: ignored)
    func howMatched(_ written: String, _ expected: String) {
        #expect(SectionName(written).howMatched == expected)
    }

    /// (heading, its key, what was set aside). ASCII names are read from their bytes, the rest
    /// scalar by scalar; both give the same.
    static let keys: [(String, String, String)] = [
        ("Next   Steps", "next steps", ""),
        ("\tGratitude\t", "gratitude", ""),
        ("3. Feelings:", "feelings", " (matched without its number, punctuation and colon)"),
        ("Insights 2", "insights", " (matched without its number)"),
        ("(Insights)", "insights", " (matched without its punctuation)"),
        ("Self-care", "self-care", ""),
        ("123", "", " (matched without its number)"),
        ("", "", ""),
        ("Émotions", "émotions", ""),
        ("💡 Key  Insights ✨", "key insights", " (matched without its emoji)"),
        // One emoji is the name (with its skin tone and variation selector set aside).
        ("🙏", "🙏", ""),
        ("✅️ ✅", "✅", ""),
        ("🙏 💡", "", " (matched without its emoji)"),
    ]

    @Test(arguments: keys)
    func key(_ written: String, _ key: String, _ howMatched: String) {
        let name = SectionName(written)
        #expect(name.key == key)
        #expect(name.howMatched == howMatched)
    }

    /// Every ASCII heading above reads the same through the general reading (a no-break space
    /// at its end, which is not ASCII and is set aside as white space, sends it there).
    @Test func asciiNamesReadAsScalarsDo() {
        let ascii = (Self.headings.map(\.0) + Self.keys.map(\.0) + ["  Insights  ", "Steps:", "#1 - Habits!!"])
            .filter { $0.utf8.allSatisfy { $0 < 128 } }
        #expect(ascii.count > 20)
        for written in ascii {
            #expect(SectionName(written) == SectionName(written + "\u{00A0}"), "\(written)")
        }
    }

    /// (text of a paragraph or list item, kind, text after the label); nil: not a labelled line.
    static let labels: [(String, SectionKind?, String)] = [
        ("Insight: anger is protecting something tender", .insights, "anger is protecting something tender"),
        ("Feelings: sad, hopeful, steady.", .emotions, "sad, hopeful, steady."),
        ("Gratitude: my sister's voice message", .gratitude, "my sister's voice message"),
        ("Takeaway: rest is allowed", .insights, "rest is allowed"),
        ("Next step: call Sam", .actions, "call Sam"),
        ("Intention: to soften", .intention, "to soften"),
        ("insight:: a Dataview field", nil, ""),
        ("Note: not a section", nil, ""),
        ("Insight:", nil, ""),
        ("At the lake I finally understood my insight: it was about trust", nil, ""),
        ("Insight : a space before the colon", .insights, "a space before the colon"),
        ("Insight:   ", nil, ""),
        ("Next steps for the coming week, gently: rest", nil, ""),   // seven words: not a label
        // Five words are a label since the gap hunt of 2026-12-03's afternoon (four before).
        ("My intention for this journey: to meet the grief gently.", .intention, "to meet the grief gently."),
        ("Set intention: listen to the body", .intention, "listen to the body"),
        (String(repeating: "a", count: 63) + ": too far for a label", nil, ""),
        // A first word of how many or how much (since parser version 58; the gap hunt of
        // 2026-12-03's second session), and *tomorrow* as a last word of when.
        ("One thing I learned: I can rest without earning it.", .insights, "I can rest without earning it."),
        ("Something I learned today: people can hold me.", .insights, "people can hold me."),
        ("Biggest insight: the fear is old.", .insights, "the fear is old."),
        ("Key insight: the body remembers.", .insights, "the body remembers."),
        ("Main takeaway: ask sooner", .insights, "ask sooner"),
        ("One thing I'm grateful for: Sam's call.", .gratitude, "Sam's call."),
        ("Intention for tomorrow: be gentle.", .intention, "be gentle."),
        ("One thing: not a name", nil, ""),
        ("Big day: the appointment", nil, ""),
    ]

    @Test(arguments: labels)
    func label(_ text: String, _ kind: SectionKind?, _ rest: String) {
        let label = LabelledLine(text, vocabulary: Vocabulary())
        #expect(label?.kind == kind)
        if kind != nil { #expect(label?.text == rest) }
    }

    @Test func labelledLinesInOneParagraph() {
        let entry = parse("""
        **Insight:** the ache eases when I name it.
        Feelings: sad, hopeful, steady.
        Gratitude: my sister's voice message.
        """)
        #expect(entry.insightTexts == ["the ache eases when I name it."])
        #expect(entry.emotions.map(\.name) == ["sadness", "hope", "groundedness"])
        #expect(entry.gratitude.map(\.text) == ["my sister's voice message."])
    }

    /// (Markdown, feelings, gratitude): under a feelings heading, a feeling's name and its
    /// intensity (`gratitude: 7`) is that feeling, even when the name is also a section's name.
    static let feelingsWithIntensity: [(String, [String], [String])] = [
        ("## Emotions\n- gratitude: 7\n- fear – 5/10", ["gratitude", "fear"], []),
        ("## Emotions\ngratitude: 7", ["gratitude"], []),
        ("## Emotions\n- Gratitude: my sister's call", [], ["my sister's call"]),
        ("## Notes\n- gratitude: 7", [], ["7"]),
    ]

    @Test(arguments: feelingsWithIntensity)
    func feelingWithIntensityIsNotALabel(_ markdown: String, _ feelings: [String], _ gratitude: [String]) {
        let entry = parse(markdown)
        #expect(entry.emotions.map(\.name) == feelings)
        #expect(entry.gratitude.map(\.text) == gratitude)
    }

    /// (Markdown, insights found): a paragraph under a known heading is an item whenever the
    /// section itself holds no list; a known sub-heading with a list starts its own section.
    static let paragraphs: [(String, [String])] = [
        ("## Realisations\nThe part of me that runs is young.\n\nI can be sad and okay.\n\n### Emotions\n- calm",
         ["The part of me that runs is young.", "I can be sad and okay."]),
        ("## Insights\nSome words first.\n\n- the list item", ["the list item"]),
        ("## Insights\nIntro.\n\n### Morning\n- a morning insight", ["a morning insight"]),
        ("## What came up\nA thought.", []),
    ]

    @Test(arguments: paragraphs)
    func paragraphsUnderAKnownHeading(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).insightTexts == expected)
    }

    @Test func checklistUnderHabitsIsPracticesNotActions() {
        let entry = parse("## Habits\n- [x] meditation 10m\n- [x] walk\n- [ ] journaling\n")
        #expect(entry.practiceSummary == ["meditation 10m", "walk"])
        #expect(entry.actions.isEmpty)
    }

    /// (front matter and body, path, type read). The defaults of the issue: types, `#journey`
    /// and `#kap`, and a folder when configured.
    static let kinds: [(String, String, String)] = [
        ("---\ntype: KAP\n---\n", "a.md", "journey"),
        ("---\ntype: infusion\n---\n", "a.md", "journey"),
        ("---\ntype: psilocybin\n---\n", "a.md", "journey"),
        ("---\ntype: ceremony\n---\n", "a.md", "journey"),
        ("#kap\nSecond session", "Second session.md", "journey"),
        ("---\ntags: [journey]\n---\n", "a.md", "journey"),
        ("#integration with Dr Rivera", "a.md", "integration"),
        ("---\ntype: Integration Session\n---\n", "a.md", "integration"),
        ("---\ntype: dream\n---\n", "a.md", "dream"),
        ("plain day", "a.md", "journal"),
        ("plain day", "Sessions/third.md", "journey"),
    ]

    @Test(arguments: kinds)
    func kind(_ markdown: String, _ path: String, _ expected: String) {
        var vocabulary = Vocabulary()
        vocabulary.journeyFolders = ["Sessions"]
        let parser = EntryParser(vocabulary: vocabulary, lexicon: shippedLexicon)
        let entry = parser.parse(path: path, bytes: Array(markdown.utf8), modificationDate: nil).entry!
        #expect(entry.type.rawValue == expected)
    }

    @Test func structuralTagsAreNotThemes() {
        var vocabulary = Vocabulary()
        vocabulary.ignoreTags = ["daily"]
        let parser = EntryParser(vocabulary: vocabulary, lexicon: shippedLexicon)
        let entry = parser.parse(path: "2026-11-03.md", bytes: Array("---\ntags: [daily, father]\n---\n#kap #daily #rest".utf8),
                                 modificationDate: nil).entry!
        #expect(entry.themes == ["father", "rest"])
        #expect(entry.type == .journey)
    }

    @Test func vocabularyHintsNeedThreeEntries() {
        let perEntry = [["Things to try"], ["Things to try", "Morning"], ["things to try:"], ["Morning"]]
        let hints = VocabularyHint.hints(unknownListHeadings: perEntry, vocabulary: Vocabulary())
        #expect(hints.map { $0.sentence(vocabulary: Vocabulary()) }
            == ["'Things to try' heads a list in 3 entries; add \"things to try\" to headings.actions to read them as actions"])
    }
}

/// The configuration keys of issue 14, each read back.
struct KindConfigurationTests {
    @Test func journeysIntegrationDatesAndIgnoredTags() {
        let (config, problems) = Configuration.read(yaml: """
        journeys:
          types: [KAP, Lozenge]
          tags: ["#medicine"]
          folders: [Sessions/]
        integration:
          folders: [Therapy]
        ignore_tags: ["#daily", weekly]
        dates:
          formats: ["DD-MM-YYYY"]
          daily_notes: [Daily/]
        """)
        #expect(problems.isEmpty)
        #expect(config.vocabulary.journeyTypes == ["kap", "lozenge"])
        #expect(config.vocabulary.journeyTags == ["medicine"])
        #expect(config.vocabulary.journeyFolders == ["Sessions"])
        #expect(config.vocabulary.integrationTags == Vocabulary().integrationTags)
        #expect(config.vocabulary.integrationFolders == ["Therapy"])
        #expect(config.vocabulary.ignoreTags == ["daily", "weekly"])
        #expect(config.dates.formats.map(\.description) == ["DD-MM-YYYY"])
        #expect(config.dates.dailyFolders == ["Daily"])
    }

    /// (key written, the known key named in the warning; nil: no suggestion).
    static let misspelt: [(String, String?)] = [
        ("heading", "headings"), ("week start", "week_start"), ("journey", "journeys"), ("ignoretags", "ignore_tags"),
        ("colour_scheme", nil),
    ]

    @Test(arguments: misspelt)
    func unknownKeyNamesTheNearest(_ key: String, _ near: String?) {
        let (_, problems) = Configuration.read(yaml: "\(key): x\n")
        // `week start` is read as `week_start`, so it is an error about its value, not an unknown key.
        if key == "week start" { return }
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.sentence.contains(near.map { "did you mean '\($0)'?" } ?? "left aside") == true)
    }

    @Test func anUnknownFolderKeyIsNamed() {
        let (config, problems) = Configuration.read(yaml: "folders:\n  template: Meta\n  reviews: Weekly\n")
        #expect(problems.map(\.sentence) == ["folders has no key 'template' (known: templates, reviews)"])
        #expect(config.reviewsFolder == "Weekly")
    }

    @Test func theVaultsOwnSettingsComeAfterTheConfig() {
        var config = Configuration()
        config.dates.formats = [DateFormat(moment: "MM-DD-YYYY")]
        var app = AppSettings()
        app.dateFormats = [DateFormat(moment: "DD-MM-YYYY")]
        app.dailyFolders = ["Daily"]
        app.templateFolders = ["Meta/Templates"]
        app.templateTags = ["morning-pages", "daily", "insight"]
        config.adopt(app)
        #expect(config.dates.formats.map(\.description) == ["MM-DD-YYYY", "DD-MM-YYYY"])
        #expect(config.dates.dailyFolders == ["Daily"])
        #expect(config.excludes("Meta/Templates/Daily.md", isDirectory: false))
        #expect(!config.excludes("Meta/Notes.md", isDirectory: false))
        #expect(config.vocabulary.ignoreTags == Vocabulary().ignoreTags + ["morning-pages"], "a marker stays a marker; a default, once")
        #expect(config.readingFingerprint != Configuration().readingFingerprint)
    }

    /// The index reads every entry again when the reading fingerprint changes, so each list of
    /// the vocabulary must be in it: a list added to `Vocabulary` but not to `namedLists` fails here.
    @Test func theReadingFingerprintNamesEveryList() {
        let vocabulary = Vocabulary()
        let stored = Mirror(reflecting: vocabulary).children.compactMap { child -> String? in
            child.value is [String] || child.value is String? ? child.label : nil
        }
        #expect(Set(stored) == Set(vocabulary.namedLists.map(\.name)))
        #expect(stored.count == vocabulary.namedLists.count)
    }

    /// One change anywhere in what is read changes the fingerprint, and nothing else does.
    @Test(arguments: [
        "headings:\n  insights: [Lessons]\n", "journeys:\n  tags: [medicine]\n", "ignore_tags: [daily]\n",
        "dates:\n  formats: [DD.MM.YYYY]\n", "emotions:\n  stoked: joy\n", "integration:\n  folders: [Therapy]\n",
    ])
    func theReadingFingerprintFollowsWhatIsRead(yaml: String) {
        let (config, problems) = Configuration.read(yaml: yaml)
        #expect(problems.isEmpty)
        #expect(config.readingFingerprint != Configuration().readingFingerprint)
        #expect(config.readingFingerprint == Configuration.read(yaml: yaml).0.readingFingerprint)
    }

    @Test(arguments: ["week_start: sunday\n", "links: wiki\n"])
    func keysThatOnlyShapeReportsLeaveTheFingerprint(yaml: String) {
        let (config, problems) = Configuration.read(yaml: yaml)
        #expect(problems.isEmpty)
        #expect(config != Configuration())
        #expect(config.readingFingerprint == Configuration().readingFingerprint)
    }

    /// (template text, tags it puts on every note). A line with a placeholder is set aside;
    /// YAML broken otherwise loses only the front matter's tags.
    static let templates: [(String, [String])] = [
        ("---\ntags: [daily]\n---\n#journal\n## Feelings\n", ["daily", "journal"]),
        ("---\ntags:\n  - daily\n  - Journal\n---\n", ["daily", "journal"]),
        ("---\ncreated: {{date:YYYY-MM-DD}}\ntags: [daily]\n---\n", ["daily"]),
        ("---\ncreated: <% tp.date.now() %>\ntags: weekly\n---\n", ["weekly"]),
        ("---\ntags: [daily\n---\n#daily/log\n", ["daily/log"]),
        ("# {{title}}\n", []),
    ]

    @Test(arguments: templates)
    func templateTags(_ text: String, _ expected: [String]) {
        #expect(AppSettings.tags(inTemplate: text) == expected)
    }
}

/// Regression: `tend explain` on an entry made by `tend new journey` advised adding its title
/// ("Journey 6 · Tuesday 24 November 2026") to `headings.insights`. A title is not a section,
/// so prose under it gets no such hint; prose under an unknown section heading still does.
struct UnknownSectionHintTests {
    static let cases: [(String, Int, String?)] = [
        ("# Journey 6 · Tuesday 24 November 2026\n\n> Your intention last time\n", 3, nil),
        // Was `Woke up heavy.` until parser version 59, which reads that line as a feeling
        // (FeelingLeadTests); the row is about prose under a title.
        ("# Tuesday\n\nSlept late.\n", 3, nil),
        ("# Tuesday\n\n## What came up\n\nA house by a lake.\n", 5, "add \"what came up\" to headings.insights"),
        ("## What came up\n\nA house by a lake.\n", 3, "add \"what came up\" to headings.insights"),
    ]

    @Test(arguments: cases)
    func hint(_ text: String, _ line: Int, _ expected: String?) {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026/11/2026-11-24.md", bytes: Array(text.utf8),
                                                                       modificationDate: nil)
        let skipped = trace.readings.first { $0.line == line && $0.what == "skipped" }
        #expect(skipped != nil)
        #expect(skipped?.hint.map { $0.components(separatedBy: " to read it")[0] } == expected)
    }
}
