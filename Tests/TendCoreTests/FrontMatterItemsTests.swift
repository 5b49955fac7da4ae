import Testing
@testable import TendCore

/// Items kept as front-matter lists, as Obsidian's properties let people keep a day
/// (`gratitude: [Maya, the rain]`, a list of `insights:`, `todo:`): a key that names a section
/// holds that section's items (the second gap hunt of 2026-12-03). A key with a meaning of its own, a
/// number, and a key only the lines at the top or a page's fields write stay as they were.
struct FrontMatterItemsTests {
    /// (entry, its items as `kind: text`).
    static let entries: [(String, [String])] = [
        ("---\ninsights:\n  - I don't have to earn rest.\ngratitude: [Maya, the rain]\ntodo:\n  - call the clinic\n---\nText.\n",
         ["insight: I don't have to earn rest.", "gratitude: Maya", "gratitude: the rain", "action: call the clinic"]),
        ("---\nnext_steps: book the integration session\nquestions_for_my_therapist: Why the anger?\n---\n",
         ["action: book the integration session", "question: Why the anger?"]),
        ("---\nhabits: [meditation 10 min, walk]\nDankbarkeit: Sonne\n---\n",
         ["practice: meditation 10", "practice: walk", "gratitude: Sonne"]),
        // A number or a yes stays what it was: a metric, a field.
        ("---\ntodo: 3\ngratitude: true\n---\n", []),
        // Any other key is a field, as before.
        ("---\nweather: [rain, wind]\n---\n", []),
        // Written as page properties or a line at the top, a section's name is read by the body.
        ("Gratitude: the sea\n", ["gratitude: the sea"]),
    ]

    @Test(arguments: entries)
    func items(_ markdown: String, _ expected: [String]) {
        let entry = parse(markdown, path: "2026-11-24.md")
        let found = entry.insights.map { "insight: \($0.text)" } + entry.gratitude.map { "gratitude: \($0.text)" }
            + entry.actions.map { "action: \($0.text)" } + entry.questions.map { "question: \($0.text)" }
            + entry.practices.map { "practice: \($0.name)" + ($0.minutes.map { " \($0)" } ?? "") }
        #expect(found.sorted() == expected.sorted())
    }

    @Test func theItemsKeepTheirLinesAndTheFieldStays() {
        let entry = parse("---\ntitle: Day\ngratitude:\n  - Maya\n  - the rain\n---\n", path: "2026-11-24.md")
        #expect(entry.gratitude.map(\.source.line) == [4, 5])
        #expect(entry.fields["gratitude"] == .list([.string("Maya"), .string("the rain")]))
        #expect(entry.metrics.isEmpty)
    }

    @Test func tendExplainSaysSo() {
        let text = "---\ngratitude: [Maya]\n---\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-24.md", bytes: Array(text.utf8), modificationDate: nil)
        let said = trace.readings.first { $0.line == 2 }
        #expect(said?.what == "gratitude")
        #expect(said?.rule == "front matter 'gratitude' names a section tend reads, so each of its values is an item of it")
    }
}

/// Inline fields of the kinds front matter's lists are read as (`gratitude:: my sister`,
/// `question:: why the anger?`), as Dataview and Logseq write them in a block.
struct InlineItemFieldsTests {
    @Test func gratitudeAndQuestionFields() {
        let entry = parse("Text.\n\n- gratitude:: my sister\n- question:: Why the anger?\n- grateful:: the sea\n", path: "2026-11-29.md")
        #expect(entry.gratitude.map(\.text) == ["my sister", "the sea"])
        #expect(entry.questions.map(\.text) == ["Why the anger?"])
        #expect(entry.gratitude.map(\.source.line) == [3, 5])
    }
}
