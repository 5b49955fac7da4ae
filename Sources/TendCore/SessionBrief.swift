/// The integration brief of one journey (docs/review-and-plan.md): from the journey to the day before the
/// next one (or today), as plain values; templates only lay it out.
public struct SessionBrief: Sendable, Equatable {
    /// The journey, its intention and its integration window.
    public var journey: JourneyReview
    /// The next journey's number, when there is one.
    public var nextJourney: Int?
    /// The day the brief was made for.
    public var today: LocalDate
    /// What the period held.
    public var summary: PeriodSummary
    /// Each metric around the journey: the days before against the windows after.
    public var windows: [JourneyMetric]
    /// The windows compared.
    public var windowDays: MetricWindows
    /// Pairs such as `mood_before` / `mood_after` written on the journey's day.
    public var pairs: [MetricPair]
    /// Themes of the period seen before the journey (in earlier sessions).
    public var recurringThemes: [ThemeCount]
    /// Themes seen for the first time since the journey.
    public var newThemes: [ThemeCount]
    /// A few things to bring to the integration session, drawn from the above (the person's
    /// own questions are ``PeriodSummary/questions``; these come after them).
    public var toBring: [String]

    /// The most things to bring a brief lists.
    public static let bringLimit = 5
}

extension SessionBrief {
    /// Builds the brief of journey `number` (the latest journey on or before today when nil),
    /// or nil when there is no such journey.
    public init?(session number: Int?, store: some JournalStore, today: LocalDate, links: LinkOptions = LinkOptions(),
                 windows: MetricWindows = MetricWindows()) throws {
        let journeys = try store.journeys()
        let chosen: Journey?
        if let number {
            chosen = journeys.last { $0.number == number }
        } else {
            chosen = journeys.last { $0.date <= today } ?? journeys.last
        }
        guard let journey = chosen else { return nil }
        let next = journeys.first { $0.date > journey.date }
        let end = next.map { $0.date.adding(days: -1) } ?? max(today, journey.date)
        let period = DayRange(journey.date, end)
        let back = max(period.dayCount, windows.beforeDays)
        let entries = try store.entries(from: period.start.adding(days: -back), through: period.end.adding(days: FollowThrough.days))
        func ref(_ e: DatedEntry) -> EntryRef {
            EntryRef(date: e.date, path: e.path, title: e.title, type: e.type.rawValue, session: e.session,
                     link: links.link(to: e.path, title: e.title))
        }
        let journeyEntry = entries.first { $0.path == journey.path } ?? journey.entry
        self.journey = Review.journeyReview(journeyEntry, around: entries, today: today, ref: ref)
        nextJourney = next?.number
        self.today = today
        summary = PeriodSummary(period: period, entries: entries, ref: ref)
        windowDays = windows
        self.windows = JourneyMetric.all(in: entries, through: period.end, journey: journey.date, next: next?.date,
                                         windows: windows)
        pairs = MetricPair.pairs(on: journey.date, in: entries)
        let this = entries.filter { period.contains($0.date) }
        (recurringThemes, newThemes) = try Review.themes(this, since: period.start,
                                                        history: store.themeHistory(of: Set(this.flatMap(\.themes))))
        toBring = []
        toBring = Self.thingsToBring(self)
    }

    /// Drawn in this order: a missed window, insights still waiting, the most intense
    /// feeling, a theme back from earlier journeys, how long mood stayed lifted, open steps.
    static func thingsToBring(_ brief: SessionBrief) -> [String] {
        var things: [String] = []
        if brief.journey.window == .missed {
            things.append("Anything from the journey that has not found words yet: nothing was written in the 48–72 hours after it.")
        }
        for insight in brief.summary.waiting.prefix(2) {
            things.append("“\(insight.text)”: what might a first small step look like?")
        }
        let feelings = brief.summary.emotions.top
        if let feeling = feelings.first, feeling.count > 1 {
            things.append("The feeling named most since the journey: \(feeling.name), \(feeling.count) times.")
        } else if let strongest = feelings.filter({ $0.meanIntensity != nil }).max(by: { $0.meanIntensity! < $1.meanIntensity! }) {
            things.append("The strongest feeling named since the journey: \(strongest.name) (intensity \(Review.number(strongest.meanIntensity!))).")
        }
        if let theme = brief.recurringThemes.first {
            things.append("*\(theme.name)*, back from earlier journeys (first seen \(theme.firstSeen.shortText) \(theme.firstSeen.year)).")
        }
        if let mood = brief.windows.first(where: { $0.name == "mood" }), let day = mood.backToBaseline {
            things.append("Mood was back at its level from before the journey on day \(day). What helped in the days before that?")
        }
        if !brief.summary.steps.stillOpen.isEmpty {
            let n = brief.summary.steps.stillOpen.count
            things.append("\(n == 1 ? "One step" : "\(n) steps") written since the journey \(n == 1 ? "is" : "are") still open; which one matters most now?")
        }
        if things.isEmpty, brief.summary.questions.isEmpty {
            things.append("How the days since the journey have felt, in a few words.")
        }
        return Array(things.prefix(bringLimit))
    }
}

extension Journey {
    /// The journey as an entry with what the index keeps of it (no items), on its day.
    public var entry: DatedEntry {
        var e = Entry(path: path)
        e.type = .journey
        e.minutes = minutes
        e.session = number
        e.intentions = intentions
        e.title = "Journey \(number)"
        return DatedEntry(e, on: date)
    }
}
