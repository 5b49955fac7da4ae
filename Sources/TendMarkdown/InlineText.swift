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
