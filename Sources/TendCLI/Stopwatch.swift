import Foundation

/// Phase timings on stderr when `TEND_TIMING=1` (for `make bench`; never in tests' output).
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds
    private var phases: [(String, Double)] = []
    private let enabled = ProcessInfo.processInfo.environment["TEND_TIMING"] == "1"

    /// Ends the current phase under `name`.
    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1_000_000))
        last = now
    }

    /// Prints `tend: timing: load 12.3 ms, build 1.2 ms, …`.
    func report() {
        guard enabled else { return }
        Output.remark("timing: " + phases.map { "\($0.0) \(String(format: "%.1f", $0.1)) ms" }.joined(separator: ", "))
    }
}
