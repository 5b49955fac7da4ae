import TendMarkdown

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
            let b = UInt8(s.value)
            return b.isASCIIDigit || b.isASCIILetter
        }
        let p = s.properties
        if s.isSpace { return false }
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Every tag in `text`, skipping `[[wikilinks]]`.
    ///
    /// Works on the UTF-8 bytes (this runs on every line of every entry); only the
    /// characters right around a `#` are decoded.
    /// `bracketTags`: Logseq's `#[[inner child]]` is a tag (in a Logseq graph; zk's Neuron notes
    /// write a link so).
    static func tags(in text: String, bracketTags: Bool = false) -> [FoundTag] {
        guard text.containsByte(UInt8(ascii: "#")) else { return [] }
        return text.withBytes { tags(inUTF8: $0, bracketTags: bracketTags) }
    }

    private static func tags(inUTF8 b: UnsafeBufferPointer<UInt8>, bracketTags: Bool) -> [FoundTag] {
        var found: [FoundTag] = []
        let n = b.count
        var i = 0
        var wikilinksClosed = true   // false once a `[[` is never closed: no later one can be
        while i < n {
            // Jump to the next `#`; only a wikilink before it matters.
            guard let hash = ByteSearch.firstOffset(of: UInt8(ascii: "#"), in: b, from: i) else { break }
            if wikilinksClosed, let open = firstWikilink(in: b, from: i, before: hash) {
                // Skip a wikilink: [[note#heading]] is a link, not a tag.
                var j = open + 2
                while j + 1 < n, !(b[j] == UInt8(ascii: "]") && b[j + 1] == UInt8(ascii: "]")) { j += 1 }
                if j + 1 < n { i = j + 2; continue }
                wikilinksClosed = false
            }
            i = hash
            if canPrecede(i > 0 ? b.scalar(before: i) : nil) {
                // Logseq's `#[[inner child]]`: a tag of several words in a link's brackets.
                if bracketTags, i + 2 < n, b[i + 1] == UInt8(ascii: "["), b[i + 2] == UInt8(ascii: "["), let close = bracketsClose(in: b, from: i + 3) {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 3)..<close]), as: UTF8.self).trimmingWhitespace()
                    if !written.isEmpty {
                        found.append(FoundTag(written: written, name: written.lowercased(), byteOffset: i, byteLength: close + 2 - i))
                    }
                    i = close + 2
                    continue
                }
                var j = i + 1
                while j < n {
                    let (s, width) = b.scalar(at: j)
                    guard isTagScalar(s) else { break }
                    j += width
                }
                // Bear's `#inner child#`: words and spaces up to a `#` right after a word.
                if let close = multiWordClose(in: b, after: j) {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<close]), as: UTF8.self)
                    found.append(FoundTag(written: written, name: written.lowercased(), byteOffset: i, byteLength: close + 1 - i))
                    i = close + 1
                    continue
                }
                // A tag does not end in `/` or `-` (`#theme/` is `#theme`).
                var end = j
                while end > i + 1, b[end - 1] == UInt8(ascii: "/") || b[end - 1] == UInt8(ascii: "-") { end -= 1 }
                if end > i + 1 {
                    // `#123` is not a tag: it needs something besides digits, `/`, `-`, `_`.
                    let hasNonDigit = b[(i + 1)..<end].contains {
                        !$0.isASCIIDigit && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_")
                    }
                    if hasNonDigit {
                        let written = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), as: UTF8.self)
                        found.append(FoundTag(written: written, name: written.lowercased(), byteOffset: i, byteLength: end - i))
                    }
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return found
    }

    /// The closing `#` of a tag of several words, as Bear writes one (`#inner child#`) and zk
    /// reads it, when the tag's first word ends at `start` with a space: the next `#`, right
    /// after a word, with only tag characters and spaces before it (`#grief and #anger` is two
    /// tags, and `#multi, word#` one, `multi`); nil when there is none. A tag is a few words: the
    /// `#` is looked for in the next 64 bytes only, and first of all (every tag followed by a
    /// space in prose comes here; reading each character up to the sentence's end cost `tend
    /// check` 1.01× the instructions).
    private static func multiWordClose(in b: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
        guard start < b.count, b[start] == UInt8(ascii: " ") else { return nil }
        let window = UnsafeBufferPointer(rebasing: b[..<min(b.count, start + 64)])
        guard let close = ByteSearch.firstOffset(of: UInt8(ascii: "#"), in: window, from: start),
              b[close - 1] != UInt8(ascii: " ") else { return nil }
        var k = start
        while k < close {
            if b[k] == UInt8(ascii: " ") { k += 1; continue }
            let (s, width) = b.scalar(at: k)
            guard isTagScalar(s) else { return nil }
            k += width
        }
        return close
    }

    /// Where the `]]` that closes a Logseq tag's brackets opened before `start` begins, on its
    /// line and within 128 bytes (a page's name is a few words); nil when there is none, or a
    /// `[` or `#` comes first (`#[[a [[b]]` is no tag).
    private static func bracketsClose(in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var k = start
        while k + 1 < b.count, k < start + 128 {
            let byte = b[k]
            if byte == UInt8(ascii: "]") { return b[k + 1] == UInt8(ascii: "]") ? k : nil }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") { return nil }
            k += 1
        }
        return nil
    }

    /// Where the first `[[` in `from..<end` starts.
    private static func firstWikilink(in b: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var i = start
        while let open = ByteSearch.firstOffset(of: UInt8(ascii: "["), in: UnsafeBufferPointer(rebasing: b[..<end]), from: i) {
            if open + 1 < end, b[open + 1] == UInt8(ascii: "[") { return open }
            i = open + 1
        }
        return nil
    }
}
