/// What a listing command found (themes, emotions, actions, sessions, the export), ready for
/// any of its printers: each row as one JSON object, and the whole as one JSON document.
/// It holds rows and writes them; it never reads or counts anything itself.
public protocol JSONListing {
    /// The rows, in the order they are written.
    associatedtype Rows: Sequence
    /// The rows, in the order they are written.
    var rows: Rows { get }
    /// Writes one row as a JSON object (one line of `--format jsonl`).
    func write(_ row: Rows.Element, to json: inout JSONWriter)
    /// Writes the listing as one JSON document (`--format json`); by default an array of the rows.
    func writeDocument(to json: inout JSONWriter)
}

extension JSONListing {
    /// An array of the rows.
    public func writeDocument(to json: inout JSONWriter) {
        json.array { json in
            for row in rows { write(row, to: &json) }
        }
    }
}

/// A listing that can also be read by a person: a table or lines, or one sentence when
/// there is nothing to list.
public protocol Listing: JSONListing {
    /// The text `--format text` writes, ending in a newline.
    var text: String { get }
    /// The Markdown `--format markdown` writes, for the listings that offer it (nil: the others).
    var markdown: String? { get }
}

extension Listing {
    /// None: most listings are not offered as Markdown.
    public var markdown: String? { nil }
}
