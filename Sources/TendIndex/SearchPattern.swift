import Foundation
import TendMarkdown

/// A full-text search as the person typed it: words (all of them must appear), `"a phrase"`,
/// a prefix `grie*`, `AND`, `OR`, `NOT` and parentheses. Turned into an FTS5 query in which every
/// word is quoted (so `don't` or `#tag` never trip the FTS5 grammar), and into the terms used to
/// find the matching lines again.
public struct SearchPattern: Sendable, Equatable {
    /// One term to look for in a line: consecutive folded words; the last may be a prefix.
    public struct Term: Sendable, Equatable, Hashable {
        /// The words, lower-cased and without diacritics.
        public var words: [String]
        /// True when the last word is a prefix (`grie*`).
        public var prefix: Bool
    }

    /// The FTS5 `MATCH` expression.
    public var ftsQuery: String
    /// The terms to highlight (those not under `NOT`).
    public var terms: [Term] { didSet { needleCache = nil; needleCache = needles } }
    private var needleCache: [[UInt8]?]?

    /// A pattern that could not be read.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// One plain sentence.
        public var description: String
    }

    /// Reads a pattern.
    public init(_ text: String) throws {
        var fts: [String] = []
        var terms: [Term] = []
        var negateDepth: Int?   // the paren depth at which a NOT applies
        var pendingNot = false
        var depth = 0
        var i = text.startIndex
        func addOperand(_ term: Term, _ sql: String) {
            if !pendingNot && negateDepth == nil { terms.append(term) }
            pendingNot = false
            fts.append(sql)
        }
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c == "(" {
                if pendingNot { negateDepth = negateDepth ?? depth; pendingNot = false }
                depth += 1
                fts.append("(")
                i = text.index(after: i)
                continue
            }
            if c == ")" {
                depth -= 1
                if depth < 0 { throw Problem(description: "a ')' in the search has no '(' to close") }
                if negateDepth == depth { negateDepth = nil }
                fts.append(")")
                i = text.index(after: i)
                continue
            }
            if c == "\"" {
                guard let close = text[text.index(after: i)...].firstIndex(of: "\"") else {
                    throw Problem(description: "a quote in the search is not closed; put the phrase between two \" marks")
                }
                let phrase = String(text[text.index(after: i)..<close])
                i = text.index(after: close)
                var prefix = false
                if i < text.endIndex, text[i] == "*" { prefix = true; i = text.index(after: i) }
                let words = TextFolding.words(in: phrase).map(\.folded)
                addOperand(Term(words: words, prefix: prefix), Self.quote(phrase) + (prefix ? "*" : ""))
                continue
            }
            var end = i
            while end < text.endIndex, !text[end].isWhitespace, !"()\"".contains(text[end]) { end = text.index(after: end) }
            var word = String(text[i..<end])
            i = end
            if ["AND", "OR", "NOT"].contains(word) {
                if word == "NOT" { pendingNot = true }
                fts.append(word)
                continue
            }
            var prefix = false
            if word.hasSuffix("*") { prefix = true }
            while word.hasSuffix("*") { word.removeLast() }
            let words = TextFolding.words(in: word).map(\.folded)
            if words.isEmpty { continue }
            addOperand(Term(words: words, prefix: prefix), Self.quote(word) + (prefix ? "*" : ""))
        }
        if depth != 0 { throw Problem(description: "a '(' in the search is not closed") }
        if terms.isEmpty && fts.isEmpty { throw Problem(description: "the search has no words to look for") }
        ftsQuery = fts.joined(separator: " ")
        self.terms = terms
        needleCache = needles
    }

    private static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Where the terms occur in one line: character ranges (0-based offsets, end excluded).
    public func matches(in line: Substring) -> [Range<Int>] {
        if !mayMatch(line) { return [] }
        let words = TextFolding.words(in: line)
        guard !words.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        for term in terms where !term.words.isEmpty {
            let n = term.words.count
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) {
                var ok = true
                for k in 0..<n {
                    let w = words[start + k].folded
                    let t = term.words[k]
                    if k == n - 1 && term.prefix ? !w.hasPrefix(t) : w != t { ok = false; break }
                }
                if ok { ranges.append(words[start].range.lowerBound..<words[start + n - 1].range.upperBound) }
            }
        }
        return TextFolding.merge(ranges)
    }

    /// A fast, conservative test: false only when no term can match an ASCII line (most lines),
    /// so the slower word-by-word folding runs on few lines.
    func mayMatch(_ line: Substring) -> Bool {
        var line = line
        return line.withUTF8 { mayMatch(bytes: $0) }
    }

    /// ``mayMatch(_:)`` on the UTF-8 bytes of one line.
    func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for needle in needles {
            guard let needle else {
                // A non-ASCII word cannot occur in an ASCII line. (Asked only for such a word:
                // one pass less over every line of every candidate when all words are ASCII.)
                if bytes.contains(where: { !UTF8.isASCII($0) }) { return true }
                continue
            }
            if TextFolding.mayContain(bytes, needle) { return true }
        }
        return false
    }

    /// The first word of each term as ASCII bytes (nil when it is not ASCII), made once.
    private var needles: [[UInt8]?] {
        if let cached = needleCache { return cached }
        return terms.compactMap { $0.words.first }.map { word in
            let bytes = Array(word.utf8)
            return bytes.allSatisfy(\.isASCII) ? bytes : nil
        }
    }

    /// The same pattern looking for each word on its own (to find lines when a phrase spans two).
    public var wordByWord: SearchPattern {
        var copy = self
        copy.terms = terms.flatMap { t in t.words.enumerated().map { i, w in Term(words: [w], prefix: t.prefix && i == t.words.count - 1) } }
        return copy
    }
}

/// Folding as the FTS5 `unicode61 remove_diacritics 2` tokenizer does it, close enough to find
/// the words again in a line: lower-case, diacritics removed, letters and digits make words.
enum TextFolding {
    struct Word {
        var folded: String
        /// Character offsets in the line.
        var range: Range<Int>
    }

    static func words(in text: some StringProtocol) -> [Word] {
        if let ascii = asciiWords(in: text) { return ascii }
        var result: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        for ch in text {
            // An ASCII character is classed and lower-cased from its byte: asking Unicode's
            // tables for each one took half of `tend grep anger` (16,000 lines) on the bench vault.
            if let byte = ch.asciiValue {
                let upper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                let lower = upper ? byte - UInt8(ascii: "A") + UInt8(ascii: "a") : byte
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                    if current.isEmpty { start = offset }
                    current.unicodeScalars.append(Unicode.Scalar(lower))
                    offset += 1
                    continue
                }
            } else if ch.isLetter || ch.isNumber {
                if current.isEmpty { start = offset }
                current += fold(ch)
                offset += 1
                continue
            }
            if !current.isEmpty {
                result.append(Word(folded: current, range: start..<offset))
                current = ""
            }
            offset += 1
        }
        if !current.isEmpty { result.append(Word(folded: current, range: start..<offset)) }
        return result
    }

    /// The same words for an ASCII line, from its bytes (most lines); nil for any other line.
    /// (`\r\n` is one Character but two bytes, so lines holding `\r` take the general path.)
    static func asciiWords(in text: some StringProtocol) -> [Word]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [Word]? in
            var result: [Word] = []
            var start = -1
            for (i, b) in bytes.enumerated() {
                if !b.isASCII || b == UInt8(ascii: "\r") { return nil }
                let isWord = b.isASCIIDigit || b.isASCIILetter
                if isWord, start < 0 { start = i }
                if !isWord, start >= 0 {
                    result.append(Word(folded: String(decoding: bytes[start..<i], as: UTF8.self).lowercased(), range: start..<i))
                    start = -1
                }
            }
            if start >= 0 {
                result.append(Word(folded: String(decoding: bytes[start...], as: UTF8.self).lowercased(), range: start..<bytes.count))
            }
            return result
        } ?? nil
    }

    static func fold(_ ch: Character) -> String {
        if ch.isASCII { return ch.lowercased() }
        return String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// False only when `needle` (lower-case ASCII) cannot occur in `haystack` once folded:
    /// ASCII letters compare without case, any other character may stand for one needle letter
    /// (`ï` for `i`), and combining marks are skipped.
    static func mayContain(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        let n = hay.count
        let first = needle[0]
        var start = 0
        while start < n {
            let b0 = hay[start]
            // Quick skip: a start must be the needle's first letter or a non-ASCII character.
            if b0.isASCII && b0.asciiLowercased != first { start += 1; continue }
            var i = start, k = 0
            while k < needle.count, i < n {
                let b = hay[i]
                if b.isASCII {
                    guard b.asciiLowercased == needle[k] else { break }
                    i += 1; k += 1
                    continue
                }
                let length = b.isUTF8Continuation ? 1 : b.utf8SequenceWidth
                // U+0300–U+036F, combining diacritical marks: folded away.
                let combining = length == 2 && ("\u{300}"..."\u{36F}").contains(hay.scalar(at: i).scalar)
                i += length
                if !combining || k == 0 { k += 1 }
            }
            if k == needle.count { return true }
            start += 1
        }
        return false
    }

    /// Sorted, overlapping ranges joined.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
