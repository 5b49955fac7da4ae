import Testing
@testable import TendCore

/// zk's notebook conventions. Cases from zk `internal/adapter/markdown/markdown_test.go`
/// (test names in the comments).
struct ZkTests {
    /// Front matter tags and keywords → themes.
    static let frontMatter: [(String, [String])] = [
        // TestParseTagsFromFrontmatter
        ("---\nTags:\n    - \"#tag1\"\n    - tag 2\n---\n\nBody\n", ["tag 2", "tag1"]),
        ("---\nKeywords: [keyword1, \"#keyword 2\"]\n---\n\nBody\n", ["keyword 2", "keyword1"]),
        ("---\ntags: [tag1, \"   tag 2  \"]\nkeywords:\n    - keyword1  \n    - keyword 2\n---\n\nBody\n", ["keyword 2", "keyword1", "tag 2", "tag1"]),
        ("---\nTags: \"tag1   #tag-2\"\nKeywords: kw1 kw2 kw3\n---\n\nBody\n", ["kw1", "kw2", "kw3", "tag-2", "tag1"]),
        // TestParseTagsIgnoresDuplicates
        ("---\nTags: [tag1, \"#tag1\", tag2]\n---\n\n#tag1 #tag2 #tag3 #tag3\n", ["tag1", "tag2", "tag3"]),
        // The issue's own: a list item with digits stays whole, never a digits-only theme.
        ("---\ntags:\n  - session 2\n---\n", ["session 2"]),
        ("---\nkeyword: grief\n---\n", ["grief"]),
        // `integration` names the kind of entry (issue 14), so it is not a theme.
        ("---\nkeyword: integration\n---\n", []),
    ]

    @Test(arguments: frontMatter)
    func tagsAndKeywords(_ input: String, _ expected: [String]) {
        let entry = parse(input)
        #expect(entry.themes == expected)
        #expect(entry.metrics.isEmpty)
    }

    /// Hashtags in the body (TestParseHashtags). Three of zk's cases are left out on purpose,
    /// where tend reads tags as Obsidian does (docs/vault-format.md, "zk"): `#multiple#hashtags`
    /// (Obsidian tags `multiple`), `#a/@'~-_$%&+=:` (those signs end an Obsidian tag) and
    /// `#an\ \\espaced\ tag\!` (Obsidian has no escaped spaces in tags).
    static let hashtags: [(String, [String])] = [
        ("", []),
        ("#", []),
        ("##", []),
        ("# No tags around here", []),
        ("#single-hashtag", ["single-hashtag"]),
        ("a #tag in the middle", ["tag"]),
        ("#multiple #hashtags", ["hashtags", "multiple"]),
        ("#libellé-français, #日本語ハッシュタグ", ["libellé-français", "日本語ハッシュタグ"]),
        ("#123, #1.2.3", []),
        ("##invalid also#invalid", []),
        // zk's default leaves Bear's tags of several words off; tend always reads them, as zk
        // does with `multiword-tags` on (TestParseWordtags, in TagTests).
        ("#multi word# end", ["multi word"]),
        ("#a", ["a"]),
        ("#a #b, #c; #d. #e! #f? #g* #h\", #i(, #j), #k[, #l], #m{, #n}",
         ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"]),
        // The issue's own: a bare #practice is a theme; only #practice/NAME is a marker.
        ("Morning #practice", ["practice"]),
        ("Morning #practice/yoga", []),
    ]

    @Test(arguments: hashtags)
    func bodyHashtags(_ input: String, _ expected: [String]) {
        #expect(parse(input).themes == expected)
    }
}
