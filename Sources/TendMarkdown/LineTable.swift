/// The lines of a text, for turning libcmark's byte columns into character columns
/// and for reading a line as it is on disk.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as CommonMark says.
public struct LineTable: Sendable {
    /// The UTF-8 bytes of the whole text.
    public let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1).
    private var starts: [Int]
    /// Byte offset where each line's content ends (before its line ending).
    private var ends: [Int]

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Indexes the lines of UTF-8 bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var ends: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 1)
        ends.reserveCapacity(bytes.count / 32 + 1)
        let n = bytes.count
        bytes.withUnsafeBufferPointer { b in
            if ByteSearch.firstOffset(of: UInt8(ascii: "\r"), in: b) == nil {
                // Only `\n` endings (nearly every file): jump from one to the next.
                var i = 0
                while i < n, let at = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: b, from: i) {
                    ends.append(at)
                    starts.append(at + 1)
                    i = at + 1
                }
                return
            }
            var i = 0
            while i < n {
                let c = b[i]
                if c == UInt8(ascii: "\n") {
                    ends.append(i)
                    starts.append(i + 1)
                } else if c == UInt8(ascii: "\r") {
                    ends.append(i)
                    if i + 1 < n, b[i + 1] == UInt8(ascii: "\n") { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        ends.append(n)
        self.starts = starts
        self.ends = ends
    }

    /// The number of lines (a text ending in a newline has an empty last line).
    public var count: Int { starts.count }

    /// The bytes of a 1-based line, without its line ending; empty when out of range.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= starts.count else { return [] }
        return bytes[starts[line - 1]..<ends[line - 1]]
    }

    /// The text of a 1-based line, without its line ending.
    public func line(_ line: Int) -> String {
        String(decoding: lineBytes(line), as: UTF8.self)
    }

    /// Turns a libcmark point (byte column) into a character position.
    public func position(of point: SourcePoint) -> TextPosition {
        TextPosition(line: point.line, column: characterColumn(line: point.line, byteColumn: point.byteColumn))
    }

    /// Counts the characters before a 1-based byte column on a line, plus one.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        let slice = lineBytes(line)
        guard byteColumn > 1, !slice.isEmpty else { return max(byteColumn, 1) }
        let end = min(slice.startIndex + byteColumn - 1, slice.endIndex)
        var column = 1
        var i = slice.startIndex
        while i < end {
            if !bytes[i].isUTF8Continuation { column += 1 }
            i += 1
        }
        return column
    }

    /// Finds `needle` on a line at or after a byte column; returns its 1-based byte column.
    public func find(_ needle: String, line: Int, fromByteColumn: Int) -> Int? {
        let slice = lineBytes(line)
        let from = max(fromByteColumn - 1, 0)
        guard !needle.isEmpty, from <= slice.count else { return nil }
        let at = slice.withUnsafeBufferPointer { line in
            needle.withBytes { ByteSearch.firstOffset(of: $0, in: line, from: from) }
        }
        return at.map { $0 + 1 }
    }
}
