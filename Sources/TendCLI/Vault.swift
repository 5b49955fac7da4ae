import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendResources

/// An opened vault: where it is, its configuration and the parser it asks for.
/// This is the one place that wires file system, configuration, lexicon and parser.
struct Vault {
    var location: VaultLocation
    var configuration: Configuration
    /// The parser, made (with the emotion lexicon) only when some file must be parsed.
    var parser: Lazy<EntryParser>
    /// Problems with the configuration itself.
    var problems: [Diagnostic]
    /// What the vault's own apps (Obsidian, Logseq) say about its days and templates.
    var app = AppSettings()

    /// The configuration file, relative to the vault.
    static let configPath = ".tend/config.yaml"

    /// Opens the vault at `location`, reading `.tend/config.yaml` when there is one.
    static func open(_ location: VaultLocation) throws -> Vault {
        var configuration = Configuration()
        var problems: [Diagnostic] = []
        let configFile = location.absolute(configPath)
        if let data = FileManager.default.contents(atPath: configFile) {
            let text = String(decoding: data, as: UTF8.self)
            let (read, configProblems) = Configuration.read(yaml: text)
            configuration = read
            problems += configProblems.map { $0.placed(in: location.display(configPath)) }
        }
        let app = AppSettingsReader.read(root: location.root, templatesFolder: configuration.templatesFolder)
        configuration.adopt(app)
        // Reading the lexicon costs more than a whole up-to-date `tend grep`; most commands find
        // the index current and never need it.
        let settings = configuration
        let parser = Lazy {
            let lexicon = settings.lexicon(adding: Lexicon(tsv: TendResources.emotionLexicon()))
            var parser = EntryParser(vocabulary: settings.vocabulary, lexicon: lexicon)
            parser.dates = settings.dates
            return parser
        }
        return Vault(location: location, configuration: configuration, parser: parser, problems: problems, app: app)
    }

    /// Every entry file of the vault.
    func files() -> (files: [VaultFile], problems: [Diagnostic]) {
        let walked = VaultWalker(root: location.root, configuration: configuration).walk()
        return (walked.files, walked.problems)
    }

    /// Walks and parses every file: every entry (notes too) in the order of the walk, and every
    /// problem. (``InMemoryJournal`` numbers the sessions and sorts them.)
    func loadEntries() throws -> (entries: [Entry], diagnostics: [Diagnostic]) {
        let (parsed, diagnostics) = try parseEveryFile(keeping: { $0.entry })
        return (parsed.compactMap { $0 }, diagnostics)
    }

    /// What `tend check` reports beyond problems.
    struct CheckSummary {
        /// How many files were read as entries (notes included).
        var entries = 0
        /// The notes: files with no date anywhere, vault-relative.
        var notes: [String] = []
        /// Unknown headings that head lists, one list per entry.
        var unknownListHeadings: [[String]] = []
        /// The entries whose headings name other days (a month in one file), with how many.
        var manyDays: [(path: String, days: Int)] = []
    }

    /// Walks and parses every file, keeping only what `tend check` needs (problems, notes,
    /// unknown headings and other days under headings): each entry is let go on the core that
    /// parsed it, so memory stays flat however large the vault.
    ///
    /// - Returns: the summary, and every problem in the same order as ``loadEntries()``.
    func checkEveryFile() throws -> (summary: CheckSummary, diagnostics: [Diagnostic]) {
        let (files, walkProblems) = files()
        let location = location
        var diagnostics = problems + walkProblems.map { location.shown($0) }
        var summary = CheckSummary()
        let reader = VaultReader(root: location.root, parser: parser)
        // Only the unknown headings over lists and the days named in headings are gathered (for
        // the hints), not every reading's words: check costs what an ordinary parse does (with
        // every reading: 2.3× as much).
        for (kept, problems) in try reader.explain(files, into: .headingsOnly, keeping: { parsed, trace in
            ((parsed.entry.map { ($0.path, $0.isNote) }, trace.unknownListHeadings, trace.otherDays), location.diagnostics(of: parsed))
        }) {
            diagnostics += problems
            guard let (path, isNote) = kept.0 else { continue }
            summary.entries += 1
            if isNote { summary.notes.append(path) }
            if !kept.1.isEmpty { summary.unknownListHeadings.append(kept.1) }
            if kept.2 > 0 { summary.manyDays.append((path, kept.2)) }
        }
        return (summary, diagnostics)
    }

    /// Walks and parses every file on every core; `keep` runs on the core that parsed the file.
    /// The problems come in order: the configuration's, the walk's, then each file's.
    private func parseEveryFile<R: Sendable>(keeping keep: @escaping @Sendable (ParsedFile) -> R) throws -> (kept: [R], diagnostics: [Diagnostic]) {
        let (files, walkProblems) = files()
        let location = location
        var diagnostics = problems + walkProblems.map { location.shown($0) }
        var kept: [R] = []
        kept.reserveCapacity(files.count)
        for (value, problems) in try VaultReader(root: location.root, parser: parser)
            .parse(files, keeping: { (keep($0), location.diagnostics(of: $0)) }) {
            kept.append(value)
            diagnostics += problems
        }
        return (kept, diagnostics)
    }
}

extension VaultLocation {
    /// A parsed file's problems, with the path as the user names it.
    func diagnostics(of parsed: ParsedFile) -> [Diagnostic] {
        switch parsed {
        case .entry(let entry): return entry.problems.map { $0.placed(in: display(entry.path)) }
        case .skipped(let path, let problem): return [problem.placed(in: display(path))]
        }
    }

    /// A diagnostic about a vault-relative path, with the path as the user names it.
    func shown(_ diagnostic: Diagnostic) -> Diagnostic {
        diagnostic.placed(in: display(diagnostic.place.path ?? ""))
    }
}

extension Vault {
    /// The journal for queries (review, plan, `tend new`, export): the index, brought up to date
    /// first (`TEND_INDEX` or `.tend/index.sqlite`). A plain folder keeps no index, so its entries
    /// are parsed in memory: building an index for one run only to read it back took three
    /// times as long (`tend export` over 438 files: 0.32 against 0.10 s). When the index cannot
    /// be opened (a damaged file that cannot be moved aside), every entry is parsed in memory
    /// too, with a warning.
    ///
    /// - Returns: the store, and what a report should mention: every error in the vault and
    ///   anything that happened to the index (warnings about entries are for `tend check`).
    func journal() throws -> (store: any JournalStore, diagnostics: [Diagnostic]) {
        let given = ProcessInfo.processInfo.environment["TEND_INDEX"].flatMap { $0.isEmpty ? nil : $0 }
        if given == nil, !location.isVault {
            let (entries, diagnostics) = try loadEntries()
            return (InMemoryJournal(entries: entries), diagnostics.filter(\.isError))
        }
        let bar = ProgressBar()   // only on a terminal, only when the sync takes a while
        defer { bar.clear() }
        do {
            let synced = try syncedIndex(at: given) { bar.show(done: $0, total: $1, seconds: $2) }
            bar.clear()
            let stored = try synced.index.storedErrors().map(location.shown)
            return (IndexedJournal(index: synced.index),
                    synced.indexWarnings + synced.diagnostics.filter(\.isError) + stored)
        } catch let unreadable as VaultUnreadable {
            // Nothing to read in memory either: the vault folder itself cannot be read.
            throw unreadable
        } catch let refused as JournalIndex.NotAnIndex {
            throw refused.diagnostic.placed(orIn: given ?? location.display(Self.indexPath))
        } catch {
            let (entries, diagnostics) = try loadEntries()
            let warning = Diagnostic(.warning, line: 1, column: 1,
                "the index could not be used (\(Output.reason(error))), so every entry was read directly this time")
                .placed(in: given ?? location.display(Self.indexPath))
            return (InMemoryJournal(entries: entries), [warning] + diagnostics.filter(\.isError))
        }
    }
}
