import Testing
import TendCore
@testable import TendRender

/// Each listing through each printer, on rows made by hand (the goldens of TendIndexTests and
/// TendCLITests run the same printers on fixture vaults).
@Suite("Listing printers")
struct ListingPrinterTests {
    static func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    func printed(_ listing: some Listing, _ format: ListingFormat) -> String {
        var out = ""
        format.printer(writingTo: { out += $0 }).print(listing)
        return out
    }

    static let themes = ThemeListing([
        ThemeSummary(name: "father", entries: 12, sessions: [1, 2, 3, 5], firstSeen: day("2026-08-30"),
                     lastSeen: day("2026-10-12"), recent: 6, previous: 2),
        ThemeSummary(name: "trust", entries: 3, sessions: [], firstSeen: day("2026-09-01"),
                     lastSeen: day("2026-09-20"), recent: 0, previous: 3),
    ])

    @Test("themes", arguments: [
        (ListingFormat.text, """
            theme   entries  sessions  first seen  last seen   trend
            father       12  1–3, 5    2026-08-30  2026-10-12  rising
            trust         3  –         2026-09-01  2026-09-20  fading

            """),
        (.jsonl, """
            {"theme":"father","entries":12,"sessions":[1,2,3,5],"firstSeen":"2026-08-30","lastSeen":"2026-10-12","last4Weeks":6,"previous4Weeks":2,"trend":"rising"}
            {"theme":"trust","entries":3,"sessions":[],"firstSeen":"2026-09-01","lastSeen":"2026-09-20","last4Weeks":0,"previous4Weeks":3,"trend":"fading"}

            """),
        (.json, """
            [
              {
                "theme": "father",
                "entries": 12,
                "sessions": [
                  1,
                  2,
                  3,
                  5
                ],
                "firstSeen": "2026-08-30",
                "lastSeen": "2026-10-12",
                "last4Weeks": 6,
                "previous4Weeks": 2,
                "trend": "rising"
              },
              {
                "theme": "trust",
                "entries": 3,
                "sessions": [],
                "firstSeen": "2026-09-01",
                "lastSeen": "2026-09-20",
                "last4Weeks": 0,
                "previous4Weeks": 3,
                "trend": "fading"
              }
            ]

            """),
    ])
    func themes(_ format: ListingFormat, _ expected: String) {
        #expect(printed(Self.themes, format) == expected)
    }

    /// A terminal draws Han, kana, Hangul and emoji two columns wide: a theme written in them
    /// keeps the columns after it in line. The cases follow Unicode's East Asian Width (UAX #11:
    /// `日記`, `한국어`, `かな` and fullwidth `ＡＢ` are W or F; halfwidth `ｶﾅ` is H) and emoji
    /// presentation (`🌱`, and `❤️` with its selector U+FE0F).
    @Test("table cells are padded to the columns a terminal gives them", arguments: [
        ("日記", 4), ("한국어", 6), ("かな", 4), ("ｶﾅ", 2), ("ＡＢ", 4), ("café", 4), ("cafe\u{301}", 4), ("🌱", 2), ("❤️", 2),
        ("grief/father", 12), ("–", 1), ("", 0),
    ])
    func columns(_ text: String, _ expected: Int) {
        #expect(Table.columns(text) == expected)
    }

    @Test("a table with a theme in Han keeps its columns in line")
    func wideTable() {
        #expect(Table.render([["日記", "1"], ["trust", "12"], ["🌱grow", "3"]], rightAligned: [1]) == "日記     1\ntrust   12\n🌱grow   3\n")
    }

    static let emotions = EmotionListing([
        EmotionPeriod(week: Week(containing: day("2026-11-04")), start: day("2026-11-02"), end: day("2026-11-08"), families: [
            .init(total: .init(name: "sadness", count: 3, meanIntensity: 19.0 / 3),
                  names: [.init(name: "grief", count: 2, meanIntensity: 6.5), .init(name: "sorrow", count: 1, meanIntensity: nil)]),
        ]),
        EmotionPeriod(week: Week(containing: day("2026-11-04"), weekStart: 7), start: day("2026-11-01"), end: day("2026-11-07")),
        EmotionPeriod(session: 2, start: day("2026-10-04"), end: nil),
        EmotionPeriod(session: nil, start: nil, end: nil),
    ])

    @Test("emotions", arguments: [
        (ListingFormat.text, """
            2026-W45 · 2026-11-02 → 2026-11-08
              sadness  3  mean 6.3  grief 2 (6.5), sorrow 1

            week of 2026-11-01 · 2026-11-01 → 2026-11-07

            Session 2 · 2026-10-04 → 2026-10-04

            Before the first session

            """),
        (.jsonl, """
            {"period":"2026-W45","session":null,"start":"2026-11-02","end":"2026-11-08","families":[{"family":"sadness","count":3,"meanIntensity":6.3,"names":[{"name":"grief","count":2,"meanIntensity":6.5},{"name":"sorrow","count":1,"meanIntensity":null}]}]}
            {"period":"week of 2026-11-01","session":null,"start":"2026-11-01","end":"2026-11-07","families":[]}
            {"period":"Session 2","session":2,"start":"2026-10-04","end":null,"families":[]}
            {"period":"Before the first session","session":null,"start":null,"end":null,"families":[]}

            """),
    ])
    func emotions(_ format: ListingFormat, _ expected: String) {
        #expect(printed(Self.emotions, format) == expected)
    }

    static let actions: [ActionRecord] = {
        var late = ActionRecord(text: "call my sister", status: .open, due: day("2026-11-01"), path: "2026/a.md",
                                line: 12, column: 3, session: 2, date: day("2026-10-20"))
        late.details.priority = .high
        late.details.recurrence = "every week"
        late.details.fields = ["who": "Jess"]
        let done = ActionRecord(text: "walk", status: .done, done: day("2026-10-21"), path: "2026/b.md",
                                line: 4, column: 1)
        return [late, done]
    }()

    func actions(_ rows: [ActionRecord], _ selection: ActionSelection) -> ActionListing {
        ActionListing(rows, selection: selection, today: Self.day("2026-11-05"), display: { "../" + $0 })
    }

    @Test("actions")
    func actionsInEachFormat() {
        #expect(printed(actions(Self.actions, .all), .text) == """
            ../2026/a.md:12:3: [ ] call my sister · due 2026-11-01 (overdue) · high priority · repeats every week · session 2
            ../2026/b.md:4:1: [x] walk · done 2026-10-21

            """)
        #expect(printed(actions(Self.actions, .all), .jsonl) == """
            {"text":"call my sister","status":"open","due":"2026-11-01","done":null,"scheduled":null,"start":null,"created":null,"cancelled":null,"priority":"high","recurrence":"every week","id":null,"dependsOn":[],"onCompletion":null,"fields":{"who":"Jess"},"overdue":true,"path":"2026/a.md","line":12,"column":3,"session":2,"date":"2026-10-20"}
            {"text":"walk","status":"done","due":null,"done":"2026-10-21","scheduled":null,"start":null,"created":null,"cancelled":null,"priority":null,"recurrence":null,"id":null,"dependsOn":[],"onCompletion":null,"fields":{},"overdue":false,"path":"2026/b.md","line":4,"column":1,"session":null,"date":null}

            """)
    }

    /// An empty listing: a sentence for a person (which says what to write), an empty array,
    /// no line at all.
    @Test("nothing to list", arguments: [
        (ListingFormat.text, "No themes yet. Tags like #trust or #theme/family in your entries become themes.\n"),
        (.json, "[]\n"),
        (.jsonl, ""),
    ])
    func nothing(_ format: ListingFormat, _ expected: String) {
        #expect(printed(ThemeListing([]), format) == expected)
    }

    @Test("no action items, by selection", arguments: [
        (ActionSelection.open, "No open action items. Small next steps can go in a list with - [ ] in any entry.\n"),
        (.done, "No action items are marked done yet.\n"),
        (.overdue, "Nothing is overdue.\n"),
        (.all, "No action items yet. Small next steps can go in a list with - [ ] in any entry.\n"),
    ])
    func noActions(_ selection: ActionSelection, _ expected: String) {
        #expect(printed(actions([], selection), .text) == expected)
    }

    /// The export writes entries only as JSON; `fields` and `metrics` keep their keys sorted.
    @Test func exportLines() {
        var entry = Entry(path: "2026/11/03.md")
        entry.date = Self.day("2026-11-03")
        entry.minutes = 9 * 60 + 5
        entry.type = .journey
        entry.title = "A \"quiet\" day"
        entry.metrics = ["sleep": 6.5, "mood": 6]
        entry.themes = ["father"]
        var out = ""
        JSONLinesPrinter(write: { out += $0 }).print(json: EntryExport([entry]))
        #expect(out == #"""
            {"path":"2026/11/03.md","date":"2026-11-03","time":"09:05","type":"journey","session":null,"title":"A \"quiet\" day","intentions":[],"fields":{},"metrics":{"mood":6,"sleep":6.5},"themes":["father"],"insights":[],"emotions":[],"actions":[],"practices":[],"gratitude":[],"questions":[],"problems":[]}

            """#)
    }
}

/// The export hands its entries to the printers a batch at a time: the text must be the same
/// as one listing of them all, however the batches fall.
@Suite("Printing in batches")
struct BatchPrintingTests {
    static let entries: [Entry] = (1...3).map { n in
        var entry = Entry(path: "2026/11/0\(n).md")
        entry.date = LocalDate(parsing: "2026-11-0\(n)")
        entry.title = "Day \(n)"
        entry.themes = n == 2 ? ["father", "grief"] : []
        return entry
    }

    @Test("the same text as one listing", arguments: [
        // how the three entries are cut into batches
        [[Int]](), [[]], [[0, 1, 2]], [[0], [1], [2]], [[0, 1], [], [2]], [[], [0], [1, 2], []],
    ])
    func sameAsOneListing(cuts: [[Int]]) throws {
        let all = cuts.flatMap { $0 }.map { Self.entries[$0] }
        for format in [ListingFormat.json, .jsonl] {
            var whole = "", batched = ""
            let one: any JSONListingPrinter = format == .json ? JSONPrinter(write: { whole += $0 }) : JSONLinesPrinter(write: { whole += $0 })
            one.print(json: EntryExport(all))
            let many: any JSONListingPrinter = format == .json ? JSONPrinter(write: { batched += $0 }) : JSONLinesPrinter(write: { batched += $0 })
            try many.print(batches: { write in
                for cut in cuts { write(EntryExport(cut.map { Self.entries[$0] })) }
            })
            #expect(batched == whole, "\(format)")
        }
    }
}
