import Testing
@testable import TendCore

/// A journey's title often names its number (`KAP session 6`), and a journal begun at the sixth
/// session would otherwise count from one without a word. The title is not read as the number
/// (a page copied from another keeps its title), but `tend explain` says when the two differ and
/// how to write the number.
struct TitleNumberTests {
    static let titles: [(String, Int?)] = [
        ("KAP session 6", 6), ("Session #6", 6), ("Journey 6: the long one", 6), ("Sitzung 3", 3),
        ("Session no. 4", 4), ("Séance 2", 2), ("2026-11-20 KAP session 6", 6), ("KAP 12 (IM)", 12), ("session # 7", 7),
        // No number standing alone after a word that names a journey.
        ("Session 2026-11-20", nil), ("Session 1b", nil), ("After 3 sessions", nil), ("Journey to 2027", nil),
        ("Journal 3", nil), ("Session 0", nil), ("Session 1000", nil), ("Session", nil), ("Gedanken im 3. Stock", nil), ("IV 2", nil),
    ]

    @Test("the number a journey's title names", arguments: titles)
    func number(_ title: String, _ expected: Int?) {
        #expect(EntryParser(lexicon: shippedLexicon).sessionNumber(inTitle: title) == expected)
    }

    /// (markdown, the title's number kept for explain).
    static let kept: [(String, Int?)] = [
        ("---\ntype: KAP\n---\n# KAP session 6\n\nText.\n", 6),
        ("---\ntags: [kap]\n---\nText.\n", nil),
        // A number written wins, and only a journey's title counts.
        ("---\ntype: KAP\nsession: 6\n---\n# KAP session 6\n", nil),
        ("Session: 6\n\n# KAP session 6\n", nil),
        ("# Integration after session 6\n\nText.\n", nil),
    ]

    @Test("a journey without a number written keeps its title's for explain", arguments: kept)
    func keptForExplain(_ markdown: String, _ expected: Int?) {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-20.md", bytes: Array(markdown.utf8), modificationDate: nil)
        #expect(trace.titleNumber?.number == expected)
    }

    @Test("explain says when the title names another number than the journey's, and only then")
    func explained() throws {
        let text = "---\ntype: KAP\n---\n# KAP session 6\n\nText.\n"
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-20.md", bytes: Array(text.utf8), modificationDate: nil)
        var same = trace
        same.noteTitleNumber(numbered: 6)
        #expect(same.readings == trace.readings)
        var other = trace
        other.noteTitleNumber(numbered: 1)
        let added = try #require(other.readings.first { $0.what == "session" })
        #expect(added.line == 4)
        #expect(added.rule == "its title 'KAP session 6' names journey 6, but it is numbered 1: a title is not read as a number, and journeys without one written are numbered by date")
        #expect(added.hint == "write 'session: 6' in its front matter to number it 6, and the journeys after it from there")
        // In its place, by line.
        #expect(other.readings.map(\.line) == other.readings.map(\.line).sorted())
    }

    /// Regression (2026-12-02): a title from the front matter was said at the first heading's
    /// line, wherever that was (`## During`, line 8), not at `title:`.
    @Test("explain says it where the title is written", arguments: [
        ("---\ntitle: Ketamine session 7\ntags: [kap]\n---\nText.\n\n## During\n", 2),
        ("---\ntype: KAP\n---\n## Before\n\n# KAP session 6\n", 6),
        ("Text. #kap\n\n## During\n", 1),
    ])
    func placed(_ markdown: String, _ line: Int) throws {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-20 KAP session 5.md", bytes: Array(markdown.utf8), modificationDate: nil)
        var other = trace
        other.noteTitleNumber(numbered: 1)
        #expect(other.readings.first { $0.what == "session" }?.line == line)
    }
}
