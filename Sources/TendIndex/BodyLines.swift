import TendMarkdown

/// Finding the line a search hit is on, in an entry's body as UTF-8 bytes (as the index stores
/// it), the way rg does: the searcher jumps from hit to hit, and only the lines holding one are
/// cut out, turned into text and measured in characters. Lines end at `\n`; a `\r` before it is
/// not part of the line.
///
/// Walking every line to test it took a third of `tend grep anger` (7,578 entries) on the bench
/// vault; the bytes between two hits are now only looked through for line breaks.
struct BodyLines {
    /// One line of the body.
    struct Line {
        /// 1-based line of the body.
        var number: Int
        /// Its first byte.
        var start: Int
        /// Its end, before `\r\n` or `\n`.
        var visibleEnd: Int
        /// Where its line break is (the body's end for the last line).
        var end: Int
    }

    /// The body.
    let text: UnsafeBufferPointer<UInt8>
    /// The first byte of the line reached so far, and its number.
    private var start = 0, number = 1

    /// Lines of `text`, from its first.
    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// The line holding the byte at `offset` (the line break at its end included). Offsets
    /// must come in order; a line already passed is never found again.
    mutating func line(holding offset: Int) -> Line {
        // A regular expression's `\K` may report a match starting before the last one: it stays
        // on the line reached.
        let offset = max(offset, start)
        while case let newline = ByteSearch.lineEnd(in: text, from: start), newline < offset {
            start = newline + 1
            number += 1
        }
        let end = ByteSearch.lineEnd(in: text, from: offset)
        var visibleEnd = end
        if visibleEnd > start, text[visibleEnd - 1] == UInt8(ascii: "\r") { visibleEnd -= 1 }
        return Line(number: number, start: start, visibleEnd: visibleEnd, end: end)
    }

    /// The text of `line`.
    func string(_ line: Line) -> String {
        String(decoding: text[line.start..<line.visibleEnd], as: UTF8.self)
    }

    /// How many characters (as Swift counts them, as the columns do) the bytes `from..<to` of one
    /// line hold. Within a line an ASCII byte followed by another is one character (only `\r\n`
    /// would join two), so the bytes are counted as they are up to the one before the first
    /// byte that is not ASCII (which may join it, as `e` and a combining accent), and only the
    /// rest is read as characters.
    func characters(_ from: Int, _ to: Int) -> Int {
        let bytes = UnsafeBufferPointer(rebasing: text[from..<max(from, to)])
        let firstOther = bytes.firstNonASCII(from: 0)
        // All ASCII (most lines): no String to make (a String for the last byte took 11 million
        // instructions of `tend grep anger`, 22,364 counts).
        if firstOther == bytes.count { return bytes.count }
        let ascii = max(firstOther - 1, 0)
        return ascii + String(decoding: bytes[ascii...], as: UTF8.self).count
    }
}
