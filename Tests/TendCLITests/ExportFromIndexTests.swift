import Foundation
import Testing

/// `tend export` reads every entry from the index, synced first, as the reports do; when the
/// index cannot be opened, every file is parsed in memory instead and the export is the same.
@Suite("Export from the index")
struct ExportFromIndexTests {
    static let sample = Golden.root.appendingPathComponent("sample-vault").path

    @Test("with no index to open, the export is the one the index gives, with a warning", arguments: ["json", "jsonl"])
    func sameWithoutIndex(format: String) throws {
        let command = ["export", "--vault", Self.sample, "--format", format]
        let indexed = try Golden.run(command)
        // An index path under a plain file can never be opened.
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a file")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let path = file.path + "/index.sqlite"
        let memory = try Golden.run(command, environment: ["TEND_INDEX": path])
        #expect(!indexed.stdout.isEmpty)
        #expect(memory.status == indexed.status)
        #expect(memory.stdout == indexed.stdout)
        #expect(memory.stderr.hasPrefix("tend: \(path):1:1: warning: the index could not be used"))
    }

    @Test("a file changed after the last sync is exported as it is now, and a removed one is gone")
    func changedAfterTheLastSync() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        let index = vault.appendingPathComponent("kept.sqlite").path
        func write(_ name: String, _ text: String) throws {
            try text.write(to: vault.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func export() throws -> [String] {
            let run = try Golden.run(["export", "--vault", vault.path, "--format", "jsonl"], environment: ["TEND_INDEX": index])
            #expect(run.status == 0 && run.stderr.isEmpty)
            return try run.stdout.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return "\(object["path"] ?? "") \(object["title"] ?? "") \(object["themes"] ?? "")"
            }
        }
        try write("2026-09-01.md", "# Before\n\nA first version. #grief\n")
        try write("2026-09-02.md", "# Kept\n")
        try write("2026-09-03.md", "# Going\n")
        let first = try export()
        // (what changed, expected line of the first entry, expected count)
        try write("2026-09-01.md", "# After\n\nA second, longer version of the same day. #relief\n")
        try FileManager.default.removeItem(at: vault.appendingPathComponent("2026-09-03.md"))
        let second = try export()
        #expect(first.count == 3 && first[0].hasPrefix("2026-09-01.md Before") && first[0].contains("grief"))
        #expect(second.count == 2 && second[0].hasPrefix("2026-09-01.md After") && second[0].contains("relief"))
        #expect(second[1] == first[1])
    }

    /// A plain folder (no `.tend/`, `.obsidian/` or `logseq/`) keeps no index, so its export and
    /// reports parse the files in memory rather than build an index for one run: with nowhere
    /// to make a temporary index (`TMPDIR` under a plain file) they still run, with no warning,
    /// and say what the same folder read through an index says.
    @Test("a plain folder is read in memory, the same as through an index", arguments: [
        ["export", "--format", "jsonl"], ["sessions", "--format", "json"], ["review", "--week", "2026-W36", "--format", "json"],
    ])
    func plainFolderInMemory(command: [String]) throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = folder.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
        let files = [
            ("2026-09-01 journey.md", "---\ntype: journey\nmood_before: 3\nmood_after: 6\n---\n# First session\n\n## Insights\n\n- I can rest #grief\n"),
            ("2026-09-02.md", "# After\n\n- [ ] call Sam 📅 2026-09-10\n\nFeelings: sad, hopeful.\n"),
            ("notes/idea.md", "A note with no date. #grief\n"),
        ]
        for (name, text) in files {
            let url = vault.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let noTemporaryFolder = folder.appendingPathComponent("a file")
        try "not a folder".write(to: noTemporaryFolder, atomically: true, encoding: .utf8)
        let arguments = command + ["--vault", vault.path]
        // No TEND_INDEX (the test runner names one for every run otherwise).
        let memory = try Golden.run(arguments, environment: ["TMPDIR": noTemporaryFolder.path + "/tmp", "TEND_INDEX": ""])
        let indexed = try Golden.run(arguments, environment: ["TEND_INDEX": folder.appendingPathComponent("given.sqlite").path])
        #expect(memory.status == 0 && memory.stderr.isEmpty, "\(memory.stderr)")
        #expect(!memory.stdout.isEmpty && memory.stdout == indexed.stdout)
        #expect(!FileManager.default.fileExists(atPath: vault.appendingPathComponent(".tend").path))
    }
}
