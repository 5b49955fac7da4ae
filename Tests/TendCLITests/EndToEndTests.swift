import Foundation
import Testing

/// End-to-end: the built binary on the fixture vaults, compared with golden files.
/// `review-vault` holds a busy week (2026-W45), an empty week (W46), a journey week with the
/// integration window kept (W44, W45) and one with it missed (W47), and a year-end week (W53).
@Suite(.serialized)
struct ReviewEndToEndTests {
    static let today = "--today=2027-01-10"

    @Test(arguments: [
        ("2026-W44", "review-2026-W44-window-kept.md"),
        ("2026-W45", "review-2026-W45-busy.md"),
        ("2026-W46", "review-2026-W46-empty.md"),
        ("2026-W47", "review-2026-W47-window-missed.md"),
        ("2026-W53", "review-2026-W53-year-end.md"),
    ])
    func reviewOfAWeek(week: String, golden: String) throws {
        let run = try Golden.run(["review", "--vault", "review-vault", "--week", week, Self.today])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, golden)
    }

    @Test func latestIsTheMostRecentWeekWithEntries() throws {
        let latest = try Golden.run(["review", "--vault", "review-vault", "--week", "latest", Self.today])
        let w53 = try Golden.run(["review", "--vault", "review-vault", "--week", "2026-W53", Self.today])
        #expect(latest.status == 0)
        #expect(latest.stdout == w53.stdout)
        #expect(latest.stdout.contains("# Week 53 · 28 December 2026 – 3 January 2027"))
    }

    @Test func dateLastAndTheCurrentWeek() throws {
        let byDate = try Golden.run(["review", "--vault", "review-vault", "--date", "2026-11-05", Self.today])
        let w45 = try Golden.run(["review", "--vault", "review-vault", "--week", "2026-W45", Self.today])
        #expect(byDate.stdout == w45.stdout)
        let last = try Golden.run(["review", "--vault", "review-vault", "--last", "--today=2026-11-12"])
        #expect(last.stdout.contains("# Week 45 ·"))
        let current = try Golden.run(["review", "--vault", "review-vault"], environment: ["TEND_TODAY": "2026-11-04"])
        #expect(current.stdout.contains("# Week 45 ·"))
    }

    @Test func jsonIsTheViewModel() throws {
        let run = try Golden.run(["review", "--vault", "review-vault", "--week", "2026-W45", "--format", "json", Self.today])
        #expect(run.status == 0)
        try Golden.check(run.stdout, "review-2026-W45.json")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["week"] as? String == "2026-W45")
    }

    @Test func wikiLinksAndASundayWeekStart() throws {
        let run = try Golden.run(["review", "--vault", "wiki-vault", "--date", "2026-11-20", "--today=2026-11-23"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, "review-wiki-sunday.md")
    }

    @Test func writeSavesOwnerOnlyAndNeverOverwrites() throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let before = Golden.snapshot(vault)
        let args = ["review", "--vault", vault.path, "--week", "2026-W45", "--write", Self.today]
        let first = try Golden.run(args)
        #expect(first.status == 0)
        let saved = vault.appendingPathComponent("Reviews/2026-W45.md").path
        #expect(try Golden.mode(saved) == 0o600)
        #expect(try Golden.mode(vault.appendingPathComponent("Reviews").path) == 0o700)
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("](../2026/11/2026-11-04%20integration.md)"))
        // Entries are untouched: the only new file is the review.
        var after = Golden.snapshot(vault)
        after["/Reviews/2026-W45.md"] = nil
        #expect(after == before)

        try "my own notes".write(toFile: saved, atomically: false, encoding: .utf8)
        let second = try Golden.run(args)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already there"))
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == "my own notes")
        let forced = try Golden.run(args + ["--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == text)
        // A written review is not read back as an entry.
        let check = try Golden.run(["check", "--vault", vault.path])
        #expect(check.stdout.contains("Read 13 entries"))
    }

    @Test func aJourneyOnSundayIsFollowedUpInTheNextWeeksReview() throws {
        let vault = FileManager.default.temporaryDirectory.appendingPathComponent("tend-sunday-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: vault) }
        try "---\ndate: 2026-11-15 10:00\ntype: journey\nintention: Listen.\n---\n".write(
            to: vault.appendingPathComponent("2026-11-15 journey.md"), atomically: true, encoding: .utf8)
        try "---\ndate: 2026-11-17 18:00\ntype: integration\n---\n".write(
            to: vault.appendingPathComponent("2026-11-17 integration.md"), atomically: true, encoding: .utf8)
        let run = try Golden.run(["review", "--vault", vault.path, "--week", "2026-W47", "--today=2026-11-22"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("""
            ## From last week's journey

            ### Journey 1 · Sun 15 Nov

            **Intention:** Listen.

            Integration window kept: you wrote an integration entry on Tuesday 17 November, 56 hours after. ([2026-11-17 integration](2026-11-17%20integration.md))
            """))
    }

    @Test func theWeeksQuestionsToBringAreListedWithTheirEntries() throws {
        let vault = FileManager.default.temporaryDirectory.appendingPathComponent("tend-questions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: vault) }
        try "# Tuesday\n\nQuestions for Dr. Reyes:\n- Is the tiredness part of it?\n".write(
            to: vault.appendingPathComponent("2026-11-17.md"), atomically: true, encoding: .utf8)
        try "# Thursday\n\n## To bring to integration\n- the dream about the lake\n".write(
            to: vault.appendingPathComponent("2026-11-19.md"), atomically: true, encoding: .utf8)
        try "# A week later\n\n## Questions\n- not this week's\n".write(
            to: vault.appendingPathComponent("2026-11-24.md"), atomically: true, encoding: .utf8)
        let run = try Golden.run(["review", "--vault", vault.path, "--week", "2026-W47", "--today=2026-11-25"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("""
            ## To bring to your integration session

            - Is the tiredness part of it? · [Tuesday](2026-11-17.md)
            - the dream about the lake · [Thursday](2026-11-19.md)

            """))
        #expect(!run.stdout.contains("not this week's"))
        let json = try Golden.run(["review", "--vault", vault.path, "--week", "2026-W47", "--today=2026-11-25", "--format", "json"])
        #expect(json.stdout.contains("\"hasQuestions\": true"))
    }

    @Test func aTemplateErrorNamesFileLineAndColumn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = dir.appendingPathComponent("broken.md")
        try "# {{week}}\n\n{{#journeys}}\n{{number}}\n{{/entries}}\n".write(to: template, atomically: true, encoding: .utf8)
        let run = try Golden.run(["review", "--vault", "review-vault", "--week", "2026-W45", "--template", template.path, Self.today])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("tend: \(template.path):5:"))
        #expect(run.stderr.contains("error: this closing tag does not match"))
    }

    @Test func aVaultTemplateOverridesTheBuiltInOne() throws {
        let run = try Golden.run(["plan", "--vault", "wiki-vault", "--today=2026-11-23"])
        #expect(run.status == 0)
        #expect(run.stdout == "My own plan template for 2026-11-23.\nrest: 1\n")
    }

    @Test(arguments: [
        (["review", "--week", "2026-W54"], "--week needs a week like 2026-W45"),
        (["review", "--week", "2026-W45", "--last"], "Choose one of --week, --date, --last and --session (see"),
        (["review", "--week", "2027-W53"], "2027 has only 52 weeks when weeks start on Monday, so there is no 2027-W53"),
        (["review", "--format", "jsonl"], "Please provide one of 'markdown' and 'json'"),
        (["new", "dream"], "tend new makes a journey, integration or journal entry"),
    ])
    func kindValidationMessages(arguments: [String], words: String) throws {
        let run = try Golden.run(arguments + ["--vault", "review-vault"])
        #expect(run.status != 0)
        #expect(run.stderr.contains(words))
    }
}

/// `tend plan` and `tend new` on the fixture vault.
@Suite(.serialized)
struct PlanAndNewEndToEndTests {
    @Test func plan() throws {
        let run = try Golden.run(["plan", "--vault", "review-vault", "--today=2027-01-10"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "plan.md")
        #expect(!run.stdout.contains("clean the whole garage"))  // cancelled
        #expect(!run.stdout.contains("book the next session"))  // done
    }

    /// Steps with no theme, and no other group: no `### Other steps` heading over them alone
    /// (the gap hunt of 2026-12-03's evening: an integration call's two steps stood under it).
    @Test func aPlanOfStepsWithNoThemeHasNoGroupHeading() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        try "# Integration call\n\n- [ ] Write a letter to my younger self\n- [ ] Walk without headphones\n"
            .write(to: vault.appendingPathComponent("2026-11-04.md"), atomically: true, encoding: .utf8)
        let run = try Golden.run(["plan", "--vault", vault.path, "--today=2026-11-08"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("## Small steps\n\n- [ ] Write a letter to my younger self"))
        #expect(!run.stdout.contains("### Other steps"))
    }

    @Test(arguments: ["review", "plan", "new", "sessions", "share"])
    func help(command: String) throws {
        let run = try Golden.run([command, "--help"], environment: ["COLUMNS": "100"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("--today"))  // hidden: for tests and scripts
        try Golden.check(run.stdout, "help-\(command).txt")
    }

    @Test func planWrite() throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let run = try Golden.run(["plan", "--vault", vault.path, "--write", "--today=2027-01-10"])
        #expect(run.status == 0)
        let saved = vault.appendingPathComponent("Reviews/plan-2027-01-10.md").path
        #expect(try Golden.mode(saved) == 0o600)
        #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("(../2027/01/2027-01-03.md)"))
        #expect(try Golden.run(["plan", "--vault", vault.path, "--write", "--today=2027-01-10"]).status == 2)
    }

    @Test(arguments: [
        (["journey"], "2027/01/2027-01-10 journey.md", "new-journey.md"),
        (["integration"], "2027/01/2027-01-10 integration.md", "new-integration.md"),
        (["journal"], "2027/01/2027-01-10 journal.md", "new-journal.md"),
        (["journey", "--date", "2026-11-10", "--session", "9"], "2026/11/2026-11-10 journey.md", "new-journey-session.md"),
    ])
    func newEntry(arguments: [String], path: String, golden: String) throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let before = Golden.snapshot(vault)
        let run = try Golden.run(["new"] + arguments + ["--today=2027-01-10"], in: vault)
        #expect(run.status == 0)
        #expect(run.stdout == path + "\n")
        let file = vault.appendingPathComponent(path).path
        #expect(try Golden.mode(file) == 0o600)
        try Golden.check(try String(contentsOfFile: file, encoding: .utf8), golden)
        var after = Golden.snapshot(vault)
        after["/" + path] = nil
        #expect(after == before)

        let again = try Golden.run(["new"] + arguments + ["--today=2027-01-10"], in: vault)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already an entry here, so tend left it just as it is"))
        // The new entry reads back cleanly, with its session.
        let check = try Golden.run(["check"], in: vault)
        #expect(check.stdout.contains("0 errors"))
        #expect(!check.stderr.contains(path))
    }

    @Test func newMakesOwnerOnlyFolders() throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let run = try Golden.run(["new", "journal", "--vault", vault.path, "--date", "2030-05-06"])
        #expect(run.status == 0)
        #expect(try Golden.mode(vault.appendingPathComponent("2030").path) == 0o700)
        #expect(try Golden.mode(vault.appendingPathComponent("2030/05").path) == 0o700)
    }

    @Test("tend new opens $EDITOR on the new file at a terminal, and never otherwise",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) makes the terminal"))
    func newOpensTheEditorOnlyAtATerminal() throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = folder.appendingPathComponent("vault")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
        let marker = folder.appendingPathComponent("opened")
        let editor = folder.appendingPathComponent("editor.sh")
        try "#!/bin/sh\necho \"$1\" > '\(marker.path)'\n".write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        // Not at a terminal (a script, a pipe, these tests): the entry is made, no editor runs.
        let plain = try Golden.run(["new", "journal", "--vault", vault.path, "--date", "2030-05-06"],
                                   environment: ["EDITOR": editor.path])
        #expect(plain.status == 0)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
        // At a terminal (the pseudo-terminal script(1) makes): the editor gets the new file.
        let command = "'\(Golden.binary)' new journal --vault '\(vault.path)' --date 2030-05-07"
        let atTerminal = try Golden.run(["-q", "-e", "-c", command, "/dev/null"], environment: ["EDITOR": editor.path],
                                        program: "/usr/bin/script")
        #expect(atTerminal.status == 0)
        let opened = try? String(contentsOf: marker, encoding: .utf8)
        #expect(opened == vault.appendingPathComponent("2030/05/2030-05-07 journal.md").path + "\n")
    }

    @Test("tend index shows its progress bar at a terminal, wipes it when done, and never shows it in a pipe",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) makes the terminal"))
    func progressBarOnlyAtATerminal() throws {
        let vault = try Golden.copy("review-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        // The bar waits for a moment of work; a small vault is read faster than that, so the
        // wait is set to nothing here.
        let command = "'\(Golden.binary)' index --vault '\(vault.path)'"
        let atTerminal = try Golden.run(["-q", "-e", "-c", command, "/dev/null"], environment: ["TEND_PROGRESS_AFTER": "0"],
                                        program: "/usr/bin/script")
        #expect(atTerminal.status == 0)
        #expect(atTerminal.stdout.contains("Reading entries █"))
        // Drawn, then wiped: what follows the last wipe is the run's own output, without the bar.
        let parts = atTerminal.stdout.components(separatedBy: "\r\u{1B}[2K")
        #expect(parts.count >= 3)
        #expect(parts.last.map { !$0.contains("Reading entries") && $0.contains("Indexed ") } == true)
        let piped = try Golden.run(["index", "--vault", vault.path], environment: ["TEND_PROGRESS_AFTER": "0"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("Reading entries") && !piped.stdout.contains("Reading entries"))
        #expect(piped.stdout.hasPrefix("Indexed "))
    }

    @Test func newWithAnObsidianTemplateInTheVault() throws {
        let vault = try Golden.copy("wiki-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let run = try Golden.run(["new", "--vault", vault.path, "--today=2026-11-24"])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: vault.appendingPathComponent("2026/11/2026-11-24 journal.md").path, encoding: .utf8)
        #expect(text.hasPrefix("---\ndate: 2026-11-24\ntype: journal\n"))
        #expect(text.contains("# Tuesday, November 24\n"))
    }
}
