import Testing
@testable import TendCore

/// Questions and things to bring to the integration session or therapist: a section of their
/// own (`## Questions for my therapist`, `## To bring to integration`, in six more languages),
/// a labelled line (`To bring: …`) or a callout titled so. One line per case. The headings are
/// those of the integration journals written for this change (docs/vault-format.md lists them);
/// the two cases that read no question come from the peers: Obsidian's `[!question]` callout
/// (obsidian-help `en/Editing and formatting/Callouts.md`, "Question", aliases `help`, `faq`),
/// and a `[?]` or `[ ]` box, which obsidian-tasks reads as a to-do
/// (`src/Config/Themes/MinimalThemeCollection.ts`: `['?', 'question', 'x', 'TODO']`).
struct QuestionTests {
    static let cases: [(String, [String])] = [
        ("## Questions for my therapist\n- Why does the grief come back at night?\n- How do I tell Sam?",
         ["Why does the grief come back at night?", "How do I tell Sam?"]),
        ("## ❓ Questions\n- what is the lake?", ["what is the lake?"]),
        ("## To bring to integration\n- the image of the lake", ["the image of the lake"]),
        ("### For my therapist:\n- the dream", ["the dream"]),
        ("## Things to discuss\n- my father", ["my father"]),
        ("## Talking points\n- work", ["work"]),
        ("## Questions for my next session\nA paragraph when the section holds no list.", ["A paragraph when the section holds no list."]),
        ("To bring: the dream about the lake", ["the dream about the lake"]),
        // A note kept for the next session (a gap hunt's journal, 2026-12-03; parser version 59).
        ("## Notes for next session\n- Ask about the dreams.", ["Ask about the dreams."]),
        ("## For the next session\n- the dosage", ["the dosage"]),
        ("## Questions for Dr. Reyes\n- the dosage", ["the dosage"]),
        ("## To bring to Noor\n- the lake", ["the lake"]),
        ("Fragen an Frau Weber: Warum jetzt?", ["Warum jetzt?"]),
        ("## Questions for\n- a beginning alone names nothing", []),
        ("Questions: why now?", ["why now?"]),
        ("- To discuss: the argument with Sam", ["the argument with Sam"]),
        ("> [!note] Questions for my therapist\n> - what does the lake mean?", ["what does the lake mean?"]),
        ("## Questions\n- with a field [asked:: no]", ["with a field"]),
        ("## Fragen an meine Therapeutin\n- Warum jetzt?", ["Warum jetzt?"]),
        ("## Questions pour ma thérapeute\n- Pourquoi maintenant ?", ["Pourquoi maintenant ?"]),
        ("## Preguntas para mi terapeuta\n- ¿Por qué ahora?", ["¿Por qué ahora?"]),
        ("## Domande per la mia terapeuta\n- Perché adesso?", ["Perché adesso?"]),
        ("## Perguntas para a minha terapeuta\n- Por que agora?", ["Por que agora?"]),
        ("## Vragen voor mijn therapeut\n- Waarom nu?", ["Waarom nu?"]),
        // A box stays a step under any heading but practices, as Obsidian Tasks reads it.
        ("## For my next session\n- [ ] book the next appointment", []),
        // Obsidian's `question` callout is often a journaling prompt, answered inside it.
        ("> [!question]\n> What am I avoiding? Maybe the call.", []),
        ("Question: what am I avoiding?", []),
        ("## Insights\n- questions stay where they are written", []),
        ("## Questions\n```\nnot in code\n```\n- but this", ["but this"]),
    ]

    @Test(arguments: cases)
    func read(_ input: String, _ expected: [String]) {
        #expect(parse(input).questions.map(\.text) == expected)
    }

    @Test("a question keeps its place and heading, and its own fields")
    func placeAndFields() {
        let entry = parse("# Day\n\n## Questions for my therapist\n\n- the dream [asked:: no]\n")
        #expect(entry.questions == [Question(text: "the dream", source: ItemSource(line: 5, column: 3, heading: "Questions for my therapist"),
                                             fields: ["asked": "no"])])
        #expect(entry.fields["asked"] == nil, "an item's own field is not the entry's")
    }

    @Test("tend explain says a section starts questions, and names the list for a heading it does not know")
    func explained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "## To bring to integration\n- the lake\n\n## Things to ask Dr. Lee\n- dosage\n"
        let (_, trace) = parser.explain(path: "2026-11-03.md", bytes: Array(text.utf8), modificationDate: nil)
        #expect(trace.readings.contains { $0.line == 1 && $0.what == "section" && $0.rule.hasSuffix("starts questions") })
        #expect(trace.readings.contains { $0.line == 2 && $0.what == "question" })
        let hint = trace.readings.first { $0.line == 5 }?.hint
        #expect(hint == "add \"things to ask dr. lee\" to headings.questions to read it")
    }

    @Test("headings.questions in the config replaces the names, and an unknown kind names it among the known")
    func configured() {
        let (own, problems) = Configuration.read(yaml: "headings:\n  questions: [For Dr. Lee]\n")
        #expect(problems.isEmpty)
        #expect(own.vocabulary.section(forHeading: "For Dr. Lee") == .questions)
        #expect(own.vocabulary.section(forHeading: "Questions for my therapist") == nil)
        #expect(own.readingFingerprint != Configuration().readingFingerprint)
        let (beginning, _) = Configuration.read(yaml: "headings:\n  questions: [\"for dr. *\"]\n")
        #expect(beginning.vocabulary.section(forHeading: "For Dr. Lee") == .questions)
        #expect(beginning.vocabulary.section(forHeading: "For Dr.") == nil)
        let (_, wrong) = Configuration.read(yaml: "headings:\n  askings: [x]\n")
        // Since parser version 58 (2026-12-03) themes are a kind of their own (WrittenThemesTests).
        #expect(wrong.map(\.sentence) == ["headings has no kind 'askings' (known: insights, emotions, actions, practices, gratitude, intention, questions, themes)"])
    }
}
