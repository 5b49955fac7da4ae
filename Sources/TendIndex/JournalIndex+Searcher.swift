import GRDB
import GRDBSQLite
import TendCore

/// What `tend grep` looks for: full-text words, or a regular expression.
public enum SearchQuery: Sendable, Equatable {
    /// Words, phrases and prefixes with AND, OR, NOT (FTS5 picks the entries).
    case words(SearchPattern)
    /// A regular expression (PCRE2), matched over each entry's text.
    case regex(String)

    /// A regular expression ignores case unless it holds a capital letter (like `rg -S`).
    public var ignoresCase: Bool {
        switch self {
        case .words: true
        case .regex(let pattern): !pattern.contains(where: \.isUppercase)
        }
    }
}

extension JournalIndex {
    /// The searcher: every entry that passes `filter` and matches `query`, with its matching lines
    /// (file line, column and character ranges), by date then path. It knows nothing of output.
    ///
    /// Words go through FTS5, which picks the entries that hold them; their texts are then
    /// searched on every core. A regular expression has no index to use, so PCRE2 reads every
    /// entry that passes the filter in place, as SQLite stores it: an entry without a match costs
    /// one call and no copy. Both go from hit to hit in an entry's bytes, as rg does: only the
    /// lines holding one are cut out (``BodyLines``).
    ///
    /// - Throws: ``SearchPattern/Problem`` or ``RegularExpression/Problem`` when the query
    ///   cannot be read; a ``Diagnostic`` when the index cannot.
    public func search(_ query: SearchQuery, filter: SearchFilter) throws -> [EntryMatches] {
        var found: [EntryMatches] = []
        switch query {
        case .words(let pattern):
            var picked: [(entry: EntryMatches, text: [UInt8], bodyLine: Int)] = []
            try readCandidates(matching: pattern, filter: filter) { entry, text, bodyLine in picked.append((entry, Array(text), bodyLine)) }
            // An entry whose words the line scan cannot place (a tokenizer corner case) is left
            // out: every result is a line.
            found = Parallel.map(picked) { candidate in
                var entry = candidate.entry
                entry.lines = candidate.text.withUnsafeBufferPointer { pattern.lines(in: $0, bodyLine: candidate.bodyLine) }
                return entry
            }.filter { !$0.lines.isEmpty }
        case .regex(let pattern):
            // On one core: copying the texts of the entries that match for the other (half of
            // them for `gri.f`) cost more than it saved on the bench vault.
            try RegularExpression.compile(pattern, caseless: query.ignoresCase) { regex in
                try readCandidates(matching: nil, filter: filter) { entry, text, bodyLine in
                    let ranges = regex.matches(in: text)
                    guard !ranges.isEmpty else { return }
                    var entry = entry
                    entry.lines = LineMatch.lines(of: text, at: ranges, bodyLine: bodyLine)
                    found.append(entry)
                }
            }
        }
        return found.sorted { Self.inEntryOrder(($0.date, $0.path), ($1.date, $1.path)) }
    }

    /// Reads the candidates, handing `visit` each one's entry (with no lines yet), its text as
    /// UTF-8 bytes in SQLite's row (valid only during the call) and its body line.
    private func readCandidates(matching pattern: SearchPattern?, filter: SearchFilter,
                                _ visit: (EntryMatches, UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        let (sql, arguments) = Self.candidateQuery(matching: pattern, filter: filter)
        try readingCandidates(matching: pattern) {
            try queue.read { db in
                let statement = try db.makeStatement(sql: sql)
                let rows = try Row.fetchCursor(statement, arguments: arguments)
                let sqlite = statement.sqliteStatement
                while let row = try rows.next() {
                    let text = UnsafeBufferPointer(start: sqlite3_column_text(sqlite, 5), count: Int(sqlite3_column_bytes(sqlite, 5)))
                    let entry = EntryMatches(path: row[0], date: (row[1] as Int?).map { LocalDate(dayNumber: $0) }, session: row[2],
                                             type: EntryType(rawValue: row[3]), title: row[4], lines: [])
                    try visit(entry, text, row[6])
                }
            }
        }
    }
}

extension LineMatch {
    /// The lines of `text` (an entry's body as UTF-8) that hold the byte `ranges` (in order), with
    /// file line numbers and character columns. A match belongs to the line it starts on and is
    /// cut at that line's end; `\r` before a line break is not part of the line.
    static func lines(of text: UnsafeBufferPointer<UInt8>, at ranges: [Range<Int>], bodyLine: Int) -> [LineMatch] {
        var body = BodyLines(text)
        var result: [LineMatch] = []
        var i = 0
        while i < ranges.count {
            let line = body.line(holding: ranges[i].lowerBound)
            var characterRanges: [Range<Int>] = []
            while i < ranges.count, ranges[i].lowerBound <= line.end {
                let lower = min(ranges[i].lowerBound, line.visibleEnd), upper = min(ranges[i].upperBound, line.visibleEnd)
                let from = body.characters(line.start, lower)
                characterRanges.append(from..<(from + body.characters(lower, upper)))
                i += 1
            }
            result.append(LineMatch(line: bodyLine + line.number, column: (characterRanges.first?.lowerBound ?? 0) + 1,
                                    text: body.string(line), ranges: TextFolding.merge(characterRanges)))
        }
        return result
    }
}
