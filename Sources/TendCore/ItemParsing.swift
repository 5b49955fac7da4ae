/// Small parsers for the text of a list item: checkboxes, dates, intensities, minutes.
enum ItemParsing {
    /// `[ ] `, `[x] `, `[-] `, `[/] ` at the start of an item; returns the status and the rest.
    /// Any other single character in the box (`[>]`, `[!]`, `[?]`) reads as open, as Obsidian Tasks does.
    static func checkbox(_ text: String) -> (ActionStatus, String)? {
        guard text.utf8.first == 0x5B else { return nil }
        let scalars = text.unicodeScalars
        let markAt = scalars.index(after: scalars.startIndex)
        guard markAt != scalars.endIndex else { return nil }
        let mark = scalars[markAt]
        let closeAt = scalars.index(after: markAt)
        guard closeAt != scalars.endIndex, scalars[closeAt] == "]" else { return nil }
        let restAt = scalars.index(after: closeAt)
        if restAt != scalars.endIndex, !scalars[restAt].isSpace { return nil }
        let status: ActionStatus
        switch mark {
        case " ", "\u{00A0}": status = .open
        case "x", "X": status = .done
        case "-": status = .cancelled
        case "/": status = .inProgress
        default:
            guard !mark.isSpace else { return nil }
            status = .open
        }
        return (status, Substring(scalars[restAt...]).trimmingWhitespace())
    }

    /// A date written after one of `markers` (`📅 2026-11-03`, `due:2026-11-03`, `due:: 2026-11-03`).
    /// Removes the marker and the date from `text`.
    ///
    /// - Returns: the date, or the text written after the marker when it is not a real date.
    static func takeDate(after markers: [String], from text: inout String) -> (date: LocalDate?, written: String)? {
        // Most items carry no date: look for the markers' bytes before any real work.
        guard markers.contains(where: { text.containsBytes(of: $0) }) else { return nil }
        var bytes = Array(text.utf8)
        let found: (written: String, remove: Range<Int>)? = bytes.withUnsafeBufferPointer { b in
            for marker in markers {
                var marker = marker
                guard let at = marker.withUTF8({ ByteSearch.firstOffset(of: $0, in: b) }) else { continue }
                let start = at..<(at + marker.utf8.count)
                let n = b.count
                var i = start.upperBound
                // Emoji may carry U+FE0F (EF B8 8F); people paste NBSP.
                while i < n {
                    if i + 2 < n, b[i] == 0xEF, b[i + 1] == 0xB8, b[i + 2] == 0x8F { i += 3; continue }
                    let width = String.spaceWidth(b, i)
                    guard width > 0 else { break }
                    i += width
                }
                var j = i
                while j < n, String.spaceWidth(b, j) == 0, b[j] != 0x5D, b[j] != 0x29, b[j] != 0x2C { j += 1 }
                guard j > i else { continue }
                var remove = start.lowerBound..<j
                // Drop `[due:: …]` brackets with the field.
                if remove.lowerBound > 0, b[remove.lowerBound - 1] == 0x5B || b[remove.lowerBound - 1] == 0x28,
                   remove.upperBound < n, b[remove.upperBound] == 0x5D || b[remove.upperBound] == 0x29 {
                    remove = (remove.lowerBound - 1)..<(remove.upperBound + 1)
                }
                return (String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self), remove)
            }
            return nil
        }
        guard let found else { return nil }
        bytes.removeSubrange(found.remove)
        text = String(decoding: bytes, as: UTF8.self).foldingWhitespace()
        return (found.written.unicodeScalars.count == 10 ? LocalDate(parsing: found.written) : nil, found.written)
    }

    /// The due-date markers of Obsidian Tasks and Dataview.
    static let dueMarkers = ["📅", "due::", "due:"]
    /// The done-date markers.
    static let doneMarkers = ["✅", "done::", "completion::"]
    /// Other Obsidian Tasks dates (scheduled, start, created) that are not part of the text.
    static let otherDateMarkers = ["⏳", "🛫", "➕"]

    /// The number at the start of `text` (`7`, `4/10`, `7.5`, `70%`), scaled to 0–10.
    static func intensity(in text: Substring) -> Double? {
        let u = text.utf8
        var i = u.startIndex
        var seenDot = false
        while i != u.endIndex {
            let c = u[i]
            if c >= 0x30 && c <= 0x39 {
                // a digit
            } else if c == 0x2E, i != u.startIndex, !seenDot {
                seenDot = true
            } else {
                break
            }
            i = u.index(after: i)
        }
        guard var value = Double(Substring(u[u.startIndex..<i])) else { return nil }
        while i != u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
        if i != u.endIndex, u[i] == 0x2F {
            let from = u.index(after: i)
            var to = from
            while to != u.endIndex, u[to] >= 0x30 && u[to] <= 0x39 { to = u.index(after: to) }
            let scale = Double(Substring(u[from..<to])) ?? 10
            if scale > 0 { value = value / scale * 10 }
        } else if i != u.endIndex, u[i] == 0x25 {
            value /= 10
        }
        guard (0...10).contains(value) else { return nil }
        return (value * 10).rounded() / 10
    }

    /// Splits `grief (7)`, `relief – 4/10`, `anxious: 6`, `Sadness, in my chest` into a name and an intensity.
    static func emotion(_ text: String) -> (name: String, intensity: Double?) {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var lastWasSpace = false
        while i != scalars.endIndex {
            let c = scalars[i]
            if emotionSeparators.contains(c) || c.isNumeral { break }
            if c == "-", lastWasSpace { break }
            let next = scalars.index(after: i)
            if c == "/", next != scalars.endIndex, scalars[next].isNumeral { break }
            lastWasSpace = c.isSpace
            i = next
        }
        let name = String(Substring(scalars[..<i]))
        var intensity: Double?
        if let digit = scalars[i...].firstIndex(where: { $0.isASCII && $0.value >= 0x30 && $0.value <= 0x39 }) {
            intensity = ItemParsing.intensity(in: Substring(scalars[digit...]))
        }
        return (name.normalizedName(), intensity)
    }

    private static let emotionSeparators: Set<Unicode.Scalar> = ["(", ":", "–", "—", ",", ";", "[", "="]

    private static let wordPunctuation: Set<Unicode.Scalar> = ["(", ")", "[", "]", ",", ";", "–", "—"]
    private static let unitPunctuation: Set<Unicode.Scalar> = ["(", ")", "[", "]", ",", ";", "."]
    private static let namePunctuation: Set<Unicode.Scalar> = [":", ".", "-", "–", "—", " "]
    private static let minuteUnits: Set<String> = ["m", "min", "mins", "minute", "minutes", "'"]
    private static let hourUnits: Set<String> = ["h", "hr", "hrs", "hour", "hours"]

    /// Splits `breathwork 10m`, `yoga 20 min`, `walk in nature (30 minutes)`, `run 1h` into a name and minutes.
    static func practice(_ text: String) -> (name: String, minutes: Int?) {
        let words = text.unicodeScalars.split(whereSeparator: { $0.isSpace })
        var name = ""
        var minutes: Int?
        var i = 0
        while i < words.count {
            let raw = words[i].trimming(Self.wordPunctuation)
            let digitsEnd = raw.firstIndex { !($0.value >= 0x30 && $0.value <= 0x39) } ?? raw.endIndex
            if minutes == nil, digitsEnd != raw.startIndex, let n = Int(Substring(raw[..<digitsEnd])) {
                var unit = Substring(raw[digitsEnd...]).lowercased()
                var consumed = 1
                if unit.isEmpty, i + 1 < words.count {
                    unit = Substring(words[i + 1].trimming(Self.unitPunctuation)).lowercased()
                    consumed = 2
                }
                if Self.minuteUnits.contains(unit) {
                    minutes = n; i += consumed; continue
                }
                if Self.hourUnits.contains(unit) {
                    minutes = n * 60; i += consumed; continue
                }
            }
            i += 1
            if raw.isEmpty || (raw.count == 1 && ["-", "–", "—"].contains(raw.first!)) { continue }
            if !name.isEmpty { name += " " }
            name += Substring(raw)
        }
        return (String(Substring(name.unicodeScalars.trimming(Self.namePunctuation))).normalizedName(), minutes)
    }
}

extension Collection where Element == Unicode.Scalar, SubSequence: BidirectionalCollection {
    /// The scalars without those of `set` at either end.
    func trimming(_ set: Set<Unicode.Scalar>) -> SubSequence {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
