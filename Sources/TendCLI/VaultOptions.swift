import ArgumentParser
import Foundation
import TendCore

/// The options every command shares.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The vault folder (default: TEND_VAULT, else the current folder).", valueName: "DIR"))
    var vault: String?

    /// The vault folder as the user named it (for paths in messages), and its absolute path.
    func location() -> VaultLocation {
        let given = vault ?? ProcessInfo.processInfo.environment["TEND_VAULT"].flatMap { $0.isEmpty ? nil : $0 }
        return VaultLocation(given: given)
    }
}

/// Where the vault is.
struct VaultLocation {
    /// The folder as the user named it, or nil for the current folder.
    var given: String?
    /// The absolute path, without a trailing slash.
    var root: String

    init(given: String?) {
        self.given = given
        let cwd = FileManager.default.currentDirectoryPath
        var path = given ?? cwd
        if !path.hasPrefix("/") { path = cwd + "/" + path }
        path = URL(fileURLWithPath: path).standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        root = path
    }

    /// How to show a vault-relative path so that it can be clicked from the current folder.
    /// A name with a line break or bytes that are not UTF-8 is escaped (`\n`, `\xNN`), so
    /// `PATH:LINE:COL` stays on one line.
    func display(_ relative: String) -> String {
        let relative = FileName.shown(relative)
        guard let given, given != "." else { return relative }
        return given.hasSuffix("/") ? given + relative : given + "/" + relative
    }

    /// The absolute path of a vault-relative path.
    func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }
}
