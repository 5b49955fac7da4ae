import TendCore

extension Plan {
    /// The plan as one JSON value: `tend plan --format json` and the template's context.
    public var json: JSONValue {
        .object([
            ("today", .string(today.description)),
            ("todayText", .string("\(today.longText) \(today.year)")),
            ("motivation", .string(motivation)),
            ("motivationSource", .string(motivationSource)),
            ("intentions", .array(intentions.map { i in
                .object([("session", .int(i.session)), ("date", .string(i.date.description)),
                         ("dateText", .string(Format.day(i.date))), ("text", .string(i.text)), ("link", .string(i.link))])
            })),
            ("actionGroups", .array(actionGroups.map { g in
                // One group of steps with no theme needs no heading of its own.
                .object([("theme", .string(g.theme)), ("count", .int(g.count)),
                         ("showsTheme", .bool(actionGroups.count > 1 || g.theme != Plan.otherSteps)),
                         ("actions", .array(g.actions.map(\.planJSON))),
                         ("more", .string(g.count > g.actions.count
                            ? "…and \(g.count - g.actions.count) more in this theme, written earlier." : nil))])
            })),
            ("openCount", .int(actionGroups.reduce(0) { $0 + $1.count })),
            ("practiceDays", .int(Plan.practiceDays)),
            ("practices", .array(practices.map { p in
                .object([("name", .string(p.name)), ("label", .string(Format.label(p.name))), ("days", .int(p.days)),
                         ("daysText", .string("\(Format.count(p.days, "day")) of the last \(Plan.practiceDays)")),
                         ("lastDone", .string(p.lastDone.description)), ("lastDoneText", .string(Format.day(p.lastDone)))])
            })),
            ("themes", .array(themes.map(\.json))),
            ("support", .array(support.map { s in
                .object([("role", .string(s.role)), ("label", .string(Format.label(s.role))), ("who", .string(s.who))])
            })),
            ("insights", .array(insights.map(\.json))),
            ("waiting", .array(waiting.map(\.json))),
            ("hasWaiting", .bool(!waiting.isEmpty)),
            ("questions", .array(questions.map(\.json))),
            ("hasQuestions", .bool(!questions.isEmpty)),
        ])
    }
}

extension ActionRef {
    /// An Obsidian Tasks line: `- [ ] text · `PATH:LINE` 📅 due` (dates last, as Tasks reads them).
    var planJSON: JSONValue {
        var task = "- \(status == .inProgress ? "[/]" : "[ ]") \(text) · `\(entry.path):\(line)`"
        if let due { task += " 📅 \(due)" }
        guard case .object(var pairs) = json else { return json }
        pairs.append(("planTask", .string(task)))
        return .object(pairs)
    }
}
