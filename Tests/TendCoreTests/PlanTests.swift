import Testing
import TendCore

/// The integration plan's numbers and groups.
struct PlanTests {
    func plan(_ entries: [Entry], configuration: Configuration = Configuration(), today: String = "2026-11-22") throws -> Plan {
        try Plan(store: InMemoryJournal(entries: entries), configuration: configuration, today: day(today))
    }

    @Test func openActionsGroupedByTagThenFirstThemeThenOther() throws {
        let p = try plan([
            entry("2026-11-01", themes: ["work", "father"], actions: [
                action("call Dad's friend", due: "2026-11-30"), action("ask for Fridays off", tags: ["boundaries"]),
                action("done already", .done), action("dropped", .cancelled), action("halfway", .inProgress, due: "2026-11-25"),
            ]),
            entry("2026-11-02", actions: [action("no theme")]),
            entry("2026-11-30", themes: ["future"], actions: [action("written after today")]),
        ])
        #expect(p.actionGroups.map(\.theme) == ["boundaries", "father", "Other steps"])
        #expect(p.actionGroups[1].actions.map(\.text) == ["halfway", "call Dad's friend"])
        #expect(p.actionGroups.flatMap(\.actions).allSatisfy { $0.status.isStillToDo })
    }

    @Test func motivationFromConfigElseLatestField() throws {
        var config = Configuration()
        config.motivation = "To be present."
        #expect(try plan([], configuration: config).motivation == "To be present.")
        var a = entry("2026-11-01"), b = entry("2026-11-10")
        a.fields["motivation"] = .string("older")
        b.fields["Motivation"] = .string("newer")
        let p = try plan([a, b])
        #expect(p.motivation == "newer")
        #expect(p.motivationSource == "2026/11/2026-11-10.md")
        #expect(try plan([]).motivation == nil)
    }

    @Test func intentionsLatestJourneyFirst() throws {
        let p = try plan([
            entry("2026-10-01", "j1", type: .journey, intention: "first"),
            entry("2026-11-01", "j2", type: .journey, intention: "second"),
            entry("2026-12-01", "j3", type: .journey, intention: "not yet"),
        ])
        #expect(p.intentions.map(\.text) == ["second", "first"])
        #expect(p.intentions.map(\.session) == [2, 1])
    }

    @Test func practicesInTheLastFourWeeks() throws {
        let p = try plan([
            entry("2026-10-25", practices: ["yoga"]),  // 28 days back from 11-22 is 10-26: left out
            entry("2026-10-26", practices: ["yoga", "walk"]),
            entry("2026-11-20", practices: ["walk"]),
            entry("2026-11-20", "again", practices: ["walk"]),
            entry("2026-11-22", practices: ["walk"]),
        ])
        #expect(p.practices.map(\.name) == ["walk", "yoga"])
        #expect(p.practices.map(\.days) == [3, 1])
        #expect(p.practices[0].lastDone == day("2026-11-22"))
    }

    @Test func recurringThemesAndTheInsightsBehindThem() throws {
        let p = try plan([
            entry("2026-09-01", session: 1, themes: ["father"]),
            entry("2026-11-01", session: 2, themes: ["father"], insights: ["He was scared too."]),
            entry("2026-11-02", session: 2, themes: ["garden"], insights: ["Unrelated."]),
            entry("2026-11-03", session: 2, themes: ["work"]),
            entry("2026-11-04", session: 2, themes: ["work"]),
            entry("2026-11-05", session: 2, themes: ["work"], insights: ["Fridays matter."]),
        ])
        #expect(p.themes.map(\.name) == ["work", "father"])
        #expect(p.themes.map(\.count) == [3, 1])
        #expect(p.themes.map(\.sessions) == [1, 2])
        #expect(p.insights.map(\.text) == ["Fridays matter.", "He was scared too."])
    }

    @Test func supportComesFromTheConfiguration() throws {
        var config = Configuration()
        config.support = [("therapist", "Dr. Reyes"), ("group", "Tuesday circle")]
        #expect(try plan([], configuration: config).support == [SupportPerson(role: "therapist", who: "Dr. Reyes"),
                                                                SupportPerson(role: "group", who: "Tuesday circle")])
    }

    @Test("with none in the config, the people the entries name support the person, the latest first, each once")
    func supportFromTheEntries() throws {
        var a = entry("2026-11-01"), b = entry("2026-11-10"), c = entry("2026-11-12")
        a.fields["therapist"] = .string("Dr. Reyes")
        a.fields["guide"] = .string("Noor")
        b.fields["Therapist"] = .string("Sam")
        c.fields["therapist"] = .string("sam")
        c.fields["weather"] = .string("rain")
        #expect(try plan([a, b, c]).support == [SupportPerson(role: "therapist", who: "sam"),
                                                SupportPerson(role: "guide", who: "Noor"),
                                                SupportPerson(role: "therapist", who: "Dr. Reyes")])
        var config = Configuration()
        config.support = [("group", "Tuesday circle")]
        #expect(try plan([a, b, c], configuration: config).support == [SupportPerson(role: "group", who: "Tuesday circle")])
    }

    @Test("a Therapist: line at the top of an entry is kept, for the plan")
    func supportLineAtTheTop() {
        let parsed = parse("Date: 2026-11-23\nTherapist: Sam\nType: integration\n\nWe talked.\n", path: "notes.md")
        #expect(parsed.fields["Therapist"] == .string("Sam"))
        #expect(parsed.metrics.isEmpty)
    }
}

extension ActionStatus {
    var isStillToDo: Bool { self == .open || self == .inProgress }
}

/// What `tend new` fills in.
struct NewEntryTests {
    static let journeys = InMemoryJournal(entries: [
        entry("2026-10-01", "a", type: .journey, intention: "first"),
        entry("2026-11-01", "b", type: .journey, intention: "second"),
    ]).journeys()

    @Test(arguments: [
        // type, date, --session, session, previous journey, path
        (EntryType.journey, "2026-11-22", nil as Int?, 3 as Int?, 2 as Int?, "2026/11/2026-11-22 journey.md"),
        (.journey, "2026-11-01", nil, 3, 1, "2026/11/2026-11-01 journey.md"),
        (.integration, "2026-11-03", nil, 2, 2, "2026/11/2026-11-03 integration.md"),
        (.integration, "2026-10-15", nil, 1, 1, "2026/10/2026-10-15 integration.md"),
        (.integration, "2026-09-15", nil, nil, nil, "2026/09/2026-09-15 integration.md"),
        (.journal, "2026-11-03", nil, nil, 2, "2026/11/2026-11-03 journal.md"),
        (.journey, "2027-01-02", 7, 7, 2, "2027/01/2027-01-02 journey.md"),
    ])
    func fillsSessionAndPath(type: EntryType, date: String, given: Int?, session: Int?, previous: Int?, path: String) {
        let e = NewEntry(type: type, date: day(date), session: given, journeys: Self.journeys,
                         pattern: Configuration().entryPath)
        #expect(e.session == session)
        #expect(e.previousJourney?.number == previous)
        #expect(e.path == path)
    }

    @Test(arguments: [
        ("{year}/{month}/{date} {type}.md", "2026/11/2026-11-03 journal.md"),
        ("journal/{date}", "journal/2026-11-03.md"),
        ("/../../{year}/{day}-{type}.markdown", "2026/03-journal.markdown"),
    ])
    func entryPathPatterns(pattern: String, expected: String) {
        #expect(NewEntry.path(pattern: pattern, date: day("2026-11-03"), type: "journal") == expected)
    }
}
