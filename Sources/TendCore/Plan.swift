/// The integration plan (docs/review-and-plan.md) as plain values: motivation, intentions, open steps by
/// theme, practices over the last four weeks, recurring themes, support and the insights
/// behind them.
public struct Plan: Sendable, Equatable {
    /// The day the plan was made for.
    public var today: LocalDate
    /// Why the person does this work: config `motivation:`, else the latest `motivation:` field.
    public var motivation: String?
    /// Where the motivation came from (`.tend/config.yaml` or an entry's path).
    public var motivationSource: String?
    /// Journey intentions, latest journey first.
    public var intentions: [PlanIntention]
    /// Open and in-progress steps grouped by theme (groups by name, "Other steps" last).
    public var actionGroups: [ActionGroup]
    /// Practices done in the last four weeks, most days first.
    public var practices: [PlanPractice]
    /// Themes seen in more than one session (or in three entries or more) in the last eight weeks.
    public var themes: [ThemeCount]
    /// Who supports the person, as configured, else as the recent entries name them
    /// (``supportNamed(in:)``).
    public var support: [SupportPerson]
    /// Recent insights from entries that carry a recurring theme, latest first.
    public var insights: [InsightRef]
    /// Insights of the last ``practiceDays`` days still waiting for a first step
    /// (``FollowThrough``), in entry order.
    public var waiting: [InsightRef]
    /// Questions and things to bring to the next integration session: those of the last
    /// ``practiceDays`` days written in the latest integration session's entry or after it
    /// (the ones before it were there to be brought), in entry order.
    public var questions: [QuestionRef]

    /// Days counted for practices.
    public static let practiceDays = 28
    /// Days counted for recurring themes and insights.
    public static let recentDays = 56
    /// The most steps a theme shows (a long-kept vault can hold thousands; counts stay exact).
    public static let groupLimit = 25
    /// The group for steps with no theme.
    public static let otherSteps = "Other steps"
}

/// A journey's intention.
public struct PlanIntention: Sendable, Equatable {
    /// The journey number.
    public var session: Int
    /// The journey's day.
    public var date: LocalDate
    /// The intention.
    public var text: String
    /// A link to the journey entry.
    public var link: String
}

/// Open steps that share a theme.
public struct ActionGroup: Sendable, Equatable {
    /// The theme, or ``Plan/otherSteps``.
    public var theme: String
    /// The steps, earliest due first, then by when they were written: the
    /// ``Plan/groupLimit`` most recently written of the group.
    public var actions: [ActionRef]
    /// How many open steps the group holds in all.
    public var count: Int
}

/// A practice over the last four weeks.
public struct PlanPractice: Sendable, Equatable {
    /// The practice.
    public var name: String
    /// Days done in the last ``Plan/practiceDays`` days.
    public var days: Int
    /// The last day it was done.
    public var lastDone: LocalDate
}

/// Someone who supports the person.
public struct SupportPerson: Sendable, Equatable {
    /// `therapist`, `group`, …
    public var role: String
    /// Who, as written in the config or the entry.
    public var who: String
    /// Creates a support line.
    public init(role: String, who: String) {
        self.role = role
        self.who = who
    }
}

extension Plan {
    /// The people the entries name in a key of support (`therapist: Dr. Reyes` in front matter,
    /// `Therapist: Sam` at the top, `guide:: Noor`), the latest entry first, each once.
    static func supportNamed(in entries: [DatedEntry]) -> [SupportPerson] {
        var seen = Set<String>()
        var people: [SupportPerson] = []
        for entry in entries.reversed() {
            for (key, value) in entry.fields.sorted(by: { $0.key < $1.key }) {
                let role = key.normalizedName()
                guard EntryParser.supportKeys.contains(role), let who = value.text?.trimmingWhitespace(), !who.isEmpty,
                      seen.insert(role + "\u{0}" + who.lowercased()).inserted else { continue }
                people.append(SupportPerson(role: role, who: who))
            }
        }
        return people
    }

    /// Builds the plan from a journal.
    ///
    /// - Parameters:
    ///   - configuration: motivation and support come from here first.
    ///   - configPath: how to name the config file as a motivation's source.
    public init(store: some JournalStore, configuration: Configuration, today: LocalDate,
                links: LinkOptions = LinkOptions(), configPath: String = ".tend/config.yaml") throws {
        func ref(_ e: EntrySummary) -> EntryRef {
            EntryRef(date: e.date, path: e.path, title: e.title, type: e.type.rawValue, session: e.session,
                     link: links.link(to: e.path, title: e.title))
        }
        self.today = today
        let recent = try store.entries(from: today.adding(days: -(Self.recentDays - 1)), through: today)

        let written = configuration.motivation.trimmingWhitespace()
        if !written.isEmpty {
            motivation = written
            motivationSource = configPath
        } else if let e = recent.last(where: { $0.fields.contains { $0.key.lowercased() == "motivation" } }),
                  let value = e.fields.first(where: { $0.key.lowercased() == "motivation" })?.value.text {
            motivation = value
            motivationSource = e.path
        }

        let journeys = try store.journeys().filter { $0.date <= today }
        intentions = journeys.reversed().flatMap { j in
            j.intentions.map { text in
                let title = "Journey \(j.number)"
                return PlanIntention(session: j.number, date: j.date, text: text, link: links.link(to: j.path, title: title))
            }
        }

        // The store counts every group and hands over only the steps the plan shows.
        let far = LocalDate(year: 9999, month: 12, day: 31)!
        actionGroups = try store.openActionsByTopic(through: today, limit: Self.groupLimit).map { topic, page in
            let shown = page.shown.map { step in
                let e = step.entry, a = step.action
                return ActionRef(text: a.text, status: a.status, due: a.due, done: a.done, tags: a.tags, entry: ref(e),
                                 line: a.source.line, daysOverdue: a.due.map { max(0, $0.days(to: today)) } ?? 0)
            }
            return ActionGroup(theme: topic.isEmpty ? Self.otherSteps : topic, actions: shown.sorted {
                ($0.due ?? far, $0.entry.date, $0.entry.path, $0.line) < ($1.due ?? far, $1.entry.date, $1.entry.path, $1.line)
            }, count: page.count)
        }.sorted { ($0.theme == Self.otherSteps ? 1 : 0, $0.theme) < ($1.theme == Self.otherSteps ? 1 : 0, $1.theme) }

        let practiceStart = today.adding(days: -(Self.practiceDays - 1))
        var days: [String: Set<LocalDate>] = [:]
        for e in recent where e.date >= practiceStart {
            for p in e.practices { days[p.name, default: []].insert(e.date) }
        }
        practices = days.map { PlanPractice(name: $0.key, days: $0.value.count, lastDone: $0.value.max()!) }
            .sorted { ($1.days, $0.name) < ($0.days, $1.name) }

        var recentCounts: [String: Int] = [:]
        for e in recent { for t in Set(e.themes) { recentCounts[t, default: 0] += 1 } }
        let history = try store.themeHistory(of: Set(recentCounts.keys))
        themes = recentCounts.compactMap { name, count -> ThemeCount? in
            guard let h = history[name], h.sessionCount >= 2 || h.entryCount >= 3 else { return nil }
            return ThemeCount(name: name, count: count, firstSeen: h.firstSeen, sessions: h.sessionCount)
        }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }

        support = configuration.support.map { SupportPerson(role: $0.role, who: $0.who) }
        if support.isEmpty { support = Self.supportNamed(in: recent) }

        waiting = FollowThrough.waiting(in: recent.filter { $0.date >= practiceStart }, later: recent)
            .map { InsightRef(text: $0.insight.text, entry: ref(EntrySummary($0.entry)), line: $0.insight.source.line) }

        let lastIntegration = recent.last { $0.type == .integration }
        questions = recent.filter { e in
            e.date >= practiceStart && lastIntegration.map { e.date > $0.date || e.path == $0.path } ?? true
        }.flatMap { e in e.questions.map { QuestionRef(text: $0.text, entry: ref(EntrySummary(e)), line: $0.source.line) } }

        let recurring = Set(themes.map(\.name))
        insights = Array(recent.reversed().filter { !recurring.isDisjoint(with: $0.themes) }
            .flatMap { e in e.insights.map { InsightRef(text: $0.text, entry: ref(EntrySummary(e)), line: $0.source.line) } }
            .prefix(8))
    }
}
