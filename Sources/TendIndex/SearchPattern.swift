import Foundation
import TendCore

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
    public var terms: [Term] { didSet { compiled = Compiled(terms) } }
    /// What the line scan looks for, made from `terms` once.
    private var compiled: Compiled

    /// The terms as the line scan uses them: the first word of each, spelt in ASCII, to jump to
    /// (nil when it is not ASCII), and every word as folded UTF-8 bytes to compare.
    private struct Compiled: Sendable, Equatable {
        var needles: [TextFolding.Needle?]
        /// For each needle, the words of its term and whether the last is a prefix (`grie*`).
        var phrases: [[[UInt8]]]
        var prefixes: [Bool]
        var words: [[[UInt8]]]

        init(_ terms: [Term]) {
            let words = terms.map { $0.words.map { Array($0.utf8) } }
            let withWords = terms.indices.filter { !words[$0].isEmpty }
            self.words = words
            phrases = withWords.map { words[$0] }
            prefixes = withWords.map { terms[$0].prefix }
            needles = withWords.map { words[$0][0].allSatisfy(UTF8.isASCII) ? TextFolding.Needle(words[$0][0]) : nil }
        }
    }

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
        if terms.isEmpty && fts.isEmpty {
            // An emoji, a dash or other marks alone: words are letters and digits, but a regular
            // expression finds any character.
            // (Only text the shell and PCRE2 both read as it is: no quote, no pattern sign.)
            let written = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !written.isEmpty, !written.contains(where: "'\\^$.|?*+()[]{}".contains) else {
                throw Problem(description: "the search has no words to look for")
            }
            throw Problem(description: "the search has no words to look for (words are letters and digits); to find '\(written)' as written, use tend grep --regex '\(written)'")
        }
        ftsQuery = fts.joined(separator: " ")
        self.terms = terms
        compiled = Compiled(terms)
    }

    private static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Where the terms occur in one line: character ranges (0-based offsets, end excluded).
    public func matches(in line: Substring) -> [Range<Int>] {
        var line = line
        return line.withUTF8 { bytes in
            var folded = TextFolding.FoldedLine()
            return mayMatch(bytes: bytes) ? wordMatches(in: bytes, folding: &folded) : []
        }
    }

    /// ``matches(in:)`` on one line's UTF-8 bytes already known to hold a place where a term may
    /// start, or on its end from a ``TextFolding/wordBoundary(atOrBefore:in:)`` that is the
    /// line's character `characterOffset`; `folded` is only a buffer, kept from line to line.
    private func wordMatches(in line: UnsafeBufferPointer<UInt8>, from characterOffset: Int = 0,
                             folding folded: inout TextFolding.FoldedLine) -> [Range<Int>] {
        folded.fold(line, from: characterOffset)
        let words = folded.words
        guard !words.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        for (term, termWords) in zip(terms, compiled.words) where !termWords.isEmpty {
            let n = termWords.count
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) {
                var ok = true
                for k in 0..<n {
                    let w = folded.bytes[words[start + k].folded]
                    let t = termWords[k]
                    if k == n - 1 && term.prefix ? !w.starts(with: t) : !(w.count == t.count && w.elementsEqual(t)) { ok = false; break }
                }
                if ok { ranges.append(words[start].characters.lowerBound..<words[start + n - 1].characters.upperBound) }
            }
        }
        return TextFolding.merge(ranges)
    }

    /// A fast, conservative test: false only when no term can match an ASCII line (most lines),
    /// so the slower word-by-word folding runs on few lines.
    func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        needles.contains { TextFolding.firstPossible($0, in: bytes, from: 0) != nil }
    }

    /// The lines of `text` (an entry's body as UTF-8 bytes) where the terms occur, with file line
    /// numbers (`bodyLine` lines come before the body). When no line holds a whole term (a phrase
    /// FTS5 found across two lines), the lines of its words.
    public func lines(in text: UnsafeBufferPointer<UInt8>, bodyLine: Int) -> [LineMatch] {
        let found = scan(text, bodyLine: bodyLine)
        return found.isEmpty ? wordByWord.scan(text, bodyLine: bodyLine) : found
    }

    /// Jumps from one place where a term may start to the next, as rg does, and folds word by
    /// word only the lines holding one: `anger` is in 15,000 lines of the bench vault, but the
    /// 7,578 entries FTS5 picks for it hold ten times as many. A place with nothing but ASCII
    /// in and beside its words is decided on its bytes, without folding
    /// (``asciiMatches(at:of:prefixes:in:)``).
    private func scan(_ text: UnsafeBufferPointer<UInt8>, bodyLine: Int) -> [LineMatch] {
        var body = BodyLines(text)
        var result: [LineMatch] = []
        var folded = TextFolding.FoldedLine()
        let needles = needles, phrases = compiled.phrases, prefixes = compiled.prefixes
        // The places on the line being read: which needle, and where in the line.
        var places: [(needle: Int, offset: Int)] = []
        // Where each term may next start (Int.max: nowhere); found again once passed.
        var next = needles.map { _ in -1 }
        var position = 0
        while position <= text.count {
            var hit = Int.max
            for k in next.indices {
                if next[k] < position { next[k] = TextFolding.firstPossible(needles[k], in: text, from: position) ?? Int.max }
                hit = min(hit, next[k])
            }
            if hit == Int.max { break }
            let line = body.line(holding: hit)
            // No match starts before the hit: the line is folded from the word before it, and
            // when every term is one word, up to the end of the word at the last place one may
            // start (folding lines whole took a sixth of `tend grep anger` on the bench vault).
            // The line becomes a String only when it holds a match (15,312 of the 24,867 lines
            // holding the letters of `anger`).
            let bytes = UnsafeBufferPointer(rebasing: text[line.start..<line.visibleEnd])
            let from = TextFolding.wordBoundary(atOrBefore: hit - line.start, in: bytes)
            var last = hit
            places.removeAll(keepingCapacity: true)
            for k in next.indices where next[k] < line.visibleEnd {
                // The places on this line; the first one after it is kept for later.
                while next[k] < line.visibleEnd {
                    places.append((k, next[k] - line.start))
                    last = max(last, next[k])
                    next[k] = TextFolding.firstPossible(needles[k], in: text, from: next[k] + 1) ?? Int.max
                }
            }
            let to = oneWordTerms ? TextFolding.wordBoundary(atOrAfter: last - line.start + 1, in: bytes) : bytes.count
            // Where every place is spelt in ASCII with ASCII around it (most lines), the matches
            // are read off the bytes, and nothing is folded: on the bench vault `tend grep the`
            // (211,000 lines) 0.74× the time, `grep anger` 0.93×, `grep "in the"` 0.60×.
            var read: [Range<Int>]?
            if let found = Self.asciiMatches(at: places, of: phrases, prefixes: prefixes, in: bytes) {
                var columns = body.columns(on: line)
                read = found.map { range in
                    let from = columns.at(line.start + range.lowerBound)
                    return from..<(from + range.count)
                }
            }
            let ranges = read ?? wordMatches(in: UnsafeBufferPointer(rebasing: bytes[from..<to]),
                                             from: body.characters(line.start, line.start + from), folding: &folded)
            if let first = ranges.first {
                result.append(LineMatch(line: bodyLine + line.number, column: first.lowerBound + 1, text: body.string(line), ranges: ranges))
            }
            position = line.end + 1
        }
        return result
    }

    /// The matches at `places` of one line (`needle` the index of a term's words in `phrases`,
    /// `offset` a byte of `line`), as byte ranges of the line, sorted and merged; nil when a
    /// place cannot be decided without folding the line.
    ///
    /// A place is decided when the term's letters stand there in ASCII (either case) with
    /// ASCII bytes around them: it is a match when the byte before is no letter or digit (or the
    /// line starts) and so is the byte after (or the line ends; for a prefix, the word's end),
    /// and the next word of a phrase follows after bytes that are no letters or digits; it is
    /// not one when a letter differs or a word goes on. An ASCII byte beside another is a
    /// character of its own, so these are the words that folding finds there. A byte that is
    /// not ASCII in or beside a word (an accent, a dash, a letter of another script) leaves the
    /// place to folding (``TextFolding/asciiWords(_:prefix:in:at:)``).
    private static func asciiMatches(at places: [(needle: Int, offset: Int)], of phrases: [[[UInt8]]], prefixes: [Bool],
                                     in line: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        for (k, start) in places {
            switch TextFolding.asciiWords(phrases[k], prefix: prefixes[k], in: line, at: start) {
            case .match(let range): ranges.append(range)
            case .noMatch: continue
            case .undecided: return nil
            }
        }
        return TextFolding.merge(ranges)
    }

    /// The first word of each term, ready to jump to (nil when it is not ASCII).
    private var needles: [TextFolding.Needle?] { compiled.needles }

    /// True when no term is a phrase: a match then ends with the word it starts with.
    private var oneWordTerms: Bool { compiled.words.allSatisfy { $0.count <= 1 } }

    /// The same pattern looking for each word on its own (to find lines when a phrase spans two).
    public var wordByWord: SearchPattern {
        var copy = self
        copy.terms = terms.flatMap { t in t.words.enumerated().map { i, w in Term(words: [w], prefix: t.prefix && i == t.words.count - 1) } }
        return copy
    }
}
