#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Byte-level scanning of UTF-8 text: the one file where tend reads text byte by byte.
//
// tend reads text as Swift strings, except in the few loops that run on every line of every
// entry (tags, list items' fields, front matter, line tables, the search's line splitting).
// Those read a string's UTF-8 bytes in place through the names below, so that the rules
// still read as rules: `b.isASCIIDigit`, `b == UInt8(ascii: "[")`,
// `ByteSearch.firstOffset(of: UInt8(ascii: "#"), in: bytes)`. Bytes are written as the
// character they stand for (`UInt8(ascii: "[")`), never as a number.
//
// The small predicates are `@inlinable`: they are called from other modules inside loops
// over every byte, where a function call per byte would cost more than the test itself.

extension UInt8 {
    /// An ASCII byte: a character written in one byte (every other byte of UTF-8 text is part
    /// of a longer sequence).
    @inlinable public var isASCII: Bool { self < 128 }

    /// ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return
    /// (what `Character.isWhitespace` says of ASCII).
    @inlinable public var isASCIIWhitespace: Bool {
        self == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(self)
    }

    /// `0`–`9`.
    @inlinable public var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }

    /// `A`–`Z`.
    @inlinable public var isASCIIUppercase: Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }

    /// `a`–`z` or `A`–`Z`.
    @inlinable public var isASCIILetter: Bool {
        isASCIIUppercase || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self)
    }

    /// An ASCII control character (below the space, or DEL).
    @inlinable public var isASCIIControl: Bool { self < UInt8(ascii: " ") || self == 127 }

    /// The byte lower-cased when it is `A`–`Z`; every other byte as it is.
    @inlinable public var asciiLowercased: UInt8 {
        isASCIIUppercase ? self - UInt8(ascii: "A") + UInt8(ascii: "a") : self
    }

    /// The value of a digit byte (`7` → 7); only for a byte that ``isASCIIDigit``.
    @inlinable public var asciiDigitValue: Int { Int(self - UInt8(ascii: "0")) }

    /// A byte inside a UTF-8 sequence (`10xxxxxx`), not the first byte of a character.
    @inlinable public var isUTF8Continuation: Bool { self & 0b1100_0000 == 0b1000_0000 }

    /// How many bytes the UTF-8 sequence this byte starts should hold, from its leading bits:
    /// 1 (`0xxxxxxx`), 2 (`110xxxxx`), 3 (`1110xxxx`) or 4 (`11110xxx`).
    @inlinable public var utf8SequenceWidth: Int {
        if self < 0b1000_0000 { return 1 }
        if self >= 0b1111_0000 { return 4 }
        return self >= 0b1110_0000 ? 3 : 2
    }
}

/// The one search for a byte or a run of bytes in UTF-8 text, used by every scanner.
public enum ByteSearch {
    /// The offset of the first `byte` in `haystack` at or after `start`.
    ///
    /// Through the C library's `memchr`, which looks at many bytes per instruction: tags,
    /// fields and lines are found by jumping from one `#`, `:` or line feed to the next.
    @inlinable
    public static func firstOffset(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < haystack.count, let base = haystack.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), haystack.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// The offset of the first `needle` in `haystack` that starts at or after `start`.
    @inlinable
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                   from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start <= haystack.count ? start : nil }
        guard haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var from = start
        search: while from <= last, let at = firstOffset(of: first, in: haystack, from: from), at <= last {
            for k in 1..<needle.count where haystack[at + k] != needle[k] { from = at + 1; continue search }
            return at
        }
        return nil
    }

    /// The offset of the line feed that ends the line starting at `start`, or `haystack.count`.
    @inlinable
    public static func lineEnd(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        firstOffset(of: UInt8(ascii: "\n"), in: haystack, from: start) ?? haystack.count
    }
}

extension String {
    /// True when the UTF-8 bytes of `needle` occur in the text.
    @inlinable
    public func containsBytes(of needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        return withBytes { ByteSearch.firstOffset(of: n, in: $0) != nil }
    }

    /// True when the UTF-8 text holds the byte `byte`.
    @inlinable
    public func containsByte(_ byte: UInt8) -> Bool {
        withBytes { ByteSearch.firstOffset(of: byte, in: $0) != nil }
    }
}

extension StringProtocol {
    /// Runs `body` on the text's UTF-8 bytes in place. Unlike `withUTF8`, it needs no mutable
    /// copy of the string: a copy costs a reference-count round trip, and the parser's byte
    /// scans run on every line of every entry. A text not stored as UTF-8 is copied first.
    @inlinable @inline(__always)
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at byte `i` of UTF-8 text, and its width in bytes. A string's
    /// bytes are always valid; a sequence cut short or not UTF-8 reads as U+FFFD, one byte wide.
    @inlinable @inline(__always)
    public func scalar(at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = self[i]
        if lead.isASCII { return (Unicode.Scalar(lead), 1) }
        let width = lead.utf8SequenceWidth
        guard i + width <= count else { return (Unicode.Scalar.replacement, 1) }
        // The lead byte keeps its low 5, 4 or 3 bits; each continuation byte adds its low 6.
        var value = UInt32(lead) & (width == 2 ? 0b1_1111 : width == 3 ? 0b1111 : 0b111)
        for k in 1..<width { value = value << 6 | (UInt32(self[i + k]) & 0b11_1111) }
        guard let scalar = Unicode.Scalar(value) else { return (Unicode.Scalar.replacement, 1) }
        return (scalar, width)
    }

    /// The scalar that ends just before byte `end` of UTF-8 text.
    @inlinable @inline(__always)
    public func scalar(before end: Int) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, self[start].isUTF8Continuation { start -= 1 }
        return scalar(at: start).scalar
    }
}

extension Unicode.Scalar {
    /// U+FFFD, what a byte that is not UTF-8 reads as.
    @inlinable public static var replacement: Unicode.Scalar { "\u{FFFD}" }
}

extension UnsafeBufferPointer<UInt8> {
    /// The byte length of the white-space character that starts at byte `i` (Unicode's
    /// White_Space: ASCII's, NBSP, the typographic spaces…), or 0 when it is something else,
    /// or when byte `i` is inside a character (the bytes of `₅`, E2 82 85, end like NEL's).
    @inlinable @inline(__always)
    public func whitespaceWidth(at i: Int) -> Int {
        let c = self[i]
        if c.isASCII { return c.isASCIIWhitespace ? 1 : 0 }
        if c.isUTF8Continuation { return 0 }
        let (scalar, width) = scalar(at: i)
        switch scalar {
        case "\u{0085}", "\u{00A0}", "\u{1680}", "\u{2000}"..."\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}",
             "\u{205F}", "\u{3000}":
            return width
        default:
            return 0
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first byte at or after `start` that is not ASCII (`count` when none).
    /// Every file passes here, and most of a journal is ASCII, so eight bytes are looked at at
    /// once (over 1,000 entries of the bench vault, a byte at a time cost 17 million instructions
    /// more).
    public func firstNonASCII(from start: Int) -> Int {
        guard let base = baseAddress else { return count }
        // Every byte's high bit: eight ASCII bytes read as one word have none of them set.
        let highBits = UInt64.max / 255 * 128
        var i = start
        while i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & highBits == 0 { i += 8 }
        while i < count, self[i].isASCII { i += 1 }
        return i
    }

    /// True when the text is printable ASCII whose only white space is single spaces between
    /// words, none at either end: what folding white space leaves as it is. Eight bytes are
    /// looked at at once, as in ``firstNonASCII(from:)``: a byte below the space shows by the
    /// borrow its subtraction makes (Bit Twiddling Hacks, "determine if a word has a byte less
    /// than n", exact as a yes-or-no answer), and the spaces are the zero bytes of the word's
    /// exclusive or with spaces (found exactly, each byte on its own, with no carry between them).
    public var isFoldedASCII: Bool {
        let space = UInt8(ascii: " ")
        guard let first, let last else { return true }
        guard first != space, last != space else { return false }
        var i = 0
        var previousWasSpace = false
        if let base = baseAddress {
            let ones = UInt64.max / 255, highBits = ones * 128, lowBits = ones * 127, spaces = ones * UInt64(space)
            while i + 8 <= count {
                // The first byte in memory is the lowest whatever the machine's byte order.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if (word | ((word &- spaces) & ~word)) & highBits != 0 { return false }   // below the space, or not ASCII
                let others = word ^ spaces
                let isSpace = ~(((others & lowBits) &+ lowBits) | others) & highBits   // the high bit of each space
                if isSpace & (isSpace >> 8) != 0 { return false }           // two spaces side by side
                if previousWasSpace, isSpace & 128 != 0 { return false }     // … across two words (the first byte's bit)
                previousWasSpace = isSpace >> 63 != 0
                i += 8
            }
        }
        while i < count {
            let c = self[i]
            guard c >= space, c.isASCII, !(c == space && previousWasSpace) else { return false }
            previousWasSpace = c == space
            i += 1
        }
        return true
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or that is the ASCII
    /// letter `letter` (either case) with the ASCII letter `other` (either case) `distance`
    /// bytes after it (before it when `distance` is negative); `count` when there is none. A
    /// byte that is no letter is compared as it is. With `other` the same as `letter` and a
    /// `distance` of 0, the first place of the letter alone.
    ///
    /// What `tend grep` jumps to in a word spelt in ASCII: its two rarest letters where they
    /// stand in it, as rg does (`g` and the `r` two bytes after it, for `anger`). The bench
    /// vault's 41.7 MB hold 795,000 `g`s but only 49,000 with an `r` two bytes on. Sixteen bytes
    /// are compared at once, with the sixteen `distance` bytes on: a letter with the case bit
    /// (the space's bit) set is its small letter, and no other byte becomes it. (Eight at a
    /// time in one 64-bit word, as before, took 1.8 times the instructions.)
    @inlinable
    public func firstOffset(ofLetter letter: UInt8, and other: UInt8, at distance: Int, orNonASCIIFrom start: Int) -> Int {
        func caseBit(_ byte: UInt8) -> UInt8 { byte.isASCIILetter ? UInt8(ascii: " ") : 0 }
        func isPair(_ i: Int) -> Bool {
            let j = i + distance
            return self[i] | caseBit(letter) == letter | caseBit(letter)
                && j >= 0 && j < count && self[j] | caseBit(other) == other | caseBit(other)
        }
        var i = start
        // Before the first place whose partner can be read sixteen bytes at a time.
        while i < count, i + distance < 0 {
            if !self[i].isASCII || isPair(i) { return i }
            i += 1
        }
        if let base = baseAddress {
            let firstCase = SIMD16(repeating: caseBit(letter)), secondCase = SIMD16(repeating: caseBit(other))
            let first = SIMD16(repeating: letter | caseBit(letter)), second = SIMD16(repeating: other | caseBit(other))
            let highBit = SIMD16<UInt8>(repeating: 0x80)
            while i + 16 <= count, i + distance + 16 <= count {
                let bytes = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let partners = UnsafeRawPointer(base + i + distance).loadUnaligned(as: SIMD16<UInt8>.self)
                let found = (bytes | firstCase .== first) .& (partners | secondCase .== second) .| (bytes & highBit .== highBit)
                // The lanes as two words, the first lane lowest: a found lane is all ones.
                let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
                let low = UInt64(littleEndian: halves[0]), high = UInt64(littleEndian: halves[1])
                if low != 0 { return i + low.trailingZeroBitCount / 8 }
                if high != 0 { return i + 8 + high.trailingZeroBitCount / 8 }
                i += 16
            }
        }
        while i < count, self[i].isASCII, !isPair(i) { i += 1 }
        return i
    }

    /// The width of the well-formed UTF-8 sequence that starts at byte `i` (1 for ASCII), or nil
    /// when the bytes there are not one: a lead byte, as many continuation bytes as it asks for,
    /// spelling a scalar in the fewest bytes that can hold it, not a surrogate, at most U+10FFFF
    /// (the rules of Unicode's table 3-7).
    @inlinable
    public func wellFormedSequenceWidth(at i: Int) -> Int? {
        let lead = self[i]
        if lead.isASCII { return 1 }
        let width = lead.utf8SequenceWidth
        guard !lead.isUTF8Continuation, lead < 0b1111_1000, i + width <= count else { return nil }
        var value = UInt32(lead) & (width == 2 ? 0b1_1111 : width == 3 ? 0b1111 : 0b111)
        for k in 1..<width {
            guard self[i + k].isUTF8Continuation else { return nil }
            value = value << 6 | (UInt32(self[i + k]) & 0b11_1111)
        }
        // The first scalar that needs two, three and four bytes: a smaller one is an overlong spelling.
        let fewest: UInt32 = width == 2 ? 0x0080 : width == 3 ? 0x0800 : 0x1_0000
        guard value >= fewest, Unicode.Scalar(value) != nil else { return nil }   // nil: a surrogate or past U+10FFFF
        return width
    }
}
