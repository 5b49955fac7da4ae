import Foundation
import Testing

/// Runs the built `tend` binary and compares its output with golden files.
///
/// Re-record every golden file with `TEND_RECORD=1 swift test --skip-build`; a failing
/// comparison prints a unified diff (expected → actual).
enum Golden {
    /// The package's top folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture vaults (in the source tree, so tests read exactly what is committed).
    static let fixtures = root.appendingPathComponent("Tests/TendCLITests/Fixtures")

    /// The golden files.
    static let goldens = root.appendingPathComponent("Tests/TendCLITests/Goldens")

    /// `.build/debug/tend` under the package (found from `#filePath`), else next to the test bundle.
    static let binary: String = {
        let main = Bundle.main.bundleURL
        let candidates = [root.appendingPathComponent(".build/debug/tend"), main.appendingPathComponent("tend"),
                          main.deletingLastPathComponent().appendingPathComponent("tend")]
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0].path
    }()

    /// What a run of the binary gave back.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `tend ARGS` in `directory` with a clean environment (no colour, no TEND_VAULT).
    /// `program` (another program, such as script(1), that runs tend itself) may replace tend.
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
                    program: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program ?? binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? fixtures
        var environment = ProcessInfo.processInfo.environment
        environment["TEND_VAULT"] = nil
        environment["TEND_TODAY"] = nil
        environment["EDITOR"] = nil
        environment["VISUAL"] = nil
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        // Each run keeps its index in a temporary file, so tests never write into the fixture
        // folders of the source tree (a test that names TEND_INDEX keeps its own).
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("tend-index-\(UUID().uuidString).sqlite")
        environment["TEND_INDEX"] = index.path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index.path + suffix) }
        }
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        // stderr goes to a file and stdout to a pipe read to its end, so neither can fill up and block the child.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("tend-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)   // FileHandle below reports a failure
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let stderrData = try Data(contentsOf: errURL)
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fixture vault's folder.
    static func fixture(_ name: String) -> URL {
        fixtures.appendingPathComponent(name)
    }

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tend-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Compares `actual` with `Goldens/NAME`, or writes it there when `TEND_RECORD=1`.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TEND_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Goldens/\(name) is missing; record it with TEND_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Goldens/\(name) differs (re-record with TEND_RECORD=1 if the change is intended):\n\(diff(expected, actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// A unified diff of two texts, by `diff -u` when it is there.
    static func diff(_ expected: String, _ actual: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-diff-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("expected"), b = dir.appendingPathComponent("actual")
        try? expected.write(to: a, atomically: true, encoding: .utf8)
        try? actual.write(to: b, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "expected:\n\(expected)\nactual:\n\(actual)" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A fresh copy of a fixture vault in a temporary folder, for commands that write.
    static func copy(_ vault: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("tend-\(vault)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(vault), to: target)
        return target
    }

    /// Every file under `folder` with its bytes, to show nothing was changed. tend's own index
    /// (`.tend/index.sqlite` and its `-wal`/`-shm` files) is left out: tend keeps it up to date.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.path.dropFirst(folder.path.count))
            if relative.hasPrefix("/.tend/index.sqlite") { continue }
            if let data = FileManager.default.contents(atPath: url.path) {
                result[relative] = data
            }
        }
        return result
    }

    /// The permission bits of a file or folder.
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
