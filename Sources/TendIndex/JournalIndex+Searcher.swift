import Foundation
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
    /// Words go through FTS5, which picks the entries that hold them. A regular expression has
    /// no index to use, so PCRE2 reads every entry that passes the filter. Either way the texts
    /// are searched in place, as SQLite stores them, on every core at once: each core reads its
    /// share of the entries on a connection of its own (``searchingInPlace(matching:filter:_:)``),
    /// so no text is copied. Both go from hit to hit in an entry's bytes, as rg does: only the
    /// lines holding one are cut out (``BodyLines``).
    ///
    /// - Throws: ``SearchPattern/Problem`` or ``RegularExpression/Problem`` when the query
    ///   cannot be read; a ``Diagnostic`` when the index cannot.
    public func search(_ query: SearchQuery, filter: SearchFilter) throws -> [EntryMatches] {
        let found: [EntryMatches]
        switch query {
        case .words(let pattern):
            // An entry whose words the line scan cannot place (a tokenizer corner case) is left
            // out: every result is a line.
            found = try searchingInPlace(matching: pattern, filter: filter) { text, bodyLine in
                pattern.lines(in: text, bodyLine: bodyLine)
            }
        case .regex(let pattern):
            found = try RegularExpression.compile(pattern, caseless: query.ignoresCase) { regex in
                try searchingInPlace(matching: nil, filter: filter) { text, bodyLine in
                    // An empty body has no line, as rg reads an empty file: `^$` finds none there.
                    guard !text.isEmpty else { return [] }
                    let ranges = regex.matches(in: text)
                    return ranges.isEmpty ? [] : LineMatch.lines(of: text, at: ranges, bodyLine: bodyLine)
                }
            }
        }
        // Sorted by their keys, then taken in that order: sorting the matches themselves moved
        // each one (a path, a title and its lines) about thirteen times, and took 3 ms of
        // `tend grep anger` (7,578 entries) on the bench vault.
        let keys = found.map { (date: $0.date, path: $0.path) }
        return keys.indices.sorted { Self.inEntryOrder(keys[$0], keys[$1]) }.map { found[$0] }
    }

    /// Reads the candidates and hands `search` each one's text as UTF-8 bytes in SQLite's row
    /// (valid only during the call) and its body line; returns the entries for which `search`
    /// found lines, with them, in no order. An entry's path and title are read only then: a
    /// regular expression reads every entry, and most have no match.
    ///
    /// The entries are shared out by id among the cores (up to four), each reading its share on
    /// a connection of its own while the others read theirs: the first on the index's, the
    /// others on read-only ones each opens for itself (``connectReader(_:busyTimeout:)``), so
    /// that opening them holds up no share. Every text is searched where SQLite put it: copying
    /// the texts out of one connection to search them on both cores cost `tend grep anger`
    /// (7,578 entries, 32 MB) more than a tenth of its time, and made searching a regular
    /// expression on both cores cost more than it saved.
    private func searchingInPlace(matching pattern: SearchPattern?, filter: SearchFilter,
                                  _ search: @Sendable (UnsafeBufferPointer<UInt8>, Int) -> [LineMatch]) throws -> [EntryMatches] {
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        return try readingCandidates(matching: pattern) {
            let found = Parallel.map(Array(0..<shares)) { share -> Result<[EntryMatches], any Error> in
                Result {
                    let connection = share == 0 ? queue : try Self.connectReader(path, busyTimeout: busyTimeout)
                    defer { if share > 0 { try? connection.close() } }
                    let (sql, arguments) = Self.candidateQuery(matching: pattern, filter: filter, share: (share, of: shares))
                    return try connection.read { db in
                        var found: [EntryMatches] = []
                        let statement = try db.makeStatement(sql: sql)
                        let rows = try Row.fetchCursor(statement, arguments: arguments)
                        let sqlite = statement.sqliteStatement
                        while let row = try rows.next() {
                            let text = UnsafeBufferPointer(start: sqlite3_column_text(sqlite, 5), count: Int(sqlite3_column_bytes(sqlite, 5)))
                            let lines = search(text, row[6])
                            guard !lines.isEmpty else { continue }
                            found.append(EntryMatches(path: row[0], date: (row[1] as Int?).map { LocalDate(dayNumber: $0) }, session: row[2],
                                                      type: EntryType(rawValue: row[3]), title: row[4], lines: lines))
                        }
                        return found
                    }
                }
            }
            return try found.flatMap { try $0.get() }
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
            var columns = body.columns(on: line)
            var characterRanges: [Range<Int>] = []
            while i < ranges.count, ranges[i].lowerBound <= line.end {
                let lower = min(ranges[i].lowerBound, line.visibleEnd), upper = min(ranges[i].upperBound, line.visibleEnd)
                let from = columns.at(lower)
                characterRanges.append(from..<(from + body.characters(lower, upper)))
                i += 1
            }
            result.append(LineMatch(line: bodyLine + line.number, column: (characterRanges.first?.lowerBound ?? 0) + 1,
                                    text: body.string(line), ranges: TextFolding.merge(characterRanges)))
        }
        return result
    }
}
