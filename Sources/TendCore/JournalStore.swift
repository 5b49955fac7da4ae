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
    /// Every open or in-progress action item with a summary of its entry, by the entry's date,
    /// path, then the item's place. (A store answers this without loading whole entries: a
    /// long-kept vault may hold thousands of open steps.)
    func openActions() throws -> [OpenAction]
    /// For each theme, the first day it was seen and how many entries carry it.
    func themeHistory() throws -> [String: ThemeHistory]
    /// The date of the most recent entry, if any.
    func latestEntryDate() throws -> LocalDate?
}

/// An open or in-progress action item and the entry it was written in.
public struct OpenAction: Sendable, Equatable {
    /// The item.
    public var action: ActionItem
    /// Its entry.
    public var entry: EntrySummary

    /// Creates an open action.
    public init(action: ActionItem, entry: EntrySummary) {
        self.action = action
        self.entry = entry
    }
}

/// What a listing needs to know of an entry: where it is, when, what it is called.
public struct EntrySummary: Sendable, Equatable {
    /// Vault-relative path.
    public var path: String
    /// The entry's day.
    public var date: LocalDate
    /// Its title.
    public var title: String
    /// Its type.
    public var type: EntryType
    /// The journey it belongs to.
    public var session: Int?
    /// Its themes, sorted.
    public var themes: [String]

    /// Creates a summary.
    public init(path: String, date: LocalDate, title: String, type: EntryType, session: Int?, themes: [String]) {
        self.path = path
        self.date = date
        self.title = title
        self.type = type
        self.session = session
        self.themes = themes
    }

    /// The summary of a dated entry.
    public init(_ entry: Entry) {
        self.init(path: entry.path, date: entry.date!, title: entry.title, type: entry.type, session: entry.session,
                  themes: entry.themes)
    }
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

    public func openActions() -> [OpenAction] {
        entries.flatMap { entry in
            entry.actions.filter(\.isOpen).map { OpenAction(action: $0, entry: EntrySummary(entry)) }
        }
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
