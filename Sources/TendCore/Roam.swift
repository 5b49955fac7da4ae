import TendMarkdown

/// Roam Research's pages, as its Markdown export writes them (docs/vault-format.md, "Roam
/// Research"): a page a file, named for its title, a day's page for its day (`November 30th,
/// 2026.md`), and every block a list item.
///
/// - A block that begins `{{[[TODO]]}}` or `{{TODO}}` is an open task, one that begins
///   `{{[[DONE]]}}` or `{{DONE}}` a done one, as Obsidian's own Roam importer reads them
///   (obsidianmd/obsidian-importer, `src/formats/roam/convert.ts`, which writes `[ ]` and `[x]`).
/// - `#[[two or more words]]` is a tag, on a day's page, as in a Logseq graph.
enum Roam {
    /// The status a Roam task marker at the start of `text` says, with the text after it; nil
    /// when `text` does not begin with one and a space, or nothing follows it.
    @inline(__always) static func task(_ text: String) -> (ActionStatus, String)? {
        // One look at the first byte, here where it is asked: every list item and line of prose
        // is (a call for each cost `tend check` 0.2 % of its instructions).
        guard text.utf8.first == UInt8(ascii: "{") else { return nil }
        return marked(text)
    }

    private static func marked(_ text: String) -> (ActionStatus, String)? {
        for (mark, status) in markers where text.utf8.starts(with: mark.utf8) {
            let after = Substring(text.utf8.dropFirst(mark.utf8.count))
            guard after.first == " " else { return nil }
            let rest = after.trimmingWhitespace()
            return rest.isEmpty ? nil : (status, rest)
        }
        return nil
    }

    private static let markers: [(mark: String, status: ActionStatus)] = [
        ("{{[[TODO]]}}", .open), ("{{TODO}}", .open), ("{{[[DONE]]}}", .done), ("{{DONE}}", .done),
    ]

    /// True when the file at `path` is named as Roam names a day's page: `November 30th, 2026`.
    static func isDailyPage(_ path: String) -> Bool {
        // Every such name holds a comma: most paths are passed over at once (taking the file's
        // name from every path first cost `tend check` 1.4 % of its instructions).
        guard path.containsByte(UInt8(ascii: ",")) else { return false }
        return dailyPageName.isWhole(EntryParser.fileTitle(path))
    }

    /// Roam's name for a day's page, in moment.js's tokens.
    private static let dailyPageName = DateFormat(moment: "MMMM Do, YYYY")
}
