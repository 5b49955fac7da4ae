import TendMarkdown

/// The weekly integration review (docs/review-and-plan.md) as plain values: every number is computed here,
/// templates only lay it out.
public struct Review: Sendable, Equatable {
    /// The week reviewed.
    public var week: Week
    /// The day the review was made for (`--today`, else the clock).
    public var today: LocalDate
    /// The week's entries, by date then path.
    public var entries: [EntryRef]
    /// The week's journeys with their intentions and integration windows.
    public var journeys: [JourneyReview]
    /// Journeys of the week before whose integration window reaches into this week.
    public var earlierJourneys: [JourneyReview]
    /// The week's insights, in entry order.
    public var insights: [InsightRef]
    /// Emotions by family and name, against the previous week.
    public var emotions: EmotionReview
    /// Mood first, then every other metric by name.
    public var metrics: [MetricReview]
    /// Mood for each day of the week (mean of the day's entries).
    public var moodByDay: [DayValue]
    /// Action items opened, completed, still open and overdue.
    public var actions: ActionReview
    /// Practices done this week, most days first.
    public var practices: [PracticeReview]
    /// Gratitude items written this week, in entry order.
    public var gratitude: [GratitudeRef]
    /// Gratitude items written this week.
    public var gratitudeCount: Int
    /// Gratitude items written the week before.
    public var previousGratitudeCount: Int
    /// Questions and things written this week to bring to the integration session or
    /// therapist, in entry order.
    public var questions: [QuestionRef]
    /// Themes of the week that were seen before it.
    public var recurringThemes: [ThemeCount]
    /// Themes seen for the first time this week.
    public var newThemes: [ThemeCount]
    /// The week's insights still waiting for a first step (``FollowThrough``).
    public var waiting: [InsightRef]
    /// Whether practices show their streaks (`streaks: true` in the configuration).
    public var showsStreaks: Bool
    /// Three questions for the coming week.
    public var prompts: [String]

    /// The longest list of open or overdue steps a review shows (a long-kept vault can hold
    /// thousands; the counts stay exact).
    public static let listLimit = 20

    /// True when the week has no entries.
    public var isEmpty: Bool { entries.isEmpty }
}

/// How links to entries are written.
public struct LinkOptions: Sendable, Equatable {
    /// Markdown links or `[[wikilinks]]`.
    public var style: Configuration.LinkStyle
    /// Put before a vault-relative path: `""` at the vault root, `"../"` from `Reviews/`.
    public var prefix: String

    /// Creates link options.
    public init(style: Configuration.LinkStyle = .markdown, prefix: String = "") {
        self.style = style
        self.prefix = prefix
    }

    /// A link to the entry at `path`, showing `title`.
    public func link(to path: String, title: String) -> String {
        switch style {
        case .wiki:
            var target = path
            for ext in [".md", ".markdown"] where target.lowercased().hasSuffix(ext) {
                target = String(target.dropLast(ext.count))
            }
            let special = title.containsByte(UInt8(ascii: "]")) || title.containsByte(UInt8(ascii: "|"))
            let shown = special ? title.replacingOccurrences(of: "]]", with: "] ]").replacingOccurrences(of: "|", with: "/") : title
            return "[[\(target)|\(shown)]]"
        case .markdown:
            let special = title.containsByte(UInt8(ascii: "[")) || title.containsByte(UInt8(ascii: "]"))
            let shown = special ? title.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]") : title
            return "[\(shown)](\(Self.encode(prefix + path)))"
        }
    }

    /// Percent-encodes what would end or confuse a Markdown link destination.
    static func encode(_ path: String) -> String {
        // Most paths need nothing (a space in `2026-11-02 journey.md` is the usual exception).
        guard path.utf8.contains(where: { $0 <= UInt8(ascii: " ") || "%()<>#?".utf8.contains($0) }) else {
            return path
        }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "%": out += "%25"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "#": out += "%23"
            case "?": out += "%3F"
            case "\t": out += "%09"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// An entry as the review shows it.
public struct EntryRef: Sendable, Equatable {
    /// The entry's day.
    public var date: LocalDate
    /// Vault-relative path.
    public var path: String
    /// Its title.
    public var title: String
    /// `journey`, `integration`, `journal`, …
    public var type: String
    /// The journey it belongs to.
    public var session: Int?
    /// A ready link (Markdown or wiki, per configuration).
    public var link: String
}

/// Whether an integration entry followed a journey 48–72 hours later.
public enum WindowState: String, Sendable, Equatable {
    /// An entry was written in the window.
    case kept
    /// The window has passed without an entry.
    case missed
    /// The window has not passed yet.
    case ahead
}

/// A journey of the week.
public struct JourneyReview: Sendable, Equatable {
    /// The session number.
    public var number: Int
    /// The journey entry.
    public var entry: EntryRef
    /// Its intentions.
    public var intentions: [String]
    /// First and last day of its 48–72 h integration window.
    public var windowStart: LocalDate
    /// The last day of the window.
    public var windowEnd: LocalDate
    /// Kept, missed, or still ahead.
    public var window: WindowState
    /// The entry written in the window (an integration entry when there is one).
    public var keptBy: EntryRef?
    /// Hours from journey to that entry, when both have a time.
    public var hoursAfter: Int?
    /// One warm sentence about the window.
    public var note: String
}

/// An item written in an entry (an insight, a gratitude item, a question), with a link to its entry.
public struct ItemRef: Sendable, Equatable {
    /// The item's text.
    public var text: String
    /// The entry it sits in.
    public var entry: EntryRef
    /// Its line in the file.
    public var line: Int
}

/// A count with the previous week's count.
public struct ChangeCount: Sendable, Equatable {
    /// The name (an emotion family or emotion).
    public var name: String
    /// This week.
    public var count: Int
    /// The week before.
    public var previous: Int
    /// `count - previous`.
    public var change: Int { count - previous }
}

/// An emotion's name with how often it was named.
public struct EmotionCount: Sendable, Equatable {
    /// The canonical name.
    public var name: String
    /// Its family.
    public var family: String
    /// Times named this week.
    public var count: Int
    /// Mean intensity where one was given.
    public var meanIntensity: Double?
}

/// The week's emotions.
public struct EmotionReview: Sendable, Equatable {
    /// Emotions named this week.
    public var total: Int
    /// Emotions named the week before.
    public var previousTotal: Int
    /// Families seen in either week, most named this week first.
    public var families: [ChangeCount]
    /// The most named emotions (up to five).
    public var top: [EmotionCount]
    /// Words the lexicon does not know (family `other`), as written.
    public var unnamed: [String]
}

/// One metric over the week.
public struct MetricReview: Sendable, Equatable {
    /// `mood`, `anxiety`, `sleep`, …
    public var name: String
    /// How many values were written.
    public var count: Int
    /// Their mean.
    public var mean: Double
    /// The lowest.
    public var min: Double
    /// The highest.
    public var max: Double
    /// The previous week's mean, when it had values.
    public var previousMean: Double?
    /// `mean - previousMean`.
    public var change: Double? { previousMean.map { mean - $0 } }
}

/// A value on one day.
public struct DayValue: Sendable, Equatable {
    /// The day.
    public var date: LocalDate
    /// The mean of the day's values, when there were any.
    public var value: Double?
}

/// An action item with its place.
public struct ActionRef: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Its state.
    public var status: ActionStatus
    /// Due date.
    public var due: LocalDate?
    /// Done date.
    public var done: LocalDate?
    /// The item's own tags.
    public var tags: [String]
    /// The entry it was written in.
    public var entry: EntryRef
    /// Its line.
    public var line: Int
    /// Days past due as of the review's reference day (0 when not overdue).
    public var daysOverdue: Int
}

/// The week's action items.
public struct ActionReview: Sendable, Equatable {
    /// The day overdue is measured on: the week's last day or today, whichever is earlier.
    public var asOf: LocalDate
    /// Written this week (not cancelled).
    public var opened: [ActionRef]
    /// Done this week: by ✅ date when there is one, else written done this week.
    public var completed: [ActionRef]
    /// Open or in progress, written on or before the week's last day: the
    /// ``Review/listLimit`` most recently written, oldest first.
    public var stillOpen: [ActionRef]
    /// How many are open in all.
    public var stillOpenCount: Int
    /// Still open and due before ``asOf``: the ``Review/listLimit`` most recently due, earliest first.
    public var overdue: [ActionRef]
    /// How many are past their date in all.
    public var overdueCount: Int
}

/// A practice over the week.
public struct PracticeReview: Sendable, Equatable {
    /// The practice.
    public var name: String
    /// Days of the week it was done (0–7).
    public var days: Int
    /// Consecutive days done, ending on the week's last day that has an entry (never after
    /// today): days at the end of the week with no entry at all do not break a streak.
    public var streak: Int
    /// Minutes written this week.
    public var minutes: Int
}

/// A theme and how often the week held it.
public struct ThemeCount: Sendable, Equatable {
    /// The theme.
    public var name: String
    /// Entries this week that carry it.
    public var count: Int
    /// The first day it was ever seen.
    public var firstSeen: LocalDate
    /// Sessions it has been seen in, all time.
    public var sessions: Int
}
