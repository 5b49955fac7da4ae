import GRDB
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

    /// What `query` finds in one entry with `body` (this suite's, unless another is given).
    func found(_ query: SearchQuery, in body: String = body) throws -> [String] {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", body), modified: 1_000)
        let (index, _) = try vault.sync()
        return try index.search(query, filter: SearchFilter()).flatMap { entry in
            entry.lines.map { "\($0.line):\($0.column) \($0.ranges.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ","))" }
        }
    }

    /// Runs `body` on a fresh index with two temporary tables: `probe`, full-text with the
    /// index's own tokenizer as the index's schema declares it, and `words`, the words FTS5
    /// reads in it (`term`, `offset`).
    func withProbe(_ body: (Database) throws -> Void) throws {
        let vault = try TempVault()
        _ = try vault.sync()
        let queue = try DatabaseQueue(path: vault.indexPath)
        defer { try? queue.close() }
        try queue.write { db in
            let declared = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'entry_fts'") ?? ""
            let tokenize = try #require(declared.range(of: "tokenize='")).lowerBound
            let clause = declared[tokenize...].dropLast()   // `tokenize='…'`, without the closing parenthesis
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.probe USING fts5(x, \(clause))")
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.words USING fts5vocab(temp, probe, 'instance')")
            try body(db)
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

    /// Regression: Persian writes a zero-width non-joiner inside many words (`می‌خواهم`). FTS5
    /// reads it as a break and found the entry for `خواهم`, but the line scan read the two
    /// halves as one word, found no line, and the entry was left out: nothing matched.
    @Test("a word after a zero-width non-joiner is found, as FTS5 finds it; one before it too", arguments: [
        ("خواهم", ["6:9 8..<13"]),
        ("می", ["6:7 6..<8"]),
        ("anger", ["7:11 10..<15"]),                                 // `ang‌er` is two words, as in FTS5
    ])
    func afterJoiner(_ word: String, _ expected: [String]) throws {
        let body = "امروز می\u{200C}خواهم آرام باشم\nang\u{200C}er and anger"
        #expect(try found(.words(SearchPattern(word)), in: body) == expected)
    }

    /// Regression: a numbered list written with keycap emoji and no space (`2️⃣Walk`). FTS5
    /// reads the keycap as a break and found the entry for `walk`, but the line scan read `2️⃣`
    /// and `Walk` as one word, found no line, and nothing matched.
    @Test("a word right after a keycap digit is found, as FTS5 finds it", arguments: [
        ("walk", ["6:2 1..<5"]), ("breathe", ["7:3 2..<9"]), ("2", ["6:1 0..<1"]),
    ])
    func afterKeycap(_ word: String, _ expected: [String]) throws {
        #expect(try found(.words(SearchPattern(word)), in: "2️⃣Walk outside\n1️⃣ Breathe") == expected)
    }

    /// Regression: FTS5's tables are older than most emoji, and read 🙂, 🥰 or a skin tone as
    /// letters: `better🙂` was one word, and `tend grep better` found nothing.
    @Test("a word beside an emoji, a skin tone or a newer currency sign is found", arguments: [
        ("better", ["6:9 8..<14"]), ("today", ["6:17 16..<21"]),
        ("ok", ["7:1 0..<2"]), ("fine", ["7:4 3..<7"]), ("hi", ["7:13 12..<14"]), ("there", ["7:16 15..<20"]),
        ("500", ["8:6 5..<8"]), ("grateful", ["8:13 12..<20"]),
    ])
    func besideEmoji(_ word: String, _ expected: [String]) throws {
        let body = "feeling better🙂 today\nok👍🏽fine and hi🥰there\npaid 500₽, 🫶grateful"
        #expect(try found(.words(SearchPattern(word)), in: body) == expected)
    }

    /// Regression: a letter that folds to two (`ß` to `ss`, `ﬁ` to `fi`) stood for one needle
    /// letter only, so the scan never placed `Straße` (folded `strasse`): FTS5 found the entry,
    /// the scan found no line, and nothing matched. Searched as written, each is found.
    @Test("a word whose letter folds to two letters (ß, ﬁ) is found as written", arguments: [
        ("Straße", ["6:5 4..<10"]), ("straße", ["6:5 4..<10"]), ("weiß", ["6:17 16..<20"]),
        ("Grüße", ["7:1 0..<5"]), ("ﬁne", ["7:8 7..<10"]), ("groß", ["7:12 11..<15"]),
    ])
    func foldsToTwo(_ word: String, _ expected: [String]) throws {
        let body = "Die Straße, ich weiß.\nGrüße, ﬁne groß"
        #expect(try found(.words(SearchPattern(word)), in: body) == expected)
    }

    /// What FTS5 finds, the line scan places: for random lines of journal text (many scripts,
    /// accents written both ways, `ß`, emoji of every kind, keycaps, joiners, Markdown, links,
    /// numbers), every word FTS5 indexes in a line and every piece of it as typed, searched,
    /// finds that line whenever FTS5 finds the entry. An entry FTS5 finds but the scan cannot
    /// place is left out of the results, silently: `ß`, a keycap before a word and a Persian
    /// joiner each did that. (Devanagari is left out: FTS5 breaks its words at the vowel signs,
    /// so a single letter finds the entry, but it is no word.)
    @Test("every word FTS5 finds in a line of journal text, the scan finds that line for")
    func placesWhatFTS5Finds() throws {
        let pieces = ["walk", "Breathe", "anger", "Straße", "weiß", "Grüße", "café", "cafe\u{301}", "naïve", "Zoë", "Ærø", "Œuvre", "jalapeño",
                      "Ωμέγα", "θυμό", "Привет", "ёлка", "中文", "日本語", "かな", "한국어", "שלום", "مرحبا", "می\u{200C}خواهم", "ไทย",
                      "'", "’", "“", "-", "–", "—", "_", ".", ",", ":", "!", "…", " ", "\u{00A0}", "\t", "(", "]", "/",
                      "🙂", "👍🏽", "👩\u{200D}💻", "🧘\u{200D}♀️", "🇩🇪", "❤️", "1️⃣", "2️⃣", "#️⃣", "✅", "📅", "⏳", "🔁", "🌊",
                      "#", "@", "1", "10", "3.14", "50%", "€5", "°C", "don't", "l'amour", "co-op", "C++", "#theme/grief", "@mention",
                      "[[Note|alias]]", "**bold**", "_it_", "`code`", "~~gone~~", "http://example.com/a_b", "2026-11-01", "mood:: 7", "- [ ]"]
        var seed: UInt64 = 31
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var dropped: [String] = []
        try withProbe { db in
            for _ in 0..<3_000 {
                let line = (0..<(1 + next() % 6)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " ")
                try db.execute(sql: "DELETE FROM temp.probe")
                try db.execute(sql: "INSERT INTO temp.probe(x) VALUES (?)", arguments: [line])
                let indexed = try String.fetchAll(db, sql: "SELECT term FROM temp.words")
                for query in Set(indexed).union(line.split(whereSeparator: \.isWhitespace).map(String.init)) {
                    guard let pattern = try? SearchPattern(query),
                          try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM temp.probe WHERE probe MATCH ?", arguments: [pattern.ftsQuery]) == true
                    else { continue }
                    if Array(line.utf8).withUnsafeBufferPointer({ pattern.lines(in: $0, bodyLine: 0) }).isEmpty {
                        dropped.append("\(query.debugDescription) in \(line.debugDescription)")
                    }
                }
            }
        }
        #expect(dropped.isEmpty, "\(dropped.prefix(10))")
    }

    /// Every emoji that is no letter, digit or mark separates words in the index, as it does in
    /// tend's own reading of a line; the characters the index is told to separate at are none
    /// of those either.
    @Test("the full-text index separates words at every emoji, and only at characters no word holds")
    func emojiSeparate() throws {
        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                true
            default:
                scalar.properties.isAlphabetic
            }
        }
        for range in IndexSchema.separatorRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(!isWordCharacter(scalar), "U+\(String(value, radix: 16))")
            }
        }
        var glued: [String] = []
        try withProbe { db in
            for value in UInt32(0x2000)...0x1FAFF {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isEmoji, !isWordCharacter(scalar),
                      !scalar.properties.isGraphemeExtend, !scalar.properties.isVariationSelector,
                      !scalar.properties.isJoinControl else { continue }
                try db.execute(sql: "DELETE FROM temp.probe")
                try db.execute(sql: "INSERT INTO temp.probe(x) VALUES (?)", arguments: ["ab" + String(scalar) + "cd"])
                let tokens = try String.fetchAll(db, sql: "SELECT term FROM temp.words ORDER BY offset")
                if tokens != ["ab", "cd"] { glued.append("U+\(String(value, radix: 16)) \(tokens)") }
            }
        }
        #expect(glued.isEmpty, "\(glued)")
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
        ("lait", ["6:12 11..<15"]),                                  // columns count é as one character
        ("🌊 na", ["9:1 0..<4"]),                                    // an emoji is one character
    ])
    func regex(_ pattern: String, _ expected: [String]) throws {
        #expect(try found(.regex(pattern)) == expected)
    }

    /// An empty line is a line, an empty body none (an entry of front matter only), as rg reads
    /// a file; a line ending in CRLF is empty when nothing comes before its `\r`.
    @Test("^$ finds the empty lines, none in an empty body", arguments: [
        ("---\ndate: 2026-09-01\n---\n", []),
        ("---\ndate: 2026-09-01\n---\na\n\nb\n", ["5:1"]),
        ("---\r\ndate: 2026-09-01\r\n---\r\na\r\n\r\nb\r\n", ["5:1"]),
    ] as [(String, [String])])
    func emptyLines(_ file: String, _ expected: [String]) throws {
        let vault = try TempVault()
        try vault.write("a.md", file, modified: 1_000)
        let (index, _) = try vault.sync()
        let found = try index.search(.regex("^$"), filter: SearchFilter()).flatMap { $0.lines.map { "\($0.line):\($0.column)" } }
        #expect(found == expected)
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

    /// A word in most lines, as `anger` is in the bench vault: every place in every line, and
    /// no word that merely holds its letters (`danger`, `angered`).
    static let common = [
        "Anger, then danger — and anger again.",     // line 6: a dash between the hits
        "ÁNGER in capitals; angered is another word", // line 7: an accented capital
        "no such word here",                          // line 8
        "a-n-g-e-r and ange\u{301}r",                 // line 9: a combining accent
        "café anger",                                 // line 10: after an accented word
        "strangers anger",                            // line 11
    ].joined(separator: "\n")

    @Test("a common word: every line and place, accented forms found, longer words not", arguments: [
        ("anger", ["6:1 0..<5,25..<30", "7:1 0..<5", "9:15 14..<19", "10:6 5..<10", "11:11 10..<15"]),
        ("anger*", ["6:1 0..<5,25..<30", "7:1 0..<5,19..<26", "9:15 14..<19", "10:6 5..<10", "11:11 10..<15"]),
        ("ANGÉR", ["6:1 0..<5,25..<30", "7:1 0..<5", "9:15 14..<19", "10:6 5..<10", "11:11 10..<15"]),
        (#""cafe anger""#, ["10:1 0..<10"]),
        ("danger", ["6:13 12..<18"]),
        ("r", ["9:9 8..<9"]),                                        // a one-letter word
    ])
    func commonWord(_ pattern: String, _ expected: [String]) throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", Self.common), modified: 1_000)
        let (index, _) = try vault.sync()
        let lines = try index.search(.words(SearchPattern(pattern)), filter: SearchFilter()).flatMap(\.lines)
        #expect(lines.map { "\($0.line):\($0.column) \($0.ranges.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ","))" } == expected)
    }

    /// The entries are shared out among connections reading at once, in runs of ids: whichever
    /// reads an entry, every one is found, with its own lines, by date then path. 150 entries
    /// (300 files) make five runs, so every connection has some.
    @Test("every entry is found whichever connection reads it, by date then path", arguments: [1, 3, 6, 150])
    func everyShare(_ count: Int) throws {
        let vault = try TempVault()
        let first = try #require(LocalDate(year: 2026, month: 1, day: 1))
        func name(_ n: Int) -> String { "a" + String(1000 + n).dropFirst() + ".md" }
        // Written last day first, so that ids and days run in opposite orders.
        for n in (1...count).reversed() {
            let day = first.adding(days: count - n).description
            try vault.write(name(n), entry(day, "the river\nno\nRiver again"), modified: 1_000)
            try vault.write("b\(n).md", entry(day, "nothing here"), modified: 1_000)
        }
        let (index, _) = try vault.sync()
        let expected = (1...count).reversed().map { name($0) + " 6:5,8:1" }
        for query in [SearchQuery.words(try SearchPattern("river")), .regex("river")] {
            let found = try index.search(query, filter: SearchFilter())
            #expect(found.map { "\($0.path) \($0.lines.map { "\($0.line):\($0.column)" }.joined(separator: ","))" } == expected, "\(query)")
        }
    }

    /// Each connection's share of a search: together they hold every entry once; a run of ids
    /// (entries that lie side by side on the index's pages) is never split between two; with more
    /// than one run, each holds some.
    @Test("the shares of a search hold every entry once, in whole runs of ids, each some of them", arguments: [2, 3, 4])
    func sharesPartition(_ shares: Int) throws {
        let vault = try TempVault()
        let count = JournalIndex.shareRun * 5
        let first = try #require(LocalDate(year: 2026, month: 1, day: 1))
        for n in 0..<count {
            try vault.write("e\(n).md", entry(first.adding(days: n).description, "the river"), modified: 1_000)
        }
        let (index, _) = try vault.sync()
        for pattern in [try SearchPattern("river"), nil] {
            let parts = try (0..<shares).map { share in
                let (sql, arguments) = JournalIndex.candidateQuery(matching: pattern, filter: SearchFilter(), share: (share, of: shares))
                return try index.queue.read {
                    try Int64.fetchAll($0, sql: "SELECT id FROM entry WHERE path IN (SELECT path FROM (\(sql)))", arguments: arguments)
                }
            }
            #expect(parts.allSatisfy { !$0.isEmpty }, "\(String(describing: pattern))")
            #expect(parts.map(\.count).reduce(0, +) == count)
            #expect(Set(parts.joined()).count == count)
            // Ids that follow each other stay together, a page's worth (eight entries) or more,
            // but for the first and last stretch.
            let shareOf = Dictionary(uniqueKeysWithValues: parts.enumerated().flatMap { share, ids in ids.map { ($0, share) } })
            let ids = shareOf.keys.sorted()
            var stretches: [Int] = [1]
            for (a, b) in zip(ids, ids.dropFirst()) {
                if shareOf[a] == shareOf[b] { stretches[stretches.count - 1] += 1 } else { stretches.append(1) }
            }
            #expect(stretches.count > 2 && stretches.dropFirst().dropLast().allSatisfy { $0 >= 8 }, "\(stretches)")
        }
    }

    /// The searcher reads the text the index holds, which the sync at the start of every
    /// command has just brought up to date: a file changed after that sync (while the search
    /// runs) is shown as it was synced, line numbers and text together, never a mix of two
    /// versions; the next command reads it again.
    @Test("a file changed on disk after the sync is searched as synced; the next sync reads it again")
    func changedAfterSync() throws {
        let vault = try TempVault()
        try vault.write("a.md", entry("2026-09-01", "the river\n\nand the river again"), modified: 1_000)
        let (index, _) = try vault.sync()
        try vault.write("a.md", entry("2026-09-01", "a new first line\nthe river moved"), modified: 2_000)
        func places(_ index: JournalIndex, _ query: SearchQuery) throws -> [String] {
            try index.search(query, filter: SearchFilter()).flatMap(\.lines).map { "\($0.line):\($0.column) \($0.text)" }
        }
        #expect(try places(index, .words(SearchPattern("river"))) == ["6:5 the river", "8:9 and the river again"])
        #expect(try places(index, .regex("riv.r")) == ["6:5 the river", "8:9 and the river again"])
        let (synced, _) = try vault.sync()
        #expect(try places(synced, .words(SearchPattern("river"))) == ["7:5 the river moved"])
        #expect(try places(synced, .regex("riv.r")) == ["7:5 the river moved"])
    }
}

/// The byte-level helpers behind the searcher, on one line or one body.
@Suite("Searcher helpers")
struct SearcherHelperTests {
    @Test("where a word may start once folded: the first place, from a given offset", arguments: [
        ("the anger", "anger", 0, 4),
        ("ANGER", "anger", 0, 0),
        ("danger", "anger", 0, 1),                  // a place, not a word: the word check comes later
        ("Ángér", "anger", 0, 0),                    // accented letters stand for theirs
        ("ange\u{301}r", "anger", 0, 0),             // a combining accent is skipped
        ("—anger", "anger", 0, 3),                   // after a dash (three bytes)
        ("anger anger", "anger", 1, 6),
        ("angle", "anger", 0, nil),
        ("a n g e r", "anger", 0, nil),
        ("rage", "anger", 0, nil),
        ("", "anger", 0, nil),
        ("x1", "1", 0, 1),                           // a digit: no letter frequency, still found
        ("die Straße", "strasse", 0, 4),             // ß may stand for two letters
        ("the ﬁne", "fine", 0, 4),                   // and ﬁ too
    ] as [(String, String, Int, Int?)])
    func firstPossible(_ text: String, _ needle: String, _ from: Int, _ expected: Int?) {
        let found = Array(text.utf8).withUnsafeBufferPointer { TextFolding.firstPossible(TextFolding.Needle(Array(needle.utf8)), in: $0, from: from) }
        #expect(found == expected)
    }

    /// The characters the jump passes over without a look must be ones that folding never
    /// puts in a word, alone or joined to the character before: checked here for every one of
    /// them against Swift's Unicode tables.
    @Test("the characters skipped when looking for a word are no letters, digits or marks, and join nothing")
    func cannotBeInWord() {
        var skipped = 0
        for value in UInt32(0x2000)...0x1FAFF {
            guard let scalar = Unicode.Scalar(value), TextFolding.cannotBeInWord(scalar) else { continue }
            skipped += 1
            let properties = scalar.properties
            let character = Character(scalar)
            #expect(!character.isLetter && !character.isNumber, "U+\(String(value, radix: 16))")
            #expect(!properties.isAlphabetic && !properties.isGraphemeExtend && !properties.isJoinControl
                && !properties.isEmojiModifier && !properties.isVariationSelector, "U+\(String(value, radix: 16))")
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .format:
                Issue.record("U+\(String(value, radix: 16)) is \(properties.generalCategory)")
            default:
                break
            }
            // Folded on its own, between two letters, it is never part of a word.
            #expect(TextFolding.words(in: "a\(character)b").map(\.folded) == ["a", "b"], "U+\(String(value, radix: 16))")
        }
        #expect(skipped > 1_000)
        // The common ones in journals are among them; letters and marks are not.
        for skippedOne in ["—", "–", "’", "“", "…", "•", "✅", "✔", "📅", "🌊"] {
            #expect(TextFolding.cannotBeInWord(skippedOne.unicodeScalars.first!), "\(skippedOne)")
        }
        for kept in ["é", "\u{301}", "\u{200D}", "\u{200C}", "❶", "ª", "日", "\u{1F3FB}", "\u{FE0F}"] {
            #expect(!TextFolding.cannotBeInWord(kept.unicodeScalars.first!), "\(kept)")
        }
    }

    /// The letters that fold to more than one ASCII letter, which the jump must let stand for
    /// as many needle letters: the table holds exactly those Foundation's folding gives.
    @Test("the characters that fold to several ASCII letters are those of the table, with those letters")
    func foldsToLetters() {
        var found: [Unicode.Scalar: [UInt8]] = [:]
        for value in UInt32(0x80)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            guard character.isLetter || character.isNumber else { continue }
            let folded = TextFolding.fold(character)
            if folded.unicodeScalars.count > 1, folded.unicodeScalars.allSatisfy(\.isASCII) { found[scalar] = Array(folded.utf8) }
        }
        #expect(found == TextFolding.foldsToLetters)
    }

    /// 3,000 bodies of random lines (letters in both cases, accents written both ways, dashes,
    /// quotes, emoji, joiners, digits, CRLF, `ß` and `ﬁ`) searched for a word, a prefix, a phrase and two
    /// words at once: the lines the jumping scan finds, with their columns and ranges, are those
    /// whose words, folded whole, hold a term. (Most places are read off their ASCII bytes,
    /// the others folded: both are compared with folding the whole line.)
    @Test("the scan finds exactly the lines whose folded words hold the term, with their ranges")
    func scanAsWholeLines() throws {
        let pieces = ["anger", "Anger", "ANGER", "angér", "ange\u{301}r", "danger", "ang", "er", " ", " ", "  ", "—", "–",
                      "’", "“", "📅", "✅", "\u{200D}", "\u{200C}", "é", "g", "r", "a", "n", "e", "1", "\r", "-", ".", "日",
                      "the ", "The", " anger", "Straße", "STRASSE", "ß", "ﬁ", "ﬁne", "fine"]
        var seed: UInt64 = 5
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        /// `LINE:COLUMN ranges` of every line of `lines` whose words, folded whole, hold a term.
        func expected(_ lines: [String], _ terms: [SearchPattern.Term]) -> [String] {
            lines.indices.compactMap { i in
                let line = lines[i].hasSuffix("\r") ? String(lines[i].dropLast()) : lines[i]
                // Words compared as bytes, as the search does (a String compares characters:
                // `g` and a joiner after it are one).
                let words = TextFolding.words(in: line)
                let folded = words.map { Array($0.folded.utf8) }
                var ranges: [Range<Int>] = []
                for term in terms where folded.count >= term.words.count && !term.words.isEmpty {
                    let termWords = term.words.map { Array($0.utf8) }
                    for start in 0...(folded.count - termWords.count) where termWords.indices.allSatisfy({ k in
                        k == termWords.count - 1 && term.prefix ? folded[start + k].starts(with: termWords[k]) : folded[start + k] == termWords[k]
                    }) {
                        ranges.append(words[start].range.lowerBound..<words[start + termWords.count - 1].range.upperBound)
                    }
                }
                let merged = TextFolding.merge(ranges)
                guard let first = merged.first else { return nil }
                return "\(i + 1):\(first.lowerBound + 1) \(merged.map { "\($0.lowerBound)..<\($0.upperBound)" })"
            }
        }
        for query in ["anger", "ang*", "\"the anger\"", "an", "anger OR er", "er OR an*", "\"anger er\"", "\"er an\"*", "Straße", "fine"] {
            let pattern = try SearchPattern(query)
            for _ in 0..<3_000 {
                let lines = (0..<(1 + next() % 4)).map { _ in (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined() }
                let body = lines.joined(separator: "\n")
                let found = Array(body.utf8).withUnsafeBufferPointer { pattern.lines(in: $0, bodyLine: 0) }
                    .map { "\($0.line):\($0.column) \($0.ranges.map { "\($0.lowerBound)..<\($0.upperBound)" })" }
                let wanted = expected(lines, pattern.terms)
                // A phrase found on no line is looked for word by word (FTS5 found it across two).
                if pattern.terms.contains(where: { $0.words.count > 1 }), wanted.isEmpty { continue }
                #expect(found == wanted, "\(query) in \(body.debugDescription)")
            }
        }
    }

    /// A place decided on its ASCII bytes, or left to folding when a byte that is not ASCII
    /// stands in or beside the word.
    @Test("a word read off its ASCII bytes: a match, none, or left to folding", arguments: [
        ("the cat", "the", false, 0, TextFolding.ASCIIReading.match(0..<3)),
        ("a THE.", "the", false, 2, .match(2..<5)),
        ("bathe", "the", false, 2, .noMatch),           // inside a word
        ("there", "the", false, 0, .noMatch),           // a longer word
        ("there now", "the", true, 0, .match(0..<5)),   // a prefix: the whole word
        ("tha", "the", false, 0, .noMatch),
        ("éthe", "the", false, 2, .undecided),          // a letter that is not ASCII before it
        ("the\u{301}", "the", false, 0, .undecided),    // an accent written after it
        ("–the", "the", false, 3, .undecided),          // a dash: folding says
        ("th", "the", false, 0, .undecided),            // the line ends first
    ] as [(String, String, Bool, Int, TextFolding.ASCIIReading)])
    func asciiWord(_ line: String, _ word: String, _ prefix: Bool, _ start: Int, _ expected: TextFolding.ASCIIReading) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { TextFolding.asciiWord(Array(word.utf8), prefix: prefix, in: $0, at: start) } == expected)
    }

    /// The words of a phrase, one after the other with marks or spaces between them.
    @Test("a phrase read off its ASCII bytes", arguments: [
        ("in the room", "in the", false, 0, TextFolding.ASCIIReading.match(0..<6)),
        ("In -- THE room", "in the", false, 0, .match(0..<9)),
        ("in there", "in the", true, 0, .match(0..<8)),
        ("in there", "in the", false, 0, .noMatch),
        ("in", "in the", false, 0, .noMatch),            // the line ends first
        ("in — the", "in the", false, 0, .undecided),    // a dash between: folding says
        ("in thé", "in the", false, 0, .undecided),
    ] as [(String, String, Bool, Int, TextFolding.ASCIIReading)])
    func asciiWords(_ line: String, _ phrase: String, _ prefix: Bool, _ start: Int, _ expected: TextFolding.ASCIIReading) {
        let words = phrase.split(separator: " ").map { Array($0.utf8) }
        #expect(Array(line.utf8).withUnsafeBufferPointer { TextFolding.asciiWords(words, prefix: prefix, in: $0, at: start) } == expected)
    }

    @Test("a word that is not ASCII may start only where a byte is not", arguments: [
        ("plain text", nil), ("a café", 5), ("", nil),
    ] as [(String, Int?)])
    func firstPossibleNotASCII(_ text: String, _ expected: Int?) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { TextFolding.firstPossible(nil, in: $0, from: 0) } == expected)
    }

    @Test("words of a line, folded, with character offsets", arguments: [
        ("Un café au lait", ["un 0..<2", "cafe 3..<7", "au 8..<10", "lait 11..<15"]),
        ("anger — danger", ["anger 0..<5", "danger 8..<14"]),
        ("e\u{301}te\u{301} x", ["ete 0..<3", "x 4..<5"]),   // é written with a combining accent is one character
        ("🌊 NAÏVE", ["naive 2..<7"]),
        ("x\ry", ["x 0..<1", "y 2..<3"]),
        ("日記 day2", ["日記 0..<2", "day2 3..<7"]),
        ("ang\u{200C}er", ["ang 0..<3", "er 3..<5"]),          // a joiner ends a word, as FTS5 reads it
        ("می\u{200C}خواهم", ["می 0..<2", "خواهم 2..<7"]),        // Persian: the word after one is found
        ("👩\u{200D}👩 a\u{200D}b", ["a 2..<3", "b 3..<4"]),
        ("anger.\u{200C}x -\u{200D}y", ["anger 0..<5", "x 6..<7", "y 9..<10"]),   // a mark with a joiner is no part of the word before
        ("2️⃣Walk #️⃣x", ["2 0..<1", "walk 1..<5", "x 7..<8"]),   // a keycap ends the word of its digit, as in FTS5
        ("", []),
    ])
    func words(_ line: String, _ expected: [String]) {
        #expect(TextFolding.words(in: line).map { "\($0.folded) \($0.range.lowerBound)..<\($0.range.upperBound)" } == expected)
    }

    @Test("where folding may start before a hit: after an ASCII byte that is no letter and joins no character", arguments: [
        ("the anger", 6, 4),
        ("the anger", 4, 4),
        ("the anger", 3, 0),                    // inside a word: back to the line's start
        ("café anger", 6, 6),                   // é is two bytes
        ("x ÁNGER", 2, 0),                      // a space before an accented letter is no boundary
        ("a-n-g-e-r", 8, 8),
        ("a \u{301}b", 4, 0),                   // nor before a combining accent
        ("", 0, 0),
    ] as [(String, Int, Int)])
    func wordBoundary(_ line: String, _ offset: Int, _ expected: Int) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { TextFolding.wordBoundary(atOrBefore: offset, in: $0) } == expected)
    }

    @Test("where folding may stop after a hit: the same places, going on", arguments: [
        ("the anger is", 5, 10),
        ("the anger", 5, 9),                    // the line's end
        ("anger é and", 1, 9),                  // a space before an accented letter is no boundary
        ("a, b", 1, 2),
        ("", 0, 0),
    ] as [(String, Int, Int)])
    func wordBoundaryAfter(_ line: String, _ offset: Int, _ expected: Int) {
        #expect(Array(line.utf8).withUnsafeBufferPointer { TextFolding.wordBoundary(atOrAfter: offset, in: $0) } == expected)
    }

    @Test("folding between any two boundaries finds the words the whole line has there", arguments: [
        "Anger, then danger — and anger again.", "ÁNGER in capitals; angered is another word", "a-n-g-e-r and ange\u{301}r",
        "café anger", "🌊 naïve grieving griff GRIEF", "Un café au lait, then grief.", "日記 day2 x\ry",
    ])
    func foldFromBoundary(_ line: String) {
        func words(_ folded: TextFolding.FoldedLine, from character: Int = 0, to end: Int = .max) -> [String] {
            folded.words.filter { $0.characters.lowerBound >= character && $0.characters.upperBound <= end }
                .map { "\(String(decoding: folded.bytes[$0.folded], as: UTF8.self)) \($0.characters)" }
        }
        Array(line.utf8).withUnsafeBufferPointer { bytes in
            var whole = TextFolding.FoldedLine()
            whole.fold(bytes)
            for offset in bytes.indices {
                let from = TextFolding.wordBoundary(atOrBefore: offset, in: bytes)
                let characters = String(decoding: bytes[..<from], as: UTF8.self).count
                var part = TextFolding.FoldedLine()
                part.fold(UnsafeBufferPointer(rebasing: bytes[from...]), from: characters)
                #expect(words(part) == words(whole, from: characters), "\(line) from \(offset)")
                for end in offset..<bytes.count {
                    let to = TextFolding.wordBoundary(atOrAfter: end + 1, in: bytes)
                    let endCharacter = String(decoding: bytes[..<to], as: UTF8.self).count
                    part.fold(UnsafeBufferPointer(rebasing: bytes[from..<to]), from: characters)
                    #expect(words(part) == words(whole, from: characters, to: endCharacter), "\(line) from \(offset) to \(end)")
                }
            }
        }
    }

    @Test("characters between two places of a line, counted as Swift counts them", arguments: [
        "plain words", "Un café au lait", "ange\u{301}r and e\u{301}te\u{301}", "🌊 naïve x\ry", "日記 day2", "",
    ])
    func characters(_ line: String) {
        Array(line.utf8).withUnsafeBufferPointer { bytes in
            let body = BodyLines(bytes)
            for from in 0...bytes.count {
                for to in from...bytes.count where bytes.indices.contains(from) ? !UTF8.isContinuation(bytes[from]) : true {
                    #expect(body.characters(from, to) == String(decoding: bytes[from..<to], as: UTF8.self).count, "\(line) \(from)..<\(to)")
                }
            }
        }
    }

    @Test("the line holding an offset: number, start, end before \\r\\n, line break", arguments: [
        ("one\ntwo\r\nthree", [0, 5, 9, 12], ["1 0 3 3", "2 4 7 8", "3 9 14 14", "3 9 14 14"]),
        ("a\n\nb\n", [3, 4, 5], ["3 3 4 4", "3 3 4 4", "4 5 5 5"]),   // a line break belongs to its line
        ("", [0], ["1 0 0 0"]),
    ])
    func bodyLines(_ text: String, _ offsets: [Int], _ expected: [String]) {
        let found = Array(text.utf8).withUnsafeBufferPointer { bytes in
            var body = BodyLines(bytes)
            return offsets.map { body.line(holding: $0) }.map { "\($0.number) \($0.start) \($0.visibleEnd) \($0.end)" }
        }
        #expect(found == expected)
    }

    /// Columns counted on from place to place are the ones counted from the line's start, at
    /// every byte of lines with accents written both ways, emoji, other scripts and CR, and
    /// when a place comes before the last one.
    @Test("columns counted on from the last place are those counted from the line's start", arguments: [
        "plain words only",
        "the cafe\u{301} the café 日記the 🌊 the\rthe",
        "e\u{301}e\u{301}x 👩\u{200D}👩 a\u{200C}b — the",
        "",
    ])
    func columns(_ line: String) {
        Array(("x\n" + line + "\r\nnext").utf8).withUnsafeBufferPointer { bytes in
            var body = BodyLines(bytes)
            let holding = body.line(holding: 2)
            let offsets = Array(holding.start...holding.visibleEnd)
            for order in [offsets, offsets.reversed(), offsets.filter { $0 % 3 == 0 } + offsets.filter { $0 % 3 != 0 }] {
                var columns = body.columns(on: holding)
                for offset in order {
                    #expect(columns.at(offset) == body.characters(holding.start, offset), "\(line.debugDescription) at \(offset)")
                }
            }
        }
    }
}
