import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads CommonMark text with libcmark.
public enum CommonMark {
    /// How many lists and block quotes deep tend reads. People nest a few levels; a file nested
    /// thousands deep (`- - - - …`) would otherwise take the reader deeper than its stack holds.
    /// libcmark itself builds and frees its tree without recursion, so only tend's walk needs this.
    public static let maximumDepth = 100

    /// Parses `text` with libcmark and hands its blocks to `visitor` in document order.
    ///
    /// This is the only place that calls libcmark; the C tree is freed before returning.
    /// Line numbers are those of `text`; pass a text whose leading lines were blanked
    /// (see ``FrontMatter``) to keep line numbers identical to the file on disk.
    public static func read<Visitor: MarkdownVisitor>(_ text: String, into visitor: inout Visitor) {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return }
        defer { cmark_node_free(root) }
        var converter = CommonMarkConverter()
        converter.blocks(under: root, into: &visitor)
    }
}

/// Walks a libcmark tree. Internal: only ``CommonMark/read(_:into:)`` uses it.
struct CommonMarkConverter {
    /// One builder for every paragraph of the document, so its work space is made once.
    private var builder = InlineTextBuilder()
    /// The leading paragraphs of the list item being read; emptied, its room kept, after each item.
    private var leading: [InlineText] = []
    /// How many lists and block quotes hold the block being read.
    private var depth = 0
    /// Whether the visitor was told of a block nested too deep (it is told once).
    private var toldTooDeep = false

    static func point(_ node: OpaquePointer) -> SourcePoint {
        SourcePoint(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    mutating func blocks<Visitor: MarkdownVisitor>(under parent: OpaquePointer, into visitor: inout Visitor) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            block(node, into: &visitor)
            child = cmark_node_next(node)
        }
    }

    mutating func block<Visitor: MarkdownVisitor>(_ node: OpaquePointer, into visitor: inout Visitor) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = cmark_node_get_heading_level(node)
            let text = inlineText(under: node)
            visitor.heading(level: Int(level), text: text, at: Self.point(node))
            builder.reuse(text)
        case CMARK_NODE_PARAGRAPH:
            let text = inlineText(under: node)
            visitor.paragraph(text, at: Self.point(node))
            builder.reuse(text)
        case CMARK_NODE_LIST:
            guard enter(node, into: &visitor) else { return }
            defer { depth -= 1 }
            var item = cmark_node_first_child(node)
            while let node = item {
                listItem(node, into: &visitor)
                item = cmark_node_next(node)
            }
        case CMARK_NODE_BLOCK_QUOTE:
            guard enter(node, into: &visitor) else { return }
            defer { depth -= 1 }
            visitor.blockQuoteStarted(holdsList: Self.holdsList(node))
            blocks(under: node, into: &visitor)
            visitor.blockQuoteEnded()
        default:
            // Code blocks, HTML and thematic breaks: nothing in them is a tag or an item.
            visitor.otherBlock()
        }
    }

    /// Goes one list or quote deeper, unless that is past ``CommonMark/maximumDepth``: then the
    /// visitor is told (once) and the block is left out.
    private mutating func enter<Visitor: MarkdownVisitor>(_ node: OpaquePointer, into visitor: inout Visitor) -> Bool {
        guard depth < CommonMark.maximumDepth else {
            if !toldTooDeep { visitor.nestedTooDeep(at: Self.point(node)) }
            toldTooDeep = true
            return false
        }
        depth += 1
        return true
    }

    mutating func listItem<Visitor: MarkdownVisitor>(_ item: OpaquePointer, into visitor: inout Visitor) {
        visitor.listItemStarted()
        defer { visitor.listItemEnded() }
        var child = cmark_node_first_child(item)
        var firstAt: SourcePoint?
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
            if firstAt == nil { firstAt = Self.point(node) }
            leading.append(inlineText(under: node))
            child = cmark_node_next(node)
        }
        if let firstAt {
            let holdsList = child.map { cmark_node_get_type($0) == CMARK_NODE_LIST } ?? false
            visitor.listItem(paragraphs: leading, at: firstAt, holdsList: holdsList)
            builder.reuse(leading.removeLast())
            leading.removeAll(keepingCapacity: true)
        }
        while let node = child {
            block(node, into: &visitor)
            child = cmark_node_next(node)
        }
    }

    private static func holdsList(_ quote: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(quote)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_LIST { return true }
            child = cmark_node_next(node)
        }
        return false
    }

    mutating func inlineText(under parent: OpaquePointer) -> InlineText {
        builder.add(inlinesUnder: parent)
        return builder.build()
    }
}

/// Lays out the inlines of a paragraph line by line, from the literals libcmark holds,
/// each line's text gathered as bytes and made a `String` once. One builder serves a
/// whole document: ``build()`` leaves it ready for the next paragraph, its byte buffer kept.
struct InlineTextBuilder {
    private var lines: [InlineText.Line] = []
    private var scannable: [UInt8] = []
    private var display: [UInt8]?
    private var firstAnchor: InlineText.Anchor?
    private var moreAnchors: [InlineText.Anchor] = []
    /// Whether any text so far holds a `#` (scannable) or a `:` (display), found with ``ByteSearch``
    /// as the literals come in, so that most lines are never searched again for tags or fields.
    private var sawHash = false
    private var sawColon = false

    /// Adds every inline under `parent`, in order. Emphasis, links and images are walked into
    /// without recursion (down to a first child, then on to the next node, climbing back up
    /// where a level ends): `***…a…***` nests as deep as it is long.
    mutating func add(inlinesUnder parent: OpaquePointer) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if cmark_node_get_start_line(node) > 0 {
                    let anchor = InlineText.Anchor(offset: scannable.count, point: CommonMarkConverter.point(node))
                    if firstAnchor == nil { firstAnchor = anchor } else { moreAnchors.append(anchor) }
                }
                Self.withLiteral(node) { text in
                    scannable.append(contentsOf: text)
                    display?.append(contentsOf: text)
                    sawHash = sawHash || Self.holds(UInt8(ascii: "#"), text)
                    sawColon = sawColon || Self.holds(UInt8(ascii: ":"), text)
                }
            case CMARK_NODE_CODE:
                if display == nil { display = scannable }
                display!.append(UInt8(ascii: "`"))
                Self.withLiteral(node) { text in
                    display!.append(contentsOf: text)
                    sawColon = sawColon || Self.holds(UInt8(ascii: ":"), text)
                }
                display!.append(UInt8(ascii: "`"))
                scannable.append(UInt8(ascii: " "))
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE:
                if display == nil { display = scannable }
                scannable.append(UInt8(ascii: " "))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                endLine()
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                // A link's or image's text is text; its destination is not.
                if let first = cmark_node_first_child(node) {
                    child = first
                    continue
                }
            default:
                break
            }
            child = Self.next(after: node, within: parent)
        }
    }

    /// The node after `node` in document order, leaving the inlines it holds aside: its next
    /// sibling, else the next sibling of the nearest enclosing node that has one, short of `parent`.
    private static func next(after node: OpaquePointer, within parent: OpaquePointer) -> OpaquePointer? {
        var current = node
        while true {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let up = cmark_node_parent(current), up != parent else { return nil }
            current = up
        }
    }

    private static func holds(_ byte: UInt8, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstOffset(of: byte, in: text) != nil
    }

    private static func withLiteral(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let c = cmark_node_get_literal(node) else { return }
        c.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(c))) }
    }

    private mutating func endLine() {
        // The line is filled in where it lies in the array: a line built apart was copied in
        // and then destroyed, its strings' and anchors' references counted up and down again.
        lines.append(InlineText.Line())
        let last = lines.count - 1
        lines[last].scannable = String(decoding: scannable, as: UTF8.self)
        if let display { lines[last].separateDisplay = String(decoding: display, as: UTF8.self) }
        lines[last].firstAnchor = firstAnchor
        if !moreAnchors.isEmpty { swap(&lines[last].moreAnchors, &moreAnchors) }
        scannable.removeAll(keepingCapacity: true)
        display = nil
        firstAnchor = nil
    }

    /// Takes back the lines of a text handed on, to lay out the next paragraph in the same
    /// room: most paragraphs are handed on, read and let go, and their array need not be made anew.
    mutating func reuse(_ text: consuming InlineText) {
        swap(&lines, &text.lines)
        lines.removeAll(keepingCapacity: true)
    }

    /// The text, with empty lines at the end dropped (one line is always left); the builder
    /// is then empty again.
    mutating func build() -> InlineText {
        endLine()
        while lines.count > 1, lines.last!.display.isEmpty { lines.removeLast() }
        let text = InlineText(lines: lines, mayHoldTags: sawHash, mayHoldFields: sawColon)
        lines = []
        sawHash = false
        sawColon = false
        return text
    }
}
