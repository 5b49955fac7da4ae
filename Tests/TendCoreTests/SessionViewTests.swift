import Testing
import TendCore

/// The computations behind the session brief, `tend sessions` and `tend share`, each on a small
/// journal written out by hand.
struct JourneyMetricTests {
    static let journey = day("2026-10-05")

    /// Mood values by days since the journey.
    static func values(_ byDay: [(Int, Double)]) -> [MetricValue] {
        byDay.map { MetricValue(date: journey.adding(days: $0.0), path: "d\($0.0).md", name: "mood", value: $0.1) }
    }

    // Cases: values by days since journey -> mean before, means of days 1–3, 4–7, 8–14, back-to-baseline day.
    @Test(arguments: [
        // A lift that fades: before 4, back at or below 4 on day 9.
        ([(-3, 4.0), (-1, 4.0), (1, 7.0), (2, 7.0), (5, 6.0), (9, 4.0), (12, 5.0)], 4.0, [7.0, 6.0, 4.5], 9),
        // Still above the level after two weeks: not back.
        ([(-2, 3.0), (1, 6.0), (6, 5.0), (14, 4.0)], 3.0, [6.0, 5.0, 4.0], nil),
        // No value before the journey: no level to come back to.
        ([(1, 6.0), (2, 5.0)], nil, [5.5, nil, nil], nil),
        // Missing days are skipped, never counted as zero.
        ([(-7, 5.0), (-6, 6.0), (3, 8.0), (10, 5.5)], 5.5, [8.0, nil, 5.5], 10),
        // Days beyond the windows (day 0, day −8, day 15) belong to none.
        ([(-8, 1.0), (0, 9.0), (-1, 5.0), (2, 7.0), (15, 1.0)], 5.0, [7.0, nil, nil], nil),
        // Lower after the journey (as anxiety often is): back when it is at or above the level again.
        ([(-1, 6.0), (1, 3.0), (4, 4.0), (8, 6.0)], 6.0, [3.0, 4.0, 6.0], 8),
    ] as [([(Int, Double)], Double?, [Double?], Int?)])
    func windowsAndBackToBaseline(byDay: [(Int, Double)], before: Double?, after: [Double?], back: Int?) {
        let m = JourneyMetric(name: "mood", journey: Self.journey, next: nil, values: Self.values(byDay), windows: MetricWindows())
        #expect(m.before.mean == before)
        #expect(m.after.map(\.mean) == after)
        #expect(m.backToBaseline == back)
    }

    @Test func windowsStopOnTheDayBeforeTheNextJourney() {
        let values = Self.values([(-1, 4), (2, 7), (5, 6), (6, 3), (9, 3)])
        let m = JourneyMetric(name: "mood", journey: Self.journey, next: Self.journey.adding(days: 6), values: values,
                              windows: MetricWindows())
        #expect(m.after.map(\.mean) == [7, 6, nil])
        #expect(m.after.map(\.count) == [1, 1, 0])
        #expect(m.backToBaseline == nil)
        #expect(m.byDay == [-1: 4, 2: 7, 5: 6])
    }

    @Test func configuredWindows() {
        let values = Self.values([(-2, 4), (-1, 6), (1, 8), (2, 6), (3, 5)])
        let windows = MetricWindows(beforeDays: 1, after: [1...1, 2...3])
        let m = JourneyMetric(name: "mood", journey: Self.journey, next: nil, values: values, windows: windows)
        #expect(m.before.mean == 6)
        #expect(m.after.map(\.mean) == [8, 5.5])
        #expect(m.backToBaseline == 2)
    }

    @Test(arguments: [("phq9", 0.0...27.0), ("PHQ-9", 0.0...27.0), ("gad7", 0.0...21.0), ("gad_7", 0.0...21.0)] as [(String, ClosedRange<Double>)])
    func knownScales(name: String, range: ClosedRange<Double>) {
        #expect(MetricScale.range(of: name) == range)
    }

    @Test func unknownScalesHaveNoRange() {
        #expect(MetricScale.range(of: "mood") == nil)
    }

    @Test func moodBeforeAndAfterPairs() {
        let d = day("2026-10-05")
        let values = [("mood_before", 4.0), ("mood_after", 7.0), ("anxiety_before", 6.0), ("sleep", 8.0)]
            .map { MetricValue(date: d, path: "j.md", name: $0.0, value: $0.1) }
        #expect(MetricPair.pairs(in: values) == [MetricPair(name: "mood", before: 4, after: 7)])
    }

    /// Mood's pair first, then by name: the page `tend share` writes said anxiety's first (the
    /// gap hunt of 2026-12-03's evening).
    @Test func moodsPairComesFirst() {
        let d = day("2026-10-05")
        let values = [("anxiety_before", 7.0), ("anxiety_after", 3.0), ("mood_before", 4.0), ("mood_after", 7.0), ("calm_before", 2.0), ("calm_after", 6.0)]
            .map { MetricValue(date: d, path: "j.md", name: $0.0, value: $0.1) }
        #expect(MetricPair.pairs(in: values).map(\.name) == ["mood", "anxiety", "calm"])
    }
}

struct FollowThroughTests {
    static let insightDay = "2026-10-10"

    // Cases: the insight's entry (themes, steps), a later entry (days after, themes, step) -> followed?
    @Test(arguments: [
        // A step in the same entry follows it, whatever its theme.
        ([], [action("call a friend")], nil, true),
        // A cancelled or empty step does not.
        ([], [action("call a friend", .cancelled), action("")], nil, false),
        // A later step sharing a theme through its entry's themes, within 14 days.
        (["rest"], [], (3, ["rest"], action("book a quiet weekend")), true),
        // …or through the step's own tag.
        (["rest"], [], (14, [], action("nap on Sunday", tags: ["rest"])), true),
        // Day 15 is too late.
        (["rest"], [], (15, ["rest"], action("book a quiet weekend")), false),
        // A later step with no shared theme does not count.
        (["rest"], [], (2, ["work"], action("send the report")), false),
        // With no themes, only a step in the same entry counts.
        ([], [], (1, [], action("anything")), false),
        // A step done already still counts as a first step.
        (["family"], [], (5, ["family"], action("called my sister", .done)), true),
    ] as [([String], [ActionItem], (Int, [String], ActionItem)?, Bool)])
    func rule(themes: [String], steps: [ActionItem], later: (Int, [String], ActionItem)?, followed: Bool) throws {
        let e = try #require(DatedEntry(entry(Self.insightDay, themes: themes, actions: steps, insights: ["I can rest"])))
        let others = (later.map { [entry(day(Self.insightDay).adding(days: $0.0).description, "later", themes: $0.1, actions: [$0.2])] } ?? []).dated
        #expect(FollowThrough.isFollowed(insightOf: e, later: others) == followed)
        #expect(FollowThrough.waiting(in: [e], later: others).count == (followed ? 0 : 1))
    }
}

struct PrivacyTests {
    // Cases: front matter `private`, themes, configured tag -> private?
    @Test(arguments: [
        (FieldValue?.some(.bool(true)), [String](), "#private", true),
        (.some(.string("yes")), [], "#private", true),
        (.some(.bool(false)), [], "#private", false),
        (.none, ["private"], "#private", true),
        (.none, ["private/family"], "#private", true),
        (.none, ["privateish"], "#private", false),
        (.none, ["secret"], "secret", true),
        (.none, ["private"], "#secret", false),
        (.none, [], "#private", false),
    ] as [(FieldValue?, [String], String, Bool)])
    func rule(flag: FieldValue?, themes: [String], tag: String, isPrivate: Bool) {
        var e = entry("2026-10-26", themes: themes)
        if let flag { e.fields["Private"] = flag }
        #expect(PrivacyRule(tag: tag).isPrivate(e) == isPrivate)
    }

    @Test func nothingFromAPrivateEntryReachesTheSharedSummary() throws {
        var secret = entry("2026-10-26", "secret", mood: 1, emotions: [("shame", "shame")], actions: [action("hidden step")],
                           insights: ["hidden insight"])
        secret.fields["private"] = .bool(true)
        let tagged = entry("2026-10-27", "tagged", mood: 2, themes: ["private"], insights: ["tagged insight"])
        let open = entry("2026-10-28", "open", mood: 6, insights: ["shared insight"])
        let store = InMemoryJournal(entries: [secret, tagged, open])
        let share = try #require(try ShareSummary(scope: .days(DayRange(day("2026-10-20"), day("2026-10-31"))), store: store,
                                                  today: day("2026-11-01"), withText: true))
        #expect(share.summary.insights.map(\.text) == ["shared insight"])
        #expect(share.summary.entries.map(\.title) == ["open"])
        #expect(share.summary.emotions.total == 0)
        #expect(share.summary.steps.opened.isEmpty)
        #expect(share.summary.metrics.map(\.mean) == [6])
        #expect(share.texts.isEmpty)  // the open entry has no text of its own
    }
}

struct SessionBriefTests {
    static let entries = [
        entry("2026-10-01", mood: 4, themes: ["fear"]),
        entry("2026-10-05", "journey", time: "10:00", type: .journey, themes: ["fear", "family"], insights: ["the fear is young"],
              intention: "meet the fear"),
        entry("2026-10-07", "integration", time: "16:00", type: .integration, mood: 7, themes: ["family"],
              actions: [action("call my sister", tags: ["family"]), action("book", .done, done: "2026-10-08")]),
        entry("2026-10-10", mood: 5, themes: ["rest"], practices: ["breathwork"], gratitude: 2, insights: ["I can rest"]),
        entry("2026-10-12", mood: 3, practices: ["breathwork"]),
        entry("2026-10-20", "journey 2", type: .journey, intention: "let the body lead"),
        entry("2026-10-21", mood: 6),
    ]

    func brief(_ session: Int?, today: String = "2026-11-01") throws -> SessionBrief? {
        try SessionBrief(session: session, store: InMemoryJournal(entries: Self.entries), today: day(today))
    }

    @Test func runsFromTheJourneyToTheDayBeforeTheNext() throws {
        let b = try #require(try brief(1))
        #expect(b.summary.period == DayRange(day("2026-10-05"), day("2026-10-19")))
        #expect(b.nextJourney == 2)
        #expect(b.journey.window == .kept)
        #expect(b.journey.hoursAfter == 54)
        #expect(b.summary.entries.count == 4)
        #expect(b.summary.insights.map(\.text) == ["the fear is young", "I can rest"])
        // The journey's insight is followed by "call my sister" (#family); "I can rest" is not.
        #expect(b.summary.waiting.map(\.text) == ["I can rest"])
        #expect(b.summary.steps.opened.count == 2)
        #expect(b.summary.steps.completed.map(\.text) == ["book"])
        #expect(b.summary.steps.stillOpen.map(\.text) == ["call my sister"])
        #expect(b.summary.practices == [PracticeDays(name: "breathwork", days: 2, outOf: 15, minutes: 20)])
        #expect(b.summary.gratitude.count == 2)
        #expect(b.recurringThemes.map(\.name) == ["fear"])
        #expect(b.newThemes.map(\.name).sorted() == ["family", "rest"])
        let mood = try #require(b.windows.first)
        #expect(mood.before.mean == 4)
        #expect(mood.after.map(\.mean) == [7, 4, nil])
        #expect(mood.backToBaseline == 7)
        #expect(b.toBring.contains("“I can rest”: what might a first small step look like?"))
    }

    @Test func latestRunsToToday() throws {
        let b = try #require(try brief(nil))
        #expect(b.journey.number == 2)
        #expect(b.nextJourney == nil)
        #expect(b.summary.period == DayRange(day("2026-10-20"), day("2026-11-01")))
        #expect(b.journey.window == .missed)
    }

    @Test func anUnknownJourneyHasNoBrief() throws {
        #expect(try brief(9) == nil)
        #expect(try SessionBrief(session: nil, store: InMemoryJournal(entries: []), today: day("2026-11-01")) == nil)
    }
}

/// What the weekly review and the plan gained with the session view.
struct GentlerCountsTests {
    @Test func theWeeklyReviewListsGratitudeItemsAndWaitingInsights() throws {
        let entries = [
            entry("2026-11-02", themes: ["rest"], gratitude: 2, insights: ["rest is allowed"]),
            entry("2026-11-03", themes: ["work"], actions: [action("say no once")], insights: ["no is a full sentence"]),
            entry("2026-11-04", themes: ["body"], insights: ["my shoulders keep score"]),
            // Twelve days after the week's insight on the body: a step with the same theme follows it.
            entry("2026-11-16", "later", themes: ["body"], actions: [action("book a massage")]),
        ]
        let review = try Review(week: Week(parsing: "2026-W45")!, store: InMemoryJournal(entries: entries), today: day("2026-11-20"))
        #expect(review.gratitude.map(\.text) == ["thing 0", "thing 1"])
        #expect(review.gratitudeCount == 2)
        #expect(review.waiting.map(\.text) == ["rest is allowed"])
        #expect(review.showsStreaks == false)
    }

    @Test func thePlanListsTheLastFourWeeksWaitingInsights() throws {
        let entries = [
            entry("2026-10-01", insights: ["too old to list"]),
            entry("2026-11-10", themes: ["rest"], insights: ["rest is allowed"]),
            entry("2026-11-12", actions: [action("a step")], insights: ["followed"]),
        ]
        let plan = try Plan(store: InMemoryJournal(entries: entries), configuration: Configuration(), today: day("2026-11-20"))
        #expect(plan.waiting.map(\.text) == ["rest is allowed"])
    }

    // Cases: configuration text -> streaks, private tag, windows before / after.
    @Test(arguments: [
        ("", false, "private", 7, [1...3, 4...7, 8...14]),
        ("streaks: true\nprivate_tag: \"#secret\"", true, "secret", 7, [1...3, 4...7, 8...14]),
        ("session_windows:\n  before: 5\n  after: [\"1-2\", \"3-10\"]", false, "private", 5, [1...2, 3...10]),
        ("session_windows:\n  after: [\"1\", \"2-3\"]", false, "private", 7, [1...1, 2...3]),
    ] as [(String, Bool, String, Int, [ClosedRange<Int>])])
    func configuration(yaml: String, streaks: Bool, tag: String, before: Int, after: [ClosedRange<Int>]) {
        let (c, problems) = Configuration.read(yaml: yaml)
        #expect(problems.isEmpty)
        #expect(c.streaks == streaks)
        #expect(c.privacy.tag == tag)
        #expect(c.metricWindows.beforeDays == before)
        #expect(c.metricWindows.after == after)
    }

    @Test(arguments: ["streaks: maybe", "session_windows:\n  after: [\"3-1\"]", "session_windows: 7"])
    func aBadKeyIsAProblemAndKeepsItsDefault(yaml: String) {
        let (c, problems) = Configuration.read(yaml: yaml)
        #expect(problems.count == 1)
        #expect(c == Configuration())
    }
}

struct SessionsOverviewTests {
    @Test func oneRowPerJourneyWithItsWindowPairsAndScales() throws {
        var first = entry("2026-10-05", "journey", time: "10:00", type: .journey, intention: "meet the fear")
        first.metrics = ["mood_before": 4, "mood_after": 7]
        let entries = [
            entry("2026-09-28", mood: 4, metrics: ["phq9": 14]),
            first,
            entry("2026-10-06", mood: 7),
            entry("2026-10-07", "integration", time: "16:00", type: .integration, mood: 6),
            entry("2026-10-12", mood: 4, metrics: ["phq9": 11]),
            entry("2026-10-20", "journey 2", type: .journey),
            entry("2026-11-01", mood: 5, metrics: ["phq9": 9]),
        ]
        let o = try SessionsOverview(store: InMemoryJournal(entries: entries), today: day("2026-11-02"))
        #expect(o.rows.map(\.journey.number) == [1, 2])
        #expect(o.rows.map(\.journey.window) == [.kept, .missed])
        #expect(o.rows[0].journey.hoursAfter == 54)
        #expect(o.rows.map(\.metric.before.mean) == [4, nil])
        #expect(o.rows[0].metric.after.map(\.mean) == [6.5, 4, nil])
        #expect(o.rows[0].metric.backToBaseline == 7)
        #expect(o.rows[1].metric.after.map(\.mean) == [nil, nil, 5])
        #expect(o.rows[0].pairs == [MetricPair(name: "mood", before: 4, after: 7)])
        #expect(o.chartSessions == [1, 2])
        #expect(o.scales.count == 1)
        #expect(o.scales[0].range == 0...27)
        #expect(o.scales[0].first.value == 14)
        #expect(o.scales[0].latest.value == 9)
        #expect(o.scales[0].change == -5)
    }

    /// Regression: `tend sessions --metric moood` (a metric never written) printed a table of
    /// dashes and nothing else; the overview now knows no journey has a value of it.
    @Test(arguments: [("mood", true), ("phq9", true), ("moood", false), ("anxiety", false)])
    func knowsWhetherTheMetricWasWritten(metric: String, written: Bool) throws {
        let entries = [
            entry("2026-09-28", mood: 4, metrics: ["phq9": 14]),
            entry("2026-10-05", "journey", type: .journey),
            entry("2026-10-06", mood: 7, metrics: ["phq9": 11]),
        ]
        let o = try SessionsOverview(metric: metric, store: InMemoryJournal(entries: entries), today: day("2026-11-02"))
        #expect(o.hasValues == written)
    }

    @Test func aShareWithNoJourneyCoversTheLastFourWeeks() throws {
        let store = InMemoryJournal(entries: [entry("2026-10-01", insights: ["too early"]), entry("2026-11-01", insights: ["recent"])])
        let share = try #require(try ShareSummary(scope: .session(nil), store: store, today: day("2026-11-20")))
        #expect(share.period == DayRange(day("2026-10-24"), day("2026-11-20")))
        #expect(share.summary.insights.map(\.text) == ["recent"])
        #expect(try ShareSummary(scope: .session(3), store: store, today: day("2026-11-20")) == nil)
    }
}
