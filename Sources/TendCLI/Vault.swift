import Foundation
import TendCore
import TendResources

/// An opened vault: where it is, its configuration and the parser it asks for.
/// This is the one place that wires file system, configuration, lexicon and parser.
struct Vault {
    var location: VaultLocation
    var configuration: Configuration
    var parser: EntryParser
    /// Problems with the configuration itself.
    var problems: [Diagnostic]

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
            problems += configProblems.map { Diagnostic(path: location.display(configPath), problem: $0) }
        }
        let lexicon = configuration.lexicon(adding: Lexicon(tsv: try TendResources.emotionLexicon()))
        let parser = EntryParser(vocabulary: configuration.vocabulary, lexicon: lexicon)
        return Vault(location: location, configuration: configuration, parser: parser, problems: problems)
    }

    /// Every entry file of the vault.
    func files() -> (files: [VaultFile], problems: [Diagnostic]) {
        let walked = VaultWalker(root: location.root, configuration: configuration).walk()
        return (walked.files, walked.problems)
    }

    /// Reads and parses files, using both cores. Unreadable files become problems.
    func parse(_ files: [VaultFile]) -> [ParsedFile] {
        var results = [ParsedFile?](repeating: nil, count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let chunk = max(1, (files.count + workers * 8 - 1) / (workers * 8))
        let chunks = stride(from: 0, to: files.count, by: chunk).map { $0..<min($0 + chunk, files.count) }
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeMutableBufferPointerBox(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                for i in chunks[c] { out.buffer[i] = parse(files[i]) }
            }
        }
        return results.map { $0! }
    }

    /// Reads and parses one file.
    func parse(_ file: VaultFile) -> ParsedFile {
        let absolute = location.absolute(file.path)
        guard let bytes = FileReader.read(absolute) else {
            return .skipped(path: file.path, problem: Problem(.error, line: 1, column: 1,
                "this file could not be read (\(String(cString: strerror(errno)))), so it was left out"))
        }
        return parser.parse(path: file.path, bytes: bytes, modificationDate: Self.localDay(nanoseconds: file.modified))
    }

    /// The day of a modification time in the user's time zone.
    static func localDay(nanoseconds: Int64) -> LocalDate? {
        var seconds = time_t(nanoseconds / 1_000_000_000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return nil }
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// Walks, parses and numbers sessions: every entry sorted by date then path, and every problem.
    func loadEntries() -> (entries: [Entry], diagnostics: [Diagnostic]) {
        let (files, walkProblems) = files()
        var diagnostics = problems + walkProblems.map { Diagnostic(path: location.display($0.path), problem: $0.problem) }
        var entries: [Entry] = []
        for parsed in parse(files) {
            switch parsed {
            case .entry(let entry):
                entries.append(entry)
                diagnostics += entry.problems.map { Diagnostic(path: location.display(entry.path), problem: $0) }
            case .skipped(let path, let problem):
                diagnostics.append(Diagnostic(path: location.display(path), problem: problem))
            }
        }
        Sessions.assign(&entries)
        entries.sort(by: Entry.byDateThenPath)
        return (entries, diagnostics)
    }
}

extension Vault {
    /// The journal for queries (review, plan, listings): the index, brought up to date first
    /// (`TEND_INDEX` or `.tend/index.sqlite`). When the index cannot be opened (a read-only
    /// vault), every entry is parsed in memory instead, with a warning.
    func journal() throws -> (store: any JournalStore, diagnostics: [Diagnostic]) {
        let given = ProcessInfo.processInfo.environment["TEND_INDEX"].flatMap { $0.isEmpty ? nil : $0 }
        let bar = ProgressBar()   // only on a terminal, only when the sync takes a while
        defer { bar.clear() }
        do {
            let synced = try syncedIndex(at: given) { bar.show(done: $0, total: $1, seconds: $2) }
            bar.clear()
            let stored = try synced.index.storedProblems().map { Diagnostic(path: location.display($0.path), problem: $0.problem) }
            return (synced.index, synced.diagnostics + stored)
        } catch {
            let (entries, diagnostics) = loadEntries()
            let warning = Diagnostic(path: given ?? location.display(Self.indexPath), problem: Problem(.warning, line: 1, column: 1,
                "the index could not be used (\(error)), so every entry was read directly this time"))
            return (InMemoryJournal(entries: entries), [warning] + diagnostics)
        }
    }
}

extension Entry {
    /// Date order (undated last), then path.
    static func byDateThenPath(_ a: Entry, _ b: Entry) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.path < b.path
        }
    }
}

/// Lets `concurrentPerform` write disjoint slots of one buffer.
struct UnsafeMutableBufferPointerBox<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// Reads whole files with POSIX calls (faster than Foundation for thousands of small files).
enum FileReader {
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + total, raw.count - total)
            }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            total += n
        }
        bytes.removeSubrange(total...)
        return bytes
    }
}
