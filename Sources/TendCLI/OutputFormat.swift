import ArgumentParser
import TendRender

// Each command takes only the formats it writes, so that its `--help` and the shell
// completions offer exactly those, and any other is a usage error naming the ones it takes.

/// The formats of listing commands (grep, themes, emotions, actions).
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

/// The formats of `tend export`: one array, or one entry a line.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
}

/// The formats of rendered documents (review, plan): Markdown, or the values behind it.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
}

/// The formats of `tend explain`: lines for a person, or the readings as JSON.
enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The formats of `tend sessions`: a table, the rows as JSON, or Markdown with a chart.
enum SessionsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, markdown
}

/// A `--format` that chooses the printer of a listing command, once.
protocol ListingOutput {
    /// The format, as TendRender names it.
    var listingFormat: ListingFormat { get }
}

extension ListingOutput {
    /// The printer for this format, writing to stdout.
    var printer: any ListingPrinter { listingFormat.printer(writingTo: Output.write) }
}

extension ListFormat: ListingOutput {
    var listingFormat: ListingFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .jsonl: .jsonl
        }
    }
}

extension SessionsFormat: ListingOutput {
    var listingFormat: ListingFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .jsonl: .jsonl
        case .markdown: .markdown
        }
    }
}

extension ExportFormat {
    /// The printer for this format, writing to stdout.
    var printer: any JSONListingPrinter {
        switch self {
        case .json: JSONPrinter(write: Output.write)
        case .jsonl: JSONLinesPrinter(write: Output.write)
        }
    }
}
