import TendMarkdown

/// One journal entry: a Markdown file of the vault, with everything tend read from it.
public struct Entry: Sendable, Equatable, Codable {
    /// The vault-relative path with `/` separators.
    public var path: String
    /// The calendar date of the entry (see ``dateSource``).
    public var date: LocalDate?
    /// Minutes after midnight when the front matter gave a time.
    public var minutes: Int?
    /// Where the date came from.
    public var dateSource: DateSource
    /// `journey`, `integration`, `journal` or the word the person wrote.
    public var type: EntryType
    /// The journey (medicine session) number this entry belongs to.
    public var session: Int?
    /// The front matter `title`, else the first level-1 heading, else the file name.
    public var title: String
    /// The intention(s) written in front matter.
    public var intentions: [String]
    /// Every front matter key as written, with its value.
    public var fields: [String: FieldValue]
    /// Numeric front matter keys (mood, anxiety, sleep, …) and numeric inline fields, lower-cased.
    public var metrics: [String: Double]
    /// All tags of the entry, lower-cased, without marker tags, sorted.
    public var themes: [String]
    /// The insights.
    public var insights: [Insight]
    /// The emotions named.
    public var emotions: [Emotion]
    /// The action items.
    public var actions: [ActionItem]
    /// The practices done.
    public var practices: [Practice]
    /// The gratitude items.
    public var gratitude: [Gratitude]
    /// Questions and things to bring to the integration session or therapist.
    public var questions: [Question]
    /// What could not be read cleanly.
    public var problems: [Diagnostic]
    /// The entry's plain body text, for full-text search (front matter excluded).
    public var text: String
    /// How many file lines come before ``text`` (the front matter and its fences), so a line of
    /// the text is line `textLine + n` of the file, whatever the file's line endings or encoding.
    public var textLine = 0

    /// Creates an empty entry at `path`.
    public init(path: String) {
        self.path = path
        date = nil
        minutes = nil
        dateSource = .none
        type = .journal
        session = nil
        title = ""
        intentions = []
        fields = [:]
        metrics = [:]
        themes = []
        insights = []
        emotions = []
        actions = []
        practices = []
        gratitude = []
        questions = []
        problems = []
        text = ""
    }

    /// True for a medicine session.
    public var isJourney: Bool { type == .journey }

    /// True for a file with no date anywhere: searchable, never placed in a week, session,
    /// review or plan.
    public var isNote: Bool { date == nil }
}

/// Where an entry's date came from.
public enum DateSource: String, Sendable, Codable {
    /// The front matter `date`.
    case frontMatter = "front-matter"
    /// A date in the file name (the vault's daily-note format or a common one).
    case fileName = "file-name"
    /// A first heading that is a date.
    case heading
    /// A `Date:` line among the lines that open the body (`Date:\tNovember 3, 2026 at 9:30 AM`).
    case dateLine = "date-line"
    /// The file's modification time (a warning; only in a daily-notes folder).
    case modificationTime = "modification-time"
    /// No date could be found.
    case none
}

/// The kind of an entry. Aliases are folded when read.
public struct EntryType: Hashable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    /// The lower-cased name.
    public var rawValue: String
    /// Creates a type from a canonical name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A medicine session.
    public static let journey = EntryType(rawValue: "journey")
    /// An integration or therapy session.
    public static let integration = EntryType(rawValue: "integration")
    /// An ordinary journal entry (the default).
    public static let journal = EntryType(rawValue: "journal")

    /// Reads a written type, folding the default aliases (`session`, `KAP`, `ketamine` → journey);
    /// ``Vocabulary/entryType(written:)`` folds a vault's own.
    public init(written: String) {
        self = Vocabulary().entryType(written: written)
    }

    /// The name.
    public var description: String { rawValue }
}

/// A front matter value as written: strings stay strings (dates too).
public enum FieldValue: Sendable, Equatable, Codable {
    /// Text.
    case string(String)
    /// A plain number.
    case number(Double)
    /// `true` / `false`.
    case bool(Bool)
    /// An empty value or `null`.
    case null
    /// A list.
    case list([FieldValue])
    /// A map.
    case map([String: FieldValue])

    /// The value as a number, when it is one.
    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The value as text (numbers written without a trailing `.0`).
    public var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// Encodes as plain JSON values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n):
            if n.rounded() == n && abs(n) < 1e15 { try c.encode(Int(n)) } else { try c.encode(n) }
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        case .list(let l): try c.encode(l)
        case .map(let m): try c.encode(m)
        }
    }

    /// Decodes plain JSON values.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        // Each kind is tried in turn and a wrong guess costs a thrown error, so the commonest
        // (text, then numbers) first: `tend export` reads every entry's fields from the index.
        if c.decodeNil() { self = .null }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let l = try? c.decode([FieldValue].self) { self = .list(l) }
        else { self = .map(try c.decode([String: FieldValue].self)) }
    }
}

/// Where an extracted item sits in its file.
public struct ItemSource: Sendable, Equatable, Hashable, Codable {
    /// 1-based line in the file as it is on disk.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    /// The heading the item sits under, if any.
    public var heading: String?

    /// Creates a source.
    public init(line: Int, column: Int, heading: String? = nil) {
        self.line = line
        self.column = column
        self.heading = heading
    }
}

/// An item that is its words: an insight, a gratitude item, a question.
public struct TextItem: Sendable, Equatable, Codable {
    /// The text, with marker tags removed.
    public var text: String
    /// Where it is.
    public var source: ItemSource
    /// Dataview fields written on the item (`[with:: Sam]`), key as written.
    public var fields: [String: String] = [:]
    /// Creates an item.
    public init(text: String, source: ItemSource, fields: [String: String] = [:]) {
        self.text = text
        self.source = source
        self.fields = fields
    }
}

/// An insight: something the person understood.
public typealias Insight = TextItem
/// Something the person is grateful for.
public typealias Gratitude = TextItem
/// A question or something to bring to the integration session or therapist
/// (`## Questions for my therapist`, `To bring: the dream about the lake`).
public typealias Question = TextItem

/// An emotion the person named.
public struct Emotion: Sendable, Equatable, Codable {
    /// The canonical name (lexicon) or the word as written, lower-cased.
    public var name: String
    /// The lexicon family, or `other`.
    public var family: String
    /// 0–10 when given.
    public var intensity: Double?
    /// The word as written.
    public var written: String
    /// Where it is.
    public var source: ItemSource
    /// Creates an emotion.
    public init(name: String, family: String, intensity: Double?, written: String, source: ItemSource) {
        self.name = name
        self.family = family
        self.intensity = intensity
        self.written = written
        self.source = source
    }
}

/// The state of an action item.
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    /// `[ ]` or a plain item under *Action items*.
    case open
    /// `[x]`.
    case done
    /// `[-]`.
    case cancelled
    /// `[/]`.
    case inProgress = "in-progress"
}

/// A small next step.
public struct ActionItem: Sendable, Equatable, Codable {
    /// The text without checkbox, marker tags and dates.
    public var text: String
    /// Its state.
    public var status: ActionStatus
    /// `📅 YYYY-MM-DD`, `due:YYYY-MM-DD` or `due:: YYYY-MM-DD`.
    public var due: LocalDate?
    /// `✅ YYYY-MM-DD`.
    public var done: LocalDate?
    /// What Obsidian Tasks, Dataview and Logseq add to a step: more dates, priority,
    /// recurrence, dependencies and the step's own fields.
    public var details = StepDetails()
    /// Tags written on the item itself (lower-cased, markers excluded).
    public var tags: [String]
    /// Where it is.
    public var source: ItemSource
    /// Creates an action item.
    public init(text: String, status: ActionStatus, due: LocalDate?, done: LocalDate?, tags: [String] = [], source: ItemSource) {
        self.text = text
        self.status = status
        self.due = due
        self.done = done
        self.tags = tags
        self.source = source
    }

    /// Open or in progress.
    public var isOpen: Bool { status.isOpen }

    /// What the step is about, for grouping: its own first tag, else its entry's first theme
    /// (`entryThemes` sorted), else nil.
    public func topic(entryThemes: [String]) -> String? {
        tags.first ?? entryThemes.first
    }
}

/// What a step may carry besides its due and done dates: Obsidian Tasks' signifiers (or the
/// same written as Dataview fields or Logseq planning) and its own Dataview fields.
public struct StepDetails: Sendable, Equatable, Codable {
    /// The scheduled date (`⏳`, `[scheduled:: …]`, Logseq's `SCHEDULED:`).
    public var scheduled: LocalDate?
    /// The start date (`🛫`, `[start:: …]`).
    public var start: LocalDate?
    /// The created date (`➕`, `[created:: …]`).
    public var created: LocalDate?
    /// The cancelled date (`❌`, `[cancelled:: …]`).
    public var cancelled: LocalDate?
    /// The priority (`🔺 ⏫ 🔼 🔽 ⏬`, `[priority:: high]`, Logseq's `[#A]`).
    public var priority: TaskPriority?
    /// The recurrence rule as written (`🔁 every week`, `[repeat:: every week]`).
    public var recurrence: String?
    /// The step's id (`🆔 abc123`, `[id:: abc123]`).
    public var id: String?
    /// The ids the step waits for (`⛔ abc123,def456`).
    public var dependsOn: [String] = []
    /// What happens once the step is done (`🏁 delete`): `keep` or `delete`.
    public var onCompletion: String?
    /// Dataview fields written on the step (`[energy:: low]`), key as written, value trimmed.
    public var fields: [String: String] = [:]

    /// No details.
    public init() {}
}

/// A self-care practice done on the entry's day.
public struct Practice: Sendable, Equatable, Codable {
    /// The practice's name, lower-cased (`breathwork`, `yoga`).
    public var name: String
    /// Minutes, when written (`10m`, `20 min`, `1h`).
    public var minutes: Int?
    /// Where it is.
    public var source: ItemSource
    /// Creates a practice.
    public init(name: String, minutes: Int?, source: ItemSource) {
        self.name = name
        self.minutes = minutes
        self.source = source
    }
}

