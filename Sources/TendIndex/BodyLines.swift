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
        String(decoding: UnsafeBufferPointer(rebasing: text[line.start..<line.visibleEnd]), as: UTF8.self)
    }

    /// The columns of places on `line`, asked for in order (see ``Columns``).
    func columns(on line: Line) -> Columns {
        Columns(body: self, counted: line.start)
    }

    /// The character column (0-based) of places on one line, each counted on from the last
    /// place asked for rather than from the line's start: counting every match of a line from
    /// its start went over a line of many matches again for each, and made a String of the
    /// rest of the line at each one that followed an accent or a dash (with a line's text made
    /// straight from its bytes, `tend grep --regex the`, 228,000 lines on the bench vault, takes
    /// 0.93× the CPU time).
    ///
    /// A count resumes only between two ASCII bytes, where no character can be split (only
    /// `\r\n` would join two, and a line holds none); before any other place, and before a
    /// place earlier than the last one (a regular expression's `\K`), it starts again from the
    /// line's start, so every column is the one ``characters(_:_:)`` gives from there.
    struct Columns {
        let body: BodyLines
        /// The line's start, then the last place a count may resume from, and the characters before it.
        private var counted: Int
        private var column = 0
        private let start: Int

        init(body: BodyLines, counted start: Int) {
            self.body = body
            self.start = start
            counted = start
        }

        /// The characters from the line's start to byte `offset` of the body.
        mutating func at(_ offset: Int) -> Int {
            if offset < counted { counted = start; column = 0 }
            let found = column + body.characters(counted, offset)
            let text = body.text
            if offset == start || (offset < text.count && UTF8.isASCII(text[offset - 1]) && UTF8.isASCII(text[offset])) {
                counted = offset
                column = found
            }
            return found
        }
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
