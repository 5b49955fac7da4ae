import Testing
@testable import TendCore

/// A paragraph of prose no section holds is read a line at a time: each line that says what it
/// is as it begins is that item, at its own line, whatever the lines around it say (since parser
/// version 59, 2026-12-03, evening; docs/vault-format.md, "Lines that say what they are"). The
/// gap hunt's journal that evening, typed a sentence a line as many people write in Obsidian
/// and vim, lost all but its first kind of line: a paragraph whose first such line was gratitude
/// had its insights and its `What I learned:` read as prose, and `Feelings — relief, awe`,
/// `Themes - father, rest` and `TODO call mom` were prose wherever they stood.
struct ParagraphLinesTests {
    static let journal = """
        Session 6 today with Maya.

        I'm so grateful for this process.
        I realized that the fear was never mine.
        What I learned: grief and love live together.
        Next time I want to ask about the dreams.

        Feelings — relief, awe, sadness.
        Themes - father, rest.

        TODO call mom
        """

    @Test func everyLineThatSaysWhatItIsIsRead() {
        let entry = parse(Self.journal, path: "2026-12-03.md")
        #expect(entry.gratitude.map(\.text) == ["this process."])
        #expect(entry.insights.map(\.text) == ["the fear was never mine.", "grief and love live together."])
        #expect(entry.insights.map(\.source.line) == [4, 5])
        #expect(entry.emotionSummary == ["relief/calm", "awe/surprise", "sadness/sadness"])
        #expect(entry.themes == ["father", "rest"])
        #expect(entry.actionSummary == ["open: call mom"])
        #expect(entry.actions.map(\.source.line) == [11])
    }

    /// (line, what it is read as: `kind: text`, or nothing for prose).
    static let lines: [(String, [String])] = [
        // A label set off by a spaced dash: a hyphen, an en dash or an em dash.
        ("Gratitude - my sister", ["gratitude: my sister"]),
        ("Insight – the fear is old", ["insight: the fear is old"]),
        ("Next step — call the clinic", ["action: call the clinic"]),
        // Past a hyphen inside a word and a curly apostrophe before the dash.
        ("Today’s insight — rest is allowed", ["insight: rest is allowed"]),
        ("To-do - call the clinic", ["action: call the clinic"]),
        // The words before the dash must be a name tend knows, and there must be words after it.
        ("Today - what a day.", []),
        ("A word came to me out of nowhere — home.", []),
        ("Gratitude -", []),
        ("Gratitude-my sister", []),
        // A task's marker in capitals, as Logseq and org-mode write one, on a line of prose.
        ("TODO call Sam", ["action: call Sam"]),
        // After the time a log writes a line at, the step keeps its time, as a list item's does
        // (a gap hunt's check-in, 2026-12-03: the time was dropped here, and in a list the line
        // was passed over; ``aLoggedStepInAList``).
        ("09:30 TODO call the pharmacy", ["action: 09:30 call the pharmacy"]),
        ("DONE book the room", ["action: book the room"]),
        ("Todo call Sam", []),
        // A box drawn as a character, as a note typed without Markdown writes one (a gap hunt's
        // Apple Notes page): open, ticked, crossed; a box with nothing after it is nothing.
        ("☐ book integration session", ["action: book integration session"]),
        ("☑ refill prescription", ["action: refill prescription"]),
        ("☒ refill prescription", ["action: refill prescription"]),
        ("☐", []),
        ("☐book", []),
        // A worksheet's prompt with its answer on its line (since parser version 61, a gap
        // hunt's journal of bold prompts; each was prose), when tend knows the prompt; any other
        // question stays prose.
        ("**What am I grateful for?** My sister.", ["gratitude: My sister."]),
        ("**One thing I learned today?** That I can ask for help.", ["insight: That I can ask for help."]),
        ("Next step? Call Dana.", ["action: Call Dana."]),
        ("Why do I always do this? I don't know.", []),
        ("What am I grateful for?", []),
        // Logseq's markers that are also words are read only in a Logseq graph's folders.
        ("NOW I see it.", []),
        ("LATER call Sam", []),
    ]

    /// `- 09:30 TODO call the clinic` under a heading tend does not know was passed over whole.
    @Test func aLoggedStepInAList() {
        let entry = parse("## Check-in\n- 09:30 TODO call the clinic\n- [10:12] DONE book the ride\n", path: "2026-12-03.md")
        #expect(entry.actionSummary == ["open: 09:30 call the clinic", "done: [10:12] book the ride"])
    }

    @Test(arguments: lines)
    func aLine(_ line: String, _ expected: [String]) {
        let entry = parse("Slept late.\n\(line)\n", path: "2026-12-03.md")
        let read = entry.gratitude.map { "gratitude: \($0.text)" } + entry.insights.map { "insight: \($0.text)" }
            + entry.actions.map { "action: \($0.text)" }
        #expect(read == expected)
        #expect(entry.gratitude.allSatisfy { $0.source.line == 2 })
    }

    /// A label's text goes on over a line wrapped mid-sentence, and stops at a line that
    /// begins a sentence of its own or another label.
    @Test func aLabelWrappedOverLines() {
        let wrapped = parse("Slept late.\nInsight: the fear is old and it\nbelongs to a child. Then tea.\nLater a walk.\n", path: "2026-12-03.md")
        #expect(wrapped.insightTexts == ["the fear is old and it belongs to a child. Then tea."])
        let labels = parse("Text first.\nFeelings: calm\nGratitude: the soup\nTakeaways - rest\nmore rest\n", path: "2026-12-03.md")
        #expect(labels.emotionSummary == ["calm/calm"])
        #expect(labels.gratitude.map(\.text) == ["the soup"])
        #expect(labels.insightTexts == ["rest more rest"])
    }

    /// A log kept in a paragraph, the time of day before each line (a gap hunt's journal,
    /// 2026-12-03): the time is when it was written, and what follows says what it is. A time
    /// in bold is one too, in a list item as well.
    @Test func aTimeBeforeALine() {
        let entry = parse("# Friday\n\n**08:00** Woke up anxious.\n09:30 – Feeling calmer after breathwork.\n\n- **14:00** I'm tired.\n",
                          path: "2026-12-04.md")
        #expect(entry.emotionSummary == ["anxiety/fear", "calm/calm", "exhaustion/sadness"])
        #expect(entry.emotions.map(\.source.line) == [3, 4, 6])
        #expect(LeadingTime.stripped("**08:00** Woke up") == "Woke up")
        #expect(LeadingTime.stripped("**Insight:** the fear is old") == nil)
        #expect(LeadingTime.stripped("**08:00 Woke up") == nil)
    }

    /// A worksheet's numbered prompt and its answer in one list item (a gap hunt's worksheet):
    /// the answer is read as the prompt asks. A prompt the vocabulary does not hold, and a
    /// question among questions to bring, stay what they were.
    @Test func aNumberedPromptAndItsAnswer() {
        let entry = parse("""
            ## Integration prompts
            1. What did the medicine show you?
               That I've been holding my breath for years.
            2. What feels unfinished?
               The conversation with my brother.
            3. What is one thing you will do this week?
               Call him on Sunday.
            """, path: "2026-12-04.md")
        #expect(entry.insightTexts == ["That I've been holding my breath for years."])
        #expect(entry.insights.map(\.source.line) == [3])
        #expect(entry.actionSummary == ["open: Call him on Sunday."])
        let questions = parse("## Questions for Maya\n- Why the lake again?\n  It keeps coming back.\n", path: "2026-12-04.md")
        #expect(questions.questions.map(\.text) == ["Why the lake again? It keeps coming back."])
        #expect(questions.insights.isEmpty)
    }

    /// A box drawn as a character in a list is a checkbox: a step, or under practices a
    /// practice done or not (a gap hunt's Apple Notes page, 2026-12-03).
    @Test func aBoxDrawnAsACharacter() {
        let entry = parse("To-do\n☐ book integration session\n☑ refill prescription\n\n- ☐ call Sam\n\n## Self-care\n- ☑ walk\n- ☐ yoga\n",
                          path: "2026-12-07.md")
        #expect(entry.actionSummary == ["open: book integration session", "done: refill prescription", "open: call Sam"])
        #expect(entry.practiceSummary == ["walk"])
    }

    /// A task's marker on a line of prose under a steps heading is a step; prose there is not.
    @Test func aMarkedLineUnderSteps() {
        let entry = parse("## Tomorrow\nTODO email Dr. Reyes\nRest, mostly.\n", path: "2026-12-03.md")
        #expect(entry.actionSummary == ["open: email Dr. Reyes"])
    }

    /// A paragraph marked an insight by its tag is that insight whole, as before; its
    /// gratitude line is read too, and no other line on its own.
    @Test func aTaggedParagraphStaysOneItem() {
        let entry = parse("I'm grateful for the rain.\nTODO call Sam #insight\n", path: "2026-12-03.md")
        #expect(entry.gratitude.map(\.text) == ["the rain."])
        #expect(entry.insights.count == 1)
        #expect(entry.actions.isEmpty)
    }

    @Test func eachIsExplained() {
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(
            path: "2026-12-03.md", bytes: Array(Self.journal.utf8), modificationDate: nil)
        #expect(parsed.entry != nil)
        #expect(trace.readings(atLine: 5).map(\.rule) == ["labelled \"What I learned:\""])
        #expect(trace.readings(atLine: 8).map(\.rule) == ["labelled \"Feelings\" and a dash"])
        #expect(trace.readings(atLine: 11).map(\.rule) == ["a line that begins with the task's mark 'TODO' (open)"])
    }
}
