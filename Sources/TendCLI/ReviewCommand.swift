import ArgumentParser
import Foundation
import TendCore
import TendRender

/// `tend review`: the weekly integration review (docs/review-and-plan.md).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Look back over a week, or over the days since a journey: insights, emotions, mood, small steps, practices and themes.",
        discussion: """
        Without options it reviews the current week. --week latest reviews the most recent week \
        with entries. --session latest (or N) is the integration brief of a journey: from the journey \
        to the day before the next one, with mood before and after it and things to bring to the \
        integration session (template session-review.md, saved as Reviews/session-N.md). --write saves it as Reviews/YEAR-Wnn.md in the vault (never replacing a file \
        without --force). A vault's Templates/weekly-review.md or .tend/templates/weekly-review.md \
        replaces the built-in template; --format json prints every value a template can use.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var day: DayOptions

    @Option(help: ArgumentHelp("A week like 2026-W45, or 'latest' for the most recent week with entries.", valueName: "WEEK"))
    var week: String?

    @Option(help: ArgumentHelp("Review the week that holds this day (YYYY-MM-DD).", valueName: "D"))
    var date: String?

    @Flag(help: "Review last week.")
    var last = false

    @Option(help: ArgumentHelp("The integration brief of journey N, or 'latest'.", valueName: "N"))
    var session: String?

    @Option(help: "markdown, or json for the review's values (for scripts).")
    var format: DocumentFormat = .markdown

    @Option(help: ArgumentHelp("Render with this Mustache template instead.", valueName: "PATH"))
    var template: String?

    @Flag(help: "Save the review in the vault's reviews folder.")
    var write = false

    @Flag(help: "With --write, replace a review that is already there.")
    var force = false

    func validate() throws {
        if [week != nil, date != nil, last, session != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Choose one of --week, --date, --last and --session.")
        }
        if let session, session.lowercased() != "latest", Int(session) == nil {
            throw ValidationError("--session needs a journey number like 3, or 'latest'; '\(session)' is not one.")
        }
        if let week, week.lowercased() != "latest", !(1...7).contains(where: { Week(parsing: week, weekStart: $0) != nil }) {
            throw ValidationError("--week needs a week like 2026-W45 (year, W, week number) or 'latest'; '\(week)' is not one.")
        }
        if let date, LocalDate(parsing: date) == nil {
            throw ValidationError("--date needs a day written as YYYY-MM-DD, like 2026-11-17.")
        }
        if write && format == .json { throw ValidationError("--write saves the Markdown review; leave out --format json.") }
    }

    func run() throws {
        var clock = Stopwatch()
        defer { clock.report() }
        let vault = try Vault.open(vaultOptions.location())
        if write { try vault.location.requireVault("the review was not saved") }
        try vault.report(clock: &clock) { store, clock in
            if let session {
                try brief(session, store: store, vault: vault, today: day.date(), clock: &clock)
            } else {
                try weekly(store: store, vault: vault, today: day.date(), clock: &clock)
            }
        }
    }

    /// The review of a week.
    private func weekly(store: any JournalStore, vault: Vault, today: LocalDate, clock: inout Stopwatch) throws {
        let weekStart = vault.configuration.weekStart
        let chosen: Week
        if let week, week.lowercased() == "latest" {
            chosen = Week(containing: try store.latestEntryDate() ?? today, weekStart: weekStart)
        } else if let week {
            guard let parsed = Week(parsing: week, weekStart: weekStart) else {
                // Written right, but that year has only 52 weeks when weeks start on this day.
                throw Diagnostic.error("\(week.prefix(4)) has only 52 weeks when weeks start on \(LocalDate.weekdayNames[weekStart - 1]), so there is no \(week)")
            }
            chosen = parsed
        } else if let date {
            chosen = Week(containing: LocalDate(parsing: date)!, weekStart: weekStart)
        } else if last {
            chosen = Week(containing: today, weekStart: weekStart).previous
        } else {
            chosen = Week(containing: today, weekStart: weekStart)
        }
        let folder = vault.configuration.reviewsFolder
        let review = try Review(week: chosen, store: store, today: today,
                                links: vault.linkOptions(writingInto: write ? folder : nil), streaks: vault.configuration.streaks)
        clock.lap("build")
        try vault.deliver(review.json, asJSON: format == .json, template: "weekly-review.md", given: template,
                          savingAs: write ? "\(folder)/\(chosen).md" : nil, force: force, clock: &clock)
    }

    /// `--session`: the integration brief of a journey.
    private func brief(_ session: String, store: any JournalStore, vault: Vault, today: LocalDate, clock: inout Stopwatch) throws {
        let number = Int(session)
        let folder = vault.configuration.reviewsFolder
        guard let brief = try SessionBrief(session: number, store: store, today: today,
                                           links: vault.linkOptions(writingInto: write ? folder : nil),
                                           windows: vault.configuration.metricWindows) else {
            throw Diagnostic.error(number.map { "there is no journey \($0) in this vault; tend sessions lists them" }
                ?? "there are no journeys in this vault yet; an entry with type: journey (or KAP, session…) in its front matter, a #journey or #kap tag, or a folder named under journeys: in .tend/config.yaml is one")
        }
        clock.lap("build")
        try vault.deliver(brief.json, asJSON: format == .json, template: "session-review.md", given: template,
                          savingAs: write ? "\(folder)/session-\(brief.journey.number).md" : nil, force: force, clock: &clock)
    }
}
