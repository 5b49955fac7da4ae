import ArgumentParser

/// The `tend` command: reads an integration journal (a folder of Markdown files) and gives back
/// what is hard to see by hand.
public struct Tend: ParsableCommand {
    /// The command's description and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "Tend your integration journal: reviews, searches, themes and actions from your Markdown entries.",
        discussion: """
        tend reads a folder of Markdown entries (your vault) and never changes them.
        Run a command inside the vault, or point to it with --vault DIR or TEND_VAULT.
        """,
        version: "0.1.0",
        subcommands: [ReviewCommand.self, SessionsCommand.self, ShareCommand.self, PlanCommand.self, NewCommand.self, GrepCommand.self, ThemesCommand.self,
                      EmotionsCommand.self, ActionsCommand.self, IndexCommand.self, CheckCommand.self, ExportCommand.self,
                      InitCommand.self]
    )

    /// Creates the command (ArgumentParser needs it).
    public init() {}
}
