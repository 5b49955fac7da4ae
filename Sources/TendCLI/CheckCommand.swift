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
        let (summary, diagnostics) = try vault.checkEveryFile()
        Output.report(diagnostics)
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        let read = Count.words(summary.entries - summary.notes.count, "entry", plural: "entries")
            + (summary.notes.isEmpty ? "" : " and " + Count.words(summary.notes.count, "note"))
        if diagnostics.isEmpty {
            Output.line("Read \(read): everything is readable.")
        } else {
            Output.line("Read \(read): \(Count.words(errors, "error")), \(Count.words(warnings, "warning")). Nothing was changed.")
        }
        if !summary.notes.isEmpty {
            // Information, not a warning per file: a note without a date is a fine thing to keep.
            let shown = summary.notes.prefix(10).map { vault.location.display($0) }.joined(separator: ", ")
            let more = summary.notes.count > 10 ? " and \(summary.notes.count - 10) more" : ""
            Output.line("\(summary.notes.count == 1 ? "This file has" : "These files have") no date, so \(summary.notes.count == 1 ? "it is a note" : "they are notes"): searchable, but never placed in a week or a session: \(shown)\(more).")
            if let hint = UnorderedDay.hint(forNotes: summary.notes, display: vault.location.display) { Output.line("hint: " + hint + ".") }
        }
        if let hint = EntryParser.manyDaysHint(summary.manyDays, display: vault.location.display) { Output.line("hint: " + hint + ".") }
        let vocabulary = vault.configuration.vocabulary
        for hint in VocabularyHint.hints(unknownListHeadings: summary.unknownListHeadings, vocabulary: vocabulary) {
            Output.line("hint: " + hint.sentence(vocabulary: vocabulary) + ".")
        }
        if errors > 0 { throw ExitCode(ExitStatus.errors) }
    }
}
