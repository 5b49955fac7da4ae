import ArgumentParser
import TendCore
import TendRender

/// `tend export`: every entry as the index holds it (synced first), for scripts.
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
        try vault.report(clock: &clock) { store, clock in
            try format.printer.print(batches: { write in try store.everyEntry { write(EntryExport($0)) } })
            clock.lap("read and write")
        }
    }
}
