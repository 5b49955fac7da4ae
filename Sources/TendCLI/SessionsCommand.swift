import ArgumentParser
import Foundation
import TendCore
import TendRender

/// `tend sessions`: mood (or another metric) around each journey.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Mood around each journey: the days before it against the days after it, and when it came back.",
        discussion: """
        One row per journey: its date, intention and integration window, the metric's mean in the \
        7 days before it against days 1–3, 4–7 and 8–14 after it (session_windows in \
        .tend/config.yaml changes them), and the first day after it that was back at the level \
        from before. --format markdown adds a chart by days since journey for the latest journeys.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var day: DayOptions

    @Option(help: ArgumentHelp("The metric to compare: mood, anxiety, sleep, or any number you write.", valueName: "NAME"))
    var metric = "mood"

    @Option(help: "text, json, jsonl or markdown.")
    var format: SessionsFormat = .text

    func run() throws {
        var clock = Stopwatch()
        defer { clock.report() }
        let vault = try Vault.open(vaultOptions.location())
        try vault.report(clock: &clock) { store, clock in
            let overview = try SessionsOverview(metric: metric, store: store, today: day.date(),
                                                windows: vault.configuration.metricWindows)
            clock.lap("build")
            format.printer.print(SessionListing(overview))
        }
    }
}
