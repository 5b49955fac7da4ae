/// What `tend new` fills into an entry template: the date, the type, the journey number and
/// the last journey's intention as a reminder.
public struct NewEntry: Sendable, Equatable {
    /// `journey`, `integration` or `journal`.
    public var type: EntryType
    /// The entry's day.
    public var date: LocalDate
    /// A journey's own number, or the journey an integration entry belongs to.
    public var session: Int?
    /// The journey before this entry (for a journey: the one before it; otherwise the latest
    /// on or before the date).
    public var previousJourney: Journey?
    /// The vault-relative path the entry goes to.
    public var path: String

    /// Works out the entry.
    ///
    /// - Parameters:
    ///   - session: `--session N`; otherwise a journey gets the next number and an integration
    ///     entry the latest journey's.
    ///   - journeys: the vault's journeys, by date.
    ///   - pattern: ``Configuration/entryPath``.
    public init(type: EntryType, date: LocalDate, session: Int?, journeys: [Journey], pattern: String) {
        self.type = type
        self.date = date
        if type == .journey {
            previousJourney = journeys.last { $0.date < date }
            self.session = session ?? ((journeys.map(\.number).max() ?? 0) + 1)
        } else {
            previousJourney = journeys.last { $0.date <= date }
            self.session = session ?? (type == .integration ? previousJourney?.number : nil)
        }
        path = Self.path(pattern: pattern, date: date, type: type.rawValue)
    }

    /// Fills `{year}`, `{month}`, `{day}`, `{date}` and `{type}` in an entry path pattern.
    public static func path(pattern: String, date: LocalDate, type: String) -> String {
        let text = date.description
        var path = pattern
        for (key, value) in [("{year}", String(text.prefix(4))), ("{month}", String(text.dropFirst(5).prefix(2))),
                             ("{day}", String(text.suffix(2))), ("{date}", text), ("{type}", type)] {
            path = path.replacingOccurrences(of: key, with: value)
        }
        while path.hasPrefix("/") { path.removeFirst() }
        // A pattern can never lead out of the vault.
        path = path.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
        let lower = path.lowercased()
        if !lower.hasSuffix(".md") && !lower.hasSuffix(".markdown") { path += ".md" }
        return path
    }

    /// The previous journey's intention, when it had one.
    public var previousIntention: String? {
        guard let intentions = previousJourney?.intentions, !intentions.isEmpty else { return nil }
        return intentions.joined(separator: " · ")
    }
}
