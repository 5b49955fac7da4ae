import Foundation

/// Writes files only the owner can read (0600) in folders only the owner can enter (0700):
/// a journal about healing is private.
enum PrivateFiles {
    /// A file that could not be written.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path) could not be written (\(reason))" }
    }

    /// Creates a folder (and its parents) with mode 0700 when it does not exist.
    /// A folder that cannot be made gives the system's reason (`Permission denied`, `Not a
    /// directory`), not Foundation's "the operation could not be completed".
    static func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try createDirectory(parent) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes text with mode 0600. Without `overwrite`, an existing file is never replaced.
    static func write(_ text: String, to path: String, overwrite: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }
}
