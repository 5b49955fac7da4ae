import ArgumentParser
import TendIndex
import TendMarkdown

/// The `tend` command: reads an integration journal (a folder of Markdown files) and gives back
/// what is hard to see by hand.
public struct Tend: ParsableCommand {
    /// The command's description and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "Tend your integration journal: reviews, searches, themes and actions from your Markdown entries.",
        discussion: """
        tend reads a folder of Markdown entries (your vault) and never changes them.
        Run a command anywhere inside the vault (the nearest folder above holding .tend/, \
        .obsidian/ or logseq/), or point to it with --vault DIR or TEND_VAULT. Exit 0 ok, \
        1 nothing found, 2 errors.
        """,
        version: Tend.versionText,
        subcommands: [ReviewCommand.self, SessionsCommand.self, ShareCommand.self, PlanCommand.self, NewCommand.self, GrepCommand.self, ThemesCommand.self,
                      EmotionsCommand.self, ActionsCommand.self, IndexCommand.self, CheckCommand.self, ExplainCommand.self, ExportCommand.self,
                      InitCommand.self]
    )

    /// What `tend --version` prints: tend's version when it was built (the latest git tag, or
    /// the VERSION file's; see scripts/version.sh), then the libcmark and SQLite it runs with.
    static var versionText: String {
        """
        tend \(buildVersion)
        libcmark \(CommonMark.libraryVersion)
        SQLite \(JournalIndex.sqliteVersion)
        """
    }

    /// Creates the command (ArgumentParser needs it).
    public init() {}
}
