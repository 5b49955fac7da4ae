import Foundation
import Testing
import TendCore

/// Problems found while reading are ``Diagnostic`` values with a place, compared exactly.
struct DiagnosticTests {
    /// Front matter and configuration errors, one line per case: text -> the diagnostic.
    @Test(arguments: [
        // broken front matter: an error at the YAML parser's place (the file's line)
        ("---\ndate: 2026-11-04\ntags: [a, b\nmood: 3\n---\nx\n",
         Diagnostic(.error, line: 4, column: 5, "the front matter is not valid YAML (did not find expected ',' or ']'); the rest of the entry was still read")),
        // front matter that is a list, not keys
        ("---\n- just\n- a list\n---\n",
         Diagnostic(.error, line: 2, column: 1, "the front matter is not a list of 'key: value' lines, so it was left aside; the rest of the entry was still read")),
        // (a key written twice: EntryTests.keyWrittenTwice)
    ])
    func frontMatter(text: String, expected: Diagnostic) {
        #expect(parse(text).problems == [expected])
    }

    @Test(arguments: [
        // .tend/config.yaml -> its problems
        ("week_start: someday\n", [Diagnostic(.error, line: 1, column: 13, "week_start should be a day name like monday or sunday")]),
        ("links: both\n", [Diagnostic(.error, line: 1, column: 8, "links should be 'markdown' or 'wiki'")]),
        ("week_start: [monday\n", [Diagnostic(.error, line: 2, column: 1, "the front matter is not valid YAML (did not find expected ',' or ']'); tend uses its defaults until it is fixed")]),
    ])
    func configuration(yaml: String, expected: [Diagnostic]) {
        #expect(Configuration.read(yaml: yaml).1 == expected)
    }

    @Test func anEntrysProblemIsPlacedInItsFile() {
        let found = Diagnostic(.warning, line: 2, column: 3, "tend does not know the feeling 'hapy' yet (did you mean 'happy'?)")
        #expect(found.placed(in: "2026/11/03.md") == Diagnostic(.warning, "tend does not know the feeling 'hapy' yet (did you mean 'happy'?)",
                                                            at: Place(path: "2026/11/03.md", line: 2, column: 3)))
        #expect(Diagnostic.error("no place").placed(orIn: "a.md").place == Place(path: "a.md"))
        #expect(Diagnostic.error("placed", path: "b.md").placed(orIn: "a.md").place == Place(path: "b.md"))
    }

    /// The index stores an entry's problems as JSON: the keys stay the ones indexes already hold.
    @Test func storedAsSeverityLineColumnMessage() throws {
        let problem = Diagnostic(.warning, line: 2, column: 3, "a sentence")
        let json = try JSONEncoder().encode(problem)
        let keys = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]).keys.sorted()
        #expect(keys == ["column", "line", "message", "severity"])
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(#"{"severity":"error","line":4,"column":1,"message":"m"}"#.utf8))
                == Diagnostic(.error, line: 4, column: 1, "m"))
    }
}
