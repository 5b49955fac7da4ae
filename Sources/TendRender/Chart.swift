import TendCore

/// Line charts: Mermaid for Markdown (Obsidian and GitHub draw it) and inline SVG for HTML.
enum Chart {
    /// Mermaid and SVG lines need a value at every point: a point without one takes the
    /// straight line between the points around it (or the nearest point at either end).
    static func filled(_ values: [Double?]) -> [Double] {
        let known = values.enumerated().compactMap { i, v in v.map { (i, $0) } }
        return values.enumerated().map { i, value in
            if let value { return value }
            let before = known.last { $0.0 < i }, after = known.first { $0.0 > i }
            switch (before, after) {
            case let (b?, a?): return b.1 + (a.1 - b.1) * Double(i - b.0) / Double(a.0 - b.0)
            case let (b?, nil): return b.1
            case let (nil, a?): return a.1
            default: return 0
            }
        }
    }

    /// The top of a chart's y axis: 10, or the highest value rounded up.
    static func top(_ values: [Double]) -> Double { max(10, (values.max() ?? 0).rounded(.up)) }

    /// A Mermaid `xychart-beta` with one line per series (each filled, see ``filled(_:)``), in
    /// a fenced block with no newline after it.
    static func mermaid(title: String, axis: [String], yLabel: String, lines: [[Double?]]) -> String {
        let top = top(lines.flatMap { $0.compactMap { $0 } })
        var text = "```mermaid\nxychart-beta\n    title \"\(quoted(title))\"\n"
        text += "    x-axis [" + axis.map { "\"\(quoted($0))\"" }.joined(separator: ", ") + "]\n"
        text += "    y-axis \"\(quoted(yLabel))\" 0 --> \(Format.number(top))\n"
        for line in lines {
            text += "    line [" + filled(line).map(Format.number).joined(separator: ", ") + "]\n"
        }
        return text + "```"
    }

    /// An inline SVG line chart: one polyline per series, drawn only through the points that
    /// have a value, with a dot on each; every text is escaped.
    static func svg(title: String, axis: [String], series: [(name: String, values: [Double?])]) -> String {
        let width = 640.0, height = 240.0, left = 36.0, right = 24.0, topPad = 28.0, bottom = 30.0
        let top = top(series.flatMap { $0.values.compactMap { $0 } })
        let step = axis.count > 1 ? (width - left - right) / Double(axis.count - 1) : 0
        func x(_ i: Int) -> String { Format.number(left + Double(i) * step) }
        func y(_ v: Double) -> String { Format.number(topPad + (height - topPad - bottom) * (1 - v / top)) }
        let colours = ["#3b6ea5", "#c0663b", "#4f8a4b", "#8a4f8a", "#8a7a3b"]
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(Format.number(width)) \(Format.number(height))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"\(HTML.escape(title))\">\n"
        svg += "<title>\(HTML.escape(title))</title>\n"
        svg += "<text x=\"\(Format.number(left))\" y=\"16\" class=\"chart-title\">\(HTML.escape(title))</text>\n"
        for tick in [0, top / 2, top] {
            svg += "<line x1=\"\(Format.number(left))\" x2=\"\(Format.number(width - right))\" y1=\"\(y(tick))\" y2=\"\(y(tick))\" class=\"grid\"/>"
            svg += "<text x=\"\(Format.number(left - 6))\" y=\"\(y(tick))\" class=\"tick\" text-anchor=\"end\">\(Format.number(tick))</text>\n"
        }
        let every = max(1, axis.count / 10)
        for (i, label) in axis.enumerated() where i % every == 0 || i == axis.count - 1 {
            svg += "<text x=\"\(x(i))\" y=\"\(Format.number(height - 10))\" class=\"tick\" text-anchor=\"middle\">\(HTML.escape(label))</text>\n"
        }
        for (n, line) in series.enumerated() {
            let colour = colours[n % colours.count]
            let points = line.values.enumerated().compactMap { i, v in v.map { "\(x(i)),\(y($0))" } }
            if points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\">"
                    + "<title>\(HTML.escape(line.name))</title></polyline>\n"
            }
            for (i, v) in line.values.enumerated() {
                guard let v else { continue }
                svg += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"3\" fill=\"\(colour)\"><title>\(HTML.escape(line.name)): \(HTML.escape(axis[i])) \(Format.number(v))</title></circle>\n"
            }
        }
        return svg + "</svg>"
    }

    /// Mermaid ends a quoted label at a double quote.
    private static func quoted(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: "'") }
}

/// Escaping for HTML text and attribute values.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
