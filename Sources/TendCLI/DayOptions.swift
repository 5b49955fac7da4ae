import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender
import TendTemplates

/// The day a command treats as today: the hidden `--today D`, else `TEND_TODAY`, else the clock
/// in the local time zone. Tests set it so that output does not depend on when they run.
struct DayOptions: ParsableArguments {
    @Option(name: .long, help: .hidden)
    var today: String?

    func validate() throws { _ = try Self.today(today) }

    /// Today's date (validated already).
    func date() -> LocalDate {
        (try? Self.today(today)) ?? Self.clockDay()
    }

    /// `given` (a `--today` option), else `TEND_TODAY`, else the clock's day in the local time zone.
    static func today(_ given: String?) throws -> LocalDate {
        if let text = given ?? ProcessInfo.processInfo.environment["TEND_TODAY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard text.count == 10, let date = LocalDate(parsing: text) else {
                throw ValidationError("'\(text)' is not a date tend can read; write it as YYYY-MM-DD, like 2026-11-22.")
            }
            return date
        }
        return clockDay()
    }

    private static func clockDay() -> LocalDate {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        return VaultReader.localDay(nanoseconds: now) ?? LocalDate(dayNumber: Int(now / 86_400_000_000_000))
    }
}

extension Vault {
    /// How links are written in a document saved in `folder` (vault-relative), or printed when nil.
    func linkOptions(writingInto folder: String?) -> LinkOptions {
        let depth = folder.map { $0.split(separator: "/").count } ?? 0
        return LinkOptions(style: configuration.links, prefix: String(repeating: "../", count: depth))
    }

    /// Saves `text` as the vault-relative `path` (folders 0700, file 0600); an existing file is
    /// replaced only with `force`. Prints where it went.
    func save(_ text: String, as path: String, force: Bool) throws {
        let absolute = location.absolute(path)
        if !force, FileManager.default.fileExists(atPath: absolute) {
            Output.error("tend: \(location.display(path)): error: this file is already there, so it was left as it is; add --force to replace it")
            throw ExitCode(ExitStatus.errors)
        }
        if let slash = path.lastIndex(of: "/") {
            try PrivateFiles.createDirectory(location.absolute(String(path[..<slash])))
        }
        do {
            try PrivateFiles.write(text, to: absolute, overwrite: force)
        } catch {
            Output.error("tend: \(location.display(path)): error: \(error)")
            throw ExitCode(ExitStatus.errors)
        }
        Output.line("Saved \(location.display(path)).")
    }

    /// Finds a template: `--template PATH`, else the vault's own, else the one built into tend.
    func template(_ name: String, given: String?) throws -> TemplateSource {
        if let given { return try TemplateSource.file(given) }
        return try TemplateSource.find(name, vaultRoot: location.root, templatesFolder: configuration.templatesFolder,
                                       display: location.display, builtIn: { try TendTemplates.text(named: name) })
    }

    /// Renders a view model through a template, printing a template error with its place.
    func render(_ source: TemplateSource, _ context: JSONValue) throws -> String {
        do {
            return try TemplateRenderer.render(source, context: context)
        } catch {
            Output.error(error.description)
            throw ExitCode(ExitStatus.errors)
        }
    }
}
