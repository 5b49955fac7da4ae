import Foundation
import Testing
import TendCore
@testable import TendCLI

/// The one printer of diagnostics, and the command line's own errors as values.
struct DiagnosticOutputTests {
    @Test("a diagnostic prints in the forms of docs/commands.md, with as much place as it has", arguments: [
        // the diagnostic -> the line on stderr
        (Diagnostic(.warning, "tend does not know the feeling 'hapy' yet", at: Place(path: "2026/11/03.md", line: 12, column: 3)),
         "tend: 2026/11/03.md:12:3: warning: tend does not know the feeling 'hapy' yet"),
        (Diagnostic(.error, "a line with no column", at: Place(path: "a.md", line: 4)), "tend: a.md:4: error: a line with no column"),
        (Diagnostic.error("there is no folder here; check the path given with --vault", path: "/Volumes/Journal"),
         "tend: /Volumes/Journal: error: there is no folder here; check the path given with --vault"),
        (Diagnostic.error("Missing expected argument '<pattern>' (see 'tend grep --help')"),
         "tend: error: Missing expected argument '<pattern>' (see 'tend grep --help')"),
        (Diagnostic(.warning, "a column with no line is not shown", at: Place(path: "b.md", column: 2)),
         "tend: b.md: warning: a column with no line is not shown"),
    ])
    func printed(diagnostic: Diagnostic, line: String) {
        #expect(Output.text(of: diagnostic) == line)
    }

    @Test("a vault-relative path is shown so that it can be clicked from the current folder", arguments: [
        // the folder as given, the path in the vault -> as shown
        (String?.none, "2026/11/a.md", "2026/11/a.md"), (".", "a.md", "a.md"), ("..", "a.md", "../a.md"),
        ("../..", "a b.md", "../../a b.md"), ("Journal/", "a.md", "Journal/a.md"), ("/Volumes/J", "a.md", "/Volumes/J/a.md"),
        ("vault", "/abs/olute.md", "/abs/olute.md"), ("vault", "two\nlines.md", "vault/two\\nlines.md"),
        ("Tagebuch", "2026/11/über.md", "Tagebuch/2026/11/über.md"),
    ])
    func pathsAreShownFromHere(given: String?, relative: String, shown: String) {
        #expect(VaultLocation(given: given).display(relative) == shown)
    }

    @Test func colourPaintsOnlyTheSeverity() {
        #expect(Output.text(of: .error("x", path: "a.md"), colour: true) == "tend: a.md: \u{1B}[31merror\u{1B}[0m: x")
    }

    @Test("a write tend refuses is a diagnostic with no place (the caller names the file)", arguments: [
        // how the vault-relative path is set up -> the diagnostic
        ("../outside.md", "", Diagnostic.error("this path leads outside the vault (check the folders in .tend/config.yaml), so nothing was written; tend writes only inside the vault")),
        ("there.md", "file", Diagnostic.error("this file is already there, so it was left as it is; add --force to replace it")),
        ("link.md", "link", Diagnostic.error("this is a symbolic link, and tend never writes through a link, so it was left as it is")),
        ("sub/new.md", "file in the way", Diagnostic.error("sub is a file, not a folder, so nothing was written")),
    ])
    func writeRefused(path: String, setUp: String, expected: Diagnostic) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        switch setUp {
        case "file": try "kept\n".write(toFile: root + "/" + path, atomically: false, encoding: .utf8)
        case "link": try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: root + "/elsewhere.md")
        case "file in the way": try "kept\n".write(toFile: root + "/sub", atomically: false, encoding: .utf8)
        default: break
        }
        #expect(throws: expected) { try PrivateFiles.save("new\n", as: path, under: root, replacing: false) }
        #expect(Output.failure(expected, path: "shown.md") == Diagnostic.error(expected.sentence, path: "shown.md"))
    }
}
