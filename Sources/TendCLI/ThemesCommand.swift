import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// `tend themes`: every theme with counts, sessions and trend.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Your themes: how many entries carry each, in which sessions, first and last seen, and whether it is rising or fading.",
        discussion: """
        The trend compares the entries of the last 4 weeks with the 4 weeks before: rising when there \
        are more (by more than a fifth), fading when fewer or none lately, steady otherwise.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

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
        let since = try parseDay(since, option: "--since"), today = try indexOptions.today()
        let themes = try vault.query(indexOptions) { try index.themes(since: since, today: today) }
        format.printer.print(ThemeListing(themes))
    }
}
