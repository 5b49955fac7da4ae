import TendMarkdown

/// What marks an entry's kind and date, gathered while it is read: its written type, the tags
/// that name a kind (`#kap`, `#integration`), and which front-matter key dated it.
struct KindMarks {
    /// The front matter `type:` as written.
    var writtenType: String?
    /// Where that type is written.
    var typeAt: TextPosition?
    /// Journey and integration tags, from the front matter and the body.
    var tags: [String] = []
    /// The front matter key that gave the date (`date`, `created`, …).
    var dateKey: String?
    /// Where that date is written.
    var dateAt: TextPosition?
    /// The line of the front matter `title:` or of the first level-1 heading, whichever gave the title.
    var titleLine: Int?
    /// The front matter's `categories:` (their links' names: `Journeys` of `"[[Journeys]]"`),
    /// as Obsidian's own vault template sorts notes, with the line each is on.
    var categories: [(name: String, line: Int)] = []
    /// Themes written in words (``WrittenThemes``), from the front matter and the body: the
    /// entry's themes once its date is known, since a page of no day (a map of the vault) lists
    /// the vault's topics, not its own.
    var writtenThemes: [String] = []
}

extension EntryParser {
    /// Types that name a day's journal itself, as templates and Notion's exports write them.
    static let journalTypes: Set<String> = [
        "journal", "journal entry", "daily", "daily note", "day", "diary", "entry", "note", "reflection", "log",
    ]

    /// Sets the entry's kind from its type, tags and folder (``Vocabulary/kind(writtenType:tags:path:)``).
    func resolveKind(of entry: inout Entry, marks: KindMarks, trace: inout ReadingTrace?) {
        guard let (type, rule) = vocabulary.kind(writtenType: marks.writtenType, tags: marks.tags, path: entry.path) else {
            if let written = marks.writtenType {
                // `Type: Journal`, `type: daily`: a journal entry says so; no hint to make it a journey.
                if Self.journalTypes.contains(written.normalizedName()) {
                    note(&trace, line: marks.typeAt?.line ?? 1, "type", "type '\(written)': a journal entry")
                } else {
                    note(&trace, line: marks.typeAt?.line ?? 1, "type", "type '\(written)' is not a journey or integration type, so it stays '\(entry.type)'",
                         hint: "add \"\(written.normalizedName())\" to journeys.types if it is a medicine session")
                }
            }
            return
        }
        entry.type = type
        switch rule {
        case .type(let written): note(&trace, line: marks.typeAt?.line ?? 1, "type", "\(type): its type '\(written)' is in the \(type == .journey ? "journeys" : "integration").types list")
        case .tag(let tag): note(&trace, line: 1, "type", "\(type): tagged #\(tag)")
        case .folder(let folder): note(&trace, line: 1, "type", "\(type): it is in the folder \(folder)")
        }
    }
}

extension EntryParser {
    /// Sets the kind of an entry that nothing else gave one (no type written, no tag, no
    /// folder of the config's) from its title (``kind(inTitle:)``), which is its file's name
    /// when it has none, else from the name of a folder it is in (``kind(inFolders:)``).
    func resolveKindFromTitle(of entry: inout Entry, marks: KindMarks, trace: inout ReadingTrace?) {
        guard entry.type == .journal, marks.writtenType == nil, entry.date != nil else { return }
        let what = { (type: EntryType) in type == .journey ? "a medicine session" : "an integration session" }
        if let (type, category) = marks.categories.lazy.compactMap({ c in self.kind(inName: c.name).map { ($0, c) } }).first {
            entry.type = type
            note(&trace, line: category.line, "type", "\(type): its category '\(category.name)' is named as \(what(type))'s title would be",
                 hint: "write 'type: journal' in its front matter if it is not \(what(type))")
        } else if let (type, words) = kind(inTitle: entry.title) {
            entry.type = type
            note(&trace, line: marks.titleLine ?? 1, "type", "\(type): its title '\(entry.title)' begins with '\(words)', in the \(type == .journey ? "journeys" : "integration").types list",
                 hint: "write 'type: journal' in its front matter if it is not \(what(type))")
        } else if let (type, folder) = kind(inFolders: entry.path) {
            entry.type = type
            note(&trace, line: 1, "type", "\(type): it is in the folder '\(folder)', named as \(what(type))'s title would be",
                 hint: "write 'type: journal' in its front matter if it is not \(what(type))")
        }
    }

    /// The kind the nearest folder of `path` that names one names, read as a title is
    /// (``kind(inTitle:)``), its plural's `s` set aside: `Journeys/`, `KAP sessions/`,
    /// `Integration/`, `Integration sessions/`, at any depth; nil for `Daily/` or `journals/`.
    func kind(inFolders path: String) -> (EntryType, String)? {
        // Asked of every dated entry with no type written: the folders are found on the bytes,
        // and most are years and months (`2026/11/`), which name nothing and are not read as
        // titles. Split into Strings, the folders took 0.43 % of `tend check`'s instructions on
        // 1,000 entries of the bench vault (callgrind); found on the bytes, 0.05 %.
        let slash = UInt8(ascii: "/")
        var end = path.utf8.lastIndex(of: slash)
        while let folderEnd = end {
            let start = path.utf8[..<folderEnd].lastIndex(of: slash).map { path.utf8.index(after: $0) } ?? path.startIndex
            end = start == path.startIndex ? nil : path.utf8.index(before: start)
            guard let first = path.utf8[start...].first, first != slash, !first.isASCIIDigit else { continue }
            let name = String(path[start..<folderEnd])
            if let type = kind(inName: name) { return (type, name) }
        }
        return nil
    }

    /// The kind a folder's or a category's name names, read as a title is (``kind(inTitle:)``),
    /// its plural's `s` set aside (`Journeys`, `KAP sessions`, `Integration`); nil for `Daily`.
    func kind(inName name: String) -> EntryType? {
        if let (type, _) = kind(inTitle: name) { return type }
        if name.last == "s" || name.last == "S", let (type, _) = kind(inTitle: String(name.dropLast())) { return type }
        return nil
    }

    /// The kind a title names, with the words that name it: an integration session when it
    /// begins with an integration type (`Integration`, `Integration with Dr R`, `Integration
    /// session 2`); a journey when it is only a journey type, with at most a session word and
    /// a number, up to a `·`, `-`, `|` or `:` (`KAP 7`, `Ketamine session`, `Spravato #3`,
    /// `Journey 4: the lake`, `KAP session 6 · Tuesday`). A date before it is passed over
    /// (`2026-11-24 KAP 7`, a file's name). `Thinking about KAP` or `Ketamine and me` name none.
    func kind(inTitle title: String) -> (EntryType, String)? {
        // Most titles name no kind: their first word is looked at alone first. (Splitting every
        // title into words cost `tend check` 0.7 % more instructions, scripts/instructions.sh.)
        guard let firstWord = Self.firstWordPastDate(title),
              vocabulary.typeFirstWords.contains(Self.withoutEndMarks(firstWord).normalizedName()) else { return nil }
        let words = title[firstWord.startIndex...].split(whereSeparator: \.isWhitespace)
        for count in (1...min(3, words.count)).reversed() {
            let name = words[..<count].joined(separator: " ")
            if vocabulary.entryType(written: name) == .integration { return (.integration, name) }
        }
        let named = Self.withoutEndMarks(words[0])
        guard named.count >= 3, vocabulary.entryType(written: named) == .journey else { return nil }
        // Up to a separator, only session words, a number and its mark may follow.
        for word in words.dropFirst() {
            if ["·", "-", "–", "—", "|", ":"].contains(word) { break }
            let bare = Self.withoutEndMarks(word)
            guard Self.sessionNumber(word: word) != nil || Self.numberMarks.contains(bare.lowercased())
                    || vocabulary.entryType(written: bare) == .journey else { return nil }
            if word.hasSuffix(":") { break }
        }
        return (.journey, named)
    }

    /// `word` without the `:` or `,` that ends it (`Journey` of `Journey:`).
    static func withoutEndMarks(_ word: Substring) -> String {
        var word = word
        while let last = word.last, last == ":" || last == "," { word = word.dropLast() }
        return String(word)
    }

    /// The marks written before a session's number (`Session #6`, `Sitzung Nr. 3`).
    static let numberMarks: Set<String> = ["no.", "nr.", "n°", "#"]

    /// The session number one word of a title is: at most three digits, past a `#` and before
    /// the punctuation that may end it (`6`, `#6`, `6:`); nil for any other word (`2026-11-20`, `1b`).
    static func sessionNumber(word: Substring) -> Int? {
        var number = word
        if number.hasPrefix("#") { number = number.dropFirst() }
        while let last = number.last, [":", ",", ".", ")", ";"].contains(last) { number = number.dropLast() }
        guard (1...3).contains(number.count), number.allSatisfy(\.isASCIIDigit), let n = Int(number), n > 0 else { return nil }
        return n
    }

    /// The first word of `title` past the digits and punctuation a date is written with
    /// (`KAP` of `2026-11-24 KAP 7`); nil when there is none.
    static func firstWordPastDate(_ title: String) -> Substring? {
        let start = title.firstIndex { !($0.isWhitespace || $0.isNumber || $0.isPunctuation) } ?? title.endIndex
        // A word that starts within a date-like token (`2026-11-24abc`) is no word past it.
        if start > title.startIndex, !title[title.index(before: start)].isWhitespace { return nil }
        let end = title[start...].firstIndex(where: \.isWhitespace) ?? title.endIndex
        return start < end ? title[start..<end] : nil
    }

    /// Keeps the number a journey's title names (`KAP session 6`, `Session #6`, `Journey 6: the
    /// long one`, `Sitzung 3`) when none is written in it, for `tend explain` to compare with
    /// the number the journey is given (``ReadingTrace/noteTitleNumber(numbered:)``).
    func keepTitleNumber(of entry: Entry, line: Int, trace: inout ReadingTrace?) {
        guard trace?.recordsReadings == true, entry.type == .journey, entry.session == nil,
              let number = sessionNumber(inTitle: entry.title) else { return }
        trace?.titleNumber = ReadingTrace.TitleNumber(number: number, title: entry.title, line: line)
    }

    /// The number after a word of three letters or more that names a journey
    /// (``Vocabulary/journeyTypes``: `session`, `KAP`, `journey`, `Sitzung`…) in `title`, past a
    /// `#` or `no.`: a number of at most three
    /// digits standing alone, so `Session 2026-11-20` and `Session 1b` hold none; nil when none.
    func sessionNumber(inTitle title: String) -> Int? {
        let words = title.split(whereSeparator: \.isWhitespace)
        // Words of three letters or more: `IM` and `IV` are journeys' types, and German's `im`.
        for (i, word) in words.enumerated() where i + 1 < words.count && word.count >= 3 {
            guard vocabulary.entryType(written: String(word)) == .journey else { continue }
            var next = i + 1
            if Self.numberMarks.contains(words[next].lowercased()), next + 1 < words.count { next += 1 }
            if let n = Self.sessionNumber(word: words[next]) { return n }
        }
        return nil
    }
}
