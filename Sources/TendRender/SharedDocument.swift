import TendCore

/// A plain document (headings, paragraphs, lists, tables, charts) written once and printed as
/// Markdown or as one self-contained HTML page: what `tend share` hands over.
public struct SharedDocument: Sendable, Equatable {
    /// The document's title.
    public var title: String
    /// Its blocks, in order.
    public var blocks: [Block]

    /// One piece of the document. Every text is the person's words or tend's, never markup.
    public enum Block: Sendable, Equatable {
        /// A section heading (level 2).
        case heading(String)
        /// A paragraph.
        case paragraph(String)
        /// A paragraph that starts with a bold label.
        case labeled(String, String)
        /// A bulleted list.
        case list([String])
        /// A table: a header row, the rows, and the columns aligned right.
        case table([String], [[String]], right: Set<Int>)
        /// A line chart: its title, x labels, and one series of values (nil for no value) per line.
        case chart(String, axis: [String], series: [ChartSeries])
        /// An entry's own text, under a small heading.
        case text(String, String)
    }

    /// One line of a chart.
    public struct ChartSeries: Sendable, Equatable {
        /// What the line shows.
        public var name: String
        /// A value (or none) per x label.
        public var values: [Double?]
    }

    /// The document as Markdown, with Mermaid charts.
    public var markdown: String {
        var out = "# \(title)\n"
        for block in blocks {
            out += "\n"
            switch block {
            case .heading(let text): out += "## \(Self.safe(text))\n"
            case .paragraph(let text): out += Self.safe(text) + "\n"
            case .labeled(let label, let text): out += "**\(Self.safe(label))** \(Self.safe(text))\n"
            case .list(let items): out += items.map { "- \(Self.safe($0))\n" }.joined()
            case .table(let header, let rows, let right):
                out += "| " + header.map(Self.cell).joined(separator: " | ") + " |\n"
                out += "|" + header.indices.map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
                for row in rows { out += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
            case .chart(let title, let axis, let series):
                out += Chart.mermaid(title: title, axis: axis, yLabel: series.first?.name ?? "", lines: series.map(\.values)) + "\n"
            case .text(let heading, let text):
                // Quoted, so the entry's own headings and lists stay inside it.
                let quoted = Self.safe(text.trimmingNewlines()).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? ">" : "> " + $0 }
                out += "### \(Self.safe(heading))\n\n" + quoted.joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    /// The document as one HTML page: escaped throughout, inline styles and SVG charts, no
    /// scripts and nothing fetched from anywhere (its content policy forbids it), and print
    /// styles so that a browser's "Save as PDF" gives clean pages.
    public var html: String {
        var body = "<h1>\(HTML.escape(title))</h1>\n"
        var open = false
        for block in blocks {
            switch block {
            case .heading(let text):
                if open { body += "</section>\n" }
                body += "<section>\n<h2>\(HTML.escape(text))</h2>\n"
                open = true
            case .paragraph(let text): body += "<p>\(HTML.escape(text))</p>\n"
            case .labeled(let label, let text): body += "<p><strong>\(HTML.escape(label))</strong> \(HTML.escape(text))</p>\n"
            case .list(let items): body += "<ul>\n" + items.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows, let right):
                func cells(_ row: [String], _ tag: String) -> String {
                    row.enumerated().map { i, c in
                        "<\(tag)\(right.contains(i) ? " class=\"num\"" : "")>\(HTML.escape(c))</\(tag)>"
                    }.joined()
                }
                body += "<table>\n<thead><tr>\(cells(header, "th"))</tr></thead>\n<tbody>\n"
                body += rows.map { "<tr>\(cells($0, "td"))</tr>\n" }.joined() + "</tbody>\n</table>\n"
            case .chart(let title, let axis, let series):
                body += "<figure>\n" + Chart.svg(title: title, axis: axis, series: series.map { ($0.name, $0.values) }) + "\n</figure>\n"
            case .text(let heading, let text):
                body += "<article>\n<h3>\(HTML.escape(heading))</h3>\n"
                body += text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(HTML.escape(String($0)))</p>\n" }.joined()
                body += "</article>\n"
            }
        }
        if open { body += "</section>\n" }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static let style = """
    body { font: 16px/1.5 Georgia, "Iowan Old Style", serif; color: #222; background: #fff; margin: 0; }
    main { max-width: 44rem; margin: 2rem auto; padding: 0 1.25rem; }
    h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
    h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
    h3 { font-size: 1rem; margin-bottom: 0.25rem; }
    table { border-collapse: collapse; margin: 0.75rem 0; }
    th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
    th.num, td.num { text-align: right; }
    figure { margin: 1rem 0; }
    svg.chart { width: 100%; height: auto; max-width: 40rem; }
    svg .grid { stroke: #e4e4e4; stroke-width: 1; }
    svg .tick { font: 11px sans-serif; fill: #666; dominant-baseline: middle; }
    svg .chart-title { font: 13px sans-serif; fill: #333; }
    article { margin: 1rem 0; padding-left: 0.75rem; border-left: 3px solid #e4e4e4; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; margin: 0; padding: 0; }
      section, table, figure, article { break-inside: avoid; page-break-inside: avoid; }
      h2 { break-after: avoid; page-break-after: avoid; }
      @page { margin: 18mm 16mm; }
    }
    """

    /// A Markdown table cell: a `|` would end it, a line break would end the row.
    private static func cell(_ text: String) -> String {
        safe(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// A person's words for Markdown, with no `<` that could open an HTML tag (as in the reviews).
    private static func safe(_ text: String) -> String { text.withoutRawHTML }
}

extension String {
    /// The string without blank lines at either end.
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.first == "\n" { text = text.dropFirst() }
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
