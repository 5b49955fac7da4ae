extension Unicode.Scalar {
    /// White space, with a fast path for ASCII (the Unicode property lookup is slow).
    @inline(__always) var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// A digit or other numeral of any script (as `Character.isNumber`), with an ASCII fast path.
    @inline(__always) var isNumeral: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
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
    /// White space is found with ``spaceWidth(_:_:)``, stepping back a character at a time at the end.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var from = range.lowerBound
        while from < range.upperBound, case let width = spaceWidth(b, from), width > 0 { from += width }
        var to = range.upperBound
        while to > from {
            var start = to - 1
            while start > from, b[start] & 0xC0 == 0x80 { start -= 1 }   // back to the character's first byte
            guard spaceWidth(b, start) == to - start else { break }
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
    private func asciiNormalizedName() -> String? {
        withBytes { bytes -> String? in
            var needsWork = false
            var previousWasSpace = true   // a leading space needs work too
            for b in bytes {
                if b >= 0x80 { return nil }
                let isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                if (b >= 0x41 && b <= 0x5A) || (isSpace && (previousWasSpace || b != 0x20)) { needsWork = true }
                previousWasSpace = isSpace
            }
            if previousWasSpace, !bytes.isEmpty { needsWork = true }   // a trailing space
            guard needsWork else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for b in bytes {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                        out[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        count += 1
                    }
                }
                return count
            }
        }
    }
}

extension StringProtocol {
    /// The first range of an ASCII `needle`, by a plain UTF-8 scan (much faster than the
    /// generic string searching on the short texts of list items).
    func asciiRange(of needle: StaticString) -> Range<Index>? {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = n.first else { return nil }
        let view = utf8
        var i = view.startIndex
        while i != view.endIndex {
            if view[i] == first {
                var j = view.index(after: i)
                var k = 1
                while k < n.count, j != view.endIndex, view[j] == n[k] {
                    j = view.index(after: j)
                    k += 1
                }
                if k == n.count { return i..<j }
            }
            i = view.index(after: i)
        }
        return nil
    }
}

extension String {
    /// `lowercased()` for ASCII text, on bytes (the general one goes through Unicode tables);
    /// the string itself when it has no capital; nil for text that is not ASCII.
    func asciiLowercased() -> String? {
        withBytes { bytes -> String? in
            var hasCapital = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A { hasCapital = true }
            }
            guard hasCapital else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() { out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                return bytes.count
            }
        }
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
