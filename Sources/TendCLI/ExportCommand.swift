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
        let vault = try Vault.open(vaultOptions.location())
        let (entries, diagnostics) = try vault.loadEntries()
        Output.report(diagnostics.filter(\.isError))
        switch format {
        case .jsonl:
            var chunk = ""
            for entry in entries {
                chunk += entry.json.compact + "\n"
                if chunk.utf8.count > 1 << 16 { Output.write(chunk); chunk = "" }
            }
            Output.write(chunk)
        default:
            Output.line(JSONValue.array(entries.map(\.json)).pretty)
        }
        if diagnostics.contains(where: \.isError) { throw ExitCode(ExitStatus.errors) }
    }
}
