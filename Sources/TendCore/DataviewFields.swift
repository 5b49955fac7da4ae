/// Dataview inline fields, read as Dataview reads them (`src/data-import/inline-field.ts`).
///
/// - **Bracketed** fields sit anywhere in a line: `[key:: value]` or `(key:: value)`. The key is
///   everything between the bracket and the first `::` (trimmed), and may hold any character but
///   `[ ] ( )` — emoji and accents included. The value runs to the matching closing bracket:
///   brackets inside it nest (`[key:: [value]]`), and `\` escapes the next character.
/// - A **full-line** field is `key:: value` filling its whole line. Markdown around the key is
///   dropped (`**mood**:: 6` is `mood`); the key holds letters (any script), digits, spaces,
///   `_`, `/` and `-` — an emoji key needs brackets.
/// - A line's bracketed fields are read first; only a line without any is read as a full-line field.
struct DataviewField: Equatable {
    /// The key as written (trimmed).
    var key: String
    /// The value as written (trimmed).
    var value: String
    /// True for `key:: value` filling its line; false for `[key:: value]` and `(key:: value)`.
    var isWholeLine: Bool
    /// Where the field sits in its line, brackets included, in unicode scalars.
    var range: Range<Int>
}

enum DataviewFields {
    /// The fields of one line: its bracketed fields, or else the line as a full-line field.
    static func fields(in line: String) -> [DataviewField] {
        guard line.containsBytes(of: "::") else { return [] }
        if line.containsByte(UInt8(ascii: "[")) || line.containsByte(UInt8(ascii: "(")) {
            let bracketed = bracketed(in: line)
            if !bracketed.isEmpty { return bracketed }
        }
        return fullLine(line).map { [$0] } ?? []
    }

    /// `[key:: value]` and `(key:: value)` fields, in order, never overlapping (`extractInlineFields`).
    static func bracketed(in line: String) -> [DataviewField] {
        let s = Array(line.unicodeScalars)
        var found: [DataviewField] = []
        for (open, close) in [("[", "]"), ("(", ")")] as [(Unicode.Scalar, Unicode.Scalar)] {
            var i = 0
            while i < s.count {
                guard s[i] == open else { i += 1; continue }
                switch field(in: s, at: i, open: open, close: close) {
                case .found(let field):
                    found.append(field)
                    i = field.range.upperBound
                case .notAField:
                    i += 1
                case .neverClosed:
                    // Dataview would try each later bracket too, each scan running to the end of
                    // the line; tend stops here, so a long line of unclosed brackets stays linear.
                    i = s.count
                }
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [DataviewField] = []
        for field in found where kept.last.map({ $0.range.upperBound <= field.range.lowerBound }) ?? true {
            kept.append(field)
        }
        return kept
    }

    /// What a bracket opens.
    private enum Opening {
        case found(DataviewField)
        case notAField
        case neverClosed
    }

    /// The field opening at `start` (a bracket), when its key has no bracket and its closing bracket is found.
    private static func field(in s: [Unicode.Scalar], at start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Opening {
        // The key runs to `::` and holds no bracket, so the search stops at the first one.
        var sep = start + 1
        while sep + 1 < s.count, !(s[sep] == ":" && s[sep + 1] == ":") {
            if s[sep] == "[" || s[sep] == "]" || s[sep] == "(" || s[sep] == ")" { return .notAField }
            sep += 1
        }
        guard sep + 1 < s.count else { return .notAField }
        let key = string(s[(start + 1)..<sep]).trimmingWhitespace()
        guard !key.isEmpty else { return .notAField }
        // findClosing: nesting, and `\` escaping the next character.
        var nesting = 0
        var escaped = false
        var i = sep + 2
        while i < s.count {
            let c = s[i]
            if c == "\\" { escaped.toggle(); i += 1; continue }
            if escaped { escaped = false; i += 1; continue }
            if c == open { nesting += 1 } else if c == close { nesting -= 1 }
            if nesting < 0 {
                return .found(DataviewField(key: key, value: string(s[(sep + 2)..<i]).trimmingWhitespace(),
                                            isWholeLine: false, range: start..<(i + 1)))
            }
            i += 1
        }
        return .neverClosed
    }

    /// `key:: value` filling the line (`extractFullLineField`), or nil.
    static func fullLine(_ line: String) -> DataviewField? {
        guard let sep = line.asciiRange(of: "::") else { return nil }
        // Markdown before and after the key (`**mood**::`) is not part of it.
        let scalars = line.unicodeScalars
        var lo = scalars.startIndex
        var hi = sep.lowerBound
        while lo < hi, isFormatting(scalars[lo]) || scalars[lo].isSpace { lo = scalars.index(after: lo) }
        while hi > lo, isFormatting(scalars[scalars.index(before: hi)]) || scalars[scalars.index(before: hi)].isSpace {
            hi = scalars.index(before: hi)
        }
        guard lo < hi, scalars[lo..<hi].allSatisfy(isKeyScalar) else { return nil }
        return DataviewField(key: String(scalars[lo..<hi]), value: String(line[sep.upperBound...]).trimmingWhitespace(),
                             isWholeLine: true, range: 0..<scalars.count)
    }

    /// Removes the bracketed fields from `text` and returns them: on an item they belong to the
    /// item, and are not part of what it says.
    static func takeBracketed(from text: inout String) -> [DataviewField] {
        guard text.containsBytes(of: "::") else { return [] }
        let fields = bracketed(in: text)
        guard !fields.isEmpty else { return [] }
        var s = Array(text.unicodeScalars)
        for field in fields.reversed() { s.removeSubrange(field.range) }
        text = string(s[...]).foldingWhitespace()
        return fields
    }

    /// The step date a Dataview task field names (`due`, `completion` or `done`, `created`,
    /// `start`, `scheduled`, `cancelled`), as tend calls it; nil for any other key.
    static func taskDate(_ key: String) -> String? {
        switch key {
        case "due", "created", "start", "scheduled", "cancelled": return key
        case "completion", "done": return "done"
        default: return nil
        }
    }

    /// True for a full-line field whose key is words ending in a step date's name
    /// (`write the letter due:: 2026-11-10`): on a step that is the step's text and its date, as
    /// the vault format writes a due date, not a field named "write the letter due".
    static func isStepTextWithDate(_ field: DataviewField) -> Bool {
        guard field.isWholeLine else { return false }
        let words = field.key.split(separator: " ")
        guard words.count > 1, let last = words.last else { return false }
        return taskDate(last.lowercased()) != nil
    }

    private static func isFormatting(_ c: Unicode.Scalar) -> Bool {
        c == "*" || c == "_" || c == "~" || c == "`"
    }

    /// Letters, digits, spaces, `_`, `/` and `-` (`FULL_LINE_KEY_PART`). An emoji key needs
    /// brackets, as Dataview's documentation says (`[🎅:: a console game]`).
    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
                || c == " " || c == "_" || c == "/" || c == "-"
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
