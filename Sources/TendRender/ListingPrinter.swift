import Foundation
import Synchronization

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
        if let listing = listing as? any ConcurrentJSONListing { return printOnEveryCore(listing) }
        var json = JSONWriter(.compact, handingOnTo: write)
        for row in listing.rows {
            listing.write(row, to: &json)
            json.endLine()
        }
        json.finish()
    }

    /// The rows in pieces of 256, a few at a time, each piece written on a core of its own;
    /// the pieces are handed on in order.
    private func printOnEveryCore(_ listing: some ConcurrentJSONListing) {
        let rows = listing.rows, size = 256
        let starts = Array(stride(from: rows.startIndex, to: rows.endIndex, by: size))
        let atOnce = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        for first in stride(from: 0, to: starts.count, by: atOnce) {
            let wave = Array(starts[first..<min(first + atOnce, starts.count)])
            let pieces = Mutex([String](repeating: "", count: wave.count))
            DispatchQueue.concurrentPerform(iterations: wave.count) { i in
                var json = JSONWriter(.compact)
                for row in rows[wave[i]..<min(wave[i] + size, rows.endIndex)] {
                    listing.write(row, to: &json)
                    json.endLine()
                }
                let text = json.text
                pieces.withLock { $0[i] = text }
            }
            for piece in pieces.withLock({ $0 }) { write(piece) }
        }
    }
}

/// A listing whose rows may be written on every core at once: the export, where writing
/// 10,000 entries as JSON lines on one core took about as long as parsing them on two.
public protocol ConcurrentJSONListing: JSONListing, Sendable
where Rows: RandomAccessCollection & Sendable, Rows.Index == Int {}
