import ArgumentParser
import Foundation
import TendCore
import TendRender

/// `tend plan`: the integration plan (docs/review-and-plan.md) as one Markdown document.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Gather your integration plan: motivation, intentions, open steps by theme, practices, themes, support and the questions to bring.",
        discussion: """
        Open steps are written as Obsidian Tasks items (- [ ] text 📅 date) with the file and line \
        they came from, so the plan works as a checklist. --write saves it as Reviews/plan-YYYY-MM-DD.md \
        in the vault (never replacing a file without --force). A vault's Templates/plan.md or \
        .tend/templates/plan.md replaces the built-in template.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var day: DayOptions

    @Option(help: "markdown, or json for the plan's values (for scripts).")
    var format: DocumentFormat = .markdown

    @Option(help: ArgumentHelp("Render with this Mustache template instead.", valueName: "PATH"))
    var template: String?

    @Flag(help: "Save the plan in the vault's reviews folder as plan-YYYY-MM-DD.md.")
    var write = false

    @Flag(help: "With --write, replace a plan of the same day that is already there.")
    var force = false

    func validate() throws {
        if write && format == .json { throw ValidationError("--write saves the Markdown plan; leave out --format json.") }
    }

    func run() throws {
        var clock = Stopwatch()
        defer { clock.report() }
        let vault = try Vault.open(vaultOptions.location())
        if write { try vault.location.requireVault("the plan was not saved") }
        try vault.report(clock: &clock) { store, clock in try plan(store: store, vault: vault, clock: &clock) }
    }

    /// Builds the plan and prints or saves it.
    private func plan(store: any JournalStore, vault: Vault, clock: inout Stopwatch) throws {
        let today = day.date()
        let folder = vault.configuration.reviewsFolder
        let plan = try Plan(store: store, configuration: vault.configuration, today: today,
                            links: vault.linkOptions(writingInto: write ? folder : nil), configPath: Vault.configPath)
        clock.lap("build")
        try vault.deliver(plan.json, asJSON: format == .json, template: "plan.md", given: template,
                          savingAs: write ? "\(folder)/plan-\(today).md" : nil, force: force, clock: &clock)
    }
}
