/// The YAML front matter of an entry, split from its Markdown body.
///
/// Front matter is YAML between a first line `---` and a closing `---` or `...`.
/// The body keeps the file's line numbers: the front matter's lines are blanked,
/// so every position libcmark reports is a position in the file on disk.
public struct FrontMatter: Sendable {
    /// The YAML text between the fences, or nil when the entry has none.
    public var yaml: String?
    /// The 1-based file line where the YAML starts (the line after the opening fence).
    public var yamlFirstLine: Int
    /// The Markdown body with the front matter's lines replaced by empty lines.
    public var body: String
    /// True when an opening `---` was found but no closing fence.
    public var isUnclosed: Bool
    /// The line of the closing fence (0 when there is none).
    public var closingLine: Int

    /// Splits `text` (whose BOM, if any, is already removed).
    public init(splitting text: String) {
        yamlFirstLine = 2
        isUnclosed = false
        closingLine = 0
        yaml = nil
        body = text
        let utf8 = text.utf8
        guard utf8.starts(with: "---".utf8) else { return }
        var lines = text.utf8.split(separator: 0x0A, maxSplits: .max, omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), Self.isFence(first, closing: false) else { return }
        var lineNumber = 1
        var yamlStart: String.Index?
        while let line = lines.next() {
            lineNumber += 1
            if yamlStart == nil { yamlStart = line.startIndex }
            if Self.isFence(line, closing: true) {
                let yamlEnd = line.startIndex
                yaml = String(text[yamlStart!..<yamlEnd])
                closingLine = lineNumber
                let rest = line.endIndex < text.endIndex ? text[text.index(after: line.endIndex)...] : ""
                body = String(repeating: "\n", count: lineNumber) + rest
                return
            }
        }
        isUnclosed = true
    }

    /// A fence line: `---` (or `...` when closing) with optional trailing spaces and `\r`.
    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == 0x20 || last == 0x09 || last == 0x0D {
            trimmed = trimmed.dropLast()
        }
        if trimmed.elementsEqual("---".utf8) { return true }
        return closing && trimmed.elementsEqual("...".utf8)
    }
}
