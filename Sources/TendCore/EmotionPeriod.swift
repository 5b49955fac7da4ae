/// How often one emotion was named on one day or in one session, and how strongly: what the
/// index counts, before it is gathered into ``EmotionPeriod``s.
public struct EmotionTally: Sendable, Equatable {
    /// The day, when counted by day.
    public var day: LocalDate?
    /// The session, when counted by session (nil: before the first journey).
    public var session: Int?
    /// Family.
    public var family: String
    /// Canonical name.
    public var name: String
    /// How many times it was named.
    public var count: Int
    /// The sum of the intensities given.
    public var intensitySum: Double
    /// How many times an intensity was given.
    public var intensityCount: Int

    /// A tally.
    public init(day: LocalDate? = nil, session: Int? = nil, family: String, name: String, count: Int,
                intensitySum: Double, intensityCount: Int) {
        self.day = day
        self.session = session
        self.family = family
        self.name = name
        self.count = count
        self.intensitySum = intensitySum
        self.intensityCount = intensityCount
    }
}

/// How emotions are grouped over time.
public enum EmotionGrouping: Sendable, Equatable {
    /// By week; weeks start on this ISO weekday (1 = Monday … 7 = Sunday).
    case week(startingOn: Int)
    /// By session.
    case session
}

/// The emotions named in one week or one session (`tend emotions`): each family, most named
/// first, with its names.
public struct EmotionPeriod: Sendable, Equatable {
    /// The week, when grouped by week.
    public var week: Week?
    /// The session, when grouped by session (nil: before the first journey, or a week).
    public var session: Int?
    /// The first day: the week's, or the session's journey.
    public var start: LocalDate?
    /// The last day: the week's, or the day before the next journey.
    public var end: LocalDate?
    /// The families named, most often first (then by name).
    public var families: [Family] = []

    /// A period.
    public init(week: Week? = nil, session: Int? = nil, start: LocalDate?, end: LocalDate?, families: [Family] = []) {
        self.week = week
        self.session = session
        self.start = start
        self.end = end
        self.families = families
    }

    /// How often a family (or one name in it) was named, and how strongly on average.
    public struct Count: Sendable, Equatable {
        /// The family or the name.
        public var name: String
        /// How many times.
        public var count: Int
        /// The mean of the intensities given, nil when none was.
        public var meanIntensity: Double?

        /// A count.
        public init(name: String, count: Int, meanIntensity: Double?) {
            self.name = name
            self.count = count
            self.meanIntensity = meanIntensity
        }
    }

    /// A family and the names in it, most often first (then by name).
    public struct Family: Sendable, Equatable {
        /// The family's count and mean.
        public var total: Count
        /// Each name's count and mean.
        public var names: [Count]

        /// A family.
        public init(total: Count, names: [Count]) {
            self.total = total
            self.names = names
        }
    }

    /// The tallies gathered into periods, in the order they come (by day, or by session with
    /// the time before the first journey first): by ``Week`` (days from ``EmotionTally/day``),
    /// or by session, each with its span's days from `spans`.
    public static func periods(from tallies: [EmotionTally], by grouping: EmotionGrouping,
                               spans: [SessionSpan]) -> [EmotionPeriod] {
        var periods: [EmotionPeriod] = []
        var families: [[String: Sum]] = []
        var names: [[String: [String: Sum]]] = []
        for tally in tallies {
            let period: EmotionPeriod
            switch grouping {
            case .week(let weekStart):
                guard let day = tally.day else { continue }
                let week = Week(containing: day, weekStart: weekStart)
                period = EmotionPeriod(week: week, start: week.start, end: week.end)
            case .session:
                let span = spans.first { $0.number == tally.session }
                period = EmotionPeriod(session: tally.session, start: span?.start, end: span?.end)
            }
            if periods.last.map({ $0.week != period.week || $0.session != period.session }) ?? true {
                periods.append(period)
                families.append([:])
                names.append([:])
            }
            families[families.count - 1][tally.family, default: Sum()].add(tally)
            names[names.count - 1][tally.family, default: [:]][tally.name, default: Sum()].add(tally)
        }
        for i in periods.indices {
            periods[i].families = families[i].map { family, sum in
                Family(total: sum.counted(as: family),
                       names: (names[i][family] ?? [:]).map { $1.counted(as: $0) }.sorted(by: Self.mostNamedFirst))
            }.sorted { Self.mostNamedFirst($0.total, $1.total) }
        }
        return periods
    }

    private static func mostNamedFirst(_ a: Count, _ b: Count) -> Bool {
        (a.count, b.name) > (b.count, a.name)
    }

    /// Counts and intensities added up.
    private struct Sum {
        var count = 0
        var intensitySum = 0.0
        var intensityCount = 0

        mutating func add(_ tally: EmotionTally) {
            count += tally.count
            intensitySum += tally.intensitySum
            intensityCount += tally.intensityCount
        }

        func counted(as name: String) -> Count {
            Count(name: name, count: count, meanIntensity: intensityCount == 0 ? nil : intensitySum / Double(intensityCount))
        }
    }
}
