/// Plain text tables: columns padded to their widest cell.
enum Table {
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let first = rows.first else { return "" }
        let counts = rows.map { $0.map(\.count) }   // characters, counted once
        var widths = [Int](repeating: 0, count: first.count)
        for row in counts { for (i, n) in row.enumerated() { widths[i] = max(widths[i], n) } }
        var out = ""
        for (r, row) in rows.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - counts[r][i])
                line += (i > 0 ? "  " : "") + (rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
