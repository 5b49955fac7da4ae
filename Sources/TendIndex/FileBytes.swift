import Foundation
import TendCore

/// Reads whole files with POSIX calls (faster than Foundation for thousands of small files).
enum FileBytes {
    /// The file's bytes, up to one byte more than ``EntryLimits/maximumFileBytes`` (so a larger
    /// file is known as such without being read whole); nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        let fd = FileName.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let limit = EntryLimits.maximumFileBytes + 1
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var total = 0
        while total < limit {
            if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let n = bytes.withUnsafeMutableBytes { raw in Glibc.read(fd, raw.baseAddress! + total, raw.count - total) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            total += n
        }
        bytes.removeSubrange(total...)
        return bytes
    }
}
