#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a file, decoded from its bytes the way a person's editor would.
///
/// Valid UTF-8 is read as it is (a leading byte-order mark is dropped). Anything else
/// is almost always a Windows-1252 file from an older editor: it is decoded so, and
/// the first bad byte is reported so the user can re-save the file as UTF-8.
public struct SourceText: Sendable {
    /// The decoded text, without a byte-order mark.
    public var text: String
    /// True when the bytes were not valid UTF-8 and were read as Windows-1252.
    public var wasWindows1252: Bool
    /// Where the first byte that is not UTF-8 sits, when `wasWindows1252`.
    public var firstInvalidByte: TextPosition?
    /// True when the file starts with a UTF-8 byte-order mark.
    public var hadByteOrderMark: Bool
    /// True when the bytes look binary (they hold a NUL byte): not a journal entry.
    public var looksBinary: Bool
    /// True when the file is UTF-16 with a byte-order mark (as some Windows editors save).
    public var wasUTF16 = false
    /// True when the lines end with a carriage return alone (classic Mac OS), read as line feeds.
    public var hadCarriageReturnLines = false

    /// Decodes file bytes.
    public init(decoding bytes: [UInt8]) {
        if let utf16 = Self.utf16(bytes) {
            self.init(decoding: Array(utf16.utf8))
            wasUTF16 = true
            return
        }
        self.init(decodingUTF8OrWindows1252: bytes)
        // An editor shows lines that end with a carriage return alone as lines; so does tend
        // (the front matter's fences and every line number depend on it).
        if !text.utf8.contains(UInt8(ascii: "\n")), text.utf8.contains(UInt8(ascii: "\r")) {
            text = String(decoding: text.utf8.map { $0 == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : $0 }, as: UTF8.self)
            hadCarriageReturnLines = true
        }
    }

    /// The text of UTF-16 bytes that start with a byte-order mark (either byte order), else nil.
    private static func utf16(_ bytes: [UInt8]) -> String? {
        // The byte-order mark U+FEFF, as bytes 255 254 (little-endian) or 254 255 (big-endian).
        let littleEndian = bytes.starts(with: [255, 254])
        guard littleEndian || bytes.starts(with: [254, 255]) else { return nil }
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { i in
            littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
        return String(decoding: units, as: UTF16.self)
    }

    private init(decodingUTF8OrWindows1252 bytes: [UInt8]) {
        var body = bytes[...]
        hadByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hadByteOrderMark { body = body.dropFirst(3) }
        looksBinary = body.withUnsafeBufferPointer { $0.baseAddress.map { memchr($0, 0, body.count) != nil } ?? false }
        firstInvalidByte = nil
        if let valid = body.withUnsafeBufferPointer(Self.utf8) {
            text = valid
            wasWindows1252 = false
        } else {
            text = Self.windows1252(body)
            wasWindows1252 = true
            firstInvalidByte = Self.firstInvalid(body)
        }
    }

    /// The bytes as a string when they are valid UTF-8, nil otherwise.
    ///
    /// The standard library checks UTF-8 a byte at a time once it has met one byte that is
    /// not ASCII, and nearly every entry has one (an accent, a dash, an emoji): about ten
    /// instructions a byte. Here the bytes are checked once, ASCII eight bytes at a time;
    /// then the long ASCII runs, most of a journal, become strings on the standard library's
    /// fast ASCII path, and only the short stretches around other characters are decoded
    /// byte by byte. Strings join without being checked again.
    static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        let n = bytes.count
        func piece(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
        }
        var i = firstNonASCII(base, from: 0, count: n)
        if i == n { return piece(0..<n) }
        var text = ""
        text.reserveCapacity(n)
        var pending = 0   // where the bytes not yet added start
        while i < n {
            guard let length = sequenceLength(base, at: i, count: n) else { return nil }
            i += length
            let asciiEnd = firstNonASCII(base, from: i, count: n)
            if asciiEnd - i >= 64 {
                text += piece(pending..<i)
                text += piece(i..<asciiEnd)
                pending = asciiEnd
            }
            i = asciiEnd
        }
        if pending < n { text += piece(pending..<n) }
        return text
    }

    /// The length of the well-formed UTF-8 sequence (Unicode's table 3-7) that starts with
    /// the byte at `i`, which is not ASCII; nil when the bytes there are not one.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
        func next(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && base[i + k] >= low && base[i + k] <= high
        }
        switch base[i] {
        case 0xC2...0xDF: return next(1) ? 2 : nil
        case 0xE0: return next(1, 0xA0) && next(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return next(1) && next(2) ? 3 : nil
        case 0xED: return next(1, 0x80, 0x9F) && next(2) ? 3 : nil
        case 0xF0: return next(1, 0x90) && next(2) && next(3) ? 4 : nil
        case 0xF1...0xF3: return next(1) && next(2) && next(3) ? 4 : nil
        case 0xF4: return next(1, 0x80, 0x8F) && next(2) && next(3) ? 4 : nil
        default: return nil
        }
    }

    /// The offset of the first byte at or after `from` that is not ASCII (`count` when none).
    private static func firstNonASCII(_ base: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int {
        var i = from
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < n, base[i] < 0x80 { i += 1 }
        return i
    }

    /// The place of the first byte sequence that is not UTF-8.
    private static func firstInvalid(_ bytes: ArraySlice<UInt8>) -> TextPosition {
        bytes.withUnsafeBufferPointer { buffer in
            var line = 1
            var column = 1
            guard let base = buffer.baseAddress else { return TextPosition(line: line, column: column) }
            var i = 0
            while i < buffer.count {
                guard let length = base[i] < 0x80 ? 1 : sequenceLength(base, at: i, count: buffer.count) else { break }
                if base[i] == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += length
            }
            return TextPosition(line: line, column: column)
        }
    }

    /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F.
    private static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if (0x80...0x9F).contains(b) {
                scalars.append(high[Int(b) - 0x80])
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }
}
