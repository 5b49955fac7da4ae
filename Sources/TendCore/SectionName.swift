/// A heading or a line label as people write it, reduced to the words that name a section:
/// `## 💡 Insights`, `### 3. Feelings:` and `## **Gratitude**` all name `insights`,
/// `feelings` and `gratitude`. (Emphasis never reaches here: the Markdown reader hands on
/// the shown text.)
public struct SectionName: Sendable, Equatable {
    /// The words that are looked up in the vocabulary, lower-cased, white space folded.
    public var key: String
    /// What was set aside to find `key`, for `tend explain` ("its emoji", "its number").
    public var ignored: [String] { Flags.all.filter { setAside & $0.flag != 0 }.map(\.words) }

    /// What was set aside, as flags (a heading is read for every entry: no set of strings).
    private var setAside: UInt8 = 0

    private enum Flags {
        static let emoji: UInt8 = 1, number: UInt8 = 2, punctuation: UInt8 = 4, colon: UInt8 = 8
        /// In the order `tend explain` names them.
        static let all: [(flag: UInt8, words: String)] = [
            (emoji, "its emoji"), (number, "its number"), (punctuation, "its punctuation"), (colon, "its colon"),
        ]
    }

    /// Reads a heading's text or a label.
    public init(_ written: String) {
        let scalars = written.unicodeScalars
        var setAside: UInt8 = 0
        func note(_ scalar: Unicode.Scalar) {
            if scalar.isSpace { return }
            if Self.isEmoji(scalar) {
                setAside |= Flags.emoji
            } else if scalar.properties.numericType != nil {
                setAside |= Flags.number
            } else if scalar == ":" {
                setAside |= Flags.colon
            } else {
                setAside |= Flags.punctuation
            }
        }
        // A name starts and ends with a letter: everything around it is decoration.
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, !Self.isLetter(scalars[start]) { note(scalars[start]); scalars.formIndex(after: &start) }
        while start < end {
            let last = scalars.index(before: end)
            if Self.isLetter(scalars[last]) { break }
            note(scalars[last])
            end = last
        }
        var text = String(scalars[start..<end])
        // Most names are plain ASCII, and hold neither of the two below.
        if !text.utf8.allSatisfy(UTF8.isASCII) {
            // An emoji between the words (`Gratitude 🙏 list`) is decoration too.
            if text.unicodeScalars.contains(where: Self.isEmoji) {
                setAside |= Flags.emoji
                text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.isEmoji($0) }))
            }
            // A curly apostrophe (`I’m grateful for`) reads as a straight one.
            if text.unicodeScalars.contains("\u{2019}") { text = String(text.map { $0 == "\u{2019}" ? "'" : $0 }) }
        }
        key = text.normalizedName()
        self.setAside = setAside
    }

    /// An emoji, its variation selector or a joiner between two (digits and `#`, which Unicode
    /// also counts as emoji, are not).
    ///
    /// Every heading of every entry passes here, and most are plain ASCII: asking Unicode's
    /// tables about each of their letters made `tend check` 8 % slower, so ASCII is answered first.
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        return scalar.properties.isEmoji || scalar == "\u{FE0F}" || scalar == "\u{200D}"
    }

    /// A letter of any script (ASCII answered without Unicode's tables, as in ``isEmoji(_:)``).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
    }

    /// ` (matched without its emoji, number and colon)`, or nothing when the name was written plainly.
    public var howMatched: String {
        guard let first = ignored.first else { return "" }
        let rest = ignored.dropFirst().map { String($0.dropFirst("its ".count)) }
        let words = rest.isEmpty ? first : ([first] + rest.dropLast()).joined(separator: ", ") + " and " + rest.last!
        return " (matched without " + words + ")"
    }
}

/// A line that starts with a section name and a colon: `**Insight:** …`, `Insight: …`,
/// `Feelings: sad, hopeful, steady.`, `Gratitude: my sister's call`.
public struct LabelledLine: Sendable, Equatable {
    /// The kind of item the label names.
    public var kind: SectionKind
    /// The label as written (without its colon).
    public var label: String
    /// The text after the colon.
    public var text: String

    /// Reads a label at the start of `text`, or nil when it does not start with a known name
    /// and a colon. A label is short (a few words); `key:: value` is a field, not a label.
    public init?(_ text: String, vocabulary: Vocabulary) {
        // A label is short, so only the first few dozen bytes are looked at for its colon.
        let bytes = text.utf8
        var colon = bytes.startIndex
        var looked = 0
        while colon < bytes.endIndex, bytes[colon] != UInt8(ascii: ":") {
            looked += 1
            if looked == 64 { return nil }
            colon = bytes.index(after: colon)
        }
        guard colon < bytes.endIndex else { return nil }
        let after = bytes.index(after: colon)
        if after < bytes.endIndex, bytes[after] == UInt8(ascii: ":") { return nil }
        let label = String(text[..<colon])
        guard label.count <= 40, Self.wordCount(label) <= 4 else { return nil }
        guard let kind = vocabulary.section(forHeading: label) else { return nil }
        let rest = String(text[after...]).trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        self.kind = kind
        self.label = label.trimmingWhitespace()
        self.text = rest
    }

    /// How many words a label has (runs of characters between spaces). Counted here rather than
    /// with `split`, which builds an array for every line with a colon: `tend check` spent
    /// 5 % of its parse on that.
    private static func wordCount(_ label: String) -> Int {
        var words = 0
        var inWord = false
        for byte in label.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }
}
