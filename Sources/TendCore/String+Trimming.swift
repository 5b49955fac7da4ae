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
    /// On bytes: white space is found with ``spaceWidth(_:_:)``, stepping back a character at a time at the end.
    func trimmingWhitespace() -> String {
        withBytes { b -> String in
            var from = 0
            while from < b.count, case let width = Self.spaceWidth(b, from), width > 0 { from += width }
            var to = b.count
            while to > from {
                var start = to - 1
                while start > from, b[start] & 0xC0 == 0x80 { start -= 1 }   // back to the character's first byte
                guard Self.spaceWidth(b, start) == to - start else { break }
                to = start
            }
            if from == 0, to == b.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
        }
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

/// Byte searches over UTF-8 text in plain Swift: the generic collection searches step through
/// a string's views one index at a time, several times slower. A byte is looked for eight at a
/// time (the word-at-a-time test of whether a word holds a given byte), as memchr does.
enum ByteSearch {
    /// The offset of the first `byte` in `haystack` at or after `start`.
    static func firstOffset(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = haystack.baseAddress else { return nil }
        let n = haystack.count
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
            if (word &- ones) & ~word & highs != 0 { break }   // a zero byte: `byte` is in these eight
            i += 8
        }
        while i < n {
            if base[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// The offset of the first `needle` in `haystack`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var from = 0
        search: while from <= last, let at = firstOffset(of: first, in: haystack, from: from), at <= last {
            for k in 1..<needle.count where haystack[at + k] != needle[k] { from = at + 1; continue search }
            return at
        }
        return nil
    }
}

extension String {
    /// True when the UTF-8 bytes of `needle` occur in the text.
    func containsBytes(of needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        return withBytes { ByteSearch.firstOffset(of: n, in: $0) != nil }
    }

    /// True when the UTF-8 text holds the byte `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        withBytes { ByteSearch.firstOffset(of: byte, in: $0) != nil }
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

    /// Runs `body` on the text's UTF-8 bytes in place. Unlike `withUTF8`, it needs no mutable
    /// copy of the string: a copy costs a reference-count round trip, and the parser's byte
    /// scans run on every line of every entry.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
