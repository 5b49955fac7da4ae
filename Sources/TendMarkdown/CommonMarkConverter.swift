import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownDocument {
    /// Parses CommonMark text with libcmark and converts it into Swift values.
    ///
    /// This is the only place that calls libcmark. The C tree is freed before returning.
    /// Line numbers are those of `text`; pass a text whose leading lines were blanked
    /// (see ``FrontMatter``) to keep line numbers identical to the file on disk.
    public init(parsing text: String) {
        var text = text
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else {
            self.init(blocks: [])
            return
        }
        defer { cmark_node_free(root) }
        var converter = CommonMarkConverter()
        self.init(blocks: converter.blocks(under: root))
    }
}

/// Walks a libcmark tree. Internal: only ``MarkdownDocument/init(parsing:)`` uses it.
struct CommonMarkConverter {
    /// One builder for every paragraph of the document, so its work space is made once.
    private var builder = InlineTextBuilder()

    static func point(_ node: OpaquePointer) -> SourcePoint {
        SourcePoint(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    mutating func blocks(under parent: OpaquePointer) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(Self.childCount(parent))
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    mutating func block(_ node: OpaquePointer) -> Block? {
        let at = Self.point(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), text: inlineText(under: node), at: at)
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(text: inlineText(under: node), at: at)
        case CMARK_NODE_LIST:
            var items: [ListItem] = []
            items.reserveCapacity(Self.childCount(node))
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(ListItem(blocks: blocks(under: item), at: Self.point(item)))
                child = cmark_node_next(item)
            }
            return .list(items: items, at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks: blocks(under: node), at: at)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(at: at)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK:
            return .html(at: at)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(at: at)
        default:
            return nil
        }
    }

    /// How many children a node has (arrays get their room at once instead of growing).
    static func childCount(_ parent: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(parent)
        while let node = child {
            count += 1
            child = cmark_node_next(node)
        }
        return count
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
    /// Whether any text so far holds a `#` (scannable) or a `:` (display), found with memchr
    /// as the literals come in, so that most lines are never searched again for tags or fields.
    private var sawHash = false
    private var sawColon = false

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
                    sawHash = sawHash || Self.holds(0x23, text)
                    sawColon = sawColon || Self.holds(0x3A, text)
                }
            case CMARK_NODE_CODE:
                if display == nil { display = scannable }
                display!.append(0x60)
                Self.withLiteral(node) { text in
                    display!.append(contentsOf: text)
                    sawColon = sawColon || Self.holds(0x3A, text)
                }
                display!.append(0x60)
                scannable.append(0x20)
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE:
                if display == nil { display = scannable }
                scannable.append(0x20)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                endLine()
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                // A link's or image's text is text; its destination is not.
                add(inlinesUnder: node)
            default:
                break
            }
            child = cmark_node_next(node)
        }
    }

    private static func holds(_ byte: UInt8, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        return memchr(base, Int32(byte), text.count) != nil
    }

    private static func withLiteral(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let c = cmark_node_get_literal(node) else { return }
        c.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(c))) }
    }

    private mutating func endLine() {
        lines.append(InlineText.Line(scannable: String(decoding: scannable, as: UTF8.self),
                                     separateDisplay: display.map { String(decoding: $0, as: UTF8.self) },
                                     firstAnchor: firstAnchor, moreAnchors: moreAnchors))
        scannable.removeAll(keepingCapacity: true)
        display = nil
        firstAnchor = nil
        moreAnchors = []
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
