import ArgumentParser
import Foundation
import TendCore

/// Options of the commands that read the index.
struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"),
            help: ArgumentHelp("The index file (default: TEND_INDEX, else <vault>/.tend/index.sqlite).", valueName: "PATH"))
    var indexPath: String?

    @Option(name: .customLong("today"), help: .hidden)
    var todayText: String?

    /// The index file as given (`--index`, then `TEND_INDEX`), or nil for the vault's own.
    var givenIndexPath: String? {
        indexPath ?? ProcessInfo.processInfo.environment["TEND_INDEX"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Today: `--today`, `TEND_TODAY`, else the local calendar day.
    func today() throws -> LocalDate {
        try DayOptions.today(todayText)
    }

    func validate() throws { _ = try today() }
}

/// Reads `YYYY-MM-DD` options.
func parseDay(_ text: String?, option: String) throws -> LocalDate? {
    guard let text else { return nil }
    guard text.count == 10, let date = LocalDate(parsing: text) else {
        throw ValidationError("\(option) wants a date written as YYYY-MM-DD, like 2026-11-03; '\(text)' is not one")
    }
    return date
}
