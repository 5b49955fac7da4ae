import Foundation
import TendMarkdown

/// Folding as the FTS5 `unicode61 remove_diacritics 2` tokenizer does it, close enough to find
/// the words again in a line: lower-case, diacritics removed, letters and digits make words.
enum TextFolding {
    struct Word {
        var folded: String
        /// Character offsets in the line.
        var range: Range<Int>
    }

    /// The words of `text` (one line), folded, with their character offsets.
    static func words(in text: some StringProtocol) -> [Word] {
        var line = FoldedLine()
        if text.utf8.withContiguousStorageIfAvailable({ line.fold($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { line.fold($0) }
        }
        return line.words.map { Word(folded: String(decoding: line.bytes[$0.folded], as: UTF8.self), range: $0.characters) }
    }

    /// One line's words, folded into one byte buffer, with their character offsets. A scan
    /// keeps one and refills it line by line, so folding a line allocates nothing once the
    /// buffers have grown: a String for each word of each line holding a hit took a fifth of
    /// `tend grep anger` on the bench vault.
    struct FoldedLine {
        /// The folded words, one after the other.
        private(set) var bytes: [UInt8] = []
        /// Each word: where its folded bytes are in `bytes`, and its character offsets in the line.
        private(set) var words: [(folded: Range<Int>, characters: Range<Int>)] = []

        /// Folds the words of one line's UTF-8 bytes, replacing the last line's; the first byte
        /// is the line's character `characterOffset`.
        mutating func fold(_ line: UnsafeBufferPointer<UInt8>, from characterOffset: Int = 0) {
            bytes.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
            TextFolding.fold(line, from: characterOffset, into: &self)
        }

        fileprivate mutating func add(_ word: Range<Int>, characters: Range<Int>) {
            words.append((word, characters))
        }

        fileprivate mutating func append(_ part: some Sequence<UInt8>) {
            bytes.append(contentsOf: part)
        }
    }

    /// The words of one line's UTF-8 bytes. Two ASCII characters side by side are two characters
    /// whatever surrounds them (only `\r\n` would make one), so an ASCII byte followed by another
    /// is classed and lower-cased as it is; the rest — a run of other characters with the ASCII
    /// bytes Unicode may join to them, as `e` and a combining accent — is read character by
    /// character. Reading a whole line so when it held one dash or accent (a line in four of the
    /// bench vault) took a quarter of `tend grep anger`.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, from characterOffset: Int, into result: inout FoldedLine) {
        // The word being folded: where its bytes start in `result.bytes`, and its first character.
        var wordStart = 0, start = 0, offset = characterOffset
        func add(_ part: some Sequence<UInt8>) {
            if result.bytes.count == wordStart { start = offset }
            result.append(part)
        }
        func endWord() {
            guard result.bytes.count > wordStart else { return }
            result.add(wordStart..<result.bytes.count, characters: start..<offset)
            wordStart = result.bytes.count
        }
        func read(_ byte: UInt8) {
            if isWordByte(byte) { add(CollectionOfOne(lower(byte))) } else { endWord() }
            offset += 1
        }
        func standsAlone(_ i: Int) -> Bool {
            i + 1 == bytes.count || (UTF8.isASCII(bytes[i + 1]) && !(bytes[i] == UInt8(ascii: "\r") && bytes[i + 1] == UInt8(ascii: "\n")))
        }
        var i = 0
        while i < bytes.count {
            if UTF8.isASCII(bytes[i]), standsAlone(i) {
                // A run of ASCII letters and digits (or of other ASCII characters) is taken whole.
                let isWord = isWordByte(bytes[i])
                var end = i + 1
                while end < bytes.count, UTF8.isASCII(bytes[end]), isWordByte(bytes[end]) == isWord, standsAlone(end) { end += 1 }
                if isWord {
                    let run = bytes[i..<end]
                    if run.contains(where: capitals.contains) {
                        add(run.lazy.map(lower))
                    } else {
                        add(run)
                    }
                } else {
                    endWord()
                }
                offset += end - i
                i = end
                continue
            }
            var end = i + 1
            while end < bytes.count, !(UTF8.isASCII(bytes[end - 1]) && standsAlone(end - 1)) { end += 1 }
            for ch in String(decoding: bytes[i..<end], as: UTF8.self) {
                if let byte = ch.asciiValue {
                    read(byte)
                } else if let stop = ch.unicodeScalars.firstIndex(where: Self.breaksWord) {
                    // A zero-width joiner or non-joiner (Persian writes one inside many words),
                    // or the keycap around a digit (`2️⃣`), belongs to the character before it,
                    // but FTS5 reads it as a break between words: so does the scan, or the words
                    // after one were never found again (`2️⃣Walk` holds `2` and `walk`). A
                    // variation selector (U+FE0F, between the `2` and its keycap) folds to
                    // nothing. (A mark before it, `.` or `-`, ends the word before the character.)
                    let kept = ch.unicodeScalars[..<stop].filter { !$0.properties.isVariationSelector }
                    let before = String(String.UnicodeScalarView(kept)).first
                    if let before, before.isLetter || before.isNumber {
                        add(fold(before).utf8)
                        offset += 1
                        endWord()
                    } else {
                        endWord()
                        offset += 1
                    }
                } else if ch.isLetter || ch.isNumber {
                    add(fold(ch).utf8)
                    offset += 1
                } else {
                    endWord()
                    offset += 1
                }
            }
            i = end
        }
        endWord()
    }

    /// The last place at or before `offset` in one line's bytes where no word goes on from the
    /// bytes before: the line's start, or just after an ASCII byte that is no letter or digit
    /// and is followed by another ASCII byte (not `\r\n`), so that no character joins the two.
    /// Folding from there finds the words that folding the whole line finds there.
    static func wordBoundary(atOrBefore offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        var place = min(offset, line.count - 1)
        while place > 0, !isWordBoundary(place, in: line) { place -= 1 }
        return max(place, 0)
    }

    /// The first such place at or after `offset`, or the line's end: folding up to there finds
    /// the words that folding the whole line finds before it.
    static func wordBoundary(atOrAfter offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        var place = max(offset, 1)
        while place < line.count, !isWordBoundary(place, in: line) { place += 1 }
        return min(place, line.count)
    }

    private static func isWordBoundary(_ place: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = line[place - 1], byte = line[place]
        return UTF8.isASCII(before) && !isWordByte(before) && UTF8.isASCII(byte)
            && !(before == UInt8(ascii: "\r") && byte == UInt8(ascii: "\n"))
    }

    /// What stands at one place of a line, read on its bytes (see `SearchPattern.asciiMatches`).
    enum ASCIIReading: Equatable {
        /// The word `word` is there, at these bytes (for a prefix, the whole word it starts).
        case match(Range<Int>)
        /// It is not.
        case noMatch
        /// A byte that is not ASCII stands in or beside it: only folding can say.
        case undecided
    }

    /// Whether the word `word` (lower-case ASCII), or a word it begins when `prefix`, starts at
    /// byte `start` of `line`, decided on the bytes where they are ASCII.
    static func asciiWord(_ word: [UInt8], prefix: Bool, in line: UnsafeBufferPointer<UInt8>, at start: Int) -> ASCIIReading {
        let end = start + word.count
        guard end <= line.count else { return .undecided }
        if start > 0 {
            let before = line[start - 1]
            guard UTF8.isASCII(before) else { return .undecided }
            if isWordByte(before) { return .noMatch }
        }
        var differs = false
        for i in word.indices {
            let byte = line[start + i]
            guard UTF8.isASCII(byte) else { return .undecided }
            if lower(byte) != word[i] { differs = true }
        }
        if differs { return .noMatch }
        var after = end
        if prefix {
            while after < line.count, UTF8.isASCII(line[after]), isWordByte(line[after]) { after += 1 }
        }
        if after < line.count {
            let byte = line[after]
            guard UTF8.isASCII(byte) else { return .undecided }
            if isWordByte(byte) { return .noMatch }
        }
        return .match(start..<after)
    }

    /// True for a scalar that joins or encloses the character before it, where FTS5 reads a
    /// break between words: a zero-width joiner or non-joiner, an enclosing mark (a keycap).
    private static func breaksWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isJoinControl || scalar.properties.generalCategory == .enclosingMark
    }

    /// ``asciiWord(_:prefix:in:at:)`` for the words of a phrase one after the other, with ASCII
    /// bytes that are no letters or digits between them (spaces, punctuation), as folding reads
    /// a phrase: the range runs from the first word's start to the last word's end.
    static func asciiWords(_ words: [[UInt8]], prefix: Bool, in line: UnsafeBufferPointer<UInt8>, at start: Int) -> ASCIIReading {
        var position = start
        for (k, word) in words.enumerated() {
            if k > 0 {
                while position < line.count, UTF8.isASCII(line[position]), !isWordByte(line[position]) { position += 1 }
                // The line ends before the phrase does: FTS5 found it across two lines, if at all.
                guard position < line.count else { return .noMatch }
                guard UTF8.isASCII(line[position]) else { return .undecided }
            }
            switch asciiWord(word, prefix: prefix && k == words.count - 1, in: line, at: position) {
            case .match(let range): position = range.upperBound
            case let other: return other
            }
        }
        return .match(start..<position)
    }

    /// An ASCII byte, lower-cased.
    private static func lower(_ byte: UInt8) -> UInt8 {
        capitals.contains(byte) ? byte - UInt8(ascii: "A") + UInt8(ascii: "a") : byte
    }

    /// True for an ASCII letter or digit: the bytes of ASCII words.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        smallLetters.contains(byte) || capitals.contains(byte) || digits.contains(byte)
    }

    private static let capitals = UInt8(ascii: "A")...UInt8(ascii: "Z")
    private static let smallLetters = UInt8(ascii: "a")...UInt8(ascii: "z")
    private static let digits = UInt8(ascii: "0")...UInt8(ascii: "9")

    static func fold(_ ch: Character) -> String {
        if ch.isASCII { return ch.lowercased() }
        return String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The first offset from `position` on where `needle` (lower-case ASCII; nil for a word that
    /// is not) may occur in `hay` once folded; nil when it cannot. ASCII letters compare without
    /// case, any other character may stand for one needle letter (`ï` for `i`; `ß` and the
    /// ligatures for the letters they fold to, `ss`, `fi`), and combining marks are skipped. A
    /// word that is not ASCII may occur only where a byte is not.
    ///
    /// As rg does, it looks first for the needle's two rarest letters (either case) where they
    /// stand in it, or for a byte that is not ASCII, and tries only the starts that could reach
    /// it: where the needle is spelt in ASCII, the rarest letter is at its first place in it and
    /// the other letter at its own; otherwise the first other character comes at most
    /// `needle.count - 1` bytes after the start, and is one that may stand for a letter (see
    /// ``cannotBeInWord(_:)``). Trying every start where the first letter is (`a` of `anger`, one
    /// byte in twelve) took a fifth of `tend grep anger` on the bench vault. Stopping at every
    /// `g`, dash and emoji, it took 1.15 times as long as with the pair, the characters passed
    /// over and sixteen bytes at a time (740 against 583 million instructions; 0.87× in 21
    /// alternating runs; the rare word and the phrase 0.97× and 0.95×).
    static func firstPossible(_ needle: Needle?, in hay: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
        guard let needle else {
            let other = hay.firstNonASCII(from: position)
            return other < hay.count ? other : nil
        }
        let bytes = needle.bytes, rare = needle.rare, partner = needle.partner
        guard !bytes.isEmpty else { return position }
        var from = position
        while case let found = hay.firstOffset(ofLetter: rare, and: partner.letter, at: partner.distance, orNonASCIIFrom: from),
              found < hay.count {
            // The needle letter `found` stands for: the rare one where it is that letter, any other.
            let isRare = UTF8.isASCII(hay[found])
            if isRare || !cannotBeInWord(hay.scalar(at: found).scalar) {
                for place in bytes.indices.reversed() where found - place >= position && (!isRare || bytes[place] == rare) {
                    if mayStart(bytes, in: hay, at: found - place) { return found - place }
                }
            }
            // Any start inside the same character would read as from its first byte.
            from = found + 1
            while from < hay.count, UTF8.isContinuation(hay[from]) { from += 1 }
        }
        return nil
    }

    /// A word spelt in ASCII (lower-case), made ready for ``firstPossible(_:in:from:)``: its
    /// rarest letter, and the rarest letter at another place with how far from the first it
    /// stands (for a word of one letter, the letter itself at no distance).
    struct Needle: Sendable, Equatable {
        let bytes: [UInt8]
        /// The rarest letter (a digit or a letter not in the table counts as rarest).
        let rare: UInt8
        /// The rarest letter at another place than the rare one's first, and how many bytes
        /// after that first place it stands (before it when negative); in a word of one
        /// letter, that letter, 0 bytes on.
        let partner: Partner

        struct Partner: Sendable, Equatable {
            let letter: UInt8
            let distance: Int
        }

        init(_ bytes: [UInt8]) {
            let rare = bytes.max { rarity($0) < rarity($1) } ?? 0
            let place = bytes.firstIndex(of: rare) ?? 0
            let other = bytes.indices.filter { $0 != place }.max { rarity(bytes[$0]) < rarity(bytes[$1]) }
            self.bytes = bytes
            self.rare = rare
            partner = other.map { Partner(letter: bytes[$0], distance: $0 - place) } ?? Partner(letter: rare, distance: 0)
        }
    }

    /// True for a character that folding never puts in a word, alone or joined to another: the
    /// dashes, quotes, bullets and other marks of General Punctuation (U+2010–U+2027,
    /// U+2030–U+205E), the dingbats (✅, ✔) but their numbers, and the emoji pictographs (📅)
    /// but the skin tones. None is a letter, a digit or a mark, nor extends or joins the
    /// character before it (`SearcherHelperTests` checks every one against Swift's Unicode
    /// tables). They are most of the characters that are not ASCII in a journal — typographic
    /// quotes and dashes, the Tasks plugin's emoji — and no word can pass through one.
    /// (This is tend's own reading of a line; the emoji that FTS5's older tables took for
    /// letters are another list, `IndexSchema.separatorRanges`.)
    static func cannotBeInWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2700...0x2775, 0x2794...0x27BF: true
        case 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: true
        default: false
        }
    }

    /// English letters from the most common to the rarest; a digit or a letter not listed counts as rare.
    private static let lettersByFrequency = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

    private static func rarity(_ letter: UInt8) -> Int {
        lettersByFrequency.firstIndex(of: letter) ?? lettersByFrequency.count
    }

    /// True when the needle may start at `start` once folded (see ``firstPossible(_:in:from:)``).
    private static func mayStart(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let n = hay.count
        var i = start, k = 0
        while k < needle.count, i < n {
            let b = hay[i]
            if UTF8.isASCII(b) {
                guard lower(b) == needle[k] else { return false }
                i += 1; k += 1
                continue
            }
            let combining = isCombiningMark(hay, at: i)
            let (scalar, width) = hay.scalar(at: i)
            i += width
            while i < n, UTF8.isContinuation(hay[i]) { i += 1 }
            if let letters = foldsToLetters[scalar] {
                // `ß` stands for `ss`, `ﬁ` for `fi`: the needle must go on with them (or end among them).
                for letter in letters where k < needle.count {
                    guard letter == needle[k] else { return false }
                    k += 1
                }
            } else if !combining || k == 0 {
                k += 1
            }
        }
        return k == needle.count
    }

    /// The characters that fold to more than one ASCII letter (Foundation's case and accent
    /// folding, which ``fold(_:)`` uses), with those letters: a needle letter stands for each
    /// other character that is not ASCII. `SearcherHelperTests` checks the table against
    /// Foundation for every letter and digit up to U+1FFFF.
    static let foldsToLetters: [Unicode.Scalar: [UInt8]] = [
        "ß": Array("ss".utf8), "ẞ": Array("ss".utf8),
        "ﬀ": Array("ff".utf8), "ﬁ": Array("fi".utf8), "ﬂ": Array("fl".utf8), "ﬃ": Array("ffi".utf8),
        "ﬄ": Array("ffl".utf8), "ﬅ": Array("st".utf8), "ﬆ": Array("st".utf8),
    ]

    /// True when the character at `i` is one of the combining diacritical marks, U+0300 to U+036F
    /// (which folding removes): in UTF-8, the lead byte of U+0300 with any second byte, or the
    /// lead byte of U+036F with a second byte up to U+036F's.
    private static func isCombiningMark(_ hay: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        hay[i] == combiningFirst[0] || (hay[i] == combiningLast[0] && i + 1 < hay.count && hay[i + 1] <= combiningLast[1])
    }

    private static let combiningFirst = Array("\u{300}".utf8), combiningLast = Array("\u{36F}".utf8)

    /// Sorted, overlapping ranges joined.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        if ranges.count < 2 { return ranges }
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
