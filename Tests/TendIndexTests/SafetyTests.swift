import Foundation
import GRDB
import TendIndex
import Testing

/// The built binary against hostile vaults and a damaged index: each test names the failure it
/// pins. Every run must end with a message and exit 0, 1 or 2, never a signal or a hang.
@Suite("Hostile input, damage and safe writes")
struct SafetyTests {
    /// A vault of two small entries, indexed once. Its `.tend/` folder makes it a vault, so the
    /// index is kept there (a plain folder gets a temporary one).
    static func indexedVault() throws -> TempVault {
        let vault = try TempVault()
        try FileManager.default.createDirectory(atPath: vault.root + "/.tend", withIntermediateDirectories: true)
        try vault.write("2026/11/2026-11-17 journey.md", entry("2026-11-17", type: "journey", "## Insights\n- lanterns in the fog #father"))
        try vault.write("2026/11/2026-11-18.md", entry("2026-11-18", "## Emotions\n- grief (6)\n\nlanterns again"))
        let first = try tend(["index", "--vault", vault.root])
        #expect(first.status == 0, "\(first.stderr)")
        return vault
    }

    /// Regression: a zeroed page inside `.tend/index.sqlite` went unnoticed; `grep` then exited 1
    /// with a raw "SQLite error 11", and even `index --rebuild` failed. Each case zeroes the
    /// first page of a table the command reads (found at opening, during the sync, or only
    /// when the command asks for its rows).
    @Test("a zeroed page: moved aside and rebuilt once, with one warning", arguments: [
        (["grep", "lanterns"], "entry_fts_data"), (["grep", "lanterns"], "entry"), (["index", "--rebuild"], "entry"),
        (["themes"], "theme"), (["review", "--week", "2026-W47"], "entry_day"), (["actions"], "action"),
    ])
    func zeroedPage(arguments: [String], table: String) throws {
        let vault = try Self.indexedVault()
        let queue = try DatabaseQueue(path: vault.indexPath)
        let (pageSize, root) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size")!, try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table])!)
        }
        try queue.close()
        let handle = try #require(FileHandle(forUpdatingAtPath: vault.indexPath))
        handle.seek(toFileOffset: UInt64(pageSize * (root - 1)))
        handle.write(Data(count: pageSize))
        try handle.close()
        let result = try tend(arguments + ["--vault", vault.root, "--today", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("tend: \(vault.root)/.tend/index.sqlite:1:1: warning: the index could not be read ("), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one warning and nothing else: \(result.stderr)")
        if arguments[0] == "grep" { #expect(result.stdout.contains("lanterns")) }
        if arguments[0] == "themes" { #expect(result.stdout.contains("father")) }
        let aside = try FileManager.default.contentsOfDirectory(atPath: vault.root + "/.tend").filter { $0.contains(".unreadable-") }
        #expect(aside.count == 1, "the damaged file is kept, never deleted")
        let again = try tend(["grep", "lanterns", "--vault", vault.root])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
    }

    @Test("a dropped table: the same", arguments: ["insight", "entry_fts", "theme"])
    func droppedTable(table: String) throws {
        let vault = try Self.indexedVault()
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.write { try $0.execute(sql: "DROP TABLE \(table)") }
        try queue.close()
        let result = try tend(["grep", "lanterns", "--vault", vault.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("its table '\(table)' is missing"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("lanterns"))
    }

    /// The journeys' index is named by the queries that read them (`INDEXED BY`): without it
    /// they could not run at all, so its absence is damage, found when the index is opened.
    @Test("a dropped index a query names: the same")
    func droppedNamedIndex() throws {
        let vault = try Self.indexedVault()
        let queue = try DatabaseQueue(path: vault.indexPath)
        try queue.write { try $0.execute(sql: "DROP INDEX entry_journeys") }
        try queue.close()
        let result = try tend(["sessions", "--vault", vault.root, "--today", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("its index 'entry_journeys' is missing"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("1        Tue 17 Nov"), "\(result.stdout)")
    }

    /// Regression: `review --write --force` followed a symbolic link at the review's path and
    /// overwrote the entry it pointed to (and changed its mode).
    @Test("a review is never written through a symbolic link, even with --force")
    func reviewThroughALink() throws {
        let vault = try Self.indexedVault()
        let entryPath = vault.root + "/2026/11/2026-11-18.md"
        chmod(entryPath, 0o644)
        let before = FileManager.default.contents(atPath: entryPath)
        try FileManager.default.createDirectory(atPath: vault.root + "/Reviews", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: vault.root + "/Reviews/2026-W47.md", withDestinationPath: entryPath)
        let result = try tend(["review", "--week", "2026-W47", "--write", "--force", "--vault", vault.root])
        #expect(result.status == 2)
        #expect(result.stderr == "tend: \(vault.root)/Reviews/2026-W47.md: error: this is a symbolic link, and tend never writes through a link, so it was left as it is\n")
        #expect(FileManager.default.contents(atPath: entryPath) == before)
        var info = stat()
        #expect(stat(entryPath, &info) == 0 && info.st_mode & 0o777 == 0o644)
    }

    @Test("folders that lead outside the vault are refused", arguments: ["../elsewhere", "/tmp/tend-elsewhere"])
    func reviewsFolderOutside(folder: String) throws {
        let vault = try Self.indexedVault()
        try vault.write(".tend/config.yaml", "folders:\n  reviews: \(folder)\n")
        let result = try tend(["review", "--week", "2026-W47", "--write", "--vault", vault.root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("this path leads outside the vault"), "\(result.stderr)")
        let outside = folder.hasPrefix("/") ? folder : (vault.root as NSString).deletingLastPathComponent + "/elsewhere"
        #expect(!FileManager.default.fileExists(atPath: outside))
    }

    @Test("a review replaces the old one all at once, owner-only, leaving no temporary file")
    func atomicReplace() throws {
        let vault = try Self.indexedVault()
        try vault.write("Reviews/2026-W47.md", "an older review\n")
        chmod(vault.root + "/Reviews/2026-W47.md", 0o644)
        let result = try tend(["review", "--week", "2026-W47", "--write", "--force", "--vault", vault.root])
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: FileManager.default.contents(atPath: vault.root + "/Reviews/2026-W47.md") ?? Data(), as: UTF8.self)
        #expect(text.contains("lanterns"))
        var info = stat()
        #expect(stat(vault.root + "/Reviews/2026-W47.md", &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.root + "/Reviews") == ["2026-W47.md"])
    }

    /// Regression: a symbolic link to `/proc` made every command hang.
    @Test("links that leave the vault are not followed")
    func linkOutside() throws {
        let vault = try Self.indexedVault()
        try FileManager.default.createSymbolicLink(atPath: vault.root + "/proc", withDestinationPath: "/proc")
        try FileManager.default.createSymbolicLink(atPath: vault.root + "/kmsg.md", withDestinationPath: "/proc/kmsg")
        try FileManager.default.createSymbolicLink(atPath: vault.root + "/inside.md", withDestinationPath: vault.root + "/2026/11/2026-11-18.md")
        let start = Date()
        let result = try tend(["check", "--vault", vault.root])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("tend: \(vault.root)/proc:1:1: warning: this link leads outside the vault, so it was not followed"), "\(result.stderr)")
        #expect(result.stderr.contains("tend: \(vault.root)/kmsg.md:1:1: warning: this link leads outside the vault"), "\(result.stderr)")
        #expect(!result.stderr.contains("inside.md"), "a link inside the vault is read like any file")
    }

    /// Regression: a list or quote nested 50,000 deep overflowed the stack (SIGSEGV) in every
    /// command, and `check` never said which file.
    @Test("deep nesting: every command ends, and check names the file", arguments: [["check"], ["index"], ["export"], ["grep", "deep"], ["review", "--week", "2026-W47"]])
    func deepNesting(arguments: [String]) throws {
        let vault = try Self.indexedVault()
        // The issue's own files (a 100 KB and a 200 KB line, read as plain text), and nesting
        // as deep on lines short enough to be read as Markdown.
        try vault.write("2026/11/2026-11-19 deep.md", String(repeating: "- ", count: 50_000) + "deep\n")
        try vault.write("2026/11/2026-11-20 quote.md", String(repeating: "> - ", count: 50_000) + "deep\n")
        try vault.write("2026/11/2026-11-21 lists.md", String(repeating: "- ", count: 30_000) + "deep\n")
        try vault.write("2026/11/2026-11-22 quotes.md", String(repeating: "> - ", count: 15_000) + "deep\n")
        let result = try tend(arguments + ["--vault", vault.root])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        if arguments == ["check"] {
            #expect(result.stderr.contains("tend: \(vault.root)/2026/11/2026-11-19 deep.md:1:1: warning: this line is longer than 64 KB, so tend read the file as plain text"), "\(result.stderr)")
            #expect(result.stderr.contains("tend: \(vault.root)/2026/11/2026-11-20 quote.md:1:1: warning: this line is longer than 64 KB"), "\(result.stderr)")
            #expect(result.stderr.contains("tend: \(vault.root)/2026/11/2026-11-21 lists.md:1:201: warning: lists or quotes are nested more than 100 deep here"), "\(result.stderr)")
            #expect(result.stderr.contains("tend: \(vault.root)/2026/11/2026-11-22 quotes.md:1:201: warning: lists or quotes are nested more than 100 deep here"), "\(result.stderr)")
        }
    }

    /// Regression: `review --date 9999-12-31` and the like trapped (SIGILL) in week arithmetic.
    @Test("the ends of the calendar give a review", arguments: [["--date", "9999-12-31"], ["--date", "0001-01-01"], ["--week", "9999-W52"], ["--week", "0001-W01"], ["--week", "latest"]])
    func calendarEnds(arguments: [String]) throws {
        let vault = try Self.indexedVault()
        try vault.write("late.md", entry("9999-12-29", "far ahead"))
        let result = try tend(["review"] + arguments + ["--vault", vault.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("---\n"))
    }

    /// Regression: grep counted the front matter's lines from the file's line feeds, so in a
    /// file whose lines end with a lone CR (or in UTF-16) matches were placed on the wrong line.
    @Test("grep places matches on their lines in CR-only and UTF-16 files")
    func grepLinesInOddEncodings() throws {
        let vault = try Self.indexedVault()
        try vault.write("2026-11-20 cr.md", "---\rdate: 2026-11-20\rmood: 4\r---\r## Insights\r- mac lanterns\r")
        let utf16 = [UInt8]([255, 254]) + "---\ndate: 2026-11-21\n---\n\nwide lanterns\n".utf16.flatMap { [UInt8($0 & 255), UInt8($0 >> 8)] }
        try Data(utf16).write(to: URL(fileURLWithPath: vault.root + "/2026-11-21 wide.md"))
        let grep = try tend(["grep", "lanterns", "--vault", vault.root])
        #expect(grep.stdout.contains("\(vault.root)/2026-11-20 cr.md:6:7: - mac lanterns"), "\(grep.stdout)")
        #expect(grep.stdout.contains("\(vault.root)/2026-11-21 wide.md:5:6: wide lanterns"), "\(grep.stdout)")
    }

    /// Regression: a file name with bytes that are not UTF-8 was skipped silently while `check`
    /// said everything was readable; a name with a line break split a `PATH:LINE:COL` line.
    @Test("odd file names are read, and shown escaped on one line")
    func oddNames() throws {
        let vault = try Self.indexedVault()
        let raw: [UInt8] = Array((vault.root + "/2026-11-19 caf").utf8) + [233] + Array(".md".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o600) } }
        #expect(fd >= 0)
        let text = Array("lanterns and a date: 2026-13-45\n".utf8)
        _ = text.withUnsafeBufferPointer { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        try vault.write("2026-11-20 two\nlines.md", "lanterns on two lines\n")
        let grep = try tend(["grep", "lanterns", "--vault", vault.root])
        #expect(grep.status == 0)
        #expect(grep.stdout.contains("\(vault.root)/2026-11-19 caf\\xE9.md:1:1:"), "\(grep.stdout)")
        #expect(grep.stdout.contains("\(vault.root)/2026-11-20 two\\nlines.md:1:1:"), "\(grep.stdout)")
        #expect(grep.stdout.contains(" · 2026-11-20 two\\nlines (journal)\n"), "a title from the name is one line too: \(grep.stdout)")
        #expect(grep.stdout.contains(" · 2026-11-19 caf\\xE9 (journal)\n"), "\(grep.stdout)")
        let export = try tend(["export", "--format", "jsonl", "--vault", vault.root])
        #expect(export.stdout.split(separator: "\n").count == 4, "every file is an entry: \(export.stdout)")
    }
}

/// What may stand at a path named with `--index` or `TEND_INDEX`.
struct IndexPathTests {
    /// Regression: `--index ENTRY` moved the entry aside and wrote a database in its place.
    @Test(arguments: [
        // what is at the path, the start of the refusal (nil: tend may use it)
        ("nothing", nil),
        ("an empty file", nil),
        ("an index tend made", nil),
        ("an entry", "this file is not a tend index (it is not an SQLite database)"),
        ("another program's database", "this is another program's SQLite database"),
        ("a link to an index", "this is a symbolic link"),
        ("a folder", "this is not a file"),
    ] as [(String, String?)])
    func refusals(what: String, refusal: String?) throws {
        try refusals(what: what, refusal: refusal, place: .given)
    }

    /// In the vault's own `.tend/` folder a file is tend's, but a link or a folder is not.
    @Test(arguments: [
        ("nothing", nil), ("an empty file", nil), ("an index tend made", nil), ("an entry", nil),
        ("another program's database", nil), ("a link to an index", "this is a symbolic link"), ("a folder", "this is not a file"),
    ] as [(String, String?)])
    func refusalsInTheTendFolder(what: String, refusal: String?) throws {
        try refusals(what: what, refusal: refusal, place: .tendFolder)
    }

    func refusals(what: String, refusal: String?, place: IndexPlace) throws {
        let vault = try TempVault()
        let path = vault.root + "/named.sqlite"
        switch what {
        case "an empty file": _ = FileManager.default.createFile(atPath: path, contents: Data())
        case "an index tend made": _ = try JournalIndex.open(at: path, place: .given)
        case "an entry": try vault.write("named.sqlite", entry("2026-11-17", "a journey"))
        case "another program's database":
            try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER)") }
        case "a link to an index":
            _ = try JournalIndex.open(at: vault.root + "/real.sqlite", place: .given)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: vault.root + "/real.sqlite")
        case "a folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        default: break
        }
        let before = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        do {
            _ = try JournalIndex.open(at: path, place: place)
            #expect(refusal == nil, "\(what) was used")
        } catch let error as JournalIndex.NotAnIndex {
            #expect(refusal.map { error.diagnostic.sentence.hasPrefix($0) } == true, "\(what): \(error.diagnostic.sentence)")
            #expect((try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) == before, "left as it is")
        }
    }
}
