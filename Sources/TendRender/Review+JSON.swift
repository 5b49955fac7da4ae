import TendCore

extension Review {
    /// The review as one JSON value: every number, plus the words the template shows
    /// (`…Text` keys). This is both `tend review --format json` and the template's context.
    public var json: JSONValue {
        let recurringText = recurringThemes.map { t in
            "*\(t.name)* (\(Format.count(t.count, "entry", "entries")), since \(Format.day(t.firstSeen, seenFrom: week.start.year)))"
        }.joined(separator: " · ")
        let gratitudeSentence = "You wrote down \(Format.count(gratitudeCount, "thing")) to be grateful for"
            + Format.against(gratitudeCount, previousGratitudeCount) + "."
        return .object([
            ("week", .string(week.description)),
            ("year", .int(week.year)),
            ("number", .int(week.number)),
            ("start", .string(week.start.description)),
            ("end", .string(week.end.description)),
            ("spanText", .string(Format.span(week.start, week.end))),
            ("previousWeek", .string(week.previous.description)),
            ("nextWeek", .string(week.next.description)),
            ("today", .string(today.description)),
            ("isEmpty", .bool(isEmpty)),
            ("entryCount", .int(entries.count)),
            ("entryCountText", .string(Format.count(entries.count, "entry", "entries"))),
            ("daysWritten", .int(Set(entries.map(\.date)).count)),
            ("daysWrittenText", .string("\(Set(entries.map(\.date)).count) of 7 days")),
            ("entries", .array(entries.map(\.json))),
            ("journeys", .array(journeys.map(\.json))),
            ("earlierJourneys", .array(earlierJourneys.map(\.json))),
            ("insights", .array(insights.map(\.json))),
            ("emotions", emotions.json),
            ("metrics", .array(metrics.map(\.json))),
            ("mood", moodJSON),
            ("actions", actions.json),
            ("practices", .array(practices.map { p in
                .object([("name", .string(p.name)), ("label", .string(Format.label(p.name))), ("days", .int(p.days)),
                         ("daysText", .string(Format.daysOutOf(p.days, 7))), ("streak", .int(p.streak)),
                         ("streakText", .string(showsStreaks && p.streak >= 2 ? "\(p.streak) days in a row" : nil)),
                         ("minutes", .int(p.minutes)), ("minutesText", .string(p.minutes > 0 ? "\(p.minutes) min" : nil))])
            })),
            ("gratitude", .object([("count", .int(gratitudeCount)), ("previous", .int(previousGratitudeCount)),
                                   ("change", .int(gratitudeCount - previousGratitudeCount)),
                                   ("changeText", .string(Format.change(gratitudeCount - previousGratitudeCount))),
                                   ("any", .bool(gratitudeCount > 0)),
                                   ("items", .array(gratitude.map(\.json))),
                                   ("sentence", .string(gratitudeSentence)),
                                   ("countText", .string(Format.count(gratitudeCount, "thing")))])),
            ("themes", .object([
                ("recurring", .array(recurringThemes.map(\.json))), ("new", .array(newThemes.map(\.json))),
                ("recurringText", .string(recurringText)),
                ("newText", .string(newThemes.map { "*\($0.name)*" }.joined(separator: " · "))),
            ])),
            ("waiting", .array(waiting.map(\.json))),
            ("hasWaiting", .bool(!waiting.isEmpty)),
            ("questions", .array(questions.map(\.json))),
            ("hasQuestions", .bool(!questions.isEmpty)),
            ("prompts", .array(prompts.map { .string($0) })),
        ])
    }

    var moodJSON: JSONValue {
        let known = moodByDay.compactMap(\.value)
        // Mermaid lines need a value on every day (see Chart.filled); the page says which were filled.
        let filled = Chart.filled(moodByDay.map(\.value))
        let gaps = moodByDay.filter { $0.value == nil }.map(\.date.shortWeekdayName)
        let top = Chart.top(known)
        return .object([
            // A line through one day would show that day's mood on every day: the table says it.
            ("hasChart", .bool(known.count >= 2)),
            ("days", .array(moodByDay.map { d in
                .object([("date", .string(d.date.description)), ("weekday", .string(d.date.shortWeekdayName)),
                         ("value", .number(d.value)), ("valueText", .string(d.value.map(Format.number) ?? "–"))])
            })),
            ("axis", .string("[" + moodByDay.map(\.date.shortWeekdayName).joined(separator: ", ") + "]")),
            ("line", .string("[" + filled.map(Format.number).joined(separator: ", ") + "]")),
            ("yMax", .string(Format.number(top))),
            ("gapNote", .string(gaps.isEmpty || known.isEmpty ? nil
                : "No mood was written on \(gaps.joined(separator: ", ")); the line joins the days around them.")),
        ])
    }
}

extension EntryRef {
    var pairs: [(String, JSONValue)] {
        [("date", .string(date.description)), ("dateText", .string(Format.day(date))), ("path", .string(path)),
         ("title", .string(title)), ("type", .string(type)),
         ("typeLabel", .string(type == "journal" ? nil : type)), ("session", .int(session)), ("link", .string(link))]
    }

    /// The entry reference as JSON.
    public var json: JSONValue { .object(pairs) }
}

extension ItemRef {
    /// The item with its entry.
    public var json: JSONValue { .object([("text", .string(text)), ("line", .int(line))] + entry.pairs) }
}

extension JourneyReview {
    var json: JSONValue {
        .object([
            ("number", .int(number)),
            ("intentions", .array(intentions.map { .string($0) })),
            ("intention", .string(intentions.isEmpty ? nil : intentions.joined(separator: " · "))),
            ("window", .string(window.rawValue)),
            ("kept", .bool(window == .kept)), ("missed", .bool(window == .missed)), ("ahead", .bool(window == .ahead)),
            ("windowStart", .string(windowStart.description)), ("windowEnd", .string(windowEnd.description)),
            ("keptBy", keptBy?.json ?? .null),
            ("hoursAfter", .int(hoursAfter)),
            ("note", .string(note)),
        ] + entry.pairs)
    }
}

extension EmotionReview {
    var json: JSONValue { json() }

    /// The feelings as JSON; `during` and `before` name the two periods in its sentence.
    func json(during: String = "this week", before: String = "the week before") -> JSONValue {
        .object([
            ("total", .int(total)), ("previousTotal", .int(previousTotal)),
            ("change", .int(total - previousTotal)), ("changeText", .string(Format.change(total - previousTotal))),
            ("sentence", .string("You named \(Format.count(total, "feeling")) \(during)\(Format.against(total, previousTotal, before)).")),
            ("families", .array(families.map(\.json))),
            // Mermaid ends a slice's label at a double quote (a family can come from the config).
            ("slices", .array(families.filter { $0.count > 0 }.map { f in
                .object([("name", .string(f.name.replacingOccurrences(of: "\"", with: "'"))), ("count", .int(f.count))])
            })),
            ("top", .array(top.map { e in
                .object([("name", .string(e.name)), ("family", .string(e.family)), ("count", .int(e.count)),
                         ("meanIntensity", .number(e.meanIntensity)),
                         ("intensityText", .string(e.meanIntensity.map { "intensity \(Format.number($0))" }))])
            })),
            ("unnamed", .array(unnamed.map { .string($0) })),
            ("topText", .string(top.map { e in
                "**\(e.name)** ×\(e.count)" + (e.meanIntensity.map { " (intensity \(Format.number($0)))" } ?? "")
            }.joined(separator: " · "))),
        ])
    }
}

extension ChangeCount {
    var json: JSONValue {
        .object([("name", .string(name)), ("count", .int(count)), ("previous", .int(previous)),
                 ("change", .int(change)), ("changeText", .string(Format.change(change)))])
    }
}

extension MetricReview {
    var json: JSONValue {
        .object([
            ("name", .string(name)), ("label", .string(Format.label(name))), ("count", .int(count)),
            ("mean", .number(mean)), ("min", .number(min)), ("max", .number(max)),
            ("previousMean", .number(previousMean)), ("change", .number(change)),
            ("meanText", .string(Format.number(mean))), ("minText", .string(Format.number(min))),
            ("maxText", .string(Format.number(max))),
            ("previousMeanText", .string(previousMean.map(Format.number) ?? "–")),
            ("changeText", .string(Format.change(change))),
        ])
    }
}

extension ActionReview {
    var json: JSONValue {
        .object([
            ("asOf", .string(asOf.description)), ("asOfText", .string(asOf.longText)),
            ("opened", .array(opened.map(\.json))), ("openedCount", .int(opened.count)),
            ("completed", .array(completed.map(\.json))), ("completedCount", .int(completed.count)),
            ("stillOpen", .array(stillOpen.map(\.json))), ("stillOpenCount", .int(stillOpenCount)),
            ("stillOpenMore", .string(stillOpenCount > stillOpen.count
                ? "…and \(stillOpenCount - stillOpen.count) more, written earlier." : nil)),
            ("overdue", .array(overdue.map(\.json))), ("overdueCount", .int(overdueCount)),
            ("overdueMore", .string(overdueCount > overdue.count
                ? "…and \(overdueCount - overdue.count) more with earlier dates." : nil)),
            // Said once for the list, not on every line.
            ("overdueSinceText", .string(overdue.map(\.daysOverdue).max().map { "the earliest due \(Format.count($0, "day")) ago" })),
            ("openedText", .string(openedText)),
        ])
    }

    var openedText: String {
        let written = opened.isEmpty ? "No new steps were written down this week"
            : "You wrote down \(Format.count(opened.count, "step")) this week"
        switch stillOpenCount {
        case 0: return written + ", and nothing is waiting. Well tended."
        case 1: return written + "; one step is open in all."
        default:
            return written + "; \(stillOpenCount) are open in all"
                + (stillOpenCount > stillOpen.count ? ", the \(stillOpen.count) most recent listed below." : ", listed below.")
        }
    }
}

extension ActionRef {
    var json: JSONValue {
        let box: String
        switch status {
        case .open: box = "[ ]"
        case .done: box = "[x]"
        case .cancelled: box = "[-]"
        case .inProgress: box = "[/]"
        }
        var task = "- \(box) \(text)"
        if let due { task += " 📅 \(due)" }
        if let done { task += " ✅ \(done)" }
        return .object([
            ("text", .string(text)), ("status", .string(status.rawValue)), ("box", .string(box)),
            ("task", .string(task)),
            ("due", .string(due?.description)), ("done", .string(done?.description)),
            ("dueText", .string(due.map { "due " + Format.day($0) })),
            ("tags", .array(tags.map { .string($0) })),
            ("line", .int(line)), ("source", .string("\(entry.path):\(line)")),
            ("daysOverdue", .int(daysOverdue)),
            ("overdueText", .string(daysOverdue > 0 ? "due \(due.map(Format.day) ?? "")" : nil)),
        ] + entry.pairs.map { ("entry" + Format.label($0.0), $0.1) })
    }
}

extension ThemeCount {
    var json: JSONValue {
        .object([("name", .string(name)), ("count", .int(count)), ("firstSeen", .string(firstSeen.description)),
                 ("firstSeenText", .string("\(firstSeen.shortText) \(firstSeen.year)")),
                 ("sessions", .int(sessions)), ("sessionsText", .string(Format.count(sessions, "session"))), ("countText", .string(Format.count(count, "entry", "entries")))])
    }
}
