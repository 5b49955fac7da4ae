import Testing
@testable import TendCore

/// An entry with no type written, no journey or integration tag and no such folder takes its
/// kind from its title, which is its file's name when it has none, then from its folder's name: many people name a journey's
/// file `2026-11-24 KAP 7.md` and write no front matter at all. The cases are the file names
/// and titles of the journals written for this change (docs/vault-format.md, "By its title");
/// the words are the vocabulary's journey and integration types.
struct TitleKindTests {
    /// (file name, text, the kind it is read as).
    static let cases: [(String, String, EntryType)] = [
        ("2026-11-24 KAP 7.md", "Words.\n", .journey),
        ("2026-11-25 Ketamine session.md", "Words.\n", .journey),
        ("2026-11-29 Spravato.md", "Words.\n", .journey),
        ("2026-11-20.md", "# KAP session 8\n\nWords.\n", .journey),
        ("2026-11-20.md", "# Journey 4: the lake\n\nWords.\n", .journey),
        ("2026-11-20.md", "# Session #5 · Tuesday\n\nWords.\n", .journey),
        ("2026-11-20.md", "---\ntitle: Ketamine session 7\n---\nWords.\n", .journey),
        ("2026-11-20.md", "# Sitzung 3\n\nWorte.\n", .journey),
        ("2026-11-26 Integration.md", "Words.\n", .integration),
        ("2026-11-28 Integration session with Dr R.md", "Words.\n", .integration),
        ("2026-11-20.md", "# Integration notes\n\nWords.\n", .integration),
        ("2026-11-20.md", "# Séance d'intégration\n\nMots.\n", .integration),
        // A title that only mentions one names none.
        ("2026-11-20.md", "# Thinking about my next KAP session\n\nWords.\n", .journal),
        ("2026-11-20 Ketamine and me.md", "Words.\n", .journal),
        ("2026-11-20.md", "# KAP thoughts\n\nWords.\n", .journal),
        ("2026-11-27 Therapy.md", "Words.\n", .journal),
        ("2026-11-20.md", "# IV\n\nWords.\n", .journal),
        // What is written wins: a type, even one that names no journey.
        ("2026-11-24 KAP 7.md", "---\ntype: journal\n---\nWords.\n", .journal),
        ("2026-11-24 Integration.md", "---\ntype: KAP\n---\nWords.\n", .journey),
        ("2026-11-24 KAP 7.md", "Words. #integration\n", .integration),
        // A note (no date) is never a journey.
        ("Ideas/KAP 7.md", "Words.\n", .journal),
        // With no title that names one, a folder named as such a title would be (the gap hunt
        // of 2026-12-03, the second: a vault kept in `Journeys/`, `KAP sessions/`, `Integration/`).
        ("Journeys/2026-11-20.md", "# Saturday\n\nWords.\n", .journey),
        ("KAP sessions/2026-11-27.md", "Words.\n", .journey),
        ("Journal/KAP/2026-11-27.md", "Words.\n", .journey),
        ("Sessions/2026-11-27.md", "Words.\n", .journey),
        ("Integration/2026-11-22.md", "# With Maya\n\nWords.\n", .integration),
        ("Integration sessions/2026/2026-11-22.md", "Words.\n", .integration),
        ("Daily/2026-11-21.md", "Words.\n", .journal),
        ("journals/2026_11_21.md", "Words.\n", .journal),
        ("Thoughts on KAP/2026-11-21.md", "Words.\n", .journal),
        // The title, the tags and what is written come first; a note stays a note.
        ("Journeys/2026-11-22 Integration.md", "Words.\n", .integration),
        ("Journeys/2026-11-22.md", "---\ntype: journal\n---\nWords.\n", .journal),
        ("Integration/2026-11-22.md", "Words. #kap\n", .journey),
        ("Journeys/Ideas.md", "Words.\n", .journal),
        // Obsidian's own vault template (kepano/kepano-obsidian, `Templates/Meeting Template.md`:
        // `category: ["[[Meetings]]"]`, `type: []`) sorts notes by linked categories and types;
        // a category named as a journey's or an integration session's title would be gives
        // the kind, and a linked type is its page's name (the gap hunt of 2026-12-03's
        // afternoon; until then `type: "[[KAP]]"` was the type `[[kap]]`).
        ("2026-11-20.md", "---\ntype: \"[[KAP]]\"\n---\nWords.\n", .journey),
        ("2026-11-20.md", "---\ntype:\n  - \"[[Integration session]]\"\n---\nWords.\n", .integration),
        ("2026-11-20.md", "---\ncategory:\n  - \"[[Journeys]]\"\ntype: []\n---\nWords.\n", .journey),
        ("2026-11-20.md", "---\ncategories: [\"[[Meetings]]\", \"[[Integration]]\"]\n---\nWords.\n", .integration),
        ("2026-11-20.md", "---\ncategories: [\"[[Meditations]]\", \"[[Journal]]\"]\n---\nWords.\n", .journal),
        ("2026-11-20.md", "---\ncategory: \"[[Journeys]]\"\ntype: journal\n---\nWords.\n", .journal),
    ]

    @Test("a title that only names a journey, or begins with integration, gives the kind", arguments: cases)
    func kind(_ name: String, _ text: String, _ expected: EntryType) {
        #expect(parse(text, path: name).type == expected)
    }

    @Test func tendExplainNamesTheCategory() throws {
        let text = "---\ncategory:\n  - \"[[KAP sessions]]\"\n---\nWords.\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-20.md", bytes: Array(text.utf8), modificationDate: nil)
        let note = try #require(trace.readings.first { $0.what == "type" })
        #expect(note.line == 3)
        #expect(note.rule == "journey: its category 'KAP sessions' is named as a medicine session's title would be")
    }

    @Test func tendExplainNamesTheFolder() throws {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "Journeys/2026-11-20.md", bytes: Array("Words.\n".utf8), modificationDate: nil)
        let note = try #require(trace.readings.first { $0.what == "type" })
        #expect(note.rule == "journey: it is in the folder 'Journeys', named as a medicine session's title would be")
        #expect(note.hint == "write 'type: journal' in its front matter if it is not a medicine session")
    }

    @Test("tend explain says the title gave the kind, where the title is written, and how to keep it a journal entry")
    func explained() throws {
        let text = "---\ntags: [grief]\ntitle: Ketamine session 7\n---\nWords.\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-20.md", bytes: Array(text.utf8), modificationDate: nil)
        let note = try #require(trace.readings.first { $0.what == "type" })
        #expect(note.line == 3)
        #expect(note.rule == "journey: its title 'Ketamine session 7' begins with 'Ketamine', in the journeys.types list")
        #expect(note.hint == "write 'type: journal' in its front matter if it is not a medicine session")
    }
}
