import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// How to group emotions over time.
enum EmotionPeriodOption: String, ExpressibleByArgument, CaseIterable {
    case week, session
}

/// `tend emotions`: emotion counts and intensities by family and name, over time.
struct EmotionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emotions",
        abstract: "The emotions you named, by family and by name, with how often and how strongly, week by week or session by session."
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Option(help: "week or session.")
    var by: EmotionPeriodOption = .week

    @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func validate() throws {
        _ = try parseDay(since, option: "--since")
    }

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let index = try vault.queryIndex(indexOptions)
        let grouping: EmotionGrouping = by == .week ? .week(startingOn: vault.configuration.weekStart) : .session
        let since = try parseDay(since, option: "--since")
        let (tallies, spans) = try vault.query(indexOptions) {
            (try index.emotionTallies(by: grouping, since: since), try index.sessionSpans())
        }
        format.printer.print(EmotionListing(EmotionPeriod.periods(from: tallies, by: grouping, spans: spans)))
    }
}
