/// A place in a source file: 1-based line and 1-based byte column, as libcmark reports it.
///
/// Byte columns are turned into character columns with ``LineTable`` when an item is
/// reported to a person; keeping bytes here keeps parsing cheap.
public struct SourcePoint: Hashable, Sendable {
    /// 1-based line in the file as it is on disk.
    public var line: Int
    /// 1-based byte offset within the line.
    public var byteColumn: Int

    /// Creates a point from a line and a byte column.
    public init(line: Int, byteColumn: Int) {
        self.line = line
        self.byteColumn = byteColumn
    }
}

/// Receives the blocks of a CommonMark document in order, as ``CommonMark/read(_:into:)``
/// walks libcmark's tree. Code blocks, HTML and thematic breaks hold nothing tend reads
/// and are not handed on; block quotes are walked through, their blocks handed on in turn.
///
/// tend reads each entry once, front to back, so the blocks are handed on as they are met
/// rather than kept as a tree of Swift values, which was built, walked once and freed for
/// every file.
public protocol MarkdownVisitor {
    /// An ATX or setext heading with its level (1–6).
    mutating func heading(level: Int, text: InlineText, at: SourcePoint)

    /// A paragraph that does not open a list item.
    mutating func paragraph(_ text: InlineText, at: SourcePoint)

    /// A list item that opens with paragraphs: `paragraphs` are those leading paragraphs
    /// (never empty), `at` where the first starts, `holdsList` true when a list nested in it
    /// comes right after them (a Logseq block with children). The item's blocks after them (a
    /// nested list, a code block, …) are handed on next; an item that opens with anything else
    /// is handed on only as its blocks.
    mutating func listItem(paragraphs: [InlineText], at: SourcePoint, holdsList: Bool)

    /// A block quote opens; its blocks are handed on next, then ``blockQuoteEnded()``.
    /// `holdsList` is true when a list is among its blocks.
    mutating func blockQuoteStarted(holdsList: Bool)

    /// The block quote opened last has ended.
    mutating func blockQuoteEnded()

    /// A list item opens; its blocks are handed on next (as ``listItem(paragraphs:at:holdsList:)`` and
    /// the blocks after its paragraphs), then ``listItemEnded()``.
    mutating func listItemStarted()

    /// The list item opened last has ended.
    mutating func listItemEnded()

    /// A list or block quote nested deeper than ``CommonMark/maximumDepth``, at `at`: nothing
    /// inside it is handed on (told once per document, at the first such place).
    mutating func nestedTooDeep(at: SourcePoint)

    /// A code block, HTML block or thematic break: nothing in it is handed on, but a block quote
    /// holding one holds more than its first line (an Obsidian callout over a query).
    mutating func otherBlock()
}

extension MarkdownVisitor {
    /// Block quotes are walked through by default.
    public mutating func blockQuoteStarted(holdsList: Bool) {}
    /// Block quotes are walked through by default.
    public mutating func blockQuoteEnded() {}
    /// Nothing to do by default.
    public mutating func listItemStarted() {}
    /// Nothing to do by default.
    public mutating func listItemEnded() {}
    /// Nothing to do by default.
    public mutating func otherBlock() {}
}
