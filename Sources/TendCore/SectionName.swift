import TendMarkdown

/// A heading or a line label as people write it, reduced to the words that name a section:
/// `## 💡 Insights`, `### 3. Feelings:` and `## **Gratitude**` all name `insights`,
/// `feelings` and `gratitude`. (Emphasis never reaches here: the Markdown reader hands on
/// the shown text.)
public struct SectionName: Sendable, Equatable {
    /// The words that are looked up in the vocabulary, lower-cased, white space folded.
    public var key: String
    /// The words ``ignored`` names an emoji set aside with.
    static let emojiWords = "its emoji"

    /// What was set aside to find `key`, for `tend explain` ("its emoji", "its number").
    public var ignored: [String] { Flags.all.filter { setAside & $0.flag != 0 }.map(\.words) }

    /// True when a number was set aside around the name (`## Mood: 6/10`, `### 3. Feelings`).
    public var hadNumber: Bool { setAside & Flags.number != 0 }

    /// What was set aside, as flags (a heading is read for every entry: no set of strings).
    private var setAside: UInt8 = 0

    private enum Flags {
        static let emoji: UInt8 = 1, number: UInt8 = 2, punctuation: UInt8 = 4, colon: UInt8 = 8
        /// In the order `tend explain` names them.
        static let all: [(flag: UInt8, words: String)] = [
            (emoji, SectionName.emojiWords), (number, "its number"), (punctuation, "its punctuation"), (colon, "its colon"),
        ]
    }

    /// Reads a heading's text or a label.
    public init(_ written: String) {
        if let ascii = Self.readingASCII(written) {
            self = ascii
            return
        }
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
        // `## 🙏`: a heading of one emoji is named by it (the vocabulary lists a few).
        if start == end, setAside & Flags.emoji != 0, let emoji = Self.loneEmoji(written) {
            key = emoji
            return
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

    /// ``init(_:)`` for a name written in ASCII, read from its bytes; nil for any other text.
    ///
    /// Every heading of every entry is read here, and nearly all are ASCII: walking their
    /// Unicode scalars and asking `normalizedName()` for the key cost 2,200 instructions a
    /// heading; this costs about a fifth of that, 1.7 % of `tend check` on the bench vault
    /// (callgrind, 1,000 entries, 9,156 headings: 22.9 → 5.4 M instructions).
    private static func readingASCII(_ written: String) -> SectionName? {
        written.withBytes { bytes -> SectionName? in
            var name = SectionName(key: "", setAside: 0)
            func note(_ byte: UInt8) {
                if byte.isASCIIWhitespace { return }
                if byte.isASCIIDigit {
                    name.setAside |= Flags.number
                } else if byte == UInt8(ascii: ":") {
                    name.setAside |= Flags.colon
                } else {
                    name.setAside |= Flags.punctuation
                }
            }
            guard !bytes.contains(where: { !$0.isASCII }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, !bytes[start].isASCIILetter { note(bytes[start]); start += 1 }
            while end > start, !bytes[end - 1].isASCIILetter { note(bytes[end - 1]); end -= 1 }
            // Between two letters: lower-cased, each run of white space one space.
            name.key = String(unsafeUninitializedCapacity: end - start) { out in
                var count = 0
                var i = start
                while i < end {
                    if bytes[i].isASCIIWhitespace {
                        while bytes[i].isASCIIWhitespace { i += 1 }   // a letter ends the range
                        out[count] = UInt8(ascii: " ")
                    } else {
                        out[count] = bytes[i].asciiLowercased
                        i += 1
                    }
                    count += 1
                }
                return count
            }
            return name
        }
    }

    /// A name without a worksheet's numbering before it (`section 5: insights`, `part 2 — feelings`,
    /// `step 3. next steps`, `teil 1: gefühle`), from a key already lower-cased; nil when it has none.
    static func withoutNumbering(_ key: String) -> String? {
        // Every name no list holds is asked: a digit right after the first word first, on bytes.
        let bytes = key.utf8
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")), bytes[space...].dropFirst().first?.isASCIIDigit == true,
              numberingWords.contains(key[..<space]) else { return nil }
        let words = key.split(separator: " ", maxSplits: 2)
        guard words.count == 3 else { return nil }
        let afterDigits = words[1].drop { $0.isASCII && $0.isNumber }   // `5:`, `2`, `3.`
        guard afterDigits.count < words[1].count, afterDigits.allSatisfy({ ":.)-–—".contains($0) }) else { return nil }
        let name = words[2].drop { ":.-–— ".contains($0) }
        return name.isEmpty ? nil : String(name)
    }

    /// A name without the note in parentheses after it (`gratitude` of `gratitude (3 things`, the
    /// closing parenthesis set aside with the name's end marks); nil when it has none, or nothing
    /// stands before it.
    static func withoutNote(_ key: String) -> String? {
        guard let open = key.utf8.firstIndex(of: UInt8(ascii: "(")) else { return nil }
        let name = key[..<open].trimmingWhitespace()
        return name.isEmpty ? nil : name
    }

    /// The words a worksheet numbers its parts with, in the vocabulary's languages.
    private static let numberingWords: Set<Substring> = [
        "section", "part", "step", "stage", "phase", "teil", "schritt", "abschnitt", "partie", "étape", "etape",
        "parte", "paso", "sezione", "passo", "fase", "deel", "stap",
    ]

    private init(key: String, setAside: UInt8) {
        self.key = key
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

    /// The one emoji `written` is made of, with a colon or white space around it or not, and
    /// written more than once or not (`🙏`, `💡:`, `🙏🙏`), without its variation selector and
    /// skin tone; nil for any other text (two emoji, an emoji and a mark).
    private static func loneEmoji(_ written: String) -> String? {
        var found: Unicode.Scalar?
        for scalar in written.unicodeScalars {
            if scalar.isSpace || scalar == ":" || scalar == "\u{FE0F}" || scalar.properties.isEmojiModifier { continue }
            guard !scalar.isASCII, scalar.properties.isEmoji, found == nil || found == scalar else { return nil }
            found = scalar
        }
        return found.map(String.init)
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
    /// True for a prompt and its answer on one line (`What am I grateful for? My sister.`).
    public var isPrompt = false

    /// Reads a label at the start of `text`, or nil when it does not start with a known name
    /// and a colon. A label is short (a few words); `key:: value` is a field, not a label.
    public init?(_ text: String, vocabulary: borrowing Vocabulary) {
        self.init(cut: Self.split(text), vocabulary: vocabulary)
    }

    /// Reads a label set off by a spaced dash where most write a colon (`Feelings — relief,
    /// awe`, `Themes - father, rest`, `Gratitude – my sister`), as a line of prose outside the
    /// sections may be written (a gap hunt's journal, 2026-12-03). The words before the dash
    /// must be a name tend knows, of five words or fewer in the first 48 bytes, so `Today - what
    /// a day.` stays prose; nil otherwise, and when nothing follows the dash.
    public init?(dashed text: String, vocabulary: borrowing Vocabulary) {
        if let line = LabelledLine(cut: Self.splitAtDash(text), vocabulary: vocabulary) {
            self = line
            return
        }
        // `**What am I grateful for?** My sister.`: a worksheet's prompt with its answer on its
        // line (since parser version 61; it was prose), when the prompt is one tend knows.
        self.init(cut: Self.splitAtQuestion(text), vocabulary: vocabulary)
        isPrompt = true
    }

    /// `text` cut after its first question mark in the first 80 bytes, when nine words or fewer
    /// stand before it and a space follows: the prompt and its answer; nil otherwise. Asked of
    /// every line of prose no section holds, so the mark is looked for with `memchr` first.
    private static func splitAtQuestion(_ text: String) -> (label: String, rest: String)? {
        text.withBytes { b -> (label: String, rest: String)? in
            let head = UnsafeBufferPointer(rebasing: b[..<Swift.min(b.count, 80)])
            guard let mark = ByteSearch.firstOffset(of: UInt8(ascii: "?"), in: head), mark > 0, mark + 2 < b.count,
                  b[mark + 1] == UInt8(ascii: " ") else { return nil }
            let label = UnsafeBufferPointer(rebasing: b[..<mark])
            guard wordCount(label) <= 9 else { return nil }
            return (String(decoding: label, as: UTF8.self), String(decoding: UnsafeBufferPointer(rebasing: b[(mark + 1)...]), as: UTF8.self))
        }
    }

    /// A line cut at its label's end: nil when it was not cut, its label is no name tend knows,
    /// or nothing follows.
    private init?(cut: (label: String, rest: String)?, vocabulary: borrowing Vocabulary) {
        guard let (label, after) = cut, let kind = vocabulary.section(forHeading: label) else { return nil }
        let rest = after.trimmingWhitespace()
        guard !rest.isEmpty else { return nil }
        self.kind = kind
        self.label = label.trimmingWhitespace()
        self.text = rest
    }

    /// The dashes that may set off a label, after the space before them: a hyphen and a space,
    /// an en dash and a space, an em dash and a space.
    private static let dashes: [[UInt8]] = ["- ", "– ", "— "].map { Array($0.utf8) }

    /// `text` cut at its first spaced dash in the first 48 bytes, when five words or fewer stand
    /// before it: the label and what follows; nil otherwise. Asked of every line of prose no
    /// section holds, so each dash's first byte is looked for with `memchr`
    /// (``ByteSearch/firstOffset(of:in:from:)``): a loop over each line's bytes, or over
    /// `text.utf8`'s indices, cost 1 % and 5 % of `tend check`'s instructions (callgrind,
    /// 1,000 bench entries, 2026-12-03).
    private static func splitAtDash(_ text: String) -> (label: String, rest: String)? {
        text.withBytes { b -> (label: String, rest: String)? in
            let head = UnsafeBufferPointer(rebasing: b[..<Swift.min(b.count, 48)])
            var cut: (at: Int, length: Int)?
            for dash in dashes {
                // Past a hyphen inside a word (`Self-care - walk`) and a curly apostrophe, whose
                // first byte an en or em dash shares (`Today’s insight — …`).
                var from = 0
                while let found = ByteSearch.firstOffset(of: dash[0], in: head, from: from) {
                    from = found + 1
                    guard found > 0, b[found - 1] == UInt8(ascii: " "), found + dash.count <= b.count,
                          b[found..<(found + dash.count)].elementsEqual(dash) else { continue }
                    if cut == nil || found - 1 < cut!.at { cut = (found - 1, dash.count + 1) }
                    break
                }
            }
            guard let cut else { return nil }
            let label = UnsafeBufferPointer(rebasing: b[..<cut.at])
            guard wordCount(label) <= 5 else { return nil }
            return (String(decoding: label, as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: b[(cut.at + cut.length)...]), as: UTF8.self))
        }
    }

    /// True for a line written as `Label: value`, whatever the label (`**Dose:** 100 mg`,
    /// `Set & setting: home`): among labelled lines such a one is passed over, not read as prose.
    static func hasLabel(_ text: String) -> Bool {
        guard let (_, after) = split(text) else { return false }
        return after.contains { !$0.isWhitespace }
    }

    /// `text` cut at its label's colon: the label and what follows, or nil when it has no label.
    /// A label is short (a few words, its colon in the first 64 bytes); `key:: value` is a field.
    private static func split(_ text: String) -> (label: String, rest: String)? {
        let found = text.withBytes { b -> (label: String, rest: String)? in
            let looked = UnsafeBufferPointer(rebasing: b[..<Swift.min(b.count, 64)])
            guard let colon = ByteSearch.firstOffset(of: UInt8(ascii: ":"), in: looked) else { return nil }
            if colon + 1 < b.count, b[colon + 1] == UInt8(ascii: ":") { return nil }
            let label = UnsafeBufferPointer(rebasing: b[..<colon])
            // Five words hold `My intention for this journey:`; a sentence before a colon is longer.
            guard Self.wordCount(label) <= 5 else { return nil }
            return (String(decoding: label, as: UTF8.self), String(decoding: UnsafeBufferPointer(rebasing: b[(colon + 1)...]), as: UTF8.self))
        }
        guard let found, found.label.count <= 40 else { return nil }
        return found
    }

    /// How many words a label has (runs of characters between spaces). Counted here rather than
    /// with `split`, which builds an array for every line with a colon: `tend check` spent
    /// 5 % of its parse on that.
    private static func wordCount(_ label: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        for byte in label {
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
