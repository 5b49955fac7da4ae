import Testing
@testable import TendCore

/// Dataview inline fields: each case is a line and the fields Dataview reads from it,
/// written `key=value` (`*` marks a full-line field).
struct DataviewFieldsTests {
    /// From obsidian-dataview `src/test/parse/parse.inline.test.ts` (test names in the comments).
    static let bracketed: [(String, [String])] = [
        ("", []),                                                          // Empty
        ("[]", []),                                                        // Empty Brackets
        ("()", []),                                                        // Empty Parenthesis
        ("[key:value]", []),                                               // Incorrect Brackets
        ("(key:value)", []),                                               // Incorrect Parenthesis
        ("[key::value]", ["key=value"]),                                   // Trivial Brackets
        ("(key::value)", ["key=value"]),                                   // Trivial Parenthesis
        ("[key:: value] and so thus, [key2:: value2]", ["key=value", "key2=value2"]), // Two Inline Fields
        ("[[[[hello:: 16]]", ["hello=16"]),                                // Nested Brackets
        ("This is some text. [key:: [value]]", ["key=[value]"]),           // Brackets In Value
        ("Hello? [key! :: \\[value]", ["key!=\\[value"]),                  // Escaped Brackets
        ("      - [ ] Huh! [p:: 1]", ["p=1"]),                             // Large Leading Whitespace
        ("[link:: <a href=\"Page\">Value</a>]", ["link=<a href=\"Page\">Value</a>"]), // Inline Inline With HTML: Link
        ("- [x] a completed task [completion:: 2021-02-21] foo bar", ["completion=2021-02-21"]), // Replace Annotation
        // The issue's own cases: emoji and non-ASCII keys, links in values.
        ("[🎯:: finish the letter]", ["🎯=finish the letter"]),
        ("(énergie:: basse)", ["énergie=basse"]),
        ("[with:: [[Dad|my father]]]", ["with=[[Dad|my father]]"]),
    ]

    @Test(arguments: bracketed)
    func bracketedFields(_ line: String, _ expected: [String]) {
        #expect(DataviewFields.fields(in: line).map(Self.summary) == expected)
    }

    /// Full-line fields (`extractFullLineField`) and the examples of obsidian-dataview
    /// `docs/docs/annotation/add-metadata.md` ("Inline Fields"), one line each.
    static let fullLine: [(String, [String])] = [
        ("Basic Field:: Some random Value", ["*Basic Field=Some random Value"]),
        ("**Bold Field**:: Nice!", ["*Bold Field=Nice!"]),
        ("I would rate this a [rating:: 9]! It was [mood:: acceptable].", ["rating=9", "mood=acceptable"]),
        ("Send an mail to David about the deadline [due:: 2022-04-05].", ["due=2022-04-05"]),
        ("This will not show the (longKeyIDontNeedWhenReading:: key).", ["longKeyIDontNeedWhenReading=key"]),
        ("Noël:: Un jeu de console", ["*Noël=Un jeu de console"]),
        ("クリスマス:: 家庭用ゲーム機", ["*クリスマス=家庭用ゲーム機"]),
        ("[🎅:: a console game]", ["🎅=a console game"]),
        ("[xmas🎄:: a console game]", ["xmas🎄=a console game"]),
        ("mood:: 6", ["*mood=6"]),
        ("🎯:: an emoji key needs brackets", []),
        ("Not a field: just a colon", []),
        ("a.b:: dots are not in keys", []),
        ("[key:: value] wins over mood:: 6", ["key=value"]),
    ]

    @Test(arguments: fullLine)
    func fullLineFields(_ line: String, _ expected: [String]) {
        #expect(DataviewFields.fields(in: line).map(Self.summary) == expected)
    }

    /// On a task, fields belong to the task: out of its text, kept on it, not the entry's metrics
    /// (obsidian-dataview `src/data-import/markdown-file.ts`: task fields stay on the task).
    static let onItems: [(String, String, [String: String], [String: Double])] = [
        ("- [ ] call my sister [energy:: 3] [place:: the lake]", "call my sister", ["energy": "3", "place": "the lake"], [:]),
        ("- [ ] walk (with:: [[Dad|my father]])", "walk", ["with": "[[Dad|my father]]"], [:]),
        ("- [ ] rest [due:: 2026-11-10]", "rest", [:], [:]),
        ("energy:: 7\n\n- [ ] rest", "rest", [:], ["energy": 7]),
        ("- mood:: 6\n- [ ] rest", "rest", [:], ["mood": 6]),
    ]

    @Test(arguments: onItems)
    func fieldsOnAStep(_ input: String, _ text: String, _ fields: [String: String], _ metrics: [String: Double]) {
        let entry = parse(input)
        #expect(entry.actions.first?.text == text)
        #expect(entry.actions.first?.details.fields == fields)
        #expect(entry.metrics == metrics)
    }

    /// An insight's or gratitude item's fields are its own too; a plain list item's are the entry's.
    @Test func fieldsOnInsightsAndGratitude() {
        let entry = parse("## Insights\n- rest is allowed [with:: [[Sam]]] [depth:: 4]\n## Gratitude\n- the sea (place:: Brighton)")
        #expect(entry.insights.map(\.text) == ["rest is allowed"])
        #expect(entry.insights.first?.fields == ["with": "[[Sam]]", "depth": "4"])
        #expect(entry.gratitude.first?.text == "the sea")
        #expect(entry.gratitude.first?.fields == ["place": "Brighton"])
        #expect(entry.metrics.isEmpty && entry.fields.isEmpty)
    }

    @Test func aDataviewDueDateIsTheStepsDueDate() {
        let entry = parse("- [x] rest [due:: 2026-11-10] [completion:: 2026-11-09]")
        #expect(entry.actionSummary == ["done: rest due 2026-11-10 done 2026-11-09"])
    }

    /// Regression: a step written with the vault format's unbracketed due date and no checkbox
    /// (`- write the letter due:: 2026-11-10` under *Action items*, or a `#action` paragraph) was
    /// read as one Dataview field named "write the letter due", and the step was lost.
    static let stepsWithAnUnbracketedDate: [(String, [String], [String: Double])] = [
        ("## Action items\n- write the letter to dad due:: 2026-11-10", ["open: write the letter to dad due 2026-11-10"], [:]),
        ("## Next steps\n- return the books done:: 2026-11-09", ["open: return the books done 2026-11-09"], [:]),
        ("Call the clinic due:: 2026-11-20 #action", ["open: Call the clinic due 2026-11-20"], [:]),
        ("Library book due:: 2026-11-20", [], [:]),
    ]

    @Test(arguments: stepsWithAnUnbracketedDate)
    func aStepWithAnUnbracketedDateIsAStep(_ input: String, _ steps: [String], _ metrics: [String: Double]) {
        let entry = parse(input)
        #expect(entry.actionSummary == steps)
        #expect(entry.metrics == metrics)
    }

    static func summary(_ f: DataviewField) -> String {
        (f.isWholeLine ? "*" : "") + f.key + "=" + f.value
    }
}
