/// How the vault names and files its days: the daily-note formats its settings give
/// (Obsidian's daily-notes and periodic-notes settings, Logseq's journal file name format,
/// `dates.formats` in the config) and the folders daily notes live in.
public struct DateSettings: Sendable, Equatable {
    /// The vault's own formats, tried before the common ones.
    public var formats: [DateFormat] = []
    /// Folders of daily notes: only there does a file's modification day date it.
    public var dailyFolders: [String] = []

    /// No settings: the common forms only.
    public init() {}

    /// The forms a date is looked for in: the vault's own, then the common ones.
    var withCommonFormats: [DateFormat] { formats + DateFormat.common }
}

/// The date of an entry, in order: front matter (`date`, else `created`, `created_at`, `day`);
/// a date in the file name (the vault's format, else a common one; a weekly note's name,
/// `2026-W47`, gives its week's Monday); a first heading that is a date; a `Date:` line at the
/// top of the body; for a file in a daily-notes folder only, its modification day (with a
/// warning). A file with none of these is a *note*: it has no date,
/// and nothing places it in a week.
extension EntryParser {
    /// - Parameter dateKey: the key that was to give the date (`date`), when there is one:
    ///   reached here with no date, it was empty or could not be read.
    func resolveDate(of entry: inout Entry, modificationDate: LocalDate?, firstHeading: (text: String, line: Int)?,
                     opening: OpeningLines, dateKey: String?, trace: inout ReadingTrace?) {
        if entry.date != nil { return }
        let dateLine = opening.dateLine(formats: dates.withCommonFormats)
        if let (date, format) = date(inFileName: entry.path) {
            entry.date = date
            entry.dateSource = .fileName
            note(&trace, line: 1, "date", "\(date) from the file name (format \(format))")
        } else if let date = Logseq.journalDate(path: entry.path) {
            entry.date = date
            entry.dateSource = .fileName
            note(&trace, line: 1, "date", "\(date) from the name of a Logseq journal page")
        } else if let week = Week(parsing: FileName.lastComponent(Self.withoutExtension(entry.path))) {
            // `2026-W47.md`, a weekly note as Obsidian's Periodic Notes names one: its week's first day.
            entry.date = week.start
            entry.dateSource = .fileName
            note(&trace, line: 1, "date", "\(week.start) from the file name, a weekly note: the first day of \(week)")
        } else if let firstHeading, let (date, format) = Self.firstDate(in: firstHeading.text, formats: dates.withCommonFormats) {
            entry.date = date
            entry.dateSource = .heading
            note(&trace, line: firstHeading.line, "date", "\(date) from the first heading (format \(format))")
        } else if let (line, found) = dateLine, let (date, format) = found {
            entry.date = date
            entry.dateSource = .dateLine
            note(&trace, line: line.line, "date", "\(date) from its '\(line.label):' line at the top (format \(format))")
        } else if let folder = Vocabulary.folder(of: entry.path, in: dates.dailyFolders), let modificationDate {
            entry.date = modificationDate
            entry.dateSource = .modificationTime
            entry.problems.append(Diagnostic(.warning, line: 1, column: 1,
                "no date in the front matter, the file name or its first heading, so the file's modification day \(modificationDate) was used (add 'date: \(modificationDate)' to keep it)"))
            note(&trace, line: 1, "date", "\(modificationDate), the file's modification day (it is in the daily-notes folder \(folder))")
        } else if trace?.recordsReadings == true, let day = UnorderedDay(in: FileName.lastComponent(entry.path)) {
            note(&trace, line: 1, "note", "the file name holds '\(day.written)', a day tend cannot read without the vault's own form (\(day.readings)), so this is a note: searchable, never placed in a week",
                 hint: UnorderedDay.configurationHint(day.forms))
        } else if let dateKey {
            note(&trace, line: 1, "note", "its '\(dateKey)' gives no day tend can read, and there is none in the file name or its first heading, so this is a note: searchable, never placed in a week",
                 hint: "write it as '\(dateKey): YYYY-MM-DD' to make it an entry")
        } else {
            note(&trace, line: 1, "note", "no date in the front matter, the file name or its first heading, so this is a note: searchable, never placed in a week",
                 hint: "add 'date: YYYY-MM-DD' to the front matter to make it an entry")
        }
        // A `Date:` line tend could not read is a warning, as a front-matter `date:` is (a
        // `Day: 3` or `Created: today` is left as text, as those keys are there), and `tend
        // explain` says why when it left the entry without a date.
        guard let (line, found) = dateLine, found == nil else { return }
        if OpeningLines.dateWords.contains(line.label.lowercased()), !line.value.isEmpty, entry.dateSource != .frontMatter {
            entry.problems.append(Diagnostic(.warning, line: line.line, column: line.column,
                "the '\(line.label):' line at the top holds '\(line.value)', which is not a date like 2026-11-03 or November 3, 2026, so it was not used (dates: formats in .tend/config.yaml can name its form)"))
        }
        if entry.date == nil || entry.dateSource == .modificationTime {
            note(&trace, line: line.line, "date", "its '\(line.label):' line at the top holds no date in a form tend reads ('\(line.value)')",
                 hint: "write the day as YYYY-MM-DD or 'November 3, 2026', or name its form in dates: formats in .tend/config.yaml")
        }
    }

    /// The date in a file's name: the vault's formats first (a format with `/` is matched
    /// against the folders too), then the common forms.
    public func date(inFileName path: String) -> (LocalDate, DateFormat)? {
        let stem = Self.withoutExtension(path)
        let name = FileName.lastComponent(stem)
        for format in dates.formats {
            if format.description.contains("/") {
                let parts = stem.split(separator: "/")
                let depth = format.description.split(separator: "/").count
                guard parts.count >= depth else { continue }
                let tail = parts.suffix(depth).joined(separator: "/")
                if let date = format.date(in: tail) { return (date, format) }
            } else if let date = format.date(in: name) {
                return (date, format)
            }
        }
        if let found = Self.firstDate(in: name, formats: DateFormat.common) { return found }
        // `2026/11/03.md`: a day a file, in a folder for its year and one for its month, as a
        // journal kept in VS Code or vim is often filed (since parser version 61; it was a note).
        let parts = stem.split(separator: "/").suffix(3)
        guard parts.count == 3, parts.allSatisfy({ $0.utf8.allSatisfy(\.isASCIIDigit) }),
              parts[parts.startIndex].utf8.count == 4, parts.dropFirst().allSatisfy({ (1...2).contains($0.utf8.count) }),
              let date = Self.folderDays.date(in: parts.joined(separator: "/")) else { return nil }
        return (date, Self.folderDays)
    }

    /// A day filed in folders of its year and month (`2026/11/03.md`, `2026/11/3.md`).
    private static let folderDays = DateFormat(moment: "YYYY/M/D")

    /// A file that keeps several days under dated headings (a month's journal in one file) is
    /// one entry, of one day or none: `tend explain` says so at each heading that names another
    /// day, when there are at least two (one other date in a heading, `## Remembering
    /// 2019-05-02`, is just a heading), and the trace counts them for `tend check`.
    func noteOtherDays(of entry: Entry, laterHeadings: [(text: String, line: Int)], trace: inout ReadingTrace?) {
        guard trace != nil, !laterHeadings.isEmpty else { return }
        let days = laterHeadings.compactMap { heading -> (text: String, line: Int, day: LocalDate)? in
            guard let (day, _) = Self.firstDate(in: heading.text, formats: dates.withCommonFormats), day != entry.date else { return nil }
            return (heading.text, heading.line, day)
        }
        let distinct = Set(days.map(\.day)).count
        guard distinct >= 2 else { return }
        trace!.otherDays = distinct
        // A month's file titled `# November 2026` has no day of its own: it is a note.
        let counts = entry.date.map { "counts for \($0)" } ?? "is part of this note, in no week"
        for heading in days {
            note(&trace, line: heading.line, "date", "\"\(heading.text)\" names \(heading.day), but tend reads one entry a file, so what follows \(counts)",
                 hint: "keep each day in a file of its own (a daily note) to see it in its own week")
        }
    }

    /// For `tend check`: the entries (vault-relative paths) whose headings name at least two
    /// days besides their own, with how many; nil when there are none. `display` shows a path.
    public static func manyDaysHint(_ files: [(path: String, days: Int)], display: (String) -> String) -> String? {
        guard let first = files.first else { return nil }
        let named = display(first.path) + (files.count > 1 ? " and \(files.count - 1) more" : "")
        let names = files.count == 1 ? "names \(first.days) days in its headings" : "name days in their headings (\(first.days) in the first)"
        return "\(named) \(names); tend reads one entry a file, so a file a day shows each day in its week "
            + "('tend explain \(display(first.path))' shows where)"
    }

    /// The first of `formats` that finds a date in `text`.
    static func firstDate(in text: String, formats: [DateFormat]) -> (LocalDate, DateFormat)? {
        for format in formats {
            if let date = format.date(in: text) { return (date, format) }
        }
        return nil
    }

    /// The path without `.md` / `.markdown`.
    static func withoutExtension(_ path: String) -> String {
        for ext in [".markdown", ".md"] where path.lowercased().hasSuffix(ext) {
            return String(path.dropLast(ext.count))
        }
        return path
    }

    func note(_ trace: inout ReadingTrace?, line: Int, _ what: String, _ rule: @autoclosure () -> String,
              hint: @autoclosure () -> String? = nil) {
        guard trace?.recordsReadings == true else { return }
        trace!.readings.append(ReadingTrace.Reading(line: line, column: 1, what: what, rule: rule(), hint: hint()))
    }
}
