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

/// A parsed CommonMark document: a tree of blocks with source positions.
public struct MarkdownDocument: Sendable {
    /// The top-level blocks in document order.
    public var blocks: [Block]

    /// Creates a document from already-built blocks (used by tests).
    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}

/// A CommonMark block.
public indirect enum Block: Sendable {
    /// An ATX or setext heading with its level (1–6).
    case heading(level: Int, inlines: [Inline], at: SourcePoint)
    /// A paragraph.
    case paragraph(inlines: [Inline], at: SourcePoint)
    /// A bullet or ordered list.
    case list(items: [ListItem], at: SourcePoint)
    /// A block quote (Obsidian callouts are block quotes too).
    case blockQuote(blocks: [Block], at: SourcePoint)
    /// A fenced or indented code block: nothing inside is a tag or an item.
    case codeBlock(at: SourcePoint)
    /// Raw HTML: nothing inside is a tag or an item.
    case html(at: SourcePoint)
    /// A thematic break (`---`).
    case thematicBreak(at: SourcePoint)
}

/// One item of a list, with the blocks it holds (paragraphs, nested lists, …).
public struct ListItem: Sendable {
    /// The item's blocks in order.
    public var blocks: [Block]
    /// Where the item's marker starts.
    public var at: SourcePoint

    /// Creates a list item.
    public init(blocks: [Block], at: SourcePoint) {
        self.blocks = blocks
        self.at = at
    }
}

/// A CommonMark inline.
public indirect enum Inline: Sendable {
    /// Literal text, with the place where it starts when libcmark knows it.
    case text(String, at: SourcePoint?)
    /// A code span: shown as text, never scanned for tags.
    case code(String)
    /// Inline HTML: never scanned for tags.
    case html(String)
    /// A soft line break (a newline inside a paragraph).
    case softBreak
    /// A hard line break.
    case lineBreak
    /// Emphasis, strong emphasis and other containers of inlines.
    case emphasis([Inline])
    /// A link or an image: its text is text, its destination is not.
    case link(destination: String, children: [Inline])
}

extension Block {
    /// Where the block starts.
    public var at: SourcePoint {
        switch self {
        case .heading(_, _, let at), .paragraph(_, let at), .list(_, let at),
             .blockQuote(_, let at), .codeBlock(let at), .html(let at), .thematicBreak(let at):
            return at
        }
    }
}
