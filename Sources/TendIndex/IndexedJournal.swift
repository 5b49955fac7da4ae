import TendCore

/// A vault's journal as the review, the plan and `tend new` read it: counts, pages, journeys
/// and theme histories come from the index; whole entries (only ever a few weeks of them)
/// are read again from their files, so the index never keeps a second copy of every entry.
public struct IndexedJournal: JournalStore, Sendable {
    /// The index, already synced with the vault.
    public let index: JournalIndex
    /// Reads the vault's files.
    public let reader: VaultReader

    /// Creates the journal of a synced index.
    public init(index: JournalIndex, reader: VaultReader) {
        self.index = index
        self.reader = reader
    }

    /// Entries dated from `start` through `end`, by date then path, parsed from their files on
    /// every core, with the index's session numbers. A file that changed since the sync is
    /// read as it is now; one that is gone, or no longer dated in the range, is left out.
    public func entries(from start: LocalDate, through end: LocalDate) throws -> [DatedEntry] {
        let files = try index.entryFiles(from: start, through: end)
        guard !files.isEmpty else { return [] }
        let parsed = try reader.parse(files.map(\.file))
        var entries: [DatedEntry] = []
        for ((_, session), file) in zip(files, parsed) {
            guard case .entry(var entry) = file, let date = entry.date, date >= start, date <= end else { continue }
            entry.session = session
            entries.append(DatedEntry(entry, on: date))
        }
        return entries
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

    public func storedEntries(from start: LocalDate, through end: LocalDate) throws -> [DatedEntry] {
        try index.storedEntries(from: start, through: end).dated
    }

    public func metricValues(from start: LocalDate, through end: LocalDate) throws -> [MetricValue] {
        try index.metricValues(from: start, through: end)
    }

    public func entryHeads(on days: Set<LocalDate>) throws -> [DatedEntry] {
        try index.entryHeads(on: days).dated
    }
}
