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
        // a lead inside a sentence.
        ("I felt the meeting go on too long.\n", [], []),
        // `so much` says how much (since parser version 61), as `so` and `very` do: this row was
        // the one of a feeling word that does not come first, and read nothing.
        ("I felt so much anger at the meeting.\n", ["anger/anger"], ["so much anger"]),
        ("I feel like going for a walk.\n", [], []),
        ("Feeling the sun on my face.\n", [], []),
        ("Woke up and I feel sad.\n", [], []),
        ("I feel\n", [], []),
        // `I'm`, `I am` and `I was` alone, since parser version 59 (2026-12-03, evening). This
        // row was `("I'm sad.\n", [], [])` until then, when `I'm` was no lead. The two sentences
        // after it are the sample vault's own (`2026/10/2026-10-05.md` and `2026-10-21.md`),
        // which were prose; the word of how before `disappointed` is no feeling of its own.
        ("I'm sad.\n", ["sadness/sadness"], ["sad"]),
        ("I'm scared of that in a way I wasn't before the other two. Both times he was in the background.\n", ["fear/fear"], ["scared"]),
        ("I was weirdly disappointed. I'd been bracing for it all weekend.\n", ["disappointment/sadness"], ["disappointed"]),
        ("I'm anxious about Thursday.\n", ["anxiety/fear"], ["anxious"]),
        ("I am so proud of myself.\n", ["pride/joy"], ["so proud"]),
        ("Ich bin traurig.\n", ["sadness/sadness"], ["traurig"]),
        // After them, a word that is no feeling, and the feelings' words that mostly say where
        // one is or what one is free for; after `I feel`, `down` is one.
        ("I'm going to call her.\n", [], []),
        ("I'm really not sure about Thursday.\n", [], []),
        ("I was down by the river.\n", [], []),
        ("I'm free on Tuesday.\n", [], []),
        ("I feel down.\n", ["sadness/sadness"], ["down"]),
        // The words of a time or a waking before the feeling (a gap hunt's journals).
        ("Woke up feeling heavy and a little anxious.\n", ["sadness/sadness", "anxiety/fear"], ["heavy", "a little anxious"]),
        ("Right now I feel calm.\n", ["calm/calm"], ["calm"]),
        ("Still feeling raw.\n", ["rawness/sadness"], ["raw"]),
        // Words of when, *and* or *but* before a lead, for every sentence reader (parser version
        // 60): the bench vault's prose (`After the session I was calm…`, `When I woke up I was
        // open…`) and a gap hunt's journal, which were prose. Inside a sentence they are not.
        ("After the session I was calm and there was tension in my forehead, so I went outside for a bit.\n", ["calm/calm"], ["calm"]),
        ("When I woke up I was open and there was tension in my belly.\n", ["openness/trust"], ["open"]),
        ("Last night, I felt scared.\n", ["fear/fear"], ["scared"]),
        ("- This morning I feel raw\n", ["rawness/sadness"], ["raw"]),
        ("But I was down by the river.\n", [], []),
        ("In the session I felt like a child.\n", [], []),
        ("We walked, and then I felt calm.\n", [], []),
        // The same in the lexicon's other languages: a word of when before the lead in French,
        // Spanish, Italian and Portuguese; in German and Dutch, whose verb comes first after
        // it, leads of their own.
        ("Aujourd'hui je me sens triste.\n", ["sadness/sadness"], ["triste"]),
        ("Hoy me siento tranquila.\n", ["calm/calm"], ["tranquila"]),
        ("Oggi mi sento grata.\n", ["gratitude/joy"], ["grata"]),
        ("Hoje me sinto sozinha.\n", ["loneliness/sadness"], ["sozinha"]),
        ("Heute fühle ich mich traurig.\n", ["sadness/sadness"], ["traurig"]),
        ("Vandaag voel ik me verdrietig.\n", ["sadness/sadness"], ["verdrietig"]),
        ("Hier bin ich.\n", [], []),
        // The bench vault's prose: a word of how, then the feeling (it was read as stillness).
        ("I felt quietly proud, and a memory from the lake house softened.\n", ["pride/joy"], ["proud"]),
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

    /// The rest of a sentence cut after its feeling is no part of it, nor a number in it: the
    /// Logseq documentation graph's `pages/templates.md` has `- i'm included by default in
    /// template-example-1`, whose `1` was read as the feeling's strength.
    @Test func theRestOfTheSentenceGivesNoStrength() {
        let entry = parse("- i'm included by default in template-example-1\n")
        #expect(entry.emotionSummary == ["belonging/trust"])
        #expect(entry.emotions.map(\.intensity) == [nil])
        #expect(parse("I felt anxious about session-2.\n").emotions.map(\.intensity) == [nil])
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
