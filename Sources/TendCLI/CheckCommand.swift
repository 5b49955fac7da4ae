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
            if let hint = Self.unorderedDaysHint(summary.notes, display: vault.location.display) { Output.line("hint: " + hint + ".") }
        }
        let vocabulary = vault.configuration.vocabulary
        for hint in VocabularyHint.hints(unknownListHeadings: summary.unknownListHeadings, vocabulary: vocabulary) {
            Output.line("hint: " + hint.sentence(vocabulary: vocabulary) + ".")
        }
        if errors > 0 { throw ExitCode(ExitStatus.errors) }
    }

    /// For notes whose names hold a day tend does not read without the vault's form
    /// (`03.11.2026.md`): what such a name may mean, and the form to name in the configuration
    /// (the one a number above 12 shows, when every such name that shows one agrees).
    static func unorderedDaysHint(_ notes: [String], display: (String) -> String) -> String? {
        let found = notes.compactMap { path in
            DateFormat.unorderedDay(in: path.split(separator: "/").last ?? "").map { (path: path, day: $0) }
        }
        guard let first = found.first else { return nil }
        let settled = Set(found.compactMap { $0.day.forms.count == 1 ? $0.day.forms[0] : nil })
        let forms = settled.count == 1 ? [settled.first!] : first.day.forms
        let named = display(first.path) + (found.count > 1 ? " and \(found.count - 1) more" : "")
        let readings = DateFormat.readings(of: first.day.written, forms: first.day.forms)
        return "\(named) hold\(found.count == 1 ? "s" : "") a day tend cannot read without the vault's own form ('\(first.day.written)' may be \(readings)); "
            + DateFormat.configurationHint(forms)
    }
}
