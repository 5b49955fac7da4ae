import TendMarkdown

/// What the vault's own apps say about it — Obsidian's daily-notes, periodic-notes and
/// templates settings, Logseq's journal file name format — as plain values. The command line
/// reads the files; this is what tend does with them. tend's own config comes first.
public struct AppSettings: Sendable, Equatable {
    /// Daily-note formats (Obsidian's moment.js format, Logseq's date-fns one, already read).
    public var dateFormats: [DateFormat] = []
    /// Folders daily notes are kept in.
    public var dailyFolders: [String] = []
    /// Template folders: never read as entries.
    public var templateFolders: [String] = []
    /// Tags the vault's templates put on every note made from them.
    public var templateTags: [String] = []
    /// Obsidian Tasks' global filter when it is one tag (`task` for `#task`).
    public var tasksGlobalFilter: String?
    /// The settings files that were read, vault-relative (for `tend explain`).
    public var files: [String] = []

    /// Nothing read.
    public init() {}

    /// The tags a template puts on a note: its front matter `tags` and the `#tags` in its text.
    /// A front-matter line holding a placeholder (`created: {{date}}`, Templater's
    /// `<% tp.date.now() %>`) is not YAML; it is set aside so the lines around it still read.
    public static func tags(inTemplate text: String) -> [String] {
        let split = FrontMatter(splitting: text)
        var tags: [String] = []
        let yaml = split.yaml.map { yaml in
            yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("{{") && !$0.contains("<%") }
                .joined(separator: "\n")
        }
        if let yaml, case .mapping(let pairs, _)? = try? YAMLValue.read(yaml) {
            for pair in pairs where ["tags", "tag"].contains(pair.key.normalizedName()) {
                tags += EntryParser.tagList(pair.value).map { $0.lowercased() }
            }
        }
        tags += TagScanner.tags(in: split.body).map(\.name)
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }

    /// Obsidian Tasks' `globalFilter` setting as a tag name (``ObsidianTasks/filterTag(fromSetting:)``).
    public static func tasksFilterTag(_ written: String) -> String? {
        ObsidianTasks.filterTag(fromSetting: written)
    }
}

extension Configuration {
    /// This configuration with the vault's own settings added where the config is silent:
    /// its formats after the config's, its daily-notes folders unless the config names some,
    /// its template folders left out of the vault, its template tags left out of themes.
    public mutating func adopt(_ app: AppSettings) {
        for format in app.dateFormats where !dates.formats.contains(format) { dates.formats.append(format) }
        if dates.dailyFolders.isEmpty { dates.dailyFolders = app.dailyFolders }
        for folder in app.templateFolders where folder != templatesFolder && !extraTemplateFolders.contains(folder) {
            extraTemplateFolders.append(folder)
        }
        if vocabulary.taskFilterTag == nil { vocabulary.taskFilterTag = app.tasksGlobalFilter }
        for tag in app.templateTags where !vocabulary.ignoreTags.contains(tag) && !vocabulary.isMarker(tag) {
            vocabulary.ignoreTags.append(tag)
        }
    }
}
