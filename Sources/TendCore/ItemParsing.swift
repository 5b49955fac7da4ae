import TendMarkdown

/// Small parsers for the text of a list item: checkboxes, dates, intensities, minutes.
enum ItemParsing {
    /// `[ ] `, `[x] `, `[-] `, `[/] ` at the start of an item; returns the status and the rest.
    /// Any other single character in the box (`[>]`, `[!]`, `[?]`) reads as open, as Obsidian Tasks does.
    static func checkbox(_ text: String) -> (ActionStatus, String)? {
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }
        return text.withBytes { b -> (ActionStatus, String)? in
            guard b.count >= 2 else { return nil }
            let (mark, width) = b.scalar(at: 1)
            let close = 1 + width
            guard close < b.count, b[close] == UInt8(ascii: "]") else { return nil }
            let rest = close + 1
            if rest < b.count, !b.scalar(at: rest).scalar.isSpace { return nil }
            guard mark == " " || mark == "\u{00A0}" || !mark.isSpace else { return nil }
            let status = ObsidianTasks.status(forSymbol: mark)
            // The rest, trimmed on bytes.
            let text = UnsafeBufferPointer(rebasing: b[String.trimmed(b, rest..<b.count)])
            return (status, String(decoding: text, as: UTF8.self))
        }
    }

    /// A checkbox drawn as a character, as notes typed without Markdown write one (a gap hunt's
    /// Apple Notes page, 2026-12-03): `☐ book the session` is open, `☑ refill the prescription`
    /// and `☒ refill` done (a box with a cross is a ticked one, as word processors draw it).
    /// Returns the status and the rest; nil when `text` does not begin with one and a space.
    static func ballotBox(_ text: String) -> (ActionStatus, String)? {
        // One look at the first byte: every line of prose and every item is asked.
        guard text.utf8.first == ballotFirstByte else { return nil }
        for (mark, status) in ballots where text.utf8.starts(with: mark.utf8) {
            let after = Substring(text.utf8.dropFirst(mark.utf8.count))
            guard after.first?.isWhitespace == true else { return nil }
            let rest = after.trimmingWhitespace()
            return rest.isEmpty ? nil : (status, rest)
        }
        return nil
    }

    private static let ballots: [(mark: String, status: ActionStatus)] = [("☐", .open), ("☑", .done), ("☒", .done)]
    /// The first byte of each ballot box's UTF-8 (they share it).
    private static let ballotFirstByte = "☐".utf8.first

    /// A date written after one of `markers` (`📅 2026-11-03`, `due:2026-11-03`, `due:: 2026-11-03`).
    /// Removes the marker and the date from `text`.
    ///
    /// - Returns: the date, or the text written after the marker when it is not a real date.
    static func takeDate(after markers: [String], from text: inout String) -> (date: LocalDate?, written: String)? {
        let found: (written: String, remove: Range<Int>)? = text.withUTF8 { b in
            for marker in markers {
                guard let at = marker.withBytes({ ByteSearch.firstOffset(of: $0, in: b) }) else { continue }
                let start = at..<(at + marker.utf8.count)
                let n = b.count
                var i = start.upperBound
                // Emoji may carry U+FE0F (the emoji presentation selector); people paste NBSP.
                while i < n {
                    let (scalar, scalarWidth) = b.scalar(at: i)
                    if scalar == "\u{FE0F}" { i += scalarWidth; continue }
                    let width = b.whitespaceWidth(at: i)
                    guard width > 0 else { break }
                    i += width
                }
                var j = i
                while j < n, b.whitespaceWidth(at: j) == 0, !Self.endsDate(b[j]) { j += 1 }
                guard j > i else { continue }
                var remove = start.lowerBound..<j
                // Drop `[due:: …]` brackets with the field.
                if remove.lowerBound > 0, Self.opensField(b[remove.lowerBound - 1]),
                   remove.upperBound < n, Self.closesField(b[remove.upperBound]) {
                    remove = (remove.lowerBound - 1)..<(remove.upperBound + 1)
                }
                return (String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self), remove)
            }
            return nil
        }
        guard let found else { return nil }
        var bytes = Array(text.utf8)
        bytes.removeSubrange(found.remove)
        text = String(decoding: bytes, as: UTF8.self).foldingWhitespace()
        return (found.written.unicodeScalars.count == 10 ? LocalDate(parsing: found.written) : nil, found.written)
    }

    /// True when one of the date markers is in `text`, found in one pass: most items carry no
    /// date, and this spares them the search for each marker. Every marker ends in `:`
    /// (`due:`, `done::`): only at those bytes is a marker compared.
    static func mayHoldDate(_ text: String) -> Bool {
        text.withBytes { b in
            for i in 0..<b.count where b[i] == UInt8(ascii: ":") {
                for m in colonMarkers where m.count <= i + 1 && b[(i + 1 - m.count)...i].elementsEqual(m) { return true }
            }
            return false
        }
    }

    /// `]`, `)` or `,`: where a date written after a marker ends.
    private static func endsDate(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "]") || c == UInt8(ascii: ")") || c == UInt8(ascii: ",")
    }

    /// `[` or `(` before a field, `]` or `)` after it (`[due:: …]`, `(due:: …)`).
    private static func opensField(_ c: UInt8) -> Bool { c == UInt8(ascii: "[") || c == UInt8(ascii: "(") }
    private static func closesField(_ c: UInt8) -> Bool { c == UInt8(ascii: "]") || c == UInt8(ascii: ")") }

    /// The date markers as bytes.
    static let colonMarkers = (dueMarkers + doneMarkers).map { Array($0.utf8) }

    /// The due-date markers written without brackets (Obsidian Tasks' emoji are read by
    /// ``ObsidianTasks``, bracketed Dataview fields by ``DataviewFields``).
    static let dueMarkers = ["due::", "due:"]
    /// The done-date markers written without brackets.
    static let doneMarkers = ["done::", "completion::"]

    /// The number at the start of `text` (`7`, `4/10`, `7.5`, `70%`), scaled to 0–10.
    static func intensity(in text: Substring) -> Double? {
        text.withBytes { intensity(bytes: $0) }
    }

    /// ``intensity(in:)`` on the text's UTF-8 bytes.
    static func intensity(bytes u: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = u.count
        var i = 0
        var seenDot = false
        while i < n {
            let c = u[i]
            if c.isASCIIDigit {
                // a digit
            } else if c == UInt8(ascii: "."), i != 0, !seenDot {
                seenDot = true
            } else {
                break
            }
            i += 1
        }
        guard var value = decimal(UnsafeBufferPointer(rebasing: u[..<i])) else { return nil }
        while i < n, u[i] == UInt8(ascii: " ") { i += 1 }
        if i < n, u[i] == UInt8(ascii: "/") {
            var to = i + 1
            while to < n, u[to].isASCIIDigit { to += 1 }
            let scale = decimal(UnsafeBufferPointer(rebasing: u[(i + 1)..<to])) ?? 10
            if scale > 0 { value = value / scale * 10 }
        } else if i < n, u[i] == UInt8(ascii: "%") {
            value /= 10
        }
        guard (0...10).contains(value) else { return nil }
        return (value * 10).rounded() / 10
    }

    /// The number written in UTF-8 bytes, as `Double(text)` reads it.
    ///
    /// Digits with at most one `.` are read without `Double`'s general parser: with fewer than
    /// 16 digits, the digits as an integer divided by a power of ten is exact before one
    /// rounding, the same value `Double(text)` gives (a test compares the two on 3,000 texts).
    /// Every intensity and numeric front-matter value passes here; `Double(_:)` cost 7.7 M of
    /// `tend check`'s 850 M instructions on 1,000 bench entries, this about 1 M. Anything else
    /// (a sign, an exponent, 16 digits or more) goes to `Double`.
    static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var digits = 0
        var whole = 0
        var fractionDigits = -1
        for c in text {
            if c == UInt8(ascii: "."), fractionDigits < 0 {
                fractionDigits = 0
                continue
            }
            guard c.isASCIIDigit, digits < 15 else { return Double(String(decoding: text, as: UTF8.self)) }
            digits += 1
            whole = whole * 10 + Int(c - UInt8(ascii: "0"))
            if fractionDigits >= 0 { fractionDigits += 1 }
        }
        guard digits > 0 else { return Double(String(decoding: text, as: UTF8.self)) }
        return Double(whole) / powersOfTen[max(0, fractionDigits)]
    }

    /// 10⁰ through 10¹⁵, each exact.
    private static let powersOfTen: [Double] = (0..<16).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// Splits `grief (7)`, `relief – 4/10`, `anxious: 6`, `Sadness, in my chest` into a name and an intensity.
    /// On the text's UTF-8 bytes: this runs on every feeling.
    static func emotion(_ text: String) -> (name: String, intensity: Double?) {
        text.withBytes { b in
            let n = b.count
            let i = emotionNameEnd(b)
            // `7/10 grief`, `(7) grief`, `8: joy`: the intensity first (until 2026-12-04 such a
            // feeling had no name and was lost).
            var lead = 0
            while lead < n, b[lead] == UInt8(ascii: " ") || b[lead] == UInt8(ascii: "(") || b[lead] == UInt8(ascii: "[") { lead += 1 }
            if lead < n, b[lead].isASCIIDigit, let first = intensityFirst(b, at: lead) { return first }
            var digit = i
            while digit < n, !b[digit].isASCIIDigit { digit += 1 }
            let count = digit < n ? countStart(b, at: digit) : nil
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[..<min(i, count ?? i)]), as: UTF8.self)
            var intensity = digit < n && count == nil ? ItemParsing.intensity(bytes: UnsafeBufferPointer(rebasing: b[digit...])) : nil
            // `joy ★★★☆☆`, `joy (★★★☆☆)`: stars, read as a rating's are (``OpeningLines/stars(_:)``).
            if intensity == nil, i < n, b[i...].contains(where: { !UTF8.isASCII($0) }) {
                let rest = String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self)
                intensity = OpeningLines.stars(rest.filter { !"():–—-".contains($0) })
            }
            return (name.normalizedName(), intensity)
        }
    }

    /// The feeling after an intensity at `start` (`7/10 grief`, `(7) grief`, `8: joy`, `6 – calm`),
    /// and the intensity; a count before it (`2x grief`) gives none. nil when no name follows
    /// the number, or the number is no intensity (`2026-11-30 grief`).
    private static func intensityFirst(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (name: String, intensity: Double?)? {
        var i = start
        while i < b.count, b[i].isASCIIDigit || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "%") { i += 1 }
        let isCount = i < b.count && (b[i] == UInt8(ascii: "x") || b[i] == UInt8(ascii: "X"))
        let value = isCount ? nil : intensity(bytes: UnsafeBufferPointer(rebasing: b[start..<i]))
        guard isCount || value != nil else { return nil }
        if isCount { i += 1 }
        // The marks between the number and the name: `)`, `:`, a dash, spaces.
        while i < b.count {
            let (c, width) = b.scalar(at: i)
            guard c == " " || c == ")" || c == "]" || c == ":" || c == "-" || c == "–" || c == "—" || c == "=" else { break }
            i += width
        }
        // A name run into the number (`7grief`) is none.
        guard i < b.count, !b[i - 1].isASCIIDigit else { return nil }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self)
        let name = emotion(rest).name
        return name.isEmpty ? nil : (name, value)
    }

    /// The items numbered on one line after a label, as people write a short list there:
    /// `1) sunshine 2) Maya 3) soup`, `1. tea 2. rain`; nil when the text is not numbered so,
    /// from 1 and at least to 2.
    static func numberedOnOneLine(_ text: String) -> [String]? {
        for mark in [")", "."] where text.hasPrefix("1" + mark + " ") {
            var items: [String] = []
            var rest = text.dropFirst(3)
            var next = 2
            while let cut = rest.firstRange(of: " \(next)\(mark) ") {
                items.append(rest[..<cut.lowerBound].trimmingWhitespace())
                rest = rest[cut.upperBound...]
                next += 1
            }
            items.append(rest.trimmingWhitespace())
            return next > 2 && !items.contains(where: \.isEmpty) ? items : nil
        }
        return nil
    }

    /// Where a count begins when the number at `digit` counts how often, not how much: `sad
    /// x2`, `anxious ×3`, `grief 2x` (the feeling came back twice); nil for an intensity.
    private static func countStart(_ b: UnsafeBufferPointer<UInt8>, at digit: Int) -> Int? {
        // The mark's width in bytes when one starts at `i` (`x`, `X`, `×`), else 0. Asked of
        // every feeling with a number: compared on the bytes (made into Strings, the look cost
        // `tend check` 1.02× the instructions per entry).
        func timesWidth(at i: Int) -> Int {
            guard i >= 0, i < b.count else { return 0 }
            if b[i] == UInt8(ascii: "x") || b[i] == UInt8(ascii: "X") { return 1 }
            return i + 1 < b.count && b[i] == timesBytes[0] && b[i + 1] == timesBytes[1] ? 2 : 0
        }
        // Before it, after a space: `x2`, `×2`.
        for width in [1, 2] where timesWidth(at: digit - width) == width {
            if digit - width == 0 || b[digit - width - 1] == UInt8(ascii: " ") { return digit - width }
        }
        // After it, then the end or a space: `2x`.
        var end = digit
        while end < b.count, b[end].isASCIIDigit { end += 1 }
        let width = timesWidth(at: end)
        if width > 0, end + width == b.count || b[end + width] == UInt8(ascii: " ") { return digit }
        return nil
    }

    /// `×` as UTF-8 bytes.
    private static let timesBytes = Array("×".utf8)

    /// Where a feeling's name ends in `b`: at a separator, a number, a star (`joy ★★★☆☆`), a dash
    /// after a space, or a slash (`6/10`; `Joy / Bliss / Euphoria`, the choices of a
    /// worksheet's checklist).
    private static func emotionNameEnd(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        var lastWasSpace = false
        while i < b.count {
            let (c, width) = b.scalar(at: i)
            if isEmotionSeparator(c) || c.isNumeral || c == "★" || c == "☆" || c == "⭐" { break }
            if c == "-", lastWasSpace { break }
            // `6/10` is an intensity; `Joy / Bliss`, a worksheet's choices, names its first.
            if c == "/" { break }
            lastWasSpace = c.isSpace
            i += width
        }
        return i
    }

    /// The words written where a feeling's intensity goes, when they hold no number
    /// (`anxious (high)`: `high`; `sad: a little`: `a little`), for `tend explain` to say why
    /// the feeling has no intensity; nil when there are none.
    static func intensityInWords(_ text: String) -> String? {
        text.withBytes { b -> String? in
            let end = emotionNameEnd(b)
            guard end < b.count, b[end] != UInt8(ascii: "/"), !b[end...].contains(where: \.isASCIIDigit) else { return nil }
            var rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: b[end...]), as: UTF8.self))
            while let first = rest.first, intensityWrapping.contains(first) { rest = rest.dropFirst() }
            while let last = rest.last, intensityWrapping.contains(last) { rest = rest.dropLast() }
            return rest.contains(where: \.isLetter) ? String(rest) : nil
        }
    }

    /// What stands around an intensity written in words: `(high)`, `: a little`, `– strong`.
    private static let intensityWrapping: Set<Character> = ["(", ")", "[", "]", ":", "–", "—", "-", "=", ";", " "]

    /// `(`, `:`, `–`, `—`, `,`, `;`, `[`, `=`: where a feeling's name ends.
    /// A switch, not a `Set`: this runs on every character of every feeling.
    @inline(__always)
    private static func isEmotionSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        // `kind of numb?`: a question mark ends the name (a gap hunt's feelings list).
        // `Hopeful!`: so does an exclamation mark (since parser version 61).
        case "(", ":", "–", "—", ",", ";", "[", "=", "?", "!": return true
        default: return false
        }
    }

    private static let minuteUnits: [[UInt8]] = ["m", "min", "mins", "minute", "minutes", "'"].map { Array($0.utf8) }
    private static let hourUnits: [[UInt8]] = ["h", "hr", "hrs", "hour", "hours"].map { Array($0.utf8) }

    /// Splits `breathwork 10m`, `yoga 20 min`, `walk in nature (30 minutes)`, `run 1h` into a name and minutes.
    ///
    /// Works on UTF-8 bytes (it runs on every practice): words are split on Unicode white space,
    /// each word trimmed of `( ) [ ] , ; – —`; a number followed by a unit (in the word or the
    /// next one, trimmed of `( ) [ ] , ; .`) is the minutes; the other words are the name.
    static func practice(_ text: String) -> (name: String, minutes: Int?) {
        text.withBytes { b -> (name: String, minutes: Int?) in
            // The words, as byte ranges.
            var words: [Range<Int>] = []
            words.reserveCapacity(b.count / 2 + 1)   // the most a text can hold: one array, never grown
            var i = 0
            var start = -1
            while i < b.count {
                let width = b.whitespaceWidth(at: i)
                if width > 0 {
                    if start >= 0 { words.append(start..<i); start = -1 }
                    i += width
                } else {
                    if start < 0 { start = i }
                    i += 1
                }
            }
            if start >= 0 { words.append(start..<b.count) }

            var name: [UInt8] = []
            name.reserveCapacity(b.count)
            var minutes: Int?
            var w = 0
            while w < words.count {
                let raw = trim(words[w], in: b, isWordPunctuation, dashes: true)
                var digitsEnd = raw.lowerBound
                while digitsEnd < raw.upperBound, b[digitsEnd].isASCIIDigit { digitsEnd += 1 }
                if minutes == nil, digitsEnd > raw.lowerBound, let n = integer(b, raw.lowerBound..<digitsEnd) {
                    var unit = digitsEnd..<raw.upperBound
                    var consumed = 1
                    if unit.isEmpty, w + 1 < words.count {
                        unit = trim(words[w + 1], in: b, isUnitPunctuation, dashes: false)
                        consumed = 2
                    }
                    if isUnit(b, unit, in: minuteUnits) {
                        minutes = n; w += consumed; continue
                    }
                    if isUnit(b, unit, in: hourUnits) {
                        let (hours, overflow) = n.multipliedReportingOverflow(by: 60)
                        if !overflow { minutes = hours; w += consumed; continue }
                    }
                }
                w += 1
                if raw.isEmpty || isDash(b, raw) { continue }
                if !name.isEmpty { name.append(UInt8(ascii: " ")) }
                name.append(contentsOf: UnsafeBufferPointer(rebasing: b[raw]))
            }
            let trimmed = name.withUnsafeBufferPointer { n in trim(0..<n.count, in: n, isNamePunctuation, dashes: true) }
            // An emoji beside the name is decoration, as in a heading: `🧘 meditation` is meditation.
            return (withoutEmojiAround(String(decoding: name[trimmed], as: UTF8.self).normalizedName()), minutes)
        }
    }

    /// `name` without the emoji at either end (`🧘 meditation`, `journaling ✍️`); the name itself
    /// when it holds nothing else (`🧘`), or none.
    static func withoutEmojiAround(_ name: String) -> String {
        // An emoji at either end makes that end's byte one beyond ASCII.
        guard let first = name.utf8.first, let last = name.utf8.last, !UTF8.isASCII(first) || !UTF8.isASCII(last) else { return name }
        func isDecoration(_ c: Character) -> Bool {
            c.isWhitespace || c.unicodeScalars.contains { !$0.isASCII && $0.properties.isEmoji }
        }
        guard let start = name.firstIndex(where: { !isDecoration($0) }), let end = name.lastIndex(where: { !isDecoration($0) }) else {
            return name
        }
        return String(name[start...end])
    }

    /// The digits as an `Int`; nil when they overflow (as `Int("…")`).
    private static func integer(_ b: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Int? {
        var n = 0
        for i in digits {
            let (times10, o1) = n.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(b[i].asciiDigitValue)
            if o1 || o2 { return nil }
            n = sum
        }
        return n
    }

    /// True when the bytes, lower-cased, are one of `units` (all ASCII).
    private static func isUnit(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in units: [[UInt8]]) -> Bool {
        units.contains { unit in
            guard unit.count == range.count else { return false }
            for (k, i) in range.enumerated() {
                if unit[k] != b[i].asciiLowercased { return false }
            }
            return true
        }
    }

    /// The byte length of an en or em dash (`–`, `—`) at `i` that ends before `limit`, or 0.
    @inline(__always)
    private static func longDashWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> Int {
        guard i + longDashLength <= limit, !b[i].isASCII else { return 0 }
        let scalar = b.scalar(at: i).scalar
        return scalar == "–" || scalar == "—" ? longDashLength : 0
    }

    /// The UTF-8 length of `–` and of `—`.
    private static var longDashLength: Int { 3 }

    /// True when the word is one dash: `-`, `–` or `—`.
    private static func isDash(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        (r.count == 1 && b[r.lowerBound] == UInt8(ascii: "-"))
            || (r.count == longDashLength && longDashWidth(b, r.lowerBound, limit: r.upperBound) == longDashLength)
    }

    /// `( ) [ ] , ;` (and the long dashes) around a word.
    private static func isWordPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: ";"): return true
        default: return false
        }
    }

    /// `( ) [ ] , ; .` around a unit.
    private static func isUnitPunctuation(_ c: UInt8) -> Bool {
        isWordPunctuation(c) || c == UInt8(ascii: ".")
    }

    /// `: . -` and spaces (and the long dashes) around a name.
    private static func isNamePunctuation(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ":") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ")
    }

    /// The range without `ascii` bytes at either end, nor en and em dashes when `dashes` is true.
    private static func trim(_ range: Range<Int>, in b: UnsafeBufferPointer<UInt8>, _ ascii: (UInt8) -> Bool,
                             dashes: Bool) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            if ascii(b[lo]) { lo += 1; continue }
            if dashes, longDashWidth(b, lo, limit: hi) > 0 { lo += longDashLength; continue }
            break
        }
        while lo < hi {
            if ascii(b[hi - 1]) { hi -= 1; continue }
            if dashes, hi - lo >= longDashLength, longDashWidth(b, hi - longDashLength, limit: hi) > 0 {
                hi -= longDashLength
                continue
            }
            break
        }
        return lo..<hi
    }
}

