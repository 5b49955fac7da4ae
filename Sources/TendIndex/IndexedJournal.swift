import TendCore

/// A vault's journal as the reports (review, plan, session views, share) and `tend new` read
/// it: everything comes from the index, already synced with the vault, and no file is read.
public struct IndexedJournal: JournalStore, Sendable {
    /// The index, already synced with the vault.
    public let index: JournalIndex

    /// Creates the journal of a synced index.
    public init(index: JournalIndex) {
        self.index = index
    }

    /// Entries dated from `start` through `end`, by date then path, as the last sync stored
    /// them (a file changed since is read as it was then).
    public func entries(from start: LocalDate, through end: LocalDate) throws -> [DatedEntry] {
        try index.entries(from: start, through: end).dated
    }

    public func journeys() throws -> [Journey] { try index.journeys() }

    public func openActions(through day: LocalDate, limit: Int) throws -> OpenActionPage {
        try index.openActions(through: day, limit: limit)
    }

    public func overdueActions(through day: LocalDate, dueBefore: LocalDate, limit: Int) throws -> OpenActionPage {
        try index.overdueActions(through: day, dueBefore: dueBefore, limit: limit)
    }

    public func openActionsByTopic(through day: LocalDate, limit: Int) throws -> [String: OpenActionPage] {
        try index.openActionsByTopic(through: day, limit: limit)
    }

    public func themeHistory(of themes: Set<String>) throws -> [String: ThemeHistory] {
        try index.themeHistory(of: themes)
    }

    public func latestEntryDate() throws -> LocalDate? { try index.latestEntryDate() }

    public func metricValues(from start: LocalDate, through end: LocalDate) throws -> [MetricValue] {
        try index.metricValues(from: start, through: end)
    }

    public func entryHeads(on days: Set<LocalDate>) throws -> [DatedEntry] {
        try index.entryHeads(on: days).dated
    }

    /// As the last sync stored them, 256 at a time.
    public func everyEntry(_ body: ([Entry]) throws -> Void) throws {
        try index.everyEntry(body)
    }
}
