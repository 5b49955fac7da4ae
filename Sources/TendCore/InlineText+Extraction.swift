import TendMarkdown

/// What extraction asks of a paragraph's text (laid out by ``InlineText`` in TendMarkdown).
extension InlineText {
    /// True when the first line is an Obsidian callout title (`[!note] Title`).
    var startsWithCalloutTitle: Bool {
        let first = lines[0].display.utf8
        guard first.starts(with: "[!".utf8), let close = first.firstIndex(of: 0x5D) else { return false }
        let type = first[first.index(first.startIndex, offsetBy: 2)..<close]
        return !type.isEmpty && type.allSatisfy { $0 == 0x2D || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
    }

    /// The lines after a callout title: the callout's own text.
    func droppingCalloutTitle() -> InlineText {
        guard startsWithCalloutTitle else { return self }
        return InlineText(lines: Array(lines.dropFirst()), mayHoldTags: mayHoldTags, mayHoldFields: mayHoldFields)
    }

    /// The whole text on one line, white space folded.
    var displayText: String {
        if lines.count == 1 { return lines[0].display.foldingWhitespace() }
        return lines.map(\.display).joined(separator: " ").foldingWhitespace()
    }

    /// Where the first line starts.
    var start: SourcePoint? { lines.first(where: { $0.start != nil })?.start }
}

extension InlineText.Line {
    /// The file point of a byte offset within `scannable`.
    func point(atScannableOffset offset: Int) -> SourcePoint? {
        let before = moreAnchors.last(where: { $0.offset <= offset }) ?? firstAnchor.flatMap { $0.offset <= offset ? $0 : nil }
        guard let anchor = before else { return start }
        return SourcePoint(line: anchor.point.line, byteColumn: anchor.point.byteColumn + offset - anchor.offset)
    }
}

extension String {
    /// Runs of white space (NBSP and other Unicode spaces included) folded to one space, trimmed.
    /// Works on UTF-8 bytes: this runs on every item's text.
    func foldingWhitespace() -> String {
        withBytes { bytes -> String in
            if Self.isFolded(bytes) { return self }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let width = b > 0x20 && b < 0x80 ? 0 : Self.spaceWidth(bytes, i)
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    i += width
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when folding would change nothing: no white space at either end, none but
    /// single ASCII spaces inside (most item texts; they are returned without a copy).
    private static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        var i = 0
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while i < n {
            // Eight ASCII bytes with no control character at once: only their spaces matter.
            if i + 8 <= n, let base = bytes.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if word & highs == 0, (word &- ones &* 0x20) & ~word & highs == 0 {
                    let x = word ^ (ones &* 0x20)
                    let spaces = ~(((x & lows) &+ lows) | x | lows)   // the high bit of each space byte
                    if spaces & (spaces << 8) != 0 { return false }   // two spaces side by side
                    if previousWasSpace, spaces & 0x80 != 0 { return false }
                    previousWasSpace = spaces >> 63 != 0
                    i += 8
                    continue
                }
            }
            let c = bytes[i]
            if c > 0x20, c < 0x80 {   // the common case: a visible ASCII character
                previousWasSpace = false
                i += 1
                continue
            }
            let width = spaceWidth(bytes, i)
            if width > 0 {
                if previousWasSpace || c != 0x20 { return false }
                previousWasSpace = true
                i += width
                continue
            }
            previousWasSpace = false
            i += 1
        }
        return !previousWasSpace || n == 0
    }

    /// The byte length of a white-space character starting at `i`, or 0.
    @inline(__always)
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2 where i + 1 < n: return b[i + 1] == 0xA0 || b[i + 1] == 0x85 ? 2 : 0   // NBSP, NEL
        case 0xE1 where i + 2 < n: return b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0  // OGHAM SPACE
        case 0xE2 where i + 2 < n:
            if b[i + 1] == 0x80 { let d = b[i + 2]; return (d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0 }
            return b[i + 1] == 0x81 && b[i + 2] == 0x9F ? 3 : 0                        // MEDIUM MATHEMATICAL SPACE
        case 0xE3 where i + 2 < n: return b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0  // IDEOGRAPHIC SPACE
        default: return 0
        }
    }
}
