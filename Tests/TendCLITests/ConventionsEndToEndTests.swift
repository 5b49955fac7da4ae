import Foundation
import Testing

/// The real binary over a vault in each dialect: an Obsidian vault using Tasks, Dataview,
/// callouts and comments (with six notes of obsidian-tasks' `resources/sample_vaults/Tasks-Demo`,
/// renamed with a date), a Logseq graph, and a zk notebook. `tend export` is compared with a golden file.
@Suite(.serialized)
struct ConventionsEndToEndTests {
    @Test(arguments: [
        ("obsidian-tasks-vault", "export-obsidian-tasks.json"),
        ("logseq-graph", "export-logseq.json"),
        ("zk-notebook", "export-zk.json"),
    ])
    func exportMatchesGolden(vault: String, golden: String) throws {
        let run = try Golden.run(["export", "--vault", Golden.fixture(vault).path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, golden)
    }

    /// Every mark a convention uses is taken out of every step's text: Tasks' emoji and block
    /// links, Dataview's `[key:: value]`, Logseq's markers, planning lines and drawers.
    static let markers = ["📅", "📆", "🗓", "⏳", "⌛", "🛫", "➕", "✅", "❌", "🔁", "🔺", "⏫", "🔼", "🔽", "⏬",
                          "🆔", "⛔", "🏁", "::", "^", "DEADLINE:", "SCHEDULED:", ":LOGBOOK:", "[[",
                          "TODO ", "LATER ", "DOING ", "NOW ", "DONE ", "CANCELED ", "WAIT "]

    @Test(arguments: ["obsidian-tasks-vault", "logseq-graph", "zk-notebook"])
    func noMarkerIsLeftInAnyStep(vault: String) throws {
        let run = try Golden.run(["actions", "--all", "--vault", Golden.fixture(vault).path, "--format", "jsonl"])
        #expect(run.status == 0)
        let texts = try run.stdout.split(separator: "\n").map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["text"] as? String ?? ""
        }
        #expect(!texts.isEmpty)
        for text in texts {
            // The one ✅ a description may hold by design (Tasks reads only the end of a line).
            let checked = text.replacing("a ✅ mark inside", with: "")
            for marker in Self.markers {
                #expect(!checked.contains(marker), "'\(marker)' is left in the step '\(text)'")
            }
        }
    }

    /// The sample vault keeps no marker in any step either.
    @Test func theSampleVaultKeepsNoMarker() throws {
        let run = try Golden.run(["actions", "--all", "--vault", Golden.root.appendingPathComponent("sample-vault").path,
                                  "--format", "jsonl"])
        #expect(run.status == 0)
        for line in run.stdout.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let text = object?["text"] as? String ?? ""
            for marker in Self.markers { #expect(!text.contains(marker), "'\(marker)' is left in '\(text)'") }
        }
    }

    @Test func actionsJSONShowsTheSignifiers() throws {
        let run = try Golden.run(["actions", "--all", "--vault", Golden.fixture("obsidian-tasks-vault").path, "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        let booking = list.first { ($0["text"] as? String)?.hasPrefix("book the integration session") == true }
        #expect(booking?["priority"] as? String == "high")
        #expect(booking?["scheduled"] as? String == "2026-11-04")
        #expect(booking?["id"] as? String == "book1")
        let walk = list.first { ($0["text"] as? String)?.hasPrefix("walk by the lake") == true }
        #expect(walk?["recurrence"] as? String == "every week on Sunday")
        #expect(walk?["dependsOn"] as? [String] == ["book1"])
        let rest = list.first { ($0["text"] as? String)?.hasPrefix("rest after lunch") == true }
        #expect(rest?["fields"] as? [String: String] == ["energy": "low", "with": "[[Sam]]"])
    }
}
