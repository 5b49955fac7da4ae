import Foundation
import Testing
import TendCore
import TendIndex
import TendResources

/// A temporary vault on disk that tests write entries into, with its own index file.
final class TempVault {
    let root: String
    var indexPath: String { root + "/.tend/index.sqlite" }

    init() throws {
        root = NSTemporaryDirectory() + "tend-index-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes a file and sets its modification time (seconds since 1970) so tests never depend on the clock.
    func write(_ path: String, _ text: String, modified: Int? = nil) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: false, encoding: .utf8)
        if let modified { try touch(path, modified: modified) }
    }

    func touch(_ path: String, modified: Int) throws {
        var times = [timespec(tv_sec: modified, tv_nsec: 0), timespec(tv_sec: modified, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, root + "/" + path, &times, 0) == 0)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(atPath: root + "/" + path) }

    func move(_ from: String, _ to: String) throws { try FileManager.default.moveItem(atPath: root + "/" + from, toPath: root + "/" + to) }

    /// Every `.md` file, as the walker would give it.
    func stamps() -> [IndexFileStamp] {
        var result: [IndexFileStamp] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md"), !path.hasPrefix(".") else { continue }
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            result.append(IndexFileStamp(path: path, size: Int64(info.st_size),
                                         modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)))
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The default parser, with `Daily/` as the daily-notes folder (where a file's time may date it).
    static let parser: EntryParser = {
        var parser = EntryParser(lexicon: Lexicon(tsv: TendResources.emotionLexicon()))
        parser.dates.dailyFolders = ["Daily"]
        return parser
    }()

    var reader: VaultReader { VaultReader(root: root, parser: Self.parser) }

    /// Opens the index and syncs it.
    @discardableResult
    func sync(parserVersion: Int = EntryParser.version, settings: String = "", rebuild: Bool = false) throws -> (JournalIndex, SyncReport) {
        let (index, _) = try JournalIndex.open(at: indexPath, parserVersion: parserVersion)
        let report = try index.sync(files: stamps(), reader: reader, settings: settings, rebuild: rebuild)
        return (index, report)
    }
}

/// Simple entries for sync tests.
func entry(_ date: String, type: String = "journal", _ body: String) -> String {
    "---\ndate: \(date)\ntype: \(type)\n---\n\n\(body)\n"
}

/// The package folder (two levels above this file's folder).
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The fixture vault of this target.
let fixtureVault = packageRoot + "/Tests/TendIndexTests/Fixtures/vault"

/// The result of running the built `tend` binary.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `.build/debug/tend` with arguments, in `directory`, with extra environment.
func tend(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: packageRoot + "/.build/debug/tend")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TEND_INDEX"] = nil
    env["TEND_VAULT"] = nil
    env["TEND_TODAY"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    // Files rather than pipes: a large output can never block the child.
    let base = NSTemporaryDirectory() + "tend-run-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: base + ".out", contents: nil)
    _ = FileManager.default.createFile(atPath: base + ".err", contents: nil)
    defer { try? FileManager.default.removeItem(atPath: base + ".out"); try? FileManager.default.removeItem(atPath: base + ".err") }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
    try process.run()
    process.waitUntilExit()
    let outData = FileManager.default.contents(atPath: base + ".out") ?? Data()
    let e = FileManager.default.contents(atPath: base + ".err") ?? Data()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: e, as: UTF8.self))
}
