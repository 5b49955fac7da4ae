import TendMarkdown

/// The inlines of a paragraph or heading, laid out line by line as a person reads them.
///
/// Each line keeps the text that may hold tags (text and link text) apart from the
/// text that never does (code spans, inline HTML), and remembers where it starts.
struct InlineLines {
    /// One visual line of a paragraph.
    struct Line {
        /// The text as shown: code spans in backticks, HTML dropped.
        var display = ""
        /// The text that may hold tags; code and HTML become a space.
        var scannable = ""
        /// Pieces of `scannable` with the place each starts in the file.
        var anchors: [(offset: Int, point: SourcePoint)] = []
        /// The place the line starts, when known.
        var start: SourcePoint?
    }

    private(set) var lines: [Line] = [Line()]

    init(_ inlines: [Inline]) {
        append(inlines)
        while lines.count > 1, lines.last!.display.isEmpty { lines.removeLast() }
    }

    private mutating func append(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text, let at):
                var line = lines[lines.count - 1]
                if let at {
                    line.anchors.append((line.scannable.utf8.count, at))
                    if line.start == nil { line.start = at }
                }
                line.display += text
                line.scannable += text
                lines[lines.count - 1] = line
            case .code(let code):
                lines[lines.count - 1].display += "`" + code + "`"
                lines[lines.count - 1].scannable += " "
            case .html:
                lines[lines.count - 1].scannable += " "
            case .softBreak, .lineBreak:
                lines.append(Line())
            case .emphasis(let children):
                append(children)
            case .link(_, let children):
                append(children)
            }
        }
    }

    /// The whole text on one line, white space folded.
    var displayText: String {
        lines.map(\.display).joined(separator: " ").foldingWhitespace()
    }

    /// Where the first line starts.
    var start: SourcePoint? { lines.first(where: { $0.start != nil })?.start }
}

extension InlineLines.Line {
    /// The file point of a byte offset within `scannable`.
    func point(atScannableOffset offset: Int) -> SourcePoint? {
        guard let anchor = anchors.last(where: { $0.offset <= offset }) else { return start }
        return SourcePoint(line: anchor.point.line, byteColumn: anchor.point.byteColumn + offset - anchor.offset)
    }
}

extension String {
    /// Runs of white space folded to one space, trimmed.
    func foldingWhitespace() -> String {
        // Fast path: ASCII text with single inner spaces needs no work.
        let bytes = utf8
        if let f = bytes.first, let l = bytes.last, f != 0x20, l != 0x20 {
            var clean = true
            var previousSpace = false
            for b in bytes {
                if b >= 0x80 || (b >= 0x09 && b <= 0x0D) { clean = false; break }
                if b == 0x20 { if previousSpace { clean = false; break }; previousSpace = true } else { previousSpace = false }
            }
            if clean { return self }
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if s.isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(s)
            }
        }
        return String(out)
    }
}
