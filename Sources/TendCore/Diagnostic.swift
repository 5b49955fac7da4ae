import TendMarkdown

/// How serious a problem is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// The entry was read, with a guess the user may want to check.
    case warning
    /// Part of the entry could not be read.
    case error

    /// Warnings sort before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// Where a diagnostic points: a file, a line and a column in it. Each part may be missing: a
/// problem found while reading an entry has no path until the entry's path is added
/// (``Diagnostic/placed(in:)``); a file that cannot be written has no line; a usage error has
/// no place at all.
public struct Place: Sendable, Equatable, Hashable {
    /// The file or folder as the user names it (vault-relative, or as given on the command line).
    public var path: String?
    /// 1-based line.
    public var line: Int?
    /// 1-based column, in characters.
    public var column: Int?

    /// Creates a place.
    public init(path: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }
}

/// Something tend has to tell the person: a place, a severity and one sentence. Every layer
/// reports problems (and throws errors) as this one value; only the command line prints it,
/// as `tend: PATH:LINE:COL: severity: sentence` (docs/commands.md). Tests compare it exactly.
public struct Diagnostic: Error, Sendable, Equatable, Hashable {
    /// Where, as far as it is known.
    public var place: Place
    /// Warning or error.
    public var severity: Severity
    /// One plain sentence, lower-case first letter, no final full stop.
    public var sentence: String

    /// Creates a diagnostic at `place`.
    public init(_ severity: Severity, _ sentence: String, at place: Place = Place()) {
        self.place = place
        self.severity = severity
        self.sentence = sentence
    }

    /// Creates a diagnostic at a line and column of the file being read (its path is added later
    /// with ``placed(in:)``).
    public init(_ severity: Severity, line: Int, column: Int, _ sentence: String) {
        self.init(severity, sentence, at: Place(line: line, column: column))
    }

    /// Creates a diagnostic at a position in the file being read. (TendMarkdown, below this
    /// module, reports a YAML error as its own ``YAMLProblem``; the parser and the
    /// configuration turn it into a diagnostic with this.)
    public init(_ severity: Severity, at position: TextPosition, _ sentence: String) {
        self.init(severity, line: position.line, column: position.column, sentence)
    }

    /// An error about a file or folder as a whole (`path`), or with no place at all.
    public static func error(_ sentence: String, path: String? = nil) -> Diagnostic {
        Diagnostic(.error, sentence, at: Place(path: path))
    }

    /// Orders diagnostics by path, line and column (a missing part first).
    public static func byPlace(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.place.path ?? "", a.place.line ?? 0, a.place.column ?? 0) < (b.place.path ?? "", b.place.line ?? 0, b.place.column ?? 0)
    }

    /// True for an error (something tend could not read or do), false for a warning.
    public var isError: Bool { severity == .error }

    /// The same diagnostic in the file `path`: the place's path is set (or replaced), its line
    /// and column kept.
    public func placed(in path: String) -> Diagnostic {
        var placed = self
        placed.place.path = path
        return placed
    }

    /// The same diagnostic in `path` when it names no file yet (an index or template error
    /// reported at the path the person gave).
    public func placed(orIn path: String) -> Diagnostic {
        place.path == nil ? placed(in: path) : self
    }
}

/// An error that stands for a diagnostic: thrown where the caller must tell it apart from
/// other failures (a refused index path stops a run, other index failures do not), and
/// printed as its ``diagnostic``.
public protocol DiagnosticConvertible: Error {
    /// What to tell the person.
    var diagnostic: Diagnostic { get }
}

/// An entry's problems are stored in the index and exported as
/// `{"severity", "line", "column", "message"}` (the path is the entry's own).
extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey { case path, severity, line, column, message }

    /// Reads a stored problem.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try values.decode(Severity.self, forKey: .severity), try values.decode(String.self, forKey: .message),
                  at: Place(path: try values.decodeIfPresent(String.self, forKey: .path),
                            line: try values.decodeIfPresent(Int.self, forKey: .line),
                            column: try values.decodeIfPresent(Int.self, forKey: .column)))
    }

    /// Writes a problem to store.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encodeIfPresent(place.path, forKey: .path)
        try values.encode(severity, forKey: .severity)
        try values.encodeIfPresent(place.line, forKey: .line)
        try values.encodeIfPresent(place.column, forKey: .column)
        try values.encode(sentence, forKey: .message)
    }
}
