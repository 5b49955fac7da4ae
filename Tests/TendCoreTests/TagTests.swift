import Testing
@testable import TendCore

/// Tags and themes: one line per case, Markdown in, themes out.
struct TagTests {
    static let cases: [(String, [String])] = [
        ("A day with #father.", ["father"]),
        ("#trust at the start", ["trust"]),
        ("Nested #theme/relationships tag", ["theme/relationships"]),
        ("Mixed case #Grief and #GRIEF", ["grief"]),
        ("Any script: #привет and #café", ["café", "привет"]),
        ("Digits inside #week2 are fine", ["week2"]),
        ("All digits #123 are not a tag", []),
        ("C# is a language, not a tag", []),
        ("foo#bar is not a tag", []),
        ("A URL https://example.org/guide#section is not a tag", []),
        ("A link [guide](https://example.org/#grief-and-body) has no tag", []),
        ("Code `#not-a-tag` is not a tag", []),
        ("A wikilink [[2026-09-08 journey#Insights]] is a link", []),
        ("A wikilink [[#heading]] is a link", []),
        ("HTML <!-- #draft --> is not a tag", []),
        ("Heading markers:\n\n## Work", []),
        ("In a heading:\n\n## Work #boundaries", ["boundaries"]),
        ("Trailing slash #theme/ is trimmed", ["theme"]),
        ("Punctuation after #body, ends it", ["body"]),
        ("In parentheses (#body) counts", ["body"]),
        ("Snake #self_care and kebab #self-compassion", ["self-compassion", "self_care"]),
        ("Markers are not themes: #insight #todo #action #emotion/grief #practice/yoga", []),
        ("```\n#dad #lake\n```", []),
        ("    indented #code block", []),
        ("Emphasis *#tender* counts", ["tender"]),
        ("Two ##hashes is not a tag", []),
        // Bear's tags of several words, `#inner child#`, as zk reads them (zk-org/zk,
        // internal/adapter/markdown/markdown_test.go, TestParseWordtags), sorted as themes are.
        ("#multi word#", ["multi word"]),
        ("#surrounded# end", ["surrounded"]),
        ("#multi word#end", ["multi word"]),
        ("#multi word #other", ["multi", "other"]),
        ("#multi word# #other", ["multi word", "other"]),
        ("#multi word##other", ["multi word"]),
        ("a #multi word# in the middle", ["multi word"]),
        ("a #multi word#, and a #tag", ["multi word", "tag"]),
        ("#multi, word#", ["multi"]),
        ("#multiple #hashtags", ["hashtags", "multiple"]),
        // The gap hunt's Bear page, and words between two tags that are no tag of their own.
        // `#kap/session-5` was a theme here until parser version 58, when a tag nested under a
        // journey's tag came to mark the journey, as the tag does (`nestedKindTags` below).
        ("#kap/session-5 #inner child# #family#", ["family", "inner child"]),
        ("I felt #sad and then #relieved", ["relieved", "sad"]),
        // Logseq's tags of several words in brackets, as its documentation graph writes them
        // (logseq/docs, pages/Changelog.md: `… [#9846](…) #[[minor change]]`, `#[[Snap to grid]]`;
        // the blocks without the tabs their parents indent them by).
        ("- Right sidebar enhancements #[[minor change]] [#9846](https://github.com/logseq/logseq/pull/9846)", ["minor change"]),
        ("- Whiteboards: #[[Snap to grid]] [#9654](https://github.com/logseq/logseq/pull/9654)", ["snap to grid"]),
        ("- #[[inner child]] showed up, and #grief", ["grief", "inner child"]),
        // No closing brackets on the line, or a link inside: no such tag.
        ("#[[inner child and more", []),
        ("#[[a [[b]] c", []),
        ("#[[ ]] empty", []),
        // A link alone is no tag.
        ("[[inner child]] is a page", []),
    ]

    @Test(arguments: cases)
    func themes(_ input: String, _ expected: [String]) {
        // Logseq's bracketed tags are read in a graph's files (below); the rest anywhere.
        let path = input.contains("#[[") ? "pages/Changelog.md" : "2026-11-03.md"
        #expect(parse(input, path: path).themes == expected)
    }

    /// Outside a Logseq graph, `#[[a]]` is a link, as zk's Neuron notes write one
    /// (zk-org/zk, tests/fixtures/neuron/c.md).
    /// A tag nested under a journey's, an integration's or a template's tag says what the note
    /// is, as that tag does, and is no theme (since parser version 58): the gap hunt's Bear page
    /// (`#kap/session-5`), Obsidian's nested tags (`#journey/ketamine`, `#integration/homework`).
    static let nestedKindTags: [(String, EntryType, [String])] = [
        ("#kap/session-5 #family\n", .journey, ["family"]),
        ("---\ntags: [journey/ketamine, grief]\n---\nText.\n", .journey, ["grief"]),
        ("#integration/homework\n", .integration, []),
        ("#daily/log #grief\n", .journal, ["grief"]),
        // Not nested under one: a tag that only ends with a journey's name.
        ("#books/journey\n", .journal, ["books/journey"]),
    ]

    @Test(arguments: nestedKindTags)
    func nestedKindTag(_ input: String, _ type: EntryType, _ themes: [String]) {
        let entry = parse(input)
        #expect(entry.type == type)
        #expect(entry.themes == themes)
    }

    @Test func bracketsOutsideAGraphAreALink() {
        #expect(parse("#[[a]]\n", path: "c.md").themes == [])
        #expect(parse("- #[[inner child]] again\n", path: "journals/2026_11_30.md").themes == ["inner child"])
    }

    static let frontMatter: [(String, [String])] = [
        ("---\ntags: [trust, body]\n---\n", ["body", "trust"]),
        ("---\ntags: trust, body\n---\n", ["body", "trust"]),
        ("---\ntags: \"#trust #theme/relationships\"\n---\n", ["theme/relationships", "trust"]),
        ("---\ntag: work\n---\n", ["work"]),
        ("---\ntags:\n  - Father\n  - '#grief'\n---\nand #body", ["body", "father", "grief"]),
        // A string is split at commas and any white space, a no-break space too; empty words go.
        ("---\ntags: trust,,body , \n---\n", ["body", "trust"]),
        ("---\ntags: \"trust\u{00A0}body\u{2003}grief\"\n---\n", ["body", "grief", "trust"]),
        ("---\ntags: \"# #café,\tdéjà-vu\"\n---\n", ["café", "déjà-vu"]),
        // The tags of every day's note say what kind of note it is, not what it is about.
        ("---\ntags: [daily, grief]\n---\n#journal and #diary, #weekly-note #dailies", ["dailies", "grief"]),
    ]

    @Test(arguments: frontMatter)
    func frontMatterTags(_ input: String, _ expected: [String]) {
        #expect(parse(input).themes == expected)
    }
}
