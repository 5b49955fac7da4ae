import Foundation
import Testing

/// The README and the pages in docs/ link to each other, often to a heading
/// (`performance.md#a-full-rebuild`). Pages get split and headings renamed; a link left
/// behind should fail here rather than lead a reader nowhere.
@Suite struct DocumentationLinksTests {
    /// README.md and every page in docs/.
    static let pages: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: Golden.root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    @Test("the pages checked include the README and the docs that link to each other")
    func pagesFound() {
        #expect(Self.pages.contains("README.md"))
        #expect(Self.pages.contains("docs/index-and-search.md"))
        #expect(Self.pages.contains("docs/performance.md"))
    }

    @Test("every link between the project's own pages leads to a file, and to a heading it names", arguments: pages)
    func linksLead(page: String) throws {
        let text = try String(contentsOf: Golden.root.appendingPathComponent(page), encoding: .utf8)
        let broken = Links.broken(in: text, at: page) { path in
            let url = Golden.root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return path.hasSuffix(".md") ? (try? String(contentsOf: url, encoding: .utf8)) ?? "" : ""
        }
        #expect(broken.isEmpty, "\(page): \(broken)")
    }

    /// A heading's anchor as GitHub makes it: lower case, letters, digits, `-` and `_` kept,
    /// each space a `-`, everything else (backticks, `·`, `→`, commas, emoji) left out.
    @Test("a heading's anchor is the one GitHub gives it", arguments: [
        ("A full rebuild", "a-full-rebuild"),
        ("`tend export --format jsonl`", "tend-export---format-jsonl"),
        ("Where it lives, and who can read it", "where-it-lives-and-who-can-read-it"),
        ("`tend grep PATTERN`", "tend-grep-pattern"),
        ("Start-up, in every command: about 6–7 ms", "start-up-in-every-command-about-67-ms"),
        ("Émotions 🙂 et thèmes", "émotions--et-thèmes"),
    ])
    func anchor(heading: String, expected: String) {
        #expect(Links.anchor(heading) == expected)
    }

    @Test("a link to a missing page, a missing heading or a heading only shown in code is found broken")
    func brokenLinksFound() {
        let pages = [
            "docs/a.md": "# Title\n\n## Real heading\n\n```\n## Not a heading\n```\n",
        ]
        let text = """
        [fine](docs/a.md) [fine](docs/a.md#real-heading) [here](#local) [web](https://example.org/x.md)
        [gone](docs/b.md) [no heading](docs/a.md#other) [code](docs/a.md#not-a-heading)
        `[in code](docs/c.md)`

        ## Local
        """
        let broken = Links.broken(in: text, at: "README.md") { pages[$0] }
        #expect(broken == ["docs/b.md", "docs/a.md#other", "docs/a.md#not-a-heading"])
    }
}

/// Markdown links and headings, read as plainly as the project's own pages need.
enum Links {
    /// The targets of the links in `text` (a page at `page`, relative to the package) that
    /// lead nowhere. `read` gives a page's text for a path relative to the package, "" for a
    /// file that is not Markdown, nil when there is nothing at that path. Links to other
    /// sites (`https:`, `mailto:`) and links written inside code are not checked.
    static func broken(in text: String, at page: String, read: (String) -> String?) -> [String] {
        let folder = (page as NSString).deletingLastPathComponent
        var broken: [String] = []
        for target in targets(in: prose(text)) where target.range(of: "^[a-z]+:", options: .regularExpression) == nil {
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let path = parts[0].isEmpty ? page : normalized(folder.isEmpty ? parts[0] : folder + "/" + parts[0])
            guard let linked = parts[0].isEmpty ? text : read(path) else {
                broken.append(target)
                continue
            }
            if parts.count == 2, path.hasSuffix(".md"), !anchors(in: linked).contains(parts[1]) {
                broken.append(target)
            }
        }
        return broken
    }

    /// `[text](target)`: the targets, in order.
    static func targets(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        let whole = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: whole).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    /// The anchors of a page's headings; a second heading of the same name gets `-1`, as on GitHub.
    static func anchors(in text: String) -> Set<String> {
        var seen: [String: Int] = [:]
        var anchors: Set<String> = []
        for line in withoutFences(text).split(separator: "\n") {
            guard let match = line.range(of: "^#{1,6} +", options: .regularExpression) else { continue }
            let name = anchor(String(line[match.upperBound...]))
            let count = seen[name, default: 0]
            seen[name] = count + 1
            anchors.insert(count == 0 ? name : "\(name)-\(count)")
        }
        return anchors
    }

    /// A heading's anchor, as GitHub makes it.
    static func anchor(_ heading: String) -> String {
        var anchor = ""
        for character in heading.trimmingCharacters(in: .whitespaces).lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                anchor.append(character)
            } else if character == " " {
                anchor.append("-")
            }
        }
        return anchor
    }

    /// The text without fenced code blocks and code spans, where nothing is a link.
    static func prose(_ text: String) -> String {
        withoutFences(text).replacingOccurrences(of: "`[^`\n]*`", with: "", options: .regularExpression)
    }

    /// The text without fenced code blocks, where nothing is a heading.
    static func withoutFences(_ text: String) -> String {
        var out: [Substring] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if !inFence { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    /// `docs/../README.md` as `README.md`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
