import Foundation
import Testing

/// End-to-end tests: the built `tend` binary on the fixture vault, with the index in a temp folder
/// (the fixture folder itself is never written to).
@Suite("Commands on the fixture vault")
struct CommandTests {
    let scratch = NSTemporaryDirectory() + "tend-cmd-" + UUID().uuidString

    func run(_ arguments: [String], today: String = "2026-10-14") throws -> Run {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        return try tend(arguments + ["--index", scratch + "/index.sqlite"], in: fixtureVault, environment: ["TEND_TODAY": today])
    }

    @Test("tend index says what it did")
    func index() throws {
        let first = try run(["index"])
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Indexed 6 entries in "))
        #expect(first.stdout.hasSuffix("(rebuilt): 6 added, 0 updated, 0 removed, 0 warnings\n"))
        let second = try run(["index"])
        #expect(second.stdout.hasSuffix(": 0 added, 0 updated, 0 removed, 0 warnings\n"))
        #expect(!second.stdout.contains("rebuilt"))
        #expect(try run(["index", "--rebuild"]).stdout.contains("(rebuilt): 6 added"))
    }

    @Test("golden: themes, emotions, actions", arguments: [
        (["themes"], "themes.txt"),
        (["themes", "--format", "json"], "themes.json"),
        (["themes", "--since", "2026-09-15"], "themes-since.txt"),
        (["emotions"], "emotions-week.txt"),
        (["emotions", "--by", "session"], "emotions-session.txt"),
        (["emotions", "--by", "session", "--format", "json"], "emotions-session.json"),
        (["actions"], "actions-open.txt"),
        (["actions", "--all"], "actions-all.txt"),
        (["actions", "--done"], "actions-done.txt"),
        (["actions", "--overdue"], "actions-overdue.txt"),
        (["actions", "--all", "--format", "jsonl"], "actions-all.jsonl"),
        // Every listing in every format (these five were written by tend before its listings
        // moved to the printers of TendRender, and are kept byte for byte).
        (["themes", "--format", "jsonl"], "themes.jsonl"),
        (["emotions", "--format", "json"], "emotions-week.json"),
        (["emotions", "--by", "session", "--format", "jsonl"], "emotions-session.jsonl"),
        (["actions", "--format", "json"], "actions-open.json"),
        (["actions", "--overdue", "--format", "jsonl"], "actions-overdue.jsonl"),
        (["grep", "grief"], "grep-grief.txt"),
        (["grep", "--count", "grie*"], "grep-count.txt"),
        // One golden per search printer (the json, jsonl and count goldens were checked equal to
        // what tend wrote before the printers moved to TendRender).
        (["grep", "cafe", "--format", "json"], "grep-cafe.json"),
        (["grep", "cafe OR river", "--format", "jsonl"], "grep-cafe-river.jsonl"),
        (["grep", "--count", "grie*", "--format", "json"], "grep-count.json"),
        (["grep", "--count", "grie*", "--format", "jsonl"], "grep-count.jsonl"),
        (["grep", "--regex", "Dad('s)? (hands|laughing)"], "grep-regex.txt"),
    ])
    func golden(_ arguments: [String], _ name: String) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try assertGolden(result.stdout, name)
    }

    /// The `PATH:LINE:COL` of every match line.
    func places(_ arguments: [String]) throws -> [String] {
        let result = try run(["grep"] + arguments)
        return result.stdout.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("2026/") else { return nil }
            return line.split(separator: ":").prefix(3).joined(separator: ":")
        }
    }

    @Test("grep: full-text syntax, diacritics and regex", arguments: [
        (["cafe"], ["2026/2026-08-30 before.md:9:14", "2026/2026-10-04 journey.md:12:5"]),
        (["CAFÉ corner"], ["2026/2026-08-30 before.md:9:14"]),
        (["naive"], ["2026/2026-09-20 journal.md:9:22"]),
        (["grie*", "--type", "integration"], ["2026/2026-09-03 integration.md:12:18", "2026/2026-09-03 integration.md:13:16"]),
        (["\"love with nowhere\""], ["2026/2026-09-03 integration.md:13:25"]),
        (["grief NOT weather", "--session", "1"], ["2026/2026-09-03 integration.md:13:16"]),
        (["river OR rotation"], ["2026/2026-09-03 integration.md:27:19", "2026/2026-09-20 journal.md:10:26", "2026/2026-10-12 journal.md:9:15"]),
        (["--regex", "Dad('s)? (hands|laughing)"], ["2026/2026-09-01 journey.md:11:37", "2026/2026-10-04 journey.md:12:31"]),
        (["--regex", "^- grief"], ["2026/2026-09-01 journey.md:16:1", "2026/2026-10-04 journey.md:16:1"]),
    ])
    func grep(_ arguments: [String], _ expected: [String]) throws {
        #expect(try places(arguments) == expected)
    }

    @Test("grep: every filter", arguments: [
        (["grief", "--tag", "trust"], ["2026/2026-09-01 journey.md", "2026/2026-09-03 integration.md"]),
        (["grief", "--tag", "#TRUST", "--type", "journey"], ["2026/2026-09-01 journey.md"]),
        (["grief", "--session", "2"], ["2026/2026-10-04 journey.md"]),
        (["grief", "--since", "2026-09-02", "--until", "2026-09-30"], ["2026/2026-09-03 integration.md"]),
        (["grief", "--where", "mood>4"], ["2026/2026-09-03 integration.md", "2026/2026-10-04 journey.md"]),
        (["grief", "--where", "mood<5"], ["2026/2026-09-01 journey.md"]),
        (["grief", "--where", "mood=5"], ["2026/2026-10-04 journey.md"]),
        (["grief", "--where", "therapist=reyes"], ["2026/2026-09-03 integration.md"]),
        (["grief", "--where", "anxiety>3", "--where", "mood>5"], ["2026/2026-09-03 integration.md"]),
        (["grief", "--where", "anxiety>4"], []),
        (["work", "--where", "tags=boundaries"], ["2026/2026-09-20 journal.md"]),
    ])
    func filters(_ arguments: [String], _ expected: [String]) throws {
        let files = try places(arguments).map { String($0.split(separator: ":")[0]) }
        var unique: [String] = []
        for f in files where unique.last != f { unique.append(f) }
        #expect(unique == expected)
    }

    @Test("grep groups by session, then entry")
    func grouping() throws {
        let result = try run(["grep", "cafe OR river"])
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Session") || $0.hasPrefix("Before") }
        #expect(headers == ["Before the first session", "Session 1 · 2026-09-01 → 2026-10-03", "Session 2 · 2026-10-04 → 2026-10-12"])
        #expect(result.stdout.contains("\n2026-09-03 · Integration one (integration)\n2026/2026-09-03 integration.md:27:19: "))
    }

    @Test("grep exit codes: 0 found, 1 nothing, 2 errors", arguments: [
        (["grief"], Int32(0)), (["zebra"], Int32(1)), (["grief AND"], Int32(2)), (["(grief"], Int32(2)),
        (["--regex", "([a-"], Int32(2)), (["grief", "--since", "yesterday"], Int32(2)), (["grief", "--where", "mood"], Int32(2)),
    ] as [([String], Int32)])
    func exitCodes(_ arguments: [String], _ status: Int32) throws {
        let result = try run(["grep"] + arguments)
        #expect(result.status == status, "\(result.stderr)")
        if status == 2 {
            #expect(result.stderr.hasPrefix("tend: error: "))
            #expect(result.stderr.split(separator: "\n").count == 1, "one sentence, not an SQLite dump")
            #expect(!result.stderr.lowercased().contains("sqlite"))
        }
    }

    @Test("grep --regex that PCRE2 cannot read: one sentence naming where, exit 2, nothing on stdout")
    func badRegex() throws {
        let result = try run(["grep", "--regex", "gri(f"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tend: error: 'gri(f' is not a regular expression tend can read: missing closing parenthesis at its end\n")
    }

    @Test("grep --format json: one object per matching line")
    func json() throws {
        let result = try run(["grep", "cafe", "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let first = array[0]
        #expect(Set(first.keys) == ["path", "line", "column", "text", "matches", "date", "session", "type", "title"])
        #expect(first["path"] as? String == "2026/2026-08-30 before.md")
        #expect(first["line"] as? Int == 9 && first["column"] as? Int == 14)
        #expect(first["session"] is NSNull)
        #expect(array[1]["session"] as? Int == 2)
        #expect(array[1]["matches"] as? [[Int]] == [[5, 8]])
        let lines = try run(["grep", "cafe", "--format", "jsonl"]).stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let count = try run(["grep", "grief", "--count", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(count.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["session"] as? Int } == [1, 2])
        #expect(rows.map { $0["matches"] as? Int } == [3, 2])
    }

    /// Regression: `--index FILE` / `TEND_INDEX=FILE` naming a file that is not an index moved
    /// it aside as `…unreadable-<time>` and wrote a database in its place.
    @Test("a file at --index that is not a tend index is named, left exactly as it is, and the command stops")
    func foreignFileAtIndexPath() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let words = Data("not a database, just words".utf8)
        try words.write(to: URL(fileURLWithPath: scratch + "/notes.txt"))
        chmod(scratch + "/notes.txt", 0o644)
        let result = try tend(["themes", "--index", scratch + "/notes.txt"], in: fixtureVault, environment: ["TEND_TODAY": "2026-10-14"])
        #expect(result.status == 2)
        #expect(result.stderr == "tend: \(scratch)/notes.txt: error: this file is not a tend index (it is not an SQLite database), so tend left it as it is; point --index or TEND_INDEX to a new file, or to an index tend made\n")
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: scratch + "/notes.txt") == words)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["notes.txt"], "nothing moved aside, no -wal or -shm")
        var info = stat()
        #expect(stat(scratch + "/notes.txt", &info) == 0 && info.st_mode & 0o777 == 0o644, "its mode is unchanged")
    }

    @Test("the review stops too, with TEND_INDEX naming an entry", arguments: ["review", "plan", "index", "grep"])
    func entryAtIndexPath(command: String) throws {
        let copy = scratch + "/vault"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixtureVault, toPath: copy)
        let entry = try #require(FileManager.default.enumerator(atPath: copy)?.allObjects.compactMap { $0 as? String }.first { $0.hasSuffix(".md") })
        let before = FileManager.default.contents(atPath: copy + "/" + entry)
        let arguments = command == "grep" ? ["grep", "grief"] : [command]
        let result = try tend(arguments, in: copy, environment: ["TEND_TODAY": "2026-10-14", "TEND_INDEX": entry])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tend: \(entry): error: this file is not a tend index"), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: copy + "/" + entry) == before)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: (copy + "/" + entry as NSString).deletingLastPathComponent)).contains { $0.contains("unreadable") })
    }

    @Test("an index tend made at --index is used again, and an empty file there becomes one")
    func ownIndexAtGivenPath() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: scratch + "/empty.sqlite", contents: Data())
        let first = try tend(["index", "--index", scratch + "/empty.sqlite"], in: fixtureVault)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try tend(["index", "--index", scratch + "/empty.sqlite"], in: fixtureVault)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(": 0 added, 0 updated, 0 removed"))
    }

    @Test("colour only on a terminal: none when piped")
    func noColourWhenPiped() throws {
        let result = try tend(["grep", "grief", "--index", scratch + "/i.sqlite"], in: fixtureVault, environment: ["NO_COLOR": ""])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
