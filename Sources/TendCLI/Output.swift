import Foundation
import TendCore

/// Writes to stdout and stderr. The core never prints; commands print through this.
enum Output {
    /// Writes text to stdout as it is.
    static func write(_ text: String) {
        var text = text
        text.withUTF8(write(bytes:))
    }

    /// Writes UTF-8 bytes to stdout as they are.
    static func write(bytes buffer: UnsafeBufferPointer<UInt8>) {
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

    /// Ends the process with `status` at once, leaving what it holds for the system to free.
    /// Nothing is lost: stdout and stderr are written straight to their descriptors, and the
    /// index needs no closing (SQLite keeps it whole through any end of the process).
    static func finish(status: Int32) -> Never {
        exit(status)
    }

    /// Writes a line to stdout.
    static func line(_ text: String) { write(text + "\n") }

    /// Writes a line to stderr: only ``report(_:)`` and ``remark(_:)`` do, so every message
    /// has tend's form.
    private static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Why something failed, in a few words for the end of a sentence: the system's reason
    /// (`Permission denied`, `Read-only file system`) rather than an error's debug description.
    static func reason(_ error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.sentence }
        if let error = error as? any DiagnosticConvertible { return error.diagnostic.sentence }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain { return nsError.localizedDescription }
        return "\(error)"
    }

    /// `error` as an error about the file or folder `path`: tend's own diagnostic placed
    /// there, or the system's reason (see ``reason(_:)``).
    static func failure(_ error: any Error, path: String) -> Diagnostic {
        let diagnostic = error as? Diagnostic ?? (error as? any DiagnosticConvertible)?.diagnostic
        return diagnostic?.placed(orIn: path) ?? .error(reason(error), path: path)
    }

    /// True when colour may be used on the stream.
    static func useColour(fd: Int32) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Prints diagnostics to stderr, sorted by place: the one place tend's messages are
    /// written, in the forms of docs/commands.md.
    static func report(_ diagnostics: [Diagnostic]) {
        let colour = useColour(fd: 2)
        for diagnostic in diagnostics.sorted(by: Diagnostic.byPlace) { error(text(of: diagnostic, colour: colour)) }
    }

    /// Prints one diagnostic to stderr.
    static func report(_ diagnostic: Diagnostic) { report([diagnostic]) }

    /// `tend: PATH:LINE:COL: severity: sentence`, `tend: PATH: severity: sentence` or
    /// `tend: severity: sentence`, as much of the place as is known; the severity in colour
    /// when `colour` is set.
    static func text(of diagnostic: Diagnostic, colour: Bool = false) -> String {
        var place = ""
        if let path = diagnostic.place.path {
            place = path
            if let line = diagnostic.place.line {
                place += ":\(line)"
                if let column = diagnostic.place.column { place += ":\(column)" }
            }
            place += ": "
        }
        var severity = diagnostic.severity.rawValue
        if colour { severity = (diagnostic.isError ? "\u{1B}[31m" : "\u{1B}[33m") + severity + "\u{1B}[0m" }
        return "tend: \(place)\(severity): \(diagnostic.sentence)"
    }

    /// A line for the person that is no diagnostic (a count of what was left unsaid, timings):
    /// `tend: sentence` on stderr.
    static func remark(_ sentence: String) {
        error("tend: " + sentence)
    }
}

/// Exit codes: 0 ok, 1 nothing found, 2 errors.
enum ExitStatus {
    static let ok: Int32 = 0
    static let nothingFound: Int32 = 1
    static let errors: Int32 = 2
}
