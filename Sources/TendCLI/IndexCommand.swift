import ArgumentParser
import Foundation
import TendCore

/// `tend index`: brings the index up to date and says what changed.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the index up to date with your entries and say what changed.",
        discussion: """
        Only new and changed files are read again. Every command that needs the index does this by \
        itself, quietly; run it to see what changed, or with --rebuild to start over. \
        The index lives in .tend/index.sqlite and only you can read it.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Flag(help: "Start over: read every entry again.")
    var rebuild = false

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let bar = ProgressBar()
        let synced: Vault.SyncedIndex
        do {
            synced = try vault.syncedIndex(at: indexOptions.givenIndexPath, rebuild: rebuild) { done, total, seconds in
                bar.show(done: done, total: total, seconds: seconds)
            }
        } catch {
            bar.clear()
            throw Output.failure(error, path: indexOptions.givenIndexPath ?? vault.location.display(Vault.indexPath))
        }
        bar.clear()
        let report = synced.report
        let parsed = report.problems.map(vault.location.shown)
        let all = synced.diagnostics + parsed
        // A first index of a big vault can meet hundreds of warnings: show a screenful, count the rest.
        let shown = 20
        Output.report(Array(all.sorted { a, b in
            a.severity != b.severity ? a.severity > b.severity : (a.place.path ?? "") < (b.place.path ?? "")
        }.prefix(shown)))
        if all.count > shown {
            Output.remark("… and \(Count.grouped(all.count - shown)) more; 'tend check' lists every one with its place")
        }
        let errors = all.filter(\.isError).count
        let warnings = all.count - errors
        var parts = ["\(Count.grouped(report.added)) added", "\(Count.grouped(report.updated)) updated", "\(Count.grouped(report.removed)) removed",
                     Count.words(warnings, "warning")]
        if errors > 0 { parts.append(Count.words(errors, "error")) }
        let seconds = String(format: "%.1f", synced.seconds)
        var entries = Count.words(report.entries - report.notes, "entry", plural: "entries")
        if report.notes > 0 { entries += " and " + Count.words(report.notes, "note") }
        Output.line("Indexed \(entries) in \(seconds) s\(report.rebuilt ? " (rebuilt)" : ""): \(parts.joined(separator: ", "))")
        if synced.isPlainFolder {
            Output.line("This folder is not a vault (it holds no .tend/, .obsidian/ or logseq/), so the index was kept for this run only; 'tend init' makes it a vault with an index that lasts.")
        }
        if errors > 0 { throw ExitCode(ExitStatus.errors) }
    }
}
