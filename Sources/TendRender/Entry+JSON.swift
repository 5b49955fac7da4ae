import TendCore

extension Entry {
    /// Writes the entry in the export shape of docs/commands.md (keys may be added, never renamed).
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("path", path)
            json.field("date", date?.description)
            json.field("time", minutes.map { String(format2: $0 / 60) + ":" + String(format2: $0 % 60) })
            json.field("type", type.rawValue)
            json.field("session", session)
            json.field("title", title)
            json.field("intentions", intentions)
            json.key("fields")
            json.object { json in
                for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
                    json.key(name)
                    value.write(to: &json)
                }
            }
            json.key("metrics")
            json.object { json in
                for (name, value) in metrics.sorted(by: { $0.key < $1.key }) { json.field(name, value) }
            }
            json.field("themes", themes)
            json.objects("insights", insights) { $0.write(to: &$1) }
            json.objects("emotions", emotions) { emotion, json in
                json.field("name", emotion.name)
                json.field("family", emotion.family)
                json.field("intensity", emotion.intensity)
                json.field("written", emotion.written)
                emotion.source.write(to: &json)
            }
            json.objects("actions", actions) { action, json in
                action.details.write(text: action.text, status: action.status, due: action.due, done: action.done, to: &json)
                action.source.write(to: &json)
            }
            json.objects("practices", practices) { practice, json in
                json.field("name", practice.name)
                json.field("minutes", practice.minutes)
                practice.source.write(to: &json)
            }
            json.objects("gratitude", gratitude) { $0.write(to: &$1) }
            json.objects("questions", questions) { $0.write(to: &$1) }
            json.key("problems")
            json.array { json in for problem in problems { problem.write(to: &json) } }
        }
    }
}

extension TextItem {
    /// Writes an insight, a gratitude item or a question as keys of the open object.
    func write(to json: inout JSONWriter) {
        json.field("text", text)
        source.write(to: &json)
        json.field("fields", fields)
    }
}

extension StepDetails {
    /// Writes a step as keys of the open object: its text, status, due and done days, then
    /// these details (null, an empty list or an empty object when not written).
    public func write(text: String, status: ActionStatus, due: LocalDate?, done: LocalDate?, to json: inout JSONWriter) {
        json.field("text", text)
        json.field("status", status.rawValue)
        json.field("due", due?.description)
        json.field("done", done?.description)
        json.field("scheduled", scheduled?.description)
        json.field("start", start?.description)
        json.field("created", created?.description)
        json.field("cancelled", cancelled?.description)
        json.field("priority", priority?.rawValue)
        json.field("recurrence", recurrence)
        json.field("id", id)
        json.field("dependsOn", dependsOn)
        json.field("onCompletion", onCompletion)
        json.field("fields", fields)
    }
}

extension Diagnostic {
    /// Writes an entry's problem as `{"severity", "line", "column", "message"}` (the entry gives
    /// the path; every problem found in an entry has a line and a column).
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("severity", severity.rawValue)
            json.field("line", place.line ?? 1)
            json.field("column", place.column ?? 1)
            json.field("message", sentence)
        }
    }
}

extension ItemSource {
    /// Writes `line`, `column` and `heading` as keys of the open object.
    func write(to json: inout JSONWriter) {
        json.field("line", line)
        json.field("column", column)
        json.field("heading", heading)
    }
}

extension FieldValue {
    /// Writes the value as JSON (a map's keys sorted).
    public func write(to json: inout JSONWriter) {
        switch self {
        case .string(let s): json.string(s)
        case .number(let n): json.number(n)
        case .bool(let b): json.bool(b)
        case .null: json.null()
        case .list(let l): json.array { json in for item in l { item.write(to: &json) } }
        case .map(let m):
            json.object { json in
                for (name, value) in m.sorted(by: { $0.key < $1.key }) {
                    json.key(name)
                    value.write(to: &json)
                }
            }
        }
    }
}

extension String {
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }
}
