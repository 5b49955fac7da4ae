import TendMarkdown

/// The outcome of reading one file of the vault.
public enum ParsedFile: Sendable, Equatable {
    /// An entry (which may carry warnings and errors of its own).
    case entry(Entry)
    /// A file that is not a journal entry at all (binary); it is reported and left out.
    case skipped(path: String, problem: Diagnostic)

    /// The entry, when there is one.
    public var entry: Entry? {
        if case .entry(let e) = self { return e }
        return nil
    }

    /// Every problem the file has.
    public var problems: [Diagnostic] {
        switch self {
        case .entry(let e): return e.problems
        case .skipped(_, let p): return [p]
        }
    }
}

/// Turns the bytes of one file into an ``Entry``: front matter, body, every item with its place.
///
/// A parser is a value; it is safe to use from several threads at once.
public struct EntryParser: Sendable {
    /// The version of the extraction rules. Bump it when the parser's output changes,
    /// so indexes built by an older tend are rebuilt.
    public static let version = 61

    /// Which headings and tags mean what.
    public var vocabulary: Vocabulary
    /// Feeling words.
    public var lexicon: Lexicon
    /// How the vault names its days.
    public var dates = DateSettings()

    /// Creates a parser.
    public init(vocabulary: Vocabulary = Vocabulary(), lexicon: Lexicon) {
        self.vocabulary = vocabulary
        self.lexicon = lexicon
    }

    /// Reads a file.
    ///
    /// - Parameters:
    ///   - path: the vault-relative path (used for the date in the file name and the title).
    ///   - bytes: the file's bytes, as on disk.
    ///   - modificationDate: the file's modification day in local time, used when nothing else dates it.
    public func parse(path: String, bytes: [UInt8], modificationDate: LocalDate?) -> ParsedFile {
        var trace: ReadingTrace?
        return read(path: path, bytes: bytes, modificationDate: modificationDate, trace: &trace)
    }

    /// Reads a file as ``parse(path:bytes:modificationDate:)`` does, recording every decision:
    /// what each block was read as and by which rule, and why a line was skipped.
    public func explain(path: String, bytes: [UInt8], modificationDate: LocalDate?) -> (ParsedFile, ReadingTrace) {
        explain(path: path, bytes: bytes, modificationDate: modificationDate, into: ReadingTrace())
    }

    /// ``explain(path:bytes:modificationDate:)`` into a given trace (``ReadingTrace/headingsOnly``
    /// gathers only what `tend check` suggests, at the cost of an ordinary parse).
    public func explain(path: String, bytes: [UInt8], modificationDate: LocalDate?, into start: ReadingTrace) -> (ParsedFile, ReadingTrace) {
        var trace: ReadingTrace? = start
        let parsed = read(path: path, bytes: bytes, modificationDate: modificationDate, trace: &trace)
        return (parsed, trace!)
    }

    /// Themes written in words become the entry's themes when it has a day. A page of no day
    /// that lists themes (a map of the vault, `## Themes` over `- father`) lists the vault's
    /// topics, not what a day was about: `tend explain` says so where it read them.
    private func keepWrittenThemes(_ written: [String], in entry: inout Entry, trace: inout ReadingTrace?) {
        let kept = written.filter { !vocabulary.isMarker($0) }
        guard entry.isNote else {
            entry.themes = Set(entry.themes + kept).sorted()
            return
        }
        guard var said = trace else { return }
        for i in said.readings.indices where said.readings[i].what == "theme" {
            said.readings[i].what = "skipped"
            said.readings[i].rule += "; a page of no day lists the vault's topics, not its own, so these are not its themes"
        }
        trace = said
    }

    private func read(path: String, bytes: [UInt8], modificationDate: LocalDate?, trace: inout ReadingTrace?) -> ParsedFile {
        let source = SourceText(decoding: bytes)
        if source.looksBinary {
            return .skipped(path: path, problem: Diagnostic(.error, line: 1, column: 1,
                "this file looks binary, not like a Markdown entry, so it was left out"))
        }
        var entry = Entry(path: path)
        if source.wasUTF16 {
            entry.problems.append(Diagnostic(.warning, line: 1, column: 1,
                "this file is UTF-16; tend read it, but many tools expect UTF-8 (re-saving it as UTF-8 keeps it readable everywhere)"))
        }
        if source.wasWindows1252 {
            let at = source.firstInvalidByte ?? TextPosition(line: 1, column: 1)
            entry.problems.append(Diagnostic(.warning, line: at.line, column: at.column,
                "this file is not UTF-8; it was read as Windows-1252 (re-saving it as UTF-8 keeps accents right)"))
        }
        let split = FrontMatter(splitting: source.text)
        if split.isUnclosed {
            entry.problems.append(Diagnostic(.warning, line: 1, column: 1,
                "the front matter starts with '---' but is never closed; the file was read as Markdown only"))
        }
        var marks = KindMarks()
        if let yaml = split.yaml {
            readFrontMatter(yaml, firstLine: split.yamlFirstLine, into: &entry, marks: &marks, trace: &trace)
        }
        if let key = marks.dateKey, let date = entry.date {
            note(&trace, line: marks.dateAt?.line ?? 1, "date", "\(date) from the front matter '\(key)'")
        }
        let body = ObsidianComments.blanking(split.body)
        var firstHeading: (text: String, line: Int)?
        var laterHeadings: [(text: String, line: Int)] = []
        // A file read as plain text (too large) has no items, and no opening lines read either.
        var opening = OpeningLines()
        var ratingLines: [OpeningLines.Line] = []
        if let tooLarge = EntryLimits.plainTextReason(split.body) {
            entry.problems.append(tooLarge)
            entry.themes = Set(entry.themes).sorted()
        } else {
            let lines = LineTable(body)
            opening = OpeningLines(lines)
            readProperties(of: opening, into: &entry, marks: &marks, trace: &trace)
            var walker = BodyWalker(vocabulary: vocabulary, lexicon: lexicon, lines: lines, entry: entry)
            walker.trace = trace
            walker.marks = marks
            if !opening.lines.isEmpty { walker.openingLines = Set(opening.lines.map(\.line)) }
            CommonMark.read(body, into: &walker)
            entry = walker.finish()
            trace = walker.trace
            marks = walker.marks
            firstHeading = walker.firstHeading
            laterHeadings = walker.laterHeadings
            ratingLines = walker.ratingLines
        }
        entry.text = split.closingLine > 0 ? String(body.dropFirst(split.closingLine)) : body
        entry.textLine = split.closingLine
        resolveKind(of: &entry, marks: marks, trace: &trace)
        readMetrics(of: opening, below: ratingLines, into: &entry, trace: &trace)
        resolveDate(of: &entry, modificationDate: modificationDate, firstHeading: firstHeading, opening: opening,
                    dateKey: marks.dateKey, trace: &trace)
        noteOtherDays(of: entry, laterHeadings: laterHeadings, trace: &trace)
        if !marks.writtenThemes.isEmpty { keepWrittenThemes(marks.writtenThemes, in: &entry, trace: &trace) }
        if entry.title.isEmpty { entry.title = Self.fileTitle(path) }
        resolveKindFromTitle(of: &entry, marks: marks, trace: &trace)
        // Said where the title is written: its front-matter line or its heading, else at the top.
        keepTitleNumber(of: entry, line: marks.titleLine ?? 1, trace: &trace)
        entry.problems.sort(by: Diagnostic.byPlace)
        noteUnreadOpeningLines(opening, trace: &trace)
        if var kept = trace {
            // A note's skipped lines need no hint: it is not an entry to read items from.
            if entry.isNote { for i in kept.readings.indices where kept.readings[i].what == "skipped" { kept.readings[i].hint = nil } }
            // By place; on one line, what concerns the whole entry (its date, its kind) first.
            let wholeEntry: Set<String> = ["date", "type", "note"]
            kept.readings = kept.readings.enumerated().sorted {
                ($0.element.line, $0.element.column, wholeEntry.contains($0.element.what) ? 0 : 1, $0.offset)
                    < ($1.element.line, $1.element.column, wholeEntry.contains($1.element.what) ? 0 : 1, $1.offset)
            }.map(\.element)
            trace = kept
        }
        return .entry(entry)
    }

    /// An opening line that no rule read (`Did: yoga, walk`, `Weather: rain`) is said in `tend
    /// explain` too, so that no line of the top goes unexplained.
    private func noteUnreadOpeningLines(_ opening: OpeningLines, trace: inout ReadingTrace?) {
        guard trace?.recordsReadings == true, !opening.lines.isEmpty else { return }
        let explained = Set(trace!.readings.map(\.line))
        for line in opening.lines where !explained.contains(line.line) {
            note(&trace, line: line.line, "skipped",
                 "its '\(line.label):' line at the top is a label of your own, which tend keeps in the text but does not read; a label that names a section, like 'Feelings:' or 'Gratitude:', is read")
        }
    }

    /// `Tags: grief, family`, `Type: KAP` and the other keys front matter knows, on the lines
    /// that open the body (``OpeningLines/properties()``), mean what they mean there, unless
    /// the front matter has that key. Read before the body, like the front matter. A label that
    /// names a section (`Feelings:`, `Intention:`) is left to the body, which reads such a line
    /// wherever it stands (``LabelledLine``).
    private func readProperties(of opening: OpeningLines, into entry: inout Entry, marks: inout KindMarks, trace: inout ReadingTrace?) {
        var pairs = opening.properties()
        guard !pairs.isEmpty else { return }
        let written = Set(entry.fields.keys.map { $0.normalizedName() })
        pairs.removeAll { written.contains($0.key.normalizedName()) || vocabulary.section(forHeading: $0.key) != nil }
        // Tags written as tags are (`grief, #family`): `Tags: \`INPUT[toggle:show_tags]\`` (a Meta
        // Bind widget in obsidian-tasks' documentation samples) is no list of themes.
        pairs.removeAll { pair in
            guard Self.tagKeys.contains(pair.key.normalizedName()), case .scalar(let text, _, let at) = pair.value,
                  Self.tagList(pair.value).contains(where: { !$0.unicodeScalars.allSatisfy(TagScanner.isTagScalar) }) else { return false }
            note(&trace, line: at.line, "themes", "its '\(pair.key):' line at the top holds '\(text)', which is not a list of tags like 'grief, family', so it was left aside")
            return true
        }
        readProperties(pairs, into: &entry, marks: &marks, trace: &trace, source: .openingLines)
    }

    /// `Mood: 6/10` and the like on the lines that open the body (``OpeningLines``), then the
    /// lines below them that rate something (`Mood: 6/10` in a check-in paragraph,
    /// ``OpeningLines/isRating(_:)``), are metrics, unless the front matter, a field
    /// (`mood:: 6`) or a line before already gave that one: an entry keeps one mood. Then every
    /// metric named in another language takes its English name (``MetricNames``).
    private func readMetrics(of opening: OpeningLines, below ratingLines: [OpeningLines.Line], into entry: inout Entry,
                             trace: inout ReadingTrace?) {
        var read: [(key: String, line: OpeningLines.Line, atTop: Bool)] = []
        var leftAside: [(key: String, line: OpeningLines.Line, atTop: Bool)] = []
        // A field (`mood:: 6`) among the opening lines is read by Dataview's rules, as a field.
        let written = opening.lines.filter { !$0.isField }.map { ($0, true) } + ratingLines.map { ($0, false) }
        for (line, atTop) in written {
            for (key, value) in OpeningLines.metricValues(of: line) ?? [] {
                if entry.metrics[key] == nil {
                    entry.metrics[key] = value
                    read.append((key, line, atTop))
                } else {
                    leftAside.append((key, line, atTop))
                }
            }
        }
        entry.metrics = MetricNames.inEnglish(entry.metrics)
        // `Mood: anxious` at the top: a mood in a feeling's word is that feeling. (Below the top
        // the body's walker reads such a line where it stands, ``BodyWalker``'s `readRatingLine`.)
        var feelingLines: [Int: String] = [:]
        for line in opening.lines where !line.isField && OpeningLines.metricValues(of: line) == nil {
            guard let key = OpeningLines.metricKey(line), let feeling = moodFeeling(key: key, value: line.value) else { continue }
            let count = entry.emotions.count
            addEmotion(named: feeling, intensity: nil, at: TextPosition(line: line.line, column: line.column), heading: nil, into: &entry)
            feelingLines[line.line] = feeling
            // Among the feelings by place, as the body's are: before those below the top.
            if entry.emotions.count > count, let at = entry.emotions.firstIndex(where: { $0.source.line > line.line }) {
                entry.emotions.insert(entry.emotions.removeLast(), at: at)
            }
        }
        guard trace?.recordsReadings == true else { return }
        func place(_ line: OpeningLines.Line, _ atTop: Bool) -> String {
            if line.isInTable { return "its table's '\(line.written)'" }
            if let heading = line.heading { return "its line under '\(heading)'" }
            return "its '\(line.written)\(line.isWithoutColon ? "" : ":")' line\(atTop ? " at the top" : "")"
        }
        for (key, line, atTop) in read {
            if OpeningLines.change(in: line.value, key: OpeningLines.metricKey(line) ?? key) != nil {
                // One note for the pair, at its second half.
                guard key.hasSuffix("_after") else { continue }
                let name = String(key.dropLast("_after".count))
                note(&trace, line: line.line, "metric", "\(place(line, atTop)) holds a change, '\(line.value)', so it is the pair \(name)_before and \(name)_after")
                continue
            }
            // Renamed when the entry no longer holds it under the name written.
            let named = line.heading != nil ? " (\(MetricNames.englishName(of: key) ?? key))"
                : entry.metrics[key] == nil ? MetricNames.englishName(of: key).map { " (\($0))" } ?? "" : ""
            let rating = OpeningLines.withoutRemark(line.value) ?? line.value
            let readAs = line.scaleTop == 5 ? "a rating out of five"
                : EntryParser.metricNumber(rating) == nil ? OpeningLines.rescaled(key: key, rating)?.readAs : nil
            if let readAs, let value = entry.metrics[key] ?? entry.metrics[MetricNames.englishName(of: key) ?? key] {
                note(&trace, line: line.line, "metric", "\(place(line, atTop)) holds '\(line.value)', \(readAs), so it is a metric\(named): \(Review.number(value)) out of ten")
                continue
            }
            note(&trace, line: line.line, "metric", "\(place(line, atTop)) holds a number, so it is a metric\(named)")
        }
        for (key, line, atTop) in leftAside {
            // A half of a pair already (`Mood before:`) is offered no halves of its own.
            let isHalf = line.label.split(separator: " ").last.map { MetricNames.half(String($0).normalizedName()) != nil } ?? false
            note(&trace, line: line.line, "metric", "\(place(line, atTop)) holds '\(line.value)', but the entry's \(key) was already read, so this one is left aside",
                 hint: "an entry keeps one \(key)" + (isHalf ? "" : "; '\(line.label) before:' and '\(line.label) after:' keep two"))
        }
        for (line, atTop) in written {
            if atTop, let feeling = feelingLines[line.line] {
                note(&trace, line: line.line, "emotion", "\(place(line, atTop)) holds '\(feeling)', a feeling, so it is that feeling; a mood in \(Lexicon.feeling(ofFace: feeling) == nil ? "words" : "a face") has no number to chart")
                continue
            }
            guard let (why, hint) = OpeningLines.unreadNumber(line) else { continue }
            // Below the top, only what rates something is a metric line at all.
            guard atTop || OpeningLines.isRating(line) else { continue }
            note(&trace, line: line.line, "metric", "\(place(line, atTop)) \(why), so it is not a metric", hint: hint)
        }
    }

    /// The feeling a mood written in words names (`Mood: anxious`, `mood: 😫 Stressed`, as
    /// NotePlan's journal writes `Mood:: <mood>` from a list of words, NotePlan/plugins'
    /// `jgclark.DailyJournal`): the words as written, or nil when `key` names no mood (also
    /// before or after) or the value is no feeling the lexicon knows, or a mood word Daylio
    /// rates (`good`, a metric).
    func moodFeeling(key: String, value: String) -> String? {
        let name = MetricNames.englishName(of: key) ?? key
        guard name == "mood" || name == "mood_before" || name == "mood_after" else { return nil }
        let words = ItemParsing.withoutEmojiAround(value).trimmingWhitespace().droppingFinalStops()
        // `Mood: 😔`, a face alone: its feeling (``Lexicon/feeling(ofFace:)``).
        if words.isEmpty {
            let face = value.trimmingWhitespace()
            return Lexicon.feeling(ofFace: face) != nil ? face : nil
        }
        guard !words.isEmpty, words.split(separator: " ").count <= 3, OpeningLines.daylioMood(key: "mood", String(words)) == nil,
              Self.feeling(named: String(words).normalizedName(), lexicon: lexicon) != nil else { return nil }
        return String(words)
    }

    /// The file name without folders and extension (a line break or a byte that is not UTF-8
    /// in it shown escaped, as in every message: a title is one line).
    static func fileTitle(_ path: String) -> String {
        let name = FileName.shown(FileName.lastComponent(path))
        for ext in [".markdown", ".md"] where name.lowercased().hasSuffix(ext) {
            return String(name.dropLast(ext.count))
        }
        return name
    }
}
