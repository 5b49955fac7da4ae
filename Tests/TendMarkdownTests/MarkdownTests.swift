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
        ("---\ntitle: café 🌊\n---\nbody", "title: café 🌊\n", 3, false),
        ("---\n...\n", "", 2, false),
        ("---\n--- x\n----\n---\n", "--- x\n----\n", 4, false),
    ]

    @Test(arguments: splits)
    func frontMatterSplit(_ text: String, _ yaml: String?, _ closing: Int, _ unclosed: Bool) {
        let split = FrontMatter(splitting: text)
        #expect(split.yaml == yaml)
        #expect(split.closingLine == closing)
        #expect(split.isUnclosed == unclosed)
    }

    /// The body keeps every line of the file, the front matter's lines left empty.
    @Test(arguments: [
        ("---\na: 1\n---\nbody", "\n\n\nbody"),
        ("---\r\na: é\r\n---\r\nbody\r\n", "\n\n\nbody\r\n"),
        ("---\na: 1\n---", "\n\n\n"),
        ("no front matter\n---\n", "no front matter\n---\n"),
        ("---\na: 1\n", "---\na: 1\n"),
    ])
    func bodyBlanksTheFrontMatter(_ text: String, _ body: String) {
        #expect(FrontMatter(splitting: text).body == body)
    }

    @Test func bodyKeepsFileLineNumbers() {
        let split = FrontMatter(splitting: "---\na: 1\n---\n# Title\n")
        #expect(Recorder(split.body).events.first?.at.line == 4)
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

    /// The quick UTF-8 reader agrees with the standard library's on every text: valid ones
    /// (ASCII runs short and long around accents, CJK and emoji) and broken ones (stray
    /// continuation bytes, cut sequences, overlong forms, surrogates, beyond U+10FFFF).
    @Test func utf8ReaderAgreesWithTheStandardLibrary() {
        let pieces: [[UInt8]] = [
            Array("é".utf8), Array("日本".utf8), Array("🌊".utf8), Array("\u{FE0F}".utf8), Array("\u{10FFFF}".utf8),
            Array("\u{07FF}".utf8), Array("\u{0800}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("\u{10000}".utf8),
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC3], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE2, 0x82],
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x9F, 0x8C], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var valid = 0
        var invalid = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            // Half the texts take only the valid pieces, so that long valid texts are common.
            let mayBreak = next(2) == 0
            for _ in 0..<next(6) {
                bytes += Array(repeating: UInt8(0x61 + next(26)), count: [0, 1, 7, 8, 9, 63, 64, 65, 200][next(9)])
                let piece = pieces[next(pieces.count)]
                if mayBreak || String(validating: piece, as: UTF8.self) != nil { bytes += piece }
            }
            let expected = String(validating: bytes, as: UTF8.self)
            let found = bytes.withUnsafeBufferPointer(SourceText.utf8)
            #expect(found == expected, "\(bytes)")
            if expected == nil { invalid += 1 } else { valid += 1 }
        }
        #expect(valid > 500 && invalid > 500)
    }

    @Test func inlinesKeepCodeAndLinksApart() {
        guard let text = Recorder("a `#code` [text](https://x.org/#frag) <b>#html</b>\nsecond *line*\n").texts.first else {
            Issue.record("no paragraph"); return
        }
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
        guard let text = Recorder(markdown).texts.first else { Issue.record("no paragraph"); return }
        #expect(text.mayHoldTags == tags, "\(markdown)")
        #expect(text.mayHoldFields == fields, "\(markdown)")
    }

    /// One builder lays out every paragraph of a document: nothing of one is left in the next.
    @Test func eachParagraphStartsAfresh() {
        let texts = Recorder("first `code` #tag\nkey:: value\n\n# A heading\n\n- item\n\nlast words\n").texts
        #expect(texts.map { $0.lines.map(\.display) } == [["first `code` #tag", "key:: value"], ["A heading"], ["item"], ["last words"]])
        #expect(texts.map { $0.lines.map { $0.separateDisplay != nil } } == [[true, false], [false], [false], [false]])
        #expect(texts.map(\.mayHoldTags) == [true, false, false, false])
        #expect(texts.map(\.mayHoldFields) == [true, false, false, false])
        #expect(texts.map { $0.lines.map { $0.anchors.count } } == [[2, 1], [1], [1], [1]])
    }

    /// The blocks are handed on in document order; code, HTML and thematic breaks are not
    /// handed on; a list item hands on its leading paragraphs, then its other blocks.
    static let walks: [(String, [String])] = [
        // (markdown, what the reader hands on: kind@line and the text)
        ("# Title\n\ntext\n", ["h1@1 Title", "p@3 text"]),
        ("```\n#code\n```\n\n<div>#html</div>\n\n---\n\nafter\n", ["p@9 after"]),
        ("- one\n- two\n", ["item@1 one", "item@2 two"]),
        ("- first\n\n  second\n- next\n", ["item@1 first|second", "item@4 next"]),
        ("- parent\n  - child\n", ["item@1 parent", "item@2 child"]),
        ("- ```\n  code\n  ```\n  after code\n", ["p@4 after code"]),
        ("- \n", []),
        ("> quoted\n>\n> - in a quote\n", ["p@1 quoted", "item@3 in a quote"]),
        ("> [!note] Title\n> body\n", ["p@1 [!note] Title body"]),
        ("1. ordered\n   ## inside\n", ["item@1 ordered", "h2@2 inside"]),
        ("Setext\n======\n", ["h1@1 Setext"]),
    ]

    /// Regression: a list or quote nested 50,000 deep (`'- ' * 50000`, `'> - ' * 50000`)
    /// overflowed the stack (SIGSEGV) in every command; so did emphasis nested as deep.
    static let deepNesting: [(String, [String])] = [
        // (markdown, what the reader hands on)
        (String(repeating: "- ", count: 100) + "x\n", ["item@1 x"]),
        (String(repeating: "- ", count: 101) + "x\n", ["too deep@1:201"]),
        (String(repeating: "- ", count: 50_000) + "x\n", ["too deep@1:201"]),
        (String(repeating: "> - ", count: 50_000) + "x\n", ["too deep@1:201"]),
        (String(repeating: "> ", count: 50_000) + "x\n", ["too deep@1:201"]),
        (String(repeating: "*", count: 30_000) + "a" + String(repeating: "*", count: 30_000) + "\n", ["p@1 a"]),
    ]

    @Test(arguments: deepNesting)
    func deepNestingIsBounded(_ markdown: String, _ expected: [String]) {
        #expect(Recorder(markdown).events.map(\.summary) == expected)
    }

    @Test(arguments: walks)
    func readerHandsOnBlocksInOrder(_ markdown: String, _ expected: [String]) {
        #expect(Recorder(markdown).events.map(\.summary) == expected, "\(markdown)")
    }
}

/// Records what ``CommonMark/read(_:into:)`` hands on, in order.
private struct Recorder: MarkdownVisitor {
    enum Event {
        case heading(Int, InlineText, SourcePoint)
        case paragraph(InlineText, SourcePoint)
        case item([InlineText], SourcePoint)
        case tooDeep(SourcePoint)

        var at: SourcePoint {
            switch self {
            case .heading(_, _, let at), .paragraph(_, let at), .item(_, let at), .tooDeep(let at): at
            }
        }

        /// `kind@line text`, the paragraphs of an item joined by `|`.
        var summary: String {
            func text(_ t: InlineText) -> String { t.lines.map(\.display).joined(separator: " ") }
            switch self {
            case .heading(let level, let t, let at): return "h\(level)@\(at.line) \(text(t))"
            case .paragraph(let t, let at): return "p@\(at.line) \(text(t))"
            case .item(let ts, let at): return "item@\(at.line) " + ts.map(text).joined(separator: "|")
            case .tooDeep(let at): return "too deep@\(at.line):\(at.byteColumn)"
            }
        }
    }

    var events: [Event] = []

    init(_ markdown: String) { CommonMark.read(markdown, into: &self) }

    /// Every text handed on, an item's paragraphs one by one.
    var texts: [InlineText] {
        events.flatMap { event -> [InlineText] in
            switch event {
            case .heading(_, let t, _), .paragraph(let t, _): [t]
            case .item(let ts, _): ts
            case .tooDeep: []
            }
        }
    }

    mutating func heading(level: Int, text: InlineText, at: SourcePoint) {
        events.append(.heading(level, text, at))
    }

    mutating func paragraph(_ text: InlineText, at: SourcePoint) { events.append(.paragraph(text, at)) }

    mutating func listItem(paragraphs: [InlineText], at: SourcePoint, holdsList: Bool) { events.append(.item(paragraphs, at)) }

    mutating func nestedTooDeep(at: SourcePoint) { events.append(.tooDeep(at)) }
}
