import ArgumentParser
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
    static func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// Says that the file at `shown` is there and was left as it is; throw what it returns (exit 2).
    static func refuseToReplace(_ shown: String) -> ExitCode {
        Output.error("tend: \(shown): error: this file is already there, so it was left as it is; add --force to replace it")
        return ExitCode(ExitStatus.errors)
    }

    /// Writes a document a command was asked for (mode 0600; an existing file only with
    /// `force`) and says where it went; a failure is reported as `tend: FILE: error: …`, exit 2.
    static func save(_ text: String, to path: String, shownAs shown: String, force: Bool) throws {
        do {
            try write(text, to: path, overwrite: force)
        } catch {
            Output.error("tend: \(shown): error: \(error)")
            throw ExitCode(ExitStatus.errors)
        }
        Output.line("Saved \(shown).")
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
