/// The front matter most entries have, read without libyaml.
///
/// Nearly every entry's front matter is a handful of `key: value` lines, `[a, b]` lists and
/// `- item` lists of plain words. Going through Yams (libyaml's events, then a node tree)
/// costs more than the rest of the entry's Markdown, so this reader takes that common shape
/// on its own and gives back exactly what ``YAMLValue/read(_:firstLine:)`` would: the same
/// scalars as written, the same places; a key's block of `- item` lines or of indented
/// `name: value` lines too, and one-line `[a, b]` lists and `{a: 1, b: 2}` mappings.
/// Anything it is not sure of — escapes, comments, deeper nesting, block scalars, anchors,
/// tabs, an empty value, a key written twice — makes
/// it decline (nil), and Yams reads the text, errors and all. Tests hold it to Yams's answer.
///
/// It stays because it pays: with every front matter read by Yams (`Yams.compose`, its own
/// API for a node tree with places), `tend check` on the 10,000-entry bench vault took 1.20×
/// the time and the CPU (paired runs, December 2026).
enum SimpleYAML {
    /// The value of a simple front matter, or nil when Yams must read it.
    static func read(_ yaml: String, firstLine: Int) -> YAMLValue? {
        var yaml = yaml
        return yaml.withUTF8 { read(bytes: $0, firstLine: firstLine) }
    }

    /// A key written alone on its line (`key:`), whose value is the block below it:
    /// a list of `- item` lines, or a mapping of indented `name: value` lines.
    private struct OpenKey {
        var key: String
        var at: TextPosition
        /// The indentation of the block's lines, once the first one is read.
        var indent = 0
        /// Where the block starts, once its first line is read.
        var blockAt: TextPosition?
        var items: [YAMLValue] = []
        var pairs: [YAMLPair] = []
        var keys = SeenKeys()

        /// The first line of the block sets its indentation; every other line must match it.
        mutating func line(at lineNumber: Int, indent: Int) -> Bool {
            if blockAt != nil { return indent == self.indent }
            self.indent = indent
            blockAt = TextPosition(line: lineNumber, column: indent + 1)
            return true
        }

        /// The pair, or nil for a key with no value at all (Yams decides what that is).
        var pair: YAMLPair? {
            guard let blockAt else { return nil }
            return YAMLPair(key: key, value: items.isEmpty ? .mapping(pairs, at: blockAt) : .sequence(items, at: blockAt), at: at)
        }
    }

    /// The keys of one mapping so far, to notice a key written twice. A front matter has a
    /// handful of keys, and comparing a few short strings is cheaper than hashing them; past
    /// that they are hashed (comparing each key with all before it made a front matter of
    /// 40,000 keys take seconds).
    struct SeenKeys {
        private var few: [String] = []
        private var many: Set<String>?

        /// Records a key; false when it was seen before.
        mutating func insert(_ key: String) -> Bool {
            if many != nil { return many!.insert(key).inserted }
            if few.contains(key) { return false }
            few.append(key)
            if few.count > 16 { many = Set(few) }
            return true
        }
    }

    private static func read(bytes b: UnsafeBufferPointer<UInt8>, firstLine: Int) -> YAMLValue? {
        var pairs: [YAMLPair] = []
        var keys = SeenKeys()
        var open: OpenKey?
        var lineStart = 0
        var lineNumber = firstLine
        let n = b.count

        func closeOpenKey() -> Bool {
            guard let key = open else { return true }
            open = nil
            guard let pair = key.pair else { return false }
            pairs.append(pair)
            return true
        }

        while lineStart < n {
            let lineEnd = ByteSearch.lineEnd(in: b, from: lineStart)
            defer { lineStart = lineEnd + 1; lineNumber += 1 }
            var end = lineEnd
            if end > lineStart, b[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = UnsafeBufferPointer(rebasing: b[lineStart..<end])
            // Tabs, stray carriage returns, control characters, and the characters
            // YAML reads as line breaks or refuses (NEL and C1 controls, U+2028/2029, BOM,
            // U+FFFE/FFFF): Yams decides.
            var i = 0
            while i < line.count {
                if line[i].isASCII {
                    if line[i].isASCIIControl { return nil }   // tabs and carriage returns are controls too
                    i += 1
                    continue
                }
                let (scalar, width) = line.scalar(at: i)
                if isBreakOrRefused(scalar) { return nil }
                i += width
            }
            var indent = 0
            while indent < line.count, line[indent] == UInt8(ascii: " ") { indent += 1 }
            if indent == line.count { continue }   // a blank line

            if open != nil, line[indent] == UInt8(ascii: "-"), indent + 1 < line.count, line[indent + 1] == UInt8(ascii: " ") {
                // `- item` of the open key's list; every item at the same indentation.
                guard open!.pairs.isEmpty, open!.line(at: lineNumber, indent: indent) else { return nil }
                var start = indent + 2
                while start < line.count, line[start] == UInt8(ascii: " ") { start += 1 }
                guard let text = plainScalar(line, from: start, inFlow: false) else { return nil }
                open!.items.append(.scalar(text, isPlain: true, at: TextPosition(line: lineNumber, column: column(line, start))))
                continue
            }
            if open != nil, indent > 0 {
                // `  name: value` of the open key's mapping; every name at the same indentation.
                guard open!.items.isEmpty, open!.line(at: lineNumber, indent: indent),
                      let pair = keyValue(line, indent: indent, lineNumber: lineNumber),
                      let value = pair.value, open!.keys.insert(pair.key) else { return nil }
                open!.pairs.append(YAMLPair(key: pair.key, value: value, at: pair.at))
                continue
            }
            guard closeOpenKey(), indent == 0, let pair = keyValue(line, indent: 0, lineNumber: lineNumber),
                  keys.insert(pair.key) else { return nil }
            if let value = pair.value {
                pairs.append(YAMLPair(key: pair.key, value: value, at: pair.at))
            } else {
                open = OpenKey(key: pair.key, at: pair.at)
            }
        }
        guard closeOpenKey(), let first = pairs.first else { return nil }
        return .mapping(pairs, at: first.at)
    }

    /// The characters YAML reads as line breaks or refuses in a document: the C1 controls
    /// (NEL among them), the line and paragraph separators, the byte-order mark, U+FFFE and U+FFFF.
    private static func isBreakOrRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{80}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}": return true
        default: return false
        }
    }

    /// `key: value` from `indent` to the end of the line; the value is nil when the line ends
    /// after the colon. Nil altogether when Yams must judge the line.
    private static func keyValue(_ line: UnsafeBufferPointer<UInt8>, indent: Int,
                                 lineNumber: Int) -> (key: String, value: YAMLValue?, at: TextPosition)? {
        guard let (key, colon) = plainKey(line, from: indent) else { return nil }
        let at = TextPosition(line: lineNumber, column: indent + 1)
        var start = colon + 1
        if start < line.count, line[start] != UInt8(ascii: " ") { return nil }
        while start < line.count, line[start] == UInt8(ascii: " ") { start += 1 }
        if start == line.count { return (key, nil, at) }
        if line[start] == UInt8(ascii: "[") {
            guard let list = flowList(line, from: start, line: lineNumber) else { return nil }
            return (key, list, at)
        }
        if line[start] == UInt8(ascii: "{") {
            guard let map = flowMapping(line, from: start, line: lineNumber) else { return nil }
            return (key, map, at)
        }
        let valueAt = TextPosition(line: lineNumber, column: column(line, start))
        if line[start] == UInt8(ascii: "\"") || line[start] == UInt8(ascii: "'") {
            guard let text = quotedScalar(line, from: start) else { return nil }
            return (key, .scalar(text, isPlain: false, at: valueAt), at)
        }
        guard let text = plainScalar(line, from: start, inFlow: false) else { return nil }
        return (key, .scalar(text, isPlain: true, at: valueAt), at)
    }

    /// `[a, b c, d]` on one line: plain words only; nothing may follow the `]`.
    private static func flowList(_ line: UnsafeBufferPointer<UInt8>, from open: Int, line lineNumber: Int) -> YAMLValue? {
        var items: [YAMLValue] = []
        var columns = Columns(line: line)
        let at = TextPosition(line: lineNumber, column: columns.at(open))
        var i = open + 1
        while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
        if i < line.count, line[i] == UInt8(ascii: "]") {
            i += 1
        } else {
            var closed = false
            while !closed {
                guard let item = flowValue(line, from: i, closer: UInt8(ascii: "]"), line: lineNumber, columns: &columns) else { return nil }
                items.append(item.value)
                (i, closed) = (item.next, item.closed)
            }
        }
        guard onlySpaces(line, from: i) else { return nil }
        return .sequence(items, at: at)
    }

    /// `{grief: 7, relief: 4}` on one line: plain keys, each followed by `: `, and plain values;
    /// no key twice, not empty, nothing after the `}`.
    private static func flowMapping(_ line: UnsafeBufferPointer<UInt8>, from open: Int, line lineNumber: Int) -> YAMLValue? {
        var pairs: [YAMLPair] = []
        var keys = SeenKeys()
        var columns = Columns(line: line)
        let at = TextPosition(line: lineNumber, column: columns.at(open))
        var i = open + 1
        while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
        while true {
            let keyStart = i
            guard let (key, colon) = plainKey(line, from: keyStart), colon + 1 < line.count, line[colon + 1] == UInt8(ascii: " "),
                  keys.insert(key) else { return nil }
            i = colon + 1
            while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
            let keyAt = TextPosition(line: lineNumber, column: columns.at(keyStart))
            guard let item = flowValue(line, from: i, closer: UInt8(ascii: "}"), line: lineNumber, columns: &columns) else { return nil }
            pairs.append(YAMLPair(key: key, value: item.value, at: keyAt))
            i = item.next
            if item.closed { break }
        }
        guard onlySpaces(line, from: i) else { return nil }
        return .mapping(pairs, at: at)
    }

    /// A plain key from `start` up to its `:` (not begun with a space or `-`, not ended with a
    /// space), and where the `:` is; nil when the text there is not one.
    private static func plainKey(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> (key: String, colon: Int)? {
        var colon = start
        while colon < line.count, isKeyByte(line[colon]) { colon += 1 }
        guard colon > start, colon < line.count, line[colon] == UInt8(ascii: ":"), line[start] != UInt8(ascii: " "),
              line[start] != UInt8(ascii: "-"), line[colon - 1] != UInt8(ascii: " ") else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: line[start..<colon]), as: UTF8.self), colon)
    }

    /// One plain value of a one-line flow list or mapping, from `start` to the next `,` or
    /// `closer`; with where reading goes on (spaces skipped) and whether `closer` ended it.
    /// Nil when the collection is never closed or the value is empty or not plain.
    private static func flowValue(_ line: UnsafeBufferPointer<UInt8>, from start: Int, closer: UInt8,
                                  line lineNumber: Int, columns: inout Columns) -> (value: YAMLValue, next: Int, closed: Bool)? {
        var i = start
        while i < line.count, line[i] != UInt8(ascii: ","), line[i] != closer { i += 1 }
        guard i < line.count else { return nil }   // never closed
        // plainScalar trims the spaces before the `,` and is nil for an empty value.
        guard let text = plainScalar(UnsafeBufferPointer(rebasing: line[0..<i]), from: start, inFlow: true) else { return nil }
        let closed = line[i] == closer
        i += 1
        while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
        return (.scalar(text, isPlain: true, at: TextPosition(line: lineNumber, column: columns.at(start))), i, closed)
    }

    /// True when nothing but spaces follows `i` (nothing may follow a flow list or mapping).
    private static func onlySpaces(_ line: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        line[i...].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The plain scalar from `start` to the end of `line`, trailing spaces trimmed, or nil
    /// when YAML could read it as anything but plain text.
    private static func plainScalar(_ line: UnsafeBufferPointer<UInt8>, from start: Int, inFlow: Bool) -> String? {
        var end = line.count
        while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > start else { return nil }
        let first = line[start]
        // Indicators that start something other than a plain scalar (`-` only before a digit, as in -2).
        if first == UInt8(ascii: "-") {
            guard start + 1 < end, line[start + 1].isASCIIDigit else { return nil }
        } else if isIndicator(first) {
            return nil
        }
        var i = start
        while i < end {
            let c = line[i]
            // `: ` (or a final `:`) would start a mapping; in a flow list, brackets and colons end the word.
            if c == UInt8(ascii: "#") { return nil }   // a comment, or a `#` Yams should judge
            if c == UInt8(ascii: ":"), i + 1 == end || line[i + 1] == UInt8(ascii: " ") || inFlow { return nil }
            if inFlow, isFlowIndicator(c) { return nil }
            i += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
    }

    /// A byte that starts something other than a plain scalar: `? : , [ ] { } & * ! | > ' " % @` and the backquote.
    /// (A switch: searching a string's bytes for it cost 4 M instructions over 1,000 entries.)
    private static func isIndicator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    /// A byte that ends a word in a flow list: `[ ] { } , ' "`.
    private static func isFlowIndicator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
             UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default:
            false
        }
    }

    /// `"text"` or `'text'` closed on the same line, with no escapes (`\`, `''`) inside and
    /// nothing but spaces after it.
    private static func quotedScalar(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        let quote = line[start]
        var close = start + 1
        while close < line.count, line[close] != quote {
            if line[close] == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { return nil }
            close += 1
        }
        guard close < line.count else { return nil }
        var after = close + 1
        while after < line.count, line[after] == UInt8(ascii: " ") { after += 1 }
        guard after == line.count else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: line[(start + 1)..<close]), as: UTF8.self)
    }

    /// Keys of plain ASCII words: letters, digits, `_`, `-`, spaces.
    @inline(__always)
    private static func isKeyByte(_ c: UInt8) -> Bool {
        c.isASCIILetter || c.isASCIIDigit || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ")
    }

    /// The 1-based column of byte `offset`, in characters (libyaml counts characters).
    /// The character columns of one line, counted on from the last one asked for: the items of
    /// a flow list come left to right, so a line of 40,000 tags is counted once, not once per
    /// tag (which made reading it grow with the square of its length).
    private struct Columns {
        let line: UnsafeBufferPointer<UInt8>
        private var offset = 0
        private var column = 1

        init(line: UnsafeBufferPointer<UInt8>) { self.line = line }

        mutating func at(_ target: Int) -> Int {
            if target < offset { (offset, column) = (0, 1) }
            while offset < target {
                if !line[offset].isUTF8Continuation { column += 1 }
                offset += 1
            }
            return column
        }
    }

    private static func column(_ line: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var column = 1
        for i in 0..<offset where !line[i].isUTF8Continuation { column += 1 }
        return column
    }
}
