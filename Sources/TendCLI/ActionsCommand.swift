import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

extension ActionSelection: EnumerableFlag {
    public static func help(for value: ActionSelection) -> ArgumentHelp? {
        switch value {
        case .open: return "Open and in-progress items (the default)."
        case .done: return "Items marked done."
        case .overdue: return "Open items whose due date has passed."
        case .all: return "Every item, cancelled ones too."
        }
    }
}

/// `tend actions`: the action items with their sources.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Your action items with status, due date, session and where they are written (PATH:LINE:COL).",
        discussion: "Sorted by due date; items without one come last."
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Flag var selection: ActionSelection = .open

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let index = try vault.queryIndex(indexOptions)
        let today = try indexOptions.today()
        let actions = try vault.query(indexOptions) { try index.actions(selection, today: today) }
        format.printer.print(ActionListing(actions, selection: selection, today: today, display: vault.location.display))
    }
}
