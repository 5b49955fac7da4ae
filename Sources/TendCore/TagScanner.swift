/// A tag found in text: `#theme/relationships` → `theme/relationships`.
struct FoundTag: Equatable {
    /// The tag as written, without `#`.
    var written: String
    /// Lower-cased.
    var name: String
    /// Offset of `#` in the scanned text, in UTF-8 bytes.
    var byteOffset: Int
    /// Length of `#tag` in UTF-8 bytes.
    var byteLength: Int
}

/// Finds tags the way Obsidian does, with no false positives in `C#`, `foo#bar`,
/// `#123`, URLs (`/page#part`), `[[note#heading]]` or `##`.
enum TagScanner {
    /// Characters after which a `#` may start a tag.
    private static func canPrecede(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        if s.isSpace { return true }
        return "([{\"'“‘«,;*_~".unicodeScalars.contains(s)
    }

    /// Characters a tag may hold: letters of any script, digits, marks, `_`, `-`, `/`.
    static func isTagScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" || s == "-" || s == "/" { return true }
        if s.isASCII {
            let v = s.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        let p = s.properties
        if s.isSpace { return false }
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Every tag in `text`, skipping `[[wikilinks]]`.
    static func tags(in text: String) -> [FoundTag] {
        guard text.utf8.contains(0x23) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var found: [FoundTag] = []
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(scalars.count + 1)
        var b = 0
        for s in scalars {
            byteOffsets.append(b)
            b += UTF8.width(s)
        }
        byteOffsets.append(b)

        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s == "[", i + 1 < n, scalars[i + 1] == "[" {
                // Skip a wikilink: [[note#heading]] is a link, not a tag.
                var j = i + 2
                while j + 1 < n, !(scalars[j] == "]" && scalars[j + 1] == "]") { j += 1 }
                if j + 1 < n { i = j + 2; continue }
            }
            if s == "#", canPrecede(i > 0 ? scalars[i - 1] : nil) {
                var j = i + 1
                while j < n, isTagScalar(scalars[j]) { j += 1 }
                // A tag does not end in `/` or `-` (`#theme/` is `#theme`).
                var end = j
                while end > i + 1, scalars[end - 1] == "/" || scalars[end - 1] == "-" { end -= 1 }
                if end > i + 1 {
                    let body = scalars[(i + 1)..<end]
                    let hasNonDigit = body.contains { !($0.isASCII && (0x30...0x39).contains($0.value)) && $0 != "/" && $0 != "-" && $0 != "_" }
                    if hasNonDigit {
                        var written = String.UnicodeScalarView()
                        written.append(contentsOf: body)
                        let w = String(written)
                        found.append(FoundTag(written: w, name: w.lowercased(), byteOffset: byteOffsets[i],
                                              byteLength: byteOffsets[end] - byteOffsets[i]))
                    }
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return found
    }
}
