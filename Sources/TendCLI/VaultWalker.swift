import Foundation
import TendCore
import TendIndex
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown file found in the vault: its path, size and modification time (the index
/// compares these to know what changed).
typealias VaultFile = IndexFileStamp

/// Finds every entry of a vault: `*.md` and `*.markdown` files, leaving out hidden folders,
/// the templates and reviews folders and `ignore:` globs. Symbolic links are followed once;
/// loops, unreadable folders and odd files are reported and skipped, never fatal.
struct VaultWalker {
    var root: String
    var configuration: Configuration

    /// The files sorted by path, and the problems met on the way.
    func walk() -> (files: [VaultFile], problems: [Diagnostic]) {
        var files: [VaultFile] = []
        var problems: [Diagnostic] = []
        var visited = Set<[UInt64]>()
        var rootStat = stat()
        guard stat(root, &rootStat) == 0, (rootStat.st_mode & S_IFMT) == S_IFDIR else {
            problems.append(Diagnostic(path: root, problem: Problem(.error, line: 1, column: 1,
                "this folder could not be opened as a vault (\(String(cString: strerror(errno))))")))
            return ([], problems)
        }
        visited.insert([UInt64(rootStat.st_dev), UInt64(rootStat.st_ino)])
        walk(relative: "", files: &files, problems: &problems, visited: &visited)
        files.sort { $0.path < $1.path }
        return (files, problems)
    }

    private func walk(relative: String, files: inout [VaultFile], problems: inout [Diagnostic], visited: inout Set<[UInt64]>) {
        let absolute = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(absolute) else {
            problems.append(Diagnostic(path: relative, problem: Problem(.warning, line: 1, column: 1,
                "this folder could not be read (\(String(cString: strerror(errno)))), so its entries were left out")))
            return
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let item = readdir(dir) {
            let name = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + path
            var info = stat()
            var linkInfo = stat()
            guard lstat(full, &linkInfo) == 0 else { continue }
            let isLink = (linkInfo.st_mode & S_IFMT) == S_IFLNK
            if isLink {
                guard stat(full, &info) == 0 else {
                    if Self.isEntryName(name) {
                        problems.append(Diagnostic(path: path, problem: Problem(.warning, line: 1, column: 1,
                            "this link points to nothing that exists, so it was skipped")))
                    }
                    continue
                }
            } else {
                info = linkInfo
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                if configuration.excludes(path, isDirectory: true) { continue }
                let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
                guard visited.insert(key).inserted else {
                    problems.append(Diagnostic(path: path, problem: Problem(.warning, line: 1, column: 1,
                        "this folder link leads back to a folder already read (a loop), so it was skipped")))
                    continue
                }
                walk(relative: path, files: &files, problems: &problems, visited: &visited)
                if isLink { visited.remove(key) }
                continue
            }
            guard Self.isEntryName(name), !configuration.excludes(path, isDirectory: false) else { continue }
            guard kind == S_IFREG else {
                problems.append(Diagnostic(path: path, problem: Problem(.warning, line: 1, column: 1,
                    "this is not a regular file (a pipe, socket or device), so it was skipped")))
                continue
            }
            let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            files.append(VaultFile(path: path, size: Int64(info.st_size), modified: nanos))
        }
    }

    /// `*.md` and `*.markdown`, any case.
    static func isEntryName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }
}
