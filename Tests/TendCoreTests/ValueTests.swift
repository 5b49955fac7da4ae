import Testing
@testable import TendCore

/// Small value types: dates, globs, the lexicon, configuration.
struct ValueTests {
    static let dayNumbers: [(String, Int, Int)] = [
        ("1970-01-01", 0, 4), ("2026-11-21", 20_778, 6), ("2000-02-29", 11_016, 2),
        ("2026-12-28", 20_815, 1), ("1969-12-31", -1, 3),
    ]

    @Test(arguments: dayNumbers)
    func dayNumberAndWeekday(_ text: String, _ number: Int, _ weekday: Int) {
        let date = LocalDate(parsing: text)!
        #expect(date.dayNumber == number)
        #expect(date.weekday == weekday)
        #expect(LocalDate(dayNumber: number) == date)
    }

    @Test("a date is written YYYY-MM-DD, padded with zeros", arguments: [
        (1, 1, 1, "0001-01-01"), (999, 9, 9, "0999-09-09"), (2026, 11, 21, "2026-11-21"), (9999, 12, 31, "9999-12-31"),
    ])
    func written(_ year: Int, _ month: Int, _ day: Int, _ expected: String) {
        let date = LocalDate(year: year, month: month, day: day)!
        #expect(date.description == expected)
        #expect(LocalDate(parsing: expected) == date)
    }

    /// Every day from 1900 to 2100 reads back as itself; a day number outside the calendar's
    /// years is still written, with its year as it is.
    @Test func writtenAndReadBack() {
        for number in LocalDate(year: 1900, month: 1, day: 1)!.dayNumber...LocalDate(year: 2100, month: 12, day: 31)!.dayNumber {
            let date = LocalDate(dayNumber: number)
            #expect(LocalDate(parsing: date.description) == date)
        }
        #expect(LocalDate(dayNumber: 3_000_000).description == "10183-09-21")
    }

    static let invalidDates = ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-11-03", "2026/11/03", "2026-1-3"]

    @Test(arguments: invalidDates)
    func invalidDate(_ text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    /// The date reader reads bytes in passing; it gives what the earlier reader (the first
    /// ten bytes copied, then checked) gave, on about 4,000 texts made to come close to dates.
    @Test func datesReadAsTheCopyingReaderDid() {
        func reference(_ text: Substring) -> LocalDate? {
            let bytes = Array(text.utf8.prefix(10))
            func number(_ part: ArraySlice<UInt8>) -> Int? {
                var n = 0
                for b in part {
                    guard (0x30...0x39).contains(b) else { return nil }
                    n = n * 10 + Int(b - 0x30)
                }
                return n
            }
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
                  let y = number(bytes[0..<4]), let m = number(bytes[5..<7]), let d = number(bytes[8..<10]) else { return nil }
            return LocalDate(year: y, month: m, day: d)
        }
        // Every mix of these years, dashes, months and days, then generated tails.
        var texts: [String] = []
        for year in ["2026", "2024", "1900", "0000", "9999", "20x6", "202", "٢٠٢٦"] {
            for dash in ["-", "/", ""] {
                for month in ["11", "02", "12", "13", "00", "1", "é"] {
                    for day in ["03", "29", "30", "31", "00", "3", ""] { texts.append(year + dash + month + "-" + day) }
                }
            }
        }
        let tails = generatedTexts(from: ["", "T10:30", " ", "x", "-08:00", "é", "0"], count: texts.count, maxPieces: 3, seed: 11)
        texts = zip(texts, tails).map { $0 + $1 } + texts + generatedTexts(from: ["2026", "-", "11", "0", "é"], count: 2_000, maxPieces: 6, seed: 12)
        var valid = 0
        for text in texts {
            let expected = reference(text[...])
            #expect(LocalDate(parsing: text) == expected, "\(text)")
            #expect(LocalDate(parsing: text[...]) == expected, "\(text)")
            if expected != nil { valid += 1 }
        }
        #expect(valid > 50)   // real dates too, not only rejects
    }

    static let globs: [(String, String, Bool, Bool)] = [
        ("Archive/", "Archive/old.md", false, true),
        ("Archive/", "Notes/Archive.md", false, false),
        ("*.excalidraw.md", "x/y/drawing.excalidraw.md", false, true),
        ("**/drafts/*", "a/b/drafts/one.md", false, true),
        ("drafts", "a/drafts/one.md", false, true),
        ("/top.md", "top.md", false, true),
        ("/top.md", "sub/top.md", false, false),
        ("2025/**", "2025/01/x.md", false, true),
        ("?.md", "a.md", false, true),
        ("?.md", "ab.md", false, false),
    ]

    @Test(arguments: globs)
    func glob(_ pattern: String, _ path: String, _ isDirectory: Bool, _ expected: Bool) {
        #expect(Glob(pattern: pattern).matches(path, isDirectory: isDirectory) == expected)
    }

    @Test func lexiconInflectionsAndFamilies() {
        #expect(shippedLexicon.meaning(of: "anxious")?.canonical == shippedLexicon.meaning(of: "anxiety")?.canonical)
        #expect(shippedLexicon.meaning(of: "ashamed")?.canonical == "shame")
        #expect(shippedLexicon.meaning(of: "Hopeful")?.family == "anticipation")
        #expect(shippedLexicon.count > 300)
        #expect(shippedLexicon.families == ["anger", "anticipation", "calm", "disgust", "fear", "joy", "sadness", "shame", "surprise", "trust"])
    }

    /// Words of the gap hunt of 2026-12-03's evening (a list of 100 feelings written after a
    /// journey), added to the lexicon then (parser version 56): before, each was kept as
    /// written, family `other`. *Floaty* stays out: some feel it as calm (the config test above
    /// adds it so), others as dissociation.
    @Test(arguments: [("burnt-out", "exhaustion"), ("depleted", "exhaustion"), ("edgy", "restlessness"),
                      ("wired", "restlessness"), ("spacey", "dissociation"),
                      ("giddy", "joy"), ("unlovable", "unworthiness"), ("unseen", "loneliness")])
    func lexiconWordsOfTheEveningsHunt(_ word: String, _ canonical: String) {
        #expect(shippedLexicon.meaning(of: word)?.canonical == canonical)
    }

    @Test func configurationAddsWordsAndReportsBadKeys() {
        let (config, problems) = Configuration.read(yaml: """
        week_start: sunday
        links: wiki
        ignore: ["Archive/"]
        emotions:
          floaty: calm
          heavy-hearted: grief/sadness
        links2: x
        headings:
          insights: [Aha]
          bogus: [x]
        """)
        #expect(config.weekStart == 7)
        #expect(config.links == .wiki)
        #expect(config.ignore == ["Archive/"])
        #expect(config.vocabulary.insightHeadings == ["aha"])
        let lexicon = config.lexicon(adding: shippedLexicon)
        #expect(lexicon.meaning(of: "floaty") == Lexicon.Meaning(canonical: "floaty", family: "calm"))
        #expect(lexicon.meaning(of: "heavy-hearted") == Lexicon.Meaning(canonical: "grief", family: "sadness"))
        #expect(problems.map { "\($0.place.line ?? 0) \($0.severity)" } == ["7 warning", "9 error"])
        #expect(problems.first?.sentence == "tend does not know the key 'links2', so it was left aside (did you mean 'links'?)")
    }

    @Test func defaultConfigurationFileReadsBackAsTheDefaults() {
        let (config, problems) = Configuration.read(yaml: Configuration.defaultFileText)
        #expect(problems.isEmpty)
        #expect(config == Configuration())
    }

    @Test func brokenConfigurationKeepsDefaults() {
        let (config, problems) = Configuration.read(yaml: "week_start: [monday\n")
        #expect(config == Configuration())
        #expect(problems.count == 1)
    }

    @Test func excludedPaths() {
        var config = Configuration()
        config.ignore = ["Archive/"]
        #expect(config.excludes(".obsidian/x.md", isDirectory: false))
        #expect(config.excludes("Templates/journal.md", isDirectory: false))
        #expect(config.excludes("Reviews/2026-W45.md", isDirectory: false))
        #expect(config.excludes("Archive", isDirectory: true))
        #expect(!config.excludes("2026/11/2026-11-03.md", isDirectory: false))
        // Hidden anywhere: a name that starts with a dot, not a dot inside a name.
        for hidden in [".x.md", "a/.b/c.md", "a/b/.c.md", "a.b/.c", "..md", "a/..b.md"] {
            #expect(config.excludes(hidden, isDirectory: false), "\(hidden)")
        }
        for shown in ["a.b/c.md", "a/b.c.d.md", "a./b.md", "Templates.md", "Reviewsx/a.md", "Template/a.md"] {
            #expect(!config.excludes(shown, isDirectory: false), "\(shown)")
        }
    }

    /// Front matter numbers are read by the quick reader where it can; the answer is the one
    /// `Double` gives the trimmed text, on texts of digits, dots, signs and spaces.
    @Test func frontMatterNumbersReadAsDoubleDoes() {
        let pieces = ["0", "7", "12", ".", "-", "+", " ", "5.5", "1e3", "x"]
        let texts = ["6", "7.5", "-2", "+3", "-0", "1-2", "+-3", "--2", "5.", ".5", "1.2.3", " 42 ", "-", "."]
            + generatedTexts(from: pieces, count: 5000, maxPieces: 8, seed: 5)
        for text in texts {
            let t = text.trimmingWhitespace()
            let isNumeric = !t.isEmpty && t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }
                && t.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            let expected = isNumeric ? Double(t) : nil
            let found = EntryParser.number(text)
            #expect(found == expected && found?.sign == expected?.sign, "\(text)")
        }
    }

    /// Folding white space gives what splitting on Unicode white space and joining with one
    /// space gives, and trimming what dropping it at both ends gives, on texts built to put
    /// spaces, tabs, NBSP, em spaces, line breaks and accents at every place around the
    /// folder's eight-byte steps.
    @Test func foldingWhitespaceMatchesSplittingAndJoining() {
        // `₅` (E2 82 85) and `Ⴀ` (E1 82 A0) end in the bytes of NEL and NBSP: a byte inside a
        // character must never read as the start of white space (a regression while the
        // white-space test moved to Bytes.swift).
        let pieces = ["a", "bc", "word", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "é", "🌊", "!", "#x", "\u{3000}",
                      "₅", "Ⴀ"]
        for text in generatedTexts(from: pieces, count: 20_000, maxPieces: 31, seed: 7) {
            let expected = text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
                .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
            #expect(text.foldingWhitespace() == expected, "\(Array(text.unicodeScalars))")
            let scalars = text.unicodeScalars
            let trimmed = scalars.firstIndex { !$0.properties.isWhitespace }.map { first in
                String(String.UnicodeScalarView(scalars[first...scalars.lastIndex { !$0.properties.isWhitespace }!]))
            } ?? ""
            #expect(text.trimmingWhitespace() == trimmed, "\(Array(text.unicodeScalars))")
        }
    }

    /// The byte searches behind the tag, marker and field checks, at every place in and
    /// around their eight-byte steps, against a plain scan.
    @Test func byteSearchFindsEveryPlace() {
        for length in 0...40 {
            for place in 0..<max(length, 1) {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if place < length { bytes[place] = 0x23 }
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.containsByte(0x23) == (place < length), "\(length) \(place)")
                #expect(text.containsBytes(of: "a#") == (place > 0 && place < length), "\(length) \(place)")
                #expect(text.containsBytes(of: "#a") == (place + 1 < length), "\(length) \(place)")
            }
        }
        #expect("🌊 grief".containsBytes(of: "grief") && !"grie".containsBytes(of: "grief"))
        #expect("x".containsBytes(of: ""))
    }
}
