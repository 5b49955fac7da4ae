/// Obsidian callouts: a block quote whose first line is `[!type]`, an optional fold mark
/// (`+` or `-`) and an optional title:
///
/// ```
/// > [!tip] Insight
/// > I can ask for help before I am exhausted.
/// ```
///
/// Everything inside a callout is read as it would be outside it (tasks are tasks, tags are
/// tags). A callout whose **title**, or else whose **type**, names a section (`> [!tip] Insight`,
/// `> [!todo]`, `> [!quote] Intention`) is that section for its contents, exactly as a heading
/// of that name would be; the title line itself is a label, not an item.
struct Callout: Equatable {
    /// The type as written, lower-cased (`tip`, `todo`, `note`).
    var type: String
    /// The title as written (empty when there is none).
    var title: String
    /// `+` or `-` after the type: the callout folds.
    var isFoldable: Bool

    /// Reads a callout's first line (`[!note]- Title`); nil when the line does not open a callout.
    /// The type is letters, digits, `-` and `_`, as Obsidian accepts it.
    init?(firstLine line: String) {
        let s = Array(line.unicodeScalars)
        guard s.count >= 4, s[0] == "[", s[1] == "!", let close = s.firstIndex(of: "]"), close > 2 else { return nil }
        let type = s[2..<close]
        guard type.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            return nil
        }
        var rest = close + 1
        isFoldable = rest < s.count && (s[rest] == "+" || s[rest] == "-")
        if isFoldable { rest += 1 }
        self.type = String(String.UnicodeScalarView(type)).lowercased()
        title = String(String.UnicodeScalarView(s[rest...])).trimmingWhitespace()
    }

    /// The section the callout holds: the one its title names, else the one its type names.
    func section(in vocabulary: Vocabulary) -> SectionKind? {
        if !title.isEmpty, let kind = vocabulary.section(forHeading: title) { return kind }
        return vocabulary.section(forHeading: type)
    }

    /// The name items inside report as their heading: the title, else the type.
    var name: String { title.isEmpty ? type : title }
}
