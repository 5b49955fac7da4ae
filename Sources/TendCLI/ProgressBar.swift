import Foundation

/// A progress bar on stderr, only on a terminal and only once the work takes more than a moment.
final class ProgressBar {
    private let enabled = isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    private var shown = false
    /// Seconds of work before the bar appears (`TEND_PROGRESS_AFTER` changes it, for tests).
    private let after = ProcessInfo.processInfo.environment["TEND_PROGRESS_AFTER"].flatMap(Double.init) ?? 0.3

    func show(done: Int, total: Int, seconds: Double) {
        guard enabled, total > 0, seconds >= after || shown else { return }
        shown = true
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2KReading entries \(bar) \(Count.grouped(done))/\(Count.grouped(total))".utf8))
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }
}
