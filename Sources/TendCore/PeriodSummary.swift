/// What a run of days held, as the session brief and the shared summary show it: insights,
/// feelings and metrics against the days before, steps, practices as days done out of days,
/// gratitude, the questions to bring, and the insights still waiting for a first step.
public struct PeriodSummary: Sendable, Equatable {
    /// The days summed up.
    public var period: DayRange
    /// The period's entries, by date then path.
    public var entries: [EntryRef]
    /// The period's insights, in entry order.
    public var insights: [InsightRef]
    /// Feelings by family and name, against the same number of days before the period.
    public var emotions: EmotionReview
    /// Every metric of the period (mood first), against the same number of days before it;
    /// `NAME_before` / `NAME_after` halves are shown as pairs instead (``MetricPair``).
    public var metrics: [MetricReview]
    /// Mood for each day of the period (the mean of the day's entries).
    public var moodByDay: [DayValue]
    /// Steps written in the period, done in it, and those of them still open.
    public var steps: StepSummary
    /// Practices by days done, most days first.
    public var practices: [PracticeDays]
    /// Gratitude items, in entry order.
    public var gratitude: [GratitudeRef]
    /// Questions and things to bring to the integration session, in entry order.
    public var questions: [QuestionRef]
    /// The period's insights with no step yet (``FollowThrough``).
    public var waiting: [InsightRef]

    /// Sums up the entries of `period`.
    ///
    /// - Parameters:
    ///   - entries: the entries from the days before the period (as many as it has) through
    ///     ``FollowThrough/days`` days after it; others are ignored.
    ///   - ref: how an entry is referred to (with its link).
    public init(period: DayRange, entries: [DatedEntry], ref: (DatedEntry) -> EntryRef) {
        let this = entries.filter { period.contains($0.date) }
        let before = entries.filter { period.before.contains($0.date) }
        let afterEnd = period.end.adding(days: FollowThrough.days)
        let later = entries.filter { $0.date >= period.start && $0.date <= afterEnd }
        func insight(_ i: Insight, _ e: DatedEntry) -> InsightRef { InsightRef(text: i.text, entry: ref(e), line: i.source.line) }

        self.period = period
        self.entries = this.map(ref)
        insights = this.flatMap { e in e.insights.map { insight($0, e) } }
        emotions = Review.emotionReview(this, previous: before)
        metrics = Review.metricReviews(this, previous: before).filter { !MetricPair.isHalf($0.name) }
        moodByDay = period.days.map { day in
            let values = this.filter { $0.date == day }.compactMap { $0.metrics["mood"] }
            return DayValue(date: day, value: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
        }
        steps = StepSummary(period: period, entries: entries.filter { $0.date <= period.end }, ref: ref)
        var days: [String: Set<LocalDate>] = [:], minutes: [String: Int] = [:]
        for e in this {
            for p in e.practices {
                days[p.name, default: []].insert(e.date)
                minutes[p.name, default: 0] += p.minutes ?? 0
            }
        }
        practices = days.map { PracticeDays(name: $0.key, days: $0.value.count, outOf: period.dayCount, minutes: minutes[$0.key] ?? 0) }
            .sorted { ($1.days, $0.name) < ($0.days, $1.name) }
        gratitude = this.flatMap { e in e.gratitude.map { GratitudeRef(text: $0.text, entry: ref(e), line: $0.source.line) } }
        questions = this.flatMap { e in e.questions.map { QuestionRef(text: $0.text, entry: ref(e), line: $0.source.line) } }
        waiting = FollowThrough.waiting(in: this, later: later).map { insight($0.insight, $0.entry) }
    }
}

/// The steps of a period.
public struct StepSummary: Sendable, Equatable {
    /// Written in the period (not cancelled).
    public var opened: [ActionRef]
    /// Done in the period: by `✅` date when there is one, else written done in it.
    public var completed: [ActionRef]
    /// Of the steps written in the period, those still open or in progress.
    public var stillOpen: [ActionRef]

    /// The steps of `entries` (those dated up to the period's end) for `period`.
    public init(period: DayRange, entries: [DatedEntry], ref: (DatedEntry) -> EntryRef) {
        func item(_ a: ActionItem, _ e: DatedEntry) -> ActionRef {
            ActionRef(text: a.text, status: a.status, due: a.due, done: a.done, tags: a.tags, entry: ref(e),
                      line: a.source.line, daysOverdue: 0)
        }
        opened = []
        completed = []
        for e in entries {
            // An empty `- [ ]` left over from a template is not a step anyone wrote.
            for a in e.actions where !a.text.isEmpty {
                let written = period.contains(e.date)
                if written, a.status != .cancelled { opened.append(item(a, e)) }
                if a.status == .done, a.done.map(period.contains) ?? written { completed.append(item(a, e)) }
            }
        }
        stillOpen = opened.filter { $0.status == .open || $0.status == .inProgress }
    }
}

/// A practice over a period: on how many of its days it was done.
public struct PracticeDays: Sendable, Equatable {
    /// The practice.
    public var name: String
    /// Days it was done.
    public var days: Int
    /// Days in the period.
    public var outOf: Int
    /// Minutes written.
    public var minutes: Int

    /// Creates a practice's count.
    public init(name: String, days: Int, outOf: Int, minutes: Int) {
        self.name = name
        self.days = days
        self.outOf = outOf
        self.minutes = minutes
    }
}

/// An insight with a link to its entry.
public typealias InsightRef = ItemRef
/// A gratitude item with a link to its entry.
public typealias GratitudeRef = ItemRef
/// A question or thing to bring to the integration session, with a link to its entry.
public typealias QuestionRef = ItemRef
