import Testing
@testable import TendIndex
import TendCore

@Suite("Search patterns")
struct SearchPatternTests {
    @Test("patterns become FTS5 queries with every word quoted", arguments: [
        ("grief", #""grief""#),
        ("grief father", #""grief" "father""#),
        ("grie*", #""grie"*"#),
        (#""held on an ordinary day""#, #""held on an ordinary day""#),
        ("grief OR anger", #""grief" OR "anger""#),
        ("grief NOT anger", #""grief" NOT "anger""#),
        ("(grief OR anger) AND dad", #"( "grief" OR "anger" ) AND "dad""#),
        ("don't", #""don't""#),
        ("#trust", ##""#trust""##),
        ("or and", #""or" "and""#),
    ])
    func fts(_ input: String, _ expected: String) throws {
        #expect(try SearchPattern(input).ftsQuery == expected)
    }

    @Test("patterns that cannot be read say why", arguments: ["(grief", "grief)", "\"open phrase", "   "])
    func problems(_ input: String) {
        #expect(throws: SearchPattern.Problem.self) { try SearchPattern(input) }
    }

    @Test("terms under NOT are not highlighted")
    func notTerms() throws {
        let p = try SearchPattern("grief NOT (anger OR rage) dad")
        #expect(p.terms.map(\.words) == [["grief"], ["dad"]])
    }

    @Test("lines are matched folded, by whole words or prefixes, with character columns", arguments: [
        ("cafe", "Un café au lait", [3..<7]),
        ("CAFÉ", "the cafe", [4..<8]),
        ("grie*", "Grief, grieving, agrief", [0..<5, 7..<15]),
        ("grief", "grieving is not grief", [16..<21]),
        (#""ordinary day""#, "an ordinary  day, an ordinary night", [3..<16]),
        ("naive", "🌊 naïve", [2..<7]),
        ("dad", "nothing here", []),
    ])
    func lineMatches(_ pattern: String, _ line: String, _ expected: [Range<Int>]) throws {
        #expect(try SearchPattern(pattern).matches(in: line[...]) == expected)
    }

    @Test("--where conditions", arguments: [
        ("mood>5", "mood", FieldCondition.Comparison.greater, "5"),
        ("Mood<=3", "mood", .lessOrEqual, "3"),
        ("therapist=Reyes", "therapist", .equal, "Reyes"),
        ("phq9 >= 10", "phq9", .greaterOrEqual, "10"),
        ("mood>-1.5", "mood", .greater, "-1.5"),
        ("started<2026-11-01", "started", .less, "2026-11-01"),
    ])
    func conditions(_ text: String, _ key: String, _ comparison: FieldCondition.Comparison, _ value: String) throws {
        let c = try FieldCondition(parsing: text)
        #expect(c.key == key && c.comparison == comparison && c.value == value)
    }

    /// Issue 15: `--where mood!=3` was read as the key `mood!` and `mood>high` as a text
    /// comparison; both found nothing, silently. Each is refused with a sentence now.
    @Test("a --where tend cannot read is refused with a sentence", arguments: [
        ("mood", "has no comparison"),
        ("", "has no comparison"),
        ("=5", "needs the name of a field"),
        ("mood=", "needs a value after '='"),
        ("mood!=3", "'!=' in 'mood!=3' is not one of them"),
        ("mood==3", "'==' in 'mood==3' is not one of them"),
        ("mood=>3", "'=>' in 'mood=>3' is not one of them"),
        ("mood=~sad", "'=~' in 'mood=~sad' is not one of them"),
        ("mood>high", "compares numbers (or days written YYYY-MM-DD); 'high' is neither"),
        ("mood<=6/10", "'6/10' is neither"),
    ])
    func badConditions(_ text: String, _ words: String) {
        #expect {
            try FieldCondition(parsing: text)
        } throws: { error in
            (error as? FieldCondition.Problem)?.description.contains(words) == true
        }
    }

    @Test("trend: last 4 weeks against the 4 before", arguments: [
        (5, 2, Trend.rising), (2, 5, .fading), (0, 0, .fading), (3, 3, .steady), (11, 10, .steady), (1, 0, .rising), (0, 1, .fading),
    ])
    func trend(_ recent: Int, _ previous: Int, _ expected: Trend) {
        #expect(ThemeSummary.trend(recent: recent, previous: previous) == expected)
    }
}
