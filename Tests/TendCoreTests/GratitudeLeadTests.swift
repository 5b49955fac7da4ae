import Testing
@testable import TendCore

/// A line that says what it is grateful for, with no section over it, is a gratitude item
/// (docs/vault-format.md, "Gratitude in a sentence"). The lines are the gratitude of the gap
/// hunt of 2026-12-03's afternoon: a day's prose under `# Thursday`, where until then none was
/// read, in the languages whose gratitude names the vocabulary holds.
struct GratitudeLeadTests {
    /// (entry, its gratitude items).
    static let entries: [(String, [String])] = [
        ("# Thursday\n\nI'm grateful for the rain.\n", ["the rain."]),
        ("I’m grateful for the rain. It washed everything.\n", ["the rain."]),
        ("Woke early.\nI am thankful for my sister's call!\n", ["my sister's call!"]),
        ("Today I am grateful for my body.\n", ["my body."]),
        ("Feeling grateful for [[Maya]] and the soup\n", ["Maya and the soup"]),
        ("- Grateful for Maya\n- thankful for the soup\n- a walk\n", ["Maya", "the soup"]),
        ("So grateful for the quiet morning.\n", ["the quiet morning."]),
        ("Ich bin dankbar für die Sonne.\n", ["die Sonne."]),
        ("Je suis reconnaissante pour ce moment.\n", ["ce moment."]),
        ("Ik ben dankbaar voor de rust.\n", ["de rust."]),
        // After words of when, *and* or *but* (parser version 60).
        ("And I'm so grateful for my sister.\n", ["my sister."]),
        ("This evening, I'm grateful for the quiet.\n", ["the quiet."]),
        // Not at a line's start, not a gratitude name, or nothing after it.
        ("Slept badly. I'm grateful for the call though.\n", []),
        ("I went for a walk for an hour.\n", []),
        ("I'm grateful for\n", []),
        ("Thanks for nothing, Monday.\n", []),
        // Under a known section a line is that section's, as before.
        ("## Insights\nI'm grateful for the pause it gave me.\n", []),
        ("## Gratitude\nI'm grateful for the rain.\n", ["I'm grateful for the rain."]),
    ]

    @Test(arguments: entries)
    func gratitude(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).gratitude.map(\.text) == expected)
    }

    @Test func eachLineKeepsItsPlace() {
        let entry = parse("Woke early.\nI'm grateful for the rain.\n\n- thankful for Maya\n")
        #expect(entry.gratitude.map(\.source.line) == [2, 4])
        #expect(entry.gratitude.map(\.source.column) == [1, 3])
    }

    @Test func explainNamesTheWordsThatSaidIt() {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array("Text.\n\nI'm grateful for the rain.\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 3).map(\.rule) == ["a line that begins 'I'm grateful for'"])
    }
}
