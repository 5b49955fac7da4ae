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
        let byteOrderMark = "\u{FEFF}".utf8
        hadByteOrderMark = bytes.starts(with: byteOrderMark)
        if hadByteOrderMark { body = body.dropFirst(byteOrderMark.count) }
        looksBinary = body.withUnsafeBufferPointer { ByteSearch.firstOffset(of: UInt8(ascii: "\0"), in: $0) != nil }
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
    /// The standard library checks UTF-8 a byte at a time once it has met one byte that is not
    /// ASCII, and nearly every entry has one (an accent, a dash, an emoji). Here the bytes are
    /// checked once; the long ASCII runs, most of a journal, become strings on the standard
    /// library's fast ASCII path, and only the stretches around other characters are decoded
    /// byte by byte. Counted by callgrind over 1,000 entries of the bench vault, this takes
    /// about 26 million instructions where `String(validating:as:)` took 41 (`tend check`
    /// spends 1.6 % less in all).
    static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        func piece(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var i = bytes.firstNonASCII(from: 0)
        if i == n { return piece(0..<n) }
        var text = ""
        text.reserveCapacity(n)
        var pending = 0   // where the bytes not yet added start
        while i < n {
            guard let width = bytes.wellFormedSequenceWidth(at: i) else { return nil }
            i += width
            let end = bytes.firstNonASCII(from: i)
            if end - i >= 64 {
                text += piece(pending..<i)
                text += piece(i..<end)
                pending = end
            }
            i = end
        }
        if pending < n { text += piece(pending..<n) }
        return text
    }

    /// The place of the first byte sequence that is not UTF-8.
    private static func firstInvalid(_ bytes: ArraySlice<UInt8>) -> TextPosition {
        bytes.withUnsafeBufferPointer { buffer in
            var line = 1
            var column = 1
            var i = 0
            while i < buffer.count {
                guard let length = buffer.wellFormedSequenceWidth(at: i) else { break }
                if buffer[i] == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
                i += length
            }
            return TextPosition(line: line, column: column)
        }
    }

    /// Windows-1252: Latin-1 with typographic characters where Latin-1 has the C1 controls
    /// (``c1Controls``), in their order.
    private static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    /// U+0080 to U+009F, where Windows-1252 puts its typographic characters.
    private static let c1Controls: ClosedRange<Unicode.Scalar> = "\u{80}"..."\u{9F}"

    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let latin1 = Unicode.Scalar(b)
            if c1Controls.contains(latin1) {
                scalars.append(high[Int(latin1.value - c1Controls.lowerBound.value)])
            } else {
                scalars.append(latin1)
            }
        }
        return String(scalars)
    }
}
