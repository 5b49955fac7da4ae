import TendMarkdown

/// A practice in a list that says whether it was done, as habit trackers write one without a
/// checkbox: `meditation 10 min ✅`, `✅ walk`, `cold shower ❌`, `yoga: no`, `journaling – skipped`.
/// Before, the mark was part of the practice's name (`walk ❌` was a practice done, named so).
struct PracticeMark: Equatable {
    /// The practice without its mark (`meditation 10 min`).
    var text: String
    /// True for a practice done, false for one not done that day.
    var done: Bool
    /// The mark as written (`✅`, `no`).
    var mark: String

    /// Marks of a practice done, with or without the emoji variation selector.
    static let doneMarks: Set<Character> = ["✅", "✔", "✔️", "☑", "☑️", "✓"]
    /// Marks of a practice not done.
    static let notDoneMarks: Set<Character> = ["❌", "✖", "✖️", "✗", "✘", "❎", "⛔", "⛔️", "🚫"]
    /// Words after a colon or a dash (`yoga: yes`, `walk – skipped`), lower-cased.
    static let doneWords: Set<String> = ["yes", "done", "completed", "true"]
    static let notDoneWords: Set<String> = ["no", "not done", "skipped", "missed", "false"]

    /// The practice and its mark, or nil when `text` (an item's text, its white space folded)
    /// carries none: an ordinary practice.
    ///
    /// Most practices have neither a mark nor a colon or dash, and every practice of every
    /// entry is read here: the bytes at the ends and a look for those characters decide first.
    /// (Searched with the standard library's `ranges(of:)`, `tend check` took 1.23× the
    /// instructions per entry on the bench vault, and 1.016× with a search by characters.)
    init?(_ text: String) {
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return nil }
        if !UTF8.isASCII(lastByte), let last = text.last, let done = Self.meaning(of: last) {
            self.init(text: String(text.dropLast()).trimmingWhitespace(), done: done, mark: String(last))
        } else if !UTF8.isASCII(firstByte), let first = text.first, let done = Self.meaning(of: first) {
            self.init(text: String(text.dropFirst()).trimmingWhitespace(), done: done, mark: String(first))
        } else if let lead = Self.notDoneLead(text) {
            self.init(text: String(text.dropFirst(lead.count)).trimmingWhitespace(), done: false, mark: lead.trimmingWhitespace())
        } else if lastByte.isASCIILetter, let (name, word) = Self.splitWord(text) {
            let key = word.lowercased()
            guard Self.doneWords.contains(key) || Self.notDoneWords.contains(key) else { return nil }
            self.init(text: name, done: Self.doneWords.contains(key), mark: word)
        } else {
            return nil
        }
        if self.text.isEmpty { return nil }
    }

    /// Words before a practice that say it was not done that day (`skipped meditation`, `missed
    /// my walk`, `didn't stretch`), lower-cased with the space after them. Until parser version 61
    /// such an item was a practice done, named so. `no` is none of them: `no phone after 9` is a
    /// practice kept.
    static let notDoneLeads = ["skipped ", "missed ", "didn't ", "didn’t ", "did not ", "no time for "]

    /// The lead of ``notDoneLeads`` `text` begins with, as written; nil when it begins with none.
    private static func notDoneLead(_ text: String) -> Substring? {
        // Every lead begins with one of these letters: most practices are passed over at once.
        switch text.utf8.first {
        case UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "d"), UInt8(ascii: "D"),
             UInt8(ascii: "n"), UInt8(ascii: "N"): break
        default: return nil
        }
        // Compared on the bytes, in either case: a lower-cased copy of each practice's start for
        // each lead cost `tend check` 1 % of its instructions.
        for lead in notDoneLeads where text.utf8.count > lead.utf8.count
            && zip(text.utf8, lead.utf8).allSatisfy({ $0.asciiLowercased == $1 }) {
            return text.prefix(lead.count)
        }
        return nil
    }

    /// A row of a habit tracker's table (`| Meditation | ✅ |`, `| Walk | 30 min | x |`,
    /// `| Journaling | ❌ |`): the practice in its first cell, with the cells between, and whether
    /// it was done in its last, where an empty cell is a practice not done that day. nil for any
    /// other row, and for a row that marks more than one cell (`| Walk | x | | x |`, a week's grid,
    /// in which the cell of this entry's day is not written).
    init?(row cells: [String]) {
        guard cells.count >= 2, let name = cells.first, !name.isEmpty, let last = cells.last else { return nil }
        let between = cells.dropFirst().dropLast().filter { !$0.isEmpty }
        guard !between.contains(where: { Self.meaning(ofCell: $0) != nil }) else { return nil }
        let done: Bool
        if last.isEmpty {
            done = false
        } else if let meaning = Self.meaning(ofCell: last) {
            done = meaning
        } else {
            return nil
        }
        self.init(text: ([name] + between).joined(separator: " "), done: done, mark: last)
    }

    /// What a table cell alone says: a mark (`✅`, `❌`), a word (`yes`, `skipped`), or a box
    /// as people tick one by hand (`x`, `[x]`, `[ ]`); nil for anything else (`30 min`, `6`).
    static func meaning(ofCell cell: String) -> Bool? {
        if cell.count == 1, let mark = cell.first, let done = meaning(of: mark) { return done }
        let key = cell.lowercased()
        if key == "x" || key == "[x]" || doneWords.contains(key) { return true }
        if key == "[ ]" || notDoneWords.contains(key) { return false }
        return nil
    }

    private init(text: String, done: Bool, mark: String) {
        self.text = text
        self.done = done
        self.mark = mark
    }

    private static func meaning(of mark: Character) -> Bool? {
        if doneMarks.contains(mark) { return true }
        if notDoneMarks.contains(mark) { return false }
        return nil
    }

    /// `yoga: no` and `walk – skipped` as the name and the word after the last colon or
    /// spaced dash (` - `, ` – `, ` — `); nil when there is neither. Looked for on the bytes,
    /// from the end: done with characters, this took most of the time the marks cost.
    private static func splitWord(_ text: String) -> (name: String, word: String)? {
        text.withBytes { b -> (name: String, word: String)? in
            func split(_ start: Int, _ end: Int) -> (name: String, word: String) {
                (String(decoding: UnsafeBufferPointer(rebasing: b[..<start]), as: UTF8.self).trimmingWhitespace(),
                 String(decoding: UnsafeBufferPointer(rebasing: b[end...]), as: UTF8.self).trimmingWhitespace())
            }
            var i = b.count - 1
            while i >= 0 {
                if b[i] == UInt8(ascii: ":") { return split(i, i + 1) }
                if b[i] == UInt8(ascii: " "), i + 1 < b.count {
                    let (scalar, width) = b.scalar(at: i + 1)
                    let after = i + 1 + width
                    if scalar == "-" || scalar == "–" || scalar == "—", after < b.count, b[after] == UInt8(ascii: " ") {
                        return split(i, after)
                    }
                }
                i -= 1
            }
            return nil
        }
    }
}
