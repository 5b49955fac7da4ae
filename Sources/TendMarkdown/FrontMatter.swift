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
        guard text.utf8.starts(with: "---".utf8) else { return }
        // Walk the lines' bytes one by one: the body after the front matter is never split.
        var text = text
        let scan = text.withUTF8 { bytes -> Scan in
            let n = bytes.count
            var lineStart = 0
            var lineNumber = 0
            var yamlStart = 0
            while lineStart < n || lineNumber == 0 {
                let lineEnd = ByteSearch.lineEnd(in: bytes, from: lineStart)
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if lineNumber == 1 {
                    guard Self.isFence(line, closing: false) else { return .none }
                } else {
                    if lineNumber == 2 { yamlStart = lineStart }
                    if Self.isFence(line, closing: true) {
                        return .closed(line: lineNumber, yaml: yamlStart..<lineStart, rest: min(lineEnd + 1, n))
                    }
                }
                guard lineEnd < n else { break }
                lineStart = lineEnd + 1
            }
            return .unclosed
        }
        switch scan {
        case .none:
            return
        case .unclosed:
            isUnclosed = true
        case .closed(let line, let yamlBytes, let rest):
            let utf8 = text.utf8
            let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
            yaml = String(text[index(yamlBytes.lowerBound)..<index(yamlBytes.upperBound)])
            closingLine = line
            body = String(repeating: "\n", count: line) + text[index(rest)...]
        }
    }

    /// What the walk over the lines found: no front matter, one never closed, or one closed
    /// on `line`, its YAML in the bytes `yaml`, the body from the byte `rest`.
    private enum Scan {
        case none
        case unclosed
        case closed(line: Int, yaml: Range<Int>, rest: Int)
    }

    /// A fence line: `---` (or `...` when closing) with optional trailing spaces and `\r`.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
        var count = line.count
        while count > 0, line[count - 1] == UInt8(ascii: " ") || line[count - 1] == UInt8(ascii: "\t")
                || line[count - 1] == UInt8(ascii: "\r") { count -= 1 }
        guard count == 3 else { return false }
        let c = line[0]
        return (c == UInt8(ascii: "-") || (closing && c == UInt8(ascii: "."))) && line[1] == c && line[2] == c
    }
}
