import TendMarkdown

/// What one file may cost tend, so that no file, however large or strange, can stall a run or
/// take the machine's memory. A journal entry is a few kilobytes; these are far above that.
///
/// - A file larger than ``maximumFileBytes`` is not read at all (an error says so).
/// - A file larger than ``maximumMarkdownBytes``, or with a line longer than
///   ``maximumLineBytes``, is read as plain text: its front matter and its words are kept and
///   can be searched, but its Markdown is not parsed, so no insight, feeling or step in it is
///   found (a warning says so). libcmark needs hundreds of bytes of memory for each `*` of a
///   10 MB line of `*a*a*a…`, over a gigabyte in all.
/// - Lists and block quotes are read down to ``CommonMark/maximumDepth`` levels.
/// - YAML aliases may repeat values only as much as the front matter is long
///   (see ``YAMLValue/read(_:firstLine:)``).
public enum EntryLimits {
    /// 16 MiB.
    public static let maximumFileBytes = 16 << 20
    /// 2 MiB.
    public static let maximumMarkdownBytes = 2 << 20
    /// 64 KiB.
    public static let maximumLineBytes = 64 << 10

    /// Why `text` should be read as plain text, with the place to point at; nil when its
    /// Markdown may be parsed.
    static func plainTextReason(_ text: String) -> Diagnostic? {
        var text = text
        return text.withUTF8 { bytes -> Diagnostic? in
            if bytes.count > maximumMarkdownBytes {
                return Diagnostic(.warning, line: 1, column: 1,
                    "this file is larger than \(maximumMarkdownBytes >> 20) MB, so tend read it as plain text: it can be searched, but no insight, feeling or step in it was read")
            }
            // A text no longer than the line limit has no line over it: most entries end here.
            if bytes.count <= maximumLineBytes { return nil }
            var line = 1
            var start = 0
            while start < bytes.count {
                let end = ByteSearch.lineEnd(in: bytes, from: start)
                if end - start > maximumLineBytes {
                    return Diagnostic(.warning, line: line, column: 1,
                        "this line is longer than \(maximumLineBytes >> 10) KB, so tend read the file as plain text: it can be searched, but no insight, feeling or step in it was read")
                }
                line += 1
                start = end + 1
            }
            return nil
        }
    }
}
