import TendCore

/// Builds entries by hand so that every number in a test is visible in the test.
func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

func entry(_ date: String, _ name: String? = nil, time: String? = nil, type: EntryType = .journal, session: Int? = nil,
           mood: Double? = nil, metrics: [String: Double] = [:], themes: [String] = [], emotions: [(String, String)] = [],
           actions: [ActionItem] = [], practices: [String] = [], gratitude: Int = 0, insights: [String] = [],
           intention: String? = nil) -> Entry {
    var e = Entry(path: "\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(name ?? date).md")
    e.date = day(date)
    if let time {
        let parts = time.split(separator: ":").map { Int($0)! }
        e.minutes = parts[0] * 60 + parts[1]
    }
    e.type = type
    e.session = session
    e.title = name ?? date
    e.metrics = metrics
    if let mood { e.metrics["mood"] = mood }
    e.themes = themes.sorted()
    e.emotions = emotions.map { Emotion(name: $0.0, family: $0.1, intensity: nil, written: $0.0, source: ItemSource(line: 1, column: 1)) }
    e.actions = actions
    e.practices = practices.map { Practice(name: $0, minutes: 10, source: ItemSource(line: 1, column: 1)) }
    e.gratitude = (0..<gratitude).map { Gratitude(text: "thing \($0)", source: ItemSource(line: 1, column: 1)) }
    e.insights = insights.map { Insight(text: $0, source: ItemSource(line: 3, column: 3)) }
    if let intention { e.intentions = [intention] }
    return e
}

func action(_ text: String, _ status: ActionStatus = .open, due: String? = nil, done: String? = nil, tags: [String] = [], line: Int = 5) -> ActionItem {
    ActionItem(text: text, status: status, due: due.map(day), done: done.map(day), tags: tags, source: ItemSource(line: line, column: 3))
}
