import Foundation
import Testing

/// Issue 14 end to end: a journal read the way its owner writes it. `kap-vault` is an Obsidian
/// vault (daily notes named `DD-MM-YYYY` by `.obsidian/daily-notes.json`, `Nov 3, 2026.md` with
/// `created:`, a `type: KAP` journey and one known only by `#kap`, emoji and numbered headings,
/// labelled lines, a `## Habits` checklist, a map-of-content and a people note, a template that
/// tags every note `#daily`); `logseq-habits` a Logseq graph; `plain-folder` plain Markdown
/// named `DD-MM-YYYY` with the format in `.tend/config.yaml`.
@Suite(.serialized)
struct VaultHabitsTests {
    @Test func exportOfAnObsidianJournalMatchesGolden() throws {
        let run = try Golden.run(["export", "--vault", "kap-vault"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "export-kap-vault.json")
    }

    @Test func reviewOfAnObsidianJournalMatchesGolden() throws {
        let run = try Golden.run(["review", "--vault", "kap-vault", "--week", "2026-W45"], environment: ["TEND_TODAY": "2026-11-10"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, "review-kap-vault-2026-W45.md")
    }

    @Test func explainMatchesGolden() throws {
        let run = try Golden.run(["explain", "--vault", "kap-vault", "Daily/04-11-2026.md"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, "explain-kap-vault-04-11-2026.txt")
        let note = try Golden.run(["explain", "--vault", "kap-vault", "People/Dr Rivera.md"])
        try Golden.check(note.stdout, "explain-kap-vault-people-note.txt")
    }

    @Test func explainOneLineAsJSON() throws {
        let run = try Golden.run(["explain", "kap-vault/Sessions/KAP session 1.md:9", "--vault", "kap-vault", "--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let readings = object["readings"] as! [[String: Any]]
        #expect(object["type"] as? String == "journey")
        #expect(object["session"] as? Int == 1)
        #expect(readings.map { $0["what"] as? String } == ["section"])
        #expect(readings.first?["rule"] as? String == "\"💡 Insights\" starts insights (matched without its emoji)")
    }

    @Test func explainSaysPlainlyWhenThereIsNothingToExplain() throws {
        let missing = try Golden.run(["explain", "--vault", "kap-vault", "Daily/01-01-2026.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "tend: error: there is no file 'Daily/01-01-2026.md', from here or in the vault at kap-vault\n")
        let outside = try Golden.run(["explain", "--vault", "kap-vault", "basic/Templates/journal.md"])
        #expect(outside.status == 2)
        #expect(outside.stderr == "tend: error: 'basic/Templates/journal.md' is outside the vault at kap-vault; tend explains the entries of the vault\n")
        let blank = try Golden.run(["explain", "--vault", "kap-vault", "Daily/04-11-2026.md:2"])
        #expect(blank.stdout.hasSuffix("  2: nothing on this line is read (blank, front matter, code or HTML)\n"))
    }

    @Test func checkListsNotesOnceAndSuggestsAHeading() throws {
        let run = try Golden.run(["check", "--vault", "kap-vault"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            Read 7 entries and 2 notes: everything is readable.
            These files have no date, so they are notes: searchable, but never placed in a week or a session: kap-vault/Maps/Healing MOC.md, kap-vault/People/Dr Rivera.md.
            hint: 'Things to try' heads a list in 4 entries; add "things to try" to headings.actions to read them as actions.

            """)
    }

    /// The counts of the issue's "done when": every journey with its session number, every
    /// entry its written date, no note in a week, no template tag as a theme, and the items.
    @Test func everyJourneyDateAndItemIsFound() throws {
        let run = try Golden.run(["export", "--vault", "kap-vault", "--format", "jsonl"])
        let entries = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let byPath = Dictionary(uniqueKeysWithValues: entries.map { ($0["path"] as! String, $0) })
        #expect(byPath["Sessions/KAP session 1.md"]?["type"] as? String == "journey")
        #expect(byPath["Sessions/KAP session 1.md"]?["session"] as? Int == 1)
        #expect(byPath["Sessions/Second session.md"]?["type"] as? String == "journey")
        #expect(byPath["Sessions/Second session.md"]?["session"] as? Int == 2)
        #expect(byPath["Daily/10-11-2026.md"]?["type"] as? String == "integration")
        #expect(byPath["Daily/06-11-2026.md"]?["date"] as? String == "2026-11-06")
        #expect(byPath["Daily/Nov 3, 2026.md"]?["date"] as? String == "2026-11-03")
        #expect(byPath["Daily/04-11-2026.md"]?["date"] as? String == "2026-11-04")
        #expect(byPath["People/Dr Rivera.md"]?["date"] is NSNull)
        #expect(byPath["Maps/Healing MOC.md"]?["session"] is NSNull)
        let themes = Set(entries.flatMap { $0["themes"] as! [String] })
        #expect(themes == ["father"], "#daily, #journal, #kap and #integration say what a note is, not what it is about")
        func count(_ key: String) -> Int { entries.map { ($0[key] as! [Any]).count }.reduce(0, +) }
        // Written: 16 insights (one in a `> [!tip] Insight` callout, read by the callout rule),
        // 20 feelings, 3 practices done, 6 gratitude items, and no action (the habit boxes are practices).
        #expect(count("insights") >= 15)
        #expect(count("emotions") == 20)
        #expect(count("practices") == 3)
        #expect(count("gratitude") == 6)
        #expect(count("actions") == 0)
    }

    @Test func aLogseqGraphIsDatedByItsJournalFormat() throws {
        let run = try Golden.run(["export", "--vault", "logseq-habits", "--format", "jsonl"])
        let entries = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(entries.map { "\($0["path"]!) \($0["date"]!) \($0["type"]!)" } == [
            "journals/2026_11_03.md 2026-11-03 journal",
            "journals/2026_11_04.md 2026-11-04 journey",
            "pages/Breathwork.md <null> journal",
        ])
        #expect(entries[0]["gratitude"].map { ($0 as! [Any]).count } == 1)
        #expect(entries[0]["insights"].map { ($0 as! [Any]).count } == 1)
        #expect(entries[1]["intentions"] as? [String] == ["to soften"])
    }

    @Test func aPlainFolderIsDatedByTheConfiguredFormat() throws {
        let run = try Golden.run(["export", "--vault", "plain-folder", "--format", "jsonl"])
        let entries = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(entries.map { "\($0["path"]!) \($0["date"]!)" } == ["03-11-2026.md 2026-11-03", "12-11-2026.md 2026-11-12", "ideas.md <null>"])
    }

    @Test func aConfigChangeAppliesAtTheNextCommand() throws {
        let vault = try Golden.copy("kap-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let index = ["TEND_INDEX": vault.appendingPathComponent(".tend/index.sqlite").path]
        let first = try Golden.run(["index", "--vault", vault.path], environment: index)
        #expect(first.stdout.hasPrefix("Indexed 7 entries and 2 notes in "))
        let before = try Golden.run(["actions", "--vault", vault.path, "--format", "jsonl"], environment: index)
        #expect(before.stdout == "")
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        try "headings:\n  actions: [\"next steps\", \"things to try\"]\n".write(
            to: vault.appendingPathComponent(".tend/config.yaml"), atomically: true, encoding: .utf8)
        let after = try Golden.run(["actions", "--vault", vault.path, "--format", "jsonl"], environment: index)
        #expect(after.stdout.split(separator: "\n").count == 5)
        let again = try Golden.run(["index", "--vault", vault.path], environment: index)
        #expect(again.stdout.contains("(rebuilt)") == false, "the new settings are remembered")
    }

    /// The periodic-notes plugin's daily settings and a template folder elsewhere than `Templates/`.
    @Test func periodicNotesAndATemplateFolderAreRead() throws {
        let vault = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: vault) }
        func write(_ path: String, _ text: String) throws {
            let url = vault.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write(".obsidian/plugins/periodic-notes/data.json",
                  #"{"daily": {"enabled": true, "format": "YYYY/MM/DD", "folder": "Journal", "template": "Meta/Templates/day"}}"#)
        try write(".obsidian/templates.json", #"{"folder": "Meta/Templates"}"#)
        try write("Meta/Templates/day.md", "---\ntags: [log]\n---\n## Feelings\n")
        try write("Journal/2026/11/03.md", "#log #lake\n## Feelings\n- calm\n")
        try write("Journal/loose.md", "no date\n")
        let run = try Golden.run(["export", "--vault", vault.path, "--format", "jsonl"])
        let entries = try run.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(entries.map { $0["path"] as! String } == ["Journal/2026/11/03.md", "Journal/loose.md"], "the template folder is left out")
        #expect(entries[0]["date"] as? String == "2026-11-03")
        #expect(entries[0]["themes"] as? [String] == ["lake"])
        #expect(entries[1]["date"] is String, "in the daily-notes folder, the modification day serves")
        #expect(run.stderr.contains("Journal/loose.md:1:1: warning: no date in the front matter, the file name or its first heading, so the file's modification day") == false,
                "export reports only errors")
    }

    /// Mood rated below the top of an entry (a `## Check-in` paragraph, a list item, a callout)
    /// and a change written with an arrow on a journey reach `tend sessions`: the days after the
    /// journey and the pair before and after it.
    @Test func checkInsBelowTheTopReachTheSessionsView() throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = folder.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        let files = [
            ("2026-11-10.md", "# Tuesday\n\nSlept badly.\n\n## Check-in\nMood: 4/10\nEnergy: 3\n"),
            ("2026-11-12 KAP.md", "---\ntype: KAP\n---\nA long, soft journey.\n\nMood: 3 → 7\n"),
            ("2026-11-13.md", "Text.\n\n- Mood: 6\n"),
            ("2026-11-14.md", "Text.\n\n> [!check-in]\n> Mood: 7/10\n"),
        ]
        for (name, text) in files { try text.write(to: vault.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let run = try Golden.run(["sessions", "--format", "json", "--vault", vault.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let session = try #require((object?["sessions"] as? [[String: Any]])?.first)
        #expect(session["before"] as? Double == 4)
        #expect((session["after"] as? [[String: Any]])?.first?["mean"] as? Double == 6.5)
        let pairs = try #require(session["pairs"] as? [[String: Any]])
        #expect(pairs.map { "\($0["name"] ?? "") \($0["before"] ?? "") \($0["after"] ?? "")" } == ["mood 3 7"])
    }

    /// A journal begun at the sixth session: `tend explain` says the title names journey 6 while
    /// the journey is numbered 1, and how to write it; once written, it says nothing more.
    @Test func explainComparesATitlesNumberWithTheJourneys() throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = folder.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        let file = vault.appendingPathComponent("2026-11-20 KAP session 6.md")
        try "---\ntype: KAP\n---\nA long, soft journey.\n".write(to: file, atomically: true, encoding: .utf8)
        let before = try Golden.run(["explain", "--vault", vault.path, file.path])
        #expect(before.status == 0)
        #expect(before.stdout.contains("session 1\n"))
        #expect(before.stdout.contains("1: session — its title '2026-11-20 KAP session 6' names journey 6, but it is numbered 1"))
        try "---\ntype: KAP\nsession: 6\n---\nA long, soft journey.\n".write(to: file, atomically: true, encoding: .utf8)
        let after = try Golden.run(["explain", "--vault", vault.path, file.path])
        #expect(after.stdout.contains("session 6\n"))
        #expect(!after.stdout.contains("names journey"))
    }

    /// Questions for the therapist, written the ways people write them, reach the session
    /// brief (first, in the person's words), the page shared with the therapist, the plan (those
    /// written since the latest integration session) and the export.
    @Test func questionsReachTheBriefTheSharedPageThePlanAndTheExport() throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = folder.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: vault.appendingPathComponent(".tend"), withIntermediateDirectories: true)
        let files = [
            ("2026-11-12 KAP.md", "---\ntype: KAP\n---\nA long journey.\n\n## Questions for my therapist\n- Why does the grief come back at night?\n\n## Insights\n- I can rest\n"),
            ("2026-11-13.md", "Walked by the lake.\n\nTo bring: the image of the lake\n"),
            ("2026-11-14 Integration.md", "---\ntype: integration\n---\nTalked it through.\n\n## For my next session\n- how to keep the calm\n"),
            ("2026-11-15.md", "> [!note] To discuss\n> my sister's call\n"),
        ]
        for (name, text) in files { try text.write(to: vault.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let all = ["Why does the grief come back at night?", "the image of the lake", "how to keep the calm", "my sister's call"]

        let brief = try Golden.run(["review", "--session", "1", "--today", "2026-11-16", "--vault", vault.path])
        #expect(brief.status == 0 && brief.stderr.isEmpty, "\(brief.stderr)")
        let bring = brief.stdout.components(separatedBy: "## To bring to the integration session\n\n").last?
            .components(separatedBy: "\n## ").first ?? ""
        #expect(bring.hasPrefix("What you wrote down to bring:\n\n- Why does the grief come back at night? · "), "\(bring)")
        #expect(all.allSatisfy { bring.contains("- \($0) · ") })
        #expect(bring.contains("\n\nAnd from your entries:\n\n- “I can rest”: what might a first small step look like?"), "\(bring)")

        let shared = try Golden.run(["share", "--session", "1", "--today", "2026-11-16", "--vault", vault.path])
        #expect(shared.status == 0 && shared.stderr.isEmpty, "\(shared.stderr)")
        let listed = shared.stdout.components(separatedBy: "## Questions I want to bring\n\n").last?
            .components(separatedBy: "\n\n").first?.split(separator: "\n").map(String.init) ?? []
        #expect(listed == ["- Why does the grief come back at night? (Thu 12 Nov)", "- the image of the lake (Fri 13 Nov)",
                           "- how to keep the calm (Sat 14 Nov)", "- my sister's call (Sun 15 Nov)"])

        let plan = try Golden.run(["plan", "--today", "2026-11-16", "--vault", vault.path])
        let next = plan.stdout.components(separatedBy: "## To bring to my next integration session\n\n").last?
            .components(separatedBy: "\n\n").first?.split(separator: "\n").map { String($0.prefix { $0 != "·" }) } ?? []
        #expect(next == ["- how to keep the calm ", "- my sister's call "], "written in the integration entry or after it")

        let export = try Golden.run(["export", "--format", "jsonl", "--vault", vault.path])
        let entries = try export.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(entries.flatMap { ($0["questions"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" } } == all)
    }
}
