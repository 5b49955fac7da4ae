import TendCore

extension Entry {
    /// The entry in the export shape of docs/commands.md (keys may be added, never renamed).
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("date", .string(date?.description)),
            ("time", .string(minutes.map { String(format2: $0 / 60) + ":" + String(format2: $0 % 60) })),
            ("type", .string(type.rawValue)),
            ("session", .int(session)),
            ("title", .string(title)),
            ("intentions", .array(intentions.map { .string($0) })),
            ("fields", .object(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })),
            ("metrics", .object(metrics.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
            ("themes", .array(themes.map { .string($0) })),
            ("insights", .array(insights.map { i in
                .object([("text", .string(i.text))] + i.source.jsonPairs + [("fields", .stringMap(i.fields))])
            })),
            ("emotions", .array(emotions.map { e in
                .object([("name", .string(e.name)), ("family", .string(e.family)), ("intensity", .number(e.intensity)),
                         ("written", .string(e.written))] + e.source.jsonPairs)
            })),
            ("actions", .array(actions.map { a in
                .object([("text", .string(a.text)), ("status", .string(a.status.rawValue)),
                         ("due", .string(a.due?.description)), ("done", .string(a.done?.description))]
                        + a.details.jsonPairs + a.source.jsonPairs)
            })),
            ("practices", .array(practices.map { p in
                .object([("name", .string(p.name)), ("minutes", .int(p.minutes))] + p.source.jsonPairs)
            })),
            ("gratitude", .array(gratitude.map { g in
                .object([("text", .string(g.text))] + g.source.jsonPairs + [("fields", .stringMap(g.fields))])
            })),
            ("problems", .array(problems.map { $0.json })),
        ])
    }
}

extension StepDetails {
    /// The step's details as JSON pairs (null, an empty list or an empty object when not written).
    public var jsonPairs: [(String, JSONValue)] {
        [("scheduled", .string(scheduled?.description)), ("start", .string(start?.description)),
         ("created", .string(created?.description)), ("cancelled", .string(cancelled?.description)),
         ("priority", .string(priority?.rawValue)), ("recurrence", .string(recurrence)),
         ("id", .string(id)), ("dependsOn", .array(dependsOn.map { .string($0) })),
         ("onCompletion", .string(onCompletion)),
         ("fields", .stringMap(fields))]
    }
}

extension JSONValue {
    /// An object of strings, keys sorted.
    static func stringMap(_ map: [String: String]) -> JSONValue {
        .object(map.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }
}

extension Diagnostic {
    /// An entry's problem as `{"severity", "line", "column", "message"}` (the entry gives the
    /// path; every problem found in an entry has a line and a column).
    public var json: JSONValue {
        .object([("severity", .string(severity.rawValue)), ("line", .int(place.line ?? 1)), ("column", .int(place.column ?? 1)),
                 ("message", .string(sentence))])
    }
}

extension ItemSource {
    var jsonPairs: [(String, JSONValue)] {
        [("line", .int(line)), ("column", .int(column)), ("heading", .string(heading))]
    }
}

extension FieldValue {
    /// The value as JSON.
    public var json: JSONValue {
        switch self {
        case .string(let s): return .string(s)
        case .number(let n): return .number(n)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .list(let l): return .array(l.map(\.json))
        case .map(let m): return .object(m.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
        }
    }
}

extension String {
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }
}
