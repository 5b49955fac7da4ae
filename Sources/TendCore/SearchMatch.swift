/// One line a search matched, with its place in the file on disk.
public struct LineMatch: Sendable, Equatable {
    /// 1-based file line.
    public var line: Int
    /// 1-based column (characters) of the first match.
    public var column: Int
    /// The line as written (without the line break).
    public var text: String
    /// The matched character ranges within `text` (0-based, end excluded), sorted and joined
    /// where they overlap.
    public var ranges: [Range<Int>]

    /// Creates a line match.
    public init(line: Int, column: Int, text: String, ranges: [Range<Int>]) {
        self.line = line
        self.column = column
        self.text = text
        self.ranges = ranges
    }
}

/// One entry a search matched, and its matching lines: what the searcher yields and the
/// printers show. It knows nothing of output.
public struct EntryMatches: Sendable, Equatable {
    /// Vault-relative path.
    public var path: String
    /// The entry's day (nil for a note).
    public var date: LocalDate?
    /// The entry's session.
    public var session: Int?
    /// The entry's type.
    public var type: EntryType
    /// The title.
    public var title: String
    /// The matching lines, in file order.
    public var lines: [LineMatch]

    /// Creates an entry's matches.
    public init(path: String, date: LocalDate?, session: Int?, type: EntryType, title: String, lines: [LineMatch]) {
        self.path = path
        self.date = date
        self.session = session
        self.type = type
        self.title = title
        self.lines = lines
    }
}
