import Testing
@testable import TendCore
import TendMarkdown

/// Journals kept without Markdown headings, as in iA Writer, Apple Notes or a plain text file:
/// a line of a section's name and a colon over a list (`Takeaways:`), a block of labelled lines
/// of which only some are tend's (`**Intention:** …` between `**Set & setting:**` and
/// `**Dose:**`), a feeling said with how much of it there was (`a bit anxious`), and a
/// therapist's homework. Every case was written as such a journal was, then read with
/// `tend explain`, which had called each of them prose. CommonMark lets a list start right
/// under a paragraph line (spec 0.31.2, "Lists": a bullet list may interrupt a paragraph), so
/// `Takeaways:` and the list below it are a one-line paragraph and a list.
struct PlainTextHabitsTests {
    /// (Markdown, insights, gratitude, steps): the list or paragraph right below a label line is
    /// that section's, as under a heading of its name; nothing after it is.
    static let labelLines: [(String, [String], [String], [String])] = [
        ("Takeaways:\n- Rest is not a reward\n- The grief is old", ["Rest is not a reward", "The grief is old"], [], []),
        ("**Takeaways:**\n- bold label", ["bold label"], [], []),
        ("**Takeaways**:\n- colon after the bold", ["colon after the bold"], [], []),
        ("💡 Insights:\n- emoji before it", ["emoji before it"], [], []),
        ("Insights:\n\nA paragraph below the label.", ["A paragraph below the label."], [], []),
        ("Insights:\nThe lines right below it, one paragraph.", ["The lines right below it, one paragraph."], [], []),
        ("Gratitude:\n* my dog\n* the sun this morning", [], ["my dog", "the sun this morning"], []),
        ("Next steps:\n- call Mum\n- [ ] book Sam", [], [], ["open: call Mum", "open: book Sam"]),
        ("Homework:\n1. write a letter to Dad", [], [], ["open: write a letter to Dad"]),
        // It holds one block: the prose after its list, or after its paragraph, is prose.
        ("Takeaways:\n- a\n\nLater prose is not an insight.", ["a"], [], []),
        ("Insights:\n\nOne.\n\nTwo is prose.", ["One."], [], []),
        ("Takeaways:\n- a\n  - nested is still its own\n- b", ["a", "nested is still its own", "b"], [], []),
        ("Takeaways:\n- a\n\n## Morning\n- under a heading, not the label's", ["a"], [], []),
        ("Takeaways:\nGratitude:\n- a label right under a label holds nothing", [], ["a label right under a label holds nothing"], []),
        ("Takeaways:\n\nGratitude:\n\n- nor after a blank line", [], ["nor after a blank line"], []),
        ("## Insights\n- a\n\nGratitude:\n- my dog\n\nSome prose.\n\n- back under Insights", ["a", "back under Insights"], ["my dog"], []),
        // A list item that is a label holds the items nested in it (Logseq's outline), and so
        // does one of only a section's name when items are nested in it (a Logseq block with children).
        ("- Gratitude:\n  - my dog\n  - the sun\n- a sibling is not", [], ["my dog", "the sun"], []),
        ("- Gratitude\n\t- Sam's calm voice\n- [[Integration]] notes\n\t- Takeaways\n\t\t- The lake is a place I can go back to",
         ["The lake is a place I can go back to"], ["Sam's calm voice"], []),
        ("- Homework\n  - TODO draw the lake house", [], [], ["open: draw the lake house"]),
        // From the peers' own pages: logseq/docs `pages/Zotero.md` thanks its helpers in a
        // `- [[Thanks]]` block with children, and obsidian-tasks'
        // `contributing/Translation/Set up WebStorm for translation work.md` lists its steps
        // under a `To do:` line.
        ("- [[Thanks]]\n\t- Special thanks to [[@Alix Lahuec]] for providing all kinds of ideas",
         [], ["Special thanks to @Alix Lahuec for providing all kinds of ideas"], []),
        ("To do:\n\n- Action for extracting strings\n- Table and tree view\n  - Meaning of red text",
         [], [], ["open: Action for extracting strings", "open: Table and tree view", "open: Meaning of red text"]),
        // A section's name wholly in bold is a label too, with or without its colon.
        ("**Gratitude**\n- my dog\n- tea", [], ["my dog", "tea"], []),
        ("__Insights__\n\nUnderscores are bold too.", ["Underscores are bold too."], [], []),
        ("- **Next steps**\n  - call Sam", [], [], ["open: call Sam"]),
        ("**Gratitude** for the walk.\n- bold words in a sentence are no label", [], [], []),
        // Italics alone were no label until parser version 59, when a paragraph of only a
        // section's name came to be one, italics or not (below); this row held `[]` until then.
        ("*Gratitude*\n- italics alone are a paragraph of only the name", [], ["italics alone are a paragraph of only the name"], []),
        ("*Gratitude* for the walk.\n- italic words in a sentence are no label", [], [], []),
        ("**Morning**\n- a name tend does not know", [], [], []),
        // A paragraph of only a section's name, as a note typed without Markdown marks its parts
        // (a gap hunt's Apple Notes page, 2026-12-03; since parser version 59): `Gratitude` over
        // a list. Not a tag (the bench vault ends entries with a paragraph `#theme/body`), a
        // sentence, a name among other lines of its paragraph, or a name tend does not know.
        ("Gratitude\n- my dog\n- tea", [], ["my dog", "tea"], []),
        ("To-do\n\n- [ ] book the session\n- call Sam", [], [], ["open: book the session", "open: call Sam"]),
        ("#gratitude\n- a tag alone is no label", [], [], []),
        ("Gratitude.\n- a sentence is no label", [], [], []),
        ("Gratitude\nmy dog, tea\n- a name atop a paragraph of more lines is no label", [], [], []),
        ("Morning\n- a name tend does not know", [], [], []),
        // A prompt for steps answered in a paragraph is a step, when no list follows (since
        // parser version 58; the gap hunt of 2026-12-03's second session); under a steps
        // heading that asks nothing, prose stays prose, as before.
        ("### 2️⃣ What is one small step?\nCall the clinic.", [], [], ["open: Call the clinic."]),
        ("**What will I do differently?**\n\nAsk for help sooner.", [], [], ["open: Ask for help sooner."]),
        ("Q: What is my next step?\nA: Book the next session.", [], [], ["open: Book the next session."]),
        ("## What is one small step?\nI keep thinking about this.\n\n- [ ] walk", [], [], ["open: walk"]),
        ("## Next steps\nI keep thinking about this.", [], [], []),
        // So is one under a heading that names a single step, or what the person will do (since
        // parser version 61, a clinic worksheet of a gap hunt: `### One small step I will take
        // this week` was no section, and its answer prose). A page's `## TODO` part that explains
        // stays prose (obsidian-tasks docs, Getting Started/Statuses/Status Types.md).
        ("### One small step I will take this week\nCall my grandmother's sister.", [], [], ["open: Call my grandmother's sister."]),
        ("## Next step\nBook the session.\n\n## This week I will\nWalk after lunch.", [], [], ["open: Book the session.", "open: Walk after lunch."]),
        ("## Small steps I'm taking\n- rest after lunch", [], [], ["open: rest after lunch"]),
        ("## TODO\nSelf explanatory, we hope: this can be thought of as 'things not yet started'.", [], [], []),
        // Not a label line: words around it, an unknown name, a value after the colon.
        ("What I learned today was this:\n- not a section name", [], [], []),
        ("Weather:\n- sunny", [], [], []),
        // A line of prose first: that line is prose, and the label on the line below it is read
        // where it stands, since parser version 59 (2026-12-03, evening; ParagraphLinesTests).
        // This row held `[]` for the insights until then, when the whole paragraph was prose.
        ("I wrote this down:\nTakeaways: rest", ["rest"], [], []),
        ("> Takeaways:\n> - in a quote, as before", [], [], []),
    ]

    @Test("a line of a section's name and a colon names the list or paragraph below it", arguments: labelLines)
    func labelLine(_ markdown: String, _ insights: [String], _ gratitude: [String], _ steps: [String]) {
        Self.expectItems(markdown, insights, gratitude, steps)
    }

    /// Parses `markdown` and compares its insights, gratitude and steps.
    static func expectItems(_ markdown: String, _ insights: [String], _ gratitude: [String], _ steps: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let entry = parse(markdown)
        #expect(entry.insightTexts == insights, sourceLocation: sourceLocation)
        #expect(entry.gratitude.map(\.text) == gratitude, sourceLocation: sourceLocation)
        #expect(entry.actionSummary == steps, sourceLocation: sourceLocation)
    }

    /// (Markdown, insights, gratitude, steps): the prompts of integration worksheets and
    /// templates, as headings, bold lines or label lines, name the section their answers are.
    static let prompts: [(String, [String], [String], [String])] = [
        ("**What did the medicine show me?**\nThat I have been holding my breath for years.",
         ["That I have been holding my breath for years."], [], []),
        ("## What do I want to carry forward?\n- breathing before reacting\n- asking for help",
         ["breathing before reacting", "asking for help"], [], []),
        ("**What is one small step?**\n- [ ] box breathing after lunch", [], [], ["open: box breathing after lunch"]),
        // A prompt alone on its line, without bold or a colon, holds what is below it too, since
        // 2026-12-03, later (it was left as prose before; a worksheet copied as plain text writes it so).
        ("What am I grateful for?\n- Sam's patience", [], ["Sam's patience"], []),
        ("*What did I learn?*\nThat I can rest.", ["That I can rest."], [], []),
        ("**Q: What did the medicine show me?**\nA: That I can rest.", ["That I can rest."], [], []),
        ("Q. What did I learn?\n\nA. Rest first.", ["Rest first."], [], []),
        // Only a prompt the vocabulary holds, alone on its line; a list item that is one is a question.
        ("Why do I always do this?\n- Sam's patience", [], [], []),
        ("I keep asking: what did I learn?\nNothing yet.", [], [], []),
        ("## Questions for my therapist\n- What did I learn?\n- Why now?", [], [], []),
        ("## Questions for my therapist\nHow am I feeling?\n\nWhat did I learn?\n\nNothing, I think.", [], [], []),
        ("What am I grateful for?:\n- Sam's patience", [], ["Sam's patience"], []),
        ("## Small steps\n- drink water", [], [], ["open: drink water"]),
    ]

    @Test("integration prompts name the section their answers are", arguments: prompts)
    func prompt(_ markdown: String, _ insights: [String], _ gratitude: [String], _ steps: [String]) {
        Self.expectItems(markdown, insights, gratitude, steps)
    }

    @Test("a list item of only a section's name is a label only over items nested in it")
    func plainNameLabelsOnlyItsChildren() {
        // Logseq's journal page: the feelings under `- Feelings`.
        let outline = parse("- #kap session 5\n- Feelings\n\t- peaceful\n\t- a little scared\n", path: "journals/2026_11_24.md")
        #expect(outline.emotionSummary == ["peace/calm", "fear/fear"])
        // Without children it is what its section makes it: under Emotions, gratitude is felt.
        let felt = parse("## Emotions\n- gratitude\n- fear\n")
        #expect(felt.emotions.map(\.name) == ["gratitude", "fear"])
        #expect(felt.gratitude.isEmpty)
    }

    @Test("tend explain says nothing of a callout's opening line alone")
    func calloutOpeningAlone() {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-30.md",
            bytes: Array("> [!todo]\n> - [ ] call the clinic\n".utf8), modificationDate: nil)
        #expect(!trace.readings.contains { $0.what == "tags" })
        #expect(trace.readings.contains { $0.what == "action" && $0.line == 2 })
    }

    @Test("an item under a label line names the label as its heading, and tend explain says why")
    func labelLineInExplain() {
        let entry = parse("Takeaways:\n- Rest is not a reward\n")
        #expect(entry.insights.map(\.source.heading) == ["Takeaways"])
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array("Takeaways:\n- Rest is not a reward\n".utf8), modificationDate: nil)
        let readings = trace.readings.map { "\($0.line): \($0.what) — \($0.rule)" }
        #expect(readings.contains("1: section — \"Takeaways:\" starts insights: a line of a section's name and a colon holds the list or paragraph below it"))
        #expect(readings.contains("2: insight — list item under \"Takeaways\""))
    }

    /// (Markdown, intentions, insights, steps): in a paragraph whose every line is
    /// `Label: value`, the labels tend knows are read and the person's own are passed over.
    static let fieldBlocks: [(String, [String], [String], [String])] = [
        ("# KAP 4\n\n**Set & setting:** home, eye mask\n**Intention:** to meet the grief without running\n**Dose:** 100 mg IM",
         ["to meet the grief without running"], [], []),
        ("Location: the clinic\nInsight: I don't have to earn rest\nHomework: a letter to Dad",
         [], ["I don't have to earn rest"], ["open: a letter to Dad"]),
        // Before, a person's own label ended the insight above it; it is not part of it.
        ("Insight: rest is allowed\nWeather: sunny", [], ["rest is allowed"], []),
        // A line that is no label still continues the item above, as before.
        ("Insight: rest is allowed\nand so is asking for help", [], ["rest is allowed and so is asking for help"], []),
        // No label of tend's: prose, as before.
        ("Weather: sunny\nLocation: home", [], [], []),
        ("## Insights\nNote to self: rest is allowed", [], ["Note to self: rest is allowed"], []),
    ]

    @Test("a block of labelled lines reads the labels tend knows and passes over the person's own", arguments: fieldBlocks)
    func fieldBlock(_ markdown: String, _ intentions: [String], _ insights: [String], _ steps: [String]) {
        let entry = parse(markdown)
        #expect(entry.intentions == intentions)
        #expect(entry.insightTexts == insights)
        #expect(entry.actionSummary == steps)
    }

    /// (Markdown, feelings): the words before a feeling that say how much of it there was, or
    /// that it was felt, are passed over; they give no intensity, and words that turn it around
    /// (`not`, `less`) keep it as written.
    static let degrees: [(String, [String])] = [
        ("## Feelings\n- a bit anxious", ["anxiety/fear"]),
        ("## Feelings\n- very sad (8)", ["sadness/sadness 8"]),
        ("## Feelings\n- kind of numb", ["numbness/sadness"]),
        ("## Feelings\n- a little bit raw", ["rawness/sadness"]),
        ("**Emotions:** tender, hopeful, a bit anxious", ["tenderness/trust", "hope/anticipation", "anxiety/fear"]),
        ("## Feelings\n- feeling anxious about work", ["anxiety/fear"]),
        ("## Feelings\n- I'm tired", ["exhaustion/sadness"]),
        ("## Gefühle\n- ein bisschen traurig", ["sadness/sadness"]),
        ("## Feelings\nslightly hopeful, still raw", ["hope/anticipation", "rawness/sadness"]),
        // Words that say how it came (parser version 60, a gap hunt's journey note): `a mix of
        // relief and grief` was one feeling of its own, `other`; a question mark ends the name
        // (`kind of numb?` was `other` too).
        ("## Feelings\n- a mix of relief and grief", ["relief/calm", "grief/sadness"]),
        ("## Feelings\n- kind of numb?", ["numbness/sadness"]),
        ("Felt a wave of sadness, then warmth.\n\nI felt a sense of peace.\n", ["sadness/sadness", "peace/calm"]),
        // Words of how much before a feeling's noun (parser version 61, a gap hunt's Roam and
        // Logseq pages): `deep grief` and `some relief` were feelings of their own, `other`, and
        // `grief, and some relief` lost its relief.
        ("## Feelings\n- deep grief\n- some relief", ["grief/sadness", "relief/calm"]),
        ("## Feelings\n- grief, and some relief", ["grief/sadness", "relief/calm"]),
        ("## Feelings\n- a bit of sadness\n- so much love\n- a touch of fear", ["sadness/sadness", "love/trust", "fear/fear"]),
        ("## Feelings\n- overwhelming\n- mild anxiety", ["overwhelm/fear", "anxiety/fear"]),
        // A feeling tagged is that feeling (it was named `#grief`, of no family).
        ("## Feelings\n- #grief and some relief\n- #shame", ["grief/sadness", "relief/calm", "shame/shame"]),
        // Turned around: kept as written.
        ("## Feelings\n- not anxious", ["not anxious/other"]),
        ("## Feelings\n- less afraid", ["less afraid/other"]),
        // Prose stays prose: a paragraph is read as feelings only when it is a list of them, or
        // (since parser version 58, FeelingLeadTests) a sentence that begins by saying how one
        // feels, whose known feelings are read and the rest left: this row was [] before.
        ("## Feelings\nI felt sad, then went for a walk.", ["sadness/sadness"]),
        ("## Feelings\nThen I went for a walk, still sad.", []),
        ("## Feelings\n- very", ["very/other"]),
    ]

    @Test("a feeling said with how much of it there was is that feeling", arguments: degrees)
    func degree(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).emotionSummary == expected)
    }

    @Test func degreeWordsAreKeptAsWritten() {
        let entry = parse("## Feelings\n- a bit anxious (3)")
        #expect(entry.emotions.map(\.written) == ["a bit anxious"])
        #expect(entry.problems.isEmpty)
    }

    /// (name, without degree, without degree or felt).
    static let leads: [(String, String, String)] = [
        ("a bit anxious", "anxious", "anxious"),
        ("a little bit sad", "sad", "sad"),
        ("feeling anxious", "feeling anxious", "anxious"),
        ("i feel very sad", "i feel very sad", "sad"),
        ("very", "very", "very"),
        ("not anxious", "not anxious", "not anxious"),
        ("sad", "sad", "sad"),
        ("un peu triste", "triste", "triste"),
    ]

    @Test(arguments: leads)
    func withoutDegree(_ name: String, _ degree: String, _ felt: String) {
        #expect(Lexicon.withoutDegree(name) == degree)
        #expect(Lexicon.withoutDegree(name, orFelt: true) == felt)
    }
}

/// A section's name with a word of when or whose around it, as people title a day's parts:
/// `## Self-care today`, `Gratitude for today:`, `## Today's gratitude`, `## My feelings`,
/// `## Morning practice`, `### Feelings this morning`.
struct WhenAndWhoseTests {
    /// (heading or label, kind); nil: still no section.
    static let names: [(String, SectionKind?)] = [
        ("Self-care today", .practices),
        ("Gratitude for today", .gratitude),
        ("Today's gratitude", .gratitude),
        ("Today’s insights", .insights),
        ("My feelings", .emotions),
        ("Morning practice", .practices),
        ("Feelings this morning", .emotions),
        ("Insights from the week", .insights),
        ("Next steps this week", .actions),
        ("To do today", .actions),
        ("Dankbarkeit heute", .gratitude),
        ("Émotions du jour", .emotions),
        ("Gratitud de hoy", .gratitude),
        ("Mijn gevoelens", .emotions),
        // Bear and Day One headings (2026-12-02, night): the word alone, an emoji before it.
        ("🙏 Grateful", .gratitude),
        ("Thankful", .gratitude),
        // The "three good things" exercise of positive psychology, a gratitude list.
        ("Three good things", .gratitude),
        ("3 good things", .gratitude),
        // Things to try are ideas, not steps: the kap-vault fixture names it as a heading to add.
        ("✅ To try this week", nil),
        // Words after the name that say it was noticed or came up (the gap hunt of 2026-12-03:
        // a check-in's `## Emotions I noticed`, a journey's `### Insights from the session`).
        ("Emotions I noticed", .emotions),
        ("Feelings that came up", .emotions),
        ("Feelings that came up today", .emotions),
        ("My feelings I'm noticing", .emotions),
        ("Insights from the session", .insights),
        ("Emotions present", .emotions),
        // The prompts in the vocabulary's other languages, as German, French, Spanish, Italian,
        // Portuguese and Dutch worksheets ask them.
        ("Was hat mir die Medizin gezeigt?", .insights),
        ("Was nehme ich mit?", .insights),
        ("Wie fühle ich mich?", .emotions),
        ("Wofür bin ich dankbar?", .gratitude),
        ("Was ist mein nächster Schritt?", .actions),
        ("Qu’est-ce que j’ai appris ?", .insights),
        ("¿Qué siento?", .emotions),
        ("¿Cuál es mi próximo paso?", .actions),
        ("Per cosa sono grata?", .gratitude),
        ("O que a medicina me mostrou?", .insights),
        ("Hoe voel ik me?", .emotions),
        ("Wat is mijn intentie?", .intention),
        // Prompts as a guide or a worksheet asks them, of you.
        ("What did the medicine show you?", .insights),
        ("How are you feeling?", .emotions),
        ("What are your next steps?", .actions),
        ("What are you grateful for?", .gratitude),
        ("What is your intention?", .intention),
        ("What are you afraid of?", nil),
        // Things to explore in therapy, or with the person who guides it, are to bring there;
        // things to explore alone are ideas, as things to try are.
        ("To explore in therapy", .questions),
        ("To explore with Dr. Reyes", .questions),
        ("Things to explore", nil),
        // The feelings wheel (Gloria Willcox's), a tool integration therapists hand out.
        ("Feelings wheel", .emotions),
        ("🎡 Emotion wheel", .emotions),
        // Steps under the names templates give a plan: a journey's `### Integration plan`, a
        // week's `## This week I will`.
        ("Integration plan", .actions),
        ("This week I will", .actions),
        ("Today I'll", .actions),
        // A daily review's last part, what to do tomorrow (the second gap hunt of 2026-12-03), in the
        // vocabulary's languages; German's `Morgen` and Spanish's `Mañana` are also the morning.
        ("Tomorrow", .actions),
        ("For tomorrow", .actions),
        ("Plans for tomorrow", .actions),
        ("Tomorrow I will", .actions),
        ("Für morgen", .actions),
        ("Pour demain", .actions),
        ("Morgen", nil),
        ("Mañana", nil),
        // Integration worksheets' prompts and headings (the second gap hunt of 2026-12-03: forty headings
        // of KAP integration templates, run through `tend explain`).
        ("What did I feel?", .emotions),
        ("What emotions did I feel?", .emotions),
        ("Emotional state", .emotions),
        ("Feeling words", .emotions),
        ("What messages came through?", .insights),
        ("Downloads", .insights),
        // A clinic worksheet's (a gap hunt's, parser version 61): each was no section.
        ("Messages received", .insights),
        ("One small step I will take this week", .actions),
        ("Small steps I'm taking", .actions),
        ("What do I want to integrate?", .actions),
        ("How will I integrate this?", .actions),
        ("What I'll do differently", .actions),
        ("Self-care plan", .actions),
        ("Self-care I did today", .practices),
        ("Things to bring to my therapist", .questions),
        ("Today I'm grateful for", .gratitude),
        // When in the journey, after the name: the name's kind.
        ("Feelings during the session", .emotions),
        ("Emotions after", .emotions),
        ("Insights after the journey", .insights),
        ("Questions I have", .questions),
        // For which journey, a journey day's intention, a therapist's homework by name (the gap
        // hunt of 2026-12-03's afternoon: a journey note and an integration session's note).
        ("My intention for this journey", .intention),
        ("Intention for the session", .intention),
        ("Intention setting", .intention),
        ("Set intention", .intention),
        ("Homework from Dr. Reyes", .actions),
        ("Homework for next session", .actions),
        ("Post-session reflection", nil),
        // A note in parentheses, and names joined: the first's kind when the others name the
        // same or none.
        ("Gratitude (3 things)", .gratitude),
        ("Feelings (0–10)", .emotions),
        ("Insights & realizations", .insights),
        ("Insights/Realizations", .insights),
        ("Feelings and thoughts", .emotions),
        ("Gratitude + wins", .gratitude),
        ("Gefühle und Gedanken", .emotions),
        ("Insights and next steps", nil),
        ("Thoughts and feelings", nil),
        ("Morning and evening", nil),
        // Goals for now and next week's plans are steps, and next week's focus an intention (a
        // weekly review's headings, parser version 60); `Goals` alone stays no section.
        ("Small goals", .actions),
        ("Integration goals", .actions),
        ("Goals for next week", .actions),
        ("Next week", .actions),
        ("Plans for next week", .actions),
        ("Intentions for next week", .intention),
        ("Focus for the week", .intention),
        // Headings that name no kind of tend's stay so.
        ("Goals", nil),
        ("Reflections", nil),
        ("Messages", nil),
        ("Before bed", nil),
        // `tend share`'s page heads its ratings `## How I felt` (Goldens/sessions-vault): read
        // again in a vault, its table stays ratings.
        ("How I felt", nil),
        // Such words after a name tend does not know, or alone, name nothing.
        ("What I noticed", nil),
        ("Things that came up", nil),
        ("Noticed", nil),
        // A word of when alone, or around a name tend does not know, names nothing.
        ("Today", nil),
        ("The day", nil),
        ("My day", nil),
        ("Morning pages", nil),
        ("This morning", nil),
    ]

    @Test(arguments: names)
    func name(_ written: String, _ kind: SectionKind?) {
        #expect(Vocabulary().section(forHeading: written) == kind)
    }

    /// The section `tend explain` offers to add an unknown heading to.
    @Test(arguments: [("How I'm doing", SectionKind.insights), ("Things to do", .actions), ("💭 What we talked about", .insights),
                      ("Gratefulness jar", .gratitude), ("Questions for Sam", .questions),
                      // A therapist's homework, and a heading of one emoji (2026-12-03's afternoon).
                      ("Homework from Sam", .actions), ("Homework check-in", .actions), ("✅", .actions), ("🎯", .intention),
                      ("🧘", .practices), ("✨", .insights),
                      // A `do` that asks (2026-12-03's evening: `How do you feel now?` was offered as steps).
                      ("What do I need", .insights), ("How do we feel after yoga", .emotions), ("What to do next", .actions),
                      // Wins are good things, as *what went well* is; themes and patterns are themes
                      // (2026-12-03's second session, parser version 58).
                      ("🌱 Wins", .gratitude), ("Small wins", .gratitude), ("Pattern", .themes), ("Topics", .themes)])
    func offeredKind(_ heading: String, _ kind: SectionKind) {
        #expect(Vocabulary().likelyKind(ofHeading: heading) == kind)
        #expect(!Vocabulary().headsNoSection(heading))
    }

    /// A session's logistics and the body's sensations are offered to no list (2026-12-03's
    /// second session: `## Next appointment` over `Friday 21 Nov, 3pm` was offered as insights).
    @Test(arguments: ["Next appointment", "Timeline", "Dose", "Set and setting", "🎵 Playlist", "Body"])
    func offeredToNoList(_ heading: String) {
        #expect(Vocabulary().headsNoSection(heading))
        let markdown = "# Day\n\n## \(heading)\nFriday 21 Nov, 3pm\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-14.md", bytes: Array(markdown.utf8), modificationDate: nil)
        let skipped = trace.readings(atLine: 4).filter { $0.what == "skipped" }
        #expect(skipped.count == 1)
        #expect(skipped.first?.hint == nil)
        let hints = VocabularyHint.hints(unknownListHeadings: Array(repeating: [heading], count: 3), vocabulary: Vocabulary())
        #expect(hints.isEmpty)
    }

    @Test func tomorrowsLinesAreSteps() {
        let entry = parse("Text.\n\n## Tomorrow\n- call Sam\n\nTomorrow: write Dad a letter\n")
        #expect(entry.actions.map { "\($0.status.rawValue): \($0.text)" } == ["open: call Sam", "open: write Dad a letter"])
    }

    @Test func aLabelLineOfTodayHoldsItsList() {
        let entry = parse("Self-care today:\n- [x] 10 min meditation\n- [ ] yoga\n\nThings I'm grateful for today:\n1. warm tea\n")
        #expect(entry.practiceSummary == ["meditation 10m"])
        #expect(entry.actions.isEmpty)
        #expect(entry.gratitude.map(\.text) == ["warm tea"])
    }
}

/// Integration worksheets as clinics and guides hand them out, filled in: the post-session
/// journal of randysalars/dreamweaving (`sessions/garden-of-eden/post_session/POST_SESSION_JOURNAL.md`:
/// `### Section 4: Emotional Landscape`, **What emotions arose?** "(Check all that apply)",
/// `- [ ] Joy / Bliss / Euphoria` … `- [ ] Other: ____`), numbered parts, and a checklist of
/// feelings, which is no list of steps.
struct WorksheetTests {
    /// (markdown, feelings as name/family, steps as text/status).
    static let checklists: [(String, [String], [String])] = [
        ("### Section 4: Emotional Landscape\n\n**What emotions arose?**\n(Check all that apply)\n\n"
         + "- [x] Joy / Bliss / Euphoria\n- [ ] Peace / Calm / Serenity\n- [x] Sadness / Grief / Release\n- [x] Other: tenderness\n",
         ["joy/joy", "sadness/sadness", "tenderness/trust"], []),
        ("## Feelings\n- [x] grief\n- [/] anxious\n- [ ] anger\n", ["grief/sadness", "anxiety/fear"], []),
        // A box that names no feeling is still a step, as under any other heading.
        ("## Feelings\n- [x] grief\n- [ ] call mum 📅 2026-11-20\n", ["grief/sadness"], ["call mum/open"]),
        // Elsewhere a checkbox is a step, as before.
        ("## Section 1: Immediate Impressions\n- [ ] grief\n", [], ["grief/open"]),
    ]

    @Test(arguments: checklists)
    func checklist(_ markdown: String, _ feelings: [String], _ steps: [String]) {
        let entry = parse("Text.\n\n" + markdown)
        #expect(entry.emotions.map { "\($0.name)/\($0.family)" } == feelings)
        #expect(entry.actions.map { "\($0.text)/\($0.status.rawValue)" } == steps)
    }

    /// (heading, kind): a worksheet's numbering before a name is set aside.
    static let numbered: [(String, SectionKind?)] = [
        ("Section 5: Insights", .insights),
        ("Section 4: Emotional Landscape", .emotions),
        ("Part 2 — Feelings", .emotions),
        ("Step 3. Next steps", .actions),
        ("Teil 1: Gefühle", .emotions),
        ("Section 1: Immediate Impressions", nil),
        ("Part of me", nil),
        ("Section A: Insights", nil),
    ]

    @Test(arguments: numbered)
    func numberedPart(_ heading: String, _ kind: SectionKind?) {
        #expect(Vocabulary().section(forHeading: heading) == kind)
    }

    @Test func explainSaysWhatABoxOfAFeelingMeant() {
        let text = "## Feelings\n- [x] grief\n- [ ] anger\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 2).map(\.rule) == ["ticked box under \"Feelings\" — a checklist under a feelings heading is the feelings ticked"])
        #expect(trace.readings(atLine: 3).map(\.rule) == ["unticked box under \"Feelings\" — a feeling not ticked, not an action"])
    }
}

/// Several items on a label's own line (the gap hunt of 2026-12-03): a short list numbered there
/// (`Gratitude: 1) sunshine 2) Maya 3) soup`), and practices cut at commas, which were one item.
struct LabelLineItemsTests {
    static let lines: [(String, [String]?)] = [
        ("1) sunshine 2) Maya 3) soup", ["sunshine", "Maya", "soup"]),
        ("1. tea 2. rain", ["tea", "rain"]),
        // Not numbered from 1 through 2 at least: one item, as written.
        ("1) sunshine", nil),
        ("2) Maya 3) soup", nil),
        ("1) the 2 of us 3) later", nil),
        ("10 minutes of quiet", nil),
    ]

    @Test(arguments: lines)
    func items(_ text: String, _ expected: [String]?) {
        #expect(ItemParsing.numberedOnOneLine(text) == expected)
    }

    @Test func aLabelsNumberedItems() {
        let entry = parse("Text.\n\nGratitude: 1) sunshine 2) Maya 3) soup\n\nGrateful for: Maya, the river\n\nIntention: 1) rest 2) walk\n")
        #expect(entry.gratitude.map(\.text) == ["sunshine", "Maya", "soup", "Maya, the river"])
        #expect(entry.gratitude.map(\.source.column) == [15, 27, 35, 1])
        #expect(entry.intentions == ["1) rest 2) walk"])
    }

    /// Practices on a label's line are cut at commas (the gap hunt's terse day note: before,
    /// `walk 40 min, meditation 10 min` was one practice, `walk meditation 10 min`, 40 minutes).
    @Test func aLabelsPracticesAreCutAtCommas() {
        let entry = parse("Text.\n\nPractices: walk 40 min, meditation 10 min; yoga\n")
        #expect(entry.practiceSummary == ["walk 40m", "meditation 10m", "yoga"])
    }
}
