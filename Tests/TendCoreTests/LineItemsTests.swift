import Testing
@testable import TendCore

/// Items listed one to a line without a list's marks, as people type them in Obsidian (which
/// shows each line under the last), on a phone (`•`), or with an emoji for a bullet (`🙏 my
/// sister`): under a section that reads paragraphs, each such line is an item of its own (the
/// second gap hunt of 2026-12-03, where `• my sister • the warm soup` was one gratitude item). A
/// paragraph of prose, wrapped in an editor, stays one item.
struct LineItemsTests {
    /// (Markdown, insights, gratitude, feelings).
    static let cases: [(String, [String], [String], [String])] = [
        ("Text.\n\n## Gratitude\n• my sister\n• the warm soup\n", [], ["my sister", "the warm soup"], []),
        ("Text.\n\n## Gratitude\n🙏 my sister\n🙏🏽 the warm soup\n☀️ the sun\n", [], ["my sister", "the warm soup", "the sun"], []),
        ("Text.\n\n## Gratitude\nmy sister\nthe warm soup\n", [], ["my sister", "the warm soup"], []),
        ("Text.\n\n## Insights\n✨ Rest is allowed.\n✨ I can ask for help.\n", ["Rest is allowed.", "I can ask for help."], [], []),
        ("Text.\n\n## Insights\nRest is allowed.\nI can ask for help.\n", ["Rest is allowed.", "I can ask for help."], [], []),
        ("Text.\n\n## Feelings\nsad\nrelieved (6)\n", [], [], ["sadness/sadness", "relief/calm 6"]),
        ("Text.\n\n> [!success] Grateful for\n> → my sister\n> → the soup\n", [], ["my sister", "the soup"], []),
        // A line that ends joined to the next, or a paragraph wrapped in an editor, is one item.
        ("Text.\n\n## Insights\nRest is allowed,\nand so is asking.\n", ["Rest is allowed, and so is asking."], [], []),
        ("Text.\n\n## Insights\nI keep coming back to the idea that grief and love are the same\nriver, and that I can let both of them move through me.\n",
         ["I keep coming back to the idea that grief and love are the same river, and that I can let both of them move through me."], [], []),
        ("Text.\n\n## Gratitude\n“my sister”\nthe soup\n", [], ["“my sister”", "the soup"], []),
        // A list beside such lines is the section's list, as for any paragraph.
        ("Text.\n\n## Gratitude\n• my sister\n• the soup\n\n- the sea\n", [], ["the sea"], []),
        // Outside a section that reads paragraphs, lines are prose.
        ("Text.\n\n## Morning\n• coffee\n• a walk\n", [], [], []),
    ]

    @Test(arguments: cases)
    func items(_ markdown: String, _ insights: [String], _ gratitude: [String], _ feelings: [String]) {
        let entry = parse(markdown, path: "2026-11-28.md")
        #expect(entry.insights.map(\.text) == insights)
        #expect(entry.gratitude.map(\.text) == gratitude)
        #expect(entry.emotionSummary == feelings)
    }

    @Test func eachLineKeepsItsPlace() {
        let entry = parse("Text.\n\n## Gratitude\n• my sister\n🙏 the soup\n", path: "2026-11-28.md")
        #expect(entry.gratitude.map { [$0.source.line, $0.source.column] } == [[4, 1], [5, 1]])
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-28.md", bytes: Array("Text.\n\n## Gratitude\nmy sister\nthe soup\n".utf8), modificationDate: nil)
        #expect(trace.readings.filter { $0.what == "gratitude" }.map(\.rule) == Array(repeating: "a line of its own under \"Gratitude\" — the section holds no list", count: 2))
    }

    /// (line, without its mark): nil for a line with no mark of its own.
    @Test(arguments: [
        ("• my sister", "my sister"), ("🙏 the soup", "the soup"), ("→ call Sam", "call Sam"), ("❤️ Maya", "Maya"),
        ("my sister", nil), ("“quoted” words", nil), ("é words", nil), ("•no space", nil), ("🙏", nil), ("½ a day", nil),
    ] as [(String, String?)])
    func mark(_ line: String, _ expected: String?) {
        #expect(LineItems.withoutMark(line) == expected)
    }
}
