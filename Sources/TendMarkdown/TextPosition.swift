/// A place in a file as a person sees it: 1-based line, 1-based column counted in
/// Unicode characters (scalars), as VS Code, Obsidian and most editors show it.
public struct TextPosition: Hashable, Sendable, Comparable {
    /// 1-based line.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders by line, then column.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
