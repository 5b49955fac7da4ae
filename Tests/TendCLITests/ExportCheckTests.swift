import Foundation
import Testing

/// End to end: the built binary on fixture vaults.
@Suite(.serialized)
struct ExportCheckTests {
    @Test func exportJSONMatchesGolden() throws {
        let vault = Golden.fixture("basic")
        let before = Golden.snapshot(vault)
        let result = try Golden.run(["export", "--vault", vault.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, "export-basic.json")
        #expect(Golden.snapshot(vault) == before, "tend must never change the vault")
    }

    @Test func exportJSONLHasOneEntryPerLineSortedByDate() throws {
        let result = try Golden.run(["export", "--format", "jsonl"], in: Golden.fixture("basic"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["date"] as? String } == ["2026-11-02", "2026-11-04", "2026-11-05", "2026-11-06"])
        let keys: Set<String> = ["path", "date", "type", "session", "title", "fields", "metrics", "themes", "insights",
                                 "emotions", "actions", "practices", "gratitude", "questions", "problems"]
        #expect(keys.isSubset(of: Set(objects[0].keys)))
    }

    @Test func vaultFromEnvironment() throws {
        let result = try Golden.run(["export", "--format", "jsonl"], environment: ["TEND_VAULT": Golden.fixture("basic").path])
        #expect(result.stdout.split(separator: "\n").count == 4)
    }

    @Test func checkOnACleanVault() throws {
        let result = try Golden.run(["check", "--vault", Golden.fixture("basic").path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "Read 4 entries: everything is readable.\n")
    }

    @Test("tend check says why daily notes named 03.11.2026 are notes, and the form that reads them")
    func checkNamesTheFormOfUnorderedDays() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        for name in ["03.11.2026", "04.11.2026", "25.11.2026"] {
            try Data("A walk.\n".utf8).write(to: vault.appendingPathComponent("\(name).md"))
        }
        let result = try Golden.run(["check", "--vault", vault.path])
        let p = vault.path
        #expect(result.stdout.contains("\nhint: \(p)/03.11.2026.md and 2 more hold a day tend cannot read without the vault's own form ('03.11.2026' may be 3 November or 11 March); add dates: formats: [\"DD.MM.YYYY\"] to .tend/config.yaml.\n"))
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        try Data("dates:\n  formats: [\"DD.MM.YYYY\"]\n".utf8).write(to: vault.appendingPathComponent(".tend/config.yaml"))
        let after = try Golden.run(["check", "--vault", vault.path])
        #expect(after.stdout == "Read 3 entries: everything is readable.\n", "\(after.stderr)")
    }

    @Test("tend check says when a file keeps many days under dated headings, which it reads as one day's entry")
    func checkNamesAMonthInOneFile() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        let month = (3...6).map { "## 2026-11-0\($0)\n\n- sad (4)\n" }.joined(separator: "\n")
        try Data(("# November 2026\n\n" + month).utf8).write(to: vault.appendingPathComponent("November.md"))
        try Data("# 2026-11-07\n\n## Remembering 2019-05-02\n\nThe lake.\n".utf8).write(to: vault.appendingPathComponent("lake.md"))
        let result = try Golden.run(["check", "--vault", vault.path])
        let p = vault.path
        #expect(result.stdout.hasSuffix("\nhint: \(p)/November.md names 4 days in its headings; tend reads one entry a file, so a file a day shows each day in its week ('tend explain \(p)/November.md' shows where).\n"),
                "\(result.stdout)")
    }

    @Test func checkReportsEveryBadInputAndKeepsGoing() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = vault.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try write("2026-11-01 empty.md", [])
        try write("2026-11-02 only.md", Array("---\ndate: 2026-11-02\n---".utf8))
        try write("2026-11-03 unclosed.md", Array("---\ndate: 2026-11-03\n\n## Insights\n- kept\n".utf8))
        try write("2026-11-04 yaml.md", Array("---\ndate: 2026-11-04\ntags: [a, b\nmood: 3\n---\nbody\n".utf8))
        try write("2026-11-05 latin.md", Array("## Emotions\n- caf".utf8) + [0xE9] + Array(" (3)\n".utf8))
        try write("2026-11-06 photo.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
        try write("2026-11-07 bom.md", [0xEF, 0xBB, 0xBF] + Array("---\r\ndate: 2026-11-07\r\n---\r\n## Emotions\r\n- hapy (4)\r\n".utf8))
        try write("notes/undated.md", Array("no date anywhere\n".utf8))
        var big = "---\ndate: 2026-11-08\n---\n"
        while big.utf8.count < 5_000_000 { big += "- [ ] a long list of small steps #action\n" }
        try write("2026-11-08 big.md", Array(big.utf8))
        try write(".obsidian/workspace.md", Array("hidden, never read".utf8))
        let before = Golden.snapshot(vault)

        let result = try Golden.run(["check", "--vault", vault.path])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let p = vault.path
        #expect(result.status == 2, "a binary file and broken front matter are errors")
        #expect(lines.contains("tend: \(p)/2026-11-03 unclosed.md:1:1: warning: the front matter starts with '---' but is never closed; the file was read as Markdown only"))
        #expect(lines.contains { $0.hasPrefix("tend: \(p)/2026-11-04 yaml.md:") && $0.contains(": error: the front matter is not valid YAML") })
        #expect(lines.contains("tend: \(p)/2026-11-05 latin.md:2:6: warning: this file is not UTF-8; it was read as Windows-1252 (re-saving it as UTF-8 keeps accents right)"))
        #expect(lines.contains("tend: \(p)/2026-11-06 photo.md:1:1: error: this file looks binary, not like a Markdown entry, so it was left out"))
        #expect(lines.contains("tend: \(p)/2026-11-07 bom.md:5:3: warning: tend does not know the feeling 'hapy' yet (did you mean 'happy'?); it is kept as written"))
        #expect(!result.stderr.contains("undated.md"), "a note is information, not a warning")
        #expect(result.stdout.contains("This file has no date, so it is a note: searchable, but never placed in a week or a session: \(p)/notes/undated.md."))
        #expect(!result.stderr.contains("workspace.md"))
        #expect(lines.contains("tend: \(p)/2026-11-08 big.md:1:1: warning: this file is larger than 2 MB, so tend read it as plain text: it can be searched, but no insight, feeling or step in it was read"))
        #expect(result.stdout.hasPrefix("Read 7 entries and 1 note: 2 errors, "), "the binary file and the broken YAML")
        #expect(Golden.snapshot(vault) == before, "tend must never change the vault")

        let export = try Golden.run(["export", "--vault", vault.path, "--format", "jsonl"])
        #expect(export.stdout.split(separator: "\n").count == 8, "every readable entry is exported")
        #expect(export.status == 2)
    }

    @Test func symlinkLoopsAndDanglingLinksAreSkipped() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        try FileManager.default.createDirectory(at: vault.appendingPathComponent("a"), withIntermediateDirectories: true)
        try "# hi\n".write(to: vault.appendingPathComponent("a/2026-11-01.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: vault.appendingPathComponent("a/loop").path, withDestinationPath: vault.path)
        try FileManager.default.createSymbolicLink(atPath: vault.appendingPathComponent("gone.md").path, withDestinationPath: "/nonexistent/x.md")
        let result = try Golden.run(["check", "--vault", vault.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("a/loop:1:1: warning: this folder link leads back to a folder already read"))
        #expect(result.stderr.contains("gone.md:1:1: warning: this link points to nothing that exists"))
        #expect(result.stdout.hasPrefix("Read 1 entry"))
    }

    /// Only a link back into a folder's own ancestors is a loop (as in ripgrep); a link to a
    /// sibling folder is read like any folder. Many folders are read on both cores; the
    /// result must not depend on that.
    @Test func linkToASiblingIsReadAndManyFoldersComeBackInPathOrder() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        var expected: [String] = []
        for folder in 0..<12 {
            for day in 1...2 {
                let path = "y\(folder)/2026-10-0\(day).md"
                try FileManager.default.createDirectory(at: vault.appendingPathComponent("y\(folder)"), withIntermediateDirectories: true)
                try "# day \(day)\n".write(to: vault.appendingPathComponent(path), atomically: true, encoding: .utf8)
                expected.append(path)
            }
        }
        try FileManager.default.createDirectory(at: vault.appendingPathComponent("z"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: vault.appendingPathComponent("z/linked").path, withDestinationPath: "../y0")
        expected += ["z/linked/2026-10-01.md", "z/linked/2026-10-02.md"]
        let export = try Golden.run(["export", "--vault", vault.path, "--format", "jsonl"])
        #expect(export.status == 0)
        #expect(!export.stderr.contains("loop"))
        let paths = try export.stdout.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        // Export lists entries by date, then path.
        #expect(paths.compactMap { $0 } == expected.sorted { ($0.suffix(13), $0) < ($1.suffix(13), $1) })
    }

    @Test func initWritesAPrivateConfigOnceAndNeverOverwrites() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        let first = try Golden.run(["init", vault.path])
        #expect(first.status == 0)
        let config = vault.appendingPathComponent(".tend/config.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
        #expect(text.contains("week_start: monday"))
        let mode = try FileManager.default.attributesOfItem(atPath: config.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let dirMode = try FileManager.default.attributesOfItem(atPath: vault.appendingPathComponent(".tend").path)[.posixPermissions] as? Int
        #expect(dirMode == 0o700)
        try "week_start: sunday\n".write(to: config, atomically: true, encoding: .utf8)
        let second = try Golden.run(["init", "--vault", vault.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("already there"))
        #expect(try String(contentsOf: config, encoding: .utf8) == "week_start: sunday\n")
    }

    @Test func brokenConfigIsReportedWithItsPlace() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        try "links: sideways\n".write(to: vault.appendingPathComponent(".tend/config.yaml"), atomically: true, encoding: .utf8)
        let result = try Golden.run(["check"], in: vault)
        #expect(result.stderr == "tend: .tend/config.yaml:1:8: error: links should be 'markdown' or 'wiki'\n")
        #expect(result.status == 2)
    }

    @Test func exportRejectsTextFormatWithASentence() throws {
        let result = try Golden.run(["export", "--format", "text", "--vault", Golden.fixture("basic").path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tend: error: The value 'text' is invalid for '--format <format>'. Please provide one of 'json' and 'jsonl'"))
    }
}

/// A vault written in several languages and scripts, with emoji and callouts.
struct ManyLanguagesTests {
    @Test func manyLanguagesExportAsWritten() throws {
        let vault = Golden.fixture("languages")
        let before = Golden.snapshot(vault)
        let result = try Golden.run(["export", "--vault", vault.path, "--format", "jsonl"])
        #expect(result.status == 0)
        let entries = try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(entries.count == 4)
        let themes = entries.map { $0["themes"] as! [String] }
        #expect(themes[0] == ["theme/家族", "家族", "日記", "父"])
        #expect(themes[1] == ["trauer", "vater"])
        #expect(themes[2] == ["familia", "امتنان"])
        #expect(entries[1]["type"] as? String == "integration")
        let insights = entries.map { ($0["insights"] as! [[String: Any]]).map { $0["text"] as! String } }
        #expect(insights == [["休むことは許されている。"], ["Ich muss nicht alles allein tragen.", "Ich darf langsam sein."], [], ["Naïve hope is still hope."]])
        // German headings and feelings are read (Gedanken is no section), in the English names.
        let feelings = (entries[1]["emotions"] as! [[String: Any]]).map { "\($0["written"]!) \($0["name"]!)/\($0["family"]!)" }
        #expect(feelings == ["trauer grief/sadness", "erleichtert relief/calm"])
        let awe = (entries[3]["emotions"] as! [[String: Any]])[0]
        #expect(awe["name"] as? String == "awe")
        #expect(awe["column"] as? Int == 30, "a column counts characters, so the wave emoji is one")
        let gratitude = (entries[2]["gratitude"] as! [[String: Any]]).map { $0["text"] as! String }
        #expect(gratitude == ["صوت أختي", "Café con mi abuela, «despacio» #familia"])
        #expect(Golden.snapshot(vault) == before)
        let check = try Golden.run(["check", "--vault", vault.path])
        #expect(check.stderr == "")
    }
}
