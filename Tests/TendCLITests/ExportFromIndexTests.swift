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
}
