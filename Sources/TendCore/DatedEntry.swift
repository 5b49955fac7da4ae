/// An entry that has a day. Notes (files with no date anywhere) are indexed and searched, but
/// never placed in a week, a journey or a report, so a ``JournalStore``'s reports get only these:
/// their `date` is a day, not an optional one. The entry's other values read through as
/// they are (`dated.themes`, `dated.path`).
@dynamicMemberLookup
public struct DatedEntry: Sendable, Equatable {
    /// The entry.
    public let entry: Entry
    /// Its day.
    public let date: LocalDate

    /// The entry with its day, or nil for a note.
    public init?(_ entry: Entry) {
        guard let date = entry.date else { return nil }
        self.entry = entry
        self.date = date
    }

    /// The entry placed on `date` (its own date, if any, is replaced).
    public init(_ entry: Entry, on date: LocalDate) {
        var entry = entry
        entry.date = date
        self.entry = entry
        self.date = date
    }

    /// A value of the entry.
    public subscript<Value>(dynamicMember value: KeyPath<Entry, Value>) -> Value {
        entry[keyPath: value]
    }

    /// Date order, then path.
    public static func byDateThenPath(_ a: DatedEntry, _ b: DatedEntry) -> Bool {
        (a.date, a.entry.path) < (b.date, b.entry.path)
    }
}

extension Array where Element == Entry {
    /// The entries that have a day, in the same order (notes left out).
    public var dated: [DatedEntry] { compactMap(DatedEntry.init) }
}
