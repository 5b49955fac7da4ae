/// Whether a theme comes up more or less than before.
public enum Trend: String, Sendable, Codable {
    /// More entries in the last 4 weeks than in the 4 weeks before.
    case rising
    /// About as many.
    case steady
    /// Fewer, or none lately.
    case fading
}

/// One theme across the journal (`tend themes`).
public struct ThemeSummary: Sendable, Equatable {
    /// The theme, lower-cased.
    public var name: String
    /// How many entries carry it.
    public var entries: Int
    /// The sessions it was seen in, ascending.
    public var sessions: [Int]
    /// The first day it was seen.
    public var firstSeen: LocalDate
    /// The last day it was seen.
    public var lastSeen: LocalDate
    /// Entries in the 4 weeks up to today.
    public var recent: Int
    /// Entries in the 4 weeks before those.
    public var previous: Int
    /// Recent against previous.
    public var trend: Trend { Self.trend(recent: recent, previous: previous) }

    /// A theme.
    public init(name: String, entries: Int, sessions: [Int], firstSeen: LocalDate, lastSeen: LocalDate,
                recent: Int, previous: Int) {
        self.name = name
        self.entries = entries
        self.sessions = sessions
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.recent = recent
        self.previous = previous
    }

    /// `rising` when the last 4 weeks hold more entries than the 4 before (by more than a fifth),
    /// `fading` when fewer or none lately, `steady` otherwise.
    public static func trend(recent: Int, previous: Int) -> Trend {
        let tolerance = previous / 5
        if recent - previous > tolerance { return .rising }
        if previous - recent > tolerance || recent == 0 { return .fading }
        return .steady
    }

    /// Most entries first, then by name.
    public static func byEntriesThenName(_ a: ThemeSummary, _ b: ThemeSummary) -> Bool {
        (a.entries, b.name) > (b.entries, a.name)
    }
}
