import TendMarkdown

/// The labelled lines that may open an entry's body, before anything else is written: Day One
/// and Diarly export an entry so (`Date:⇥December 5, 2019 at 12:00:00 AM EST`, `Tags:⇥kap`
/// below it), and many templates begin so (`Date: 2026-11-03`, `Mood: 6/10`, `**Energy:** 4`).
///
/// Blank lines and one first heading are passed over; then every line must be `Label: value`
/// (a label of one to three words of letters, in bold or not; a field `key:: value` counts
/// too), and the first other line ends them. So `Date: next Tuesday` or `Mood: 3` halfway down
/// a page is prose, never the entry's date or a metric.
struct OpeningLines {
    /// One labelled line.
    struct Line: Equatable {
        /// The label as written (`Date`, `mood`).
        var label: String
        /// The text after the label's colon, without white space around it.
        var value: String
        /// Its line in the file.
        var line: Int
        /// The value's column (in characters) on that line.
        var column: Int = 1
        /// True for a field, `label:: value`.
        var isField = false
        /// True for a table's cells read as a line (`| Mood | 6 |`, ``PipeTable``).
        var isInTable = false
        /// True for a rating written without a colon (`Mood 7/10`, ``OpeningLines/ratingWithoutColon(_:line:)``).
        var isWithoutColon = false
        /// The heading that names the rating, for a line under it (`## Mood`, then `Before: 3`).
        var heading: String?
        /// What the label says after its words: in parentheses, a scale (`1-10` of `Mood (1-10):`)
        /// or a unit (`hours` of `Sleep (hours):`); without, a scale (`Energy 1-10:`).
        var note: String?

        /// The label as written, its note included: `Mood (1-10)`.
        var written: String { note.map { "\(label) (\($0))" } ?? label }

        /// The top of the scale the note gives (`10` for `1-10`, `0–10` or `1 to 10`); nil when
        /// the note is no scale (a unit, or none).
        var scaleTop: Int? { note.flatMap(OpeningLines.scaleTop) }
    }

    /// The top of the scale `text` names (`10` for `1-10`, `0–10` or `1 to 10`); nil for any
    /// other text.
    static func scaleTop(_ text: String) -> Int? {
        let parts = text.replacing(" to ", with: "-").split { $0 == "-" || $0 == "–" || $0 == "—" }
            .map { $0.trimmingWhitespace() }
        guard parts.count == 2, ["0", "1"].contains(parts[0]), let top = Int(parts[1]) else { return nil }
        return top
    }

    /// The labelled lines, in order.
    private(set) var lines: [Line] = []

    /// The labels that name the entry's date, in the languages whose month names tend reads
    /// (`Datum:`, `Fecha:`, `Дата:`, `日付:`): a value tend cannot read as a date is a warning.
    /// Italian, Portuguese and Polish `Data:` is left out of these, being English's word too.
    static let dateWords: Set<String> = ["date", "datum", "fecha", "дата", "tarih", "日付", "日期", "날짜"]

    /// The labels that may give the entry's date, as the front-matter keys do.
    static let dateLabels: Set<String> = dateWords.union(["created", "day", "data"])

    /// None: a file read as plain text has no opening lines read.
    init() {}

    /// Reads the opening lines of a body through its line table (which keeps the file's line
    /// numbers: front matter lines are blank in it). Every entry passes here, so a line becomes
    /// a String only when a colon stands near its start: reading the first paragraph character
    /// by character made `tend check` 1.16× as slow on the bench vault; looking at bytes, 1.00×.
    init(_ table: LineTable) {
        var headingPassed = false
        // The first heading's line, passed over: when it names a rating (`## Mood`), the pair's
        // halves under it (`Before: 3`) are its own. Read only when such a half is found.
        var headingLine: Int?
        var number = 1
        while number <= table.count, lines.count < 64 {
            defer { number += 1 }
            let content = table.lineBytes(number).drop(while: \.isASCIIWhitespace)
            if content.isEmpty {
                if lines.isEmpty { continue }
                return
            }
            if lines.isEmpty, !headingPassed, Self.isHeading(content) {
                headingPassed = true
                headingLine = number
                continue
            }
            // A label is a few words: its colon is near the line's start. A rating needs none (`Mood 7/10`).
            guard content.prefix(48).contains(UInt8(ascii: ":")) else {
                guard Self.mayRateWithoutColon(content) else { return }
                let ratings = Self.ratingsWithoutColon(String(decoding: content, as: UTF8.self).trimmingWhitespace(), line: number)
                guard !ratings.isEmpty else { return }
                for var rating in ratings {
                    rating.column += table.lineBytes(number).count - content.count
                    lines.append(rating)
                }
                continue
            }
            let found = Self.labelledLines(String(decoding: content, as: UTF8.self).trimmingWhitespace(), line: number)
            guard !found.isEmpty else { return }
            for var line in found {
                // The white space passed over is ASCII: a byte a column.
                line.column += table.lineBytes(number).count - content.count
                if let headingLine, Self.isPairHalf(line.label), let rating = Self.ratingHeading(in: table.lineBytes(headingLine)) {
                    line.label = rating.label + " " + line.label
                    line.heading = rating.heading
                }
                lines.append(line)
            }
        }
    }

    /// Where a line of several labelled values is cut (``labelledLines(_:line:)``).
    private static let cutScalars: Set<Unicode.Scalar> = ["·", "•", "|", ";", ","]
    private static let cutCharacters = Set(cutScalars.map(Character.init))

    /// The labelled values of one line: `Mood: 6/10 · Energy: 4/10 · Sleep: 7`, as compact
    /// templates write several on a line, cut at `·`, `•`, `|`, `;` or `,` when every piece is
    /// `Label: value` (`Mood: 6, Anxiety: 4`); else the line whole (`Tags: grief; family` and
    /// `Date: November 3, 2026` are one), or none when it is no labelled line.
    static func labelledLines(_ text: String, line number: Int) -> [Line] {
        // Most lines hold none of the five, or fewer than two colons: nothing to cut (cutting every
        // line cost `tend check` 1.02× the instructions, and every line with a comma 1.002×).
        let colons = text.utf8.lazy.filter { $0 == UInt8(ascii: ":") }.count
        let mayCut = colons >= 2 && text.unicodeScalars.contains(where: cutScalars.contains)
        // `Mood: 6/10 Energy: 4/10`: ratings set apart by spaces alone.
        if colons >= 2, !mayCut, let ratings = spacedRatings(text, line: number) { return ratings }
        let pieces = mayCut ? text.split(whereSeparator: cutCharacters.contains) : []
        if pieces.count > 1, pieces.allSatisfy({ $0.contains(":") }) {
            var lines: [Line] = []
            for piece in pieces {
                let written = borrowingPairName(piece.trimmingWhitespace(), after: lines.last)
                guard var line = labelled(written.text, line: number) else { break }
                // The piece's place on the line, past the white space before it.
                let start = piece.firstIndex { !$0.isWhitespace } ?? piece.startIndex
                line.column += text.distance(from: text.startIndex, to: start) - written.added
                lines.append(line)
            }
            if lines.count == pieces.count { return lines }
        }
        return labelled(text, line: number).map { [$0] } ?? []
    }

    /// Ratings on one line set apart by spaces alone, as a compact log writes them: `Mood: 6/10
    /// Energy: 4/10`, `Mood: 3 → 7 Anxiety: 8`. The line is cut after each number that one of the
    /// next two words' colon follows, and every piece must name a rating (mood, anxiety,
    /// energy, sleep, stress and their like) with a number read; else nil, and the line is
    /// read whole as before (`Time: 10:30 Place: home` is one field).
    private static func spacedRatings(_ text: String, line number: Int) -> [Line]? {
        // A few ratings are a short line: a long one is prose, not cut into words.
        guard text.utf8.count <= 120 else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 4, words.count <= 24 else { return nil }
        var pieces: [Substring] = []
        var start = words[0].startIndex
        for k in words.indices.dropLast() where words[k].last?.isNumber == true {
            let labelEnds = words[(k + 1)...].prefix(2).contains { $0.hasSuffix(":") }
            guard labelEnds else { continue }
            pieces.append(text[start..<words[k].endIndex])
            start = words[k + 1].startIndex
        }
        guard !pieces.isEmpty else { return nil }
        pieces.append(text[start...])
        var found: [Line] = []
        for piece in pieces {
            guard var line = labelled(String(piece), line: number), let key = metricKey(line), namesRating(key),
                  metricValues(of: line) != nil else { return nil }
            line.column += text.distance(from: text.startIndex, to: piece.startIndex)
            found.append(line)
        }
        return found
    }

    /// The first `Date:` line (or its like in another language) with a date in one of
    /// `formats`, and that date; else the first `Created:`, `Day:` or `Data:` line with one; else
    /// the first such line with none (its date nil: `tend explain` says why); else nil.
    func dateLine(formats: [DateFormat]) -> (line: Line, date: (LocalDate, DateFormat)?)? {
        var unread: Line?, created: (line: Line, date: (LocalDate, DateFormat))?
        for line in lines where Self.dateLabels.contains(line.label.lowercased()) {
            if let found = EntryParser.firstDate(in: line.value, formats: formats) {
                // `Date:` says the day written about, as front matter's `date` does; `Created:`
                // (a Notion export's) is when the page was made, and gives way to it.
                if Self.dateWords.contains(line.label.lowercased()) { return (line, found) }
                if created == nil { created = (line, found) }
            } else if unread == nil {
                unread = line
            }
        }
        if let created { return (created.line, created.date) }
        return unread.map { ($0, nil) }
    }

    /// The lines whose label front matter gives a meaning (`Tags: grief, family`, `Type: KAP`,
    /// `Session: 3`, `Title: After the walk`), as front matter pairs, to be read as front matter
    /// reads them. Day One exports its tags so (`Tags:⇥kap`), and many templates begin so. A
    /// `[[link]]` in a value counts as its name, as in a page property. Fields (`tags:: grief`)
    /// are left to the page properties and Dataview's rules, and the parser leaves a label that
    /// names a section (`Feelings:`) to the body. Each pair is placed at its value.
    func properties() -> [YAMLPair] {
        lines.compactMap { line in
            let key = line.label.normalizedName()
            guard !line.isField, EntryParser.isKnownKey(key) else { return nil }
            let at = TextPosition(line: line.line, column: line.column)
            return YAMLPair(key: line.label, value: .scalar(Logseq.propertyValue(line.value), isPlain: true, at: at), at: at)
        }
    }

    /// The metrics a labelled line gives: one number (`Mood: 6`, `Sleep: 7.5`, `Mood: 6/10`, the
    /// scale people write a mood on; `Mood (1-10): 6`, `Sleep (hours): 7.5`; hours of sleep with
    /// their unit, `Sleep: 7h30`, ``sleepHours(key:_:)``; a rating with a remark, `Mood: 6/10 —
    /// steadier`, ``withoutRemark(_:)``), or a change written with an arrow, which is the pair before and after (`Mood: 3 → 7` and
    /// `Mood before: 3/10 -> after: 7/10` are `mood_before` 3 and `mood_after` 7, as
    /// `Stimmung: 3 → 7` is). The key is the label's words lower-cased, as in front matter. nil
    /// for a label front matter gives a meaning of its own (`Date`, `Session`, `Type`), for a
    /// number on a scale that ends at neither ten nor five (`Mood (1-7): 4`), and for any other
    /// value. A rating out of five is doubled (`Mood: 3/5`, `Calm (1-5): 4`, `Energy: ★★★☆☆`;
    /// ``outOfFive(key:_:)``).
    static func metricValues(of line: Line) -> [(key: String, value: Double)]? {
        guard let key = metricKey(line) else { return nil }
        switch line.scaleTop {
        case nil, 10: break
        // `Calm (1-5): 4`: the label gives the scale, so any label is read out of five.
        case 5:
            guard let value = EntryParser.number(line.value), (0...5).contains(value) else { return nil }
            return [(key, value * 2)]
        default: return nil
        }
        if let value = EntryParser.metricNumber(line.value, key: key) { return [(key, value)] }
        if let hours = sleepHours(key: key, line.value) { return [(key, hours)] }
        // `Mood: 6/10 — steadier`, `Anxiety: 4 (after the call)`: a rating and a word on it.
        if let rating = withoutRemark(line.value), let value = EntryParser.metricNumber(rating, key: key),
           namesRating(key) || rating.hasSuffix("/10") || stars(rating) != nil {
            return [(key, value)]
        }
        guard let (before, after) = change(in: line.value, key: key) else { return nil }
        // `Mood before: 3 → after: 7` names the first half in its label.
        var name = key
        if let cut = name.lastIndex(of: "_"), MetricNames.half(String(name[name.index(after: cut)...])) == "before" {
            name = String(name[..<cut])
        }
        name = MetricNames.englishName(of: name) ?? name
        return [(name + "_before", before), (name + "_after", after)]
    }

    /// The arrows written as one character; `->` and `=>` are arrows too (``arrowEnd(_:at:)``).
    static let arrowScalars: Set<Unicode.Scalar> = ["→", "⟶", "➔", "➜"]

    /// Where the arrow that starts at `i` in `scalars` ends (`→`, `->`, `=>`); nil when none starts there.
    static func arrowEnd(_ scalars: String.UnicodeScalarView, at i: String.Index) -> String.Index? {
        let next = scalars.index(after: i)
        if arrowScalars.contains(scalars[i]) { return next }
        guard scalars[i] == "-" || scalars[i] == "=", next < scalars.endIndex, scalars[next] == ">" else { return nil }
        return scalars.index(after: next)
    }

    /// The two numbers of a change written with an arrow (`3 → 7`, `3/10 -> after: 7/10`), each a
    /// plain number or one out of ten, or out of five where `key` names a rating (`2/5 → 4/5`,
    /// ``outOfFive(key:_:)``); nil for any other text.
    static func change(in value: String, key: String) -> (before: Double, after: Double)? {
        let scalars = value.unicodeScalars
        guard let arrow = scalars.indices.first(where: { arrowEnd(scalars, at: $0) != nil }),
              let end = arrowEnd(scalars, at: arrow) else { return nil }
        var after = Substring(value[end...].filter { $0 != "*" }).trimmingWhitespace()
        // `after:` (or `nachher:`, `après:`…) before the second number.
        if let colon = after.firstIndex(of: ":") {
            let word = after[..<colon].trimmingWhitespace().lowercased()
            guard MetricNames.half(word) == "after" else { return nil }
            after = after[after.index(after: colon)...].trimmingWhitespace()
        }
        guard let first = EntryParser.metricNumber(String(value[..<arrow]), key: key),
              let second = EntryParser.metricNumber(String(after), key: key) else { return nil }
        return (first, second)
    }

    /// True for a labelled line below the opening ones that rates something, and so is read as a
    /// metric wherever it stands: mood, anxiety, energy, sleep or stress (in a language
    /// ``MetricNames`` knows, before or after too: `Stimmung vorher`), or any label whose number
    /// is out of ten or on a scale it gives (`Focus: 8/10`, `Focus (1-10): 8`, `Calm (1-5): 4`),
    /// or in stars (`Focus: ★★★★☆`). Any other number below the top
    /// (`Page: 12`, `Step: 3`) stays prose.
    static func isRating(_ line: Line) -> Bool {
        guard let key = metricKey(line) else { return false }
        if namesRating(key) { return true }
        return [5, 10].contains(line.scaleTop) || (line.value.contains("/10") || stars(line.value) != nil) && metricValues(of: line) != nil
    }

    /// True when a metric's key names one people rate in numbers (``ratedInNumbers``), in a
    /// language ``MetricNames`` knows, before or after too (`stimmung_vorher`).
    static func namesRating(_ key: String) -> Bool {
        let english = MetricNames.englishName(of: key) ?? key
        let name = english.split(separator: "_").first.map(String.init) ?? english
        return ratedInNumbers.contains(MetricNames.english[name] ?? name)
    }

    /// The label a heading that names a rating gives the lines under it (`## Mood`, then
    /// `Before: 3` and `After: 7`, or `6/10` alone): mood, anxiety, energy, sleep or stress
    /// (``namesRating(_:)``), from the heading's name as ``SectionName`` reduces it
    /// (`## 😊 Mood:` is `mood`); nil for any other heading.
    static func ratingHeading(key: String) -> Line? {
        // Every heading that names no section is asked: one look in a set. Asked through
        // ``namesRating(_:)``, the headings made `tend check` 1.15x the instructions.
        guard ratedNames.contains(key) else { return nil }
        return Line(label: key, value: "", line: 0)
    }

    /// ``ratingHeading(key:)`` of an ATX heading's line (`## 😊 Mood:`), with the heading's name.
    static func ratingHeading(in line: ArraySlice<UInt8>) -> Line? {
        let name = String(decoding: line.drop { $0 == UInt8(ascii: "#") || $0.isASCIIWhitespace }, as: UTF8.self).trimmingWhitespace()
        guard var rating = ratingHeading(key: SectionName(name).key) else { return nil }
        rating.heading = name
        return rating
    }

    /// The names of ``ratedInNumbers`` in every language ``MetricNames`` knows, as a heading's
    /// name is reduced (`estado de ánimo`).
    static let ratedNames: Set<String> = ratedInNumbers.union(
        MetricNames.english.filter { ratedInNumbers.contains($0.value) && !$0.key.contains("_") }.keys)

    /// True for the label of a line under a rating heading that names the pair's half
    /// (`Before:`, `After:`, `Vorher:`).
    static func isPairHalf(_ label: String) -> Bool {
        let word = label.normalizedName()
        return MetricNames.half(word) != nil
    }

    /// A rating written without a colon: `Mood 7/10`, `Mood - 6`, `Energy = 4`, `Stimmung – 5`.
    /// One or two words that name a metric people rate in numbers (``namesRating(_:)``), then a
    /// dash, `=` or only a space, then its number (plain, out of ten, or a change `3 → 7`). Any
    /// other words before a number (`Page 12`, `Chapter - 3`) are prose; a night's sleep in
    /// words (`I slept 7 hours`) is read by ``SleepSaid``.
    static func ratingWithoutColon(_ text: String, line: Int) -> Line? {
        let rest = droppingEmoji(Substring(text))
        guard let digit = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        // Something stands between the words and the number: a space, a dash or `=` (`Mood7` is a word).
        guard let between = rest[..<digit].last, between.isWhitespace || "-–—=".contains(between) else { return nil }
        var label = rest[..<digit].trimmingWhitespace()
        if let last = label.last, "-–—=".contains(last) { label = label.dropLast().trimmingWhitespace() }
        guard (1...2).contains(label.split(separator: " ").count), label.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        let found = Line(label: String(label), value: rest[digit...].trimmingWhitespace(), line: line,
                         column: text.distance(from: text.startIndex, to: digit) + 1, isWithoutColon: true)
        guard let key = metricKey(found), namesRating(key), metricValues(of: found) != nil else { return nil }
        return found
    }

    /// Ratings written without a colon, one (``ratingWithoutColon(_:line:)``) or several on a
    /// line cut at `,`, `;`, `|`, `·` or `•` with white space after it, as a check-in sums up a
    /// day: `Mood 4/10, anxiety 7/10`, `Mood 6 · Energy 4`. Every piece must be one; else none
    /// (`Mood 4, then a walk` is prose). A comma with no space after it is a decimal one (`7,5`).
    static func ratingsWithoutColon(_ written: String, line: Int) -> [Line] {
        // `Mood before 3, after 7.`: a sentence's stop is no part of the last number.
        let text = String(written.droppingFinalStops())
        var pieces: [Substring] = []
        var start = text.startIndex, i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if cutCharacters.contains(text[i]), next == text.endIndex || text[next].isWhitespace {
                pieces.append(text[start..<i])
                start = next
            }
            i = next
        }
        guard !pieces.isEmpty else { return ratingWithoutColon(text, line: line).map { [$0] } ?? [] }
        pieces.append(text[start...])
        var found: [Line] = []
        for piece in pieces {
            let begin = piece.firstIndex { !$0.isWhitespace } ?? piece.startIndex
            let written = borrowingPairName(piece.trimmingWhitespace(), after: found.last)
            guard var rating = ratingWithoutColon(written.text, line: line) else { return [] }
            rating.column += text.distance(from: text.startIndex, to: begin) - written.added
            found.append(rating)
        }
        return found
    }

    /// A piece of a line of several ratings that names only a half (`after: 7`, `after 7`), with
    /// the name of the rating the piece before it is half of (`Mood` of `Mood before`) put before
    /// it, and how many characters were put there (for its column); else the piece as it is.
    /// `Mood before: 3, after: 7` and `Mood before 3, after 7` are a pair so.
    private static func borrowingPairName(_ piece: String, after previous: Line?) -> (text: String, added: Int) {
        let word = piece.prefix { $0.isLetter }
        guard let previous, let space = previous.label.lastIndex(of: " "),
              isPairHalf(String(previous.label[previous.label.index(after: space)...])), isPairHalf(String(word)),
              let next = piece[word.endIndex...].first(where: { $0 != " " }), next == ":" || next.isNumber else { return (piece, 0) }
        let name = previous.label[..<space] + " "
        return (name + piece, name.count)
    }

    /// A quick look for a line that may rate something with no `Label:` before its number: one
    /// or several ratings (``mayRateWithoutColon(_:)``), or a night's sleep in words
    /// (``SleepSaid/mayBe(_:)``). Every line of a paragraph and every list item outside the
    /// sections is asked.
    static func mayRateWithoutLabel(_ text: String) -> Bool {
        mayRateWithoutColon(text.utf8) || SleepSaid.mayBe(text)
    }

    /// A quick look before ``ratingsWithoutColon(_:line:)``, for lines with no colon: at most 64
    /// bytes; within the first 32, a digit with only letters, spaces, `-` and `=` before it
    /// (any byte beyond ASCII may be a letter, an emoji or a dash), and after it nothing but
    /// what a number, a scale or a change is written with (`6`, `7.5`, `6/10`, `3 → 7`,
    /// `3 -> 7`; an emoji too), or a mark that cuts the line and the next rating's words (`Mood
    /// 4/10, anxiety 7/10`). So `I slept 7 hours` (``SleepSaid``'s) and `- yoga 45 min` are passed over.
    static func mayRateWithoutColon<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard bytes.count <= 64 else { return false }
        var read = 0, inNumber = false, afterCut = false
        for byte in bytes {
            if inNumber {
                // `Mood 4/10, anxiety 7/10`: after a mark that cuts a line (or a byte beyond ASCII,
                // which may be `·`) and a space, the next rating's words.
                if afterCut, byte.isASCIILetter {
                    inNumber = false
                    afterCut = false
                    read = 1
                    continue
                }
                guard !UTF8.isASCII(byte) || byte.isASCIIDigit || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
                        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";")
                        || byte == UInt8(ascii: "|") else { return false }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || !UTF8.isASCII(byte) {
                    afterCut = true
                } else if byte != UInt8(ascii: " ") {
                    afterCut = false
                }
                continue
            }
            if byte.isASCIIDigit {
                guard read > 0 else { return false }
                inNumber = true
                continue
            }
            guard !UTF8.isASCII(byte) || byte.isASCIILetter || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "=") else { return false }
            read += 1
            if read > 32 { return false }
        }
        return inNumber
    }

    /// Why the number of a labelled line is not read, and how it would be, for `tend explain` to
    /// say: a number with its unit or on a scale tend does not read there (`Dose: 60 mg`, `Mood:
    /// 4/7`, `Focus: 4/5`, `Mood (1-7): 4`; ``EntryParser/unreadNumber(_:)``), or mood, anxiety, energy, sleep or
    /// stress given in words (`Mood: good`) or as an emoji alone (`Mood: 😌`). nil when it is
    /// read, or when the line is no metric.
    static func unreadNumber(_ line: Line) -> (why: String, hint: String)? {
        guard let key = metricKey(line), metricValues(of: line) == nil else { return nil }
        let outOfTen = "write it as '\(line.label): 6' or '\(line.label): 6/10'"
        switch ratingWithoutNumber(key: key, value: line.value) {
        case "a word": return ("holds '\(line.value)', a word, not a number\(moodWords(key: key))", outOfTen + " to chart it")
        // `Mood: 😌`: a face says how it was, but not where on a scale; one beside a number is read.
        case "an emoji": return ("holds '\(line.value)', an emoji, not a number",
                                 "write it as '\(line.label): 6 \(line.value)' or '\(line.label): 6/10' to chart it")
        default: break
        }
        let why = "holds '\(line.value)', which is not a plain number or one out of ten"
        switch EntryParser.unreadNumber(line.value) {
        case .withUnit(let number, let unit):
            // The number alone would be read.
            return (why, "write it as '\(line.label): \(number)' (the unit in the label, as '\(line.label) (\(unit)): \(number)') to read it as a number")
        case .onScale("5"):
            // Mood, anxiety… are read out of five, unless the number is over five (`6/5`).
            guard !namesRating(key) else { return ("holds '\(line.value)', a number over five out of five", outOfTen) }
            let doubled = EntryParser.number(line.value, outOf: "5").map { Review.number($0 * 2) } ?? "6"
            return ("holds '\(line.value)', a number out of five: \(outOfFiveWhy)",
                    "write it as '\(line.label) (1-5): \(line.value.prefix { $0 != "/" && $0 != " " })' or '\(line.label): \(doubled)/10' to chart it")
        case .onScale("100") where !namesRating(key):
            return ("holds '\(line.value)', a number out of a hundred: \(percentWhy)",
                    "write it as '\(line.label): \(tenthOf(line.value))/10' to chart it")
        case .onScale: return (why, outOfTen)
        case nil: break
        }
        if EntryParser.metricNumber(line.value) != nil, let top = line.scaleTop, top != 10, top != 5 {
            return ("gives a scale to \(top), not to ten", outOfTen)
        }
        return nil
    }

    /// `a word` or `an emoji` when `value` gives mood, anxiety, energy, sleep or stress (`key`)
    /// so (`Mood: good`, `Mood: 😌`), which people chart as numbers; nil for any other value or
    /// key. The lines at the top and front matter say why alike.
    static func ratingWithoutNumber(key: String, value: String) -> String? {
        guard !value.isEmpty, ratedInNumbers.contains(MetricNames.englishName(of: key) ?? key) else { return nil }
        // A face before the word says no more than the word (`Mood: 😊 okay`).
        let bare = droppingEmoji(Substring(value))
        if bare.isEmpty { return "an emoji" }
        return bare.first?.isLetter == true ? "a word" : nil
    }

    /// What `tend explain` adds where mood is given in a word it does not read (`Mood: okay`):
    /// the words it does read (``daylioMood(key:_:)``); empty for any other key.
    static func moodWords(key: String) -> String {
        (MetricNames.englishName(of: key) ?? key) == "mood" ? " (of words, tend reads Daylio's five moods: \(daylioWords))" : ""
    }

    /// The metrics people rate with a number, which a word (`Mood: good`) leaves uncharted;
    /// any other label with words (`Weather: rain`, `Place: home`) is just a line.
    static let ratedInNumbers: Set<String> = ["mood", "anxiety", "energy", "sleep", "stress"]

    /// The metric a line's label would name: lower-cased as in front matter, its words joined
    /// by `_` (`Mood before` is `mood_before`, one half of a pair `tend sessions` shows side by
    /// side); nil for a label front matter gives a meaning of its own.
    static func metricKey(_ line: Line) -> String? {
        let key = line.label.normalizedName()
        return EntryParser.knownKeys.contains(key) || EntryParser.tagKeys.contains(key) ? nil : key.replacing(" ", with: "_")
    }

    /// `text` without the emoji or symbols it starts with and the spaces after them (`😊 `,
    /// `🌡️ `): decoration before a label, as people write `## 💡 Insights`.
    static func droppingEmoji(_ text: Substring) -> Substring {
        guard let first = text.unicodeScalars.first, !first.isASCII else { return text }
        return text.drop { $0.isWhitespace || $0.isSymbol || $0.unicodeScalars.first?.properties.isEmojiPresentation == true }
    }

    /// An ATX heading line (`# Morning pages`, `##`), not a tag (`#kap`).
    private static func isHeading(_ line: ArraySlice<UInt8>) -> Bool {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return false }
        return line.dropFirst(hashes).first?.isASCIIWhitespace ?? true
    }

    /// `Label: value` (or `**Label:** value`, `**Label**: value`, a field `label:: value`, and
    /// any of them after an emoji: `😊 Mood: 7/10`, `**⚡ Energy:** 4`); nil for any other line.
    static func labelled(_ text: String, line: Int) -> Line? {
        var rest = droppingEmoji(Substring(text))
        let bold = rest.hasPrefix("**")
        if bold { rest = droppingEmoji(rest.dropFirst(2)) }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        var label = rest[..<colon]
        if bold, label.hasSuffix("**") { label = label.dropLast(2) }
        // A note in parentheses after the words: `Mood (1-10)`, `Sleep (hours)`.
        var note: String?
        if label.hasSuffix(")"), let open = label.lastIndex(of: "(") {
            let inside = label[label.index(after: open)..<label.index(before: label.endIndex)].trimmingWhitespace()
            guard !inside.isEmpty, inside.count <= 16 else { return nil }
            note = inside
            label = label[..<open]
        }
        label = Substring(label.trimmingWhitespace())
        // A scale after the words, without parentheses: `Energy 1-10`.
        if note == nil, let space = label.lastIndex(of: " "), scaleTop(String(label[label.index(after: space)...])) != nil {
            note = String(label[label.index(after: space)...])
            label = Substring(label[..<space].trimmingWhitespace())
        }
        guard (1...3).contains(label.split(separator: " ").count), label.first?.isLetter == true,
              label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "_" || $0 == "-" }) else { return nil }
        var value = rest[rest.index(after: colon)...]
        let isField = value.hasPrefix(":")
        if isField { value = value.dropFirst() }
        if bold, value.hasPrefix("**") { value = value.dropFirst(2) }
        let start = value.firstIndex { !$0.isWhitespace } ?? value.endIndex
        return Line(label: String(label), value: value.trimmingWhitespace(), line: line,
                    column: text.distance(from: text.startIndex, to: start) + 1, isField: isField, note: note)
    }
}
