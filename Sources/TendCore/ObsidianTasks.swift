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
    static func read(_ description: inout String) -> Signifiers {
        var found = Signifiers()
        // Most steps carry no emoji at all: nothing to read.
        guard description.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "^") }) else {
            return found
        }
        var line = Line(description)
        found.blockLink = line.takeBlockLink()
        var trailingTags: [String] = []
        var runs = 0
        var matched = true
        var ignoredOnCompletion = false
        let prioritySymbols = priorities.map(\.symbol)
        let dateFields = dateFields
        // Tasks stops after 20 rounds; each round takes at least one signifier, so this ends.
        while matched, runs <= 20 {
            matched = false
            runs += 1
            if let symbol = line.takeSymbolAtEnd(prioritySymbols) {
                found.priority = priorities.first { $0.symbol == symbol }?.priority
                matched = true
            }
            for (symbols, keyPath) in dateFields {
                if let date = line.take(after: symbols, value: isDate) {
                    found[keyPath: keyPath] = date
                    matched = true
                }
            }
            if let rule = line.take(after: ["🔁"], value: isRecurrence) {
                found.recurrence = rule.trimmingWhitespace()
                matched = true
            }
            if let word = line.take(after: ["🏁"], value: isWord) {
                // Another word is taken off but means nothing (Tasks' `OnCompletion.Ignore`).
                let lower = word.lowercased()
                found.onCompletion = lower == "keep" || lower == "delete" ? lower : nil
                ignoredOnCompletion = found.onCompletion == nil
                matched = true
            }
            if let tag = line.takeTrailingTag() {
                trailingTags.insert(tag, at: 0)
                matched = true
            }
            if let id = line.take(after: ["🆔"], value: isTaskID) {
                found.id = id
                matched = true
            }
            if let ids = line.take(after: ["⛔"], value: isTaskIDList) {
                found.dependsOn = ids.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                matched = true
            }
        }
        // Only trailing tags were met (or nothing): the description is as it was.
        guard found != Signifiers() || ignoredOnCompletion else { return found }
        var text = line.text
        if !trailingTags.isEmpty { text += (text.isEmpty ? "" : " ") + trailingTags.joined(separator: " ") }
        description = text
        return found
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

    // MARK: - The signifiers

    /// The priority emoji, highest first (`DEFAULT_SYMBOLS.prioritySymbols`).
    static let priorities: [(symbol: Unicode.Scalar, priority: TaskPriority)] = [
        ("🔺", .highest), ("⏫", .high), ("🔼", .medium), ("🔽", .low), ("⏬", .lowest),
    ]

    /// The date signifiers in the order Tasks tries them: done, cancelled, due (`📅 📆 🗓`),
    /// scheduled (`⏳ ⌛`), start, created.
    private static var dateFields: [([Unicode.Scalar], WritableKeyPath<Signifiers, String?>)] { [
        (["✅"], \.done), (["❌"], \.cancelled), (["📅", "📆", "🗓"], \.due),
        (["⏳", "⌛"], \.scheduled), (["🛫"], \.start), (["➕"], \.created),
    ] }

    /// Every emoji Tasks reads, so a caller can tell whether a text may hold one.
    static let allSymbols: Set<Unicode.Scalar> = Set(priorities.map(\.symbol) + dateFields.flatMap(\.0) + ["🔁", "🏁", "🆔", "⛔"])

    // MARK: - Values

    /// `\d{4}-\d{2}-\d{2}`.
    private static func isDate(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
        guard v.count == 10 else { return false }
        for (i, c) in v.enumerated() {
            if i == 4 || i == 7 { if c != "-" { return false } } else if !isASCIIDigit(c) { return false }
        }
        return true
    }

    /// `[a-zA-Z0-9, !]+`.
    private static func isRecurrence(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
        !v.isEmpty && v.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || $0 == "," || $0 == " " || $0 == "!" }
    }

    /// `[a-zA-Z]+`.
    private static func isWord(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
        !v.isEmpty && v.allSatisfy(isASCIILetter)
    }

    /// `[a-zA-Z0-9-_]+` (`taskIdRegex`).
    private static func isTaskID(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
        !v.isEmpty && v.allSatisfy(isIDScalar)
    }

    /// `ID( *, *ID *)*` (`taskIdSequenceRegex`).
    private static func isTaskIDList(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
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
    private struct Line {
        private var scalars: [Unicode.Scalar]

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
            trim()
        }

        var text: String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            return String(s)
        }

        private mutating func trim() {
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        }

        /// ` ^abc-1` at the end (`blockLinkRegex`: a space, `^`, letters, digits and `-`).
        mutating func takeBlockLink() -> String? {
            var i = scalars.count
            while i > 0, Self.isBlockLinkScalar(scalars[i - 1]) { i -= 1 }
            guard i < scalars.count, i >= 2, scalars[i - 1] == "^", scalars[i - 2] == " " else { return nil }
            let link = String(String.UnicodeScalarView(scalars[(i - 1)...]))
            scalars.removeSubrange((i - 2)...)
            trim()
            return link
        }

        private static func isBlockLinkScalar(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-"
        }

        /// One of `symbols` (and an optional U+FE0F) at the very end.
        mutating func takeSymbolAtEnd(_ symbols: [Unicode.Scalar]) -> Unicode.Scalar? {
            var end = scalars.count
            if end > 0, scalars[end - 1] == "\u{FE0F}" { end -= 1 }
            guard end > 0, symbols.contains(scalars[end - 1]) else { return nil }
            let symbol = scalars[end - 1]
            scalars.removeSubrange((end - 1)...)
            trim()
            return symbol
        }

        /// `SYMBOL\uFE0F? *VALUE$`: removes the signifier and returns its value as written.
        /// Every value is ASCII, so the signifier can only be the line's last character above
        /// ASCII (a U+FE0F aside): only that one is looked at.
        mutating func take(after symbols: [Unicode.Scalar], value isValue: (ArraySlice<Unicode.Scalar>) -> Bool) -> String? {
            var at = scalars.count - 1
            while at >= 0, scalars[at].isASCII || scalars[at] == "\u{FE0F}" { at -= 1 }
            guard at >= 0, symbols.contains(scalars[at]) else { return nil }
            var v = at + 1
            if v < scalars.count, scalars[v] == "\u{FE0F}" { v += 1 }
            // ` *` is greedy but gives back spaces a value may hold (a recurrence rule).
            var start = v
            while start < scalars.count, scalars[start] == " " { start += 1 }
            for from in stride(from: start, through: v, by: -1) where isValue(scalars[from...]) {
                let written = String(String.UnicodeScalarView(scalars[from...]))
                scalars.removeSubrange(at...)
                trim()
                return written
            }
            return nil
        }

        /// A tag at the end (`hashTagsFromEnd`: start of line or white space, `#`, then anything
        /// but space and `!@#$%^&*(),.?":{}|<>`).
        mutating func takeTrailingTag() -> String? {
            var i = scalars.count
            while i > 0, !Self.endsTag(scalars[i - 1]) { i -= 1 }
            guard i > 0, scalars[i - 1] == "#", i < scalars.count else { return nil }
            let hash = i - 1
            guard hash == 0 || scalars[hash - 1].properties.isWhitespace else { return nil }
            let tag = String(String.UnicodeScalarView(scalars[hash...]))
            scalars.removeSubrange(hash...)
            trim()
            return tag
        }

        private static func endsTag(_ c: Unicode.Scalar) -> Bool {
            c == " " || "!@#$%^&*(),.?\":{}|<>".unicodeScalars.contains(c)
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
