import Foundation
import Testing
@testable import TendMarkdown

/// The fast reader of simple front matter must give exactly what Yams gives, or decline.
struct SimpleYAMLTests {
    /// Front matter the fast reader takes on its own; each is checked against Yams.
    static let simple: [String] = [
        "mood: 6\n",
        "date: 2026-11-02T22:30:00-08:00\ntype: journey\nsession: 3\n",
        "tags: [a, b]\n",
        "tags: [ rest , sobriety, rêve ]\n",
        "tags: []\nmood: 4\n",
        "tags: rest, sobriety, rêve\n",
        "emotions: [love, confusion, awe, melancholy]\n",
        "practices:\n  - tai chi 25 min\n  - meditation 40 min\n",
        "practices:\n- yoga\n- walk 20m\ntitle: A long day\n",
        "practices:\n\n  - yoga\n\n  - walk\n",
        "title: Session 3, the lake {again}\n",
        "title: it's fine (really)\n",
        "intention: Let the tiredness speak first   \n",
        "anxiety: -2\nsleep: 7.5\n",
        "link: https://example.org/a?b=c\n",
        "time: 10:00\n",
        "a: 1\r\nb: [x, y]\r\nc:\r\n  - z\r\n",
        "\n\nmood: 6\n",
        "naïve: no\n".replacingOccurrences(of: "naïve", with: "naive"),
        "intention: été — à la mer 🌊 ok\nmood: 5",
        "my key: value\nsnake_case: 1\nkebab-key: 2\n",
        "empty list: []\n",
        "x: ~\ny: null\nz: true\n",
        "weird: a:b\n",
        "date: \"2021-01-19\"\n",
        "tags: \"#shame #fear #people/sam #integration\"\nmood: 3\n",
        "title: 'a: b # c'   \n",
        "title: \"\"\n",
        "title: 'single'\n",
        "a:\n  b: 1\n",
        "emotions:\n  joy: 9\n  frustration: 8\nmood: 6\n",
        "feelings:\n    grief: 7\n    relief: \"4/10\"\n",
        "m:\n  x: [a, b]\n  y: 'q'\nn: 2\n",
        "a:\r\n  b: 1\r\n",
        "a:\n\n  b: 1\n\n  c: 2\n",
        "a:\n  b: 1\nc:\n  - x\n",
        "a: {b: 1}\n",
        "emotions: {irritable: 8, gratitude: 2}\n",
        "feelings: {acceptance: 4, overwhelm: 10, serenity: 7}\nmood: 4\n",
        "a: { b: -2 ,c: 7.5 ,  my key: two words }  \n",
        "a: {b: rêve, c: 🌊}\nd: [x]\n",
    ]

    /// Front matter that must go to Yams (which may read it, or report an error).
    static let declined: [String] = [
        "",
        "\n\n",
        "title: \"with \\\"escape\\\"\"\n",
        "title: 'it''s'\n",
        "title: 'it''\n",
        "title: \"open\n",
        "title: \"closed\" then more\n",
        "title: \"closed\" # comment\n",
        "title: \"two\n  lines\"\n",
        "tags: [\"a\", b]\n",
        "tags: [a, #b]\n",
        "title: C#\n",
        "a: 1 # a comment\n",
        "# only a comment\na: 1\n",
        "a:\n  b:\n    c: 1\n",
        "a:\n  b: 1\n   c: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a:\n  b: 1\n  - x\n",
        "a:\n  - x\n  b: 1\n",
        "a:\n  b: 1\n  b: 2\n",
        "a:\n  b: 1 # c\n",
        "a:\n  just text\n",
        "a:\n  b: 1\nc:\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a:\n",
        "a:\nb: 1\n",
        "a: b: c\n",
        "a: ends with colon:\n",
        "a: [1, 2\n",
        "a: [1, [2]]\n",
        "a: [x: 1]\n",
        "a: [1, 2,]\n",
        "a: [1] extra\n",
        "a: {}\n",
        "a: { }\n",
        "a: {b: 1,}\n",
        "a: {b: 1, b: 2}\n",
        "a: {b: {c: 1}}\n",
        "a: {b: [1]}\n",
        "a: {b: 1} extra\n",
        "a: {b:1}\n",
        "a: {b: 1\n",
        "a: {b}\n",
        "a: {b: 'q'}\n",
        "a: {b: 1 # c}\n",
        "a: {b: x:y}\n",
        "a: {-b: 1}\n",
        "a: {b :1}\n",
        "a: 1\na: 2\n",
        "a:\tb\n",
        "a: one\n  continued\n",
        "- a\n- b\n",
        "a:\n  - x\n    - y\n",
        "a:\n  - x\n - y\n",
        "a:\n  - b: 1\n",
        "a:\n  - - x\n",
        "a:\n  -\n",
        "a: - x\n",
        "a:b\n",
        "a : b\n",
        "---\na: 1\n",
        "a: x\u{85}y\n",
        "a: x\u{2028}y\n",
        "a: x\u{FEFF}y\n",
        "a: @x\n",
        "a: `x`\n",
        "a: %x\n",
        "a: ?x\n",
        "a: -x\n",
        "a: x\ry\n",
        "é: 1\n",
    ]

    @Test(arguments: simple)
    func simpleFrontMatterMatchesYams(_ yaml: String) throws {
        let fast = SimpleYAML.read(yaml, firstLine: 2)
        #expect(fast != nil, "the fast reader should take this one")
        #expect(fast == (try YAMLValue.readWithYams(yaml, firstLine: 2)))
    }

    @Test(arguments: declined)
    func otherFrontMatterGoesToYams(_ yaml: String) {
        #expect(SimpleYAML.read(yaml, firstLine: 2) == nil)
    }

    /// Every front matter of the sample vault and the test fixtures: the fast reader takes
    /// most of them and agrees with Yams on every one it takes.
    @Test func realFrontMatterMatchesYams() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var taken = 0
        var total = 0
        for folder in ["sample-vault", "Tests/TendCLITests/Fixtures", "Tests/TendIndexTests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
            for file in files {
                guard let data = try? Data(contentsOf: file) else { continue }
                let split = FrontMatter(splitting: SourceText(decoding: Array(data)).text)
                guard let yaml = split.yaml else { continue }
                total += 1
                let yams = try? YAMLValue.readWithYams(yaml, firstLine: split.yamlFirstLine)
                if let fast = SimpleYAML.read(yaml, firstLine: split.yamlFirstLine) {
                    taken += 1
                    #expect(fast == yams, "\(file.path)")
                }
            }
        }
        #expect(total > 40)
        #expect(taken * 10 >= total * 7, "the fast reader took only \(taken) of \(total)")
    }
}
