import Testing
@testable import TendCore

/// Themes written in words, under a themes heading or label, or in front matter, are the entry's
/// themes beside its tags (docs/vault-format.md, "Themes written in words"). Until parser
/// version 58 only tags were: the gap hunt of 2026-12-03 (session 2) found a journey note's
/// `## Themes` list, a therapy note's `Themes: grief, mother` and front matter `themes: [grief,
/// mother]` each read as nothing. The heading `## Themes & Patterns` is a public journal
/// template's (retroghostlabs-llc/bozly, `framework/templates/memory/journal.md`).
struct WrittenThemesTests {
    /// (entry, its themes).
    static let entries: [(String, [String])] = [
        ("## Themes\n- grief\n- inner child\n", ["grief", "inner child"]),
        ("Themes: grief, my mother\n", ["grief", "my mother"]),
        ("# Call with Noor\n\nThemes: [[Father]], boundaries; rest.\n", ["boundaries", "father", "rest"]),
        ("---\nthemes: [Grief, mother]\n---\nProse.\n", ["grief", "mother"]),
        ("---\ntheme: grief, rest\n---\nProse.\n", ["grief", "rest"]),
        ("## Themes & Patterns\nabandonment, control, and rest\n", ["abandonment", "control", "rest"]),
        ("## Recurring themes\n- grief, mother\n", ["grief", "mother"]),
        ("## 🔁 Patterns\n- people-pleasing\n- freeze\n", ["freeze", "people-pleasing"]),
        ("## Patterns I noticed\n- bracing before anyone speaks\n", ["bracing before anyone speaks"]),
        ("Some prose first.\n\n**Theme:** rest\n", ["rest"]),
        // Beside the tags, each once: `#grief` is read as a tag, and named again in words.
        ("#grief\n\n## Themes\n- grief\n- #anger\n", ["anger", "grief"]),
        // A journey's own tag written as a theme says what kind of note it is, as the tag does.
        ("## Themes\n- kap\n- control\n", ["control"]),
        // A sentence about the themes, not their names: a part of more than five words.
        ("## Themes\nThis week it was mostly about my mother, as always.\n", []),
        ("## Themes\n- how she never once asked me what I needed\n- rest\n", ["rest"]),
        // Themes in another language of the vocabulary.
        ("## Themen\n- Trauer\n", ["trauer"]),
        // A Dataview field, at the top or below it, and a Logseq page's first block.
        ("themes:: grief, mother\n\n# Day\n\nText.\n\nTheme:: boundaries\n", ["boundaries", "grief", "mother"]),
        ("Text.\n\n- [theme:: rest] a quiet day\n", ["rest"]),
    ]

    @Test(arguments: entries)
    func themes(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).themes == expected)
    }

    /// A page of no day that lists themes is a map of the vault's topics (the kap-vault
    /// fixture's `Maps/Healing MOC.md`, whose golden export has no themes): its list names no
    /// theme of its own, and `tend explain` says why.
    @Test func aPageOfNoDayListsTheVaultsTopics() {
        let markdown = "# Healing map\n\n- [[KAP session 1]]\n\n## Themes\n- father\n- rest\n"
        let note = parse(markdown, path: "Maps/Healing MOC.md")
        #expect(note.isNote)
        #expect(note.themes.isEmpty)
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "Maps/Healing MOC.md", bytes: Array(markdown.utf8), modificationDate: nil)
        let said = trace.readings(atLine: 6)
        #expect(said.map(\.what) == ["skipped"])
        #expect(said.first?.rule.contains("a page of no day lists the vault's topics") == true)
    }

    /// (entry, the line, what `tend explain` says there).
    static let explained: [(String, Int, String, String)] = [
        ("## Themes\n- grief, mother\n", 2, "theme", "grief, mother — list item under \"Themes\""),
        ("Prose.\n\nThemes: grief, rest\n", 3, "theme", "grief, rest — labelled \"Themes:\""),
        ("## Themes\nThis week it was mostly about my mother, as always.\n", 2, "skipped",
         "paragraph under \"Themes\" — the section holds no list: a sentence, not a list of themes (a theme is named in 5 words or fewer), so it stays prose"),
    ]

    @Test(arguments: explained)
    func explain(_ markdown: String, _ line: Int, _ what: String, _ rule: String) {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-10.md", bytes: Array(markdown.utf8), modificationDate: nil)
        let said = trace.readings(atLine: line).filter { $0.what == what }
        #expect(said.map(\.rule) == [rule])
    }

    /// A Logseq journal page's first block of properties names the page's themes, as its
    /// front matter would (sercxanto/logseq_to_obsidian#19: Logseq keeps a page's properties so).
    @Test func aLogseqPagesThemes() {
        let entry = parse("- type:: [[KAP]]\n  themes:: grief, [[mother]]\n- Felt heavy\n", path: "journals/2026_11_26.md")
        #expect(entry.themes == ["grief", "mother"])
        #expect(entry.type == .journey)
    }

    /// `headings.themes` in the config replaces the names, as every kind's list does.
    @Test func configured() {
        let (own, problems) = Configuration.read(yaml: "headings:\n  themes: [Patterns]\n")
        #expect(problems.isEmpty)
        #expect(own.vocabulary.section(forHeading: "Patterns") == .themes)
        #expect(own.vocabulary.section(forHeading: "Themes") == nil)
        #expect(own.readingFingerprint != Configuration().readingFingerprint)
    }
}
