/// How serious a problem is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// The entry was read, with a guess the user may want to check.
    case warning
    /// Part of the entry could not be read.
    case error

    /// Warnings sort before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// A problem found in an entry, with its place: shown as `PATH:LINE:COL: severity: message`.
public struct Problem: Sendable, Equatable, Hashable, Codable {
    /// Warning or error.
    public var severity: Severity
    /// 1-based line (1 when the problem is about the whole file).
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    /// One plain sentence, lower-case first letter, no final full stop.
    public var message: String

    /// Creates a problem.
    public init(_ severity: Severity, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A problem tied to a file of the vault (or to the vault itself when `path` is empty).
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Vault-relative path, or a description of the place.
    public var path: String
    /// The problem.
    public var problem: Problem

    /// Creates a diagnostic.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// True for an error (something tend could not read), false for a warning.
    public var isError: Bool { problem.severity == .error }

    /// `tend: PATH:LINE:COL: severity: message`.
    public var description: String {
        "tend: \(path):\(problem.line):\(problem.column): \(problem.severity.rawValue): \(problem.message)"
    }
}
