import Foundation
import TendCore

/// Reads the settings the vault's own apps keep — Obsidian's `.obsidian/daily-notes.json`,
/// the periodic-notes and Templater plugins' `data.json`, `.obsidian/templates.json`, and
/// Logseq's `logseq/config.edn` — and the templates they name. A missing or broken file is
/// simply not used: these are hints, and the vault reads without them.
enum AppSettingsReader {
    static func read(root: String, templatesFolder: String) -> AppSettings {
        var app = AppSettings()
        func json(_ path: String) -> [String: Any]? {
            guard let data = FileManager.default.contents(atPath: root + "/" + path),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            app.files.append(path)
            return object
        }
        func string(_ value: Any?) -> String? {
            (value as? String).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var templateFiles: [String] = []
        func daily(_ settings: [String: Any]) {
            // Obsidian's own default when a format was never chosen.
            app.dateFormats.append(DateFormat(moment: string(settings["format"]) ?? "YYYY-MM-DD"))
            if let folder = string(settings["folder"]) { app.dailyFolders.append(folder) }
            if let template = string(settings["template"]) { templateFiles.append(template) }
        }
        if let settings = json(".obsidian/daily-notes.json") { daily(settings) }
        if let plugin = json(".obsidian/plugins/periodic-notes/data.json"), let settings = plugin["daily"] as? [String: Any],
           settings["enabled"] as? Bool != false {
            daily(settings)
        }
        if let tasks = json(".obsidian/plugins/obsidian-tasks-plugin/data.json"), let filter = string(tasks["globalFilter"]) {
            app.tasksGlobalFilter = AppSettings.tasksFilterTag(filter)
        }
        if let folder = json(".obsidian/templates.json").flatMap({ string($0["folder"]) }) { app.templateFolders.append(folder) }
        if let folder = json(".obsidian/plugins/templater-obsidian/data.json").flatMap({ string($0["templates_folder"]) }) {
            app.templateFolders.append(folder)
        }
        if let edn = FileManager.default.contents(atPath: root + "/logseq/config.edn").map({ String(decoding: $0, as: UTF8.self) }) {
            app.files.append("logseq/config.edn")
            app.dateFormats.append(DateFormat(dateFns: ednString(":journal/file-name-format", in: edn) ?? "yyyy_MM_dd"))
            app.dailyFolders.append(ednString(":journals-directory", in: edn) ?? "journals")
        }
        app.dailyFolders = app.dailyFolders.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        app.templateFolders = app.templateFolders.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        // The tags of every template: in the template folders, and the daily-note templates named.
        for folder in app.templateFolders + [templatesFolder] {
            let files = (try? FileManager.default.subpathsOfDirectory(atPath: root + "/" + folder)) ?? []
            templateFiles += files.filter { $0.lowercased().hasSuffix(".md") }.map { folder + "/" + $0 }
        }
        for file in templateFiles {
            let path = file.lowercased().hasSuffix(".md") ? file : file + ".md"
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            for tag in AppSettings.tags(inTemplate: String(decoding: data, as: UTF8.self)) where !app.templateTags.contains(tag) {
                app.templateTags.append(tag)
            }
        }
        return app
    }

    /// The string after `key` in EDN text (`:journal/file-name-format "yyyy_MM_dd"`), when the
    /// key is not commented out (`;;`).
    static func ednString(_ key: String, in edn: String) -> String? {
        for line in edn.split(separator: "\n") {
            let code = line.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let range = code.range(of: key) else { continue }
            let rest = code[range.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { continue }
            return String(rest[rest.index(after: rest.startIndex)..<close])
        }
        return nil
    }
}
