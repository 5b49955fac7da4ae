import Testing
@testable import TendCore

/// A line that says how its writer feels is read as the feelings it names, where no section
/// would take it (docs/vault-format.md, "Feelings in a sentence"). Until parser version 58 such
/// a line was prose: the gap hunt of 2026-12-03's second session wrote a day's prose of them, and
/// the project's own sample vault holds one (`2026/09/2026-09-12.md`: `Felt lighter today. Not
/// fixed. Lighter.`); the bench vault's generated prose holds thousands (`I felt anxious, and the
/// music from the session stayed with me all day.`). The phrasing `I'm feeling a bit anxious
/// today.` is the one mood apps' sample chats give (found with the code search that evening).
struct FeelingLeadTests {
    /// (entry, its feelings as `name/family`, then what each was written as).
    static let entries: [(String, [String], [String])] = [
        ("# Sat\n\nFeeling a bit anxious this morning.\n", ["anxiety/fear"], ["a bit anxious"]),
        ("# Sat\n\nI feel tender and raw.\n", ["tenderness/trust", "rawness/sadness"], ["tender", "raw"]),
        ("I'm feeling a bit anxious today.\n", ["anxiety/fear"], ["a bit anxious"]),
        ("Felt lighter today. Not fixed. Lighter.\n", ["release/calm"], ["lighter"]),
        ("I felt anxious, and the music from the session stayed with me all day.\n", ["anxiety/fear"], ["anxious"]),
        ("Today I felt calm for the first time in weeks.\n", ["calm/calm"], ["calm"]),
        ("- feeling grateful and light\n", ["gratitude/joy", "release/calm"], ["grateful", "light"]),
        ("Je me sens seule.\n", ["loneliness/sadness"], ["seule"]),
        // Not read: a feeling word that does not come first, a lead with no feeling after it,
        // a lead inside a sentence, `I'm` alone.
        ("I felt so much anger at the meeting.\n", [], []),
        ("I feel like going for a walk.\n", [], []),
        ("Feeling the sun on my face.\n", [], []),
        ("Woke up and I feel sad.\n", [], []),
        ("I'm sad.\n", [], []),
        ("I feel\n", [], []),
        // A paragraph wrapped mid-sentence, as the bench vault's prose and a vim user's are: a
        // line after one that ends no sentence begins none. After one that does, it does.
        ("Out by the water the back of my neck\nfelt numb, which I am learning to read.\n", [], []),
        ("Slept late.\nFelt lighter today.\n", ["release/calm"], ["lighter"]),
        // Under a section, a line is that section's, as before.
        ("## Insights\nI feel safer when I ask for help.\n", [], []),
        ("## Feelings\nI feel tender.\n", ["tenderness/trust"], ["tender"]),
    ]

    @Test(arguments: entries)
    func feelings(_ markdown: String, _ expected: [String], _ written: [String]) {
        let entry = parse(markdown)
        #expect(entry.emotionSummary == expected)
        #expect(entry.emotions.map(\.written) == written)
    }

    @Test func eachLineIsPlacedAndExplained() {
        let markdown = "# Sat\n\nWoke early.\nFeeling a bit anxious.\n\n- I feel hopeful\n"
        let (parsed, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-28.md", bytes: Array(markdown.utf8), modificationDate: nil)
        #expect(parsed.entry?.emotions.map(\.source.line) == [4, 6])
        #expect(parsed.entry?.emotions.map(\.source.column) == [1, 3])
        #expect(trace.readings(atLine: 4).map(\.rule) == ["a line that begins 'Feeling'"])
        #expect(trace.readings(atLine: 6).map(\.rule) == ["list item that begins 'I feel'"])
    }
}
