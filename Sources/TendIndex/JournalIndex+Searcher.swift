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
    /// Words go through FTS5, which picks the few entries that hold them; their lines are then
    /// found again by folding. A regular expression is run by PCRE2 over each entry's text in
    /// place, as SQLite stores it: an entry without a match costs one call and no copy.
    ///
    /// - Throws: ``SearchPattern/Problem`` or ``RegularExpression/Problem`` when the query
    ///   cannot be read; a ``Diagnostic`` when the index cannot.
    public func search(_ query: SearchQuery, filter: SearchFilter) throws -> [EntryMatches] {
        switch query {
        case .words(let pattern):
            // An entry whose words the line scan cannot place (a tokenizer corner case) is left
            // out: every result is a line. A common word is in thousands of entries: their lines
            // are scanned on every core, as rg does.
            return Parallel.map(try candidates(matching: pattern, filter: filter)) { candidate in
                let lines = candidate.lines(matching: pattern)
                return lines.isEmpty ? nil : candidate.matches(lines)
            }.compactMap { $0 }
        case .regex(let pattern):
            let (sql, arguments) = Self.candidateQuery(matching: nil, filter: filter)
            return try RegularExpression.compile(pattern, caseless: query.ignoresCase) { regex in
                try readingCandidates(matching: nil) {
                    try queue.read { db in
                        let statement = try db.makeStatement(sql: sql)
                        let rows = try Row.fetchCursor(statement, arguments: arguments)
                        let sqlite = statement.sqliteStatement
                        var found: [EntryMatches] = []
                        while let row = try rows.next() {
                            let text = UnsafeBufferPointer(start: sqlite3_column_text(sqlite, 5), count: Int(sqlite3_column_bytes(sqlite, 5)))
                            let ranges = regex.matches(in: text)
                            if ranges.isEmpty { continue }
                            found.append(EntryMatches(
                                path: row[0], date: (row[1] as Int?).map { LocalDate(dayNumber: $0) }, session: row[2],
                                type: EntryType(rawValue: row[3]), title: row[4],
                                lines: LineMatch.lines(of: text, at: ranges, bodyLine: row[6])))
                        }
                        return found.sorted { Self.inEntryOrder(($0.date, $0.path), ($1.date, $1.path)) }
                    }
                }
            }
        }
    }
}

extension SearchCandidate {
    /// The candidate's matching lines, as the searcher yields them.
    func matches(_ lines: [LineMatch]) -> EntryMatches {
        EntryMatches(path: path, date: date, session: session, type: type, title: title, lines: lines)
    }
}

extension LineMatch {
    /// The lines of `text` (an entry's body as UTF-8) that hold the byte `ranges` (in order), with
    /// file line numbers and character columns. A match belongs to the line it starts on and is
    /// cut at that line's end; `\r` before a line break is not part of the line.
    static func lines(of text: UnsafeBufferPointer<UInt8>, at ranges: [Range<Int>], bodyLine: Int) -> [LineMatch] {
        var result: [LineMatch] = []
        var lineStart = 0, lineNumber = 1
        var i = 0
        while i < ranges.count {
            // Move to the line the next match starts on.
            while let newline = text[lineStart..<ranges[i].lowerBound].firstIndex(of: UInt8(ascii: "\n")) {
                lineStart = newline + 1
                lineNumber += 1
            }
            let lineEnd = text[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            var visibleEnd = lineEnd
            if visibleEnd > lineStart, text[visibleEnd - 1] == UInt8(ascii: "\r") { visibleEnd -= 1 }
            func characters(_ from: Int, _ to: Int) -> Int { String(decoding: text[from..<max(from, to)], as: UTF8.self).count }
            var characterRanges: [Range<Int>] = []
            while i < ranges.count, ranges[i].lowerBound <= lineEnd, ranges[i].lowerBound >= lineStart {
                let lower = min(ranges[i].lowerBound, visibleEnd), upper = min(ranges[i].upperBound, visibleEnd)
                let from = characters(lineStart, lower)
                characterRanges.append(from..<(from + characters(lower, upper)))
                i += 1
            }
            result.append(LineMatch(line: bodyLine + lineNumber, column: (characterRanges.first?.lowerBound ?? 0) + 1,
                                    text: String(decoding: text[lineStart..<visibleEnd], as: UTF8.self),
                                    ranges: TextFolding.merge(characterRanges)))
            lineStart = min(lineEnd + 1, text.count)
            lineNumber += 1
        }
        return result
    }
}
