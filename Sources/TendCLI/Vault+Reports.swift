import ArgumentParser
import Foundation
import TendCore
import TendRender
import TendTemplates

extension Vault {
    /// Runs a report (review, plan, sessions, share): hands `make` the journal, with the entries
    /// that could not be read (and anything that happened to the index) printed to stderr. A
    /// bad entry never stops a report: it is given all the same, and then tend exits 2.
    func report(clock: inout Stopwatch, _ make: (any JournalStore, inout Stopwatch) throws -> Void) throws {
        let (store, diagnostics) = try journal()
        Output.report(diagnostics)
        clock.lap("load")
        try make(store, &clock)
        if diagnostics.contains(where: \.isError) { throw ExitCode(ExitStatus.errors) }
    }

    /// Prints a report's values as JSON (`asJSON`), or renders it with its template and prints
    /// it, or saves it as the vault-relative `path` when one is given.
    func deliver(_ json: JSONValue, asJSON: Bool, template name: String, given: String?, savingAs path: String?, force: Bool,
                 clock: inout Stopwatch) throws {
        if asJSON {
            Output.line(json.pretty)
            return
        }
        let text = try TemplateRenderer.render(try template(name, given: given), context: json)
        clock.lap("render")
        if let path {
            try save(text, as: path, force: force)
        } else {
            Output.write(text)
        }
    }

    /// How links are written in a document saved in `folder` (vault-relative), or printed when nil.
    func linkOptions(writingInto folder: String?) -> LinkOptions {
        let depth = folder.map { $0.split(separator: "/").count } ?? 0
        return LinkOptions(style: configuration.links, prefix: String(repeating: "../", count: depth))
    }

    /// Saves `text` as the vault-relative `path` with ``PrivateFiles`` (inside the vault, never
    /// through a link, all at once, owner-only); an existing file is replaced only with `force`.
    /// Prints where it went.
    func save(_ text: String, as path: String, force: Bool) throws {
        do {
            try PrivateFiles.save(text, as: path, under: location.root, replacing: force)
        } catch {
            throw Output.failure(error, path: location.display(path))
        }
        Output.line("Saved \(location.display(path)).")
    }

    /// Finds a template: `--template PATH`, else the vault's `.tend/templates/NAME`, else its
    /// templates folder (`Templates/NAME`), else the one built into tend.
    func template(_ name: String, given: String?) throws -> TemplateSource {
        if let given {
            guard let data = FileManager.default.contents(atPath: given) else {
                // No line or column: the file itself is missing, so the path is named once.
                var isDirectory: ObjCBool = false
                let sentence = !FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory)
                    ? "there is no template here; check the path given with --template"
                    : isDirectory.boolValue ? "this is a folder; --template names a Mustache file"
                    : "this template could not be read; check that you may read it"
                throw Diagnostic.error(sentence, path: given)
            }
            return TemplateSource(text: String(decoding: data, as: UTF8.self), file: given)
        }
        for relative in [".tend/templates/" + name, configuration.templatesFolder + "/" + name] {
            if let data = FileManager.default.contents(atPath: location.absolute(relative)) {
                return TemplateSource(text: String(decoding: data, as: UTF8.self), file: location.display(relative))
            }
        }
        return TemplateSource(text: try TendTemplates.text(named: name), file: "(built in) " + name)
    }
}
