import Testing
@testable import TendCore

/// A line that says what its writer came to see is an insight where no section would take it
/// (docs/vault-format.md, "Insights in a sentence"). The lines are the gap hunt of 2026-12-03's
/// evening: a day's prose under `# Nov 10`, and prose beside a feelings list, where until
/// parser version 51 none was read. The line that stays prose (the lead inside a sentence) is
/// from a public Obsidian journal's note ("I was going to publish my review of Obsidian Publish
/// today, but I realised it would get too long…", found with the code search of that evening).
struct InsightLeadTests {
    /// (entry, its insights).
    static let entries: [(String, [String])] = [
        ("# Nov 10\n\nI realized that I don't have to carry this alone.\n", ["I don't have to carry this alone."]),
        ("I realised I was holding my breath all day. Then I slept.\n", ["I was holding my breath all day."]),
        ("Woke early.\nIt dawned on me that the anger is grief.\n", ["the anger is grief."]),
        ("- I learned that rest is part of the work\n- a walk\n", ["rest is part of the work"]),
        ("Mir wurde klar, dass ich nicht allein bin.\n", ["ich nicht allein bin."]),
        ("J’ai compris que la peur était ancienne.\n", ["la peur était ancienne."]),
        ("Me di cuenta de que necesito descansar.\n", ["necesito descansar."]),
        ("Ik besefte dat ik mag rusten.\n", ["ik mag rusten."]),
        // Beside a section's list, or under steps: prose the section leaves aside.
        ("## Feelings\n- sad\n\nI realized that I don't have to carry this alone.\n", ["I don't have to carry this alone."]),
        ("## Next steps\n- call Sam\n\nI learned that small steps count.\n", ["small steps count."]),
        ("## Feelings\nIt hit me that I miss her.\n", ["I miss her."]),
        // Not read: the lead inside a sentence, *learned* without *that*, nothing after it.
        ("I was going to publish it today, but I realised it would get too long.\n", []),
        ("I learned to swim at nine.\n", []),
        ("I realized\n", []),
        // Under a section that reads paragraphs, a line is that section's, as before.
        ("## Insights\nI realized that rest is allowed.\n", ["I realized that rest is allowed."]),
        ("## Gratitude\nI realized that I love this place.\n", []),
        // Words of when before the lead (`Today I realized that…`), and a lead that names what
        // was seen (`The big insight was that…`), since parser version 60: a gap hunt's day of
        // prose, where they were prose. A name with no *that* after it stays prose.
        ("# Monday\n\nToday I realized that the fear was never mine.\n", ["the fear was never mine."]),
        ("After the session I realized I had been holding my breath for years.\n", ["I had been holding my breath for years."]),
        ("- Then I realized I had it all along\n", ["I had it all along"]),
        ("The big insight was that I can say no.\n", ["I can say no."]),
        ("The lesson here is that rest is allowed.\nMy takeaway is that I am not alone.\n", ["rest is allowed.", "I am not alone."]),
        ("What I learned was that I can ask.\n", ["I can ask."]),
        ("Hoy me di cuenta de que necesito descansar.\n", ["necesito descansar."]),
        ("The rest is history.\nThe message was clear.\nToday I went to the lake and realized it was late.\n", []),
        // A labelled line, by the names added that evening.
        ("Key takeaway: boundaries are kind.\nLesson: I can ask for help.\n", ["boundaries are kind.", "I can ask for help."]),
    ]

    @Test(arguments: entries)
    func insights(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).insights.map(\.text) == expected)
    }

    @Test func eachLineKeepsItsPlace() {
        let entry = parse("Woke early.\nI realized that rest is allowed.\n\n- It dawned on me that I am safe\n")
        #expect(entry.insights.map(\.source.line) == [2, 4])
        #expect(entry.insights.map(\.source.column) == [1, 3])
    }

    /// A mantra and an affirmation are what is carried into the day or the journey, as an
    /// intention is (the same evening's `Affirmation:` and `Mantra:` lines).
    @Test func aMantraAndAnAffirmationAreIntentions() {
        let entry = parse("# Nov 10\n\nAffirmation: I am safe in my body.\nMantra: breathe and soften\n\n## Affirmations\n- I am enough\n")
        #expect(entry.intentions == ["I am safe in my body.", "breathe and soften", "I am enough"])
    }

    /// (entry, the line, what `tend explain` says of it).
    static let explained: [(String, Int, String)] = [
        ("I realized that rest is allowed.\n", 1, "a line that begins 'I realized that'"),
        ("- It dawned on me how tired I was\n", 1, "list item that begins 'It dawned on me'"),
        ("Today I realized that rest is allowed.\n", 1, "a line that begins 'Today I realized that'"),
        ("- After the session, I realized I am safe\n", 1, "list item that begins 'After the session, I realized'"),
        ("## Feelings\n- sad\n\nI learned that small steps count.\n", 4,
         "prose under \"Feelings\" beside its list that begins 'I learned that'"),
    ]

    @Test(arguments: explained)
    func explain(_ markdown: String, _ line: Int, _ rule: String) {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-10.md", bytes: Array(markdown.utf8), modificationDate: nil)
        #expect(trace.readings(atLine: line).filter { $0.what == "insight" }.map(\.rule) == [rule])
    }
}
