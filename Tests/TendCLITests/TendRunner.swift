import Foundation
import Testing

/// Runs the built `tend` binary, as a person would from a shell.
struct TendRunner {
    /// What a run printed and how it ended.
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/debug/tend` (or `TEND_BIN`).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["TEND_BIN"] { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".build/debug/tend")
    }()

    /// A fixture vault's folder.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/TendCLITests/Fixtures/\(name)")
    }

    /// Runs tend with arguments, in `directory`, with extra environment.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TEND_VAULT")
        env.removeValue(forKey: "TEND_INDEX")
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        // stderr goes to a file and stdout to a pipe read to the end, so a large output cannot block.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("tend-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errURL)
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

/// Compares text with a golden file; `TEND_RECORD=1` writes the golden file instead.
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = TendRunner.packageRoot.appendingPathComponent("Tests/TendCLITests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["TEND_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("No golden file \(name); run the tests with TEND_RECORD=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("\(name) differs from its golden file (re-record with TEND_RECORD=1 if the change is intended):\n\(lineDiff(expected, actual))",
                     sourceLocation: sourceLocation)
    }
}

/// A short readable diff: the lines that differ, with their numbers.
func lineDiff(_ expected: String, _ actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : nil) != (i < a.count ? a[i] : nil) {
        if i < e.count { out.append("  line \(i + 1) expected: \(e[i])") }
        if i < a.count { out.append("  line \(i + 1) actual:   \(a[i])") }
        if out.count > 40 { out.append("  …"); break }
    }
    return out.joined(separator: "\n")
}

/// A checksum of every file under a folder (path, size, bytes), to prove tend changed nothing.
func treeFingerprint(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
    for case let url as URL in enumerator {
        let relative = String(url.path.dropFirst(root.path.count))
        if relative.hasPrefix("/.tend/index") { continue }
        if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            result[relative] = try Data(contentsOf: url)
        }
    }
    return result
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tend-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
