import Testing
@testable import TendCore

/// Roam Research's pages, as its Markdown export writes them (since parser version 61; a gap
/// hunt's Roam day page, where each of these was passed over). The task markers are those
/// Obsidian's own Roam importer turns into boxes (obsidianmd/obsidian-importer,
/// `src/formats/roam/convert.ts`: `{{TODO}}|{{[[TODO]]}}` → `[ ]`, `{{DONE}}|{{[[DONE]]}}` → `[x]`).
struct RoamTests {
    /// A day's page, named as Roam names it.
    static let page = "November 30th, 2026.md"

    /// (a block, the steps it holds).
    static let tasks: [(String, [String])] = [
        ("- {{[[TODO]]}} call [[Dr. Reyes]] about the next session", ["open: call Dr. Reyes about the next session"]),
        ("- {{[[DONE]]}} drink water", ["done: drink water"]),
        ("- {{TODO}} book integration call", ["open: book integration call"]),
        ("- {{DONE}} journal for ten minutes", ["done: journal for ten minutes"]),
        ("- Plans\n    - {{[[TODO]]}} walk by the river", ["open: walk by the river"]),
        // On a line of prose too, as Logseq's `TODO` is read there.
        ("{{[[TODO]]}} rest after lunch\n", ["open: rest after lunch"]),
        // A marker with nothing after it, or run into a word, is no step.
        ("- {{[[TODO]]}}", []),
        ("- {{[[TODO]]}}call", []),
        ("- {{[[embed]]}} a block", []),
    ]

    @Test(arguments: tasks)
    func taskMarkers(_ input: String, _ expected: [String]) {
        #expect(LogseqTests.summary(parse(input, path: Self.page)) == expected)
        // The marker is Roam's own: it is read whatever the file is named.
        #expect(LogseqTests.summary(parse(input, path: "2026-11-30.md")) == expected)
    }

    /// `#[[two or more words]]`, Roam's tag of several words, is a tag on a day's page, as in a
    /// Logseq graph; elsewhere, a link (TagTests).
    @Test func tagsInBracketsOnADaysPage() {
        let text = "- #[[KAP session]] number 3\n- Feelings\n    - #[[deep grief]] and some relief\n"
        let entry = parse(text, path: Self.page)
        #expect(entry.themes == ["deep grief", "kap session"])
        // Before, the feeling was `#deep grief and some relief`, of no family.
        #expect(entry.emotionSummary == ["grief/sadness", "relief/calm"])
        #expect(parse(text, path: "2026-11-30.md").themes == [])
    }

    /// A day's page is named `MMMM Do, YYYY`; other names are not one.
    static let names: [(String, Bool)] = [
        ("November 30th, 2026.md", true),
        ("roam/December 1st, 2026.md", true),
        ("May 2nd, 2025.md", true),
        ("November 30, 2026.md", false),
        ("2026-11-30.md", false),
        ("Integration notes.md", false),
    ]

    @Test(arguments: names)
    func daysPages(_ path: String, _ expected: Bool) {
        #expect(Roam.isDailyPage(path) == expected)
    }
}
