/// Small parsers for the text of a list item: checkboxes, dates, intensities, minutes.
enum ItemParsing {
    /// `[ ] `, `[x] `, `[-] `, `[/] ` at the start of an item; returns the status and the rest.
    /// Any other single character in the box (`[>]`, `[!]`, `[?]`) reads as open, as Obsidian Tasks does.
    static func checkbox(_ text: String) -> (ActionStatus, String)? {
        guard text.utf8.first == 0x5B else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(4))
        guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]" else { return nil }
        if scalars.count == 4, !scalars[3].isSpace { return nil }
        let status: ActionStatus
        switch scalars[1] {
        case " ", "\u{00A0}": status = .open
        case "x", "X": status = .done
        case "-": status = .cancelled
        case "/": status = .inProgress
        default:
            guard !scalars[1].isSpace else { return nil }
            status = .open
        }
        return (status, String(text.unicodeScalars.dropFirst(3)).trimmingWhitespace())
    }

    /// A date written after one of `markers` (`📅 2026-11-03`, `due:2026-11-03`, `due:: 2026-11-03`).
    /// Removes the marker and the date from `text`.
    ///
    /// - Returns: the date, or the text written after the marker when it is not a real date.
    static func takeDate(after markers: [String], from text: inout String) -> (date: LocalDate?, written: String)? {
        // Most items carry no date: look for the markers' first characters before any real work.
        let firsts = markers.compactMap { $0.unicodeScalars.first }
        guard text.unicodeScalars.contains(where: { firsts.contains($0) }) else { return nil }
        var scalars = Array(text.unicodeScalars)
        for marker in markers {
            let m = Array(marker.unicodeScalars)
            guard let start = Self.firstRange(of: m, in: scalars) else { continue }
            var i = start.upperBound
            // Emoji may carry U+FE0F; people paste NBSP.
            while i < scalars.count, scalars[i] == "\u{FE0F}" || scalars[i].isSpace { i += 1 }
            var j = i
            while j < scalars.count, !scalars[j].isSpace, !"]),".unicodeScalars.contains(scalars[j]) { j += 1 }
            guard j > i else { continue }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[i..<j])
            let written = String(word)
            var removeStart = start.lowerBound
            var removeEnd = j
            // Drop `[due:: …]` brackets with the field.
            if removeStart > 0, "[(".unicodeScalars.contains(scalars[removeStart - 1]),
               removeEnd < scalars.count, "])".unicodeScalars.contains(scalars[removeEnd]) {
                removeStart -= 1
                removeEnd += 1
            }
            scalars.removeSubrange(removeStart..<removeEnd)
            var rebuilt = String.UnicodeScalarView()
            rebuilt.append(contentsOf: scalars)
            text = String(rebuilt).foldingWhitespace()
            return (written.unicodeScalars.count == 10 ? LocalDate(parsing: written) : nil, written)
        }
        return nil
    }

    /// The first place `needle` stands in `haystack` (a plain scan: the generic
    /// `firstRange(of:)` is many times slower on short texts).
    static func firstRange(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        outer: while i <= last {
            if haystack[i] == needle[0] {
                for j in 1..<needle.count where haystack[i + j] != needle[j] { i += 1; continue outer }
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }

    /// The due-date markers of Obsidian Tasks and Dataview.
    static let dueMarkers = ["📅", "due::", "due:"]
    /// The done-date markers.
    static let doneMarkers = ["✅", "done::", "completion::"]
    /// Other Obsidian Tasks dates (scheduled, start, created) that are not part of the text.
    static let otherDateMarkers = ["⏳", "🛫", "➕"]

    /// The number at the start of `text` (`7`, `4/10`, `7.5`, `70%`), scaled to 0–10.
    static func intensity(in text: Substring) -> Double? {
        var digits = ""
        var rest = text[...]
        while let c = rest.first, c.isASCII, c.isNumber || (c == "." && !digits.isEmpty && !digits.contains(".")) {
            digits.append(c)
            rest = rest.dropFirst()
        }
        guard var value = Double(digits) else { return nil }
        rest = rest.drop { $0 == " " }
        if rest.first == "/" {
            let scale = Double(String(rest.dropFirst().prefix { $0.isASCII && $0.isNumber })) ?? 10
            if scale > 0 { value = value / scale * 10 }
        } else if rest.first == "%" {
            value /= 10
        }
        guard (0...10).contains(value) else { return nil }
        return (value * 10).rounded() / 10
    }

    /// Splits `grief (7)`, `relief – 4/10`, `anxious: 6`, `Sadness, in my chest` into a name and an intensity.
    static func emotion(_ text: String) -> (name: String, intensity: Double?) {
        let separators: Set<Character> = ["(", ":", "–", "—", ",", ";", "[", "="]
        var name = ""
        var rest = Substring(text)
        while let c = rest.first {
            if separators.contains(c) || c.isNumber { break }
            if c == "-", name.last?.isWhitespace == true { break }
            if c == "/" , rest.dropFirst().first?.isNumber == true { break }
            name.append(c)
            rest = rest.dropFirst()
        }
        var intensity: Double?
        var scan = rest
        while !scan.isEmpty {
            if let c = scan.first, c.isASCII, c.isNumber {
                intensity = ItemParsing.intensity(in: scan)
                break
            }
            scan = scan.dropFirst()
        }
        return (name.normalizedName(), intensity)
    }

    private static let wordPunctuation: Set<Character> = ["(", ")", "[", "]", ",", ";", "–", "—"]
    private static let unitPunctuation: Set<Character> = ["(", ")", "[", "]", ",", ";", "."]
    private static let namePunctuation: Set<Character> = [":", ".", "-", "–", "—", " "]

    /// Splits `breathwork 10m`, `yoga 20 min`, `walk in nature (30 minutes)`, `run 1h` into a name and minutes.
    static func practice(_ text: String) -> (name: String, minutes: Int?) {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var nameWords: [Substring] = []
        var minutes: Int?
        var i = 0
        while i < words.count {
            let raw = words[i].trimmingCharacters(in: Self.wordPunctuation)
            let digits = raw.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), minutes == nil {
                var unit = String(raw.dropFirst(digits.count)).lowercased()
                var consumed = 1
                if unit.isEmpty, i + 1 < words.count {
                    unit = words[i + 1].trimmingCharacters(in: Self.unitPunctuation).lowercased()
                    consumed = 2
                }
                if ["m", "min", "mins", "minute", "minutes", "'"].contains(unit) {
                    minutes = n; i += consumed; continue
                }
                if ["h", "hr", "hrs", "hour", "hours"].contains(unit) {
                    minutes = n * 60; i += consumed; continue
                }
            }
            if raw == "-" || raw == "–" || raw == "—" || raw.isEmpty { i += 1; continue }
            nameWords.append(Substring(raw))
            i += 1
        }
        let name = nameWords.joined(separator: " ").trimmingCharacters(in: Self.namePunctuation)
        return (name.normalizedName(), minutes)
    }
}

extension StringProtocol {
    /// Trims characters of `chars` from both ends.
    func trimmingCharacters(in chars: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
