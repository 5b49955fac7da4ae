import Foundation
import Testing

/// The reports read the index; when it cannot be opened, every entry is parsed in memory
/// instead, and the reports must come out the same.
@Suite("Reports without an index")
struct ReportFallbackTests {
    static let sample = ["--vault", Golden.root.appendingPathComponent("sample-vault").path, "--today", "2026-11-20"]

    @Test("with no index to open, every report is the one the index gives, with a warning", arguments: [
        ["review", "--week", "2026-W47"],
        ["review", "--week", "2026-W39", "--format", "json"],
        ["plan"],
        ["review", "--session", "latest"],
        ["sessions"],
        ["share", "--session", "2"],
    ])
    func sameWithoutIndex(_ command: [String]) throws {
        let indexed = try Golden.run(command + Self.sample)
        // An index path under a plain file can never be opened.
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a file")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let path = file.path + "/index.sqlite"
        let memory = try Golden.run(command + Self.sample, environment: ["TEND_INDEX": path])
        #expect(indexed.status == 0 && indexed.stderr.isEmpty && !indexed.stdout.isEmpty)
        #expect(memory.status == indexed.status)
        #expect(memory.stdout == indexed.stdout)
        #expect(memory.stderr.hasPrefix("tend: \(path):1:1: warning: the index could not be used"))
    }
}
