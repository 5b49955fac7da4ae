import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// `tend explain PATH[:LINE]`: what tend read each part of an entry as, and why.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what tend read each part of an entry as, by which rule, and why a line was skipped.",
        discussion: "PATH is the entry (from the current folder or the vault); :LINE shows that line only."
    )

    @OptionGroup var vaultOptions: VaultOptions

    @Argument(help: ArgumentHelp("The entry, optionally with a line: 2026/11/03.md:12.", valueName: "PATH[:LINE]"))
    var target: String

    @Option(help: "text or json.")
    var format: ExplainFormat = .text

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        Output.report(vault.problems)
        var path = target
        var line: Int?
        if let colon = target.lastIndex(of: ":"), let n = Int(target[target.index(after: colon)...]), n > 0 {
            path = String(target[..<colon])
            line = n
        }
        guard let relative = vault.location.relativePath(of: path) else {
            let vaultName = vault.location.given ?? "."
            if FileManager.default.fileExists(atPath: path) {
                throw Diagnostic.error("'\(path)' is outside the vault at \(vaultName); tend explains the entries of the vault")
            } else {
                throw Diagnostic.error("there is no file '\(path)', from here or in the vault at \(vaultName)")
            }
        }
        let absolute = vault.location.absolute(relative)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw Diagnostic.error("this file could not be read; check that you may read it", path: path)
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: absolute))?[.modificationDate] as? Date
        let day = modified.flatMap { VaultReader.localDay(nanoseconds: Int64($0.timeIntervalSince1970 * 1e9)) }
        var (parsed, trace) = try vault.parser.get().explain(path: relative, bytes: Array(data), modificationDate: day)
        var entry = parsed.entry
        if vault.configuration.excludes(relative, isDirectory: false) {
            Output.line("\(relative) is left out of the vault (hidden, a template or review folder, or an ignore: glob); it would read as below.")
        }
        if var read = entry, let date = read.date, read.session == nil || read.isJourney {
            // Its session number depends on the other journeys; the index knows them.
            let stored = try? vault.journal().store.entries(from: date, through: date).first { $0.path == relative }
            if let stored { read.session = stored.session }
            entry = read
            trace.noteTitleNumber(numbered: read.session)
        }
        switch format {
        case .json: Output.line(trace.json(for: entry, path: relative, line: line).pretty)
        default: Output.write(trace.text(for: entry, path: relative, line: line))
        }
    }
}

extension VaultLocation {
    /// The vault-relative path of a file named from the current folder or from the vault.
    func relativePath(of path: String) -> String? {
        let cwd = FileManager.default.currentDirectoryPath
        for candidate in [path.hasPrefix("/") ? path : cwd + "/" + path, root + "/" + path] {
            let standard = URL(fileURLWithPath: candidate).standardizedFileURL.path
            guard standard.hasPrefix(root + "/"), FileManager.default.fileExists(atPath: standard) else { continue }
            return String(standard.dropFirst(root.count + 1))
        }
        return nil
    }
}
