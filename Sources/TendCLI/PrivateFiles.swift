import ArgumentParser
import Foundation
import TendCore

/// The one way tend writes a file into a vault (a new entry, a review, a plan, the config):
///
/// - only at a path inside the vault: no `..`, no absolute path (a `folders:` setting of
///   `../elsewhere` is refused, not followed);
/// - never through a symbolic link, neither the file nor a folder on the way, so a link can
///   never lead a write to an entry or outside the vault;
/// - only over a regular file, and only when asked to replace it;
/// - all at once: the text goes into a temporary file in the same folder, which then takes the
///   file's name (a reader sees the old file or the new one, never half of one);
/// - readable by the owner only: files 0600, new folders 0700 (a journal about healing is private).
enum PrivateFiles {
    /// Writes `text` as the vault-relative `path` under `root`, making missing folders.
    ///
    /// - Throws: a ``Diagnostic`` with no place (the caller names the file as the person knows
    ///   it) that says why nothing was written.
    /// - Parameter replacing: replace a regular file already there; without it, an existing
    ///   file is never touched (and the write fails even if one appears meanwhile).
    static func save(_ text: String, as path: String, under root: String, replacing: Bool) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw Diagnostic.error("this path leads outside the vault (check the folders in .tend/config.yaml), so nothing was written; tend writes only inside the vault")
        }
        var folder = root
        for part in parts.dropLast() {
            folder += "/" + part
            var info = stat()
            if lstat(folder, &info) != 0 {
                guard errno == ENOENT, mkdir(folder, 0o700) == 0 || errno == EEXIST else { throw failure(folder) }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK: throw Diagnostic.error("the folder \(part) is a symbolic link, and tend never writes through a link, so nothing was written")
            default: throw Diagnostic.error("\(part) is a file, not a folder, so nothing was written")
            }
        }
        let file = root + "/" + path
        var info = stat()
        if lstat(file, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK: throw Diagnostic.error("this is a symbolic link, and tend never writes through a link, so it was left as it is")
            case S_IFREG: if !replacing { throw Diagnostic.error("this file is already there, so it was left as it is; add --force to replace it") }
            default: throw Diagnostic.error("this is not a regular file, so it was left as it is")
            }
        }
        let temporary = folder + "/.\(parts.last!).tend-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(text, to: temporary)
        // rename replaces the name itself (a link put there meanwhile is replaced, not followed);
        // link fails when a file appeared meanwhile, so nothing is ever written over by surprise.
        let moved = replacing ? rename(temporary, file) : link(temporary, file)
        let reason = errno
        if !replacing || moved != 0 { unlink(temporary) }
        guard moved == 0 else {
            if reason == EEXIST { throw Diagnostic.error("this file is already there, so it was left as it is; add --force to replace it") }
            throw Diagnostic.error("it could not be written (\(String(cString: strerror(reason))))")
        }
    }

    /// Creates `path` (which must not exist) with mode 0600 and writes `text` into it, to disk.
    private static func writeNew(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        var written = false
        defer {
            close(fd)
            if !written { unlink(path) }
        }
        fchmod(fd, 0o600)
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw failure(path) }
        written = true
    }

    private static func failure(_ path: String) -> Diagnostic {
        let reason = String(cString: strerror(errno))
        return Diagnostic.error("it could not be written (\((path as NSString).lastPathComponent): \(reason))")
    }
}
