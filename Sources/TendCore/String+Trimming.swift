import TendMarkdown

extension Unicode.Scalar {
    /// White space, with a fast path for ASCII: the Unicode property lookup is slow, and without
    /// the fast path `tend check` on the 10,000-entry bench vault took 1.06× the CPU time.
    @inline(__always) var isSpace: Bool {
        if isASCII { return UInt8(value).isASCIIWhitespace }
        return properties.isWhitespace
    }

    /// A digit or other numeral of any script (as `Character.isNumber`), with a fast path for
    /// ASCII: without it `tend check` on the 10,000-entry bench vault took 1.04× the CPU time.
    @inline(__always) var isNumeral: Bool {
        if isASCII { return UInt8(value).isASCIIDigit }
        return properties.numericType != nil
    }
}

extension StringProtocol {
    /// The text without the stops that end it as a sentence: `sad, hopeful, steady.` →
    /// `sad, hopeful, steady`, `good!` → `good`.
    func droppingFinalStops() -> SubSequence {
        // The stops counted on the bytes, each one character: character by character from the
        // end this cost 6,800 instructions a call on a sentence's rest.
        let stops = withBytes { b -> Int in
            var n = 0
            while n < b.count, b[b.count - 1 - n] == UInt8(ascii: ".") || b[b.count - 1 - n] == UInt8(ascii: "!") { n += 1 }
            return n
        }
        return dropLast(stops)
    }
}

extension Substring {
    /// The text without leading and trailing white space (NBSP included).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpace })!
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    /// The text without leading and trailing white space (NBSP included); itself when there is none.
    func trimmingWhitespace() -> String {
        withBytes { b -> String in
            let kept = Self.trimmed(b, 0..<b.count)
            if kept == 0..<b.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: b[kept]), as: UTF8.self)
        }
    }

    /// The part of `range` in UTF-8 text with no white space (NBSP included) at either end.
    /// White space is found with `whitespaceWidth(at:)` (TendMarkdown's Bytes.swift), stepping back a character at a time at the end.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var from = range.lowerBound
        while from < range.upperBound, case let width = b.whitespaceWidth(at: from), width > 0 { from += width }
        var to = range.upperBound
        while to > from {
            var start = to - 1
            while start > from, b[start].isUTF8Continuation { start -= 1 }   // back to the character's first byte
            guard b.whitespaceWidth(at: start) == to - start else { break }
            to = start
        }
        return from..<to
    }
}

extension String {
    /// Lower-cased, with runs of white space (NBSP included) folded to one space and trimmed.
    func normalizedName() -> String {
        if let ascii = asciiNormalizedName() { return ascii }
        var out = ""
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }

    /// ``normalizedName()`` for ASCII text, on bytes (most names are ASCII); nil otherwise.
    /// Returns the string itself when it is already normalized.
    ///
    /// A fast path that pays: without it `tend check` on the 10,000-entry bench vault took
    /// 1.10× the CPU time (paired runs, December 2026), the general path's `lowercased()` and
    /// scalar-by-scalar folding running for every key, heading, feeling and practice.
    private func asciiNormalizedName() -> String? {
        withBytes { bytes -> String? in
            var needsWork = false
            var previousWasSpace = true   // a leading space needs work too
            for b in bytes {
                if !b.isASCII { return nil }
                let isSpace = b.isASCIIWhitespace
                if b.isASCIIUppercase || (isSpace && (previousWasSpace || b != UInt8(ascii: " "))) { needsWork = true }
                previousWasSpace = isSpace
            }
            if previousWasSpace, !bytes.isEmpty { needsWork = true }   // a trailing space
            guard needsWork else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for b in bytes {
                    if b.isASCIIWhitespace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = UInt8(ascii: " "); count += 1; pendingSpace = false }
                        out[count] = b.asciiLowercased
                        count += 1
                    }
                }
                return count
            }
        }
    }
}

extension StringProtocol {
    /// The first range of an ASCII `needle`, found by ``ByteSearch`` on the UTF-8 bytes (the
    /// generic string search compares characters, much slower on the short texts of list items).
    func asciiRange(of needle: StaticString) -> Range<Index>? {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !n.isEmpty, let at = withBytes({ ByteSearch.firstOffset(of: n, in: $0) }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: at)
        return start..<utf8.index(start, offsetBy: n.count)
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
                let width = bytes.whitespaceWidth(at: i)
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    i += width
                    continue
                }
                if pendingSpace { out.append(UInt8(ascii: " ")); pendingSpace = false }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when folding would change nothing: no white space at either end, none but single
    /// ASCII spaces inside. Most item texts are so, and are returned without a copy: without
    /// this check `tend check` on the 10,000-entry bench vault took 1.03× the CPU time.
    private static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most texts are ASCII with single spaces, answered eight bytes at a time. A byte at a
        // time, this check took 2.8 % of `tend check`'s time on the bench vault (perf), though
        // 2.1 % of its instructions: its branch at nearly every space is mispredicted.
        if bytes.isFoldedASCII { return true }
        var previousWasSpace = true   // white space at the start needs folding too
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c > UInt8(ascii: " "), c.isASCII {   // the common case: a visible ASCII character
                previousWasSpace = false
                i += 1
                continue
            }
            let width = bytes.whitespaceWidth(at: i)
            if width == 0 {
                previousWasSpace = false
                i += 1
                continue
            }
            if previousWasSpace || c != UInt8(ascii: " ") { return false }
            previousWasSpace = true
            i += width
        }
        return !previousWasSpace || bytes.isEmpty
    }
}
