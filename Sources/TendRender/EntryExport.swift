import TendCore

/// `tend export`: every entry in the export shape (docs/commands.md), by date then path.
public struct EntryExport: JSONListing, Sendable {
    /// The entries, in order.
    public var rows: [Entry]

    /// An export of `rows`.
    public init(_ rows: [Entry]) { self.rows = rows }

    /// The entry's object (``TendCore/Entry/write(to:)``).
    public func write(_ entry: Entry, to json: inout JSONWriter) { entry.write(to: &json) }
}
