import Testing
@testable import TendCore

/// Obsidian's own syntax: `%% comments %%`, callouts, and `[[wikilinks]]` in item text
/// (Obsidian Help, "Basic formatting syntax" › Comments, "Callouts", "Internal links").
struct ObsidianConventionsTests {
    /// What is read of a text with comments: the insights found, and the themes.
    static let comments: [(String, [String], [String])] = [
        ("## Insights\n- kept %%not this #secret%% and this", ["kept and this"], []),
        ("## Insights\n- kept\n%%\n- hidden #secret\n%%\n- kept too", ["kept", "kept too"], []),
        ("%% a draft #secret\nnever closed\n\n- [ ] hidden", [], []),
        ("## Insights\n- `%%code%%` stays #open", ["`%%code%%` stays #open"], ["open"]),
        ("```\n%%\n```\n## Insights\n- after a fence #open", ["after a fence #open"], ["open"]),
        ("#open %%#secret%% #also", [], ["also", "open"]),
    ]

    @Test(arguments: comments)
    func commentsAreNotRead(_ input: String, _ insights: [String], _ themes: [String]) {
        let entry = parse(input)
        #expect(entry.insightTexts == insights)
        #expect(entry.themes == themes)
        #expect(!entry.text.contains("secret"))
    }

    @Test func placesAfterACommentAreKept() {
        // One space a character: the ü and ✅ (several bytes each) still count one column each.
        #expect(ObsidianComments.blanking("a%%é✅%%b") == "a      b")
        let entry = parse("## Insights\n- a %%ü✅%% b #open\n- %%note%% kept")
        #expect(entry.insightTexts == ["a b #open", "kept"])
        #expect(entry.insights.map(\.source.column) == [3, 4])
        // Where a comment opens the line its characters are dropped, not blanked: no code block.
        #expect(ObsidianComments.blanking("- %%note%% kept") == "-  kept")
    }

    /// Callouts: what each kind of item reads as, `kind: text`.
    static let callouts: [(String, [String])] = [
        ("> [!todo]\n> - [ ] call my sister", ["action: call my sister"]),
        ("> [!todo]\n> - plain item is a step", ["action: plain item is a step"]),
        ("> [!tip] Insight\n> I can ask for help.", ["insight: I can ask for help."]),
        ("> [!tip] Insights\n> - one\n> - two", ["insight: one", "insight: two"]),
        ("> [!quote] Intention\n> To meet my grief gently.", ["intention: To meet my grief gently."]),
        ("> [!note]- Gratitude\n> - the sea", ["gratitude: the sea"]),
        ("> [!note]+ Emotions\n> - grief (7)", ["emotion: grief 7"]),
        ("> [!note]\n> - not a section", []),
        ("> [!note] Morning\n> - [ ] a task in any callout", ["action: a task in any callout"]),
        ("## Insights\n> [!todo]\n> - a step, not an insight\n\n- an insight again", ["action: a step, not an insight", "insight: an insight again"]),
        ("> [!abstract] Insight\n> > [!todo]\n> > - nested step\n> - outer insight", ["action: nested step", "insight: outer insight"]),
        ("> just a quote\n> - [ ] still a task", ["action: still a task"]),
        // A callout of its title alone, whose type names a section and whose title names none:
        // the title is its item (since parser version 61, a gap hunt's callout journal; it was a
        // label with nothing under it). With anything under it, the title stays a label.
        ("> [!insight] The fear is old\n\n> [!todo] Call Dana\n\n> [!intention] Meet the grief", ["intention: Meet the grief", "insight: The fear is old", "action: Call Dana"]),
        ("> [!todo] This week\n> - [ ] call Dana", ["action: call Dana"]),
        // obsidian-tasks' Tasks-Demo vault, Manual Testing/Smoke Testing the Tasks Plugin.md: a
        // callout over a query is no step.
        ("> [!Todo] Remaining groups of tests\n>\n> ```tasks\n> not done\n> ```", []),
        ("> [!insight] The fear is old\n> It came back when I saw him.", ["insight: It came back when I saw him."]),
        ("> [!todo] This week\n> > [!tip] Insight\n> > rest", ["insight: rest"]),
        ("> [!note] A title\n\n> [!tip] Insight", []),
    ]

    @Test(arguments: callouts)
    func calloutSections(_ input: String, _ expected: [String]) {
        let entry = parse(input)
        var found = entry.actions.map { ("action: " + $0.text, $0.source.line) }
        found += entry.insights.map { ("insight: " + $0.text, $0.source.line) }
        found += entry.intentions.map { ("intention: " + $0, 0) }
        found += entry.gratitude.map { ("gratitude: " + $0.text, $0.source.line) }
        found += entry.emotionSummary.map { ("emotion: " + $0.replacing("/sadness", with: ""), 0) }
        #expect(found.sorted { $0.1 < $1.1 }.map(\.0) == expected)
    }

    @Test func aCalloutsItemsReportItsTitle() {
        #expect(parse("> [!tip] Insight\n> rest is allowed").insights.first?.source.heading == "Insight")
    }

    /// Wikilinks in item text, as Obsidian shows them.
    static let links: [(String, String)] = [
        ("- [ ] call [[Mum]]", "call Mum"),
        ("- [ ] ask [[Dr Lee|my therapist]] about it", "ask my therapist about it"),
        ("- [ ] reread [[Journey 3#Insights]]", "reread Journey 3 > Insights"),
        ("- [ ] see [[#Plan]]", "see Plan"),
        ("- [ ] read [the guide](https://example.org/guide)", "read the guide"),
        ("- [ ] keep ![[photo.png]] as it is", "keep ![[photo.png]] as it is"),
    ]

    @Test(arguments: links)
    func linkWords(_ input: String, _ expected: String) {
        #expect(parse(input).actions.first?.text == expected)
    }

    /// Feelings linked to their own pages, in the body and in Obsidian's properties (which
    /// must quote a link: `"[[Anxiety]]"`), as the gap hunt of 2026-12-03's afternoon wrote
    /// them. Until then none was read: `[[Anxiety]]` was no feeling's name, and the `/` of
    /// `[[Emotions/Joy|joy]]` split it as choices are split. (entry, feelings and intensities.)
    static let linkedFeelings: [(String, [String])] = [
        ("## Feelings\n- [[Sadness]] (6)\n- [[Emotions/Joy|joy]]\n- [[Emotions/Fear]]\n", ["sadness 6", "joy -", "fear -"]),
        ("---\nemotions:\n  - \"[[Anxiety]]\"\n  - \"[[Grief|grief]] (7)\"\n---\n", ["anxiety -", "grief 7"]),
        ("---\nfeelings: {\"[[Calm]]\": 6}\n---\n", ["calm 6"]),
        ("## Feelings\n- [x] [[Emotions/Relief]]\n- [ ] [[Anger]]\n", ["relief -"]),
        ("Feelings: [[Hope]], [[Emotions/Sadness|sad]]\n", ["hope -", "sadness -"]),
    ]

    @Test(arguments: linkedFeelings)
    func linkedFeeling(_ markdown: String, _ expected: [String]) {
        #expect(parse(markdown).emotions.map { "\($0.name) \($0.intensity.map(Review.number) ?? "-")" } == expected)
    }

    @Test func propertiesLinkedReadAsObsidianShowsThem() {
        let entry = parse("---\ngratitude: [\"[[Maya]]\", \"the [[Rain|rain]]\"]\nintention: \"[[Trust]] the process\"\n---\n")
        #expect(entry.gratitude.map(\.text) == ["Maya", "the rain"])
        #expect(entry.intentions == ["Trust the process"])
    }

    /// (text, the names of what its links link to).
    @Test(arguments: [("[[Emotions/Joy]]", "Joy"), ("[[Joy|glad]]", "glad"), ("[[Joy#Body]]", "Joy"), ("[[a/b/Calm]] and [[Hope]]", "Calm and Hope"),
                      ("![[img/Joy.png]]", "![[img/Joy.png]]"), ("no link", "no link")])
    func names(_ text: String, _ expected: String) {
        #expect(WikiLinks.names(text) == expected)
    }
}
