import CCmark

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
        self.init(blocks: CommonMarkConverter.blocks(under: root))
    }
}

/// Walks a libcmark tree. Internal: only ``MarkdownDocument/init(parsing:)`` uses it.
enum CommonMarkConverter {
    static func point(_ node: OpaquePointer) -> SourcePoint {
        SourcePoint(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    static func literal(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_literal(node) else { return "" }
        return String(cString: c)
    }

    static func blocks(under parent: OpaquePointer) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    static func block(_ node: OpaquePointer) -> Block? {
        let at = point(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines: inlines(under: node), at: at)
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines: inlines(under: node), at: at)
        case CMARK_NODE_LIST:
            var items: [ListItem] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(ListItem(blocks: blocks(under: item), at: point(item)))
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

    static func inlines(under parent: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                let line = Int(cmark_node_get_start_line(node))
                result.append(.text(literal(node), at: line > 0 ? point(node) : nil))
            case CMARK_NODE_CODE:
                result.append(.code(literal(node)))
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE:
                result.append(.html(literal(node)))
            case CMARK_NODE_SOFTBREAK:
                result.append(.softBreak)
            case CMARK_NODE_LINEBREAK:
                result.append(.lineBreak)
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                result.append(.emphasis(inlines(under: node)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                result.append(.link(destination: url, children: inlines(under: node)))
            default:
                break
            }
            child = cmark_node_next(node)
        }
        return result
    }
}
