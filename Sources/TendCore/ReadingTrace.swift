/// What tend read each part of an entry as, and by which rule — the answer `tend explain`
/// gives. The parser records its own decisions as it makes them (there is no second parser
/// that could disagree with the first); an ordinary parse records nothing.
public struct ReadingTrace: Sendable, Equatable {
    /// One decision, in file order.
    public struct Reading: Sendable, Equatable, Codable {
        /// 1-based line in the file as on disk.
        public var line: Int
        /// 1-based column in characters.
        public var column: Int
        /// What the part was read as: `insight`, `emotion`, `action`, `practice`, `gratitude`,
        /// `intention`, `section`, `heading`, `date`, `type`, `note`, `field` — or `skipped`.
        public var what: String
        /// The rule, in a few plain words.
        public var rule: String
        /// For a skipped part: the configuration line that would read it.
        public var hint: String?

        /// Creates a reading.
        public init(line: Int, column: Int, what: String, rule: String, hint: String? = nil) {
            self.line = line
            self.column = column
            self.what = what
            self.rule = rule
            self.hint = hint
        }
    }

    /// Every decision, sorted by place.
    public var readings: [Reading] = []
    /// A journey's number as its title names it (`KAP session 6`), when no number is written in
    /// it: ``noteTitleNumber(numbered:)`` says so when the journey is numbered otherwise.
    public var titleNumber: TitleNumber?

    /// A journey number named in a title, and where.
    public struct TitleNumber: Sendable, Equatable {
        /// The number.
        public var number: Int
        /// The title as read.
        public var title: String
        /// The title's line (its heading's, or 1).
        public var line: Int
    }

    /// When the journey's title names another number than the one it was given by date
    /// (`numbered`, from the index), a reading that says so and how to number it as its title
    /// does, in its place. Journeys are numbered by date unless a number is written; a title is
    /// not read as one, since a page copied from another keeps its title.
    public mutating func noteTitleNumber(numbered: Int?) {
        guard recordsReadings, let title = titleNumber, numbered != title.number else { return }
        let at = readings.firstIndex { $0.line > title.line } ?? readings.endIndex
        readings.insert(Reading(line: title.line, column: 1, what: "session",
            rule: "its title '\(title.title)' names journey \(title.number), but it is numbered \(numbered.map(String.init) ?? "by date"): a title is not read as a number, and journeys without one written are numbered by date",
            hint: "write 'session: \(title.number)' in its front matter to number it \(title.number), and the journeys after it from there"), at: at)
    }
    /// Headings that are not in the vocabulary and stand right above a list, outside any
    /// known section: what `tend check` suggests adding.
    public var unknownListHeadings: [String] = []
    /// How many other days the entry's headings name after the first (a month's journal in one
    /// file), when at least two do; 0 otherwise. `tend check` says so.
    public var otherDays = 0

    /// False for a trace that only gathers ``unknownListHeadings`` and ``otherDays`` (what
    /// `tend check` needs): then no reading's words are built, and a parse costs what an
    /// ordinary one does.
    public var recordsReadings = true

    /// An empty trace.
    public init() {}

    /// An empty trace that gathers only ``unknownListHeadings`` and ``otherDays``.
    public static var headingsOnly: ReadingTrace {
        var trace = ReadingTrace()
        trace.recordsReadings = false
        return trace
    }

    /// The readings at one line.
    public func readings(atLine line: Int) -> [Reading] {
        readings.filter { $0.line == line }
    }
}

extension Vocabulary {
    /// The kind an unknown heading most likely means, from its words, so a hint can name the
    /// list to add it to ("Things to try" → actions). Insights when nothing says otherwise.
    public func likelyKind(ofHeading name: String) -> SectionKind {
        let key = SectionName(name).key
        let clues: [(SectionKind, [String])] = [
            (.actions, ["try", "step", "plan", "do", "goal", "task", "commit", "homework", "suggest", "recommend", "✅", "☑"]),
            (.emotions, ["feel", "felt", "emotion", "mood", "heart"]),
            (.gratitude, ["thank", "grate", "appreciat", "bless", "wins"]),
            (.questions, ["question", "ask", "bring", "discuss", "therap"]),
            (.practices, ["habit", "practice", "routine", "care", "ritual", "exercise", "🧘"]),
            (.intention, ["intend", "intention", "hope for", "wish", "🎯"]),
            (.themes, ["theme", "topic", "pattern"]),
        ]
        let written = key.split(separator: " ")
        var words: [Substring] = []
        for (at, word) in written.enumerated() {
            // `do` that asks a question (`How do you feel now`, `What do I need`) is no clue of steps.
            if word == "do", at + 1 < written.count, ["i", "you", "we"].contains(written[at + 1]) { continue }
            words.append(word)
        }
        // A stem of two letters is a whole word: `do` is in `to do`, not in `how I'm doing`.
        func matches(_ word: Substring, _ stem: String) -> Bool { stem.count < 3 ? word == stem : word.hasPrefix(stem) }
        for (kind, stems) in clues where words.contains(where: { word in stems.contains { matches(word, $0) } }) {
            return kind
        }
        return .insights
    }

    /// True when `name` heads what is no section's item, whatever its words: a session's
    /// logistics and the body's sensations (`## Next appointment`, `## Timeline`, `## Dose`,
    /// `## Set and setting`, `## Playlist`, `## Body`), which `tend explain` and `tend check`
    /// offer to no list. (Offered as insights, the default guess, until 2026-12-03.)
    public func headsNoSection(_ name: String) -> Bool {
        SectionName(name).key.split(separator: " ").contains { Self.noSectionWords.contains($0) }
    }

    private static let noSectionWords: Set<Substring> = [
        "appointment", "appointments", "timeline", "dose", "dosage", "setting", "playlist", "music", "weather",
        "schedule", "logistics", "body", "sensations", "medication", "medications",
    ]

    /// The config line that reads `name` as `kind`: `headings.actions: add "things to try"`.
    public func configHint(adding name: String, as kind: SectionKind) -> String {
        "add \"\(Self.listedName(name))\" to headings.\(kind.configKey)"
    }

    /// The words of a heading a config list would hold: without a worksheet's numbering
    /// (`Section 1:`) and a note in parentheses (`(2 min)`), which the lookup sets aside
    /// (``section(forKey:)``). Until 2026-12-03's last session a hint offered `section 1:
    /// immediate impressions (2 min`, which no heading would match.
    static func listedName(_ name: String) -> String {
        var key = SectionName(name).key
        if let bare = SectionName.withoutNumbering(key) { key = bare }
        return SectionName.withoutNote(key) ?? key
    }
}

extension SectionKind {
    /// The key of this kind under `headings:` in the configuration.
    public var configKey: String { rawValue }

    /// The singular word for one item of this kind (`insight`, `emotion`, `action`).
    public var itemWord: String {
        switch self {
        case .insights: return "insight"
        case .emotions: return "emotion"
        case .actions: return "action"
        case .practices: return "practice"
        case .gratitude: return "gratitude"
        case .intention: return "intention"
        case .questions: return "question"
        case .themes: return "theme"
        }
    }
}
