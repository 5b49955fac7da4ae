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
        // Each turn takes a tag or a signifier off the end, so the line gets shorter and this ends.
        reading: while true {
            if let tag = line.takeTrailingTag() {
                trailingTags.append(tag)   // last first; put back in order below
                continue
            }
            guard let (at, symbol) = line.lastAboveASCII(), let signifier = signifier(symbol) else { break }
            let value = line.value(after: at)
            let word = value.drop { $0 == UInt8(ascii: " ") }   // the value after ` *`
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

    /// Part of a line: its UTF-8, never copied while the line is read. Every value Tasks reads
    /// is ASCII, so a value is checked byte by byte (a byte of a wider character is never one of
    /// the ASCII characters asked for).
    private typealias Part = ArraySlice<UInt8>

    /// `\d{4}-\d{2}-\d{2}`.
    private static func isDate(_ v: Part) -> Bool {
        var i = 0
        for c in v.lazy.map(Unicode.Scalar.init) {
            if i == 4 || i == 7 { if c != "-" { return false } } else if !isASCIIDigit(c) { return false }
            i += 1
        }
        return i == 10
    }

    /// `[a-zA-Z0-9, !]+`.
    private static func isRecurrence(_ v: Part) -> Bool {
        !v.isEmpty && v.lazy.map(Unicode.Scalar.init).allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "," || $0 == " " || $0 == "!" }
    }

    /// `[a-zA-Z]+`.
    private static func isWord(_ v: Part) -> Bool {
        !v.isEmpty && v.lazy.map(Unicode.Scalar.init).allSatisfy(isASCIILetter)
    }

    /// `[a-zA-Z0-9-_]+` (`taskIdRegex`).
    private static func isTaskID(_ v: Part) -> Bool {
        !v.isEmpty && v.lazy.map(Unicode.Scalar.init).allSatisfy(isIDScalar)
    }

    /// `ID( *, *ID *)*` (`taskIdSequenceRegex`).
    private static func isTaskIDList(_ v: Part) -> Bool {
        let space = UInt8(ascii: " ")
        for (i, part) in v.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).enumerated() {
            var id = part
            if i > 0 { id = id.drop { $0 == space } }
            while id.last == space { id = id.dropLast() }
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
    /// The line is read on its UTF-8: every signifier's value and every character that ends a tag
    /// is ASCII, so only the emoji themselves and the white space around them are decoded. What
    /// is taken off the end only moves `end`; the text is not copied until it is read out.
    /// (Walking a `Substring`'s characters instead made reading the signifiers almost twice as
    /// costly: 41 against 22 million instructions over 1,000 entries of the bench vault.)
    private struct Line {
        private let bytes: [UInt8]
        /// The unread part is `bytes[start..<end]`.
        private var start = 0
        private var end: Int

        init(_ text: String) {
            bytes = Array(text.utf8)
            end = bytes.count
            trim()
        }

        var text: String { string(bytes[start..<end]) }

        /// Where the character that ends just before `i` starts.
        private func characterStart(before i: Int) -> Int {
            var at = i - 1
            while at > start, UTF8.isContinuation(bytes[at]) { at -= 1 }
            return at
        }

        /// Where the character that starts at `i` ends.
        private func characterEnd(from i: Int) -> Int {
            var after = i + 1
            while after < end, UTF8.isContinuation(bytes[after]) { after += 1 }
            return after
        }

        /// The character whose UTF-8 is `bytes[from..<to]`.
        private func character(_ from: Int, _ to: Int) -> Unicode.Scalar {
            if to == from + 1 { return Unicode.Scalar(bytes[from]) }
            return String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars.first!
        }

        private mutating func trim() {
            while end > start {
                let first = characterStart(before: end)
                guard character(first, end).isSpace else { break }
                end = first
            }
            while start < end {
                let after = characterEnd(from: start)
                guard character(start, after).isSpace else { break }
                start = after
            }
        }

        /// ` ^abc-1` at the end (`blockLinkRegex`: a space, `^`, letters, digits and `-`).
        mutating func takeBlockLink() -> String? {
            var i = end
            while i > start, Self.isBlockLinkByte(bytes[i - 1]) { i -= 1 }
            guard i < end, i > start else { return nil }
            let caret = i - 1
            guard bytes[caret] == UInt8(ascii: "^"), caret > start, bytes[caret - 1] == UInt8(ascii: " ") else { return nil }
            let link = string(bytes[caret..<end])
            cut(from: caret)
            return link
        }

        private static func isBlockLinkByte(_ b: UInt8) -> Bool {
            let c = Unicode.Scalar(b)
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
        }

        /// The last character above ASCII (U+FE0F aside), with its place: the only one that
        /// can be a signifier with an ASCII value after it.
        func lastAboveASCII() -> (Int, Unicode.Scalar)? {
            var after = end
            while after > start {
                let at = characterStart(before: after)
                if !UTF8.isASCII(bytes[at]) {
                    let c = character(at, after)
                    if c != "\u{FE0F}" { return (at, c) }
                }
                after = at
            }
            return nil
        }

        /// What follows the signifier at `at` and its optional U+FE0F, to the end.
        func value(after at: Int) -> Part {
            var v = characterEnd(from: at)
            if v < end {
                let next = characterEnd(from: v)
                if character(v, next) == "\u{FE0F}" { v = next }
            }
            return bytes[v..<end]
        }

        /// Part of the line as a string.
        func string(_ part: Part) -> String {
            String(decoding: part, as: UTF8.self)
        }

        /// Takes everything from `at` to the end off the line.
        mutating func cut(from at: Int) {
            end = at
            trim()
        }

        /// A tag at the end (`hashTagsFromEnd`: start of line or white space, `#`, then anything
        /// but space and `!@#$%^&*(),.?":{}|<>`, all of them ASCII).
        mutating func takeTrailingTag() -> String? {
            var i = end
            while i > start, !(UTF8.isASCII(bytes[i - 1]) && Self.endsTag(Unicode.Scalar(bytes[i - 1]))) { i -= 1 }
            guard i > start, i < end else { return nil }
            let hash = i - 1
            guard bytes[hash] == UInt8(ascii: "#") else { return nil }
            if hash > start {
                let before = characterStart(before: hash)
                guard character(before, hash).isSpace else { return nil }
            }
            let tag = string(bytes[hash..<end])
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
