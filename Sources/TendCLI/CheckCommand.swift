import ArgumentParser
import TendCore

/// `tend check`: every problem in the vault, with its place.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Look over the vault and list anything tend could not read cleanly, with file, line and column.",
        discussion: "Problems go to stderr as PATH:LINE:COL: error|warning: sentence. Exit 2 when there are errors."
    )

    @OptionGroup var vaultOptions: VaultOptions

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let (entries, diagnostics) = try vault.problemsOfEveryFile()
        Output.report(diagnostics)
        let errors = diagnostics.filter { $0.problem.severity == .error }.count
        let warnings = diagnostics.count - errors
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if diagnostics.isEmpty {
            Output.line("Read \(count(entries, "entry").replacingOccurrences(of: "entrys", with: "entries")): everything is readable.")
        } else {
            Output.line("Read \(count(entries, "entry").replacingOccurrences(of: "entrys", with: "entries")): \(count(errors, "error")), \(count(warnings, "warning")). Nothing was changed.")
        }
        if errors > 0 { throw ExitCode(ExitStatus.errors) }
    }
}
