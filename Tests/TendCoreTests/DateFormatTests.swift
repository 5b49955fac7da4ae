import Testing
@testable import TendCore

/// Dates the way daily notes are named (issue 14).
struct DateFormatTests {
    /// (file path, the vault's formats, date read or nil). `DD-MM-YYYY` is read only when the
    /// vault says so; Logseq's default `yyyy_MM_dd` and the common forms need no settings.
    static let names: [(String, [String], String?)] = [
        ("2026-11-03.md", [], "2026-11-03"),
        ("2026/11/2026-11-03 journey.md", [], "2026-11-03"),
        ("journals/2026_11_03.md", [], "2026-11-03"),
        ("20261103.md", [], "2026-11-03"),
        ("Nov 3, 2026.md", [], "2026-11-03"),
        ("November 3rd, 2026.md", [], "2026-11-03"),
        ("3 November 2026.md", [], "2026-11-03"),
        ("06-11-2026.md", [], nil),
        ("06-11-2026.md", ["DD-MM-YYYY"], "2026-11-06"),
        ("06-11-2026.md", ["MM-DD-YYYY"], "2026-06-11"),
        ("Daily/2026/11/03.md", ["YYYY/MM/DD"], "2026-11-03"),
        ("Tuesday, November 3rd 2026.md", ["dddd, MMMM Do YYYY"], "2026-11-03"),
        ("Journal 2026.11.03.md", ["[Journal] YYYY.MM.DD"], "2026-11-03"),
        // With no settings too, since the gap hunt of 2026-12-03's afternoon: moment's own example
        // format (`dddd, MMMM Do YYYY`, which Obsidian's daily-notes setting links to) without a
        // comma before the year, a US date without one, and a year first with dots (a vault
        // copied without its .obsidian folder, or kept in iA Writer).
        ("Tuesday, November 3rd 2026.md", [], "2026-11-03"),
        ("Nov 3 2026.md", [], "2026-11-03"),
        ("Dec 5th 2026 journey.md", [], "2026-12-05"),
        ("2026.11.03.md", [], "2026-11-03"),
        ("Journal 2026.11.03.md", [], "2026-11-03"),
        ("2026.13.03.md", [], nil),
        ("v2026.1.3 release.md", [], nil),
        ("2026-02-30.md", [], nil),
        ("202611031230 note.md", [], nil),
        ("People/Dr Rivera.md", [], nil),
        ("Nov. 3, 2026.md", [], "2026-11-03"),
        // Month and weekday names in the languages of moment.js's locales (moment/moment,
        // src/locale/{fr,de,es,it,pt,nl}.js: `months`, `monthsShort`, `weekdays`), in the long
        // date each writes (`LL`), which Obsidian uses for a daily note's name in that language.
        ("03 novembre 2026.md", [], "2026-11-03"),
        ("3. November 2026.md", [], "2026-11-03"),
        ("3. März 2026.md", [], "2026-03-03"),
        ("3 de noviembre de 2026.md", [], "2026-11-03"),
        ("3 de março de 2026.md", [], "2026-03-03"),
        ("3 dicembre 2026.md", [], "2026-12-03"),
        ("3 maart 2026.md", [], "2026-03-03"),
        ("14 août 2026.md", [], "2026-08-14"),
        ("mardi 3 novembre 2026.md", ["dddd D MMMM YYYY"], "2026-11-03"),
        ("Dienstag, 3. November 2026.md", ["dddd, D. MMMM YYYY"], "2026-11-03"),
        ("martes, 3 de noviembre de 2026.md", ["dddd, D [de] MMMM [de] YYYY"], "2026-11-03"),
        ("terça-feira, 3 de novembro de 2026.md", ["dddd, D [de] MMMM [de] YYYY"], "2026-11-03"),
        ("12 janv. 2026.md", ["D MMM YYYY"], "2026-01-12"),
        ("12 Okt. 2026.md", ["D MMM YYYY"], "2026-10-12"),
        ("12 mrt 2026.md", ["D MMM YYYY"], "2026-03-12"),
        ("12 giu 2026.md", ["D MMM YYYY"], "2026-06-12"),
        // A dot the format writes after a short month is the format's.
        ("03.Nov.2026.md", ["DD.MMM.YYYY"], "2026-11-03"),
        ("03.Nov.2026.md", [], nil),
        ("3 brumaire 2026.md", [], nil),
        // moment's sv, da, nb, pl, cs, tr, ru and uk locales: both forms where a language has two
        // (Polish `listopad`, `3 listopada`; Russian `ноябрь`, `3 ноября 2026 г.`).
        ("3 november 2026.md", [], "2026-11-03"),
        ("3. marts 2026.md", [], "2026-03-03"),
        ("3. desember 2026.md", [], "2026-12-03"),
        ("3 listopada 2026.md", [], "2026-11-03"),
        ("3 października 2026.md", [], "2026-10-03"),
        ("3. července 2026.md", [], "2026-07-03"),
        ("3. června 2026.md", [], "2026-06-03"),
        ("3 Kasım 2026.md", [], "2026-11-03"),
        ("3 ноября 2026 г.md", [], "2026-11-03"),
        ("3 листопада 2026 р.md", [], "2026-11-03"),
        ("ноябрь 3, 2026.md", [], "2026-11-03"),
        ("вторник, 3 ноября 2026.md", ["dddd, D MMMM YYYY"], "2026-11-03"),
        ("3 lis 2026.md", ["D MMM YYYY"], "2026-11-03"),
        // Japanese and Chinese (`YYYY年M月D日`) and Korean (`YYYY년 M월 D일`) long dates.
        ("2026年11月3日.md", [], "2026-11-03"),
        ("2026년 11월 3일.md", [], "2026-11-03"),
    ]

    @Test(arguments: names)
    func name(_ path: String, _ formats: [String], _ expected: String?) {
        var parser = EntryParser(lexicon: shippedLexicon)
        parser.dates.formats = formats.map { DateFormat(moment: $0) }
        #expect(parser.date(inFileName: path)?.0.description == expected)
    }

    /// (Logseq's date-fns format, file name, date read).
    static let logseq: [(String, String, String?)] = [
        ("yyyy_MM_dd", "2026_11_03", "2026-11-03"),
        ("yyyy-MM-dd", "2026-11-03", "2026-11-03"),
        ("MMM do, yyyy", "Nov 3rd, 2026", "2026-11-03"),
        ("dd.MM.yyyy", "03.11.2026", "2026-11-03"),
    ]

    @Test(arguments: logseq)
    func logseqFormat(_ format: String, _ name: String, _ expected: String?) {
        #expect(DateFormat(dateFns: format).date(in: name)?.description == expected)
    }

    /// (front matter and body, path, daily folders, date, source). Modification time only in a
    /// daily-notes folder; anywhere else a file with no date is a note.
    static let sources: [(String, String, [String], String?, String)] = [
        ("---\ncreated: 2026-11-06\n---\n", "x.md", [], "2026-11-06", "front-matter"),
        ("---\ncreated_at: 2026-11-06 10:15\n---\n", "x.md", [], "2026-11-06", "front-matter"),
        ("---\nday: 2026-11-06\n---\n", "x.md", [], "2026-11-06", "front-matter"),
        ("---\ncreated: 2026-11-01\ndate: 2026-11-06\n---\n", "x.md", [], "2026-11-06", "front-matter"),
        ("---\nday: 3\n---\n", "x.md", [], nil, "none"),
        // The Journals plugin's keys (srg-kostyrko/obsidian-journal, src/constants.ts; since parser
        // version 61, before which such a note had no date): a day's, and an interval's start.
        ("---\njournal: Daily\njournal-date: 2026-11-27\n---\n", "x.md", [], "2026-11-27", "front-matter"),
        ("---\njournal: Integration weeks\njournal-start-date: 2026-11-23\njournal-end-date: 2026-11-29\njournal-index: 3\n---\n",
         "x.md", [], "2026-11-23", "front-matter"),
        ("# Tuesday, November 3, 2026\nText", "x.md", [], "2026-11-03", "heading"),
        ("# 2026-11-03\nText", "x.md", [], "2026-11-03", "heading"),
        // A year first with slashes (since parser version 61; each was a note): no country
        // reads it with the day before the month. So is a day filed in folders of its year and
        // month (`2026/11/03.md`); a name of more than the day's number is not (`2026/11/03 b.md`).
        ("# 2026/11/30\nText", "x.md", [], "2026-11-30", "heading"),
        ("---\ndate: 2026/11/30\n---\n", "x.md", [], "2026-11-30", "front-matter"),
        ("Date: 2026/11/30\n\nText\n", "x.md", [], "2026-11-30", "date-line"),
        ("Text", "2026/11/03.md", [], "2026-11-03", "file-name"),
        ("Text", "journal/2026/11/3.md", [], "2026-11-03", "file-name"),
        ("Text", "2026/11/03 b.md", [], nil, "none"),
        ("Text", "2026/13/03.md", [], nil, "none"),
        ("Text\n# 2026-11-03", "x.md", [], "2026-11-03", "heading"),
        ("## A title\n# 2026-11-03", "x.md", [], nil, "none"),
        ("no date", "Daily/x.md", ["Daily"], "2020-01-01", "modification-time"),
        ("no date", "People/Dr Rivera.md", ["Daily"], nil, "none"),
        // A `Date:` line that opens the body: Day One's and Diarly's Markdown exports begin an
        // entry `\tDate:\tDecember 5, 2019 at 12:00:00 AM EST` (the form the importers of those
        // exports read), and many templates `Date: …` or `**Date:** …`.
        ("\tDate:\tDecember 5, 2019 at 12:00:00 AM EST\n\tTags:\tkap\n\nText", "x.md", [], "2019-12-05", "date-line"),
        ("Date: 2026-11-03\nMood: 6\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("Mood: 6\ntype:: journey\ncreated: November 3, 2026\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("**Date:** 3 November 2026\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("**Day**: 2026-11-03\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("Datum: 3. November 2026\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("Fecha : 3 de noviembre de 2026\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("Дата: 3 ноября 2026\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("日付: 2026年11月3日\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("# Morning pages\n\nDate: 2026-11-03\n\nText", "x.md", [], "2026-11-03", "date-line"),
        ("---\ntitle: Morning pages\n---\n\nDate: 2026-11-03\r\nMood: 6\r\n", "x.md", [], "2026-11-03", "date-line"),
        ("Date: 2026-11-03\n\nText", "Daily/x.md", ["Daily"], "2026-11-03", "date-line"),
        // The file name and a dated first heading come first.
        ("Date: 2026-11-03\n\nText", "2026-11-05.md", [], "2026-11-05", "file-name"),
        ("# 2026-11-04\nDate: 2026-11-03\n\nText", "x.md", [], "2026-11-04", "heading"),
        // Only the lines that open the body, and only a date label with a date.
        ("Text first.\n\nDate: 2026-11-03", "x.md", [], nil, "none"),
        ("Date: 2026-11-01\n\nText.\n\nDate: 2026-11-03", "x.md", [], "2026-11-01", "date-line"),
        ("Mood: 6\n\nDate: 2026-11-03", "x.md", [], nil, "none"),
        ("Date: next Tuesday\n\nText", "x.md", [], nil, "none"),
        ("Due: 2026-11-03\n\nText", "x.md", [], nil, "none"),
        ("We met on the date: 2026-11-03\n", "x.md", [], nil, "none"),
        ("- Date: 2026-11-03\n", "x.md", [], nil, "none"),
    ]

    @Test(arguments: sources)
    func source(_ markdown: String, _ path: String, _ daily: [String], _ date: String?, _ source: String) {
        var parser = EntryParser(lexicon: shippedLexicon)
        parser.dates.dailyFolders = daily
        let entry = parser.parse(path: path, bytes: Array(markdown.utf8), modificationDate: LocalDate(year: 2020, month: 1, day: 1)).entry!
        #expect(entry.date?.description == date)
        #expect(entry.dateSource.rawValue == source)
        #expect(entry.isNote == (date == nil))
    }

    @Test("tend explain names the Date: line and its line")
    func dateLineExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let text = "---\ntitle: Morning pages\n---\n# Morning pages\n\nMood: 6\n**Date:** November 3, 2026\n\nText\n"
        let (_, trace) = parser.explain(path: "x.md", bytes: Array(text.utf8), modificationDate: nil)
        let found = trace.readings(atLine: 7).filter { $0.what == "date" }
        #expect(found.map(\.rule) == ["2026-11-03 from its 'Date:' line at the top (format MMMM D, YYYY)"])
    }

    @Test("tend explain says why a Date: line did not date the entry, and the vault's own form reads it")
    func dateLineNotRead() {
        var parser = EntryParser(lexicon: shippedLexicon)
        let bytes = Array("Date: 03/11/2026\n\nText\n".utf8)
        let (parsed, trace) = parser.explain(path: "x.md", bytes: bytes, modificationDate: nil)
        #expect(parsed.entry?.isNote == true)
        let found = trace.readings(atLine: 1).filter { $0.what == "date" }
        #expect(found.map(\.rule) == ["its 'Date:' line at the top holds no date in a form tend reads ('03/11/2026')"])
        #expect(found.first?.hint?.hasPrefix("write the day as YYYY-MM-DD") == true)
        // A warning, as a front-matter date tend cannot read is, and `tend check` lists it.
        #expect(parsed.entry?.problems.map(\.sentence) == ["the 'Date:' line at the top holds '03/11/2026', which is not a date like 2026-11-03 or November 3, 2026, so it was not used (dates: formats in .tend/config.yaml can name its form)"])
        #expect(parsed.entry?.problems.first?.place.line == 1)
        parser.dates.formats = [DateFormat(moment: "DD/MM/YYYY")]
        let entry = parser.parse(path: "x.md", bytes: bytes, modificationDate: nil).entry
        #expect(entry?.date?.description == "2026-11-03")
        #expect(entry?.dateSource == .dateLine)
        #expect(entry?.problems.isEmpty == true)
    }

    /// `Date:` says the day written about and wins over `Created:`, when the page was made, as
    /// front matter's `date` wins over `created`, in whichever order they stand: a Notion export
    /// writes `Created: November 30, 2026 9:15 AM` above the database's own `Date: November 29,
    /// 2026` (a gap hunt's journey page). Until 2026-12-03's last session the first line won.
    @Test(arguments: ["Created: November 30, 2026 9:15 AM\nDate: November 29, 2026\n\nText",
                      "Date: November 29, 2026\nCreated: November 30, 2026 9:15 AM\n\nText"])
    func aDateLineWinsOverACreatedLine(_ markdown: String) {
        let entry = parse(markdown, path: "Journey 4 2f1c9a7b3e8d4c1fa0b2c3d4e5f60718.md")
        #expect(entry.date?.description == "2026-11-29")
        #expect(entry.dateSource == .dateLine)
    }

    /// (markdown, path, warns): only a `Date:` line whose value is not a date warns, and not
    /// when the front matter gives the date; `Day: 3` and `Created: today` are text.
    static let dateLineWarnings: [(String, String, Bool)] = [
        ("Date: someday\n\nText", "x.md", true),
        ("Date: someday\n\nText", "2026-11-03.md", true),
        ("---\ndate: 2026-11-03\n---\nDate: someday\n\nText", "x.md", false),
        ("Date:\n\nText", "x.md", false),
        ("Day: 3\n\nText", "x.md", false),
        ("Created: today\n\nText", "x.md", false),
        ("Date: TBD\nCreated: 2026-11-03\n\nText", "x.md", false),
        ("Text first.\n\nDate: someday", "x.md", false),
        ("Datum: irgendwann\n\nText", "x.md", true),
        ("Data: 42 records\n\nText", "x.md", false),
    ]

    @Test("a Date: line that holds no date warns, as a front-matter date does", arguments: dateLineWarnings)
    func dateLineWarns(_ markdown: String, _ path: String, _ warns: Bool) {
        let entry = EntryParser(lexicon: shippedLexicon).parse(path: path, bytes: Array(markdown.utf8), modificationDate: nil).entry!
        #expect(entry.problems.contains { $0.sentence.contains(":' line at the top holds") } == warns)
    }

    @Test("a Date: line's warning is placed at its value")
    func dateLineWarningPlace() {
        let entry = parse("\tDate:\tsomeday\n\nText", path: "x.md")
        #expect(entry.problems.map { "\($0.place.line ?? 0):\($0.place.column ?? 0)" } == ["1:8"])
    }

    /// (text, the day found as written, the forms it may be in). moment.js writes a day with
    /// numbers in either order by language (`src/lib/locale/formats.js`: `L` is `MM/DD/YYYY`;
    /// `src/locale/de.js` `DD.MM.YYYY`, `fr.js` `DD/MM/YYYY`, `nl.js` `DD-MM-YYYY`).
    static let unorderedDays: [(String, String?, [String])] = [
        ("03.11.2026.md", "03.11.2026", ["DD.MM.YYYY", "MM.DD.YYYY"]),
        ("Journal 25.11.2026.md", "25.11.2026", ["DD.MM.YYYY"]),
        ("11-25-2026.md", "11-25-2026", ["MM-DD-YYYY"]),
        ("3/11/2026", "3/11/2026", ["D/M/YYYY", "M/D/YYYY"]),
        ("2026-11-03.md", nil, []),
        ("13.13.2026.md", nil, []),
        ("03.11-2026.md", nil, []),
        ("v1.10.20261.md", nil, []),
        ("202611031230.md", nil, []),
    ]

    @Test("a day of two numbers and a year is found, with the forms it may be in", arguments: unorderedDays)
    func unorderedDay(_ text: String, _ written: String?, _ forms: [String]) {
        let found = UnorderedDay(in: text)
        #expect(found?.written == written)
        #expect(found?.forms ?? [] == forms)
    }

    /// Regression: on Obsidian Tracker's example vault (pyrochlore/obsidian-tracker, `examples/diary/`,
    /// whose first such name is `01-01-2021.md`) `tend check` said "'01-01-2021' may be 1 January
    /// or 1 January"; a day that reads the same either way is named once, and the hint's example
    /// is a day whose readings differ.
    @Test func aDayThatReadsTheSameEitherWayIsNamedOnce() {
        #expect(UnorderedDay(in: "01-01-2021")?.readings == "1 January")
        #expect(UnorderedDay(in: "05-01-2021")?.readings == "5 January or 1 May")
        let hint = UnorderedDay.hint(forNotes: ["diary/01-01-2021.md", "diary/05-01-2021.md"], display: { $0 })
        #expect(hint == "diary/01-01-2021.md and 1 more hold a day tend cannot read without the vault's own form ('05-01-2021' may be 5 January or 1 May); add dates: formats: [\"DD-MM-YYYY\"] to .tend/config.yaml (or [\"MM-DD-YYYY\"], if the month comes first)")
    }

    @Test("tend explain says why a file named 03.11.2026 is a note, and how to read it")
    func unorderedDayExplained() {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (parsed, trace) = parser.explain(path: "Daily/03.11.2026.md", bytes: Array("A walk.\n".utf8), modificationDate: nil)
        #expect(parsed.entry?.isNote == true)
        let note = trace.readings.first { $0.what == "note" }
        #expect(note?.rule == "the file name holds '03.11.2026', a day tend cannot read without the vault's own form (3 November or 11 March), so this is a note: searchable, never placed in a week")
        #expect(note?.hint == "add dates: formats: [\"DD.MM.YYYY\"] to .tend/config.yaml (or [\"MM.DD.YYYY\"], if the month comes first)")
    }

    @Test func aNoteHasNoWarning() {
        let entry = parse("no date here", path: "notes/walk.md", modified: LocalDate(year: 2026, month: 3, day: 4))
        #expect(entry.isNote)
        #expect(entry.problems.isEmpty)
    }
}

/// A front matter `date:` read as file names and headings are: the vault's forms and the common
/// ones with a month's name. Before, only `2026-11-03` (and a time) was: `date: November 3,
/// 2026` left the entry a note.
struct FrontMatterDateTests {
    /// (the `date:` value, the vault's forms, the day read or nil).
    static let values: [(String, [String], String?)] = [
        ("2026-11-03", [], "2026-11-03"),
        ("November 3, 2026", [], "2026-11-03"),
        ("3 novembre 2026", [], "2026-11-03"),
        ("25/11/2026", [], nil),
        ("25/11/2026", ["DD/MM/YYYY"], "2026-11-25"),
        ("11/03/2026", ["MM/DD/YYYY"], "2026-11-03"),
        ("Nov 3", [], nil),
    ]

    @Test(arguments: values)
    func date(_ written: String, _ formats: [String], _ expected: String?) {
        var parser = EntryParser(lexicon: shippedLexicon)
        parser.dates.formats = formats.map { DateFormat(moment: $0) }
        let parsed = parser.parse(path: "a.md", bytes: Array("---\ndate: \(written)\n---\nText\n".utf8), modificationDate: nil)
        #expect(parsed.entry?.date?.description == expected)
    }

    /// (the `date:` value, the warning).
    static let warnings: [(String, String)] = [
        ("03/11/2026", "the date '03/11/2026' may be 3 November or 11 March, and tend reads such a day only in the form the vault names, so it was not used; add dates: formats: [\"DD/MM/YYYY\"] to .tend/config.yaml (or [\"MM/DD/YYYY\"], if the month comes first)"),
        ("25/11/2026", "the date '25/11/2026' may be 25 November, and tend reads such a day only in the form the vault names, so it was not used; add dates: formats: [\"DD/MM/YYYY\"] to .tend/config.yaml"),
        ("next Tuesday", "the date 'next Tuesday' is not a date like 2026-11-03 or 2026-11-03 09:30, so it was not used"),
    ]

    @Test(arguments: warnings)
    func warning(_ written: String, _ sentence: String) {
        let parsed = EntryParser(lexicon: shippedLexicon).parse(path: "a.md", bytes: Array("---\ndate: \(written)\n---\nText\n".utf8), modificationDate: nil)
        #expect(parsed.entry?.problems.map(\.sentence) == [sentence])
    }

    @Test func explainSaysTheDateKeyGaveNoDay() {
        let (_, trace) = EntryParser(lexicon: shippedLexicon).explain(path: "a.md", bytes: Array("---\ndate:\n---\nText\n".utf8), modificationDate: nil)
        #expect(trace.readings(atLine: 1).map(\.rule) == ["its 'date' gives no day tend can read, and there is none in the file name or its first heading, so this is a note: searchable, never placed in a week"])
    }
}
