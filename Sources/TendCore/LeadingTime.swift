/// The time of day an item is logged at, written before it, as interstitial journaling, Obsidian's
/// Thino and Day Planner, and Logseq's timestamps write one: `09:30 anxious (6)`, `14:05 —
/// calmer`, `8:00 am the warm soup`, `[10:12] Rest is allowed.`, `09:30–10:00 walk`, `**08:00**
/// Woke up anxious.` (a line of a paragraph too, since 2026-12-03's evening). The time
/// is when it was written, not part of the item, so a feeling, an insight, a gratitude item, a
/// question or a practice is read without it (docs/vault-format.md, "Items"). A step keeps it:
/// `09:30 call the clinic` may say when to do it.
enum LeadingTime {
    /// `text` without the time that opens it and the dash or colon after it; nil when it opens
    /// with none, or nothing follows it.
    static func stripped(_ text: String) -> String? {
        // Most items open with a letter: one look at the first byte.
        guard let first = text.utf8.first,
              first.isASCIIDigit || first == UInt8(ascii: "[") || first == UInt8(ascii: "(") || first == UInt8(ascii: "*") else {
            return nil
        }
        var rest = Substring(text)
        // `**08:00** Woke up anxious.`: a time in bold, as a log kept in a paragraph writes it.
        let bold = rest.hasPrefix("**")
        if bold { rest = rest.dropFirst(2) }
        let bracket: Character? = rest.first == "[" ? "]" : rest.first == "(" ? ")" : nil
        if bracket != nil { rest = rest.dropFirst() }
        guard let end = timeEnd(rest) else { return nil }
        rest = rest[end...]
        // A range: `09:30–10:00`, `9:30 - 10 am`.
        let afterDash = rest.drop { $0 == " " }
        if let dash = afterDash.first, "-–—".contains(dash), let second = timeEnd(afterDash.dropFirst().drop { $0 == " " }) {
            rest = afterDash.dropFirst().drop { $0 == " " }[second...]
        }
        if let bracket {
            guard rest.first == bracket else { return nil }
            rest = rest.dropFirst()
        }
        if bold {
            guard rest.hasPrefix("**") else { return nil }
            rest = rest.dropFirst(2)
        }
        // The separator before the item: white space, then a dash or a colon and white space.
        guard rest.first?.isWhitespace == true || rest.first.map({ "-–—:".contains($0) }) == true else { return nil }
        rest = rest.drop { $0.isWhitespace }
        if let mark = rest.first, "-–—:".contains(mark), rest.dropFirst().first?.isWhitespace ?? true {
            rest = rest.dropFirst().drop { $0.isWhitespace }
        }
        return rest.isEmpty ? nil : String(rest)
    }

    /// `text` cut into the time that opens it, as written (`09:30`, `[10:12]`), and what follows
    /// it and its separator; nil when it opens with none, or nothing follows it.
    static func split(_ text: String) -> (time: String, rest: String)? {
        guard let rest = stripped(text) else { return nil }
        var time = Substring(text.utf8.prefix(text.utf8.count - rest.utf8.count))
        while let last = time.last, last.isWhitespace || "-–—:".contains(last) { time = time.dropLast() }
        return (String(time), rest)
    }

    /// Where a time of day that opens `text` ends: `9:30`, `09:30`, `14:05:12`, and any of them
    /// with `am` / `pm` after it (`8:00 am`, `8:00PM`, `8:00 a.m.`); nil when `text` opens with none.
    private static func timeEnd(_ text: Substring) -> Substring.Index? {
        let hour = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(hour.count), let h = Int(hour), h < 24 else { return nil }
        var i = hour.endIndex
        var parts = 0
        while i < text.endIndex, text[i] == ":", parts < 2 {
            let digits = text[text.index(after: i)...].prefix { $0.isASCII && $0.isNumber }
            // `14:05: calmer`: a colon after the minutes is the separator.
            guard digits.count == 2, let m = Int(digits), m < 60 else { break }
            i = digits.endIndex
            parts += 1
        }
        guard parts > 0 else { return nil }
        // `am` / `pm`, spaced or not, with dots or not.
        let after = text[i...]
        let spaced = after.drop { $0 == " " }
        for marker in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."] where spaced.hasPrefix(marker) {
            let end = spaced.index(spaced.startIndex, offsetBy: marker.count)
            if end == text.endIndex || !text[end].isLetter { return end }
        }
        return i
    }
}
