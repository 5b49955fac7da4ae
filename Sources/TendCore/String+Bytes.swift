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

extension StringProtocol {
    /// Runs `body` on the text's UTF-8 bytes in place. Unlike `withUTF8`, it needs no mutable
    /// copy of the string: a copy costs a reference-count round trip, and the parser's byte
    /// scans run on every line of every entry. A text not stored as UTF-8 is copied first.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at byte `i` of UTF-8 text, and its width in bytes. A string's
    /// bytes are always valid; a sequence cut short or not UTF-8 reads as U+FFFD, one byte wide.
    @inline(__always)
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = self[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + width <= count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | (UInt32(self[i + k]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (Unicode.Scalar(0xFFFD)!, 1) }
        return (scalar, width)
    }

    /// The scalar that ends just before byte `end` of UTF-8 text.
    @inline(__always)
    func scalar(before end: Int) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start).scalar
    }
}
