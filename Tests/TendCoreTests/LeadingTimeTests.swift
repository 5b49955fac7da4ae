import Testing
@testable import TendCore

/// The time of day before an item is when it was written, not part of it (docs/vault-format.md,
/// "Items"). Forms from the gap hunt of 2026-12-03's afternoon (a log of the day under
/// *Feelings*, until then not one feeling read: `09:30 anxious (6)` was no feeling's name), the
/// Day Planner list in sessionsdev/obsidian-simple-day-planner's `examples/day-planner-example.md`
/// (`- [ ] 09:30 Setup for work`, `- 15:45 Walk`), and the Time Bullet plugin's `- [HH:MM]`.
struct LeadingTimeTests {
    /// (item text, the text without its time; nil: no time opens it).
    static let texts: [(String, String?)] = [
        ("09:30 anxious (6)", "anxious (6)"),
        ("9:30 calmer", "calmer"),
        ("14:05 — calmer", "calmer"),
        ("14:05: calmer", "calmer"),
        ("8:00 am the warm soup", "the warm soup"),
        ("8:00PM the warm soup", "the warm soup"),
        ("8:00 a.m. - the warm soup", "the warm soup"),
        ("[10:12] Rest is allowed.", "Rest is allowed."),
        ("(10:12) Rest is allowed.", "Rest is allowed."),
        ("09:30–10:00 walk", "walk"),
        ("9:30 - 10:15 am walk", "walk"),
        ("14:05:12 calmer", "calmer"),
        // Not a time of day, or nothing after it.
        ("09:30", nil),
        ("09:30 -", nil),
        ("1:1 with Sam helped", nil),
        ("3:2 ratio", nil),
        ("25:00 hours", nil),
        ("10 minutes of breathwork", nil),
        ("2026-11-03 was hard", nil),
        ("[10:12 Rest", nil),
        ("09:30anxious", nil),
        ("Rest is allowed.", nil),
    ]

    @Test(arguments: texts)
    func stripped(_ text: String, _ expected: String?) {
        #expect(LeadingTime.stripped(text) == expected)
    }

    @Test func aLogOfTheDayIsReadWithoutItsTimes() {
        let entry = parse("""
        ## Feelings
        - 09:30 anxious (6)
        - 14:05 calmer

        ## Insights
        - [10:12] Rest is allowed.

        ## Practices
        - 15:45 Walk
        - [x] 07:00 meditation 10 min

        ## Next steps
        - [ ] 09:30 Setup for work
        - 16:00 call the clinic
        """)
        #expect(entry.emotions.map(\.name) == ["anxiety", "calm"])
        #expect(entry.emotions.map(\.intensity) == [6, nil])
        #expect(entry.insightTexts == ["Rest is allowed."])
        #expect(entry.practices.map(\.name) == ["walk", "meditation"])
        #expect(entry.practices.map(\.minutes) == [nil, 10])
        // A step keeps its time: it may say when to do it.
        #expect(entry.actions.map(\.text) == ["09:30 Setup for work", "16:00 call the clinic"])
    }

    @Test func explainSaysTheTimeWasSetAside() {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "2026-11-03.md", bytes: Array("## Feelings\n- 09:30 anxious\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 2).map(\.rule) == ["'09:30' before it is when it was written, so it is set aside", "list item under \"Feelings\""])
    }
}
