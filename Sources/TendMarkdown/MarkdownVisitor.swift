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
    /// An ATX or setext heading with its level (1–6). `listFollows` is true when a list, or a
    /// block quote holding one, comes after the heading at its own depth before the next
    /// heading of the same or a higher level.
    mutating func heading(level: Int, text: InlineText, at: SourcePoint, listFollows: Bool)

    /// A paragraph that does not open a list item.
    mutating func paragraph(_ text: InlineText, at: SourcePoint)

    /// A list item that opens with paragraphs: `paragraphs` are those leading paragraphs
    /// (never empty), `at` where the first starts. The item's blocks after them (a nested
    /// list, a code block, …) are handed on next; an item that opens with anything else is
    /// handed on only as its blocks.
    mutating func listItem(paragraphs: [InlineText], at: SourcePoint)
}

/// The inlines of a paragraph or heading, laid out line by line as a person reads them.
///
/// Each line keeps the text that may hold tags (text and link text) apart from the text
/// that never does (code spans, inline HTML), and remembers where its pieces start. The
/// converter writes it straight from libcmark's nodes: no tree of inlines is built.
public struct InlineText: Sendable {
    /// One visual line of a paragraph.
    public struct Line: Sendable {
        /// The text that may hold tags; a code span or inline HTML becomes a space.
        public var scannable: String
        /// The shown text, kept apart only once a code span or HTML makes it differ.
        public var separateDisplay: String?
        /// The first piece of `scannable` with a place in the file. Most lines are one piece
        /// of text, so the first is kept apart from the others, which then need no array.
        public var firstAnchor: Anchor?
        /// The pieces after the first, in order.
        public var moreAnchors: [Anchor]

        /// Creates a line.
        public init(scannable: String = "", separateDisplay: String? = nil, firstAnchor: Anchor? = nil, moreAnchors: [Anchor] = []) {
            self.scannable = scannable
            self.separateDisplay = separateDisplay
            self.firstAnchor = firstAnchor
            self.moreAnchors = moreAnchors
        }

        /// Pieces of `scannable` with the place each starts in the file.
        public var anchors: [Anchor] { firstAnchor.map { [$0] + moreAnchors } ?? [] }

        /// The place the line's first piece of text starts, when known.
        public var start: SourcePoint? { firstAnchor?.point }

        /// The text as shown: code spans in backticks, HTML dropped.
        public var display: String { separateDisplay ?? scannable }
    }

    /// Where a piece of a line's `scannable` text starts in the file.
    public struct Anchor: Sendable {
        /// The byte offset of the piece in `scannable`.
        public var offset: Int
        /// Where it starts in the file.
        public var point: SourcePoint
    }

    /// The lines, never empty (an empty paragraph has one empty line); empty lines at the end are dropped.
    public var lines: [Line]
    /// False when no line's `scannable` holds a `#`: no tag can be in it.
    public var mayHoldTags: Bool
    /// False when no line's `display` holds a `:`: no `key:: value` field can be in it.
    public var mayHoldFields: Bool

    /// Creates the text of a paragraph from its lines. Leave the flags true when unsure.
    public init(lines: [Line], mayHoldTags: Bool = true, mayHoldFields: Bool = true) {
        self.lines = lines.isEmpty ? [Line()] : lines
        self.mayHoldTags = mayHoldTags
        self.mayHoldFields = mayHoldFields
    }
}
