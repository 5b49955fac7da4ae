import TendMarkdown

/// A line that names the section of what is below it, as people mark the parts of a page
/// without headings (docs/vault-format.md, "A label on its own line names what is below it"):
///
/// - a section's name and a colon: `Takeaways:`, `**Gratitude:**`, `💡 Insights:`, `Homework:`;
/// - a section's name written wholly in bold: `**Gratitude**`, `__Insights__`,
///   `**What am I grateful for?**`;
/// - a list item of only a section's name with items nested in it, as a Logseq journal page
///   writes its parts: `- Feelings` over `- peaceful`;
/// - a worksheet's prompt alone on its line, a question (`What did I learn?`, `*What am I
///   grateful for?*`, `Q: What did the medicine show me?`), over its answer;
/// - a paragraph of only a section's name, as a note typed without Markdown (Apple Notes, a
///   text file) marks its parts: `Feelings` over `- sad` (since 2026-12-03, evening).
///
/// ``BodyWalker`` opens the section for the one block below the line.
struct SectionLabel: Equatable {
    /// How the line names the section.
    enum Form: Equatable {
        /// `Takeaways:`
        case colon
        /// `**Gratitude**`
        case bold
        /// `- Feelings` over items nested in it.
        case block
        /// `What did I learn?` over its answer.
        case question
        /// `Feelings`, a paragraph of only the name, over the block below it.
        case alone
    }

    /// The kind of section named.
    var kind: SectionKind
    /// The name as written, without its colon or bold.
    var name: String
    var form: Form

    /// The line as `tend explain` shows it: `Takeaways:`, `**Gratitude**`, `Feelings`.
    var written: String {
        switch form {
        case .colon: return name + ":"
        case .bold: return "**" + name + "**"
        case .block, .question, .alone: return name
        }
    }

    /// The rule, in the words `tend explain` says it with.
    var rule: String {
        switch form {
        case .colon: return "a line of a section's name and a colon holds the list or paragraph below it"
        case .bold: return "a line of a section's name in bold holds the list or paragraph below it"
        case .block: return "a list item of only a section's name holds the items nested in it"
        case .question: return "a prompt alone on its line holds the answer below it"
        case .alone: return "a paragraph of only a section's name holds the list or paragraph below it"
        }
    }

    /// Reads the line `display`, whose text starts at `start` in `lines`; nil when it names no
    /// section in one of the four forms. `mayHoldColon` is false when the paragraph holds no
    /// colon; `isListItem` is true for a list item, and `isBlock` for one with a list nested in it.
    ///
    /// Given the line's text and place, not the walker or the line: called on every paragraph
    /// and list item from the walker's mutating methods, a method of the walker copied all of it
    /// (809 bytes) first, and a line given whole was copied too (`tend check` 1.050× the
    /// instructions of the code before the labels, against 1.028× now).
    init?(_ display: String, at start: SourcePoint?, mayHoldColon: Bool, isBlock: Bool = false, isListItem: Bool = false,
          isWholeParagraph: Bool = false, vocabulary: borrowing Vocabulary, lines: borrowing LineTable) {
        // A section's name is short; most paragraphs and items are not.
        guard display.utf8.count <= 64 else { return nil }
        if mayHoldColon, let (kind, name) = Self.colonLabel(display, vocabulary: vocabulary) {
            self.init(kind: kind, name: name, form: .colon)
            return
        }
        // A list item that is a question is one (`- What did I learn?` among questions to
        // bring), unless it holds a list.
        if !isListItem || isBlock, let (kind, name) = Self.questionLabel(display, vocabulary: vocabulary) {
            self.init(kind: kind, name: name, form: .question)
            return
        }
        guard let start else { return nil }
        let isBold = Self.isWhollyBold(lines.lineBytes(start.line), textAt: start.byteColumn)
        // `Feelings` alone: a short paragraph of words only (no tag such as `#theme/body`, no
        // stop or comma of a sentence, no emoji or link).
        let isAlone = isWholeParagraph && !isListItem && display.utf8.count <= 40
            && display.allSatisfy { $0.isLetter || $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "&" }
        guard isBold || isBlock || isAlone else { return nil }
        let name = display.trimmingWhitespace()
        guard let kind = vocabulary.section(forHeading: name) else { return nil }
        self.init(kind: kind, name: name, form: isBold ? .bold : isBlock ? .block : .alone)
    }

    private init(kind: SectionKind, name: String, form: Form) {
        self.kind = kind
        self.name = name
        self.form = form
    }

    /// The section a line names when it is only a section's name and a colon. The whole line
    /// must be the name, so it may be longer than a label before a value (`Things I'm grateful
    /// for today:`); `key::` is a field.
    static func colonLabel(_ text: String, vocabulary: borrowing Vocabulary) -> (kind: SectionKind, name: String)? {
        // Most lines do not end with a colon: looked at before any String is made.
        guard let end = text.utf8.lastIndex(where: { !$0.isASCIIWhitespace }), text.utf8[end] == UInt8(ascii: ":") else { return nil }
        let trimmed = text.trimmingWhitespace()
        guard trimmed.utf8.count <= 64, !trimmed.hasSuffix("::") else { return nil }
        let label = String(trimmed.dropLast()).trimmingWhitespace()
        guard let kind = vocabulary.section(forHeading: label) else { return nil }
        return (kind, label)
    }

    /// The section a line names when it is only a worksheet's prompt, a question the vocabulary
    /// holds (`What did I learn?`, in bold or italics or neither, `Q:` or `Question:` before it
    /// or not); nil for any other line (`Why do I always do this?`).
    static func questionLabel(_ text: String, vocabulary: borrowing Vocabulary) -> (kind: SectionKind, name: String)? {
        // Most lines do not end with a question mark: looked at before any String is made.
        guard let end = text.utf8.lastIndex(where: { !$0.isASCIIWhitespace }), text.utf8[end] == UInt8(ascii: "?") else { return nil }
        var name = Substring(text.trimmingWhitespace())
        for mark in ["Q:", "Q.", "Question:"] where name.hasPrefix(mark) {
            name = Substring(name.dropFirst(mark.count).trimmingWhitespace())
        }
        // `Fragen an Frau Weber: Warum jetzt?` is a label and its value, read as such.
        guard !name.contains(":"), let kind = vocabulary.section(forHeading: String(name)) else { return nil }
        return (kind, String(name))
    }

    /// A worksheet's answer without the `A:` (or `A.`, `Answer:`) before it; nil when it has none.
    static func withoutAnswerMark(_ text: String) -> String? {
        for mark in ["A:", "A.", "Answer:"] where text.hasPrefix(mark + " ") {
            return text.dropFirst(mark.count).trimmingWhitespace()
        }
        return nil
    }

    /// True when the text that starts at the 1-based `textAt` of the source line `bytes` is
    /// wrapped in `**` or `__` to the line's end (`**Gratitude**`, `- __Feelings__`). The reader
    /// hands on the shown text, without its emphasis, so the source line is looked at.
    static func isWhollyBold(_ bytes: ArraySlice<UInt8>, textAt column: Int) -> Bool {
        let textStart = bytes.startIndex + column - 1
        guard textStart - 2 >= bytes.startIndex, textStart <= bytes.endIndex else { return false }
        let mark = bytes[textStart - 1]
        guard mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_"), bytes[textStart - 2] == mark else { return false }
        var end = bytes.endIndex
        while end > textStart, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        return end - textStart > 2 && bytes[end - 1] == mark && bytes[end - 2] == mark
    }
}
