/// What the weekly review, the plan and the listing commands need to read from a vault.
///
/// The core declares it; `TendIndex` conforms with SQLite, and ``InMemoryJournal`` conforms
/// over parsed entries (for tests and small vaults). Every method returns entries sorted by
/// date, then path; sessions are already numbered.
public protocol JournalStore {
    /// Entries dated from `start` through `end`, both included.
    func entries(from start: LocalDate, through end: LocalDate) throws -> [Entry]
    /// Every journey, by date.
    func journeys() throws -> [Journey]
    /// Entries that hold at least one open or in-progress action item.
    func entriesWithOpenActions() throws -> [Entry]
    /// For each theme, the first day it was seen and how many entries carry it.
    func themeHistory() throws -> [String: ThemeHistory]
    /// The date of the most recent entry, if any.
    func latestEntryDate() throws -> LocalDate?
}

/// When a theme first appeared, and how often.
public struct ThemeHistory: Sendable, Equatable {
    /// The first day an entry carried the theme.
    public var firstSeen: LocalDate
    /// The last day an entry carried the theme.
    public var lastSeen: LocalDate
    /// How many entries carry it.
    public var entryCount: Int
    /// The session numbers it was seen in.
    public var sessions: Set<Int>

    /// Creates a history.
    public init(firstSeen: LocalDate, lastSeen: LocalDate, entryCount: Int, sessions: Set<Int>) {
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.entryCount = entryCount
        self.sessions = sessions
    }
}

/// A ``JournalStore`` over entries held in memory.
public struct InMemoryJournal: JournalStore, Sendable {
    /// The entries, dated ones sorted by date then path; sessions numbered.
    public let entries: [Entry]
    private let journeyList: [Journey]

    /// Numbers sessions and sorts the entries.
    public init(entries: [Entry]) {
        var entries = entries
        journeyList = Sessions.assign(&entries)
        self.entries = entries.filter { $0.date != nil }.sorted { ($0.date!, $0.path) < ($1.date!, $1.path) }
    }

    public func entries(from start: LocalDate, through end: LocalDate) -> [Entry] {
        entries.filter { $0.date! >= start && $0.date! <= end }
    }

    public func journeys() -> [Journey] { journeyList }

    public func entriesWithOpenActions() -> [Entry] {
        entries.filter { $0.actions.contains(where: \.isOpen) }
    }

    public func themeHistory() -> [String: ThemeHistory] {
        var result: [String: ThemeHistory] = [:]
        for entry in entries {
            for theme in entry.themes {
                let date = entry.date!
                if var h = result[theme] {
                    h.lastSeen = max(h.lastSeen, date)
                    h.firstSeen = min(h.firstSeen, date)
                    h.entryCount += 1
                    if let s = entry.session { h.sessions.insert(s) }
                    result[theme] = h
                } else {
                    result[theme] = ThemeHistory(firstSeen: date, lastSeen: date, entryCount: 1,
                                                 sessions: entry.session.map { [$0] } ?? [])
                }
            }
        }
        return result
    }

    public func latestEntryDate() -> LocalDate? { entries.last?.date }
}
