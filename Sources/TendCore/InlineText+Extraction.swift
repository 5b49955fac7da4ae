import TendMarkdown

/// What extraction asks of a paragraph's text (laid out by ``InlineText`` in TendMarkdown).
extension InlineText {
    /// True when the first line is an Obsidian callout title (`[!note] Title`).
    var startsWithCalloutTitle: Bool {
        let first = lines[0].display.utf8
        guard first.starts(with: "[!".utf8), let close = first.firstIndex(of: UInt8(ascii: "]")) else { return false }
        let type = first[first.index(first.startIndex, offsetBy: 2)..<close]
        return !type.isEmpty && type.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0.isASCIIDigit || $0.isASCIILetter }
    }

    /// The lines after a callout title: the callout's own text.
    func droppingCalloutTitle() -> InlineText {
        guard startsWithCalloutTitle else { return self }
        return InlineText(lines: Array(lines.dropFirst()), mayHoldTags: mayHoldTags, mayHoldFields: mayHoldFields)
    }

    /// The whole text on one line, white space folded.
    var displayText: String {
        if lines.count == 1 { return lines[0].display.foldingWhitespace() }
        return lines.map(\.display).joined(separator: " ").foldingWhitespace()
    }

    /// Where the first line starts.
    var start: SourcePoint? { lines.first(where: { $0.start != nil })?.start }
}

extension InlineText.Line {
    /// The file point of a byte offset within `scannable`.
    func point(atScannableOffset offset: Int) -> SourcePoint? {
        let before = moreAnchors.last(where: { $0.offset <= offset }) ?? firstAnchor.flatMap { $0.offset <= offset ? $0 : nil }
        guard let anchor = before else { return start }
        return SourcePoint(line: anchor.point.line, byteColumn: anchor.point.byteColumn + offset - anchor.offset)
    }
}
