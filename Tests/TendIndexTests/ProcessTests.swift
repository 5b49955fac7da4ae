import Foundation
import Testing

/// The index under real processes: killed mid-sync, and two syncs at once.
@Suite("Index under several processes", .serialized)
struct ProcessTests {
    /// A generated vault (the same generator as `make bench`), big enough that a sync takes a while.
    static func generatedVault(entries: Int) throws -> String {
        let dir = NSTemporaryDirectory() + "tend-gen-" + UUID().uuidString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/tend-vaultgen")
        process.arguments = [dir, "--entries", String(entries)]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // tend-vaultgen makes a vault (it holds .tend/), so the index lasts from run to run.
        #expect(FileManager.default.fileExists(atPath: dir + "/.tend"))
        return dir
    }

    /// Appends a line to every entry, so the next sync has every file to read again.
    static func editAll(_ vault: String, round: Int) throws {
        let enumerator = FileManager.default.enumerator(atPath: vault)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: vault + "/" + path))
            handle.seekToEndOfFile()
            handle.write(Data("\n<!-- edit \(round) -->\n".utf8))
            try handle.close()
        }
    }

    /// A sync of every file edited, and a rebuild (which clears the tables and sets the
    /// indexes aside before it fills them again, all in one transaction).
    @Test("a sync killed with SIGKILL at any moment leaves an index the next run can use",
          arguments: [["index"], ["index", "--rebuild"]])
    func killMidSync(command: [String]) throws {
        let vault = try Self.generatedVault(entries: 150)
        defer { try? FileManager.default.removeItem(atPath: vault) }
        let first = try tend(["index", "--vault", vault])
        #expect(first.status == 0)
        let before = try tend(["grep", "lanternfish", "--count", "--format", "json", "--vault", vault])
        // Kill at several moments (machines differ in speed); at least one must land mid-sync.
        var killedWhileRunning = 0
        for (round, delay) in [30_000, 200_000, 800_000].enumerated() {
            try Self.editAll(vault, round: round)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/tend")
            process.arguments = command + ["--vault", vault]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedWhileRunning += 1 }
            // The index still opens, and answers as before (the edits add no matches).
            let after = try tend(["grep", "lanternfish", "--count", "--format", "json", "--vault", vault])
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stdout == before.stdout)
            #expect(!after.stderr.contains("moved aside"), "a killed sync does not damage the file")
        }
        #expect(killedWhileRunning > 0)
        let again = try tend(["index", "--vault", vault])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Indexed 150 entries"), "\(again.stdout)")
        #expect(again.stdout.contains(": 0 added, 0 updated, 0 removed"), "\(again.stdout)")
    }

    /// Regression: two tends creating a new index at once each saw the other's half-made schema
    /// ("table meta already exists", "duplicate column name", "no such column") and moved the
    /// index aside as damaged, so both rebuilt it. The race is narrow: five rounds find it.
    @Test("two processes syncing at once both succeed and agree", arguments: 1...5)
    func concurrentSyncs(round: Int) throws {
        let vault = try Self.generatedVault(entries: 150)
        defer { try? FileManager.default.removeItem(atPath: vault) }
        let group = DispatchGroup()
        let results = Results()
        for i in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                let run = try? tend(["index", "--vault", vault])
                results.set(i, run)
                group.leave()
            }
        }
        group.wait()
        let runs = results.all
        #expect(runs.count == 2)
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        for run in runs { #expect(!run.stderr.contains("moved aside"), "a race is not damage: \(run.stderr)") }
        let added = runs.map { $0.stdout.contains(": 150 added") }
        #expect(added.filter { $0 }.count == 1, "exactly one of them did the work: \(runs.map(\.stdout))")
        let check = try tend(["index", "--vault", vault])
        #expect(check.stdout.hasPrefix("Indexed 150 entries"))
        #expect(check.stdout.contains(": 0 added, 0 updated, 0 removed"))
    }
}

/// Collects results from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Int: Run] = [:]
    func set(_ i: Int, _ run: Run?) { lock.lock(); runs[i] = run; lock.unlock() }
    var all: [Run] { lock.lock(); defer { lock.unlock() }; return runs.keys.sorted().compactMap { runs[$0] } }
}
