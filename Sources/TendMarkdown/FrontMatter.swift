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
        // Walk the lines one by one: the body after the front matter is never split.
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart != utf8.endIndex || lineNumber == 0 {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            lineNumber += 1
            if lineNumber == 1 {
                guard Self.isFence(line, closing: false) else { return }
            } else {
                if yamlStart == nil { yamlStart = lineStart }
                if Self.isFence(line, closing: true) {
                    yaml = String(text[yamlStart!..<lineStart])
                    closingLine = lineNumber
                    let rest = lineEnd < text.endIndex ? text[text.index(after: lineEnd)...] : ""
                    body = String(repeating: "\n", count: lineNumber) + rest
                    return
                }
            }
            guard lineEnd != utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
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
