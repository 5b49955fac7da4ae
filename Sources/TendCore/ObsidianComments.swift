/// Obsidian comments: `%% … %%`, inline or over several lines, are not part of the note.
/// Obsidian hides them in reading view and leaves them out of exports; tend does not read them
/// at all — no tags, items or fields, and no full-text search.
///
/// The rule, as Obsidian applies it:
/// - `%%` opens a comment and the next `%%` closes it, on the same line or a later one.
/// - A `%%` that is never closed hides the rest of the note.
/// - Inside a fenced code block or a code span, `%%` is text.
///
/// Comments are blanked before the Markdown is read: every character of a comment becomes one
/// space and line breaks stay, so every line and column after a comment is where it is on disk.
/// Only where a comment opens a line's text (`- %%note%% call Ana`) are its characters dropped
/// instead, since spaces there would turn the rest of the line into an indented code block;
/// the text after it on that line then reports a column that many characters to the left.
enum ObsidianComments {
    /// `text` with its comments blanked out (the text itself when it holds no `%%`).
    static func blanking(_ text: String) -> String {
        guard text.containsBytes(of: "%%") else { return text }
        let percent = UInt8(ascii: "%"), backtick = UInt8(ascii: "`"), newline = UInt8(ascii: "\n")
        let b = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var inComment = false
        var inFence = false
        var atLineStart = true
        var lineStart = 0   // where the current line starts in `out`
        var dropping = false   // the comment on this line opens it: its characters are dropped
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == newline || c == UInt8(ascii: "\r") {
                out.append(c)
                atLineStart = true
                lineStart = out.count
                // A comment going on into this line opens it.
                dropping = inComment
                i += 1
                continue
            }
            if atLineStart, !inComment, opensFence(b, at: i) {
                // A fence line toggles code; the line itself is copied as it is.
                inFence.toggle()
                let end = b[i...].firstIndex(where: { $0 == newline || $0 == UInt8(ascii: "\r") }) ?? b.count
                out.append(contentsOf: b[i..<end])
                i = end
                continue
            }
            atLineStart = false
            if inFence {
                out.append(c)
                i += 1
                continue
            }
            if c == percent, i + 1 < b.count, b[i + 1] == percent {
                if !inComment { dropping = opensLine(out[lineStart...]) }
                if !dropping { out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
                inComment.toggle()
                i += 2
                continue
            }
            if inComment {
                // One space per character: a continuation byte adds nothing.
                if !UTF8.isContinuation(c), !dropping { out.append(UInt8(ascii: " ")) }
                i += 1
                continue
            }
            if c == backtick, let close = codeSpanEnd(b, at: i) {
                out.append(contentsOf: b[i..<close])
                i = close
                continue
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when a line so far holds only white space and list or quote marks (`  - `, `> 1. `).
    private static func opensLine(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { c in
            c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: ">") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: ")")
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
        }
    }

    /// True when the line at `start` is a code fence: three or more backticks or tildes after at
    /// most three spaces.
    private static func opensFence(_ b: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < b.count, i - start < 3, b[i] == UInt8(ascii: " ") { i += 1 }
        guard i < b.count, b[i] == UInt8(ascii: "`") || b[i] == UInt8(ascii: "~") else { return false }
        let mark = b[i]
        var n = 0
        while i < b.count, b[i] == mark { n += 1; i += 1 }
        return n >= 3
    }

    /// Where the code span opened by the backtick run at `start` ends (after its closing run of
    /// the same length on the same line), or nil when the run is never closed.
    private static func codeSpanEnd(_ b: [UInt8], at start: Int) -> Int? {
        let backtick = UInt8(ascii: "`")
        var i = start
        while i < b.count, b[i] == backtick { i += 1 }
        let length = i - start
        while i < b.count, b[i] != UInt8(ascii: "\n") {
            guard b[i] == backtick else { i += 1; continue }
            var j = i
            while j < b.count, b[j] == backtick { j += 1 }
            if j - i == length { return j }
            i = j
        }
        return nil
    }
}
