import Testing
import TendCore

/// Every number of the weekly review, computed from entries written out by hand.
struct ReviewTests {
    static let w45 = Week(parsing: "2026-W45")!  // 2026-11-02 … 2026-11-08

    func review(_ entries: [Entry], week: Week = w45, today: String = "2026-12-01") throws -> Review {
        try Review(week: week, store: InMemoryJournal(entries: entries), today: day(today))
    }

    /// A pair's halves stand after their name, before then after (the gap hunt of 2026-12-03's
    /// evening: the table read `Mood`, `Anxiety_after`, `Anxiety_before`, `Mood_after`,
    /// `Mood_before`).
    @Test func aPairsHalvesStandInTheirOrder() throws {
        let r = try review([
            entry("2026-11-02", mood: 6, metrics: ["anxiety_after": 3, "anxiety_before": 7, "mood_after": 7, "mood_before": 4,
                                                   "sleep": 7]),
        ])
        #expect(r.metrics.map(\.name) == ["mood", "mood_before", "mood_after", "anxiety_before", "anxiety_after", "sleep"])
    }

    @Test func metricsMeanMinMaxAndChangeAgainstThePreviousWeek() throws {
        let r = try review([
            entry("2026-10-27", mood: 4, metrics: ["sleep": 6]),
            entry("2026-10-28", mood: 6),
            entry("2026-11-02", mood: 7, metrics: ["sleep": 8, "anxiety": 3]),
            entry("2026-11-04", mood: 5, metrics: ["anxiety": 5]),
            entry("2026-11-04", "second", mood: 3),
            entry("2026-11-09", mood: 10),
        ])
        #expect(r.metrics.map(\.name) == ["mood", "anxiety", "sleep"])
        let mood = r.metrics[0]
        #expect(mood.count == 3)
        #expect(mood.mean == 5)
        #expect(mood.min == 3)
        #expect(mood.max == 7)
        #expect(mood.previousMean == 5)
        #expect(mood.change == 0)
        #expect(r.metrics[1].previousMean == nil)
        #expect(r.metrics[1].change == nil)
        #expect(r.metrics[2].change == 2)
        #expect(r.moodByDay.map(\.value) == [7, nil, 4, nil, nil, nil, nil])
        #expect(r.meanMood == 5)
    }

    @Test func emotionFamiliesAndTopNamesWithChange() throws {
        let r = try review([
            entry("2026-10-30", emotions: [("grief", "sadness"), ("grief", "sadness"), ("fear", "fear")]),
            entry("2026-11-03", emotions: [("grief", "sadness"), ("joy", "joy"), ("joy", "joy"), ("hope", "joy"), ("tender-ish", "other")]),
        ])
        #expect(r.emotions.total == 5)
        #expect(r.emotions.previousTotal == 3)
        #expect(r.emotions.families.map(\.name) == ["joy", "other", "sadness", "fear"])
        #expect(r.emotions.families.map(\.count) == [3, 1, 1, 0])
        #expect(r.emotions.families.map(\.change) == [3, 1, -1, -1])
        #expect(r.emotions.top.map(\.name) == ["joy", "grief", "hope", "tender-ish"])
        #expect(r.emotions.top.map(\.count) == [2, 1, 1, 1])
        #expect(r.emotions.unnamed == ["tender-ish"])
    }

    @Test func integrationWindowKeptByHours() throws {
        let r = try review([
            entry("2026-11-02", "journey", time: "09:00", type: .journey, session: 2, intention: "Let it speak."),
            entry("2026-11-04", "note", time: "08:00"),  // 47 h: too soon
            entry("2026-11-04", "integration", time: "15:00", type: .integration),  // 54 h
        ])
        let j = try #require(r.journeys.first)
        #expect(j.number == 2)
        #expect(j.intentions == ["Let it speak."])
        #expect(j.window == .kept)
        #expect(j.keptBy?.path == "2026/11/integration.md")
        #expect(j.hoursAfter == 54)
        #expect(j.windowStart == day("2026-11-04"))
        #expect(j.windowEnd == day("2026-11-05"))
    }

    @Test func integrationWindowMissedWhenTheOnlyEntryIsPast72Hours() throws {
        let r = try review([
            entry("2026-11-02", "journey", time: "09:00", type: .journey),
            entry("2026-11-05", "integration", time: "10:00", type: .integration),  // 73 h
        ])
        #expect(r.journeys[0].window == .missed)
        #expect(r.journeys[0].keptBy == nil)
        #expect(r.journeys[0].note.contains("That happens"))
        #expect(!r.journeys[0].note.lowercased().contains("fail"))
    }

    @Test func integrationWindowByDayWhenNoTimeAndAcrossTheWeekEnd() throws {
        let r = try review([
            entry("2026-11-07", "journey", type: .journey),
            entry("2026-11-10", "later"),  // day 3, in the next week
        ])
        #expect(r.journeys[0].window == .kept)
        #expect(r.journeys[0].keptBy?.title == "later")
        #expect(r.journeys[0].hoursAfter == nil)
        // One day after is not in the window; any entry two or three days after is.
        let early = try review([entry("2026-11-02", "j", type: .journey), entry("2026-11-03", "next day")])
        #expect(early.journeys[0].window == .missed)
    }

    @Test func aJourneyOfTheWeekBeforeShowsItsWindowWhenItReachesIntoThisWeek() throws {
        let r = try review([
            entry("2026-10-29", "too early", type: .journey),  // window 31 Oct – 1 Nov: before this week
            entry("2026-10-31", "saturday", type: .journey, intention: "Rest."),  // window 2–3 Nov
            entry("2026-11-03", "integration", type: .integration),
        ])
        #expect(r.journeys.isEmpty)
        #expect(r.earlierJourneys.map(\.entry.title) == ["saturday"])
        #expect(r.earlierJourneys[0].window == .kept)
        #expect(r.earlierJourneys[0].keptBy?.title == "integration")
    }

    @Test func integrationWindowStillAheadWhenTodayIsBeforeItsEnd() throws {
        let r = try review([entry("2026-11-07", "journey", type: .journey)], today: "2026-11-09")
        #expect(r.journeys[0].window == .ahead)
        let later = try review([entry("2026-11-07", "journey", type: .journey)], today: "2026-11-11")
        #expect(later.journeys[0].window == .missed)
    }

    @Test func actionsOpenedCompletedStillOpenAndOverdue() throws {
        let r = try review([
            entry("2026-10-20", actions: [action("old open", due: "2026-11-03"), action("done later", .done, done: "2026-11-04"),
                                          action("done before", .done, done: "2026-10-25")]),
            entry("2026-11-03", actions: [action("new open", due: "2026-11-20"), action("done now", .done),
                                          action("dropped", .cancelled), action("halfway", .inProgress, due: "2026-11-05"),
                                          action("", .open)]),
            entry("2026-11-12", actions: [action("next week", due: "2026-11-01")]),
        ], today: "2026-11-06")
        #expect(r.actions.asOf == day("2026-11-06"))
        #expect(r.actions.opened.map(\.text) == ["new open", "done now", "halfway"])
        #expect(r.actions.completed.map(\.text) == ["done later", "done now"])
        #expect(r.actions.stillOpen.map(\.text) == ["old open", "new open", "halfway"])
        #expect(r.actions.overdue.map(\.text) == ["old open", "halfway"])
        #expect(r.actions.overdue.map(\.daysOverdue) == [3, 1])
    }

    @Test func overdueIsMeasuredAtTheWeekEndWhenTodayIsLater() throws {
        let r = try review([entry("2026-11-03", actions: [action("a", due: "2026-11-07"), action("b", due: "2026-11-08"),
                                                          action("c", due: "2026-11-09")])], today: "2026-12-01")
        #expect(r.actions.asOf == day("2026-11-08"))
        #expect(r.actions.overdue.map(\.text) == ["a"])
        #expect(r.actions.overdue.first?.daysOverdue == 1)
    }

    @Test func practicesDaysOutOfSevenAndStreaks() throws {
        let r = try review([
            entry("2026-10-30", practices: ["breathwork"]),
            entry("2026-10-31", practices: ["breathwork"]),
            entry("2026-11-01", practices: ["breathwork"]),
            entry("2026-11-02", practices: ["breathwork", "yoga"]),
            entry("2026-11-02", "twice", practices: ["breathwork"]),
            entry("2026-11-03", practices: ["breathwork"]),
            entry("2026-11-05", practices: ["yoga"]),
            entry("2026-11-06", practices: ["breathwork", "yoga"]),
            entry("2026-11-07", practices: ["breathwork", "yoga"]),
        ])
        // Most days first, then the longer streak.
        #expect(r.practices.map(\.name) == ["yoga", "breathwork"])
        #expect(r.practices.map(\.days) == [4, 4])
        // The last day with an entry is Saturday: yoga Thu–Sat, breathwork Fri–Sat.
        #expect(r.practices.map(\.streak) == [3, 2])
        // Breathwork twice on Monday counts one day but both sessions' minutes.
        #expect(r.practices.map(\.minutes) == [40, 50])
    }

    @Test func streakReachesBackIntoEarlierWeeks() throws {
        let days = (0..<70).map { day("2026-11-08").adding(days: -$0) }
        let r = try review(days.map { entry($0.description, practices: ["walk"]) })
        #expect(r.practices[0].days == 7)
        #expect(r.practices[0].streak == 70)
    }

    @Test func recurringAndNewThemes() throws {
        let r = try review([
            entry("2026-09-10", session: 1, themes: ["father"]),
            entry("2026-10-01", session: 2, themes: ["father", "work"]),
            entry("2026-11-02", themes: ["father", "boundaries"]),
            entry("2026-11-03", themes: ["father", "work", "garden"]),
            entry("2026-11-20", themes: ["later"]),
        ])
        #expect(r.recurringThemes.map(\.name) == ["father", "work"])
        #expect(r.recurringThemes.map(\.count) == [2, 1])
        #expect(r.recurringThemes[0].firstSeen == day("2026-09-10"))
        #expect(r.newThemes.map(\.name) == ["boundaries", "garden"])
    }

    @Test func gratitudeCountsAndInsights() throws {
        let r = try review([
            entry("2026-10-29", gratitude: 2),
            entry("2026-11-04", gratitude: 3, insights: ["I can rest.", "Saying no is fine."]),
        ])
        #expect(r.gratitudeCount == 3)
        #expect(r.previousGratitudeCount == 2)
        #expect(r.insights.map(\.text) == ["I can rest.", "Saying no is fine."])
        #expect(r.insights[0].entry.link == "[2026-11-04](2026/11/2026-11-04.md)")
        #expect(r.insights[0].line == 3)
    }

    @Test func promptsComeFromTheWeek() throws {
        let r = try review([
            entry("2026-09-10", themes: ["father"]),
            entry("2026-11-02", mood: 3, themes: ["father"], emotions: [("tender-ish", "other")],
                  actions: [action("call my sister")]),
            entry("2026-11-03", mood: 7),
        ])
        #expect(r.prompts.count == 3)
        #expect(r.prompts[0].contains("*father*"))
        #expect(r.prompts[1].contains("call my sister"))
        #expect(r.prompts[2].contains("tender-ish"))
        let low = try review([entry("2026-11-02", mood: 3), entry("2026-11-03", mood: 7)])
        #expect(low.prompts[0].hasPrefix("Monday felt heavier (mood 3)"))
    }

    @Test func anEmptyWeekIsAReviewNotAnError() throws {
        let r = try review([entry("2026-10-01", actions: [action("still here", due: "2026-10-05")])])
        #expect(r.isEmpty)
        #expect(r.metrics.isEmpty)
        #expect(r.moodByDay.allSatisfy { $0.value == nil })
        #expect(r.actions.overdue.map(\.text) == ["still here"])
        #expect(r.prompts.count == 3)
        for prompt in r.prompts { #expect(!prompt.lowercased().contains("fail")) }
    }

    @Test(arguments: [
        (Configuration.LinkStyle.markdown, "", "2026/11/2026-11-17 journey.md", "Session 5", "[Session 5](2026/11/2026-11-17%20journey.md)"),
        (.markdown, "../", "2026/11/2026-11-17 journey.md", "Session 5", "[Session 5](../2026/11/2026-11-17%20journey.md)"),
        (.markdown, "", "notes/a (b).md", "A [b]", "[A \\[b\\]](notes/a%20%28b%29.md)"),
        (.wiki, "../", "2026/11/2026-11-17 journey.md", "Session 5", "[[2026/11/2026-11-17 journey|Session 5]]"),
    ])
    func links(style: Configuration.LinkStyle, prefix: String, path: String, title: String, expected: String) {
        #expect(LinkOptions(style: style, prefix: prefix).link(to: path, title: title) == expected)
    }
}

/// Long-kept vaults: lists are capped, counts stay exact.
struct ReviewLimitTests {
    @Test func openAndOverdueListsAreCappedButCountedInFull() throws {
        let entries = (0..<30).map { i in
            entry(day("2026-10-01").adding(days: i).description, actions: [action("step \(i)", due: "2026-10-20")])
        }
        let r = try Review(week: Week(parsing: "2026-W45")!, store: InMemoryJournal(entries: entries), today: day("2026-12-01"))
        #expect(r.actions.stillOpenCount == 30)
        #expect(r.actions.stillOpen.count == Review.listLimit)
        #expect(r.actions.stillOpen.last?.text == "step 29")
        #expect(r.actions.overdueCount == 30)
        #expect(r.actions.overdue.map(\.text) == (10..<30).map { "step \($0)" })
    }

    @Test func planGroupsAreCappedButCountedInFull() throws {
        let entries = (0..<40).map { i in
            entry(day("2026-10-01").adding(days: i).description, themes: ["work"], actions: [action("step \(i)")])
        }
        let p = try Plan(store: InMemoryJournal(entries: entries), configuration: Configuration(), today: day("2026-12-01"))
        #expect(p.actionGroups.map(\.count) == [40])
        #expect(p.actionGroups[0].actions.count == Plan.groupLimit)
        #expect(p.actionGroups[0].actions.first?.text == "step 15")
    }
}
