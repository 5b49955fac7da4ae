/// Plain text tables: columns padded to their widest cell, two spaces between them. A cell's
/// width is the columns a terminal gives it (``columns(_:)``), so that a theme written in Han,
/// kana or Hangul, or one holding an emoji, keeps the columns after it in line.
enum Table {
    /// The rows as lines; the columns in `rightAligned` are padded on the left.
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let first = rows.first else { return "" }
        let counts = rows.map { $0.map(columns) }   // counted once
        var widths = [Int](repeating: 0, count: first.count)
        for row in counts { for (i, n) in row.enumerated() { widths[i] = max(widths[i], n) } }
        var out = ""
        for (r, row) in rows.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - counts[r][i])
                line += (i > 0 ? "  " : "") + (rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    /// The columns a terminal gives `text`: two for each character of the wide scripts of East
    /// Asia (Han, kana, Hangul, their punctuation and the fullwidth forms) and each emoji shown
    /// as one, one for every other character (an accent is part of its letter's character).
    static func columns(_ text: String) -> Int {
        text.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if first.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") { return true }
        return wideRanges.contains { $0.contains(first.value) }
    }

    /// Unicode's East Asian Wide and Fullwidth blocks (East Asian Width W and F, UAX #11), as
    /// terminals draw them (code point ranges).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,      // Hangul initial consonants
        0x2E80...0x303E,      // CJK radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,      // kana, Bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,      // CJK ideographs, extension A
        0x4E00...0x9FFF,      // CJK ideographs
        0xA000...0xA4CF,      // Yi
        0xAC00...0xD7A3,      // Hangul syllables
        0xF900...0xFAFF,      // CJK compatibility ideographs
        0xFE30...0xFE4F,      // CJK compatibility forms
        0xFF00...0xFF60,      // fullwidth forms
        0xFFE0...0xFFE6,      // fullwidth signs
        0x20000...0x3FFFD,    // CJK ideographs, extensions B and after
    ]
}

extension String {
    /// The text without the spaces at its end.
    func trimmingTrailingSpaces() -> String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
