import ArgumentParser
import Foundation
import TendCore
import TendRender

/// `tend new`: a new entry from a template, with the integration prompts.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new entry (journey, integration or journal) with gentle prompts.",
        discussion: """
        The file goes where entry_path in .tend/config.yaml says (default YEAR/MONTH/DATE TYPE.md), \
        owner-only. A journey gets the next session number, an integration entry the latest \
        journey's, and the last journey's intention is shown as a reminder. tend never replaces \
        an entry that is already there. A vault's Templates/TYPE.md or .tend/templates/TYPE.md \
        replaces the built-in template (Obsidian's {{date:YYYY-MM-DD}} placeholders work too). \
        $EDITOR opens the new file when tend runs in a terminal.
        """
    )

    @Argument(help: ArgumentHelp("journey, integration or journal.", valueName: "TYPE"))
    var type: String = "journal"

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var day: DayOptions

    @Option(help: ArgumentHelp("The entry's day (default today).", valueName: "D"))
    var date: String?

    @Option(help: ArgumentHelp("The journey number, instead of the one tend works out.", valueName: "N"))
    var session: Int?

    @Option(help: ArgumentHelp("Use this Mustache template instead.", valueName: "PATH"))
    var template: String?

    var entryType: EntryType { EntryType(written: type) }

    func validate() throws {
        guard [EntryType.journey, .integration, .journal].contains(entryType) else {
            throw ValidationError("tend new makes a journey, integration or journal entry; '\(type)' is not one of them.")
        }
        if let date, LocalDate(parsing: date) == nil {
            throw ValidationError("--date needs a day written as YYYY-MM-DD, like 2026-11-17.")
        }
        if let session, session < 1 { throw ValidationError("--session needs a journey number from 1 up.") }
    }

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        try vault.location.requireVault("no entry was made")
        let (store, _) = try vault.journal()
        let day = date.flatMap { LocalDate(parsing: $0) } ?? self.day.date()
        let entry = NewEntry(type: entryType, date: day, session: session, journeys: try store.journeys(),
                             pattern: vault.configuration.entryPath)
        let absolute = vault.location.absolute(entry.path)
        let shown = vault.location.display(entry.path)
        if FileManager.default.fileExists(atPath: absolute) {
            throw Diagnostic.error("there is already an entry here, so tend left it just as it is; open it to keep writing, or choose another day with --date", path: shown)
        }
        var source = try vault.template("\(entryType.rawValue).md", given: template)
        let minutes = Self.minutesNow()
        source.text = ObsidianPlaceholders.expand(source.text, date: day, minutes: minutes)
        let time = (minutes / 60 < 10 ? "0" : "") + "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        let text = try TemplateRenderer.render(source, context: entry.json(time: time))
        do {
            try PrivateFiles.save(text, as: entry.path, under: vault.location.root, replacing: false)
        } catch {
            throw Output.failure(error, path: shown)
        }
        Output.line(shown)
        if let problem = openEditor(absolute) {
            throw Diagnostic.error("\(problem); the entry is saved, ready to open yourself", path: shown)
        }
    }

    /// Minutes after midnight on the local clock.
    static func minutesNow() -> Int {
        var seconds = time_t(Date().timeIntervalSince1970)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_hour) * 60 + Int(parts.tm_min)
    }

    /// Opens `$VISUAL` or `$EDITOR` on the file, only when a person is at a terminal.
    ///
    /// - Returns: nil when the editor ran and ended well (or there is no terminal); otherwise
    ///   why the entry was not opened: no editor set, one that could not be started, or one
    ///   that stopped with an error.
    func openEditor(_ path: String) -> String? {
        guard isatty(0) == 1, isatty(1) == 1 else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let set = ["VISUAL", "EDITOR"].first { !(environment[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        guard let variable = set, let editor = environment[variable] else {
            return "no editor is set (EDITOR or VISUAL, like EDITOR=nano), so it was not opened"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor setting may carry arguments (`code -w`); the path goes in as "$1", unquoted by nobody.
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            return "the editor could not be started (\(Output.reason(error)))"
        }
        process.waitUntilExit()
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return nil
        case (.exit, 126), (.exit, 127):
            // The shell's own codes: the program is not there, or may not be run.
            return "the editor '\(editor)' (from \(variable)) could not be started; check that it is installed"
        case (.exit, let status):
            return "the editor '\(editor)' (from \(variable)) stopped with status \(status)"
        case (_, let signal):
            return "the editor '\(editor)' (from \(variable)) was stopped by signal \(signal)"
        }
    }
}
