import Foundation
import TendMarkdown
import GRDB
import TendCore

/// Which entries a search looks in.
public struct SearchFilter: Sendable, Equatable {
    /// Themes the entry must all carry (`grief` also matches `grief/father`).
    public var tags: [String] = []
    /// Entry types, any of them.
    public var types: [EntryType] = []
    /// The session the entry belongs to.
    public var session: Int?
    /// On or after this day.
    public var since: LocalDate?
    /// On or before this day.
    public var until: LocalDate?
    /// Conditions on front matter fields and metrics, all of them.
    public var conditions: [FieldCondition] = []

    /// No filter.
    public init() {}
}

/// `KEY=VALUE`, `KEY>N`, `KEY<N`, `KEY>=N`, `KEY<=N` on a front matter field or a metric.
public struct FieldCondition: Sendable, Equatable {
    /// How to compare.
    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        /// `KEY=VALUE`: the same number, or the same text (any case), or one item of a list.
        case equal = "="
        /// `KEY<N`.
        case less = "<"
        /// `KEY>N`.
        case greater = ">"
        /// `KEY<=N`.
        case lessOrEqual = "<="
        /// `KEY>=N`.
        case greaterOrEqual = ">="
    }
    /// The field, matched case-insensitively.
    public var key: String
    /// The comparison.
    public var comparison: Comparison
    /// The value as written.
    public var value: String

    /// A condition that could not be read, as one plain sentence.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// The sentence.
        public var description: String
    }

    /// Reads `KEY=VALUE` and the others. The comparison is the run of `=`, `<`, `>`, `!` and `~`
    /// after the key, so that `mood!=3` or `mood=>3` is refused rather than read as a key
    /// `mood!` or a value `>3` that never matches. `<`, `>`, `<=` and `>=` compare numbers, or
    /// days written `YYYY-MM-DD` (kept as text, whose order is the days' order).
    ///
    /// - Throws: ``Problem`` when there is no key, no known comparison, or no value it can compare.
    public init(parsing text: String) throws {
        let operatorCharacters: Set<Character> = ["=", "<", ">", "!", "~"]
        guard let start = text.firstIndex(where: operatorCharacters.contains) else {
            throw Problem(description: "--where wants KEY=VALUE, KEY>N or KEY<N, like mood>5; '\(text)' has no comparison")
        }
        let end = text[start...].firstIndex { !operatorCharacters.contains($0) } ?? text.endIndex
        key = text[..<start].trimmingCharacters(in: .whitespaces).lowercased()
        let written = String(text[start..<end])
        value = text[end...].trimmingCharacters(in: .whitespaces)
        guard let comparison = Comparison(rawValue: written) else {
            let known = Comparison.allCases.map(\.rawValue).joined(separator: " ")
            throw Problem(description: "--where knows the comparisons \(known); '\(written)' in '\(text)' is not one of them")
        }
        self.comparison = comparison
        guard !key.isEmpty, !key.contains("\"") else {
            throw Problem(description: "--where needs the name of a field before '\(written)', like mood>5; '\(text)' has none")
        }
        guard !value.isEmpty else {
            throw Problem(description: "--where needs a value after '\(written)', like \(key)\(written)5; '\(text)' has none")
        }
        if comparison != .equal, Double(value) == nil, LocalDate(parsing: value) == nil {
            throw Problem(description: "--where \(key)\(written)… compares numbers (or days written YYYY-MM-DD); '\(value)' is neither")
        }
    }
}

/// An entry a search found, with what is needed to show its lines.
public struct SearchCandidate: Sendable, Equatable {
    /// Vault-relative path.
    public var path: String
    /// The entry's day.
    public var date: LocalDate?
    /// The entry's session.
    public var session: Int?
    /// The entry's type.
    public var type: EntryType
    /// The title.
    public var title: String
    /// The body (after the front matter).
    public var text: String
    /// How many file lines come before the body.
    public var bodyLine: Int
}

extension JournalIndex {
    /// Entries that pass the filter (and match the full-text query, when there is one), by date then path.
    ///
    /// - Throws: ``SearchPattern/Problem`` when SQLite cannot read the query.
    public func candidates(matching pattern: SearchPattern?, filter: SearchFilter) throws -> [SearchCandidate] {
        let (sql, arguments) = Self.candidateQuery(matching: pattern, filter: filter)
        return try readingCandidates(matching: pattern) {
            try queue.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SearchCandidate(path: row[0], date: (row[1] as Int?).map { LocalDate(dayNumber: $0) }, session: row[2],
                                    type: EntryType(rawValue: row[3]), title: row[4], text: row[5], bodyLine: row[6])
                }.sorted { Self.inEntryOrder(($0.date, $0.path), ($1.date, $1.path)) }
            }
        }
    }

    /// By date, notes (no date) last, then by path in byte order (SQLite's `BINARY`).
    ///
    /// Sorted here rather than by `ORDER BY`: SQLite sorted the rows with their text, and on the
    /// 10,000-entry bench vault wrote the 80 MB of a search that reads every entry to a temporary
    /// file first (20,000 page writes per `tend grep --regex`).
    static func inEntryOrder(_ a: (date: LocalDate?, path: String), _ b: (date: LocalDate?, path: String)) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: x < y
        case (nil, _?): false
        case (_?, nil): true
        default: a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
    }

    /// How many consecutive ids go to one connection of a search shared among the cores.
    static let shareRun = 64

    /// The SQL of ``candidates(matching:filter:)``, in no order: columns path, day, session, type,
    /// title, text, body_line. With a `share`, only the entries in runs of ``shareRun`` ids whose
    /// number leaves that remainder (`index`) when divided by `of`.
    static func candidateQuery(matching pattern: SearchPattern?, filter: SearchFilter,
                               share: (index: Int, of: Int)? = nil) -> (sql: String, arguments: StatementArguments) {
        var conditions = ["e.skipped = 0"]
        var arguments: StatementArguments = []
        if let share, share.of > 1 {
            // Runs of 64 ids, not every other id: a page of the entry table holds about eight
            // entries, and with ids dealt out one by one each connection read nearly every page
            // (64 MB copied for the 32 MB of `anger`). Tested on the full-text rowid, the share is
            // decided before the entry's page is read at all. `grep anger` and `--regex gri.f`
            // 0.95× (CPU 0.93×) on the bench vault.
            let id = pattern == nil ? "e.id" : "entry_fts.rowid"
            conditions.append("(\(id) / \(Self.shareRun)) % ? = ?")
            _ = arguments.append(contentsOf: [share.of, share.index])
        }
        var from = "entry e"
        if let pattern {
            // CROSS JOIN keeps FTS5 the outer loop. With a plain JOIN SQLite walked the entries and
            // ran the full-text query again for each: 470 ms instead of 20 ms for `anger` (7,578 of
            // the 10,000 bench entries).
            from = "entry_fts CROSS JOIN entry e ON e.id = entry_fts.rowid"
            conditions.append("entry_fts MATCH ?")
            _ = arguments.append(contentsOf: [pattern.ftsQuery])
        }
        for tag in filter.tags {
            var name = tag.lowercased()
            while name.hasPrefix("#") { name.removeFirst() }
            conditions.append("EXISTS (SELECT 1 FROM theme t WHERE t.entry_id = e.id AND (t.name = ? OR substr(t.name, 1, ?) = ?))")
            _ = arguments.append(contentsOf: [name, name.count + 1, name + "/"])
        }
        if !filter.types.isEmpty {
            conditions.append("e.type IN (\(filter.types.map { _ in "?" }.joined(separator: ", ")))")
            _ = arguments.append(contentsOf: StatementArguments(filter.types.map(\.rawValue)))
        }
        if let session = filter.session { conditions.append("e.session = ?"); _ = arguments.append(contentsOf: [session]) }
        if let since = filter.since { conditions.append("e.day >= ?"); _ = arguments.append(contentsOf: [since.dayNumber]) }
        if let until = filter.until { conditions.append("e.day <= ?"); _ = arguments.append(contentsOf: [until.dayNumber]) }
        for condition in filter.conditions {
            // The JSON path is bound, never spliced into the SQL text.
            let path = "$.\"\(condition.key)\""
            let number = Double(condition.value)
            let numeric = """
                COALESCE(json_extract(e.metrics, ?),
                         CASE WHEN json_type(e.fields, ?) IN ('integer', 'real') THEN json_extract(e.fields, ?) END)
                """
            let listItem = "EXISTS (SELECT 1 FROM json_each(e.fields, ?) j WHERE lower(CAST(j.value AS TEXT)) = lower(?))"
            switch (condition.comparison, number) {
            case (.equal, let number?):
                conditions.append("(\(numeric) = ? OR \(listItem))")
                _ = arguments.append(contentsOf: [path, path, path, number, path, condition.value])
            case (.equal, nil):
                conditions.append(listItem)
                _ = arguments.append(contentsOf: [path, condition.value])
            case (let op, let number?):
                conditions.append("\(numeric) \(op.rawValue) ?")
                _ = arguments.append(contentsOf: [path, path, path, number])
            case (let op, nil):
                conditions.append("json_type(e.fields, ?) = 'text' AND json_extract(e.fields, ?) \(op.rawValue) ?")
                _ = arguments.append(contentsOf: [path, path, condition.value])
            }
        }
        let sql = """
            SELECT e.path, e.day, e.session, e.type, e.title, e.text, e.body_line FROM \(from)
            WHERE \(conditions.joined(separator: " AND "))
            """
        return (sql, arguments)
    }

    /// Runs a read of candidates, repairing a damaged index once, with SQLite's errors in plain words.
    func readingCandidates<T>(matching pattern: SearchPattern?, _ read: () throws -> T) throws -> T {
        do {
            return try repairing(resync: true, read)
        } catch let error as DatabaseError where pattern != nil && error.resultCode == .SQLITE_ERROR && !Self.isDamage(error) {
            throw SearchPattern.Problem(description: "the search could not be read; write words, \"a phrase\" or prefix*, and put a word on each side of AND, OR and NOT")
        } catch let error as DatabaseError {
            throw Diagnostic.error("the index could not be read (\(error.message ?? "\(error.resultCode)")); 'tend index --rebuild' builds it again")
        }
    }
}

extension SearchCandidate {
    /// The lines of the body where the full-text terms occur, with file line numbers.
    public func lines(matching pattern: SearchPattern) -> [LineMatch] {
        var text = text
        return text.withUTF8 { pattern.lines(in: $0, bodyLine: bodyLine) }
    }
}
