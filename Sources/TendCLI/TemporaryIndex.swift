import Foundation
import TendCore

/// The index of a folder that is not a vault (it holds no `.tend/`, `.obsidian/` or
/// `logseq/`). tend creates no folder in such a place, so its index lives for one run only,
/// in an owner-only folder under the system's temporary folder, removed when tend exits.
/// Every command there reads every entry again; `tend init` makes the folder a vault, with an
/// index that lasts.
enum TemporaryIndex {
    /// The index file for this run; its folder (mode 0700) is made on first use.
    static func path() throws -> String {
        try folder.get() + "/index.sqlite"
    }

    /// Made once, when first asked for (a static is set up once, whichever thread asks), and
    /// removed when the process exits.
    private static let folder: Result<String, Diagnostic> = {
        var template = Array((NSTemporaryDirectory() + "tend-index-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failure(.error("a temporary index could not be made (\(String(cString: strerror(errno))))"))
        }
        atexit {
            if case .success(let folder) = TemporaryIndex.folder { try? FileManager.default.removeItem(atPath: folder) }
        }
        return .success(String(cString: made))
    }()
}
