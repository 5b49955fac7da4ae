import Testing
@testable import TendMarkdown

/// The Markdown and YAML layer: line numbers and columns as they are on disk.
struct MarkdownTests {
    static let splits: [(String, String?, Int, Bool)] = [
        // (text, yaml, closing line, unclosed)
        ("---\na: 1\n---\nbody", "a: 1\n", 3, false),
        ("---\r\na: 1\r\n---\r\nbody", "a: 1\r\n", 3, false),
        ("---\na: 1\n...\nbody", "a: 1\n", 3, false),
        ("---  \na: 1\n---\t\n", "a: 1\n", 3, false),
        ("---\n---\n", "", 2, false),
        ("---\na: 1\n", nil, 0, true),
        ("body\n---\na: 1\n---\n", nil, 0, false),
        ("----\na\n---\n", nil, 0, false),
        ("", nil, 0, false),
    ]

    @Test(arguments: splits)
    func frontMatterSplit(_ text: String, _ yaml: String?, _ closing: Int, _ unclosed: Bool) {
        let split = FrontMatter(splitting: text)
        #expect(split.yaml == yaml)
        #expect(split.closingLine == closing)
        #expect(split.isUnclosed == unclosed)
    }

    @Test func bodyKeepsFileLineNumbers() {
        let split = FrontMatter(splitting: "---\na: 1\n---\n# Title\n")
        let doc = MarkdownDocument(parsing: split.body)
        #expect(doc.blocks.first?.at.line == 4)
    }

    static let columns: [(String, Int, Int, Int)] = [
        // (line text, byte column, expected character column, line)
        ("abc", 3, 3, 1),
        ("é #x", 4, 3, 1),
        ("日本 #x", 8, 4, 1),
        ("a\nüx", 3, 2, 2),
        ("a\r\nüx", 3, 2, 2),
        ("🌊 #x", 6, 3, 1),
    ]

    @Test(arguments: columns)
    func characterColumn(_ text: String, _ byteColumn: Int, _ expected: Int, _ line: Int) {
        #expect(LineTable(text).characterColumn(line: line, byteColumn: byteColumn) == expected)
    }

    @Test func linesEndAtLFCRLFAndCR() {
        let table = LineTable("a\nb\r\nc\rd")
        #expect(table.count == 4)
        #expect((1...4).map(table.line) == ["a", "b", "c", "d"])
    }

    @Test func yamlPositionsAreFileLines() throws {
        let value = try YAMLValue.read("mood: 6\ntags: [a, b]\n", firstLine: 2)
        guard case .mapping(let pairs, _)? = value else { Issue.record("not a mapping"); return }
        #expect(pairs.map(\.key) == ["mood", "tags"])
        #expect(pairs.map(\.at.line) == [2, 3])
        #expect(pairs[0].value == .scalar("6", isPlain: true, at: TextPosition(line: 2, column: 7)))
    }

    @Test func yamlDatesStayText() throws {
        let value = try YAMLValue.read("date: 2026-11-02T22:30:00-08:00\n")
        guard case .mapping(let pairs, _)? = value else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.scalarText == "2026-11-02T22:30:00-08:00")
    }

    @Test func yamlErrorCarriesTheFileLine() {
        #expect(throws: YAMLProblem.self) { try YAMLValue.read("a: [1, 2\nb: 3\n", firstLine: 2) }
        do {
            _ = try YAMLValue.read("a: 1\n  b: : 2\n", firstLine: 5)
            Issue.record("expected an error")
        } catch {
            #expect(error.at.line == 6)
        }
    }

    static let decodings: [([UInt8], String, Bool, Bool)] = [
        // (bytes, text, windows-1252, byte-order mark)
        (Array("plain".utf8), "plain", false, false),
        ([0xEF, 0xBB, 0xBF] + Array("bom".utf8), "bom", false, true),
        ([0x63, 0x61, 0x66, 0xE9], "café", true, false),
        ([0x93, 0x71, 0x94], "\u{201C}q\u{201D}", true, false),
        ([0xE2, 0x82, 0xAC], "€", false, false),
    ]

    @Test(arguments: decodings)
    func decoding(_ bytes: [UInt8], _ text: String, _ windows: Bool, _ bom: Bool) {
        let source = SourceText(decoding: bytes)
        #expect(source.text == text)
        #expect(source.wasWindows1252 == windows)
        #expect(source.hadByteOrderMark == bom)
        #expect(!source.looksBinary)
    }

    @Test func inlinesKeepCodeAndLinksApart() {
        let doc = MarkdownDocument(parsing: "a `#code` [text](https://x.org/#frag) <b>#html</b>\nsecond *line*\n")
        guard case .paragraph(let text, _)? = doc.blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.lines.count == 2)
        // Code and HTML are a space in the text scanned for tags; link text stays, its destination never shows.
        #expect(text.lines[0].scannable == "a   text  #html ")
        #expect(text.lines[0].display == "a `#code` text #html")
        #expect(text.lines[1].scannable == "second line")
        #expect(text.lines[1].separateDisplay == nil)
        // Each piece of text knows where it starts: `text` is at byte column 12 of line 1, `#html` at 42.
        #expect(text.lines[0].anchors.map(\.offset) == [0, 3, 4, 8, 10])
        #expect(text.lines[0].anchors.map(\.point) == [1, 10, 12, 38, 42].map { SourcePoint(line: 1, byteColumn: $0) })
        #expect(text.lines[1].start == SourcePoint(line: 2, byteColumn: 1))
        #expect(text.mayHoldTags && text.mayHoldFields == false)
    }

    /// The quick flags say where a `#` or a `:` may be; a text without them is never searched again.
    @Test(arguments: [
        ("plain words\nand more", false, false), ("a #tag", true, false), ("key:: value", false, true),
        ("`#code` and `a::b`", false, true), ("[link #x](https://x.org/#y)", true, false),
        ("line one\nthen #late", true, false), ("<b>#html</b>", true, false), ("*mood*: 6", false, true),
    ])
    func inlineFlagsFollowTheText(markdown: String, tags: Bool, fields: Bool) {
        let doc = MarkdownDocument(parsing: markdown)
        guard case .paragraph(let text, _)? = doc.blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.mayHoldTags == tags, "\(markdown)")
        #expect(text.mayHoldFields == fields, "\(markdown)")
    }

    /// One builder lays out every paragraph of a document: nothing of one is left in the next.
    @Test func eachParagraphStartsAfresh() {
        let doc = MarkdownDocument(parsing: "first `code` #tag\nkey:: value\n\n# A heading\n\n- item\n\nlast words\n")
        var texts: [InlineText] = []
        for block in doc.blocks {
            switch block {
            case .paragraph(let text, _), .heading(_, let text, _): texts.append(text)
            case .list(let items, _): for case .paragraph(let text, _) in items.flatMap(\.blocks) { texts.append(text) }
            default: break
            }
        }
        #expect(texts.map { $0.lines.map(\.display) } == [["first `code` #tag", "key:: value"], ["A heading"], ["item"], ["last words"]])
        #expect(texts.map { $0.lines.map { $0.separateDisplay != nil } } == [[true, false], [false], [false], [false]])
        #expect(texts.map(\.mayHoldTags) == [true, false, false, false])
        #expect(texts.map(\.mayHoldFields) == [true, false, false, false])
        #expect(texts.map { $0.lines.map { $0.anchors.count } } == [[2, 1], [1], [1], [1]])
    }
}
