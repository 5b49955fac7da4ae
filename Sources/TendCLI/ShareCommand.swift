import ArgumentParser
import Foundation
import TendCore
import TendRender

/// `tend share`: a summary to give a therapist, with nothing from private entries.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "A summary to give your therapist: intentions, the questions you want to bring, insights, feelings, mood, steps and practices.",
        discussion: """
        Without options it covers the latest journey, from the journey to the day before the next \
        one (or today). Nothing from an entry with private: true in its front matter or the tag \
        #private (private_tag in .tend/config.yaml) is included, nor anything inside %% … %%; the \
        entries' own text only with --with-text. --format html writes one self-contained page \
        (no scripts, nothing fetched) that prints cleanly with "Save as PDF". -o FILE writes it to \
        a file only you can read, never replacing one without --force.
        """
    )

    /// What `tend share` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var day: DayOptions

    @Option(help: ArgumentHelp("Journey N, or 'latest'.", valueName: "N"))
    var session: String?

    @Option(help: ArgumentHelp("The first day to share.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The last day to share, with --since (default today).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of printing.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Include the entries' own text, not only what tend read from them.")
    var withText = false

    @Flag(help: "With -o, replace a file that is already there.")
    var force = false

    func validate() throws {
        if session != nil, since != nil || until != nil {
            throw ValidationError("Choose either --session or --since/--until.")
        }
        if let session, session.lowercased() != "latest", Int(session) == nil {
            throw ValidationError("--session needs a journey number like 3, or 'latest'; '\(session)' is not one.")
        }
        for (option, value) in [("--since", since), ("--until", until)] {
            if let value, LocalDate(parsing: value) == nil {
                throw ValidationError("\(option) needs a day written as YYYY-MM-DD, like 2026-11-17.")
            }
        }
        if until != nil, since == nil { throw ValidationError("--until needs --since as well.") }
    }

    func run() throws {
        var clock = Stopwatch()
        defer { clock.report() }
        let vault = try Vault.open(vaultOptions.location())
        try vault.report(clock: &clock) { store, clock in try share(store: store, vault: vault, clock: &clock) }
    }

    /// Builds the summary and prints or saves it.
    private func share(store: any JournalStore, vault: Vault, clock: inout Stopwatch) throws {
        let today = day.date()
        let scope: ShareSummary.Scope
        if let since = since.flatMap({ LocalDate(parsing: $0) }) {
            let until = until.flatMap { LocalDate(parsing: $0) } ?? today
            guard until >= since else {
                throw Diagnostic.error("--until (\(until)) is before --since (\(since))")
            }
            scope = .days(DayRange(since, until))
        } else {
            scope = .session(session.flatMap { Int($0) })
        }
        guard let summary = try ShareSummary(scope: scope, store: store, today: today, privacy: vault.configuration.privacy,
                                             withText: withText, windows: vault.configuration.metricWindows) else {
            throw Diagnostic.error("there is no journey \(session ?? "") in this vault; tend sessions lists them")
        }
        clock.lap("build")
        let document = summary.document
        let text = format == .html ? document.html : document.markdown
        clock.lap("render")
        guard let output else {
            Output.write(text)
            return
        }
        // A file named on the command line may be anywhere; it is written as safely as one in
        // the vault: never through a link, all at once, owner-only, replaced only with --force.
        let folder = (output as NSString).deletingLastPathComponent
        do {
            try PrivateFiles.save(text, as: (output as NSString).lastPathComponent, under: folder.isEmpty ? "." : folder,
                                  replacing: force)
        } catch {
            throw Output.failure(error, path: output)
        }
        Output.line("Saved \(output).")
    }
}
