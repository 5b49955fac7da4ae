import Testing
import TendCore
@testable import TendIndex

/// The searcher: what `tend grep` finds in one entry, as `LINE:COLUMN` and the character ranges
/// of every match (0-based, end excluded). The entry's body starts on file line 6.
@Suite("Searcher")
struct SearcherTests {
    static let body = [
        "Un café au lait, then grief.",                // line 6
        "Grieving is not grief; Déjà vu again.",       // line 7
        "an ordinary  day, an ordinary night",         // line 8
        "🌊 naïve grieving griff GRIEF\r",              // line 9, ends in CRLF
    ].joined(separator: "\n")

    func found(_ query: SearchQuery) throws -> [String] {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", Self.body), modified: 1_000)
        let (index, _) = try vault.sync()
        return try index.search(query, filter: SearchFilter()).flatMap { entry in
            entry.lines.map { "\($0.line):\($0.column) \($0.ranges.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ","))" }
        }
    }

    @Test("words, phrases and prefixes: folded, whole words, character columns", arguments: [
        ("grief", ["6:23 22..<27", "7:17 16..<21", "9:24 23..<28"]),
        ("cafe", ["6:4 3..<7"]),                                    // accents folded
        ("CAFÉ", ["6:4 3..<7"]),
        (#""deja vu""#, ["7:24 23..<30"]),                           // a phrase with accents
        (#""ordinary day""#, ["8:4 3..<16"]),                        // a phrase across two spaces
        ("grie*", ["6:23 22..<27", "7:1 0..<8,16..<21", "9:9 8..<16,23..<28"]),
        ("naive", ["9:3 2..<7"]),                                    // after an emoji
        ("grief NOT lait", []),                                      // NOT leaves the entry out
        ("grief NOT zebra", ["6:23 22..<27", "7:17 16..<21", "9:24 23..<28"]),
        ("ordinary night", ["8:4 3..<11,21..<29,30..<35"]),
        ("zebra", []),
    ])
    func words(_ pattern: String, _ expected: [String]) throws {
        #expect(try found(.words(SearchPattern(pattern))) == expected)
    }

    @Test("regular expressions: case ignored unless a capital, ^ and $ at line ends, cut at the line's end", arguments: [
        ("gri.f", ["6:23 22..<27", "7:17 16..<21", "9:18 17..<22,23..<28"]),
        ("GRI.F", ["9:24 23..<28"]),                                 // a capital: case counts
        ("F$", ["9:28 27..<28"]),                                    // $ before \r\n
        ("^an", ["8:1 0..<2"]),
        (#"d\w+"#, ["7:24 23..<27", "8:6 5..<11,13..<16,23..<29"]),  // \w knows é and à
        (#"grief.\n"#, ["6:23 22..<28"]),                            // the line break is not shown
        ("naïve", ["9:3 2..<7"]),                                    // accents are not folded
        ("naive", []),
    ])
    func regex(_ pattern: String, _ expected: [String]) throws {
        #expect(try found(.regex(pattern)) == expected)
    }

    @Test("a pattern that matches nothing, everywhere, ends")
    func emptyMatches() throws {
        #expect(try found(.regex("x*")).count == 6)   // the blank line after the front matter, 4 lines, the last empty one
    }

    @Test("a regular expression tend cannot read is a sentence naming where", arguments: [
        ("gri(f", "'gri(f' is not a regular expression tend can read: missing closing parenthesis at its end"),
        ("[a-", "'[a-' is not a regular expression tend can read: missing terminating ] for character class at its end"),
        ("café)", "'café)' is not a regular expression tend can read: unmatched closing parenthesis at character 5"),
    ])
    func badRegex(_ pattern: String, _ sentence: String) {
        #expect(throws: RegularExpression.Problem(description: sentence)) {
            try RegularExpression.compile(pattern, caseless: true) { _ in }
        }
    }
}
