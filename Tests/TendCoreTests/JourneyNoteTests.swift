import Testing
@testable import TendCore

/// A journey's note as the gap hunt of 2026-12-03's evening kept one, in the shape an at-home
/// KAP program's guide suggests (a check-in before, the journey, what insights came up, how
/// you feel now, a check-in after). Until parser version 52 its insights, its feelings and the
/// check-in before were not read: `What insights came up?` and `How do you feel now?` were
/// unknown headings (the second offered as steps), `Pre-session check-in` named no half, and
/// of `Tender, tired, a bit raw. Peaceful underneath.` only the first feeling was kept.
struct JourneyNoteTests {
    static let note = """
        ---
        type: KAP
        session: 3
        ---
        # Session 3

        ## Pre-session check-in
        - Mood: 4/10
        - Anxiety: 7/10
        - Intention: Meet the part of me that is afraid.

        ## During the journey
        Felt like floating over water.

        ## What insights came up?
        - The fear is old; it is not about today.
        - I can be with the younger me without fixing him.

        ## How do you feel now?
        Tender, tired, a bit raw. Peaceful underneath.

        ## Post-session check-in
        - Mood: 7/10
        - Anxiety: 3/10

        """

    @Test func theWholeNoteIsRead() {
        let entry = parse(Self.note, path: "2026-11-02.md")
        #expect(entry.isJourney)
        #expect(entry.intentions == ["Meet the part of me that is afraid."])
        #expect(entry.metrics == ["mood_before": 4, "anxiety_before": 7, "mood_after": 7, "anxiety_after": 3])
        #expect(entry.insights.map(\.text) == ["The fear is old; it is not about today.", "I can be with the younger me without fixing him."])
        #expect(entry.emotions.map(\.name) == ["tenderness", "exhaustion", "rawness", "peace"])
    }

    /// (heading, the section it starts).
    static let headings: [(String, SectionKind?)] = [
        ("What insights came up?", .insights), ("What insights arose", .insights), ("What did I realize?", .insights),
        ("How do you feel now?", .emotions), ("Feelings right now", .emotions), ("How I feel now", .emotions),
        ("Wie fühle ich mich jetzt", .emotions),
        // Still no section: the journey told as it went.
        ("During the journey", nil), ("Set & setting", nil),
        // Added after a second list of integration headings that evening (an integration
        // template's and a ritual's words): before version 53 each named nothing.
        ("Integration questions", .questions), ("Things to discuss with my therapist", .questions),
        ("What I want to explore next time", .questions), ("Intentions for integration", .intention),
        ("What I'm calling in", .intention), ("Self-care practices", .practices), ("Gratitudes", .gratitude),
        ("What went well", .gratitude), ("Lessons from the medicine", .insights), ("What I'm taking with me", .insights),
        ("Feelings that came up during the session", .emotions), ("Feelings check-in", .emotions),
        // A journey note's list of what to keep (a gap hunt's KAP note, parser version 60).
        ("Things I want to remember:", .insights), ("Things to remember", .insights), ("Things I learned", .insights),
        // Left out on purpose: reflections are prose, a check-in holds ratings (read as such),
        // and the rest could be any kind.
        ("Reflections on the journey", nil), ("Evening reflection", nil), ("Check-in", nil), ("Mood check", nil),
        ("Highlights", nil), ("Next time", nil), ("What I'm letting go of", nil),
    ]

    @Test(arguments: headings)
    func heading(_ written: String, _ kind: SectionKind?) {
        #expect(Vocabulary().section(forHeading: written) == kind)
    }

    /// An integration session's note from the same evening: what the therapist suggested is
    /// homework, whoever it is from (until parser version 52, `Dana's suggestions:` named
    /// nothing, and `Therapist's recommendations` was offered as questions). `Things to try`
    /// stays the heading a person adds in the config (`headings.actions`), as the kap-vault
    /// fixture's golden files show it.
    @Test func aTherapistsSuggestionsAreSteps() {
        let text = """
            # Integration call with Dana

            Dana's suggestions:
            - Write a letter to my younger self

            ## Therapist’s recommendations
            - Body scan before bed

            ## Suggestions from Dr. Reyes
            - Walk without headphones

            ## What we talked about
            - the stairs image
            """
        let entry = parse(text, path: "2026-11-04.md")
        #expect(entry.actions.map(\.text) == ["Write a letter to my younger self", "Body scan before bed", "Walk without headphones"])
        #expect(Vocabulary().likelyKind(ofHeading: "What my guide recommended") == .actions)
        #expect(Vocabulary().section(forHeading: "My therapist's suggestions") == .actions)
        #expect(Vocabulary().section(forHeading: "Dana's homework") == .actions)
        #expect(Vocabulary().section(forHeading: "Sam's questions") == .questions)
        // A possessive alone is no name: `Mother's day` and `Let's see` still name nothing, and
        // suggestions from no one are a page's advice to its reader (obsidian-tasks'
        // docs/Queries/Combining Filters.md, `Recommendations:` over its advice).
        #expect(Vocabulary().section(forHeading: "Mother's day") == nil)
        #expect(Vocabulary().section(forHeading: "Let's see") == nil)
        #expect(Vocabulary().section(forHeading: "Recommendations") == nil)
        #expect(Vocabulary().section(forHeading: "Suggestions") == nil)
    }

    /// A page exported as Notion writes a database's page (the gap hunt of 2026-12-03's
    /// evening): its properties as lines under the title. `tend explain` names each line and no
    /// longer also calls their paragraph skipped prose, and `Type: Journal` gets no hint to make
    /// it a journey.
    @Test func aPageWithItsPropertiesUnderTheTitle() {
        let text = "# Tuesday reflection\n\nCreated: November 3, 2026 9:41 PM\nMood: 😊 Good\nTags: grief, family\nType: Journal\n\nA long day.\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "Tuesday reflection 3e9c1f0b.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(parsed.entry?.date == LocalDate(year: 2026, month: 11, day: 3))
        #expect(parsed.entry?.metrics == ["mood": 8])
        #expect(parsed.entry?.themes == ["family", "grief"])
        #expect(trace.readings.filter { $0.what == "skipped" }.map(\.line) == [8])
        let type = trace.readings.first { $0.what == "type" }
        #expect(type?.rule == "type 'Journal': a journal entry")
        #expect(type?.hint == nil)
    }

    /// (a feelings paragraph, the feelings read). A part known by its first word counts as one
    /// alone does, and a sentence's end cuts as a comma does.
    static let paragraphs: [(String, [String])] = [
        ("Tender, tired, a bit raw. Peaceful underneath.", ["tenderness", "exhaustion", "rawness", "peace"]),
        ("Sad about work, angry at myself.", ["sadness", "anger"]),
        ("Sad. Then hopeful.", ["sadness", "hope"]),
        // Prose: no part names a feeling.
        ("Today was long, work was hard.", []),
    ]

    @Test(arguments: paragraphs)
    func feelings(_ paragraph: String, _ expected: [String]) {
        #expect(parse("## Feelings\n\(paragraph)\n").emotions.map(\.name) == expected)
    }
}
