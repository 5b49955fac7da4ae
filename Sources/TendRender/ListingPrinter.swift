import TendCore

/// Writes a ``Listing`` in one format. A command chooses its printer once, from its
/// `--format`, and hands it what it asked the index for (ripgrep's split: the query knows
/// nothing of output, the printer nothing of where the rows came from).
public protocol ListingPrinter {
    /// Writes the listing.
    func print(_ listing: some Listing)
}

/// Writes a listing that may be written only as JSON (the export) in one of the JSON formats.
public protocol JSONListingPrinter {
    /// Writes the listing.
    func print(json listing: some JSONListing)
    /// Writes the rows of the listings `produce` hands over, one after the other, as those of one
    /// listing: for rows read a batch at a time and never held whole (the export). The rows are
    /// written on another core while `produce` reads the next batch. What `produce` throws is
    /// thrown once what it handed over is written.
    func print<L: JSONListing & Sendable>(batches produce: (_ write: (L) -> Void) throws -> Void) throws
}

/// The formats listings are written in.
public enum ListingFormat: String, Sendable, CaseIterable {
    /// For a person: a table or lines.
    case text
    /// One JSON document, indented.
    case json
    /// One JSON object a line.
    case jsonl
    /// Markdown (`tend sessions`).
    case markdown

    /// The printer for this format, writing through `write` (called with pieces of about
    /// 64 KB or less, in order).
    public func printer(writingTo write: @escaping (String) -> Void) -> any ListingPrinter {
        switch self {
        case .text: TextPrinter(write: write)
        case .json: JSONPrinter(write: write)
        case .jsonl: JSONLinesPrinter(write: write)
        case .markdown: MarkdownPrinter(write: write)
        }
    }
}

/// Writes a listing's text (its table or lines, or the sentence said when it is empty).
public struct TextPrinter: ListingPrinter {
    /// Where the text goes.
    public var write: (String) -> Void

    /// A printer writing through `write`.
    public init(write: @escaping (String) -> Void) { self.write = write }

    /// Writes the listing's ``Listing/text``.
    public func print(_ listing: some Listing) { write(listing.text) }
}

/// Writes a listing's Markdown; a listing that has none is written as its text.
public struct MarkdownPrinter: ListingPrinter {
    /// Where the text goes.
    public var write: (String) -> Void

    /// A printer writing through `write`.
    public init(write: @escaping (String) -> Void) { self.write = write }

    /// Writes the listing's ``Listing/markdown``, else its ``Listing/text``.
    public func print(_ listing: some Listing) { write(listing.markdown ?? listing.text) }
}

/// Writes a listing as one JSON document, indented by two spaces, and a newline; handed on
/// in pieces as it is written, so a long export is never held whole.
public struct JSONPrinter: ListingPrinter, JSONListingPrinter {
    /// Where the text goes.
    public var write: (String) -> Void

    /// A printer writing through `write`.
    public init(write: @escaping (String) -> Void) { self.write = write }

    /// Writes the listing's document.
    public func print(_ listing: some Listing) { print(json: listing) }

    /// Writes the document of a listing that is only written as JSON (the export).
    public func print(json listing: some JSONListing) {
        var json = JSONWriter(.pretty, handingOnTo: write)
        listing.writeDocument(to: &json)
        json.endLine()
        json.finish()
    }

    /// Writes one array of every batch's rows.
    public func print<L: JSONListing & Sendable>(batches produce: (_ write: (L) -> Void) throws -> Void) throws {
        try Parallel.pipeline(produce: produce) { next in
            var json = JSONWriter(.pretty, handingOnTo: write)
            json.array { json in
                while let listing = next() {
                    for row in listing.rows { listing.write(row, to: &json) }
                }
            }
            json.endLine()
            json.finish()
        }
    }
}

/// Writes a listing as JSON lines: each row one compact object on its own line.
public struct JSONLinesPrinter: ListingPrinter, JSONListingPrinter {
    /// Where the text goes.
    public var write: (String) -> Void

    /// A printer writing through `write`.
    public init(write: @escaping (String) -> Void) { self.write = write }

    /// Writes the listing's rows.
    public func print(_ listing: some Listing) { print(json: listing) }

    /// Writes the rows of a listing that is only written as JSON (the export).
    public func print(json listing: some JSONListing) {
        var json = JSONWriter(.compact, handingOnTo: write)
        for row in listing.rows {
            listing.write(row, to: &json)
            json.endLine()
        }
        json.finish()
    }

    /// Writes every batch's rows, one a line.
    public func print<L: JSONListing & Sendable>(batches produce: (_ write: (L) -> Void) throws -> Void) throws {
        try Parallel.pipeline(produce: produce) { next in
            var json = JSONWriter(.compact, handingOnTo: write)
            while let listing = next() {
                for row in listing.rows {
                    listing.write(row, to: &json)
                    json.endLine()
                }
            }
            json.finish()
        }
    }
}
