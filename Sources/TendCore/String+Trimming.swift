#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.isSpace, !last.isSpace { return self }
        return Substring(self).trimmingWhitespace()
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
        var needsWork = false
        var previousWasSpace = true   // a leading space needs work too
        for b in utf8 {
            if b >= 0x80 { return nil }
            let isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            if (b >= 0x41 && b <= 0x5A) || (isSpace && (previousWasSpace || b != 0x20)) { needsWork = true }
            previousWasSpace = isSpace
        }
        if previousWasSpace, !isEmpty { needsWork = true }   // a trailing space
        guard needsWork else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for b in utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
        return String(decoding: out, as: UTF8.self)
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
    /// True when the UTF-8 bytes of `needle` occur in the text (an exact byte search).
    func containsBytes(of needle: String) -> Bool {
        var needle = needle
        var text = self
        return needle.withUTF8 { n in
            text.withUTF8 { h in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var i = 0
                let last = h.count - n.count
                outer: while i <= last {
                    if h[i] == first {
                        for k in 1..<n.count where h[i + k] != n[k] { i += 1; continue outer }
                        return true
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

extension String {
    /// True when the UTF-8 text holds the byte `byte` (memchr over the string's storage; the
    /// generic `utf8.contains` steps through the view one index at a time).
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// True when the ASCII text `needle` occurs (memchr for its first byte, then a compare).
    func containsASCII(_ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = n.first else { return true }
        if let found = utf8.withContiguousStorageIfAvailable({ h -> Bool in
            guard let base = h.baseAddress, h.count >= n.count else { return false }
            var offset = 0
            while offset <= h.count - n.count,
                  let hit = memchr(base + offset, Int32(first), h.count - n.count - offset + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                offset = at + 1
            }
            return false
        }) {
            return found
        }
        return asciiRange(of: needle) != nil
    }
}
