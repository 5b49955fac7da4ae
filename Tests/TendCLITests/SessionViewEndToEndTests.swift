import Foundation
import Testing

/// End-to-end: the session brief, `tend sessions` and `tend share` on `sessions-vault` (three
/// journeys; journey 2 has no integration entry; a `private: true` entry, a `#private` entry
/// and a `%%` comment, each with a word found nowhere else; days with no mood) and on the
/// sample vault.
@Suite(.serialized)
struct SessionViewEndToEndTests {
    static let today = "--today=2026-11-20"
    static let vault = ["--vault", "sessions-vault", today]
    static let sample = ["--vault", Golden.root.appendingPathComponent("sample-vault").path, "--today=2026-11-22"]

    /// Words written only in private places of `sessions-vault`.
    static let privateWords = ["Zanzibarquill", "Marmaladefjord"]
    /// A word written only inside a `%% … %%` comment.
    static let commentWord = "Quillobaster"

    @Test(arguments: [
        (["review", "--session", "1"], "session-1.md"),
        (["review", "--session", "2"], "session-2-window-missed.md"),
        (["review", "--session", "latest"], "session-latest.md"),
        (["sessions"], "sessions.txt"),
        (["sessions", "--format", "markdown"], "sessions.md"),
        (["sessions", "--format", "json"], "sessions.json"),
        (["sessions", "--metric", "anxiety", "--format", "jsonl"], "sessions-anxiety.jsonl"),
        (["share", "--session", "1"], "share-session-1.md"),
        (["share", "--since", "2026-10-18", "--until", "2026-10-31"], "share-private-days.md"),
        (["share", "--session", "1", "--format", "html"], "share-session-1.html"),
    ])
    func fixtureVault(arguments: [String], golden: String) throws {
        let run = try Golden.run(arguments + Self.vault)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "sessions-vault/" + golden)
    }

    @Test(arguments: [
        (["review", "--session", "latest"], "sample-session-latest.md"),
        (["sessions", "--format", "markdown"], "sample-sessions.md"),
        (["share"], "sample-share.md"),
        (["share", "--format", "html"], "sample-share.html"),
    ])
    func sampleVault(arguments: [String], golden: String) throws {
        let run = try Golden.run(arguments + Self.sample)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "sessions-vault/" + golden)
    }

    /// Every way of sharing the fixture, in both formats, with and without the entries' text.
    static var shareRuns: [[String]] {
        let scopes: [[String]] = [["--session", "1"], ["--session", "2"], ["--session", "3"], [],
                                  ["--since", "2026-09-01", "--until", "2026-11-30"]]
        var runs: [[String]] = []
        for scope in scopes {
            for format in ["markdown", "html"] {
                let run: [String] = ["share"] + scope + ["--format", format]
                runs.append(run)
                runs.append(run + ["--with-text"])
            }
        }
        return runs
    }

    @Test func aPrivateEntrysWordsNeverAppearInAnyShare() throws {
        for arguments in Self.shareRuns {
            let run = try Golden.run(arguments + Self.vault)
            #expect(run.status == 0, "\(arguments)")
            #expect(!run.stdout.isEmpty)
            for word in Self.privateWords {
                #expect(!run.stdout.contains(word), "\(word) appeared in: tend \(arguments.joined(separator: " "))")
            }
        }
        // The words are there to be found: the journal itself still has them.
        let grep = try Golden.run(["grep", "Zanzibarquill"] + Self.vault)
        #expect(grep.status == 0)
    }

    @Test
    func aCommentsWordsNeverAppearInAnyShare() throws {
        for arguments in Self.shareRuns {
            let run = try Golden.run(arguments + Self.vault)
            #expect(!run.stdout.contains(Self.commentWord), "\(Self.commentWord) appeared in: tend \(arguments.joined(separator: " "))")
        }
    }

    /// Regression: a metric never written (a typo) gave a table of dashes and no word on why.
    @Test func aMetricNeverWrittenIsSaid() throws {
        let run = try Golden.run(["sessions", "--metric", "moood"] + Self.vault)
        #expect(run.stdout.contains("No moood was written in the days around a journey"))
        let known = try Golden.run(["sessions", "--metric", "anxiety"] + Self.vault)
        #expect(!known.stdout.contains("was written in the days around a journey"))
    }

    @Test func withTextAddsTheEntriesOwnWords() throws {
        let plain = try Golden.run(["share", "--session", "1"] + Self.vault)
        let text = try Golden.run(["share", "--session", "1", "--with-text"] + Self.vault)
        #expect(!plain.stdout.contains("A long hallway"))
        #expect(text.stdout.contains("## In my own words"))
        #expect(text.stdout.contains("A long hallway"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let run = try Golden.run(["share", "--since", "2026-09-01", "--until", "2026-11-30", "--format", "html", "--with-text"] + Self.vault)
        let html = run.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        // Nothing to fetch: the only address is the SVG namespace, which is a name, not a request.
        let addresses = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!addresses.contains("http://") && !addresses.contains("https://") && !addresses.contains("src="))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("<svg"))
        #expect(html.contains("@media print"))
        // The journal's "sister's" is escaped.
        #expect(html.contains("sister&#39;s"))
    }

    @Test func outputFileIsOwnerOnlyAndNeverReplaced() throws {
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("for-my-therapist.html").path
        let args = ["share", "--format", "html", "-o", file] + Self.vault
        let first = try Golden.run(args)
        #expect(first.status == 0)
        #expect(first.stdout == "Saved \(file).\n")
        #expect(try Golden.mode(file) == 0o600)
        try "kept".write(toFile: file, atomically: false, encoding: .utf8)
        let second = try Golden.run(args)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already there"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "kept")
        #expect(try Golden.run(args + ["--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func unknownJourneysAndBadOptionsAreSaidPlainly() throws {
        let brief = try Golden.run(["review", "--session", "9"] + Self.vault)
        #expect(brief.status == 2)
        #expect(brief.stderr == "tend: error: there is no journey 9 in this vault; tend sessions lists them\n")
        let share = try Golden.run(["share", "--session", "9"] + Self.vault)
        #expect(share.status == 2)
        let both = try Golden.run(["share", "--session", "1", "--since", "2026-10-01"] + Self.vault)
        #expect(both.status != 0)
        #expect(both.stderr.contains("Choose either --session or --since/--until (see"))
        let none = try Golden.run(["sessions", "--vault", "basic", Self.today, "--metric", "nothing"])
        #expect(none.status == 0)
    }

    @Test func writeSavesTheBriefInReviews() throws {
        let vault = try Golden.copy("sessions-vault")
        defer { try? FileManager.default.removeItem(at: vault) }
        let run = try Golden.run(["review", "--session", "1", "--write", "--vault", vault.path, Self.today])
        #expect(run.status == 0)
        let saved = vault.appendingPathComponent("Reviews/session-1.md").path
        #expect(try Golden.mode(saved) == 0o600)
        #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("](../2026/10/2026-10-05%20journey.md)"))
    }

    /// Loads the HTML in headless Chromium (Debian `chromium`), checks the charts were drawn,
    /// and writes a screenshot to `.build/tend-share.png`.
    @Test func htmlOpensInHeadlessChromium() throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let chromium = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("Skipped: Chromium is not installed (apt-get install chromium), so the shared HTML was not opened in a browser.")
            return
        }
        let folder = try Golden.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("share.html")
        let run = try Golden.run(["share", "--session", "1", "--format", "html", "-o", page.path] + Self.vault)
        #expect(run.status == 0)
        let screenshot = Golden.root.appendingPathComponent(".build/tend-share.png")
        try? FileManager.default.removeItem(at: screenshot)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + folder.appendingPathComponent("profile").path]
        _ = try Self.run(chromium, common + ["--window-size=900,1600", "--screenshot=" + screenshot.path, page.absoluteString])
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(size > 10_000, "no screenshot was written")
        // The page as the browser built it: the chart's lines and points are there.
        let dom = try Self.run(chromium, common + ["--dump-dom", page.absoluteString])
        #expect(dom.contains("<svg"))
        #expect(dom.contains("<polyline"))
        #expect(dom.contains("<circle"))
        print("Screenshot of the shared page: \(screenshot.path)")
    }

    private static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Regression: with no journey found, both views named only `type: journey`, though a
    /// `#kap` tag or a sessions folder marks a journey too (the way most people mark one).
    @Test func noJourneyYetNamesEveryWayToMarkOne() throws {
        let sessions = try Golden.run(["sessions", "--vault", "zk-notebook"])
        #expect(sessions.status == 0)
        #expect(sessions.stdout.contains("`#kap` tag") && sessions.stdout.contains("`journeys:`"), "\(sessions.stdout)")
        let brief = try Golden.run(["review", "--session", "latest", "--vault", "zk-notebook"])
        #expect(brief.status == 2)
        #expect(brief.stderr.contains("#kap tag") && brief.stderr.contains("journeys:"), "\(brief.stderr)")
    }
}
