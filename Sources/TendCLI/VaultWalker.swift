import Foundation
import TendCore
import TendIndex
import TendMarkdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown file found in the vault: its path, size and modification time (the index
/// compares these to know what changed).
typealias VaultFile = IndexFileStamp

/// Finds every entry of a vault: `*.md` and `*.markdown` files, leaving out hidden folders,
/// the templates and reviews folders and `ignore:` globs. Symbolic links are followed while
/// they stay inside the vault; a link that leads outside it (to `/proc`, a whole disk, another
/// person's folder) is reported and not followed, so no link can make a run read without end.
/// A link back into a folder that is being read (a loop), unreadable folders and odd files are
/// reported and skipped, never fatal.
///
/// Every command that reads the index walks the whole vault first, so the walk is kept
/// cheap: each folder is opened once and its names are looked at relative to it (`openat`,
/// `fstatat`), only folders and entry files are stat'ed, and once the walk has found a few
/// folders they are read on every core. The result does not depend on that split: a loop
/// is decided by a folder's own ancestors only, and files and problems are sorted by path.
struct VaultWalker: Sendable {
    var root: String
    var configuration: Configuration
    /// The vault folder with every link in its path resolved: where a link must lead to be followed.
    private var resolvedRoot: String

    init(root: String, configuration: Configuration) {
        self.root = root
        self.configuration = configuration
        resolvedRoot = realpath(root, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        } ?? root
    }

    /// The files sorted by path, and the problems met on the way (sorted by path too).
    func walk() -> (files: [VaultFile], problems: [Diagnostic]) {
        var rootStat = stat()
        guard stat(root, &rootStat) == 0, (rootStat.st_mode & S_IFMT) == S_IFDIR else {
            return ([], [Diagnostic(.error, line: 1, column: 1,
                "this folder could not be opened as a vault (\(String(cString: strerror(errno))))").placed(in: root)])
        }
        var result = Listing()
        // Read breadth-first until there are enough folders to share between the cores.
        var frontier = [Folder(path: "", ancestors: [FolderKey(rootStat)])]
        var level = 0
        while !frontier.isEmpty, frontier.count < Self.parallelFolders, level < 3 {
            var next: [Folder] = []
            for folder in frontier { next += read(folder, into: &result) }
            frontier = next
            level += 1
        }
        for listing in Parallel.map(frontier, { walkTree($0) }) {
            result.files += listing.files
            result.problems += listing.problems
        }
        result.files.sort { $0.path < $1.path }
        // Stable: the problems of one path keep the order they were found in.
        let problems = result.problems.enumerated().sorted { ($0.element.place.path ?? "", $0.offset) < ($1.element.place.path ?? "", $1.offset) }
        return (result.files, problems.map(\.element))
    }

    /// How many folders the first, one-core part of the walk looks for.
    private static let parallelFolders = 8

    /// Files and problems found so far.
    private struct Listing {
        var files: [VaultFile] = []
        var problems: [Diagnostic] = []
    }

    /// A folder still to read: its vault-relative path and the folders that lead to it.
    private struct Folder: Sendable {
        var path: String
        var ancestors: Set<FolderKey>
    }

    /// A folder's identity (device and inode), to notice link loops.
    private struct FolderKey: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Reads a whole folder tree.
    private func walkTree(_ folder: Folder) -> Listing {
        var listing = Listing()
        var stack = [folder]
        while let next = stack.popLast() {
            // Depth-first, in name order (the order does not change the result; it keeps the
            // stack small).
            stack += read(next, into: &listing).reversed()
        }
        return listing
    }

    /// Reads one folder: its entry files go into `listing`; its subfolders are returned.
    private func read(_ folder: Folder, into listing: inout Listing) -> [Folder] {
        let absolute = folder.path.isEmpty ? root : root + "/" + folder.path
        let fd = FileName.withCString(absolute) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0, let dir = fdopendir(fd) else {
            let reason = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            listing.problems.append(Diagnostic(.warning, line: 1, column: 1,
                "this folder could not be read (\(reason)), so its entries were left out").placed(in: folder.path))
            return []
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let item = readdir(dir) {
            let isFile = item.pointee.d_type == UInt8(DT_REG)
            let keep: Bool = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { name in
                    // Hidden names (and `.`, `..`) are never part of the vault; a plain file
                    // that is not an entry needs no further look.
                    name[0] != UInt8(ascii: ".") && (!isFile || Self.isEntryName(UnsafeBufferPointer(start: name, count: strlen(name))))
                }
            }
            guard keep else { continue }
            // A name that is not UTF-8 keeps its bytes (see FileName), so it is read, not skipped.
            names.append(withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { FileName.decode(UnsafeBufferPointer(start: $0, count: strlen($0))) }
            })
        }
        names.sort()
        let parent = dirfd(dir)
        var subfolders: [Folder] = []
        for name in names {
            let path = folder.path.isEmpty ? name : folder.path + "/" + name
            var info = stat()
            guard FileName.withCString(name, { fstatat(parent, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard leadsInside(absolute + "/" + name) else {
                    if Self.isEntryName(name) || FileName.withCString(name, { fstatat(parent, $0, &info, 0) }) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                        listing.problems.append(Diagnostic(.warning, line: 1, column: 1,
                            "this link leads outside the vault, so it was not followed (tend reads only what is inside the vault)").placed(in: path))
                    }
                    continue
                }
                guard FileName.withCString(name, { fstatat(parent, $0, &info, 0) }) == 0 else {
                    if Self.isEntryName(name) {
                        listing.problems.append(Diagnostic(.warning, line: 1, column: 1,
                            "this link points to nothing that exists, so it was skipped").placed(in: path))
                    }
                    continue
                }
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                if configuration.excludes(path, isDirectory: true) { continue }
                let key = FolderKey(info)
                guard !folder.ancestors.contains(key) else {
                    listing.problems.append(Diagnostic(.warning, line: 1, column: 1,
                        "this folder link leads back to a folder already read (a loop), so it was skipped").placed(in: path))
                    continue
                }
                subfolders.append(Folder(path: path, ancestors: folder.ancestors.union([key])))
                continue
            }
            guard Self.isEntryName(name), !configuration.excludes(path, isDirectory: false) else { continue }
            guard kind == S_IFREG else {
                listing.problems.append(Diagnostic(.warning, line: 1, column: 1,
                    "this is not a regular file (a pipe, socket or device), so it was skipped").placed(in: path))
                continue
            }
            let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            listing.files.append(VaultFile(path: path, size: Int64(info.st_size), modified: nanos))
        }
        return subfolders
    }

    /// True when the link at `path` ends inside the vault (a link to nothing counts as inside:
    /// it is reported as such).
    private func leadsInside(_ path: String) -> Bool {
        guard let resolved = FileName.withCString(path, { realpath($0, nil) }) else { return true }
        defer { free(resolved) }
        let target = String(cString: resolved)
        return target == resolvedRoot || target.hasPrefix(resolvedRoot == "/" ? "/" : resolvedRoot + "/")
    }

    /// `*.md` and `*.markdown`, any case.
    static func isEntryName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { isEntryName($0) }
    }

    /// `*.md` and `*.markdown`, any case, on UTF-8 bytes.
    static func isEntryName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard name.count > count else { return false }
            let start = name.count - count
            for i in 0..<count where name[start + i].asciiLowercased != suffix.utf8Start[i] { return false }
            return true
        }
        return endsWith(".md") || endsWith(".markdown")
    }
}
