/// What the reports (the weekly review, the plan, the session views, share) need to read
/// from a vault.
///
/// The core declares it; `TendIndex` conforms with SQLite, and ``InMemoryJournal`` conforms
/// over parsed entries (for tests, and when the index cannot be opened). Every method returns
/// entries sorted by date, then path; sessions are already numbered. Entries come as
/// ``DatedEntry``: a store holds notes too (for search), but only the export
/// (``everyEntry(_:)``) is handed them.
public protocol JournalStore {
    /// Entries dated from `start` through `end`, both included, whole (every item with its
    /// place, the fields, the text): a store that keeps an index reads them from it, with no
    /// file parsed again.
    func entries(from start: LocalDate, through end: LocalDate) throws -> [DatedEntry]
    /// Every journey, by date.
    func journeys() throws -> [Journey]
    /// The open steps (open or in progress, with text) of entries dated on or before `day`:
    /// how many, and the `limit` written last, in written order (entry date, path, place).
    /// (A store counts without loading them: a long-kept vault may hold thousands.)
    func openActions(through day: LocalDate, limit: Int) throws -> OpenActionPage
    /// Of those, the ones due before `dueBefore`: how many, and the `limit` due last, by due
    /// date, then in written order.
    func overdueActions(through day: LocalDate, dueBefore: LocalDate, limit: Int) throws -> OpenActionPage
    /// The same open steps by topic (``ActionItem/topic(entryThemes:)``; "" for none): for each,
    /// how many, and the `limit` written last, in written order.
    func openActionsByTopic(through day: LocalDate, limit: Int) throws -> [String: OpenActionPage]
    /// For each of `themes` that an entry carries: the first and last day it was seen, how
    /// many entries carry it, in which sessions.
    func themeHistory(of themes: Set<String>) throws -> [String: ThemeHistory]
    /// The date of the most recent entry, if any.
    func latestEntryDate() throws -> LocalDate?
    /// Every metric value of the entries dated from `start` through `end`, by date, path and name.
    func metricValues(from start: LocalDate, through end: LocalDate) throws -> [MetricValue]
    /// The entries dated on any of `days`, by date then path, with only what says what and when
    /// they are (path, date, time, type, session, title, intentions) and no items: enough to
    /// tell which entry kept a journey's integration window, for every journey at once.
    func entryHeads(on days: Set<LocalDate>) throws -> [DatedEntry]
    /// Every entry and every note, whole but for the body text (`text` empty, `textLine` 0: the
    /// export does not write it), by date then path (notes, which have no date, last), handed to
    /// `body` a batch at a time, in order, so that a long journal is never held whole
    /// (`tend export`).
    func everyEntry(_ body: ([Entry]) throws -> Void) throws
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

/// Some of many open steps: how many there are, and the ones to show.
public struct OpenActionPage: Sendable, Equatable {
    /// How many steps there are in all.
    public var count: Int
    /// The steps shown.
    public var shown: [OpenAction]

    /// Creates a page.
    public init(count: Int, shown: [OpenAction]) {
        self.count = count
        self.shown = shown
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
    public init(_ entry: DatedEntry) {
        self.init(path: entry.path, date: entry.date, title: entry.title, type: entry.type, session: entry.session,
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
    /// In how many sessions it was seen.
    public var sessionCount: Int

    /// Creates a history.
    public init(firstSeen: LocalDate, lastSeen: LocalDate, entryCount: Int, sessionCount: Int) {
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.entryCount = entryCount
        self.sessionCount = sessionCount
    }
}

/// A ``JournalStore`` over entries held in memory.
public struct InMemoryJournal: JournalStore, Sendable {
    /// The dated entries, sorted by date then path; sessions numbered.
    public let entries: [DatedEntry]
    /// The notes (entries with no date), by path.
    public let notes: [Entry]
    private let journeyList: [Journey]

    /// Numbers sessions and sorts the entries and the notes.
    public init(entries: [Entry]) {
        var entries = entries
        journeyList = Sessions.assign(&entries)
        self.entries = entries.dated.sorted(by: DatedEntry.byDateThenPath)
        notes = entries.filter { $0.date == nil }.sorted { $0.path < $1.path }
    }

    public func entries(from start: LocalDate, through end: LocalDate) -> [DatedEntry] {
        entries.filter { $0.date >= start && $0.date <= end }
    }

    public func journeys() -> [Journey] { journeyList }

    /// Every open step with text, in written order.
    private func openSteps(through day: LocalDate) -> [OpenAction] {
        entries.flatMap { entry in
            entry.date > day ? [] : entry.actions.filter { $0.isOpen && !$0.text.isEmpty }
                .map { OpenAction(action: $0, entry: EntrySummary(entry)) }
        }
    }

    public func openActions(through day: LocalDate, limit: Int) -> OpenActionPage {
        let steps = openSteps(through: day)
        return OpenActionPage(count: steps.count, shown: Array(steps.suffix(limit)))
    }

    public func overdueActions(through day: LocalDate, dueBefore: LocalDate, limit: Int) -> OpenActionPage {
        let late = openSteps(through: day).enumerated().filter { ($0.element.action.due ?? dueBefore) < dueBefore }
            .sorted { ($0.element.action.due!, $0.offset) < ($1.element.action.due!, $1.offset) }
        return OpenActionPage(count: late.count, shown: late.suffix(limit).map(\.element))
    }

    public func openActionsByTopic(through day: LocalDate, limit: Int) -> [String: OpenActionPage] {
        let groups = Dictionary(grouping: openSteps(through: day)) { $0.action.topic(entryThemes: $0.entry.themes) ?? "" }
        return groups.mapValues { OpenActionPage(count: $0.count, shown: Array($0.suffix(limit))) }
    }

    public func themeHistory(of themes: Set<String>) -> [String: ThemeHistory] {
        var days: [String: [LocalDate]] = [:]
        var sessions: [String: Set<Int>] = [:]
        for entry in entries {
            for theme in entry.themes where themes.contains(theme) {
                days[theme, default: []].append(entry.date)
                if let s = entry.session { sessions[theme, default: []].insert(s) }
            }
        }
        var result: [String: ThemeHistory] = [:]
        for (theme, seen) in days {
            result[theme] = ThemeHistory(firstSeen: seen.min()!, lastSeen: seen.max()!, entryCount: seen.count,
                                         sessionCount: sessions[theme]?.count ?? 0)
        }
        return result
    }

    public func latestEntryDate() -> LocalDate? { entries.last?.date }

    public func entryHeads(on days: Set<LocalDate>) -> [DatedEntry] {
        entries.filter { days.contains($0.date) }.compactMap { e in
            var head = Entry(path: e.path)
            head.date = e.date
            head.minutes = e.minutes
            head.type = e.type
            head.session = e.session
            head.title = e.title
            head.intentions = e.intentions
            return DatedEntry(head)
        }
    }

    /// All of them in one batch: they are in memory already.
    public func everyEntry(_ body: ([Entry]) throws -> Void) rethrows {
        try body((entries.map(\.entry) + notes).map { entry in
            var entry = entry
            entry.text = ""
            entry.textLine = 0
            return entry
        })
    }

    public func metricValues(from start: LocalDate, through end: LocalDate) -> [MetricValue] {
        entries(from: start, through: end).flatMap { e in
            e.metrics.sorted { $0.key < $1.key }.map { MetricValue(date: e.date, path: e.path, name: $0.key, value: $0.value) }
        }
    }
}
