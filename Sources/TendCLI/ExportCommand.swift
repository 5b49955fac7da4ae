import ArgumentParser
import TendCore
import TendRender

/// `tend export`: every parsed entry, for scripts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every entry with its themes, insights, emotions, actions and practices as JSON.",
        discussion: "Sorted by date, then path. --format jsonl writes one entry a line; json writes one array."
    )

    @OptionGroup var vaultOptions: VaultOptions

    @Option(help: "json (an array) or jsonl (one entry a line).")
    var format: ExportFormat = .json

    func run() throws {
        var clock = Stopwatch()
        defer { clock.report() }
        let vault = try Vault.open(vaultOptions.location())
        let (entries, diagnostics) = try vault.loadEntries()
        clock.lap("parse")
        Output.report(diagnostics.filter(\.isError))
        format.printer.print(json: EntryExport(entries))
        clock.lap("json")
        if diagnostics.contains(where: \.isError) { throw ExitCode(ExitStatus.errors) }
    }
}
