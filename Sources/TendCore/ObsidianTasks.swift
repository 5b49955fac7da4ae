/// Obsidian Tasks' emoji format, read as the plugin reads it.
///
/// A task line is `- [ ] description 🔼 🔁 every week 📅 2026-11-10 ^abc-1`. Tasks reads it in
/// two steps (`Task.fromLine`, then `DefaultTaskSerializer.deserialize`):
///
/// 1. A block link at the very end (` ^abc-1`) is taken off.
/// 2. Signifiers are taken off **the end** of the line, one after another, in any order, until
///    none is left: priority, done, cancelled, due, scheduled, start, created, recurrence,
///    on-completion, id, depends-on. Tags met at the end on the way are set aside and put back
///    after the description, so `call mum 📅 2026-11-10 #family` keeps `#family`.
///
/// Because only the end is read, a `✅` or `📅` inside the description stays part of it
/// (`this is a ✅ done task ✅ 2021-06-20` is done on 2021-06-20). Every emoji may carry the
/// variation selector U+FE0F, and any number of spaces may stand between a signifier and its value.
enum ObsidianTasks {
    /// Everything Tasks reads off the end of a task's description.
    struct Signifiers: Equatable {
        /// Dates as written (`YYYY-MM-DD`); a written date may still be impossible (`2021-02-30`).
        var due: String?
        var scheduled: String?
        var start: String?
        var created: String?
        var done: String?
        var cancelled: String?
        var priority: TaskPriority?
        /// The rule after `🔁`, trimmed (`every week on Monday`).
        var recurrence: String?
        /// `keep` or `delete` after `🏁`.
        var onCompletion: String?
        /// The task's own id after `🆔`.
        var id: String?
        /// The ids after `⛔`.
        var dependsOn: [String] = []
        /// The block link at the end (`^abc-1`), without its space.
        var blockLink: String?
    }

    /// The status a checkbox symbol means with Tasks' default statuses (`StatusRegistry` and
    /// `Status.getTypeForUnknownSymbol`): `x` and `X` done, `/` in progress, `-` cancelled, and
    /// any other symbol (`>`, `!`, `?`, `h`…) open.
    static func status(forSymbol symbol: Unicode.Scalar) -> ActionStatus {
        switch symbol {
        case "x", "X": return .done
        case "/": return .inProgress
        case "-": return .cancelled
        default: return .open
        }
    }

    /// Takes every signifier off the end of `description` and returns them; `description` keeps
    /// the words (and trailing tags) Tasks shows as the description.
    ///
    /// Tasks tries each signifier's pattern against the end in turn, round after round. Every
    /// value is ASCII, so only the line's last character above ASCII can be a signifier with
    /// its value after it: that emoji says which pattern to try. The result is the same.
    static func read(_ description: inout String) -> Signifiers {
        var found = Signifiers()
        let mayHoldBlockLink = description.containsByte(UInt8(ascii: "^"))
        guard mayHoldBlockLink || leadingBytes.contains(where: description.containsByte) else { return found }
        var line = Line(description)
        if mayHoldBlockLink { found.blockLink = line.takeBlockLink() }
        var trailingTags: [String] = []
        var tookSignifier = found.blockLink != nil
        let mayHoldTags = description.containsByte(UInt8(ascii: "#"))
        // Each turn takes a tag or a signifier off the end, so the line gets shorter and this ends.
        reading: while true {
            if mayHoldTags, let tag = line.takeTrailingTag() {
                trailingTags.append(tag)   // last first; put back in order below
                continue
            }
            guard let (at, symbol) = line.lastAboveASCII(), let signifier = signifier(symbol) else { break }
            let value = line.value(after: at)
            let word = value.drop { $0 == " " }   // the value after ` *`
            switch signifier {
            case .priority(let priority) where value.isEmpty:
                found.priority = priority
            case .date(let keyPath) where isDate(word):
                found[keyPath: keyPath] = line.string(word)
            case .recurrence where isRecurrence(value):
                found.recurrence = line.string(value).trimmingWhitespace()
            case .onCompletion where isWord(word):
                // Another word is taken off but means nothing (Tasks' `OnCompletion.Ignore`).
                let lower = line.string(word).lowercased()
                found.onCompletion = lower == "keep" || lower == "delete" ? lower : nil
            case .id where isTaskID(word):
                found.id = line.string(word)
            case .dependsOn where isTaskIDList(word):
                found.dependsOn = line.string(word).split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            default:
                // The last emoji is not followed by its value: nothing more is read.
                break reading
            }
            line.cut(from: at)
            tookSignifier = true
        }
        // Only trailing tags were met (or nothing): the description is as it was.
        guard tookSignifier else { return found }
        var text = line.text
        if !trailingTags.isEmpty { text += (text.isEmpty ? "" : " ") + trailingTags.reversed().joined(separator: " ") }
        description = text
        return found
    }

    /// The first UTF-8 bytes of the format's emoji (two of them): a text holding neither holds none.
    private static let leadingBytes = Set("🔺⏫🔼🔽⏬✅❌📅📆🗓⏳⌛🛫➕🔁🏁🆔⛔".unicodeScalars.compactMap { String($0).utf8.first })

    /// What an emoji of the format stands for.
    private enum Signifier {
        case priority(TaskPriority)
        case date(WritableKeyPath<Signifiers, String?>)
        case recurrence, onCompletion, id, dependsOn
    }

    /// The signifiers (`DEFAULT_SYMBOLS`): priority `🔺 ⏫ 🔼 🔽 ⏬`, done `✅`, cancelled `❌`,
    /// due `📅 📆 🗓`, scheduled `⏳ ⌛`, start `🛫`, created `➕`, recurrence `🔁`, on
    /// completion `🏁`, id `🆔`, depends on `⛔`.
    private static func signifier(_ symbol: Unicode.Scalar) -> Signifier? {
        switch symbol {
        case "🔺": return .priority(.highest)
        case "⏫": return .priority(.high)
        case "🔼": return .priority(.medium)
        case "🔽": return .priority(.low)
        case "⏬": return .priority(.lowest)
        case "✅": return .date(\.done)
        case "❌": return .date(\.cancelled)
        case "📅", "📆", "🗓": return .date(\.due)
        case "⏳", "⌛": return .date(\.scheduled)
        case "🛫": return .date(\.start)
        case "➕": return .date(\.created)
        case "🔁": return .recurrence
        case "🏁": return .onCompletion
        case "🆔": return .id
        case "⛔": return .dependsOn
        default: return nil
        }
    }

    /// Tasks' Dataview format (`DataviewTaskSerializer`): a step's `[priority:: high]`,
    /// `[repeat:: every day]`, `[onCompletion:: delete]`, `[id:: abc]` and `[dependsOn:: a,b]`
    /// mean what the emoji mean. Returns false for any other key (dates are read as Dataview's).
    static func apply(dataviewKey key: String, value: String, to details: inout StepDetails) -> Bool {
        switch key {
        case "priority":
            guard let priority = TaskPriority(rawValue: value.lowercased()) else { return false }
            details.priority = priority
        case "repeat": details.recurrence = value
        case "oncompletion":
            let word = value.lowercased()
            details.onCompletion = word == "keep" || word == "delete" ? word : nil
        case "id": details.id = value
        case "dependson": details.dependsOn = value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        default: return false
        }
        return true
    }

    // MARK: - Values

    /// Part of a line: its characters, never copied while the line is read.
    private typealias Part = Substring.UnicodeScalarView

    /// `\d{4}-\d{2}-\d{2}`.
    private static func isDate(_ v: Part) -> Bool {
        var i = 0
        for byte in Substring(v).utf8 {
            if i == 4 || i == 7 {
                if byte != UInt8(ascii: "-") { return false }
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return false
            }
            i += 1
        }
        return i == 10
    }

    /// `[a-zA-Z0-9, !]+`.
    private static func isRecurrence(_ v: Part) -> Bool {
        !v.isEmpty && v.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "," || $0 == " " || $0 == "!" }
    }

    /// `[a-zA-Z]+`.
    private static func isWord(_ v: Part) -> Bool {
        !v.isEmpty && v.allSatisfy(isASCIILetter)
    }

    /// `[a-zA-Z0-9-_]+` (`taskIdRegex`).
    private static func isTaskID(_ v: Part) -> Bool {
        !v.isEmpty && v.allSatisfy(isIDScalar)
    }

    /// `ID( *, *ID *)*` (`taskIdSequenceRegex`).
    private static func isTaskIDList(_ v: Part) -> Bool {
        for (i, part) in v.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            var id = part
            if i > 0 { id = id.drop { $0 == " " } }
            while id.last == " " { id = id.dropLast() }
            guard isTaskID(id) else { return false }
        }
        return true
    }

    private static func isIDScalar(_ c: Unicode.Scalar) -> Bool {
        isASCIILetter(c) || isASCIIDigit(c) || c == "-" || c == "_"
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    private static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool {
        c >= "0" && c <= "9"
    }

    // MARK: - Reading from the end

    /// A description being read from its end, as Tasks' `replace(regex, '').trim()` steps do.
    /// What is taken off is sliced away: the text is not copied until it is read out.
    private struct Line {
        private var scalars: Part

        init(_ text: String) {
            scalars = Substring(text).unicodeScalars
            trim()
        }

        var text: String { String(scalars) }

        private mutating func trim() {
            while let last = scalars.last, last.isSpace { scalars.removeLast() }
            while let first = scalars.first, first.isSpace { scalars.removeFirst() }
        }

        /// ` ^abc-1` at the end (`blockLinkRegex`: a space, `^`, letters, digits and `-`).
        mutating func takeBlockLink() -> String? {
            var i = scalars.endIndex
            while i > scalars.startIndex, Self.isBlockLinkScalar(scalars[scalars.index(before: i)]) { i = scalars.index(before: i) }
            guard i < scalars.endIndex, i > scalars.startIndex else { return nil }
            let caret = scalars.index(before: i)
            guard scalars[caret] == "^", caret > scalars.startIndex, scalars[scalars.index(before: caret)] == " " else { return nil }
            let link = String(scalars[caret...])
            cut(from: caret)
            return link
        }

        private static func isBlockLinkScalar(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
        }

        /// The last character above ASCII (U+FE0F aside), with its place: the only one that
        /// can be a signifier with an ASCII value after it. Walked back on UTF-8 bytes, where a
        /// step is cheap; only a leading byte starts a character.
        func lastAboveASCII() -> (Part.Index, Unicode.Scalar)? {
            let bytes = Substring(scalars).utf8
            var at = bytes.endIndex
            while at > bytes.startIndex {
                at = bytes.index(before: at)
                let b = bytes[at]
                guard !UTF8.isASCII(b), !UTF8.isContinuation(b) else { continue }
                let c = scalars[at]
                if c != "\u{FE0F}" { return (at, c) }
            }
            return nil
        }

        /// What follows the signifier at `at` and its optional U+FE0F, to the end.
        func value(after at: Part.Index) -> Part {
            var v = scalars.index(after: at)
            if v < scalars.endIndex, scalars[v] == "\u{FE0F}" { v = scalars.index(after: v) }
            return scalars[v...]
        }

        /// Characters of the line as a string.
        func string(_ part: Part) -> String {
            String(part)
        }

        /// Takes everything from `at` to the end off the line.
        mutating func cut(from at: Part.Index) {
            scalars = scalars[..<at]
            trim()
        }

        /// A tag at the end (`hashTagsFromEnd`: start of line or white space, `#`, then anything
        /// but space and `!@#$%^&*(),.?":{}|<>`). Every one of those is ASCII, so the tag's start
        /// is found walking back on UTF-8 bytes.
        mutating func takeTrailingTag() -> String? {
            let bytes = Substring(scalars).utf8
            var i = bytes.endIndex
            while i > bytes.startIndex {
                let before = bytes.index(before: i)
                if UTF8.isASCII(bytes[before]), Self.endsTag(Unicode.Scalar(bytes[before])) { break }
                i = before
            }
            guard i > bytes.startIndex, i < bytes.endIndex else { return nil }
            let hash = bytes.index(before: i)
            guard bytes[hash] == UInt8(ascii: "#") else { return nil }
            guard hash == bytes.startIndex || scalars[scalars.index(before: hash)].isSpace else { return nil }
            let tag = String(scalars[hash...])
            cut(from: hash)
            return tag
        }

        private static func endsTag(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case " ", "!", "@", "#", "$", "%", "^", "&", "*", "(", ")", ",", ".", "?", "\"", ":", "{", "}", "|", "<", ">":
                return true
            default:
                return false
            }
        }
    }
}

/// An Obsidian Tasks priority.
public enum TaskPriority: String, Sendable, Codable, CaseIterable {
    /// `🔺`
    case highest
    /// `⏫`
    case high
    /// `🔼`
    case medium
    /// `🔽`
    case low
    /// `⏬`
    case lowest
}

/// Tasks' global filter (its settings' `globalFilter`): with one set, a checklist item is a task
/// only when it carries the filter; the filter is never part of what the task says.
extension ObsidianTasks {
    /// The global filter as a tag name (`#task` → `task`); nil when it is empty or not a single
    /// tag (a filter of plain words is not read).
    static func filterTag(fromSetting written: String) -> String? {
        let tags = TagScanner.tags(in: written)
        guard tags.count == 1, tags[0].byteOffset == 0, tags[0].byteLength == written.utf8.count else { return nil }
        return tags[0].name
    }

    /// True when a checkbox item's text (its box taken off) is a task under the global filter
    /// `filterTag`; every checkbox is one when no filter is set.
    static func isTask(_ text: String, filterTag: String?) -> Bool {
        guard let filterTag else { return true }
        return TagScanner.tags(in: text).contains { $0.name == filterTag }
    }
}
