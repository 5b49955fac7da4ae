/// A summary a person can give their therapist (`tend share`): intentions, insights,
/// feelings, metrics, steps and practices of a session or of chosen days.
///
/// Nothing from a private entry (``PrivacyRule``) is part of it, and no entry text beyond
/// those items unless the person asks for it.
public struct ShareSummary: Sendable, Equatable {
    /// The days shared.
    public var period: DayRange
    /// The journey shared (`--session`), if any.
    public var session: Int?
    /// The day it was made.
    public var today: LocalDate
    /// The journeys of the period that may be shared, with their intentions and windows.
    public var journeys: [JourneyReview]
    /// Pairs such as `mood_before` / `mood_after` written on each shared journey's day, by journey number.
    public var pairs: [Int: [MetricPair]]
    /// What the period held, from the entries that may be shared.
    public var summary: PeriodSummary
    /// Each metric around the shared journey (only for a session).
    public var windows: [JourneyMetric]
    /// The windows compared.
    public var windowDays: MetricWindows
    /// The entries' own words, only when asked for (`--with-text`).
    public var texts: [SharedText]

    /// What the summary covers.
    public enum Scope: Sendable, Equatable {
        /// Journey N, or the latest journey when nil.
        case session(Int?)
        /// The days from `since` through `until`.
        case days(DayRange)
    }

    /// How many days a summary covers when the vault has no journey and no days were chosen.
    public static let defaultDays = 28
}

/// An entry's own text, shared on request.
public struct SharedText: Sendable, Equatable {
    /// The entry.
    public var entry: EntryRef
    /// Its body text.
    public var text: String
}

extension ShareSummary {
    /// Builds the summary of `scope`, or nil when the session asked for does not exist.
    public init?(scope: Scope, store: some JournalStore, today: LocalDate, privacy: PrivacyRule = PrivacyRule(),
                 withText: Bool = false, windows: MetricWindows = MetricWindows()) throws {
        let journeys = try store.journeys()
        var journey: Journey?
        let period: DayRange
        switch scope {
        case .days(let range):
            period = range
        case .session(let number):
            if let number {
                guard let found = journeys.last(where: { $0.number == number }) else { return nil }
                journey = found
            } else {
                journey = journeys.last { $0.date <= today } ?? journeys.last
            }
            if let journey {
                let next = journeys.first { $0.date > journey.date }
                period = DayRange(journey.date, next.map { $0.date.adding(days: -1) } ?? max(today, journey.date))
            } else {
                period = DayRange(today.adding(days: -(Self.defaultDays - 1)), today)
            }
        }
        let back = max(period.dayCount, windows.beforeDays)
        let all = try store.entries(from: period.start.adding(days: -back), through: period.end.adding(days: FollowThrough.days))
        let entries = privacy.shareable(all)
        // Shared pages are read away from the vault: entries are named by day and title, never linked.
        func ref(_ e: DatedEntry) -> EntryRef {
            EntryRef(date: e.date, path: e.path, title: e.title, type: e.type.rawValue, session: e.session, link: e.title)
        }
        self.period = period
        session = journey?.number
        self.today = today
        self.journeys = entries.filter { $0.isJourney && period.contains($0.date) }
            .map { Review.journeyReview($0, around: entries, today: today, ref: ref) }
        var pairs: [Int: [MetricPair]] = [:]
        for j in self.journeys { pairs[j.number] = MetricPair.pairs(on: j.entry.date, in: entries) }
        self.pairs = pairs
        summary = PeriodSummary(period: period, entries: entries, ref: ref)
        windowDays = windows
        if let journey, entries.contains(where: { $0.path == journey.path }) {
            let next = journeys.first { $0.date > journey.date }
            self.windows = JourneyMetric.all(in: entries, through: period.end, journey: journey.date, next: next?.date,
                                             windows: windows)
        } else {
            self.windows = []
        }
        texts = withText ? entries.filter { period.contains($0.date) && !$0.text.isEmpty }.map { SharedText(entry: ref($0), text: $0.text) } : []
    }
}
