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
        return dir
    }

    @Test("a sync killed with SIGKILL leaves an index the next run can use")
    func killMidSync() throws {
        let vault = try Self.generatedVault(entries: 400)
        defer { try? FileManager.default.removeItem(atPath: vault) }
        let index = vault + "/.tend/index.sqlite"
        // First a complete index of part of the vault, so there is a previous state to keep.
        let first = try tend(["index", "--vault", vault])
        #expect(first.status == 0)
        let before = try tend(["grep", "lanternfish", "--count", "--format", "json", "--vault", vault])
        // Change every file's time so the next sync has real work, then kill it part-way.
        let enumerator = FileManager.default.enumerator(atPath: vault)
        var n = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            n += 1
            try ("\n<!-- edit \(n) -->\n").data(using: .utf8).map { data in
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: vault + "/" + path))
                handle.seekToEndOfFile(); handle.write(data); try handle.close()
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/tend")
        process.arguments = ["index", "--vault", vault]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(400_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the sync was still running when killed")
        // The index still opens, and holds either the old or the new state, never half of one.
        let after = try tend(["grep", "lanternfish", "--count", "--format", "json", "--vault", vault])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(!after.stderr.contains("moved aside"), "a killed sync does not damage the file")
        let again = try tend(["index", "--vault", vault])
        #expect(again.status == 0)
        #expect(again.stdout.contains(": 0 added, 0 updated, 0 removed"), "\(again.stdout)")
        #expect(FileManager.default.fileExists(atPath: index))
    }

    @Test("two processes syncing at once both succeed and agree")
    func concurrentSyncs() throws {
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
