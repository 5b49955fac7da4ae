import TendMarkdown

/// The outcome of reading one file of the vault.
public enum ParsedFile: Sendable, Equatable {
    /// An entry (which may carry warnings and errors of its own).
    case entry(Entry)
    /// A file that is not a journal entry at all (binary); it is reported and left out.
    case skipped(path: String, problem: Problem)

    /// The entry, when there is one.
    public var entry: Entry? {
        if case .entry(let e) = self { return e }
        return nil
    }

    /// Every problem the file has.
    public var problems: [Problem] {
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
    public static let version = 3

    /// Which headings and tags mean what.
    public var vocabulary: Vocabulary
    /// Feeling words.
    public var lexicon: Lexicon

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
        let source = SourceText(decoding: bytes)
        if source.looksBinary {
            return .skipped(path: path, problem: Problem(.error, line: 1, column: 1,
                "this file looks binary, not like a Markdown entry, so it was left out"))
        }
        var entry = Entry(path: path)
        if source.wasUTF16 {
            entry.problems.append(Problem(.warning, line: 1, column: 1,
                "this file is UTF-16; tend read it, but many tools expect UTF-8 (re-saving it as UTF-8 keeps it readable everywhere)"))
        }
        if source.wasWindows1252 {
            let at = source.firstInvalidByte ?? TextPosition(line: 1, column: 1)
            entry.problems.append(Problem(.warning, line: at.line, column: at.column,
                "this file is not UTF-8; it was read as Windows-1252 (re-saving it as UTF-8 keeps accents right)"))
        }
        let split = FrontMatter(splitting: source.text)
        if split.isUnclosed {
            entry.problems.append(Problem(.warning, line: 1, column: 1,
                "the front matter starts with '---' but is never closed; the file was read as Markdown only"))
        }
        if let yaml = split.yaml {
            readFrontMatter(yaml, firstLine: split.yamlFirstLine, into: &entry)
        }
        if let tooLarge = EntryLimits.plainTextReason(split.body) {
            entry.problems.append(tooLarge)
            entry.themes = Set(entry.themes).sorted()
        } else {
            var walker = BodyWalker(vocabulary: vocabulary, lexicon: lexicon, lines: LineTable(split.body), entry: entry)
            CommonMark.read(split.body, into: &walker)
            entry = walker.finish()
        }
        entry.text = split.closingLine > 0 ? String(split.body.dropFirst(split.closingLine)) : split.body
        entry.textLine = split.closingLine
        resolveDate(of: &entry, modificationDate: modificationDate)
        if entry.title.isEmpty { entry.title = Self.fileTitle(path) }
        entry.problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return .entry(entry)
    }

    private func resolveDate(of entry: inout Entry, modificationDate: LocalDate?) {
        if entry.date != nil { return }
        if let date = Self.date(inFileName: entry.path) {
            entry.date = date
            entry.dateSource = .fileName
        } else if let modificationDate {
            entry.date = modificationDate
            entry.dateSource = .modificationTime
            entry.problems.append(Problem(.warning, line: 1, column: 1,
                "no date in the front matter or the file name, so the file's modification day \(modificationDate) was used (add 'date: \(modificationDate)' to keep it)"))
        } else {
            entry.problems.append(Problem(.warning, line: 1, column: 1,
                "no date in the front matter or the file name; add 'date: YYYY-MM-DD' to place it in a week"))
        }
    }

    /// The first `YYYY-MM-DD` in the file name (not the folders).
    public static func date(inFileName path: String) -> LocalDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let bytes = Array(name.utf8)
        guard bytes.count >= 10 else { return nil }
        for i in 0...(bytes.count - 10) where bytes[i] >= 0x30 && bytes[i] <= 0x39 {
            if i > 0, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39 { continue }
            if let d = LocalDate(parsing: String(decoding: bytes[i..<(i + 10)], as: UTF8.self)) { return d }
        }
        return nil
    }

    /// The file name without folders and extension (a line break or a byte that is not UTF-8
    /// in it shown escaped, as in every message: a title is one line).
    static func fileTitle(_ path: String) -> String {
        let name = FileName.shown(path.split(separator: "/").last.map(String.init) ?? path)
        for ext in [".markdown", ".md"] where name.lowercased().hasSuffix(ext) {
            return String(name.dropLast(ext.count))
        }
        return name
    }
}
