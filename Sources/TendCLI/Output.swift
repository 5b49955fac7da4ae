import Foundation
import TendCore

/// Writes to stdout and stderr. The core never prints; commands print through this.
enum Output {
    /// Writes text to stdout as it is.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    // The reader went away (`tend export | head`): stop quietly.
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }

    /// Writes a line to stdout.
    static func line(_ text: String) { write(text + "\n") }

    /// Writes a line to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Why something failed, in a few words for the end of a sentence: the system's reason
    /// (`Permission denied`, `Read-only file system`) rather than an error's debug description.
    static func reason(_ error: any Error) -> String {
        if let failed = error as? PrivateFiles.WriteError { return failed.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain { return nsError.localizedDescription }
        return "\(error)"
    }

    /// True when colour may be used on the stream.
    static func useColour(fd: Int32) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Prints diagnostics to stderr as `tend: PATH:LINE:COL: severity: message`, sorted by place.
    static func report(_ diagnostics: [Diagnostic]) {
        let colour = useColour(fd: 2)
        for d in diagnostics.sorted(by: { ($0.path, $0.problem.line, $0.problem.column) < ($1.path, $1.problem.line, $1.problem.column) }) {
            var text = d.description
            if colour {
                let word = d.problem.severity.rawValue
                let paint = d.problem.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
                text = text.replacingOccurrences(of: ": \(word): ", with: ": \(paint)\(word)\u{1B}[0m: ")
            }
            error(text)
        }
    }
}

/// Exit codes: 0 ok, 1 nothing found, 2 errors.
enum ExitStatus {
    static let ok: Int32 = 0
    static let nothingFound: Int32 = 1
    static let errors: Int32 = 2
}
