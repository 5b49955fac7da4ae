import ArgumentParser
import Foundation
import TendCore

/// The options every command shares.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The vault folder (default: TEND_VAULT, else the nearest folder at or above this one holding .tend/, .obsidian/ or logseq/, else this one).",
        valueName: "DIR"))
    var vault: String?

    /// The vault: `--vault`, else `TEND_VAULT`, else found as git finds a repository (see
    /// ``VaultLocation/discover(from:)``). A named folder that is not there is one line on
    /// stderr and exit 2.
    ///
    /// - Parameter discovering: look upward from the current folder when no vault is named
    ///   (`tend init` sets up the current folder itself, as `git init` does).
    func location(discovering: Bool = true) throws -> VaultLocation {
        if let vault { return try VaultLocation.named(vault, by: "--vault") }
        if let named = ProcessInfo.processInfo.environment["TEND_VAULT"], !named.isEmpty {
            return try VaultLocation.named(named, by: "TEND_VAULT")
        }
        let cwd = FileManager.default.currentDirectoryPath
        return discovering ? VaultLocation.discover(from: cwd) : VaultLocation(given: nil)
    }
}

/// Where the vault is.
struct VaultLocation {
    /// The folder as the user named it (or as found, relative to the current folder), or nil
    /// for the current folder.
    var given: String?
    /// The absolute path, without a trailing slash.
    var root: String
    /// True when the folder holds `.tend/`, `.obsidian/` or `logseq/`. Only a vault gets an
    /// index on disk (`.tend/index.sqlite`); a plain folder of notes gets a temporary one.
    var isVault: Bool

    /// Stops a command that would make folders (`tend new`, `--write`) in a folder that is no
    /// vault and was not named either: tend makes folders only where the user said to.
    ///
    /// - Parameter what: what would have been made, for the sentence (`no entry was made`).
    func requireVault(_ what: String) throws {
        guard !isVault, given == nil else { return }
        throw Diagnostic.error("this folder is not a vault (there is no .tend/, .obsidian/ or logseq/ here or above), so \(what); run 'tend init' to make it one, or name the folder with --vault DIR")
    }

    /// False when this user may not write the vault's index: the index file, else `.tend/`,
    /// else the vault folder (the first that exists) is read-only, as on a read-only disk.
    /// Such a vault is read with a temporary index, as a plain folder is.
    var mayWriteIndex: Bool {
        let candidates = [absolute(Vault.indexPath), absolute(".tend"), root]
        guard let first = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return true }
        return access(first, W_OK) == 0
    }

    /// The folders that mark a vault: tend's own, Obsidian's and Logseq's.
    static let markers = [".tend", ".obsidian", "logseq"]

    init(given: String?) {
        self.given = given
        let cwd = FileManager.default.currentDirectoryPath
        var path = given ?? cwd
        if !path.hasPrefix("/") { path = cwd + "/" + path }
        path = URL(fileURLWithPath: path).standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        root = path
        isVault = Self.holdsMarker(path)
    }

    /// A folder the user named (`--vault DIR`, `TEND_VAULT`); one that is missing, or is not a
    /// folder, is reported with the name it was given by and ends the run with exit 2.
    static func named(_ path: String, by option: String) throws -> VaultLocation {
        guard !path.isEmpty else {
            throw Diagnostic.error("\(option) is empty; name the folder that holds your entries")
        }
        let location = VaultLocation(given: path)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: location.root, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else {
            let sentence = exists ? "this is a file, not a folder; \(option) names the folder that holds your entries"
                                  : "there is no folder here; check the path given with \(option)"
            throw Diagnostic.error(sentence, path: path)
        }
        return location
    }

    /// The nearest folder at or above `start` that holds `.tend/`, `.obsidian/` or `logseq/`,
    /// named relative to `start` (`..`, `../..`) so that paths in messages can be clicked from
    /// there; `start` itself when there is none.
    static func discover(from start: String) -> VaultLocation {
        var folder = URL(fileURLWithPath: start).standardizedFileURL.path
        var ups = 0
        while true {
            if holdsMarker(folder) {
                return VaultLocation(given: ups == 0 ? nil : Array(repeating: "..", count: ups).joined(separator: "/"))
            }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { break }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
            ups += 1
        }
        return VaultLocation(given: nil)
    }

    /// True when `folder` holds one of the ``markers`` folders.
    static func holdsMarker(_ folder: String) -> Bool {
        markers.contains { marker in
            var isDirectory: ObjCBool = false
            let path = folder == "/" ? "/" + marker : folder + "/" + marker
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// How to show a vault-relative path so that it can be clicked from the current folder
    /// (an absolute path, such as the vault's own when it cannot be read, is shown as it is).
    /// A name with a line break or bytes that are not UTF-8 is escaped (`\n`, `\xNN`), so
    /// `PATH:LINE:COL` stays on one line.
    func display(_ relative: String) -> String {
        let relative = FileName.shown(relative)
        guard let given, given != ".", !relative.hasPrefix("/") else { return relative }
        return given.hasSuffix("/") ? given + relative : given + "/" + relative
    }

    /// The absolute path of a vault-relative path.
    func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }
}
