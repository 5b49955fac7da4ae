import ArgumentParser
import Foundation
import TendCore

/// `tend init`: writes `.tend/config.yaml` with every default written out.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create .tend/config.yaml with every setting written out and explained.",
        discussion: "Never overwrites an existing configuration."
    )

    @Argument(help: ArgumentHelp("The vault folder (default: --vault, TEND_VAULT or the current folder).", valueName: "DIR"))
    var directory: String?

    @OptionGroup var vaultOptions: VaultOptions

    func run() throws {
        let location = try directory.map { VaultLocation(given: $0) } ?? vaultOptions.location(discovering: false)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error("there is no folder here to set up; create it first or name another one", path: location.given ?? location.root)
        }
        let path = location.absolute(Vault.configPath)
        if FileManager.default.fileExists(atPath: path) {
            Output.line("\(location.display(Vault.configPath)) is already there; it was left as it is.")
            return
        }
        do {
            try PrivateFiles.save(Configuration.defaultFileText, as: Vault.configPath, under: location.root, replacing: false)
        } catch {
            throw Output.failure(error, path: location.display(Vault.configPath))
        }
        Output.line("Created \(location.display(Vault.configPath)). Every setting in it is optional; tend works without changes.")
    }
}
