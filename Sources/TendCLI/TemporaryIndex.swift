import Foundation
import TendIndex

/// The index of a folder that is not a vault (it holds no `.tend/`, `.obsidian/` or
/// `logseq/`). tend creates no folder in such a place, so its index lives for one run only,
/// in an owner-only folder under the system's temporary folder, removed when tend exits.
/// Every command there reads every entry again; `tend init` makes the folder a vault, with an
/// index that lasts.
enum TemporaryIndex {
    /// The index file for this run; its folder (mode 0700) is made on first use.
    static func path() throws -> String {
        if let folder { return folder + "/index.sqlite" }
        var template = Array((NSTemporaryDirectory() + "tend-index-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw JournalIndex.Failure("a temporary index could not be made (\(String(cString: strerror(errno))))")
        }
        let created = String(cString: made)
        folder = created
        atexit { TemporaryIndex.remove() }
        return created + "/index.sqlite"
    }

    /// The folder of this run's temporary index. Set once, by the command on the main thread,
    /// before any work runs on other threads; read again only at exit.
    nonisolated(unsafe) private static var folder: String?

    private static func remove() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }
}
