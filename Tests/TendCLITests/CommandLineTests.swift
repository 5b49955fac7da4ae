import Foundation
import Testing

/// Issue 15, "a command line that behaves as people expect": the real binary, its exit codes
/// and stderr. Each test names the failure it pins.
@Suite(.serialized)
struct CommandLineTests {
    /// A folder with one entry at `2026/11/2026-11-03 journey.md`, holding the `marker` folder
    /// (`.tend`, `.obsidian`, `logseq`) when one is given.
    static func vault(marker: String?) throws -> URL {
        let root = try Golden.temporaryFolder()
        if let marker {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(marker), withIntermediateDirectories: true)
        }
        let folder = root.appendingPathComponent("2026/11")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ndate: 2026-11-03\ntype: journey\nmood: 6\n---\n\n## Insights\n\n- the river held me #trust\n".write(
            to: folder.appendingPathComponent("2026-11-03 journey.md"), atomically: true, encoding: .utf8)
        return root
    }

    /// Every file and folder under `folder`, relative to it.
    static func listing(_ folder: URL) -> Set<String> {
        var names = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String { names.insert(name) }
        return names
    }

    // MARK: finding the vault

    /// Before: only `--vault`, `TEND_VAULT` or the current folder; run from inside a vault's
    /// subfolder, tend read that subfolder alone.
    @Test("the vault is the nearest folder above holding .tend/, .obsidian/ or logseq/", arguments: [".tend", ".obsidian", "logseq"])
    func vaultIsFoundUpward(marker: String) throws {
        let vault = try Self.vault(marker: marker)
        defer { try? FileManager.default.removeItem(at: vault) }
        let inside = vault.appendingPathComponent("2026/11")
        let run = try Golden.run(["grep", "river"], in: inside)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        // The path is relative to where the command ran, so it can be clicked from there.
        #expect(run.stdout.contains("../../2026/11/2026-11-03 journey.md:9:7: - the river held me #trust\n"))
    }

    @Test("--vault wins over TEND_VAULT, which wins over the folder found upward")
    func namedVaultsComeFirst() throws {
        let found = try Self.vault(marker: ".obsidian")
        let other = try Self.vault(marker: ".tend")
        defer { for url in [found, other] { try? FileManager.default.removeItem(at: url) } }
        try "---\ndate: 2026-11-04\n---\n\nthe sea\n".write(to: other.appendingPathComponent("2026/11/sea.md"), atomically: true, encoding: .utf8)
        let inside = found.appendingPathComponent("2026/11")
        #expect(try Golden.run(["grep", "sea"], in: inside).status == 1)
        #expect(try Golden.run(["grep", "sea"], in: inside, environment: ["TEND_VAULT": other.path]).status == 0)
        #expect(try Golden.run(["grep", "sea", "--vault", found.path], in: inside, environment: ["TEND_VAULT": other.path]).status == 1)
    }

    /// Before: `--vault /nonexistent` printed an empty review on stdout, a warning with a Swift
    /// debug dump and a doubled path (`/nonexistent//nonexistent:1:1`).
    @Test("a named vault that is not there is one line on stderr and exit 2", arguments: [
        ["review"], ["plan"], ["grep", "river"], ["themes"], ["emotions"], ["actions"], ["index"], ["check"], ["export"],
        ["new"],
    ])
    func missingVault(command: [String]) throws {
        let run = try Golden.run(command + ["--vault", "/nonexistent/vault"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "tend: /nonexistent/vault: error: there is no folder here; check the path given with --vault\n")
        let fromEnvironment = try Golden.run(command, environment: ["TEND_VAULT": "/nonexistent/vault"])
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.stderr == "tend: /nonexistent/vault: error: there is no folder here; check the path given with TEND_VAULT\n")
    }

    /// Before: `tend grep` ended the process with the index still open, so after a sync that
    /// wrote, SQLite's write-ahead log stayed behind, and every later command read all of it to
    /// open the index (after a rebuild, 106 MB: 27 ms instead of 3 on the bench vault).
    @Test("a command that synced the index closes it, leaving no write-ahead log", arguments: [
        ["grep", "grief"], ["grep", "--regex", "gri.f"], ["review"], ["plan"], ["themes"], ["emotions"], ["actions"],
        ["sessions"], ["export"], ["index"],
    ])
    func indexClosed(command: [String]) throws {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("tend-closed-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) } }
        let run = try Golden.run(command + ["--vault", Golden.fixture("basic").path], environment: ["TEND_INDEX": index])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: index))
        #expect(!FileManager.default.fileExists(atPath: index + "-wal"))
    }

    @Test("an empty --vault is one line on stderr and exit 2, not paths shown from /")
    func emptyVault() throws {
        let run = try Golden.run(["check", "--vault", ""], in: Golden.fixture("basic"))
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "tend: error: --vault is empty; name the folder that holds your entries\n")
    }

    @Test("a vault named by a file is one line on stderr and exit 2")
    func vaultIsAFile() throws {
        let vault = try Self.vault(marker: nil)
        defer { try? FileManager.default.removeItem(at: vault) }
        let file = vault.appendingPathComponent("2026/11/2026-11-03 journey.md").path
        let run = try Golden.run(["check", "--vault", file])
        #expect(run.status == 2)
        #expect(run.stderr == "tend: \(file): error: this is a file, not a folder; --vault names the folder that holds your entries\n")
    }

    // MARK: no folder where there is no vault

    /// Before: any command run in a plain folder created `.tend/index.sqlite` there.
    @Test("in a folder that is not a vault, no command creates a folder, and the temporary index is removed")
    func plainFolderStaysAsItIs() throws {
        let vault = try Self.vault(marker: nil)
        let temporary = try Golden.temporaryFolder()
        defer { for url in [vault, temporary] { try? FileManager.default.removeItem(at: url) } }
        let before = Self.listing(vault)
        // No TEND_INDEX: the index is tend's own choice. TMPDIR shows where it went.
        let environment = ["TEND_INDEX": "", "TMPDIR": temporary.path + "/"]
        for command in [["index"], ["grep", "river"], ["themes"], ["review", "--week", "2026-W45"], ["plan"], ["actions"]] {
            let run = try Golden.run(command, in: vault, environment: environment)
            #expect(run.status == 0, "\(command)")
            #expect(Self.listing(vault) == before, "\(command) changed the folder")
            #expect(Self.listing(temporary).isEmpty, "\(command) left its temporary index behind")
            let named = try Golden.run(command + ["--vault", vault.path], environment: environment)
            #expect(named.status == 0, "\(command) --vault")
            #expect(Self.listing(vault) == before, "\(command) --vault changed the folder")
        }
        let index = try Golden.run(["index"], in: vault, environment: environment)
        #expect(index.stdout.contains("This folder is not a vault"))
        #expect(index.stdout.contains("'tend init' makes it a vault"))
        // A vault gets its index where it always did.
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".obsidian"), withIntermediateDirectories: true)
        #expect(try Golden.run(["index"], in: vault, environment: environment).status == 0)
        #expect(FileManager.default.fileExists(atPath: vault.appendingPathComponent(".tend/index.sqlite").path))
    }

    /// Before: `tend new` and `--write` in a plain folder made their folders there.
    @Test("tend new and --write make nothing in a folder that is not a vault, unless the folder is named", arguments: [
        (["new", "journal", "--date", "2030-05-06"], "no entry was made", "2030/05/2030-05-06 journal.md"),
        (["review", "--week", "2026-W45", "--write"], "the review was not saved", "Reviews/2026-W45.md"),
        (["plan", "--write", "--today=2027-01-10"], "the plan was not saved", "Reviews/plan-2027-01-10.md"),
    ])
    func makingNeedsAVault(command: [String], words: String, made: String) throws {
        let vault = try Self.vault(marker: nil)
        defer { try? FileManager.default.removeItem(at: vault) }
        let before = Self.listing(vault)
        let refused = try Golden.run(command, in: vault)
        #expect(refused.status == 2)
        #expect(refused.stdout == "")
        #expect(refused.stderr == "tend: error: this folder is not a vault (there is no .tend/, .obsidian/ or logseq/ here or above), so \(words); run 'tend init' to make it one, or name the folder with --vault DIR\n")
        #expect(Self.listing(vault) == before)
        let named = try Golden.run(command + ["--vault", vault.path])
        #expect(named.status == 0)
        #expect(FileManager.default.fileExists(atPath: vault.appendingPathComponent(made).path))
        #expect(!FileManager.default.fileExists(atPath: vault.appendingPathComponent(".tend").path))
    }

    // MARK: usage errors

    /// Before: ArgumentParser's `Error: …`, a help line and the usage, with exit 64.
    @Test("a usage error is one line, tend: error: sentence, and exit 2", arguments: [
        (["grep"], "tend: error: Missing expected argument '<pattern>' (see 'tend grep --help')"),
        (["review", "--bogus"], "tend: error: Unknown option '--bogus' (see 'tend review --help')"),
        (["review", "--format", "jsonl"],
         "tend: error: The value 'jsonl' is invalid for '--format <format>'. Please provide one of 'markdown' and 'json' (see 'tend review --help')"),
        (["export", "--format", "text"],
         "tend: error: The value 'text' is invalid for '--format <format>'. Please provide one of 'json' and 'jsonl' (see 'tend export --help')"),
        (["themes", "--format", "markdown"],
         "tend: error: The value 'markdown' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'jsonl' (see 'tend themes --help')"),
        (["review", "--week", "2026-W45", "--last"], "tend: error: Choose one of --week, --date, --last and --session (see 'tend review --help')"),
        (["grep", "river", "--session", "two"],
         "tend: error: The value 'two' is invalid for '--session <N>' (see 'tend grep --help')"),
        (["frobnicate"], "tend: error: Unexpected argument 'frobnicate' (see 'tend --help')"),
        (["--generate-completion-script", "nosh"],
         "tend: error: Can't generate completion scripts for 'nosh'. Please use --generate-completion-script=<shell> with one of: zsh bash fish (see 'tend --help')"),
    ])
    func usageErrors(arguments: [String], line: String) throws {
        let vault = arguments[0].hasPrefix("-") || arguments[0] == "frobnicate" ? [] : ["--vault", "review-vault"]
        let run = try Golden.run(arguments + vault)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == line + "\n")
    }

    @Test("help and version still exit 0 on stdout")
    func helpIsNotAnError() throws {
        for arguments in [["--help"], ["review", "--help"], ["--version"], ["help", "grep"]] {
            let run = try Golden.run(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(!run.stdout.isEmpty && run.stderr.isEmpty, "\(arguments)")
        }
    }

    /// Before: `--where mood!=3` was read as the field `mood!` and found nothing, exit 1.
    @Test("a --where tend cannot read is exit 2 with a sentence", arguments: [
        ("mood!=3", "tend: error: --where knows the comparisons = < > <= >=; '!=' in 'mood!=3' is not one of them\n"),
        ("mood>high", "tend: error: --where mood>… compares numbers (or days written YYYY-MM-DD); 'high' is neither\n"),
    ])
    func whereErrors(condition: String, stderr: String) throws {
        let run = try Golden.run(["grep", "river", "--where", condition, "--vault", "review-vault"])
        #expect(run.status == 2)
        #expect(run.stderr == stderr)
    }

    /// Before: every command's `--format` offered text, json, jsonl and markdown.
    @Test("help and completions offer only the formats a command takes", arguments: [
        ("review", ["markdown", "json"], ["text", "jsonl"]),
        ("plan", ["markdown", "json"], ["text", "jsonl"]),
        ("export", ["json", "jsonl"], ["text", "markdown"]),
        ("grep", ["text", "json", "jsonl"], ["markdown"]),
        ("themes", ["text", "json", "jsonl"], ["markdown"]),
    ])
    func formatsOffered(command: String, offered: [String], refused: [String]) throws {
        let help = try Golden.run([command, "--help"], environment: ["COLUMNS": "200"])
        let formatLine = try #require(help.stdout.split(separator: "\n").first { $0.contains("--format <format>") && $0.contains("values:") })
        for format in offered { #expect(formatLine.contains(" \(format)"), "\(command) --help should offer \(format)") }
        for format in refused { #expect(!formatLine.contains(" \(format),") && !formatLine.contains(" \(format);"), "\(command) --help offers \(format)") }
        let completion = try Golden.run(["--generate-completion-script", "fish"])
        let lines = completion.stdout.split(separator: "\n").filter { $0.contains("\(command)") && $0.contains("-l 'format'") }
        let line = try #require(lines.first, "no fish completion for \(command) --format")
        for format in offered { #expect(line.contains(format)) }
        for format in refused { #expect(!line.contains("'\(format)") && !line.contains(" \(format) ") && !line.contains(" \(format)'")) }
    }

    // MARK: JSON

    /// Every key of every object in `value`, except those under `fields` and `metrics` (the
    /// user's own front matter keys).
    static func keys(of value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { keys, pair in
                keys.insert(pair.key)
                if pair.key != "fields" && pair.key != "metrics" { keys.formUnion(Self.keys(of: pair.value)) }
            }
        }
        if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) } }
        return []
    }

    /// Before: `themes` wrote `first_seen`, `emotions` `mean_intensity`, while the review
    /// wrote `meanIntensity`, and numbers came out as `0.7999999999999998`.
    @Test("every JSON output uses lowerCamelCase keys and numbers as written", arguments: [
        ["export", "--format", "json"], ["review", "--week", "2026-W45", "--format", "json"], ["plan", "--format", "json"],
        ["actions", "--all", "--format", "json"], ["themes", "--format", "json"], ["emotions", "--format", "json"],
        ["emotions", "--by", "session", "--format", "json"], ["grep", "the", "--format", "json"],
        ["grep", "the", "--count", "--format", "json"],
    ])
    func jsonKeysAndNumbers(arguments: [String]) throws {
        let today = arguments[0] == "export" ? [] : ["--today=2027-01-10"]   // export does not depend on the day
        let run = try Golden.run(arguments + ["--vault", "review-vault"] + today)
        #expect(run.status == 0)
        let value = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let keys = Self.keys(of: value)
        #expect(!keys.isEmpty)
        let odd = keys.filter { key in
            key.contains("_") || key.contains("-") || key.first.map { !$0.isLowercase } ?? true
        }
        #expect(odd.isEmpty, "keys not in lowerCamelCase: \(odd.sorted())")
        // A binary rounding error shows as 16 or more digits after the point.
        let noisy = run.stdout.split(separator: "\n").filter { line in
            line.firstRange(of: /[0-9]\.[0-9]{16,}/) != nil && !line.contains("\"text\"")
        }
        #expect(noisy.isEmpty, "\(noisy)")
    }

    // MARK: tend new

    /// Before: a template path that is not there came out as
    /// `Error: tend: PATH:1:1: error: this template could not be read; check the path`.
    @Test("a missing --template is named once, exit 2")
    func missingTemplate() throws {
        for command in [["review", "--week", "2026-W45"], ["plan"], ["new", "journal"]] {
            let vault = try Golden.copy("review-vault")
            defer { try? FileManager.default.removeItem(at: vault) }
            let run = try Golden.run(command + ["--vault", vault.path, "--template", "/nowhere/review.md", "--today=2027-01-10"])
            #expect(run.status == 2, "\(command)")
            #expect(run.stdout == "", "\(command)")
            #expect(run.stderr == "tend: /nowhere/review.md: error: there is no template here; check the path given with --template\n", "\(command)")
        }
    }

    /// Before: a folder tend could not create came out as an `NSCocoaErrorDomain` dump with exit 1.
    /// (Tests run as root, for whom no folder is read-only, so a file stands where the entry's
    /// folder must go: the same failure to create it.)
    @Test("an entry that cannot be written is a sentence with the system's reason, exit 2")
    func entryCannotBeWritten() throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        try "not a folder".write(to: vault.appendingPathComponent("2030"), atomically: true, encoding: .utf8)
        let run = try Golden.run(["new", "journal", "--vault", vault.path, "--date", "2030-05-06"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        // One line, with the place and a sentence; no Foundation error dump.
        #expect(run.stderr.hasPrefix("tend: \(vault.path)/2030/05/2030-05-06 journal.md: error: "))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!run.stderr.contains("Domain") && !run.stderr.contains("operation could not be completed"))
        #expect(run.stderr.contains("Not a directory") || run.stderr.contains("not a folder"))
    }

    /// Before: in a read-only vault, every query failed to create `.tend/`, and `tend new`
    /// printed an `NSCocoaErrorDomain` dump. (Root may write anywhere, so this runs only for
    /// other users.)
    @Test("a read-only vault is read with a temporary index, and tend new says why it made nothing",
          .enabled(if: getuid() != 0, "root may write anywhere"))
    func readOnlyVault() throws {
        let vault = try Self.vault(marker: ".obsidian")
        defer {
            _ = chmod(vault.path, 0o700)
            try? FileManager.default.removeItem(at: vault)
        }
        #expect(chmod(vault.path, 0o500) == 0)
        let environment = ["TEND_INDEX": ""]
        let grep = try Golden.run(["grep", "river", "--vault", vault.path], environment: environment)
        #expect(grep.status == 0)
        #expect(grep.stderr == "tend: \(vault.path)/.tend/index.sqlite:1:1: warning: this vault is read-only for you, so its index was kept for this run only and every entry was read again\n")
        let new = try Golden.run(["new", "journal", "--vault", vault.path, "--date", "2030-05-06"], environment: environment)
        #expect(new.status == 2)
        #expect(new.stderr.contains("error: ") && new.stderr.contains("(Permission denied)") && !new.stderr.contains("Domain"))
        #expect(!FileManager.default.fileExists(atPath: vault.appendingPathComponent(".tend").path))
    }

    /// Before: at a terminal, a missing `$EDITOR` was silence, and a failing one exit 0.
    @Test("tend new at a terminal says when the editor is missing or fails, exit 2",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) makes the terminal"),
          arguments: [
            (nil, "error: no editor is set (EDITOR or VISUAL, like EDITOR=nano), so it was not opened; the entry is saved, ready to open yourself"),
            ("/nowhere/editor", "error: the editor '/nowhere/editor' (from EDITOR) could not be started; check that it is installed; the entry is saved, ready to open yourself"),
            ("false", "error: the editor 'false' (from EDITOR) stopped with status 1; the entry is saved, ready to open yourself"),
          ] as [(String?, String)])
    func editorFailures(editor: String?, words: String) throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let command = "'\(Golden.binary)' new journal --vault '\(vault.path)' --date 2030-05-07"
        let run = try Golden.run(["-q", "-e", "-c", command, "/dev/null"], environment: editor.map { ["EDITOR": $0] } ?? [:],
                                 program: "/usr/bin/script")
        #expect(run.status == 2)
        #expect(run.stdout.contains(words))
        #expect(FileManager.default.fileExists(atPath: vault.appendingPathComponent("2030/05/2030-05-07 journal.md").path))
    }
}
