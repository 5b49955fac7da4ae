import TendMarkdown

/// Logseq journals and pages, read as Logseq reads them.
///
/// - A journal's date is its file name: `journals/2026_11_03.md` (Logseq's default
///   `:journal/file-name-format`, `yyyy_MM_dd`).
/// - Every block is a list item. A block that starts with a task marker is a task:
///   `TODO` and `LATER` open, `DOING` and `NOW` in progress, `DONE` done, `CANCELED` and
///   `CANCELLED` cancelled (also Logseq's `WAIT`/`WAITING`, open). A priority `[#A]` may follow
///   the marker.
/// - `DEADLINE: <2026-11-20 Fri>` and `SCHEDULED: <2026-11-18 Wed 10:00 .+1w>` on a task's
///   lines are its due and scheduled dates; its `:LOGBOOK:` … `:END:` drawer (clock times) is
///   not part of what it says.
/// - `key:: value` lines are properties: in the page's first block they are the page's
///   (`tags:: a, b`, `type:: journey`, `date:: …`), read like front matter; after a block's
///   first line they are the block's. Logseq's own bookkeeping properties (`collapsed::`,
///   `id::`, the marker timestamps `todo::`, `done::`…) are never items or metrics.
enum Logseq {
    /// The date in a journal file name `YYYY_MM_DD.md` (any folder), or nil.
    static func journalDate(path: String) -> LocalDate? {
        let name = EntryParser.fileTitle(path)
        let parts = name.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        return LocalDate(parsing: parts.joined(separator: "-"))
    }

    /// The markers and the status each means.
    static let markers: [(word: String, status: ActionStatus)] = [
        ("TODO", .open), ("LATER", .open), ("WAIT", .open), ("WAITING", .open),
        ("DOING", .inProgress), ("NOW", .inProgress),
        ("DONE", .done), ("CANCELED", .cancelled), ("CANCELLED", .cancelled),
    ]

    /// Markers that are also plain words a person may write in capitals at the start of a list
    /// item in any journal (`NOW I see it`): read only in a Logseq graph's folders.
    private static let graphOnlyMarkers: Set<String> = ["LATER", "WAIT", "WAITING", "DOING", "NOW"]

    /// True when `path` lies in a Logseq graph's `journals/` or `pages/` folder.
    static func isGraphFile(_ path: String) -> Bool {
        path.hasPrefix("journals/") || path.hasPrefix("pages/")
    }

    /// A task marker at the start of a block's text, with the text after it (and after a
    /// priority `[#A]`); nil when the text does not start with a marker and a space.
    static func task(_ text: String, path: String) -> (status: ActionStatus, priority: TaskPriority?, rest: String)? {
        // Every marker starts with one of these letters; most blocks start otherwise.
        switch text.utf8.first {
        case UInt8(ascii: "T"), UInt8(ascii: "L"), UInt8(ascii: "W"), UInt8(ascii: "D"), UInt8(ascii: "N"), UInt8(ascii: "C"):
            break
        default:
            return nil
        }
        // Every marker's second letter is a capital too; most lines' is not (`The…`, `When…`).
        guard let second = text.utf8.dropFirst().first, second >= UInt8(ascii: "A"), second <= UInt8(ascii: "Z") else { return nil }
        // The first word, when a space follows it within the longest marker's length.
        let firstWord = text.withBytes { b -> String? in
            let head = UnsafeBufferPointer(rebasing: b[..<Swift.min(b.count, longestMarker + 1)])
            guard let space = ByteSearch.firstOffset(of: UInt8(ascii: " "), in: head) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<space]), as: UTF8.self)
        }
        guard let word = firstWord, let status = markers.first(where: { $0.word == word })?.status else { return nil }
        if graphOnlyMarkers.contains(word), !isGraphFile(path) { return nil }
        var rest = Substring(text.dropFirst(word.count + 1)).drop { $0 == " " }
        var priority: TaskPriority?
        for (mark, level) in [("[#A]", TaskPriority.high), ("[#B]", .medium), ("[#C]", .low)] where rest.hasPrefix(mark) {
            priority = level
            rest = rest.dropFirst(mark.count).drop { $0 == " " }
        }
        return (status, priority, String(rest))
    }

    /// The length of the longest marker (`CANCELLED`).
    private static let longestMarker = markers.map(\.word.utf8.count).max() ?? 0

    /// True when a found tag is a priority mark `[#A]`, `[#B]` or `[#C]`, not a tag.
    static func isPriority(_ tag: FoundTag, in text: String) -> Bool {
        guard tag.byteLength == 2, tag.byteOffset > 0, "ABC".contains(tag.written) else { return false }
        let b = text.utf8
        let before = b[b.index(b.startIndex, offsetBy: tag.byteOffset - 1)]
        let afterOffset = tag.byteOffset + tag.byteLength
        guard afterOffset < b.count else { return false }
        return before == UInt8(ascii: "[") && b[b.index(b.startIndex, offsetBy: afterOffset)] == UInt8(ascii: "]")
    }

    /// Takes `DEADLINE: <…>` and `SCHEDULED: <…>` out of `text`; returns the dates as written
    /// (`YYYY-MM-DD`, the first ten characters inside the angle brackets).
    static func takePlanning(from text: inout String) -> (deadline: String?, scheduled: String?) {
        guard text.containsBytes(of: ": <") else { return (nil, nil) }
        let deadline = take("DEADLINE:", from: &text)
        let scheduled = take("SCHEDULED:", from: &text)
        return (deadline, scheduled)
    }

    private static func take(_ keyword: StaticString, from text: inout String) -> String? {
        guard let key = text.asciiRange(of: keyword) else { return nil }
        let after = text[key.upperBound...].drop { $0 == " " }
        guard after.first == "<", let close = after.firstIndex(of: ">") else { return nil }
        let inside = after[after.index(after: after.startIndex)..<close]
        text = (String(text[..<key.lowerBound]) + String(text[text.index(after: close)...])).foldingWhitespace()
        return String(inside.prefix(10))
    }

    /// Takes Logseq's drawers (`:LOGBOOK:` … `:END:`, the clock times of a task) out of a block's text.
    static func takeDrawers(from text: inout String) {
        guard text.containsBytes(of: ":LOGBOOK:") else { return }
        while let open = text.asciiRange(of: ":LOGBOOK:") {
            let end = text[open.upperBound...].asciiRange(of: ":END:")?.upperBound ?? text.endIndex
            text = (String(text[..<open.lowerBound]) + String(text[end...])).foldingWhitespace()
        }
    }

    /// Logseq's own properties, which record how a block is shown or when its marker changed.
    static func isBookkeeping(_ key: String) -> Bool {
        bookkeeping.contains(key.lowercased())
    }

    private static let bookkeeping: Set<String> = [
        "collapsed", "id", "todo", "done", "doing", "now", "later", "wait", "waiting", "canceled", "cancelled",
        "heading", "created-at", "updated-at", "card-last-interval", "card-repeats", "card-ease-factor",
        "card-next-schedule", "card-last-reviewed", "card-last-score", "background-color", "logseq.order-list-type",
        "icon", "public", "filters", "hl-page", "hl-stamp", "hl-type", "ls-type", "query-table", "query-properties",
        "query-sort-by", "query-sort-desc",
    ]

    /// The properties of a page's first block: its first paragraph, when every line of it is a
    /// `key:: value` field (a Dataview note's header reads the same), as front matter pairs;
    /// bookkeeping properties left out. Empty when a line is not a field.
    static func pageProperties(in content: InlineText, lines: LineTable) -> [YAMLPair] {
        guard content.mayHoldFields else { return [] }
        var pairs: [YAMLPair] = []
        for line in content.lines {
            guard let field = DataviewFields.fullLine(line.display) else { return [] }
            if isBookkeeping(field.key) { continue }
            let at = line.start.map { p in
                lines.position(of: SourcePoint(line: p.line, byteColumn: lines.find(field.key + "::", line: p.line, fromByteColumn: 1) ?? p.byteColumn))
            } ?? TextPosition(line: 1, column: 1)
            pairs.append(YAMLPair(key: field.key, value: .scalar(propertyValue(field.value), isPlain: true, at: at), at: at))
        }
        return pairs
    }

    /// A page property's value as front matter would hold it: `[[a]], [[b]]` is `a, b`.
    static func propertyValue(_ value: String) -> String {
        guard value.contains("[[") else { return value }
        return value.replacing("[[", with: "").replacing("]]", with: "")
    }
}
