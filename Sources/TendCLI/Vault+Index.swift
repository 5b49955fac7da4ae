import ArgumentParser
import Foundation
import TendCore
import TendIndex

extension Vault {
    /// The default place of the index, relative to the vault.
    static let indexPath = ".tend/index.sqlite"

    /// The index, brought up to date with the vault's files.
    struct SyncedIndex {
        var index: JournalIndex
        var report: SyncReport
        /// Problems of the configuration, the walk and the index file (already with display paths).
        var diagnostics: [Diagnostic]
        /// Problems of the index file itself (a file moved aside), which even quiet syncs report.
        var indexWarnings: [Diagnostic]
        var seconds: Double
        /// True when the vault is a plain folder (no .tend/, .obsidian/ or logseq/), whose index lasts for this run only.
        var isPlainFolder: Bool
    }

    /// Opens the index (`given`, else `.tend/index.sqlite`, else for a folder that is not a
    /// vault a temporary one) and syncs it with the vault.
    ///
    /// - Parameters:
    ///   - rebuild: start over.
    ///   - progress: called between batches with (parsed, to parse) and the seconds since start.
    func syncedIndex(at given: String?, rebuild: Bool = false,
                     progress: ((Int, Int, Double) -> Void)? = nil) throws -> SyncedIndex {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let path: String
        let shown: String
        let temporary = given == nil && (!location.isVault || !location.mayWriteIndex)
        var placeWarnings: [Diagnostic] = []
        if let given {
            path = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
            shown = given
        } else if temporary {
            path = try TemporaryIndex.path()
            shown = path
            if location.isVault {
                placeWarnings.append(Diagnostic(.warning, line: 1, column: 1,
                    "this vault is read-only for you, so its index was kept for this run only and every entry was read again")
                    .placed(in: location.display(Self.indexPath)))
            }
        } else {
            path = location.absolute(Self.indexPath)
            shown = location.display(Self.indexPath)
        }
        var sw = Stopwatch()
        let (files, walkProblems) = files()
        sw.lap("walk")
        // A vault folder that cannot be read must not empty the index (an unmounted disk).
        if let fatal = walkProblems.first(where: { $0.isError }) {
            throw VaultUnreadable(diagnostic: fatal.placed(in: location.given ?? location.root))
        }
        let (index, warnings) = try JournalIndex.open(at: path, place: given == nil ? .tendFolder : .given)
        sw.lap("open")
        let indexWarnings = placeWarnings + warnings.map { Diagnostic(.warning, line: 1, column: 1, $0).placed(in: shown) }
        // Damage found later in this run (the index is rebuilt once) is said at once.
        index.onRepair = { Output.report(Diagnostic(.warning, line: 1, column: 1, $0).placed(in: shown)) }
        var diagnostics = problems + indexWarnings
        diagnostics += walkProblems.map(location.shown)
        let report = try index.sync(files: files, reader: VaultReader(root: location.root, parser: parser),
                                    settings: configuration.readingFingerprint, rebuild: rebuild) {
            progress?($0, $1, elapsed())
        }
        sw.lap("sync")
        sw.report()
        return SyncedIndex(index: index, report: report, diagnostics: diagnostics, indexWarnings: indexWarnings, seconds: elapsed(),
                           isPlainFolder: temporary && !location.isVault)
    }

    /// Opens and syncs the index for a query command; index problems (a file moved aside) are
    /// printed; a failure to open is thrown as a diagnostic at the index's path.
    func queryIndex(_ options: IndexOptions) throws -> JournalIndex {
        // Quiet: no summary. A first index of a big vault takes a while, so a terminal still
        // gets the progress bar (it appears only after a moment, and is wiped when done).
        let bar = ProgressBar()
        defer { bar.clear() }
        do {
            let synced = try syncedIndex(at: options.givenIndexPath) { done, total, seconds in
                bar.show(done: done, total: total, seconds: seconds)
            }
            bar.clear()
            Output.report(synced.indexWarnings)
            return synced.index
        } catch {
            throw Output.failure(error, path: options.givenIndexPath ?? location.display(Self.indexPath))
        }
    }
}

extension Vault {
    /// Runs index queries; a failure of the index is thrown as a diagnostic at the index's path.
    func query<T>(_ options: IndexOptions, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Diagnostic {
            throw failure.placed(orIn: options.givenIndexPath ?? location.display(Self.indexPath))
        }
    }
}

/// The vault folder itself could not be read: nothing is synced (the index is kept as it is),
/// and nothing can be read in memory either, so the run stops.
struct VaultUnreadable: DiagnosticConvertible {
    var diagnostic: Diagnostic
}
