import TendCore

/// `tend actions`: the action items asked for, each with its place, state, dates and session.
public struct ActionListing: Listing {
    /// The items, by due date (undated last).
    public var rows: [ActionRecord]
    /// Which items were asked for (for the sentence said when there are none).
    public var selection: ActionSelection
    /// The day that says which items are overdue.
    public var today: LocalDate
    /// How a vault-relative path is shown (`2026/11/03.md` or `../../2026/11/03.md`).
    public var display: (String) -> String

    /// A listing of `rows`.
    public init(_ rows: [ActionRecord], selection: ActionSelection, today: LocalDate,
                display: @escaping (String) -> String) {
        self.rows = rows
        self.selection = selection
        self.today = today
        self.display = display
    }

    /// `{"text", "status", "due", "done", the step's details, "overdue", "path", "line",
    /// "column", "session", "date"}`.
    public func write(_ action: ActionRecord, to json: inout JSONWriter) {
        json.object { json in
            action.details.write(text: action.text, status: action.status, due: action.due, done: action.done, to: &json)
            json.field("overdue", action.isOverdue(today: today))
            json.field("path", action.path)
            json.field("line", action.line)
            json.field("column", action.column)
            json.field("session", action.session)
            json.field("date", action.date?.description)
        }
    }

    /// `PATH:LINE:COL: [ ] text · due 2026-11-10 (overdue) · session 3`, one item a line.
    public var text: String {
        guard !rows.isEmpty else { return none + "\n" }
        var out = ""
        for action in rows {
            var details: [String] = []
            if let due = action.due { details.append("due \(due)" + (action.isOverdue(today: today) ? " (overdue)" : "")) }
            if let done = action.done { details.append("done \(done)") }
            if let scheduled = action.details.scheduled { details.append("scheduled \(scheduled)") }
            if let priority = action.details.priority { details.append("\(priority.rawValue) priority") }
            if let rule = action.details.recurrence { details.append("repeats \(rule)") }
            if let session = action.session { details.append("session \(session)") }
            let tail = details.isEmpty ? "" : " · " + details.joined(separator: " · ")
            out += "\(display(action.path)):\(action.line):\(action.column): \(Self.box(action.status)) \(action.text)\(tail)\n"
        }
        return out
    }

    /// What is said when no item is in the selection.
    var none: String {
        switch selection {
        case .open: "No open action items. Small next steps can go in a list with - [ ] in any entry."
        case .done: "No action items are marked done yet."
        case .overdue: "Nothing is overdue."
        case .all: "No action items yet. Small next steps can go in a list with - [ ] in any entry."
        }
    }

    /// `[ ]`, `[x]`, `[-]`, `[/]`, as the item is written.
    static func box(_ status: ActionStatus) -> String {
        switch status {
        case .open: "[ ]"
        case .done: "[x]"
        case .cancelled: "[-]"
        case .inProgress: "[/]"
        }
    }
}
