import TendMarkdown

/// The labelled lines that may open an entry's body, before anything else is written: Day One
/// and Diarly export an entry so (`Date:⇥December 5, 2019 at 12:00:00 AM EST`, `Tags:⇥kap`
/// below it), and many templates begin so (`Date: 2026-11-03`, `Mood: 6/10`, `**Energy:** 4`).
///
/// Blank lines and one first heading are passed over; then every line must be `Label: value`
/// (a label of one to three words of letters, in bold or not; a field `key:: value` counts
/// too), and the first other line ends them. So `Date: next Tuesday` or `Mood: 3` halfway down
/// a page is prose, never the entry's date or a metric.
struct OpeningLines {
    /// One labelled line.
    struct Line: Equatable {
        /// The label as written (`Date`, `mood`).
        var label: String
        /// The text after the label's colon, without white space around it.
        var value: String
        /// Its line in the file.
        var line: Int
    }

    /// The labelled lines, in order.
    private(set) var lines: [Line] = []

    /// The labels that may give the entry's date, as the front-matter keys do.
    static let dateLabels: Set<String> = ["date", "created", "day"]

    /// Reads the opening lines of `body` (which keeps the file's line numbers: front matter
    /// lines are blank in it). Every entry passes here, so the lines are found on the bytes and
    /// only a line with a colon near its start becomes a String: scanning the first paragraph
    /// character by character made `tend check` 1.16× as slow on the bench vault.
    init(_ body: String) {
        lines = body.withBytes { b in
            var found: [Line] = []
            var headingPassed = false
            var number = 0
            var start = 0
            while start < b.count, found.count < 64 {
                number += 1
                let end = ByteSearch.lineEnd(in: b, from: start)
                defer { start = end + 1 }
                var first = start
                while first < end, b[first].isASCIIWhitespace { first += 1 }
                if first == end {
                    if found.isEmpty { continue }
                    break
                }
                if found.isEmpty, !headingPassed, b[first] == UInt8(ascii: "#") {
                    var after = first
                    while after < end, b[after] == UInt8(ascii: "#") { after += 1 }
                    if after - first <= 6, after == end || b[after].isASCIIWhitespace {
                        headingPassed = true
                        continue
                    }
                }
                // A label is a few words: its colon is near the line's start.
                let near = UnsafeBufferPointer(rebasing: b[first..<min(end, first + 48)])
                guard ByteSearch.firstOffset(of: UInt8(ascii: ":"), in: near) != nil,
                      let line = Self.labelled(String(decoding: UnsafeBufferPointer(rebasing: b[first..<end]), as: UTF8.self)
                                                   .trimmingWhitespace(), line: number) else { break }
                found.append(line)
            }
            return found
        }
    }

    /// The first `Date:`, `Created:` or `Day:` line with a date in one of `formats`, and that
    /// date; else the first such line with none (its date nil: `tend explain` says why); else nil.
    func dateLine(formats: [DateFormat]) -> (line: Line, date: (LocalDate, DateFormat)?)? {
        var unread: Line?
        for line in lines where Self.dateLabels.contains(line.label.lowercased()) {
            if let found = EntryParser.firstDate(in: line.value, formats: formats) { return (line, found) }
            if unread == nil { unread = line }
        }
        return unread.map { ($0, nil) }
    }

    /// The lines that hold a number, as metrics: `Mood: 6`, `Sleep: 7.5`, `Mood: 6/10` (6, the
    /// scale people write a mood on). The key is the label lower-cased, as in front matter; a
    /// label front matter gives a meaning of its own (`Date`, `Session`, `Type`) is no metric.
    func metrics() -> [(key: String, value: Double, line: Line)] {
        lines.compactMap { line in
            let key = line.label.normalizedName()
            guard !EntryParser.knownKeys.contains(key), !EntryParser.tagKeys.contains(key),
                  let value = Self.number(line.value) else { return nil }
            return (key, value, line)
        }
    }

    /// The lines whose value starts with a digit but is no number tend reads as a metric
    /// (`Mood: 4/5`, `Sleep: 7h`), for `tend explain` to say why.
    func unreadNumbers() -> [Line] {
        lines.filter { line in
            let key = line.label.normalizedName()
            return !EntryParser.knownKeys.contains(key) && !EntryParser.tagKeys.contains(key)
                && line.value.first?.isASCII == true && line.value.first?.isNumber == true && Self.number(line.value) == nil
        }
    }

    /// A plain number (`6`, `7.5`), or one out of ten (`6/10`, `6 / 10`).
    private static func number(_ text: String) -> Double? {
        let parts = text.split(separator: "/", maxSplits: 1)
        if parts.count == 2 {
            guard parts[1].trimmingWhitespace() == "10" else { return nil }
            return EntryParser.number(parts[0].trimmingWhitespace())
        }
        return EntryParser.number(text)
    }

    /// `Label: value` (or `**Label:** value`, `**Label**: value`, a field `label:: value`); nil
    /// for any other line.
    private static func labelled(_ text: String, line: Int) -> Line? {
        var rest = Substring(text)
        let bold = rest.hasPrefix("**")
        if bold { rest = rest.dropFirst(2) }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        var label = rest[..<colon]
        if bold, label.hasSuffix("**") { label = label.dropLast(2) }
        guard (1...3).contains(label.split(separator: " ").count), label.first?.isLetter == true,
              label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "_" || $0 == "-" }) else { return nil }
        var value = rest[rest.index(after: colon)...]
        if value.hasPrefix(":") { value = value.dropFirst() }
        if bold, value.hasPrefix("**") { value = value.dropFirst(2) }
        return Line(label: label.trimmingWhitespace(), value: value.trimmingWhitespace(), line: line)
    }
}
