import TendMarkdown

/// A table as GitHub-flavoured Markdown and Obsidian write it: a row of cells between pipes, a
/// row of dashes, then the rows (`| Feeling | Intensity |`, `|---|---|`, `| grief | 7 |`).
/// tend's Markdown reader (CommonMark) sees a table as a paragraph; this reads its cells back
/// from the paragraph's lines. The pipes at either end of a row may be left out, as GFM allows.
struct PipeTable {
    /// The first row's cells: the column names.
    let header: [String]
    /// The rows after the dashes: their cells, and the row's line in the paragraph (0 is the first).
    let rows: [(cells: [String], line: Int)]

    /// The table `content` holds, or nil when it is no table: at least two lines, a pipe in the
    /// first, and a second of cells made of dashes (`---`, `:---:`), as many as the first's
    /// (GFM's rule: a header and a row of dashes that do not match make no table).
    init?(_ content: InlineText) {
        // Every paragraph of two lines or more is asked: the second line's first byte first.
        guard content.lines.count >= 2,
              let lead = content.lines[1].display.utf8.first(where: { !$0.isASCIIWhitespace }),
              lead == UInt8(ascii: "|") || lead == UInt8(ascii: "-") || lead == UInt8(ascii: ":"),
              content.lines[0].display.utf8.contains(UInt8(ascii: "|")), Self.isDashes(content.lines[1].display) else { return nil }
        header = Self.cells(content.lines[0].display)
        guard Self.cells(content.lines[1].display).count == header.count else { return nil }
        rows = content.lines.indices.dropFirst(2).map { (Self.cells(content.lines[$0].display), $0) }
    }

    /// A row's cells, without the white space around each.
    static func cells(_ line: String) -> [String] {
        var text = Substring(line.trimmingWhitespace())
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") { text = text.dropLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
    }

    /// True for the row under the header: a pipe, and cells of dashes with a colon at either end or none.
    private static func isDashes(_ line: String) -> Bool {
        let cells = cells(line)
        return line.contains("|") && cells.allSatisfy { cell in
            cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" }
        }
    }
}
