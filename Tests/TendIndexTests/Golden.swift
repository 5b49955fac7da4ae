import Foundation
import Testing

/// Compares `actual` with `Fixtures/golden/NAME`; `TEND_RECORD=1` writes it instead.
/// A failure shows a unified diff (expected → actual).
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = packageRoot + "/Tests/TendIndexTests/Fixtures/golden/" + name
    if ProcessInfo.processInfo.environment["TEND_RECORD"] == "1" {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("no golden file \(name); run the tests with TEND_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("\(name) differs from the golden file (re-record with TEND_RECORD=1 if the change is right):\n\(lineDiff(expected, actual))",
                     sourceLocation: sourceLocation)
    }
}

/// A small unified-style diff: common prefix and suffix trimmed, the rest shown as - and + lines.
func lineDiff(_ a: String, _ b: String) -> String {
    let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
    var start = 0
    while start < x.count, start < y.count, x[start] == y[start] { start += 1 }
    var endX = x.count, endY = y.count
    while endX > start, endY > start, x[endX - 1] == y[endY - 1] { endX -= 1; endY -= 1 }
    var out = "@@ line \(start + 1) @@\n"
    for line in x[start..<endX] { out += "- \(line)\n" }
    for line in y[start..<endY] { out += "+ \(line)\n" }
    return out
}
