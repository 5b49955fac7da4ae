extension Review {
    /// How far back the review reads for done dates and practice streaks in one query.
    static let lookbackDays = 56

    /// Builds the review of `week` from a journal.
    ///
    /// - Parameters:
    ///   - today: the day the review is made on; overdue and integration windows are measured
    ///     against it (never past the week's last day for overdue).
    ///   - links: how links to entries are written.
    ///   - streaks: whether practices show their streaks (`streaks: true` in the configuration).
    public init(week: Week, store: some JournalStore, today: LocalDate, links: LinkOptions = LinkOptions(),
                streaks: Bool = false) throws {
        let lookbackStart = week.start.adding(days: -Self.lookbackDays)
        // One read: the lookback, the week, its journeys' integration windows (up to three days
        // after it) and the steps that may follow its insights (up to two weeks after it).
        let around = try store.entries(from: lookbackStart, through: week.end.adding(days: FollowThrough.days))
        let this = around.filter { week.contains($0.date) }
        let previousWeek = week.previous
        let before = around.filter { previousWeek.contains($0.date) }
        func summaryRef(_ e: EntrySummary) -> EntryRef {
            EntryRef(date: e.date, path: e.path, title: e.title, type: e.type.rawValue, session: e.session,
                     link: links.link(to: e.path, title: e.title))
        }
        func ref(_ e: DatedEntry) -> EntryRef { summaryRef(EntrySummary(e)) }

        self.week = week
        self.today = today
        entries = this.map(ref)
        journeys = this.filter(\.isJourney).map { Self.journeyReview($0, around: around, today: today, ref: ref) }
        earlierJourneys = around.filter { $0.isJourney && $0.date < week.start && $0.date.adding(days: 3) >= week.start }
            .map { Self.journeyReview($0, around: around, today: today, ref: ref) }
        insights = this.flatMap { e in e.insights.map { InsightRef(text: $0.text, entry: ref(e), line: $0.source.line) } }
        emotions = Self.emotionReview(this, previous: before)
        metrics = Self.metricReviews(this, previous: before)
        moodByDay = week.days.map { day in
            let values = this.filter { $0.date == day }.compactMap { $0.metrics["mood"] }
            return DayValue(date: day, value: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
        }
        let asOf = min(week.end, today)
        actions = try Self.actionReview(week: week, around: around, store: store, asOf: asOf, ref: summaryRef)
        // A streak runs up to the last day of the week that has an entry (never past today):
        // tend only knows what was written, so days with no entry at all at the end of the
        // week do not break it.
        let streakEnd = this.last.map { min($0.date, today) } ?? min(week.end, today)
        practices = try Self.practiceReviews(week: week, around: around, store: store,
                                             lookbackStart: lookbackStart, until: streakEnd)
        gratitude = this.flatMap { e in e.gratitude.map { GratitudeRef(text: $0.text, entry: ref(e), line: $0.source.line) } }
        gratitudeCount = gratitude.count
        previousGratitudeCount = before.reduce(0) { $0 + $1.gratitude.count }
        questions = this.flatMap { e in e.questions.map { QuestionRef(text: $0.text, entry: ref(e), line: $0.source.line) } }
        (recurringThemes, newThemes) = try Self.themes(this, since: week.start,
                                                      history: store.themeHistory(of: Set(this.flatMap(\.themes))))
        waiting = FollowThrough.waiting(in: this, later: around.filter { $0.date >= week.start })
            .map { InsightRef(text: $0.insight.text, entry: ref($0.entry), line: $0.insight.source.line) }
        showsStreaks = streaks
        prompts = []
        prompts = Self.prompts(for: self)
    }

    // MARK: Journeys

    static func journeyReview(_ journey: DatedEntry, around: [DatedEntry], today: LocalDate, ref: (DatedEntry) -> EntryRef) -> JourneyReview {
        let day = journey.date
        let windowStart = day.adding(days: 2), windowEnd = day.adding(days: 3)
        var candidates: [(entry: DatedEntry, hours: Int?)] = []
        for e in around where !e.isJourney && e.path != journey.path {
            let date = e.date
            guard date >= windowStart, date <= windowEnd else { continue }
            if let start = journey.minutes, let at = e.minutes {
                let minutes = day.days(to: date) * 1440 + at - start
                guard minutes >= 48 * 60, minutes <= 72 * 60 else { continue }
                candidates.append((e, minutes / 60))
            } else {
                candidates.append((e, nil))
            }
        }
        let chosen = candidates.first { $0.entry.type == .integration } ?? candidates.first
        let state: WindowState
        if chosen != nil {
            state = .kept
        } else if today <= windowEnd {
            state = .ahead
        } else {
            state = .missed
        }
        let span = "\(windowStart.longText) – \(windowEnd.longText)"
        let note: String
        switch state {
        case .kept:
            let kept = chosen!.entry
            let what = kept.type == .integration ? "an integration entry" : "an entry"
            let hours = chosen!.hours.map { ", \($0) hours after" } ?? ""
            note = "Integration window kept: you wrote \(what) on \(kept.date.longText)\(hours)."
        case .ahead:
            note = "The 48–72 hour integration window is \(span). A few lines then will help the session settle."
        case .missed:
            note = "Nothing was written in the 48–72 hours after this journey (\(span)). That happens; "
                + "if something from the session is still with you, writing it down now still counts."
        }
        return JourneyReview(number: journey.session ?? 0, entry: ref(journey), intentions: journey.intentions,
                             windowStart: windowStart, windowEnd: windowEnd, window: state,
                             keptBy: chosen.map { ref($0.entry) }, hoursAfter: chosen?.hours, note: note)
    }

    // MARK: Emotions and metrics

    static func emotionReview(_ this: [DatedEntry], previous: [DatedEntry]) -> EmotionReview {
        let now = this.flatMap(\.emotions), then = previous.flatMap(\.emotions)
        var familyNow: [String: Int] = [:], familyThen: [String: Int] = [:]
        for e in now { familyNow[e.family, default: 0] += 1 }
        for e in then { familyThen[e.family, default: 0] += 1 }
        let families = Set(familyNow.keys).union(familyThen.keys).map {
            ChangeCount(name: $0, count: familyNow[$0] ?? 0, previous: familyThen[$0] ?? 0)
        }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }

        var byName: [String: (family: String, count: Int, intensities: [Double])] = [:]
        for e in now {
            var value = byName[e.name] ?? (e.family, 0, [])
            value.count += 1
            if let i = e.intensity { value.intensities.append(i) }
            byName[e.name] = value
        }
        let top = byName.map { name, v in
            EmotionCount(name: name, family: v.family, count: v.count,
                         meanIntensity: v.intensities.isEmpty ? nil : v.intensities.reduce(0, +) / Double(v.intensities.count))
        }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        var unnamed: [String] = []
        for e in now where e.family == "other" && !unnamed.contains(e.written) { unnamed.append(e.written) }
        return EmotionReview(total: now.count, previousTotal: then.count, families: families,
                             top: Array(top.prefix(5)), unnamed: unnamed)
    }

    static func metricReviews(_ this: [DatedEntry], previous: [DatedEntry]) -> [MetricReview] {
        func values(_ entries: [DatedEntry]) -> [String: [Double]] {
            var result: [String: [Double]] = [:]
            for e in entries { for (k, v) in e.metrics { result[k, default: []].append(v) } }
            return result
        }
        let now = values(this), then = values(previous)
        return now.map { name, v in
            MetricReview(name: name, count: v.count, mean: v.reduce(0, +) / Double(v.count), min: v.min()!, max: v.max()!,
                         previousMean: then[name].map { $0.reduce(0, +) / Double($0.count) })
        }.sorted { MetricPair.order($0.name) < MetricPair.order($1.name) }
    }

    // MARK: Actions

    static func actionReview(week: Week, around: [DatedEntry], store: some JournalStore, asOf: LocalDate,
                             ref: (EntrySummary) -> EntryRef) throws -> ActionReview {
        func item(_ a: ActionItem, _ e: EntrySummary) -> ActionRef {
            let late = a.isOpen ? a.due.map { max(0, $0.days(to: asOf)) } ?? 0 : 0
            return ActionRef(text: a.text, status: a.status, due: a.due, done: a.done, tags: a.tags, entry: ref(e),
                             line: a.source.line, daysOverdue: late)
        }
        var opened: [ActionRef] = [], completed: [ActionRef] = []
        for e in around where e.date <= week.end {
            // An empty `- [ ]` left over from a template is not a step anyone wrote.
            for a in e.actions where !a.text.isEmpty {
                if week.contains(e.date), a.status != .cancelled { opened.append(item(a, EntrySummary(e))) }
                guard a.status == .done else { continue }
                if a.done.map(week.contains) ?? week.contains(e.date) { completed.append(item(a, EntrySummary(e))) }
            }
        }
        // The store counts them all and hands over only what the review shows.
        let open = try store.openActions(through: week.end, limit: Review.listLimit)
        let late = try store.overdueActions(through: week.end, dueBefore: asOf, limit: Review.listLimit)
        let stillOpen = open.shown.map { item($0.action, $0.entry) }
        let overdue = late.shown.map { item($0.action, $0.entry) }
        return ActionReview(asOf: asOf, opened: opened, completed: completed, stillOpen: stillOpen,
                            stillOpenCount: open.count, overdue: overdue, overdueCount: late.count)
    }

    // MARK: Practices

    static func practiceReviews(week: Week, around: [DatedEntry], store: some JournalStore, lookbackStart: LocalDate,
                                until last: LocalDate) throws -> [PracticeReview] {
        var daysByPractice: [String: Set<LocalDate>] = [:]
        var minutes: [String: Int] = [:]
        for e in around where e.date <= week.end {
            for p in e.practices {
                daysByPractice[p.name, default: []].insert(e.date)
                if week.contains(e.date) { minutes[p.name, default: 0] += p.minutes ?? 0 }
            }
        }
        var reviews: [PracticeReview] = []
        for (name, days) in daysByPractice {
            let inWeek = days.filter { week.contains($0) }.count
            guard inWeek > 0 else { continue }
            var all = days, boundary = lookbackStart
            var streak = 0, day = last
            while all.contains(day) {
                streak += 1
                day = day.adding(days: -1)
                if day < boundary {
                    // A streak longer than the lookback: read further back, a chunk at a time.
                    let earlier = boundary.adding(days: -Self.lookbackDays)
                    for e in try store.entries(from: earlier, through: boundary.adding(days: -1))
                    where e.practices.contains(where: { $0.name == name }) { all.insert(e.date) }
                    boundary = earlier
                }
            }
            reviews.append(PracticeReview(name: name, days: inWeek, streak: streak, minutes: minutes[name] ?? 0))
        }
        return reviews.sorted { ($1.days, $1.streak, $0.name) < ($0.days, $0.streak, $1.name) }
    }

    // MARK: Themes

    /// The themes of `this`: recurring when first seen before `start`, else new.
    static func themes(_ this: [DatedEntry], since start: LocalDate, history: [String: ThemeHistory]) -> ([ThemeCount], [ThemeCount]) {
        var counts: [String: Int] = [:]
        for e in this { for t in Set(e.themes) { counts[t, default: 0] += 1 } }
        var recurring: [ThemeCount] = [], fresh: [ThemeCount] = []
        for (name, count) in counts {
            let h = history[name]
            let first = h?.firstSeen ?? start
            let theme = ThemeCount(name: name, count: count, firstSeen: first, sessions: h?.sessionCount ?? 0)
            if first < start { recurring.append(theme) } else { fresh.append(theme) }
        }
        let order: (ThemeCount, ThemeCount) -> Bool = { ($1.count, $0.name) < ($0.count, $1.name) }
        return (recurring.sorted(by: order), fresh.sorted(by: order))
    }
}
