/// A step's text read through each convention that writes details on it, in order:
///
/// 1. Dataview fields in brackets (`[due:: 2026-11-10]`, `[energy:: low]`) and the `key:: value`
///    lines written under the step (a Logseq block's properties). Dates and Tasks' Dataview
///    format (`[priority:: high]`, `[repeat:: …]`) are the step's details; other keys are its
///    fields. They come first: Tasks reads only the end of a line, where such a field may stand.
/// 2. Logseq's `:LOGBOOK:` drawer and its `DEADLINE: <…>` and `SCHEDULED: <…>` lines.
/// 3. Obsidian Tasks' emoji, read off the end of the text.
/// 4. `due:2026-11-10`, `due:: …`, `done:: …` and `completion:: …` written without brackets.
///
/// What is left is the step's text, with wikilinks as Obsidian shows them.
struct StepReading {
    /// The step.
    var action: ActionItem
    /// Dates that were written but are not days on the calendar: `(as written, which date)`.
    var impossibleDates: [(written: String, kind: String)] = []

    /// Reads a step. `properties` are the `key:: value` lines under its first line; `priority`
    /// is a Logseq priority read with its marker.
    init(text written: String, status: ActionStatus, tags: [String], source: ItemSource,
         properties: [DataviewField], priority: TaskPriority?) {
        var text = written
        action = ActionItem(text: "", status: status, due: nil, done: nil, tags: tags, source: source)
        // Dataview fields, Logseq's drawers and planning and `due:` dates all hold a `:`; most steps have none.
        let mayHoldColonMarks = text.containsByte(UInt8(ascii: ":"))
        let bracketed = mayHoldColonMarks ? DataviewFields.takeBracketed(from: &text) : []
        for field in bracketed + properties {
            let key = field.key.normalizedName()
            // A Logseq block's own properties (`id:: 6728…`, `collapsed:: true`) are not the step's.
            if field.isWholeLine, Logseq.isBookkeeping(key) { continue }
            if let date = DataviewFields.taskDate(key) {
                setDate(field.value, kind: date)
            } else if ObsidianTasks.apply(dataviewKey: key, value: field.value, to: &action.details) {
                continue
            } else if !Self.itemKinds.contains(key) {
                action.details.fields[field.key] = field.value
            }
        }
        if mayHoldColonMarks {
            Logseq.takeDrawers(from: &text)
            let planning = Logseq.takePlanning(from: &text)
            if let deadline = planning.deadline { setDate(deadline, kind: "due") }
            if let scheduled = planning.scheduled { setDate(scheduled, kind: "scheduled") }
        }
        let tasks = ObsidianTasks.read(&text)
        if let date = tasks.due { setDate(date, kind: "due") }
        if let date = tasks.done { setDate(date, kind: "done") }
        if let date = tasks.scheduled { setDate(date, kind: "scheduled") }
        if let date = tasks.start { setDate(date, kind: "start") }
        if let date = tasks.created { setDate(date, kind: "created") }
        if let date = tasks.cancelled { setDate(date, kind: "cancelled") }
        // Tasks' emoji win over the same thing written as a Dataview field or a Logseq priority.
        if let p = tasks.priority ?? priority { action.details.priority = p }
        if let r = tasks.recurrence { action.details.recurrence = r }
        if let o = tasks.onCompletion { action.details.onCompletion = o }
        if let i = tasks.id { action.details.id = i }
        if !tasks.dependsOn.isEmpty { action.details.dependsOn = tasks.dependsOn }
        if mayHoldColonMarks, ItemParsing.mayHoldDate(text) {
            if let found = ItemParsing.takeDate(after: ItemParsing.dueMarkers, from: &text) { setDate(found.written, kind: "due") }
            if let found = ItemParsing.takeDate(after: ItemParsing.doneMarkers, from: &text) { setDate(found.written, kind: "done") }
        }
        action.text = WikiLinks.shown(text)
    }

    /// An insight's or gratitude item's text without its bracketed Dataview fields, shown as
    /// Obsidian shows it, and those fields (the keys that make items of their own left out).
    static func ownFields(of written: String) -> (text: String, fields: [String: String]) {
        var text = written
        var fields: [String: String] = [:]
        if text.containsByte(UInt8(ascii: ":")) {
            for field in DataviewFields.takeBracketed(from: &text) where !itemKinds.contains(field.key.normalizedName()) {
                fields[field.key] = field.value
            }
        }
        return (WikiLinks.shown(text), fields)
    }

    /// The keys an inline field gives an item of its own (`insight::`, `emotion::`…): read as
    /// those items, never kept as a step's fields.
    static let itemKinds: Set<String> = ["insight", "emotion", "feeling", "practice", "action", "todo", "intention"]

    /// Sets one of the step's dates from its written form, or notes that it is not a date.
    private mutating func setDate(_ written: String, kind: String) {
        guard written.utf8.count == 10, let date = LocalDate(parsing: written) else {
            impossibleDates.append((written, kind))
            return
        }
        switch kind {
        case "due": action.due = date
        case "done": action.done = date
        case "scheduled": action.details.scheduled = date
        case "start": action.details.start = date
        case "created": action.details.created = date
        case "cancelled": action.details.cancelled = date
        default: break
        }
    }
}
